import BylineCore
import Foundation
import Synchronization

/// The bundled recognition plugin: finds the people, organisations, places and other names in
/// every article (``BylineCore/EntityMentionsKey``), each with its kind, confidence and any title
/// stated with it, and every title or role the gazetteer knows written in it
/// (``BylineCore/RolePhrasesKey``).
///
/// Settings: `entities.model FILE` uses a model made with `train ner` instead of the bundled one.
public struct EntitiesPlugin: Plugin {
  private let recognizers = RecognizerCache()
  private let gazetteer: Gazetteer?
  /// The role phrase finder of `gazetteer`; `nil` for the bundled one.
  private let rolePhraseFinder: RolePhraseFinder?

  /// Creates the plugin with `gazetteer`, or the bundled one (loaded when first needed).
  public init(gazetteer: Gazetteer? = nil) {
    self.gazetteer = gazetteer
    rolePhraseFinder = gazetteer.map { RolePhraseFinder(gazetteer: $0) }
  }

  public var name: String { "entities" }
  public var version: String { "1.0.0" }
  public var summary: String {
    "Names of people, organisations and places in each article (statistical tagger)."
  }
  public var requires: [Capability] { [.sentences, .tokens] }
  public var provides: [Capability] {
    [.entityMentions, .annotation(EntityMentionsKey.self), .annotation(RolePhrasesKey.self)]
  }

  public func analyze(_ article: inout NewsArticle, context: AnalysisContext) async throws {
    let recognizer = try recognizers.recognizer(modelPath: context.settings["model"])
    var mentions = recognizer.mentions(in: article)
    try Task.checkCancellation()
    let roles = RoleExtractor(gazetteer: gazetteer ?? .bundled)
    for index in mentions.indices {
      if index % 1024 == 1023 { try Task.checkCancellation() }
      mentions[index].role = roles.role(for: mentions[index], in: article)
    }
    article.annotations[EntityMentionsKey.self] = mentions
    try Task.checkCancellation()
    article.annotations[RolePhrasesKey.self] = (rolePhraseFinder ?? .bundled).phrases(in: article)
  }
}

/// The bundled resolution plugin: one entity per real-world referent across the corpus, with its
/// aliases, roles, occurrences and id, stored under the core's ``BylineCore/CorpusEntitiesKey``.
public struct EntityResolutionPlugin: Plugin {
  private let gazetteer: Gazetteer?

  /// Creates the plugin with `gazetteer`, or the bundled one (loaded when first needed).
  public init(gazetteer: Gazetteer? = nil) {
    self.gazetteer = gazetteer
  }

  public var name: String { "entity-resolution" }
  public var version: String { "1.0.0" }
  public var summary: String {
    "Resolves names across articles and sources into entities with aliases and ids."
  }
  public var requires: [Capability] { [.entityMentions] }
  public var provides: [Capability] {
    [.entities, .annotation(CorpusEntitiesKey.self)]
  }
  public var scope: AnalysisScope { .corpus }

  public func analyze(_ corpus: inout Corpus, context: AnalysisContext) async throws {
    let resolver = EntityResolver(gazetteer: gazetteer ?? .bundled, extractsRoles: false)
    let entities = resolver.resolve(corpus.articles)
    try Task.checkCancellation()
    corpus.annotations[CorpusEntitiesKey.self] = entities
  }
}

/// Recognizers by model file, loaded once each.
final class RecognizerCache: Sendable {
  private let loaded = Mutex<[String: EntityRecognizer]>([:])

  func recognizer(modelPath: String?) throws -> EntityRecognizer {
    guard let modelPath else {
      guard let bundled = EntityRecognizer.bundled else {
        throw BylineError(
          .unavailable, "the bundled entity model is missing",
          location: InputLocation(file: "ner-en.bin", line: nil), hint: "give --model FILE")
      }
      return bundled
    }
    if let cached = loaded.withLock({ $0[modelPath] }) { return cached }
    let recognizer = EntityRecognizer(model: try NERModel(contentsOf: URL(fileURLWithPath: modelPath)))
    loaded.withLock { $0[modelPath] = recognizer }
    return recognizer
  }
}
