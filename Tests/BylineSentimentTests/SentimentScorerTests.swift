import BylineCore
import Foundation
import Testing

@testable import BylineSentiment

/// A sentence with the scores Python vaderSentiment 3.3.2 gives it (`polarity_scores`, run in
/// `.venv`; the numbers are copied from its output).
struct VaderCase: Sendable, CustomTestStringConvertible {
  let text: String
  let expected: SentimentScores

  init(_ text: String, _ neg: Double, _ neu: Double, _ pos: Double, _ compound: Double) {
    self.text = text
    self.expected = SentimentScores(negative: neg, neutral: neu, positive: pos, compound: compound)
  }

  var testDescription: String { text.debugDescription }
}

/// The rules of VADER one by one, on hand-written sentences, against Python vaderSentiment 3.3.2.
@Suite struct SentimentScorerTests {
  static let scorer = SentimentScorer()

  /// Scores `item` and expects exactly Python's rounded scores.
  func check(_ item: VaderCase, with scorer: SentimentScorer = scorer) {
    let got = scorer.scores(for: item.text)
    #expect(got == item.expected, "\(item.text.debugDescription): got \(got), want \(item.expected)")
  }

  @Test(arguments: [
    VaderCase("The food is good.", 0.0, 0.508, 0.492, 0.4404),
    VaderCase("The food is bad.", 0.538, 0.462, 0.0, -0.5423),
    VaderCase("The table is wooden.", 0.0, 1.0, 0.0, 0.0),
  ])
  func lexiconWords(_ item: VaderCase) { check(item) }

  @Test(arguments: [
    VaderCase("The food is not good.", 0.376, 0.624, 0.0, -0.3412),
    VaderCase("The food isn't good.", 0.445, 0.555, 0.0, -0.3412),
    VaderCase("The food isnt good.", 0.445, 0.555, 0.0, -0.3412),
    VaderCase("The food is not very good.", 0.344, 0.656, 0.0, -0.3865),
    VaderCase("Not a good idea at all, nor is it a useful one.", 0.157, 0.653, 0.189, 0.1265),
    VaderCase("It was not that this movie was bad.", 0.333, 0.667, 0.0, -0.5423),
    VaderCase("Nobody says the food was never that bad.", 0.0, 0.711, 0.289, 0.431),
    VaderCase("The food won't be bad.", 0.0, 0.584, 0.416, 0.431),
  ])
  func negationsWithinThreeWords(_ item: VaderCase) { check(item) }

  @Test(arguments: [
    VaderCase("The food is very good.", 0.0, 0.556, 0.444, 0.4927),
    VaderCase("The food is extremely good.", 0.0, 0.556, 0.444, 0.4927),
    VaderCase("The food is really very good.", 0.0, 0.59, 0.41, 0.5379),
    VaderCase("The food is very bad.", 0.487, 0.513, 0.0, -0.5849),
  ])
  func boosters(_ item: VaderCase) { check(item) }

  @Test(arguments: [
    VaderCase("The food is slightly good.", 0.0, 0.605, 0.395, 0.3832),
    VaderCase("The food is barely good.", 0.0, 0.605, 0.395, 0.3832),
    VaderCase("The food is somewhat bad.", 0.445, 0.555, 0.0, -0.4951),
  ])
  func dampeners(_ item: VaderCase) { check(item) }

  @Test(arguments: [
    VaderCase("The food is GOOD.", 0.0, 0.452, 0.548, 0.5622),
    VaderCase("The food is VERY good.", 0.0, 0.505, 0.495, 0.6028),
    VaderCase("The food is VERY GOOD!!!", 0.0, 0.42, 0.58, 0.7604),
    VaderCase("THE FOOD IS GOOD.", 0.0, 0.508, 0.492, 0.4404),
    VaderCase("The food is BAD.", 0.585, 0.415, 0.0, -0.6408),
    VaderCase("Today SUX!", 0.779, 0.221, 0.0, -0.5461),
  ])
  func allCapsEmphasisOnlyWhenTheTextMixesCase(_ item: VaderCase) { check(item) }

  @Test(arguments: [
    VaderCase("The food is good!", 0.0, 0.484, 0.516, 0.4926),
    VaderCase("The food is good!!!!", 0.0, 0.424, 0.576, 0.6209),
    VaderCase("The food is good!!!!!!!!", 0.0, 0.424, 0.576, 0.6209),
    VaderCase("The food is bad!!", 0.577, 0.423, 0.0, -0.6229),
  ])
  func exclamationMarksUpToFour(_ item: VaderCase) { check(item) }

