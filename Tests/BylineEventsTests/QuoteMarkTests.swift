import BylineCore
import Testing

@testable import BylineEvents

@Suite struct QuoteMarkTests {
  func regions(_ body: String) -> [String] {
    let text = QuoteText(NewsArticle(title: "", body: body))
    return QuotationScanner().regions(in: text).map { $0.pieces.map(text.text).joined(separator: "|") }
  }

  @Test(arguments: [
    ("He said “one two three four”.", "one two three four"),
    ("He said \"one two three four\".", "one two three four"),
    ("Il a dit « un deux trois quatre ».", "un deux trois quatre"),
    ("Er sagte „eins zwei drei vier“.", "eins zwei drei vier"),
    ("He said ‘one two three four’.", "one two three four"),
  ])
  func everyKindOfMarkPairs(_ body: String, _ expected: String) {
    #expect(regions(body) == [expected])
  }

  @Test func nestedQuotesStayInsideTheOuterOne() {
    #expect(
      regions("“They told us ‘go home now’ and we went,” she said.") == [
        "They told us ‘go home now’ and we went"
      ])
    #expect(regions("« Il a crié “assez” trois fois », a-t-il dit.") == ["Il a crié “assez” trois fois"])
  }

  @Test func apostrophesAreNotQuotes() {
    #expect(regions("The ministers’ meeting and Veldoria’s reply came on Monday.").isEmpty)
    #expect(regions("“The workers’ fund is empty,” he said.") == ["The workers’ fund is empty"])
  }

  @Test func strayClosingMarksAreIgnored() {
    #expect(regions("A closing mark” with nothing open, then “a real quote here”.") == ["a real quote here"])
  }

  @Test func aSecondOpeningMarkReplacesAnUnclosedOne() {
    #expect(regions("“never closed and then “the real one” ends.") == ["the real one"])
  }

  @Test func straightQuotesPairByPosition() {
    #expect(regions("\"first quote\" and \"second quote\"") == ["first quote", "second quote"])
  }

  @Test func aReopenedParagraphContinuesTheQuote() {
    #expect(regions("“One two three.\n“Four five six.”\nDone.") == ["One two three.|Four five six."])
    #expect(regions("“One two three.\nFour five six.") == ["One two three."])
  }

  @Test func sentencesAreSplitWhenTheArticleHasNone() {
    let text = QuoteText(
      NewsArticle(title: "", body: "Mr. Ode spoke. “Go,” he said. The U.S. Army left. Done!"))
    #expect(
      text.sentences.map(text.text) == ["Mr. Ode spoke.", "“Go,” he said.", "The U.S. Army left.", "Done!"])
  }
}
