import Foundation

/// A property of an article that commands can group or select by, named as users type it:
/// `outlet`, `author`, `language`, `date`, `month`, `year`, `folder`, `file`, `title`, `id`.
///
/// Each field gives an article's values as text, so one definition serves every `--by FIELD`
/// option and every `FIELD=VALUE` condition:
///
/// ```swift
/// ArticleField.folder.values(of: article)   // ["business"] for bbc/business/001.txt
/// ArticleField.author.values(of: article)   // one value per author
/// for group in ArticleField(named: "month")!.groups(of: corpus.articles) {
///   print(group.label, group.articles.count)   // 2025-03 4
/// }
/// ```
///
/// `BylineCommands` makes it an `ExpressibleByArgument`, so a plugin command declares
/// `@Option var by: ArticleField = .outlet` and gets parsing, help and errors for free.
public enum ArticleField: String, CaseIterable, Hashable, Sendable, Codable, CustomStringConvertible {
  /// The article's id.
  case id
  /// The headline.
  case title
  /// The publication.
  case outlet
  /// Each credited author; an article with two authors has two values.
  case author
  /// The language tag, such as `en`.
  case language
  /// The publication date as ISO 8601 text, to the day at most: `2025-03-14` (or `2025-03` for
  /// a date known only to the month).
  case date
  /// The publication month, `2025-03`, for dates known at least to the month.
  case month
  /// The publication year, `2025`.
  case year
  /// The name of the folder holding the file the article was read from: `business` for
  /// `bbc/business/001.txt`.
  case folder
  /// The path of the file (or the URL) the article was read from, as it was given.
  case file

  /// Other names users type for fields: `published`, `authors`, `source`, `directory`.
  public static let aliases: [String: ArticleField] = [
    "published": .date, "authors": .author, "source": .outlet, "directory": .folder, "path": .file,
  ]

  /// The field called `name` (ignoring case), or one of its ``aliases``; nil for no field.
  public init?(named name: String) {
    let name = name.lowercased()
    guard let field = ArticleField(rawValue: name) ?? Self.aliases[name] else { return nil }
    self = field
  }

  public var description: String { rawValue }

  /// The names of every field, for help and error messages: `id, title, outlet, ...`.
  public static var allNames: String { allCases.map(\.rawValue).joined(separator: ", ") }

  /// The article's values of this field as text: one for most fields, one per author for
  /// ``author``, none when the article does not have it.
  public func values(of article: some Article) -> [String] {
    switch self {
    case .id: return [article.id.rawValue]
    case .title: return [article.title]
    case .outlet: return article.outlet.map { [$0] } ?? []
    case .author: return article.authors
    case .language: return article.language.map { [$0] } ?? []
    case .date:
      guard let published = article.published else { return [] }
      return [ISODateText.format(published.date, precision: min(published.precision, .day))]
    case .month:
      guard let published = article.published, published.precision >= .month else { return [] }
      return [ISODateText.format(published.date, precision: .month)]
    case .year:
      return article.published.map { [ISODateText.format($0.date, precision: .year)] } ?? []
    case .folder:
      return article.provenance.flatMap { Self.folderName(of: $0.source) }.map { [$0] } ?? []
    case .file:
      return article.provenance.map { [$0.source] } ?? []
    }
  }

  /// The articles grouped by this field's value, groups in the order their first article comes.
  /// An article with several values (authors) is in each of their groups; articles with no
  /// value are in one last group whose ``ArticleGroup/value`` is nil.
  public func groups<Member: Article>(of articles: [Member]) -> [ArticleGroup<Member>] {
    var groups: [ArticleGroup<Member>] = []
    var positions: [String: Int] = [:]
    var withoutValue: [Member] = []
    for article in articles {
      let values = values(of: article)
      if values.isEmpty { withoutValue.append(article) }
      for value in Set(values).sorted() {
        if let position = positions[value] {
          groups[position].articles.append(article)
        } else {
          positions[value] = groups.count
          groups.append(ArticleGroup(field: self, value: value, articles: [article]))
        }
      }
    }
    if !withoutValue.isEmpty { groups.append(ArticleGroup(field: self, value: nil, articles: withoutValue)) }
    return groups
  }

  /// The last folder name of the path or URL `source`; for a bare file name, the name of the
  /// current directory, which is where it was read from.
  static func folderName(of source: String) -> String? {
    let folder: URL
    if source.contains("://"), let url = URL(string: source) {
      folder = url.deletingLastPathComponent()
    } else {
      folder = URL(fileURLWithPath: source).deletingLastPathComponent()
    }
    let name = folder.lastPathComponent
    return name.isEmpty || name == "/" ? nil : name
  }
}
