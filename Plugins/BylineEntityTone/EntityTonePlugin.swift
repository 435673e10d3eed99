import BylineCore

/// The bundled entity-tone plugin: how the sentences that name each resolved entity read, with
/// the entity's own name masked (``EntityTonesKey``); the `entities` and `entity` commands.
///
/// It reads entities from ``BylineCore/CorpusEntitiesKey``, whichever plugin resolved them, and
/// scores sentences with the ``BylineCore/SentimentScoring`` it is given — the sentiment plugin's:
///
/// ```swift
/// let registry = try PluginRegistry([
///   ParsingPlugin(), SentimentPlugin(), EntitiesPlugin(), EntityResolutionPlugin(),
///   EntityTonePlugin(scorer: SentimentPlugin()),
/// ])
/// ```
public struct EntityTonePlugin: Plugin {
  /// The analysis that scores the sentences.
  public let analysis: EntityToneAnalysis

  /// Creates the plugin scoring with `scorer`.
  public init(scorer: any SentimentScoring) {
    analysis = EntityToneAnalysis(scorer: scorer)
  }

  public var name: String { "entity-tone" }
  public var version: String { "1.0.0" }
  public var summary: String {
    "The tone of the sentences naming each entity, overall and per outlet, the name itself masked."
  }
  public var requires: [Capability] { [.entities, .sentiment] }
  public var provides: [Capability] { [.annotation(EntityTonesKey.self)] }
  public var scope: AnalysisScope { .corpus }

  public func analyze(_ corpus: inout Corpus, context: AnalysisContext) async throws {
    let entities = corpus.annotations[CorpusEntitiesKey.self] ?? []
    let tones = analysis.tones(of: entities, in: corpus.articles)
    try Task.checkCancellation()
    corpus.annotations[EntityTonesKey.self] = Dictionary(
      uniqueKeysWithValues: tones.map { ($0.key.rawValue, $0.value) })
  }
}
