import BylineCore
import Testing

@Suite struct TextSpanTests {
  @Test func slicesByUTF8Offsets() {
    let text = "Café «Lisbon» — 46%"
    let range = text.range(of: "Lisbon")!
    let span = TextSpan(range, in: text)
    #expect(span == TextSpan(start: 8, end: 14))
    #expect(span.text(in: text) == "Lisbon")
    #expect(span.unicodeScalarRange(in: text) == 6..<12)
  }

  @Test func clampsToTheText() {
    #expect(TextSpan(start: 2, end: 99).text(in: "abcd") == "cd")
    #expect(TextSpan(start: 50, end: 99).text(in: "abcd") == "")
  }

  @Test func relations() {
    let outer = TextSpan(start: 0, end: 10)
    #expect(outer.contains(TextSpan(start: 2, end: 5)))
    #expect(!outer.contains(TextSpan(start: 8, end: 12)))
    #expect(outer.overlaps(TextSpan(start: 8, end: 12)))
    #expect(!outer.overlaps(TextSpan(start: 10, end: 12)))
    #expect(TextSpan(start: 1, end: 2) < TextSpan(start: 1, end: 3))
    #expect(TextSpan(start: 4, end: 4).isEmpty)
  }

  @Test func wordCountAndText() {
    let article = NewsArticle(title: "T", body: "  One two\n\tthree  ")
    #expect(article.wordCount == 3)
    #expect(article.text(of: TextSpan(start: 2, end: 5)) == "One")
  }
}
