import BylineCore
import BylineParsing
import BylineSummarization
import Foundation
import Testing

/// Builds an article whose body is `sentences`, segmented as the parsing plugin would.
private func story(_ id: String, date: String?, _ sentences: [String]) -> NewsArticle {
  let body = sentences.joined(separator: " ")
  var article = NewsArticle(
    id: ArticleID(id), title: id, body: body, outlet: "Outlet \(id)",
    published: date.flatMap { PublicationDate(iso8601: $0) })
  article.paragraphs = ParagraphSplitter.paragraphs(in: body)
  article.sentences = SentenceSegmenter.sentences(in: body, paragraphs: article.paragraphs)
  return article
}

private let centralSentence =
  "The Kessel River flood forced hundreds of Varrow residents from their homes and destroyed the stone "
  + "bridge."
private let bridgeSentence = "The old stone bridge, built in 1822, collapsed into the river on Tuesday night."
private let bridgeNearDuplicate =
  "The old stone bridge, which was built in 1822, collapsed into the river late on Tuesday night."

private let wire = story(
  "wire", date: "2025-03-14",
  [
    "Floodwaters from the Kessel River swept through Varrow on Tuesday, forcing residents to flee.",
    "Emergency crews used boats to rescue families trapped on rooftops in the eastern district.",
    bridgeSentence,
    "Mayor Ilse Brandt said the town had not seen a flood on this scale in nearly a century.",
    "Schools across the district will stay closed until the water recedes, officials said.",
    "The regional weather service expects more rain in the northern hills later this week.",
  ])

private let post = story(
  "post", date: "2025-03-15",
  [
    "Residents of Varrow began returning to their damaged homes on Wednesday as the water fell.",
    centralSentence,
    "Insurance assessors arrived from the capital to inspect damaged shops along the main street.",
    "Volunteers handed out blankets and hot meals at the community hall near the station.",
    "Officials said repairs to the bridge and the homes could cost twelve million euros.",
    "Many residents said the warning sirens sounded far too late on Tuesday evening.",
  ])

private let ledger = story(
  "ledger", date: "2025-03-16",
  [
    "Engineers began surveying the banks of the Kessel River on Thursday after the week of rain.",
    bridgeNearDuplicate,
    "Families whose homes flooded in Varrow will receive emergency grants, the council announced.",
    "The flood has renewed calls for a new barrier to protect the town from the river.",
    "Farmers downstream reported losing cattle and crops to the rising water on Tuesday.",
  ])

private let cluster = [wire, post, ledger]

@Suite struct SummarizerTests {
  @Test func fixturesAreSegmentedIntoTheirSentences() {
    #expect(wire.sentences.count == 6)
    #expect(post.sentences.count == 6)
    #expect(ledger.sentences.count == 5)
  }

  @Test func emptyInputGivesAnEmptySummary() {
    for method in SummaryMethod.allCases {
      let summarizer = Summarizer(method: method)
      #expect(summarizer.summarize([], length: .sentences(3)).isEmpty)
      #expect(summarizer.summarize([], length: .words(50), about: "flood").isEmpty)
      #expect(summarizer.summarize(cluster, length: .sentences(0)).isEmpty)
      let blank = story("blank", date: nil, [])
      #expect(summarizer.summarize([blank], length: .sentences(2)).isEmpty)
    }
  }

  @Test func leadPicksTheFirstSentencesOfOneArticle() {
    let summary = Summarizer(method: .lead).summarize([wire], length: .sentences(3))
    #expect(summary.map(\.position) == [0, 1, 2])
    #expect(summary.allSatisfy { $0.articleID == wire.id })
    #expect(summary.first?.text == String(wire.text(of: wire.sentences[0])))
  }

  @Test func leadTakesFirstSentencesOfEachArticleInTurn() {
    let summary = Summarizer(method: .lead).summarize([post, wire], length: .sentences(2))
    #expect(summary.map(\.articleID) == [wire.id, post.id])
    #expect(summary.map(\.position) == [0, 0])
  }

