/// A person, organisation, place or other named thing, resolved across the mentions of it.
public protocol Entity: Sendable, Identifiable where ID == EntityID {
  /// The identifier of the entity, unique within a corpus.
  var id: EntityID { get }
  /// The name chosen to represent the entity, e.g. `"Elspeth Marrow"`.
  var canonicalName: String { get }
  /// What kind of thing the entity is.
  var kind: EntityKind { get }
  /// Other names and spellings it appears under, e.g. `["Marrow", "Governor Marrow"]`.
  var aliases: [String] { get }
  /// Every place it is named.
  var mentions: [Mention] { get }
  /// Identifiers in knowledge bases, keyed by the base's name, e.g. `["wikidata": "Q6279"]`.
  var knowledgeBaseIDs: [String: String] { get }
}

/// The default ``Entity``: a Codable value.
public struct NamedEntity: Entity, Hashable, Codable {
  public var id: EntityID
  public var canonicalName: String
  public var kind: EntityKind
  public var aliases: [String]
  public var mentions: [Mention]
  public var knowledgeBaseIDs: [String: String]

  /// Creates an entity.
  public init(
    id: EntityID, canonicalName: String, kind: EntityKind, aliases: [String] = [],
    mentions: [Mention] = [], knowledgeBaseIDs: [String: String] = [:]
  ) {
    self.id = id
    self.canonicalName = canonicalName
    self.kind = kind
    self.aliases = aliases
    self.mentions = mentions
    self.knowledgeBaseIDs = knowledgeBaseIDs
  }

  /// Copies any ``Entity`` into a `NamedEntity`.
  public init(_ entity: some Entity) {
    self.init(
      id: entity.id, canonicalName: entity.canonicalName, kind: entity.kind,
      aliases: entity.aliases, mentions: entity.mentions, knowledgeBaseIDs: entity.knowledgeBaseIDs)
  }
}
