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
  /// Identifiers in knowledge bases, keyed by the base's name, e.g. `["geonames": "2643743"]`.
  var knowledgeBaseIDs: [String: String] { get }
}

/// The default ``Entity``: a Codable value, and what an entities plugin stores under
/// ``CorpusEntitiesKey`` for other plugins and commands to read.
///
/// Besides the ``Entity`` requirements it carries what resolution learned: every mention with
/// its sentence (``occurrences``), how often each name was used, the articles, the roles stated
/// with it, and how sure resolution is.
///
/// ```swift
/// for entity in corpus.annotations[CorpusEntitiesKey.self] ?? [] {
///   print(entity.canonicalName, entity.aliases, entity.roles, entity.occurrences.count)
/// }
/// ```
public struct NamedEntity: Entity, Hashable, Codable {
  /// A stable identifier, e.g. a gazetteer id (`"geonames:2643743"`) or `"person:jana-kowalczyk"`.
  public var id: EntityID
  /// The name chosen to represent the entity.
  public var canonicalName: String
  /// What kind of thing it is.
  public var kind: EntityKind
  /// Every other name it appears under, most used first.
  public var aliases: [String]
  /// Every name it appears under, the canonical name included when used, most used first.
  public var aliasCounts: [AliasCount]
  /// Every mention of it, in corpus order.
  public var mentions: [Mention]
  /// Every mention of it with its sentence, in corpus order.
  public var occurrences: [EntityOccurrence]
  /// The articles that mention it, in corpus order.
  public var articles: [ArticleID]
  /// Knowledge-base ids, e.g. `["geonames": "2643743"]`.
  public var knowledgeBaseIDs: [String: String]
  /// Titles and roles stated with its mentions, as written, most used first, e.g. `["President"]`.
  public var roles: [String]
  /// How sure resolution is that all its names name one entity, from 0 to 1 (1 when nothing had
  /// to be merged).
  public var confidence: Double

  /// Creates an entity.
  public init(
    id: EntityID, canonicalName: String, kind: EntityKind, aliases: [String] = [],
    aliasCounts: [AliasCount] = [], mentions: [Mention] = [], occurrences: [EntityOccurrence] = [],
    articles: [ArticleID] = [], knowledgeBaseIDs: [String: String] = [:], roles: [String] = [],
    confidence: Double = 1
  ) {
    self.id = id
    self.canonicalName = canonicalName
    self.kind = kind
    self.aliases = aliases
    self.aliasCounts = aliasCounts
    self.mentions = mentions
    self.occurrences = occurrences
    self.articles = articles
    self.knowledgeBaseIDs = knowledgeBaseIDs
    self.roles = roles
    self.confidence = confidence
  }

  /// Copies any ``Entity`` into a `NamedEntity` (a `NamedEntity` is copied whole).
  public init(_ entity: some Entity) {
    if let named = entity as? NamedEntity {
      self = named
      return
    }
    self.init(
      id: entity.id, canonicalName: entity.canonicalName, kind: entity.kind,
      aliases: entity.aliases, mentions: entity.mentions, knowledgeBaseIDs: entity.knowledgeBaseIDs)
  }

  private enum CodingKeys: String, CodingKey {
    case id, canonicalName, kind, aliases, aliasCounts, mentions, occurrences, articles, knowledgeBaseIDs
    case roles, confidence
  }

  /// Decodes an entity; the fields beyond the ``Entity`` requirements may be missing.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      id: try container.decode(EntityID.self, forKey: .id),
      canonicalName: try container.decode(String.self, forKey: .canonicalName),
      kind: try container.decode(EntityKind.self, forKey: .kind),
      aliases: try container.decodeIfPresent([String].self, forKey: .aliases) ?? [],
      aliasCounts: try container.decodeIfPresent([AliasCount].self, forKey: .aliasCounts) ?? [],
      mentions: try container.decodeIfPresent([Mention].self, forKey: .mentions) ?? [],
      occurrences: try container.decodeIfPresent([EntityOccurrence].self, forKey: .occurrences) ?? [],
      articles: try container.decodeIfPresent([ArticleID].self, forKey: .articles) ?? [],
      knowledgeBaseIDs: try container.decodeIfPresent([String: String].self, forKey: .knowledgeBaseIDs)
        ?? [:],
      roles: try container.decodeIfPresent([String].self, forKey: .roles) ?? [],
      confidence: try container.decodeIfPresent(Double.self, forKey: .confidence) ?? 1)
  }
}