  @Test func lexRankPicksTheSentenceCentralToAllArticles() {
    let summary = Summarizer(method: .lexRank, leadPrior: 0).summarize(cluster, length: .sentences(1))
    #expect(summary.map(\.text) == [centralSentence])
    #expect(summary.first?.articleID == post.id)
    #expect(summary.first?.position == 1)
  }

  @Test func spansPointAtTheTextInTheArticle() {
    let byID = Dictionary(uniqueKeysWithValues: cluster.map { ($0.id, $0) })
    for sentence in Summarizer().summarize(cluster, length: .sentences(4)) {
      let article = try! #require(byID[sentence.articleID])
      #expect(String(article.text(of: sentence.span)) == sentence.text)
      #expect(article.sentences[sentence.position] == sentence.span)
    }
  }

  @Test(arguments: SummaryMethod.allCases)
  func nearDuplicatesArePickedOnce(method: SummaryMethod) {
    let summary = Summarizer(method: method).summarize(cluster, length: .sentences(20))
    let bridges = summary.filter { $0.text.contains("built in 1822") }
    #expect(bridges.count == 1)
    #expect(summary.count > 10)
  }

  @Test(arguments: SummaryMethod.allCases)
  func wordLimitIsNeverExceeded(method: SummaryMethod) {
    let summarizer = Summarizer(method: method)
    for limit in [5, 12, 20, 35, 50, 80, 200] {
      let summary = summarizer.summarize(cluster, length: .words(limit))
      let words = summary.reduce(0) { $0 + $1.text.split(whereSeparator: \.isWhitespace).count }
      #expect(!summary.isEmpty)
      #expect(words <= limit, "limit \(limit)")
    }
  }

  @Test func aSentenceLongerThanTheWordLimitIsCut() throws {
    let summary = Summarizer().summarize(cluster, length: .words(5))
    let only = try #require(summary.first)
    #expect(summary.count == 1)
    #expect(only.text.split(separator: " ").count == 5)
    let article = try #require(cluster.first { $0.id == only.articleID })
    #expect(String(article.text(of: only.span)) == only.text)
  }

  @Test(arguments: SummaryMethod.allCases)
  func sentenceLimitIsExact(method: SummaryMethod) {
    let summarizer = Summarizer(method: method)
    for limit in 1...6 {
      #expect(summarizer.summarize(cluster, length: .sentences(limit)).count == limit)
    }
    #expect(summarizer.summarize([wire], length: .sentences(4)).count == 4)
  }

  @Test(arguments: SummaryMethod.allCases)
  func summaryIsOrderedByDateThenPosition(method: SummaryMethod) {
    // Input order differs from date order.
    let summary = Summarizer(method: method).summarize([ledger, wire, post], length: .sentences(8))
    let dateRank: [ArticleID: Int] = [wire.id: 0, post.id: 1, ledger.id: 2]
    let keys = summary.map { (dateRank[$0.articleID]!, $0.position) }
    #expect(zip(keys, keys.dropFirst()).allSatisfy { $0 < $1 })
  }

  @Test func undatedArticlesKeepInputOrderAfterDatedOnes() {
    let undatedA = story("a", date: nil, post.sentences.map { String(post.text(of: $0)) })
    let undatedB = story("b", date: nil, ledger.sentences.map { String(ledger.text(of: $0)) })
    let summary = Summarizer(method: .lead).summarize([undatedB, undatedA, wire], length: .sentences(3))
    #expect(summary.map(\.articleID) == [wire.id, undatedB.id, undatedA.id])
  }

  @Test(arguments: [SummaryMethod.lexRank, .textRank])
  func queryBiasesTheChoiceTowardTheTopic(method: SummaryMethod) {
    let summarizer = Summarizer(method: method)
    /// The shortest summary, in sentences, that includes the sentence starting with `prefix`.
    func rank(of prefix: String, about query: String?) -> Int? {
      (1...20).first { limit in
        summarizer.summarize(cluster, length: .sentences(limit), about: query)
          .contains { $0.text.hasPrefix(prefix) }
      }
    }
    for (prefix, query) in [
      ("Insurance", "insurance assessors"), ("Families", "emergency grants for families"),
    ] {
      let plain = rank(of: prefix, about: nil) ?? 99
      let focused = rank(of: prefix, about: query) ?? 99
      #expect(focused < plain, "\(prefix): \(focused) vs \(plain)")
    }
    if method == .lexRank {
      let plain = summarizer.summarize(cluster, length: .sentences(4))
      let focused = summarizer.summarize(
        cluster, length: .sentences(4), about: "emergency grants for families")
      #expect(!plain.contains { $0.text.hasPrefix("Families") })
      #expect(focused.contains { $0.text.hasPrefix("Families") })
    }
  }

