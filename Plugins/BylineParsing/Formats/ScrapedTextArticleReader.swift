import BylineCore
import Foundation

/// Reads plain text as scraped from news pages: one article per file, cleaned of page furniture
/// by ``ScrapedTextCleaner``, with the headline, byline, date, URL and outlet found in the text.
public struct ScrapedTextArticleReader: ArticleReader {
  public var format: String { "text" }
  public var fileExtensions: Set<String> { ["txt", "text"] }

  /// Creates the reader.
  public init() {}

  public func read(_ data: Data, source: String) -> ReadOutcome {
    let (text, problems) = TextDecoding.decode(data, source: source)
    let reference = (try? FileManager.default.attributesOfItem(atPath: source))?[.modificationDate] as? Date
    let cleaned = ScrapedTextCleaner.clean(text, reference: reference)
    var assembler = ArticleAssembler()
    assembler.title = cleaned.title
    assembler.paragraphs = cleaned.paragraphs
    assembler.outlet = cleaned.outlet ?? cleaned.url?.host.map(Self.siteName)
    assembler.url = cleaned.url
    assembler.authors = cleaned.authors
    assembler.published = cleaned.published
    assembler.removed = cleaned.removed
    assembler.provenance = Provenance(source: source, line: 1)
    guard let article = assembler.article() else {
      return ReadOutcome(problems: problems + [InputProblem(source: source, message: "the file has no text")])
    }
    return ReadOutcome(articles: [article], problems: problems)
  }

  /// `www.example.com` → `example.com`.
  static func siteName(_ host: String) -> String {
    host.hasPrefix("www.") ? String(host.dropFirst(4)) : host
  }
}
