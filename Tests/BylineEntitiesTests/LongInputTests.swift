import BylineCore
import BylineParsing
import Testing

@testable import BylineEntities

/// Inputs far larger than an article: one "sentence" of thousands of words and a name repeated
/// thousands of times. They once took time growing with the square of their length; these tests
/// check that the bounded ways of handling them still give the right answers.
@Suite struct LongInputTests {
  /// A body with no full stop: `count` clauses naming the same two people and one organisation.
  static func runOn(_ count: Int) -> String {
    (0..<count).map { index in
      index % 2 == 0
        ? "Mayor Talia Brenwick met Orsolo Vantemberg of the Kessler Dredging Company on day \(index)"
        : "and Brenwick told Vantemberg that Kessler Dredging must finish by the spring"
    }.joined(separator: " ")
  }

  @Test func aSentenceLongerThanOneTaggedRunIsTaggedInPiecesWithinIt() throws {
    let body = Self.runOn(300)
    let article = NewsArticle(
      title: "", body: body, sentences: SentenceSegmenter.sentences(in: body, paragraphs: []),
      tokens: Tokenizer.tokens(in: body))
    try #require(article.sentences.count == 1)
    #expect(article.tokens.count > EntityRecognizer.longestTaggedRun * 3)
    let recognizer = try #require(EntityRecognizer.bundled)
    let mentions = recognizer.mentions(in: article)
    // Names are found past the first run, and every mention lies in the one sentence.
    let lastRunStart = article.tokens[EntityRecognizer.longestTaggedRun * 3].start
    #expect(mentions.contains { $0.span.start > lastRunStart && $0.text.contains("Brenwick") })
    for mention in mentions {
      #expect(mention.sentence == 0)
      #expect(String(mention.span.text(in: body)) == mention.text)
    }
  }

  @Test func aNameRepeatedThousandsOfTimesResolvesToOneEntityWithItsShortForms() throws {
    let body = Self.runOn(2_000)
    var article = NewsArticle(
      id: ArticleID("long"), title: "", body: body,
      sentences: SentenceSegmenter.sentences(in: body, paragraphs: []), tokens: Tokenizer.tokens(in: body))
    let recognizer = try #require(EntityRecognizer.bundled)
    article.annotations[EntityMentionsKey.self] = recognizer.mentions(in: article)
    let entities = EntityResolver().resolve([article])
    let people = entities.filter { $0.kind == .person }
    let brenwick = try #require(people.first { $0.canonicalName.contains("Brenwick") })
    #expect(brenwick.aliases.contains("Brenwick"))
    #expect(people.filter { $0.canonicalName.contains("Brenwick") }.count == 1)
  }

  @Test func lastWordsReadsOnlyTheEndOfAText() {
    let text: Substring = "a long run of words before the  Deputy Harbour Master "
    #expect(RoleExtractor.lastWords(of: text, count: 3) == ["Master", "Harbour", "Deputy"])
    #expect(RoleExtractor.lastWords(of: "one", count: 3) == ["one"])
    #expect(RoleExtractor.lastWords(of: "   ", count: 3).isEmpty)
  }

  @Test func theSentenceHoldingAnOffsetIsFoundBySearch() {
    let sentences = [TextSpan(start: 0, end: 10), TextSpan(start: 11, end: 20), TextSpan(start: 20, end: 35)]
    #expect(RoleExtractor.sentence(containing: 0, in: sentences) == sentences[0])
    #expect(RoleExtractor.sentence(containing: 10, in: sentences) == nil)
    #expect(RoleExtractor.sentence(containing: 19, in: sentences) == sentences[1])
    #expect(RoleExtractor.sentence(containing: 20, in: sentences) == sentences[2])
    #expect(RoleExtractor.sentence(containing: 35, in: sentences) == nil)
    #expect(RoleExtractor.sentence(containing: 3, in: []) == nil)
  }

  @Test func aMentionInAHugeSentenceIsShownWithAWindowOfItsSentence() {
    let body =
      String(repeating: "word ", count: 2_000) + "Talia Brenwick spoke "
      + String(repeating: "näive ", count: 2_000)
    let start =
      body.utf8.count - String(repeating: "näive ", count: 2_000).utf8.count
      - "Talia Brenwick spoke ".utf8.count
    let span = TextSpan(start: start, end: start + "Talia Brenwick".utf8.count)
    let sentence = TextSpan(start: 0, end: body.utf8.count)
    let context = sentence.excerpt(in: body, around: span)
    #expect(context.hasPrefix("…") && context.hasSuffix("…"))
    #expect(context.contains("Talia Brenwick spoke"))
    #expect(context.utf8.count < 400 + 100)
    #expect(!context.dropFirst().hasPrefix(" ") || context.contains("word"))
    let short = TextSpan(start: 0, end: 30)
    #expect(
      short.excerpt(in: body, around: TextSpan(start: 0, end: 4)) == String(body.prefix(30)))
  }
}
