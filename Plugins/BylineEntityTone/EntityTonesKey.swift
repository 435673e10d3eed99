import BylineCore

/// The tone of every resolved entity of a corpus, keyed by the entity's id.
///
/// ```swift
/// let tones = corpus.annotations[EntityTonesKey.self] ?? [:]
/// for entity in corpus.annotations[CorpusEntitiesKey.self] ?? [] {
///   print(entity.canonicalName, tones[entity.id.rawValue]?.compound ?? 0)
/// }
/// ```
public enum EntityTonesKey: AnnotationKey {
  public typealias Value = [String: EntityTone]
  public static var name: String { "entityTones" }
}
