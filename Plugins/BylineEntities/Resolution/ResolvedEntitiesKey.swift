import BylineCore

/// The entities ``EntityResolver`` found in a corpus, in the corpus's annotations.
///
/// ```swift
/// corpus.annotations[ResolvedEntitiesKey.self] = EntityResolver().resolve(corpus.articles)
/// ```
///
/// The same entities, as ``BylineCore/NamedEntity`` values, belong under
/// ``BylineCore/CorpusEntitiesKey`` for readers that do not know this plugin.
public enum ResolvedEntitiesKey: AnnotationKey {
  public typealias Value = [ResolvedEntity]
  public static var name: String { "resolvedEntities" }
}
