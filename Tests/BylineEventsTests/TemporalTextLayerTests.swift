import BylineCore
import BylineEvents
import Foundation
import Testing

@Suite struct TemporalTextLayerTests {
  let body = """
    Talks at the Varnholt plant ended on Thursday at 10:30 a.m. ET, two weeks after they began.
    Mid-March, the union said it would vote next Monday; the last vote was in 2019 – eight years ago.
    """

  @Test func theTaggerReadsTheArticlesTokensAsItReadsItsText() {
    let reference = PublicationDate(iso8601: "2026-03-20")!.date
    var article = NewsArticle(title: "", body: body)
    article.prepareText()
    let fromText = TemporalTagger().expressions(in: body, reference: reference)
    let fromLayer = TemporalTagger().expressions(in: article, reference: reference)
    #expect(fromLayer.map(\.value) == fromText.map(\.value))
    #expect(fromLayer.map(\.span) == fromText.map(\.span))
    #expect(fromText.map(\.text).contains("two weeks"))
    #expect(fromText.first { $0.text == "next Monday" }?.value == "2026-03-23")
  }

  @Test func dayWordsComeFromTheDateLexicon() {
    let reference = PublicationDate(iso8601: "2026-03-20")!.date
    let found = TemporalTagger().expressions(
      in: "It rained yesterday and will clear tomorrow.", reference: reference)
    #expect(found.map(\.value) == ["2026-03-19", "2026-03-21"])
  }
}
