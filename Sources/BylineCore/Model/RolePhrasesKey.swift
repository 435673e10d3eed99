/// Every title or role phrase written in an article, ordered by where they end, then where
/// they start; overlapping phrases ("minister" inside "defense minister") are all listed.
///
/// ```swift
/// let roles = (article.annotations[RolePhrasesKey.self] ?? []).filter { !$0.isFormOfAddress }
/// ```
public enum RolePhrasesKey: AnnotationKey {
  public typealias Value = [RolePhrase]
  public static var name: String { "rolePhrases" }
}
