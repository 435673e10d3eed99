import BylineCore
import Foundation

/// Reads JSON and JSON Lines records from any source: one object per line, an array of objects,
/// or an object holding such an array (`{"articles": [...]}`), with field names mapped flexibly
/// (see ``RecordFields``). Records in Byline's own export form load back unchanged. A record that
/// cannot be read is reported with its line number; the others still load.
public struct JSONRecordReader: ArticleReader {
  public var format: String { "json" }
  public var fileExtensions: Set<String> { ["json", "jsonl", "ndjson"] }

  /// Creates the reader.
  public init() {}

  public func recognizes(_ data: Data) -> Bool { JSONArticleReader().recognizes(data) }

  public func read(_ data: Data, source: String) -> ReadOutcome {
    let (text, _) = TextDecoding.decode(data)
    let trimmed = text.drop { $0.isWhitespace }
    var outcome = ReadOutcome()
    // A whole-document array or object, unless it is JSON Lines.
    if trimmed.first == "[" || (trimmed.first == "{" && !looksLikeLines(text)) {
      do {
        let json = try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
        let records = Self.records(in: json)
        for (index, record) in records.enumerated() {
          add(record, provenance: Provenance(source: source, record: index), to: &outcome)
        }
        if records.isEmpty {
          outcome.problems.append(InputProblem(source: source, message: "no article records in the JSON"))
        }
      } catch {
        let place = InputProblem.jsonSyntaxPlace(of: error, in: Substring(text))
        outcome.problems.append(
          InputProblem(
            source: source, line: place?.line, column: place?.column,
            message: "invalid JSON: \(Self.describe(error))"))
      }
      return outcome
    }
    var record = 0
    for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      guard line.contains(where: { !$0.isWhitespace }) else { continue }
      let number = offset + 1
      do {
        let json = try JSONSerialization.jsonObject(with: Data(line.utf8), options: [.fragmentsAllowed])
        guard let object = json as? [String: Any] else {
          outcome.problems.append(InputProblem(source: source, line: number, message: "not a JSON object"))
          continue
        }
        add(object, provenance: Provenance(source: source, line: number, record: record), to: &outcome)
      } catch {
        outcome.problems.append(
          InputProblem(
            source: source, line: number, column: InputProblem.jsonSyntaxPlace(of: error, in: line)?.column,
            message: "invalid JSON: \(Self.describe(error))"))
      }
      record += 1
    }
    return outcome
  }

  private func add(_ record: [String: Any], provenance: Provenance, to outcome: inout ReadOutcome) {
    // Byline's own export keeps spans, removed text and annotations.
    if record["provenance"] != nil || record["paragraphs"] != nil,
      let data = try? JSONSerialization.data(withJSONObject: record),
      var article = try? JSONDecoder().decode(NewsArticle.self, from: data)
    {
      if article.provenance == nil { article.provenance = provenance }
      outcome.articles.append(article)
      return
    }
    guard let article = RecordFields.article(from: record, provenance: provenance) else {
      outcome.problems.append(
        InputProblem(
          source: provenance.source, line: provenance.line,
          message:
            "the record has no title or text (fields seen: \(record.keys.sorted().joined(separator: ", ")))"))
      return
    }
    outcome.articles.append(article)
  }

  /// Whether the text has one JSON value per line (two or more lines starting with `{`).
  private func looksLikeLines(_ text: String) -> Bool {
    var count = 0
    for line in text.split(separator: "\n").prefix(50) where line.drop(while: { $0 == " " }).first == "{" {
      count += 1
      if count >= 2 { return true }
    }
    return false
  }

  /// The article-like objects in a JSON document.
  static func records(in json: Any) -> [[String: Any]] {
    if let list = json as? [Any] { return list.compactMap { $0 as? [String: Any] } }
    guard let object = json as? [String: Any] else { return [] }
    for key in [
      "articles", "items", "results", "data", "docs", "documents", "entries", "records", "response",
    ] {
      if let nested = object[key] { return records(in: nested) }
    }
    return [object]
  }

  static func describe(_ error: any Error) -> String {
    let text = (error as NSError).userInfo["NSDebugDescription"] as? String ?? "\(error)"
    return text
  }
}
