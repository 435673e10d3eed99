import BylineCore
import Foundation

/// Metadata of an HTML page, read from `<meta>` tags, OpenGraph, JSON-LD `NewsArticle` (and its
/// relatives), `<time>` elements, `<link rel=canonical>`, `<html lang>` and `<title>`.
struct HTMLMetadata {
  var title: String?
  var outlet: String?
  var url: URL?
  var authors: [String] = []
  var published: PublicationDate?
  var language: String?
  /// The `articleBody` of JSON-LD, when the page gives one.
  var structuredBody: String?

  init(document: HTMLDocument) {
    let root = document.root
    var meta: [String: String] = [:]
    for element in root.descendants(where: { $0.tag == "meta" }) {
      guard let content = element["content"]?.trimmingCharacters(in: .whitespacesAndNewlines),
        !content.isEmpty
      else { continue }
      for key in [element["property"], element["name"], element["itemprop"], element["http-equiv"]]
        .compactMap({ $0 })
      {
        let lower = key.lowercased()
        if meta[lower] == nil { meta[lower] = content }
        if lower == "author" || lower == "article:author" || lower == "sailthru.author"
          || lower == "dc.creator"
        {
          for name in Self.splitAuthors(content) where !authors.contains(name) { authors.append(name) }
        }
      }
    }
    let structured = Self.structuredData(in: root)

    title =
      structured.headline ?? meta["og:title"] ?? meta["twitter:title"]
      ?? root.first("h1")?.text.nonEmpty ?? root.first("title").map { Self.stripSiteName($0.text) }
    outlet = meta["og:site_name"] ?? structured.publisher ?? meta["application-name"] ?? meta["twitter:site"]
    if let outletName = outlet, outletName.hasPrefix("@") { outlet = String(outletName.dropFirst()) }

    let canonical = root.descendants(where: { $0.tag == "link" && ($0["rel"]?.lowercased() == "canonical") })
      .first?["href"]
    url =
      [canonical, meta["og:url"], structured.url].compactMap { $0 }.compactMap { text in
        URL(string: text.trimmingCharacters(in: .whitespaces)).flatMap { $0.scheme == nil ? nil : $0 }
      }.first
    if outlet == nil, let host = url?.host {
      outlet = host.hasPrefix("www.") ? String(host.dropFirst(4)) : host
    }

    for name in structured.authors where !authors.contains(name) { authors.append(name) }
    authors = authors.filter { !$0.hasPrefix("http") && !$0.contains("/") && $0.count < 80 }

    let dateTexts = [
      structured.datePublished, meta["article:published_time"], meta["og:published_time"],
      meta["datepublished"], meta["date"], meta["pubdate"], meta["publishdate"], meta["publish-date"],
      meta["dc.date"], meta["dc.date.issued"], meta["dcterms.created"], meta["sailthru.date"],
      meta["parsely-pub-date"], meta["article.published"], meta["citation_publication_date"],
      root.descendants(where: { $0.tag == "time" }).first.flatMap { $0["datetime"] ?? $0.text.nonEmpty },
    ]
    published = dateTexts.compactMap { $0 }.lazy.compactMap { DateTextParser.parse($0) }.first

    language = (root["lang"] ?? meta["og:locale"] ?? meta["content-language"] ?? meta["language"])
      .map { Self.languageCode($0) }
    structuredBody = structured.articleBody
  }

  /// `en-GB` → `en`; `en_US` → `en`.
  static func languageCode(_ text: String) -> String {
    String(text.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" }).first ?? "")
  }

  /// `Headline | Site Name` → `Headline`.
  static func stripSiteName(_ title: String) -> String {
    for separator in [" | ", " – ", " — ", " - ", " :: ", " · "] {
      if let range = title.range(of: separator, options: .backwards) {
        let head = title[..<range.lowerBound]
        if head.split(separator: " ").count >= 3 { return String(head) }
      }
    }
    return title
  }

  static func splitAuthors(_ text: String) -> [String] {
    text.replacingOccurrences(of: " and ", with: ",").split(separator: ",")
      .map { $0.trimmingCharacters(in: .whitespaces) }
      .map { $0.hasPrefix("By ") || $0.hasPrefix("by ") ? String($0.dropFirst(3)) : $0 }
      .filter { !$0.isEmpty }
  }

  // MARK: - JSON-LD

  struct StructuredData {
    var headline: String?
    var publisher: String?
    var url: String?
    var authors: [String] = []
    var datePublished: String?
    var articleBody: String?
  }

  static let articleTypes: Set<String> = [
    "newsarticle", "article", "reportagenewsarticle", "analysisnewsarticle", "blogposting",
    "opinionnewsarticle",
    "backgroundnewsarticle", "webpage", "socialmediaposting", "liveblogposting", "scholarlyarticle", "report",
  ]

  static func structuredData(in root: HTMLElement) -> StructuredData {
    var result = StructuredData()
    let scripts = root.descendants(where: {
      $0.tag == "script" && ($0["type"]?.lowercased().contains("ld+json") ?? false)
    })
    var candidates: [[String: Any]] = []
    for script in scripts {
      let text = script.children.compactMap { child -> String? in
        if case .text(let content) = child { return content }
        return nil
      }.joined()
      guard let data = text.data(using: .utf8),
        let json = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
      else { continue }
      collect(json, into: &candidates)
    }
    // Prefer the most specific article type.
    let ranked = candidates.sorted { rank($0) < rank($1) }
    guard let article = ranked.first, rank(article) < articleTypes.count else { return result }
    result.headline = (article["headline"] as? String) ?? (article["name"] as? String)
    result.articleBody = article["articleBody"] as? String
    result.datePublished = (article["datePublished"] as? String) ?? (article["dateCreated"] as? String)
    result.url =
      (article["url"] as? String) ?? (article["mainEntityOfPage"] as? [String: Any])?["@id"] as? String
    if let publisher = article["publisher"] as? [String: Any] {
      result.publisher = publisher["name"] as? String
    } else if let publisher = article["publisher"] as? String {
      result.publisher = publisher
    }
    let authorValues: [Any]
    if let list = article["author"] as? [Any] {
      authorValues = list
    } else {
      authorValues = [article["author"] as Any]
    }
    for value in authorValues {
      if let person = value as? [String: Any], let name = person["name"] as? String {
        result.authors.append(name.trimmingCharacters(in: .whitespaces))
      } else if let name = value as? String {
        result.authors.append(contentsOf: splitAuthors(name))
      }
    }
    return result
  }

  static func rank(_ object: [String: Any]) -> Int {
    let types: [String]
    if let type = object["@type"] as? String {
      types = [type]
    } else {
      types = object["@type"] as? [String] ?? []
    }
    let order = [
      "newsarticle", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
      "backgroundnewsarticle", "article", "blogposting", "liveblogposting", "socialmediaposting",
      "scholarlyarticle", "report", "webpage",
    ]
    return types.compactMap { order.firstIndex(of: $0.lowercased()) }.min() ?? articleTypes.count + 1
  }

  static func collect(_ json: Any, into objects: inout [[String: Any]]) {
    if let list = json as? [Any] {
      for item in list { collect(item, into: &objects) }
    } else if let object = json as? [String: Any] {
      objects.append(object)
      if let graph = object["@graph"] { collect(graph, into: &objects) }
    }
  }
}

extension String {
  /// Nil when empty after trimming, else the trimmed text.
  var nonEmpty: String? {
    let trimmed = trimmingCharacters(in: .whitespacesAndNewlines)
    return trimmed.isEmpty ? nil : trimmed
  }
}
