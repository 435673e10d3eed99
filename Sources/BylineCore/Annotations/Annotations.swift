/// The typed results plugins attach to an article or a corpus.
///
/// Read and write through an ``AnnotationKey``:
///
/// ```swift
/// article.annotations[KeywordsKey.self] = ["sanctions", "talks"]
/// ```
///
/// Annotations encode as a JSON object keyed by each key's ``AnnotationKey/name``. Values read
/// back from JSON stay as JSON until a typed key asks for them, so a corpus exported with plugins
/// that are not loaded later loses nothing.
public struct Annotations: Sendable, Hashable, Codable {
  private var storage: [String: Entry] = [:]

  /// Creates an empty set of annotations.
  public init() {}

  /// The value stored under `key`, or nil. Setting nil removes it.
  public subscript<Key: AnnotationKey>(key: Key.Type) -> Key.Value? {
    get {
      switch storage[Key.name] {
      case .none: return nil
      case .typed(let box): return (box as? TypedBox<Key.Value>)?.value ?? box.decode(as: Key.Value.self)
      case .json(let json): return try? json.decode(as: Key.Value.self)
      }
    }
    set {
      storage[Key.name] = newValue.map { .typed(TypedBox(value: $0)) }
    }
  }

  /// Whether a value is stored under `key`.
  public func contains<Key: AnnotationKey>(_ key: Key.Type) -> Bool {
    storage[Key.name] != nil
  }

  /// The names of every stored annotation, sorted.
  public var names: [String] { storage.keys.sorted() }

  /// Whether nothing is stored.
  public var isEmpty: Bool { storage.isEmpty }

  /// The JSON form of the annotation stored under `name`, whatever its type.
  public func jsonValue(named name: String) -> JSONValue? {
    storage[name]?.json
  }

  /// Removes the value stored under `key`.
  public mutating func removeValue<Key: AnnotationKey>(for key: Key.Type) {
    storage[Key.name] = nil
  }

  /// Copies in every annotation of `other`, replacing values stored under the same names.
  public mutating func merge(_ other: Annotations) {
    storage.merge(other.storage) { _, new in new }
  }

  public static func == (lhs: Annotations, rhs: Annotations) -> Bool {
    guard lhs.storage.count == rhs.storage.count else { return false }
    for (name, entry) in lhs.storage {
      guard let other = rhs.storage[name], entry.isEqual(to: other) else { return false }
    }
    return true
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(names)
  }

  private struct Name: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: Name.self)
    for key in container.allKeys {
      storage[key.stringValue] = .json(try container.decode(JSONValue.self, forKey: key))
    }
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: Name.self)
    for name in names {
      switch storage[name]! {
      case .typed(let box): try box.encode(into: &container, forKey: Name(stringValue: name))
      case .json(let json): try container.encode(json, forKey: Name(stringValue: name))
      }
    }
  }

  private enum Entry: Sendable {
    case typed(any AnnotationBox)
    case json(JSONValue)

    var json: JSONValue? {
      switch self {
      case .typed(let box): return try? JSONValue(encoding: box.anyValue)
      case .json(let json): return json
      }
    }

    func isEqual(to other: Entry) -> Bool {
      if case .typed(let left) = self, case .typed(let right) = other,
        let equal = left.isEqual(to: right)
      {
        return equal
      }
      return json != nil && json == other.json
    }
  }
}

/// Type-erased storage for one annotation value.
private protocol AnnotationBox: Sendable {
  var anyValue: any Encodable { get }
  /// Nil when the two boxes hold different types.
  func isEqual(to other: any AnnotationBox) -> Bool?
  func decode<Value: Decodable>(as type: Value.Type) -> Value?
  func encode<Key: CodingKey>(into container: inout KeyedEncodingContainer<Key>, forKey key: Key)
    throws
}

private struct TypedBox<Value: Codable & Sendable & Equatable>: AnnotationBox {
  let value: Value

  var anyValue: any Encodable { value }

  func isEqual(to other: any AnnotationBox) -> Bool? {
    (other as? TypedBox<Value>).map { $0.value == value }
  }

  func decode<Target: Decodable>(as type: Target.Type) -> Target? {
    try? JSONValue(encoding: value).decode(as: type)
  }

  func encode<Key: CodingKey>(into container: inout KeyedEncodingContainer<Key>, forKey key: Key)
    throws
  {
    try container.encode(value, forKey: key)
  }
}
