import BylineCore
import Foundation

/// Reads an HTML page as one article: the main text without page furniture, and the title,
/// outlet, URL, authors, date and language from the markup.
public struct HTMLArticleReader: ArticleReader {
  public var format: String { "html" }
  public var fileExtensions: Set<String> { ["html", "htm", "xhtml", "shtml"] }

  /// Creates the reader.
  public init() {}

  public func recognizes(_ data: Data) -> Bool {
    let prefix = String(decoding: data.prefix(1024), as: UTF8.self).lowercased()
    let start = prefix.drop { $0.isWhitespace || $0 == "\u{FEFF}" }
    return start.hasPrefix("<!doctype html") || start.hasPrefix("<html") || prefix.contains("<body")
      || prefix.contains("<head")
  }

  public func read(_ data: Data, source: String) -> ReadOutcome {
    let document = HTMLDocument(data: data)
    let metadata = HTMLMetadata(document: document)
    var paragraphs = HTMLArticleExtractor.paragraphs(in: document)
    if HTMLArticleExtractor.prefersStructuredBody(metadata.structuredBody, over: paragraphs),
      let structured = metadata.structuredBody
    {
      paragraphs = RecordFields.paragraphs(of: structured)
    }
    var assembler = ArticleAssembler()
    assembler.title = metadata.title ?? ""
    assembler.paragraphs = paragraphs
    assembler.outlet = metadata.outlet
    assembler.url = metadata.url
    assembler.authors = metadata.authors
    assembler.published = metadata.published
    assembler.language = metadata.language?.nonEmpty
    assembler.provenance = Provenance(source: source)
    guard let article = assembler.article() else {
      return .failure(InputProblem(source: source, message: "no article text found in the page"))
    }
    return ReadOutcome(articles: [article])
  }
}
