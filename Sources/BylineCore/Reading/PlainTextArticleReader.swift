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
    let (text, usedFallback) = TextDecoding.decode(data)
    var problems: [InputProblem] = []
    if usedFallback {
      problems.append(
        InputProblem(
          source: source, severity: .warning,
          message: "not valid UTF-8; read as Windows-1252"))
    }
    guard let article = article(from: text, source: source) else {
      return ReadOutcome(problems: problems + [InputProblem(source: source, message: "the file has no text")])
    }
    return ReadOutcome(articles: [article], problems: problems)
  }

  /// Builds the article from decoded text.
  func article(from text: String, source: String) -> NewsArticle? {
    var remainder = Substring(text)
    var title = ""
    // Skip leading blank lines; the first line with text is the title.
    while let newline = remainder.firstIndex(of: "\n") ?? (remainder.isEmpty ? nil : remainder.endIndex) {
      let line = remainder[..<newline].trimmingCharacters(in: .whitespaces)
      remainder = newline == remainder.endIndex ? "" : remainder[remainder.index(after: newline)...]
      if !line.isEmpty {
        title = line
        break
      }
    }
    guard !title.isEmpty else { return nil }
    var body = String(remainder.trimmingCharacters(in: .whitespacesAndNewlines))
    if body.isEmpty { body = title }
    let paragraphs = ParagraphSplitter.paragraphs(in: body)
    return NewsArticle(
      title: title, body: body, provenance: Provenance(source: source, line: 1),
      paragraphs: paragraphs)
  }
}
