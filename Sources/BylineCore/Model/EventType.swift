/// The type of an event. Open: plugins extend the taxonomy with their own types.
///
/// Types may be hierarchical with dots (`"conflict.attack"`); ``parent`` walks up.
public struct EventType: OpenVocabulary {
  public let rawValue: String
  public init(rawValue: String) { self.rawValue = rawValue }

  /// The next type up the dotted hierarchy, if any: `conflict.attack` → `conflict`.
  public var parent: EventType? {
    guard let dot = rawValue.lastIndex(of: ".") else { return nil }
    return EventType(rawValue: String(rawValue[..<dot]))
  }

  /// Whether this type is `other` or lies below it in the hierarchy.
  public func isKind(of other: EventType) -> Bool {
    rawValue == other.rawValue || rawValue.hasPrefix(other.rawValue + ".")
  }

  public static let statement: EventType = "statement"
  public static let meeting: EventType = "meeting"
  public static let agreement: EventType = "agreement"
  public static let negotiation: EventType = "negotiation"
  public static let sanction: EventType = "sanction"
  public static let threat: EventType = "threat"
  public static let attack: EventType = "conflict.attack"
  public static let protest: EventType = "protest"
  public static let election: EventType = "election"
  public static let disaster: EventType = "disaster"
  public static let accident: EventType = "accident"
  public static let arrest: EventType = "justice.arrest"
  public static let trial: EventType = "justice.trial"
  public static let economicPolicy: EventType = "economy.policy"
  public static let marketMovement: EventType = "economy.market"
  public static let death: EventType = "life.death"
  public static let injury: EventType = "life.injury"
  public static let movement: EventType = "movement"
}
