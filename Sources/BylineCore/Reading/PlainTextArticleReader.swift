import Foundation

/// Reads a plain-text file as one article: the first non-empty line is the title, the rest is
/// the body, split into paragraphs by blank lines (or by lines, when there are none).
///
/// The body is kept as written, apart from line endings, which become `\n`, and a byte order
/// mark, which is dropped. Cleaning away site furniture is the parsing plugin's work.
public struct PlainTextArticleReader: ArticleReader {
  public var format: String { "text" }
  public var fileExtensions: Set<String> { ["txt", "text"] }

  /// Creates the reader.
  public init() {}

  public func read(_ data: Data, source: String) -> ReadOutcome {
    let (text, problems) = TextDecoding.decode(data, source: source)
    guard let article = article(from: text, source: source) else {
      return ReadOutcome(problems: problems + [InputProblem(source: source, message: "the file has no text")])
    }
    return ReadOutcome(articles: [article], problems: problems)
  }

  /// Builds the article from decoded text, scanning its UTF-8 bytes once.
  func article(from text: String, source: String) -> NewsArticle? {
    var text = text
    return text.withUTF8 { bytes -> NewsArticle? in
      // The title is the first line with text.
      var lineStart = 0
      var titleRange: Range<Int>?
      while lineStart < bytes.count {
        var lineEnd = lineStart
        while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
        let trimmed = ParagraphSplitter.trimmed(lineStart, lineEnd, in: bytes)
        lineStart = lineEnd + 1
        if !trimmed.isEmpty {
          titleRange = trimmed.start..<trimmed.end
          break
        }
      }
      guard let titleRange else { return nil }
      let title = String(decoding: UnsafeBufferPointer(rebasing: bytes[titleRange]), as: UTF8.self)
      let bodyRange = ParagraphSplitter.trimmed(min(lineStart, bytes.count), bytes.count, in: bytes)
      let bodyBytes = UnsafeBufferPointer(rebasing: bytes[bodyRange.start..<bodyRange.end])
      let body = bodyBytes.isEmpty ? title : String(decoding: bodyBytes, as: UTF8.self)
      let paragraphs =
        bodyBytes.isEmpty
        ? [TextSpan(start: 0, end: title.utf8.count)] : ParagraphSplitter.paragraphs(in: bodyBytes)
      return NewsArticle(
        title: title, body: body, provenance: Provenance(source: source, line: 1),
        paragraphs: paragraphs)
    }
  }
}
