import BylineCore
import Testing

/// The written words the quote and role finders read, made from the text layer's tokens.
@Suite struct TextLayerWrittenWordsTests {
  func words(_ text: String, tokens: [TextSpan]? = nil) -> [String] {
    TextLayer(text: text, tokens: tokens).writtenWords(in: text).map { String($0.span.text(in: text)) }
  }

  @Test func joinedWordsAreOneAndAbbreviationsLoseTheirPeriod() {
    #expect(
      words("Mr. Dravnik, AT&T’s U.S.-based vice-chair, said: “Go.”")
        == [
          "Mr", ".", "Dravnik", ",", "AT&T’s", "U.S.", "-", "based", "vice-chair", ",", "said", ":", "“",
          "Go",
          ".", "”",
        ])
    #expect(words("Brode&Vennick don't") == ["Brode&Vennick", "don't"])
    #expect(words("St.Kelmar F. Orr") == ["St.Kelmar", "F", ".", "Orr"])
  }

  @Test func numbersKeepTheirDecimalsAndCommasButNotTheirColonsOrSlashes() {
    #expect(
      words("rose 1.5. Then 2,300 at 10:30 on 24/7") == [
        "rose", "1.5.", "Then", "2,300", "at", "10", ":", "30", "on", "24", "/", "7",
      ])
    #expect(words("up 3.5%...") == ["up", "3.5", "%", ".", ".", "."])
  }

  @Test func marksAndSignsAreOneEach() {
    #expect(words("#launch @vennick “‘x’”") == ["#", "launch", "@", "vennick", "“", "‘", "x", "’", "”"])
    let written = TextLayer(text: "a, b").writtenWords(in: "a, b")
    #expect(written.map(\.isWord) == [true, false, true])
  }

  @Test func tokensGivenWithTheArticleAreJoinedTheSameWay() {
    let text = "the Vice-President’s aide"
    let tokens = text.ranges(of: /\w+|[^\w\s]/).map { TextSpan($0, in: text) }
    #expect(words(text, tokens: tokens) == ["the", "Vice-President’s", "aide"])
  }
}
