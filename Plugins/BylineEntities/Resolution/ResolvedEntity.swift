import BylineCore

/// One real-world person, organisation, place or other named thing, with every mention of it in
/// a corpus and what resolution learned about it.
///
/// ```swift
/// let entities = EntityResolver().resolve(articles)
/// let first = entities[0]
/// print(first.canonicalName, first.aliases, first.roles, first.knowledgeBaseIDs["geonames"] ?? "-")
/// ```
public struct ResolvedEntity: Entity, Hashable, Codable, Sendable {
  /// A stable identifier: the gazetteer entry's id when it knows the entity (`"geonames:2017370"`),
  /// otherwise its kind and folded canonical name (`"person:jana-kowalczyk"`), with `-2`, `-3`…
  /// added when different entities would share one. It does not depend on input order.
  public var id: EntityID
  /// The gazetteer's name when the entity is on a list, otherwise its most frequent full name.
  public var canonicalName: String
  /// What kind of thing it is: the majority of its mentions' kinds.
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
  /// Knowledge-base ids, `["geonames": "2017370"]` when the gazetteer knows the entity.
  public var knowledgeBaseIDs: [String: String]
  /// Titles and roles stated with its mentions, as written, most used first, e.g. `["President"]`.
  public var roles: [String]
  /// How sure resolution is that all its names name one entity, from 0 to 1 (1 when nothing had to
  /// be merged); see `Resolution/RESOLUTION.md` for the formula.
  public var confidence: Double

  /// Creates a resolved entity.
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
}
