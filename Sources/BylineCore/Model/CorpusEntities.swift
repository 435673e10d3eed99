/// The entities resolved across a corpus, in the corpus's annotations.
///
/// Whichever plugin provides ``Capability/entities`` stores its result here, so that commands
/// and other plugins (the shell's `filter entity=NAME`, an events plugin naming participants and
/// linking quotes to speakers) can read entities without depending on that plugin.
///
/// ```swift
/// let corpus = try await pipeline.run(articles)
/// for entity in corpus.annotations[CorpusEntitiesKey.self] ?? [] { print(entity.canonicalName) }
/// ```
public enum CorpusEntitiesKey: AnnotationKey {
  public typealias Value = [NamedEntity]
  public static var name: String { "entities" }
}
