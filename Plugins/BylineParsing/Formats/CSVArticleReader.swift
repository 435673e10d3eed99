import BylineCore
import Foundation

/// Reads CSV (or TSV) with a header row: one article per row, columns mapped like JSON fields
/// (see ``RecordFields``). Quoted fields may hold commas, doubled quotes and line breaks. A row
/// that cannot be read is reported with its line number; the others still load.
public struct CSVArticleReader: ArticleReader {
  public var format: String { "csv" }
  public var fileExtensions: Set<String> { ["csv", "tsv"] }

  /// Creates the reader.
  public init() {}

  public func read(_ data: Data, source: String) -> ReadOutcome {
    let (text, _) = TextDecoding.decode(data)
    let separator: Character = source.lowercased().hasSuffix(".tsv") ? "\t" : ","
    let rows = Self.rows(of: text, separator: separator)
    guard let header = rows.first else {
      return .failure(InputProblem(source: source, message: "the file is empty"))
    }
    let columns = header.fields.map { $0.trimmingCharacters(in: .whitespaces) }
    var outcome = ReadOutcome()
    for (index, row) in rows.dropFirst().enumerated() {
      if row.fields.count == 1 && row.fields[0].isEmpty { continue }
      guard row.fields.count == columns.count else {
        outcome.problems.append(
          InputProblem(
            source: source, line: row.line,
            message: "the row has \(row.fields.count) fields; the header has \(columns.count)"))
        continue
      }
      var record: [String: Any] = [:]
      for (column, value) in zip(columns, row.fields) { record[column] = value }
      let provenance = Provenance(source: source, line: row.line, record: index)
      if let article = RecordFields.article(from: record, provenance: provenance) {
        outcome.articles.append(article)
      } else {
        outcome.problems.append(
          InputProblem(source: source, line: row.line, message: "the row has no title or text"))
      }
    }
    return outcome
  }

  /// Splits CSV text into rows of fields (RFC 4180), each with the line it starts on.
  static func rows(of text: String, separator: Character) -> [(line: Int, fields: [String])] {
    var rows: [(Int, [String])] = []
    var fields: [String] = []
    var field = ""
    var inQuotes = false
    var line = 1
    var rowLine = 1
    var iterator = text.makeIterator()
    var pending: Character?
    while let character = pending ?? iterator.next() {
      pending = nil
      if inQuotes {
        if character == "\"" {
          if let next = iterator.next() {
            if next == "\"" {
              field.append("\"")
            } else {
              inQuotes = false
              pending = next
            }
          } else {
            inQuotes = false
          }
        } else {
          if character == "\n" { line += 1 }
          field.append(character)
        }
        continue
      }
      switch character {
      case "\"" where field.isEmpty: inQuotes = true
      case separator:
        fields.append(field)
        field = ""
      case "\n", "\r\n":
        fields.append(field)
        rows.append((rowLine, fields))
        fields = []
        field = ""
        line += 1
        rowLine = line
      default: field.append(character)
      }
    }
    if !field.isEmpty || !fields.isEmpty {
      fields.append(field)
      rows.append((rowLine, fields))
    }
    return rows
  }
}
