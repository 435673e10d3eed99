import Foundation

/// Reads Byline's own article JSON: JSON Lines (one article object per line, as
/// `export --format jsonl` writes) or a JSON array of articles (`export --format json`).
///
/// Only `body` is required in each object; see ``NewsArticle``. A record that cannot be read is
/// reported with its line number and skipped; the other records still load.
public struct JSONArticleReader: ArticleReader {
  public var format: String { "jsonl" }
  public var fileExtensions: Set<String> { ["jsonl", "ndjson", "json"] }

  /// Creates the reader.
  public init() {}

  public func recognizes(_ data: Data) -> Bool {
    let first = data.first { !ParagraphSplitter.isSpace($0) }
    return first == UInt8(ascii: "{") || first == UInt8(ascii: "[")
  }

  public func read(_ data: Data, source: String) -> ReadOutcome {
    let (text, _) = TextDecoding.decode(data)
    let decoder = JSONDecoder()
    if text.first(where: { !$0.isWhitespace }) == "[" {
      do {
        let articles = try decoder.decode([NewsArticle].self, from: Data(text.utf8))
        return ReadOutcome(
          articles: articles.enumerated().map { index, article in
            var article = article
            if article.provenance == nil {
              article.provenance = Provenance(source: source, record: index)
            }
            return article
          })
      } catch {
        let place = Self.isSyntaxError(error) ? InputProblem.jsonSyntaxPlace(in: Substring(text)) : nil
        return .failure(
          InputProblem(
            source: source, line: place?.line, column: place?.column, message: Self.describe(error)))
      }
    }
    var outcome = ReadOutcome()
    var lineNumber = 0
    var record = 0
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      lineNumber += 1
      guard line.contains(where: { !$0.isWhitespace }) else { continue }
      do {
        var article = try decoder.decode(NewsArticle.self, from: Data(line.utf8))
        if article.provenance == nil {
          article.provenance = Provenance(source: source, line: lineNumber, record: record)
        }
        outcome.articles.append(article)
      } catch {
        let column = Self.isSyntaxError(error) ? InputProblem.jsonSyntaxPlace(in: line)?.column : nil
        outcome.problems.append(
          InputProblem(source: source, line: lineNumber, column: column, message: Self.describe(error)))
      }
      record += 1
    }
    return outcome
  }

  /// Whether `error` says the text is not JSON at all (rather than JSON of the wrong shape).
  static func isSyntaxError(_ error: any Error) -> Bool {
    guard case .dataCorrupted(let context) = error as? DecodingError else { return false }
    return context.codingPath.isEmpty
  }

  /// A one-line account of a decoding error, naming the field.
  static func describe(_ error: any Error) -> String {
    guard let error = error as? DecodingError else { return "\(error)" }
    func path(_ context: DecodingError.Context) -> String {
      let names = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }
      return names.isEmpty ? "" : " at '\(names.joined(separator: "."))'"
    }
    switch error {
    case .keyNotFound(let key, let context):
      return "missing field '\(key.stringValue)'\(path(context))"
    case .typeMismatch(let type, let context):
      return "expected \(type)\(path(context)): \(context.debugDescription)"
    case .valueNotFound(let type, let context):
      return "missing \(type) value\(path(context))"
    case .dataCorrupted(let context):
      let underlying = (context.underlyingError as? NSError)?.userInfo["NSDebugDescription"] as? String
      return "invalid JSON\(path(context)): \(underlying ?? context.debugDescription)"
    @unknown default:
      return "\(error)"
    }
  }
}
