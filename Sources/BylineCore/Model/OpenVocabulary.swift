/// A string-valued vocabulary that anyone can extend, like `EntityKind` or `EventType`.
///
/// Byline ships common values as static members; plugins add their own with an extension:
///
/// ```swift
/// extension EventType {
///   static let recall: EventType = "recall"
/// }
/// ```
public protocol OpenVocabulary: RawRepresentable, Hashable, Comparable, Sendable, Codable,
  ExpressibleByStringLiteral, CustomStringConvertible
where RawValue == String {
  /// Creates a value from its name.
  init(rawValue: String)
}

extension OpenVocabulary {
  public init(stringLiteral value: String) { self.init(rawValue: value) }

  public init(from decoder: any Decoder) throws {
    self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(rawValue)
  }

  public var description: String { rawValue }

  public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}
