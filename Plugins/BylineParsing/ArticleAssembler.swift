import BylineCore
import Foundation

/// Builds finished articles from what a reader found: joins paragraphs into a body with exact
/// paragraph spans, and adds the language. Sentences and tokens are the text layer's, computed when
/// the article is loaded or analysed (``NewsArticle/prepareText()``).
struct ArticleAssembler {
  var title = ""
  var paragraphs: [String] = []
  var outlet: String?
  var url: URL?
  var authors: [String] = []
  var published: PublicationDate?
  var language: String?
  var removed: [RemovedText] = []
  var provenance: Provenance?
  var id: ArticleID?

  /// The article, or nil when there is no text at all.
  func article() -> NewsArticle? {
    var body = ""
    var spans: [TextSpan] = []
    for paragraph in paragraphs {
      let text = BoilerplateRules.trimmed(paragraph)
      guard !text.isEmpty else { continue }
      if !body.isEmpty { body += "\n\n" }
      let start = body.utf8.count
      body += text
      spans.append(TextSpan(start: start, end: body.utf8.count))
    }
    let cleanTitle = HTMLText.collapse(title)
    guard !body.isEmpty || !cleanTitle.isEmpty else { return nil }
    if body.isEmpty {
      body = cleanTitle
      spans = [TextSpan(start: 0, end: body.utf8.count)]
    }
    let detected = language ?? LanguageDetector.detect(String(body.prefix(20_000)))
    return NewsArticle(
      id: id, title: cleanTitle, body: body, outlet: outlet?.nonEmpty, url: url, authors: authors,
      published: published, language: detected, provenance: provenance, paragraphs: spans,
      removed: removed)
  }
}
