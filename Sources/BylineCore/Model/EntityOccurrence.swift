/// Where an entity is mentioned: the article, the sentence, the span and the text there.
public struct EntityOccurrence: Hashable, Sendable, Codable {
  /// The article the mention is in.
  public var articleID: ArticleID
  /// The index of the sentence it is in, in ``NewsArticle/sentences``.
  public var sentence: Int
  /// Where in the article's body the mention is (UTF-8 offsets).
  public var span: TextSpan
  /// The mention's text as written.
  public var text: String

  /// Creates an occurrence.
  public init(articleID: ArticleID, sentence: Int, span: TextSpan, text: String) {
    self.articleID = articleID
    self.sentence = sentence
    self.span = span
    self.text = text
  }
}
