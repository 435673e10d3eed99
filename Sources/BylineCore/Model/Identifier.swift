/// A typed, string-backed identifier.
///
/// The `Subject` parameter keeps article, entity and event identifiers apart at compile time
/// while all three encode as plain JSON strings.
public struct Identifier<Subject>: Hashable, Comparable, Sendable, Codable,
  ExpressibleByStringLiteral, CustomStringConvertible
{
  /// The identifier's text.
  public let rawValue: String

  /// Creates an identifier from its text.
  public init(_ rawValue: String) { self.rawValue = rawValue }

  public init(stringLiteral value: String) { self.rawValue = value }

  public init(from decoder: any Decoder) throws {
    rawValue = try decoder.singleValueContainer().decode(String.self)
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(rawValue)
  }

  public var description: String { rawValue }

  public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// Phantom types that tell identifiers apart.
public enum IdentifierSubject {
  /// Marks identifiers of articles.
  public enum Article {}
  /// Marks identifiers of entities.
  public enum Entity {}
  /// Marks identifiers of events.
  public enum Event {}
}

/// The stable identifier of an article.
public typealias ArticleID = Identifier<IdentifierSubject.Article>
/// The identifier of an entity, unique within a corpus.
public typealias EntityID = Identifier<IdentifierSubject.Entity>
/// The identifier of an event, unique within a corpus.
public typealias EventID = Identifier<IdentifierSubject.Event>

extension Identifier where Subject == IdentifierSubject.Article {
  /// An identifier derived from an article's content, so that loading the same text twice, from
  /// any path, yields the same id: `a` followed by 16 hexadecimal digits of a 64-bit FNV-1a hash
  /// (``StableHash``).
  public static func derived(fromContent content: String) -> ArticleID {
    let hash = StableHash.fnv1a(content)
    let hex = String(hash, radix: 16)
    return ArticleID("a" + String(repeating: "0", count: 16 - hex.count) + hex)
  }
}