  @Test(arguments: [
    VaderCase("Is the food good?", 0.0, 0.508, 0.492, 0.4404),
    VaderCase("Is the food good??", 0.0, 0.479, 0.521, 0.504),
    VaderCase("Is the food good???", 0.0, 0.466, 0.534, 0.533),
    VaderCase("Is the food good?????", 0.0, 0.437, 0.563, 0.594),
    VaderCase("Is the food bad?!?", 0.581, 0.419, 0.0, -0.6312),
  ])
  func questionMarks(_ item: VaderCase) { check(item) }

  @Test(arguments: [
    VaderCase("The plot was good, but the characters are uncompelling.", 0.208, 0.619, 0.173, -0.1027),
    VaderCase(
      "The plot was good, but the characters are uncompelling and the dialog is not great.",
      0.327, 0.579, 0.094, -0.7042),
    VaderCase("Good food but terrible service.", 0.456, 0.33, 0.214, -0.4939),
    VaderCase("It is nice, it is nice, but it is nice.", 0.0, 0.483, 0.517, 0.7579),
    VaderCase("It is sad, but it is sad and it is sad.", 0.564, 0.436, 0.0, -0.8847),
    // 3.3.2 finds each value with list.index: "advantage" (1.0) equals the halved "applaud" (2.0 *
    // 0.5), so the earlier word is scaled again and "advantage" keeps 1.0 (0.5423 if done plainly).
    VaderCase("We applaud it, but it is an advantage.", 0.0, 0.632, 0.368, 0.3612),
  ])
  func butHalvesBeforeAndRaisesAfter(_ item: VaderCase) { check(item) }

  @Test(arguments: [
    VaderCase("It was kind of good", 0.0, 0.605, 0.395, 0.3832),
    VaderCase("It was sort of good", 0.0, 0.605, 0.395, 0.3832),
    VaderCase("It was kinda good", 0.0, 0.535, 0.465, 0.3832),
    VaderCase("The book was only kind of good.", 0.0, 0.697, 0.303, 0.3832),
    VaderCase("They are kind", 0.0, 0.37, 0.63, 0.5267),
  ])
  func kindOfAndSortOf(_ item: VaderCase) { check(item) }

  @Test(arguments: [
    VaderCase("At least it isn't a horrible book.", 0.0, 0.678, 0.322, 0.431),
    VaderCase("It is the least good option.", 0.325, 0.675, 0.0, -0.3412),
    VaderCase("least good", 0.706, 0.294, 0.0, -0.3412),
    VaderCase("It is at the very least good.", 0.0, 0.654, 0.346, 0.4902),
    VaderCase(
      "Roger Dodger is one of the least compelling variations on this theme.", 0.132, 0.868, 0.0, -0.1695),
  ])
  func least(_ item: VaderCase) { check(item) }

  @Test(arguments: [
    VaderCase("no problem", 0.0, 0.307, 0.693, 0.3089),
    VaderCase("No problem at all", 0.0, 0.571, 0.429, 0.3089),
    VaderCase("There is no good reason.", 0.376, 0.624, 0.0, -0.3412),
    VaderCase("No, the food was good.", 0.0, 0.58, 0.42, 0.4404),
    VaderCase("I have no love or hope left.", 0.536, 0.464, 0.0, -0.6979),
    VaderCase("no", 1.0, 0.0, 0.0, -0.296),
  ])
  func no(_ item: VaderCase) { check(item) }

  @Test(arguments: [
    VaderCase("The food has never been so good.", 0.0, 0.616, 0.384, 0.5777),
    VaderCase("The food has never been this good!", 0.0, 0.621, 0.379, 0.5672),
    VaderCase("The food has never been good.", 0.325, 0.675, 0.0, -0.3412),
    VaderCase("It is so good.", 0.0, 0.445, 0.555, 0.5777),
    VaderCase("Without a doubt, excellent idea.", 0.0, 0.341, 0.659, 0.7013),
    VaderCase("Without doubt an excellent idea.", 0.0, 0.341, 0.659, 0.7013),
  ])
  func neverSoAndWithoutDoubt(_ item: VaderCase) { check(item) }

  @Test(arguments: [
    // "party" is in the lexicon, so 3.3.2 never reaches the idiom check for "bomb".
    VaderCase("The party was the bomb!", 0.38, 0.326, 0.294, -0.2003),
    VaderCase("With VADER, sentiment analysis is the shit!", 0.0, 0.583, 0.417, 0.6476),
    VaderCase("On the other hand, VADER is quite bad ass", 0.0, 0.423, 0.577, 0.802),
    VaderCase("Yeah right, what a great plan.", 0.0, 0.388, 0.612, 0.743),
    VaderCase("That chocolate cake is to die for.", 0.394, 0.606, 0.0, -0.5994),
    VaderCase("It was the kiss of death for the plan.", 0.417, 0.583, 0.0, -0.6124),
    VaderCase("I waited at the bad bus stop.", 0.368, 0.632, 0.0, -0.5423),
    // Sentiment-laden idioms without lexicon words are not applied in 3.3.2.
    VaderCase("Under the weather but still happy", 0.0, 0.498, 0.502, 0.7227),
  ])
  func specialIdioms(_ item: VaderCase) { check(item) }

