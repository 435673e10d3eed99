import Foundation

/// Any JSON value. Byline uses it for annotations read back from JSON before their key is known,
/// and for the cells of command output tables.
public enum JSONValue: Hashable, Sendable, Codable, CustomStringConvertible {
  case null
  case bool(Bool)
  case number(Double)
  case string(String)
  case array([JSONValue])
  case object([String: JSONValue])

  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    if container.decodeNil() {
      self = .null
    } else if let value = try? container.decode(Bool.self) {
      self = .bool(value)
    } else if let value = try? container.decode(Double.self) {
      self = .number(value)
    } else if let value = try? container.decode(String.self) {
      self = .string(value)
    } else if let value = try? container.decode([JSONValue].self) {
      self = .array(value)
    } else {
      self = .object(try container.decode([String: JSONValue].self))
    }
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    switch self {
    case .null: try container.encodeNil()
    case .bool(let value): try container.encode(value)
    case .number(let value):
      if value.rounded() == value, abs(value) < 9.0e15 {
        try container.encode(Int64(value))
      } else {
        try container.encode(value)
      }
    case .string(let value): try container.encode(value)
    case .array(let value): try container.encode(value)
    case .object(let value): try container.encode(value)
    }
  }

  /// Converts any Encodable value to its JSON value.
  public init(encoding value: some Encodable) throws {
    let data = try JSONEncoder().encode(value)
    self = try JSONDecoder().decode(JSONValue.self, from: data)
  }

  /// Decodes this JSON value as `type`.
  public func decode<Value: Decodable>(as type: Value.Type) throws -> Value {
    let data = try JSONEncoder().encode(self)
    return try JSONDecoder().decode(type, from: data)
  }

  /// The value as plain text: strings unquoted, numbers without a needless `.0`, and arrays and
  /// objects as compact JSON.
  public var description: String {
    switch self {
    case .null: return ""
    case .bool(let value): return String(value)
    case .number(let value):
      if value.rounded() == value, abs(value) < 9.0e15 { return String(Int64(value)) }
      return String(value)
    case .string(let value): return value
    case .array, .object:
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
      return (try? encoder.encode(self)).map { String(decoding: $0, as: UTF8.self) } ?? ""
    }
  }
}
