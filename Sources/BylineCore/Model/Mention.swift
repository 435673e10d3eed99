/// One place where an entity is named: the article, the span of the body, and the text there.
public struct Mention: Hashable, Sendable, Codable {
  /// The article the mention is in.
  public var articleID: ArticleID
  /// Where in the article's body the mention is.
  public var span: TextSpan
  /// The mention's text as written, e.g. `"Ms Marrow"`.
  public var text: String

  /// Creates a mention.
  public init(articleID: ArticleID, span: TextSpan, text: String) {
    self.articleID = articleID
    self.span = span
    self.text = text
  }
}
