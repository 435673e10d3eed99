import BylineCommands
import BylineCore
import Foundation

/// How command results become records: the field names documented in docs/shell.md.
enum RecordConversion {
  /// The records for a printable result.
  static func records(for value: CommandValue) -> RecordSet {
    switch value {
    case .articles(let articles):
      return RecordSet(
        columns: ["id", "title", "outlet", "published", "words", "file"],
        records: articles.map(articleSummary))
    case .entities(let entities):
      return RecordSet(
        columns: ["id", "name", "kind", "mentions", "articles", "aliases"],
        records: entities.map { entity in
          Record([
            ("id", .string(entity.id.rawValue)), ("name", .string(entity.canonicalName)),
            ("kind", .string(entity.kind.rawValue)), ("mentions", .number(Double(entity.mentions.count))),
            ("articles", .number(Double(Set(entity.mentions.map(\.articleID)).count))),
            ("aliases", .array(entity.aliases.map(JSONValue.string))),
          ])
        })
    case .events(let events):
      return RecordSet(
        columns: ["id", "type", "time", "location", "summary", "participants", "sources"],
        records: events.map { event in
          Record([
            ("id", .string(event.id.rawValue)), ("type", .string(event.type.rawValue)),
            ("time", event.time.map { .string($0.iso8601) } ?? .null),
            ("location", event.location.map { .string($0.name) } ?? .null),
            ("summary", .string(event.summary)),
            ("participants", .array(event.participants.map { .string("\($0.name) (\($0.role))") })),
            (
              "sources", .array(Array(Set(event.sources.compactMap(\.outlet))).sorted().map(JSONValue.string))
            ),
          ])
        })
    case .table(let table):
      return RecordSet(
        columns: table.columns,
        records: table.rows.map { row in
          Record(table.columns.enumerated().map { ($1, $0 < row.count ? row[$0] : .null) })
        })
    case .message(let text):
      return RecordSet(columns: ["message"], records: [Record([("message", .string(text))])])
    case .empty:
      return RecordSet(columns: [], records: [])
    }
  }

  /// One line per article: `id`, `title`, `outlet`, `published` (ISO 8601), `words`, `file`.
  static func articleSummary(_ article: NewsArticle) -> Record {
    Record([
      ("id", .string(article.id.rawValue)),
      ("title", .string(article.title)),
      ("outlet", article.outlet.map(JSONValue.string) ?? .null),
      ("published", article.published.map { .string($0.iso8601) } ?? .null),
      ("words", .number(Double(article.wordCount))),
      ("file", article.provenance.map { .string($0.source) } ?? .null),
    ])
  }

  /// The fields of a full article record, in order.
  static let fullColumns = [
    "id", "file", "title", "outlet", "url", "authors", "published", "language", "words", "body", "removed",
    "sentences",
  ]

  /// Every field of an article: the summary fields, then everything ``NewsArticle`` encodes
  /// (`published` as an object with `date`, `precision` and `isInferred`, spans, annotations).
  /// A record of this form loads back with `load`.
  static func fullRecord(_ article: NewsArticle) -> Record {
    let encoded: [String: JSONValue]
    if case .object(let fields)? = try? JSONValue(encoding: article) {
      encoded = fields
    } else {
      encoded = [:]
    }
    var fields: [(String, JSONValue)] = [
      ("id", .string(article.id.rawValue)),
      ("file", article.provenance.map { .string($0.source) } ?? .null),
      ("title", .string(article.title)),
      ("outlet", article.outlet.map(JSONValue.string) ?? .null),
      ("url", article.url.map { .string($0.absoluteString) } ?? .null),
      ("authors", .array(article.authors.map(JSONValue.string))),
      ("published", encoded["published"] ?? .null),
      ("language", article.language.map(JSONValue.string) ?? .null),
      ("words", .number(Double(article.wordCount))),
      ("body", .string(article.body)),
      ("removed", encoded["removed"] ?? .array([])),
      ("sentences", encoded["sentences"] ?? .array([])),
    ]
    let named = Set(fields.map(\.0))
    for key in encoded.keys.sorted() where !named.contains(key) {
      fields.append((key, encoded[key]!))
    }
    return Record(fields)
  }

  /// Full records flattened for CSV: `published` as ISO text, lists joined with `; `.
  static func flatRecord(_ article: NewsArticle) -> Record {
    Record([
      ("id", .string(article.id.rawValue)),
      ("file", article.provenance.map { .string($0.source) } ?? .null),
      ("title", .string(article.title)),
      ("outlet", article.outlet.map(JSONValue.string) ?? .null),
      ("url", article.url.map { .string($0.absoluteString) } ?? .null),
      ("authors", .string(article.authors.joined(separator: "; "))),
      ("published", article.published.map { .string($0.iso8601) } ?? .null),
      ("language", article.language.map(JSONValue.string) ?? .null),
      ("words", .number(Double(article.wordCount))),
      ("body", .string(article.body)),
      ("removed", .string(article.removed.map { "[\($0.reason)] \($0.text)" }.joined(separator: "\n"))),
      ("sentences", .number(Double(article.sentences.count))),
    ])
  }
}
