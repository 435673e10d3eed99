/// Where an event happened: a place name, and the entity it resolves to when known.
public struct EventLocation: Hashable, Sendable, Codable {
  /// The place as named, e.g. `"Geneva"`.
  public var name: String
  /// The resolved location entity, if any.
  public var entityID: EntityID?

  /// Creates a location.
  public init(name: String, entityID: EntityID? = nil) {
    self.name = name
    self.entityID = entityID
  }
}

/// Someone or something taking part in an event, in a role.
public struct EventParticipant: Hashable, Sendable, Codable {
  /// The participant as named.
  public var name: String
  /// The resolved entity, if any.
  public var entityID: EntityID?
  /// The part it plays.
  public var role: ParticipantRole

  /// Creates a participant.
  public init(name: String, entityID: EntityID? = nil, role: ParticipantRole) {
    self.name = name
    self.entityID = entityID
    self.role = role
  }
}

/// A number stated about an event: "100,000 troops", "a 0.5 percentage-point rise".
public struct EventQuantity: Hashable, Sendable, Codable {
  /// The value as a number.
  public var value: Double
  /// The unit or counted thing, e.g. `"troops"`, `"percent"`, `"USD"`.
  public var unit: String
  /// The text it was read from.
  public var text: String
  /// Whether the source hedges the figure ("about", "more than", "up to").
  public var isApproximate: Bool

  /// Creates a quantity.
  public init(value: Double, unit: String, text: String, isApproximate: Bool = false) {
    self.value = value
    self.unit = unit
    self.text = text
    self.isApproximate = isApproximate
  }
}

/// The sentence in an article that reports an event.
public struct EventEvidence: Hashable, Sendable, Codable {
  /// The reporting article.
  public var articleID: ArticleID
  /// The sentence's span in the article's body.
  public var sentence: TextSpan

  /// Creates evidence.
  public init(articleID: ArticleID, sentence: TextSpan) {
    self.articleID = articleID
    self.sentence = sentence
  }
}

/// An article and outlet that report an event.
public struct EventSource: Hashable, Sendable, Codable {
  /// The reporting article.
  public var articleID: ArticleID
  /// The outlet that published it, if known.
  public var outlet: String?

  /// Creates a source.
  public init(articleID: ArticleID, outlet: String? = nil) {
    self.articleID = articleID
    self.outlet = outlet
  }
}
