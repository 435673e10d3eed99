/// The articles that share one value of an ``ArticleField``, as
/// ``ArticleField/groups(of:)`` returns them.
public struct ArticleGroup<Member: Article>: Sendable {
  /// The field the articles were grouped by.
  public var field: ArticleField
  /// The value they share, or nil for the articles that have no value for the field.
  public var value: String?
  /// The articles, in the order they were given.
  public var articles: [Member]

  /// Creates a group.
  public init(field: ArticleField, value: String?, articles: [Member]) {
    self.field = field
    self.value = value
    self.articles = articles
  }

  /// The value, or `(no FIELD)` for the group without one: a label for a table row.
  public var label: String { value ?? "(no \(field.rawValue))" }
}
