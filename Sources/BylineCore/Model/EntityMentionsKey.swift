/// The names recognised in an article, in text order.
///
/// ```swift
/// for mention in article.annotations[EntityMentionsKey.self] ?? [] where mention.kind == .person {
///   print(mention.text, mention.role ?? "-")
/// }
/// ```
public enum EntityMentionsKey: AnnotationKey {
  public typealias Value = [EntityMention]
  public static var name: String { "entityMentions" }
}