  @Test func sentencesThatAreNotSummaryMaterialAreSkipped() {
    let noisy = story(
      "noisy", date: "2025-03-14",
      [
        "FLOOD WARNING ISSUED FOR THE WHOLE KESSEL VALLEY TONIGHT.",
        "Photo: the flooded square.",
        "“The Kessel River flood destroyed our homes and the stone bridge in Varrow.”",
        "Kessel River flood latest updates and live coverage from Varrow",
        "The Kessel River flood damaged homes and the stone bridge in Varrow, officials said.",
        "Rescue teams reached the last stranded families in Varrow late on Tuesday night.",
      ])
    let texts = Summarizer(leadPrior: 0).summarize([noisy], length: .sentences(5)).map(\.text)
    #expect(texts.count == 2)
    #expect(texts.allSatisfy { !$0.hasPrefix("FLOOD") && !$0.hasPrefix("Photo") && !$0.hasPrefix("“") })
    #expect(texts.first?.hasSuffix("officials said.") == true)
  }

  @Test func scoresAreHigherForEarlierRanks() {
    let summary = Summarizer().summarize(cluster, length: .sentences(5))
    #expect(summary.allSatisfy { $0.score > 0 && $0.score <= 1 })
  }

  @Test func aLargeClusterStaysWithinTheWordLimit() {
    let words = [
      "flood", "river", "bridge", "council", "rescue", "homes", "rain", "storm", "mayor", "grants",
      "farmers", "cattle", "schools", "water", "barrier", "engineers", "repairs", "insurance", "shops",
      "volunteers", "meals", "sirens", "warning", "district", "valley", "residents", "crews", "boats",
    ]
    // Other words, "bako" to "tuzu": 400 forms beside the 28 topical words.
    let syllables = ["ba", "ke", "lo", "mi", "nu", "pa", "re", "si", "to", "vu"]
    var others: [String] = []
    for first in syllables {
      for second in syllables {
        for ending in ["ko", "zu", "ra", "mi"] { others.append(first + second + ending) }
      }
    }
    var generator = SystemRandomNumberGenerator()
    let articles = (0..<10).map { index in
      story(
        "bulk\(index)", date: "2025-03-\(10 + index)",
        (0..<30).map { _ in
          var chosen: [String] = []
          for _ in 0..<4 { chosen.append(words.randomElement(using: &generator)!) }
          for _ in 0..<10 { chosen.append(others.randomElement(using: &generator)!) }
          chosen.shuffle(using: &generator)
          return "The " + chosen.joined(separator: " ") + "."
        })
    }
    #expect(articles.reduce(0) { $0 + $1.sentences.count } == 300)
    for method in SummaryMethod.allCases {
      let summary = Summarizer(method: method).summarize(articles, length: .words(100), about: "river bridge")
      #expect(!summary.isEmpty)
      let words = summary.map { $0.text.split(separator: " ").count }.reduce(0, +)
      #expect(words <= 100, "\(method): \(words) words")
    }
  }
}

@Suite struct SummarizerBoundsTests {
  /// A document of thousands of near-identical lines once built a dense sentence graph with
  /// billions of edges; the summarizer now ranks a bounded number of the earliest sentences.
  @Test func veryLongArticlesRankOnlyTheirEarliestSentences() {
    let count = Summarizer.maximumCandidates * 2
    let sentences = (0..<count).map { index in
      "The Orlen canal committee met again on day \(index) to discuss the same lock repairs."
    }
    let article = story("long", date: "2025-03-14", sentences)
    let summary = Summarizer().summarize([article], length: .sentences(3))
    #expect(!summary.isEmpty)
    #expect(summary.allSatisfy { $0.position < Summarizer.maximumCandidates })
  }
}
