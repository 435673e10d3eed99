import BylineCore
import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Reads RSS 2.0 and Atom feeds: each item or entry becomes an article (title, link, content or
/// description, date, authors), with the feed's title as the outlet.
public struct FeedArticleReader: ArticleReader {
  public var format: String { "feed" }
  public var fileExtensions: Set<String> { ["rss", "atom", "xml"] }

  /// Creates the reader.
  public init() {}

  public func recognizes(_ data: Data) -> Bool {
    let prefix = String(decoding: data.prefix(2048), as: UTF8.self).lowercased()
    return prefix.contains("<rss") || (prefix.contains("<feed") && prefix.contains("atom"))
  }

  public func read(_ data: Data, source: String) -> ReadOutcome {
    let collector = FeedCollector()
    let parser = XMLParser(data: Self.parserInput(data))
    parser.delegate = collector
    parser.shouldProcessNamespaces = false
    let parsed = parser.parse()
    var outcome = ReadOutcome()
    for (index, item) in collector.items.enumerated() {
      var record = item.fields
      if record["source"] == nil, let feedTitle = collector.feedTitle { record["source"] = feedTitle }
      if !item.authors.isEmpty { record["authors"] = item.authors }
      let provenance = Provenance(source: source, line: item.line, record: index)
      if let article = RecordFields.article(from: record, provenance: provenance) {
        outcome.articles.append(article)
      } else {
        outcome.problems.append(
          InputProblem(source: source, line: item.line, message: "the feed item has no title or text"))
      }
    }
    if parsed, let open = collector.openElement {
      outcome.problems.append(
        InputProblem(
          source: source, line: parser.lineNumber, message: "invalid feed: the XML ends inside <\(open)>"))
    } else if !parsed {
      let line = parser.lineNumber
      let message = parser.parserError.map { ($0 as NSError).localizedDescription } ?? "malformed XML"
      outcome.problems.append(InputProblem(source: source, line: line, message: "invalid feed: \(message)"))
    } else if collector.items.isEmpty {
      outcome.problems.append(InputProblem(source: source, message: "the feed has no items"))
    }
    return outcome
  }

  /// The bytes to hand the XML parser: `data` itself when it is UTF-8 or says what else it is (a
  /// UTF-16 byte order mark, or an XML declaration naming a non-Unicode encoding, which libxml2
  /// converts); otherwise `data` decoded as every reader decodes text (``TextDecoding``), as UTF-8.
  ///
  /// libxml2 reads an undeclared document as UTF-8 and passes bytes that are not UTF-8 in an
  /// element name on unchanged, and Foundation's XMLParser stops the process on such a name.
  static func parserInput(_ data: Data) -> Data {
    if String(validating: data, as: UTF8.self) != nil { return data }
    if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) { return data }
    let prolog = String(decoding: data.prefix(256), as: UTF8.self).lowercased()
    if prolog.drop(while: \.isWhitespace).hasPrefix("<?xml"), let end = prolog.firstIndex(of: ">"),
      let encoding = prolog[..<end].range(of: "encoding")
    {
      let value = prolog[encoding.upperBound..<end].drop { " =\"'".contains($0) }
      let name = value.prefix { !" \"'?".contains($0) }
      // libxml2 converts from an 8-bit or multi-byte encoding, but reads a document that says
      // UTF-16 or UCS without a byte order mark as UTF-8.
      if !name.isEmpty, !name.contains("utf"), !name.contains("ucs") { return data }
    }
    return Data(TextDecoding.decode(data).text.utf8)
  }
}

/// Collects items from XML parser events.
private final class FeedCollector: NSObject, XMLParserDelegate {
  struct Item {
    var fields: [String: Any] = [:]
    var authors: [String] = []
    var line: Int
  }

  var items: [Item] = []
  var feedTitle: String?
  /// The innermost element still open when the document ended, if any.
  var openElement: String? { path.last }
  private var current: Item?
  private var path: [String] = []
  private var text = ""

  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
    attributes: [String: String] = [:]
  ) {
    let name = elementName.lowercased()
    path.append(name)
    text = ""
    if name == "item" || name == "entry" {
      current = Item(line: parser.lineNumber)
    } else if name == "link", current != nil, let href = attributes["href"],
      attributes["rel"] == nil || attributes["rel"] == "alternate", current?.fields["link"] == nil
    {
      current?.fields["link"] = href
    }
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

  func parser(_ parser: XMLParser, foundCDATA block: Data) {
    text += String(decoding: block, as: UTF8.self)
  }

  func parser(
    _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?
  ) {
    let name = elementName.lowercased()
    defer {
      if !path.isEmpty { path.removeLast() }
      text = ""
    }
    let value = text.trimmingCharacters(in: .whitespacesAndNewlines)
    if name == "item" || name == "entry" {
      if let item = current { items.append(item) }
      current = nil
      return
    }
    guard !value.isEmpty else { return }
    if current == nil {
      if name == "title", feedTitle == nil, path.count <= 3 { feedTitle = value }
      return
    }
    switch name {
    case "author", "dc:creator", "creator":
      current?.authors.append(contentsOf: HTMLMetadata.splitAuthors(value))
    case "name" where path.dropLast().last == "author":
      current?.authors.append(value)
    case "content:encoded", "content":
      current?.fields["content"] = value
    case "description", "summary":
      if current?.fields["description"] == nil { current?.fields["description"] = value }
    case "pubdate", "published", "dc:date", "updated":
      if current?.fields["published"] == nil { current?.fields["published"] = value }
    default:
      if current?.fields[name] == nil { current?.fields[name] = value }
    }
  }
}
