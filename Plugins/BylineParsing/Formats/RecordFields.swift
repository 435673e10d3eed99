import BylineCore
import Foundation

/// Maps the field names that JSON, CSV and feed records use to an article's fields, flexibly:
/// `title`/`headline`, `text`/`body`/`content`, `date`/`published`/`publishedAt`, `url`/`link`,
/// `source`/`outlet`/`publisher`, `author`/`authors`/`byline`, `language`/`lang`, `id`.
enum RecordFields {
  static let title = ["title", "headline", "name", "heading"]
  static let body = [
    "body", "text", "content", "articlebody", "article_body", "maintext", "main_text", "fulltext",
    "full_text",
    "story", "article", "content:encoded", "description", "summary",
  ]
  static let date = [
    "published", "publishedat", "published_at", "publication_date", "pubdate", "date_publish",
    "datepublished",
    "date", "time", "timestamp", "created", "created_at", "updated", "seendate",
  ]
  static let url = ["url", "link", "uri", "href", "canonical_url", "sourceurl"]
  static let outlet = [
    "outlet", "source", "publisher", "site", "site_name", "source_domain", "domain", "feed",
  ]
  static let authors = ["authors", "author", "byline", "creator", "dc:creator", "writer"]
  static let language = ["language", "lang", "locale"]
  static let id = ["id", "_id", "guid", "uuid", "article_id", "doc_id"]

  /// The first non-empty text among `names` in `record`, looked up case-insensitively; nested
  /// objects give their `name` (as in `"source": {"name": "..."}`).
  static func text(_ names: [String], in record: [String: Any]) -> String? {
    let lowered = Dictionary(
      record.map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { first, _ in first })
    for name in names {
      guard let value = lowered[name] else { continue }
      if let text = string(value), !text.isEmpty { return text }
    }
    return nil
  }

  static func string(_ value: Any) -> String? {
    switch value {
    case let text as String: return text.trimmingCharacters(in: .whitespacesAndNewlines)
    case let number as NSNumber: return number.stringValue
    case let object as [String: Any]:
      return (object["name"] ?? object["title"] ?? object["href"]).flatMap(string)
    case let list as [Any]: return list.compactMap(string).first
    default: return nil
    }
  }

  static func authors(in record: [String: Any]) -> [String] {
    let lowered = Dictionary(
      record.map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { first, _ in first })
    for name in authors {
      guard let value = lowered[name] else { continue }
      let names: [String]
      if let list = value as? [Any] {
        names = list.compactMap(string)
      } else if let text = string(value) {
        names = HTMLMetadata.splitAuthors(text)
      } else {
        names = []
      }
      let cleaned = names.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
      if !cleaned.isEmpty { return cleaned }
    }
    return []
  }

  /// Builds an article from a record; nil when it has no text at all.
  static func article(from record: [String: Any], provenance: Provenance) -> NewsArticle? {
    var assembler = ArticleAssembler()
    assembler.title = text(title, in: record) ?? ""
    let body = text(body, in: record) ?? ""
    assembler.paragraphs = paragraphs(of: body)
    assembler.url = text(url, in: record).flatMap { URL(string: $0) }.flatMap { $0.scheme == nil ? nil : $0 }
    assembler.outlet = text(outlet, in: record) ?? assembler.url?.host.map(ScrapedTextArticleReader.siteName)
    assembler.authors = authors(in: record)
    assembler.published = text(date, in: record).flatMap { DateTextParser.parse($0) }
    assembler.language = text(language, in: record).map(HTMLMetadata.languageCode)
    assembler.id = text(id, in: record).map { ArticleID($0) }
    assembler.provenance = provenance
    return assembler.article()
  }

  /// Paragraphs of a record's body: HTML markup is read as HTML; otherwise blank lines (or, when
  /// there are none, line breaks) separate paragraphs. Furniture lines are left out.
  static func paragraphs(of body: String) -> [String] {
    let lower = body.prefix(2000).lowercased()
    if lower.contains("<p") || lower.contains("<br") || lower.contains("<div") {
      let document = HTMLDocument(data: Data(("<html><body>" + body + "</body></html>").utf8))
      return HTMLArticleExtractor.blocks(of: document.root.first("body") ?? document.root)
    }
    let blocks =
      body.contains("\n\n") ? body.components(separatedBy: "\n\n") : body.components(separatedBy: "\n")
    return blocks.map { HTMLText.collapse($0) }.filter {
      !$0.isEmpty && BoilerplateRules.reason(forLine: $0, position: .body) == nil
    }
  }
}