  @Test(arguments: [
    VaderCase("I love it 😁", 0.0, 0.455, 0.545, 0.802),
    VaderCase("Catch utf-8 emoji such as 💘 and 💋 and 😁", 0.0, 0.583, 0.417, 0.875),
    VaderCase("😁😁", 0.0, 0.571, 0.429, 0.7184),
    VaderCase("Great😁movie", 0.0, 0.36, 0.64, 0.7964),
    VaderCase("I am 😢", 0.508, 0.492, 0.0, -0.4767),
    VaderCase("Thumbs 👍🏽 up", 0.0, 1.0, 0.0, 0.0),
  ])
  func emojiBecomeTheirDescriptions(_ item: VaderCase) { check(item) }

  @Test(arguments: [
    VaderCase("Make sure you :) or :D today!", 0.0, 0.294, 0.706, 0.8633),
    VaderCase(":)", 0.0, 0.0, 1.0, 0.4588),
    VaderCase("That was fun :-(", 0.321, 0.256, 0.423, 0.2023),
    VaderCase("<3", 0.0, 0.0, 1.0, 0.4404),
  ])
  func emoticons(_ item: VaderCase) { check(item) }

  @Test(arguments: [
    VaderCase("'good' \"bad\" (nice)", 0.38, 0.0, 0.62, 0.296),
    // One-letter words count as neutral words in 3.3.2 (older versions dropped them).
    VaderCase("I like it a lot", 0.0, 0.615, 0.385, 0.3612),
    VaderCase("good", 0.0, 0.0, 1.0, 0.4404),
    VaderCase("a good", 0.0, 0.256, 0.744, 0.4404),
    VaderCase("good,bad", 0.0, 1.0, 0.0, 0.0),
    VaderCase("good\u{A0}movie\u{2003}great", 0.0, 0.125, 0.875, 0.7906),
    VaderCase("good\u{200B}movie", 0.0, 1.0, 0.0, 0.0),
    VaderCase("...", 0.0, 1.0, 0.0, 0.0),
    VaderCase("(:", 0.0, 0.0, 1.0, 0.4939),
  ])
  func tokenizationStripsPunctuationButKeepsEmoticons(_ item: VaderCase) { check(item) }

  @Test(arguments: [
    VaderCase("The café is GOOD and the bébé is happy", 0.0, 0.488, 0.512, 0.8091),
    VaderCase("They \u{212A}ILL everything", 0.731, 0.269, 0.0, -0.7531),
    VaderCase("ÉTÉ is LOVELY here", 0.0, 0.398, 0.602, 0.6739),
    VaderCase("", 0.0, 0.0, 0.0, 0.0),
    VaderCase("   \t\n", 0.0, 0.0, 0.0, 0.0),
  ])
  func unicodeCaseAndEmptyTexts(_ item: VaderCase) { check(item) }

  @Test(arguments: [
    VaderCase("VADER is smart, handsome, and funny.", 0.0, 0.254, 0.746, 0.8316),
    VaderCase("VADER is VERY SMART, uber handsome, and FRIGGIN FUNNY!!!", 0.0, 0.294, 0.706, 0.9469),
    VaderCase("Not bad at all", 0.0, 0.513, 0.487, 0.431),
  ])
  func readmeExamples(_ item: VaderCase) { check(item) }

  @Test func roundsLikePython() {
    // Python's round(x, n) rounds the exact binary value, ties to even.
    let cases: [(Double, Int, Double)] = [
      (2.675, 2, 2.67), (0.125, 2, 0.12), (0.0625, 3, 0.062), (0.5, 0, 0.0), (1.5, 0, 2.0), (2.5, 0, 2.0),
      (-0.0005, 3, -0.001), (0.0005, 3, 0.001), (0.00015, 4, 0.0001), (0.1235, 3, 0.123),
      (0.8316499, 4, 0.8316), (0.9999999, 3, 1.0), (123.4565, 3, 123.457), (1e-300, 3, 0.0),
      (-2.675, 2, -2.67),
    ]
    for (value, digits, expected) in cases {
      #expect(PythonRounding.round(value, digits: digits) == expected, "round(\(value), \(digits))")
    }
  }

  @Test func bundledLexiconLoadsOnce() {
    let lexicon = SentimentLexicon.vader
    #expect(lexicon.name == "vader")
    #expect(lexicon.count == 7_506)
    #expect(lexicon["good"] == 1.9)
    #expect(lexicon["GOOD"] == 1.9)
    #expect(lexicon["wooden"] == nil)
    #expect(lexicon["very"] == nil)
  }

  static let tinyLexicon = "met\t2.5\t0.5\t[2, 3]\ncouncil\t-1.0\t0.4\t[-1, -1]\nrally\t1.8\ngood\t-0.5\n"

  @Test(arguments: [
    VaderCase("The council met on Tuesday.", 0.235, 0.353, 0.412, 0.3612),
    VaderCase("The rally was good!", 0.228, 0.303, 0.469, 0.3802),
    VaderCase("Not a rally", 0.538, 0.462, 0.0, -0.3252),
    VaderCase("The COUNCIL met", 0.378, 0.138, 0.484, 0.1943),
  ])
  func userLexicon(_ item: VaderCase) throws {
    let lexicon = try SentimentLexicon(text: Self.tinyLexicon, source: "tiny")
    #expect(lexicon.name == "tiny")
    #expect(lexicon.count == 4)
    #expect(lexicon["Rally"] == 1.8)
    check(item, with: SentimentScorer(lexicon: lexicon))
  }

  @Test func userLexiconFromAFile() throws {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("byline-vader-\(UUID().uuidString)-finance.txt")
    try Self.tinyLexicon.write(to: url, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: url) }
    let lexicon = try SentimentLexicon(contentsOf: url)
    #expect(lexicon.name == url.deletingPathExtension().lastPathComponent)
    #expect(lexicon["met"] == 2.5)
    let scores = SentimentScorer(lexicon: lexicon).scores(for: "The council met on Tuesday.")
    #expect(scores == SentimentScores(negative: 0.235, neutral: 0.353, positive: 0.412, compound: 0.3612))
  }

  @Test func malformedLexiconLinesNameTheSourceAndLine() {
    let noTab = #expect(throws: BylineError.self) {
      try SentimentLexicon(text: "good\t1.9\n\nbad line without a tab\n", source: "finance.txt")
    }
    #expect(noTab?.code == .invalidData)
    #expect(noTab?.location == InputLocation(file: "finance.txt", line: 3, column: 1))
    #expect(noTab?.message == "bad lexicon line: expected a token, a tab and its mean valence")
    #expect(noTab?.sourceLine == "bad line without a tab")

    let notANumber = #expect(throws: BylineError.self) {
      try SentimentLexicon(text: "good\t1.9\r\ngreat\tvery\t0.5\r\n", source: "finance.txt")
    }
    #expect(notANumber?.code == .invalidData)
    #expect(notANumber?.location == InputLocation(file: "finance.txt", line: 2, column: 7))
    #expect(
      notANumber?.description == """
        finance.txt:2:7: error: bad lexicon line: the mean valence "very" is not a number
        great\tvery\t0.5
             \t^~~~
        hint: each line is a token, a tab and its mean valence from -4 to 4, e.g. `upbeat<TAB>1.8`
        """, "\(String(describing: notANumber))")

    let missing = URL(fileURLWithPath: "/nonexistent/byline-lexicon.txt")
    let unreadable = #expect(throws: BylineError.self) { try SentimentLexicon(contentsOf: missing) }
    #expect(unreadable?.code == .fileAccess)
    #expect(unreadable?.location == InputLocation(file: missing.path, line: nil))
  }

  @Test func customEmojiDescriptions() {
    let scorer = SentimentScorer(emoji: ["🍕": "delicious pizza"])
    check(VaderCase("I had 🍕", 0.0, 0.448, 0.552, 0.5719), with: scorer)
    check(VaderCase("I had 😁", 0.0, 1.0, 0.0, 0.0), with: scorer)
  }

  @Test func encodesWithVaderKeys() throws {
    let scores = SentimentScores(negative: 0.1, neutral: 0.2, positive: 0.7, compound: 0.5)
    let json = try JSONSerialization.jsonObject(with: JSONEncoder().encode(scores)) as? [String: Double]
    #expect(json == ["neg": 0.1, "neu": 0.2, "pos": 0.7, "compound": 0.5])
    #expect(try JSONDecoder().decode(SentimentScores.self, from: JSONEncoder().encode(scores)) == scores)
  }

  @Test func scoresTheSameAcrossTasks() async {
    let scorer = Self.scorer
    let text = "The plot was good, but the characters are uncompelling."
    let expected = scorer.scores(for: text)
    let results = await withTaskGroup(of: SentimentScores.self) { group in
      for _ in 0..<8 { group.addTask { scorer.scores(for: text) } }
      return await group.reduce(into: []) { $0.append($1) }
    }
    #expect(results.allSatisfy { $0 == expected })
  }
}
