import BylineCore
import Foundation

/// Writes JSON text: records keep their field order; nested objects are written with sorted keys,
/// so output is stable from run to run.
enum JSONWriter {
  static func write(_ record: Record, pretty: Bool, indent: Int = 0) -> String {
    object(record.fields.map { ($0.name, $0.value) }, pretty: pretty, indent: indent)
  }

  static func write(_ value: JSONValue, pretty: Bool, indent: Int = 0) -> String {
    switch value {
    case .null: return "null"
    case .bool(let value): return value ? "true" : "false"
    case .number(let value): return number(value)
    case .string(let value): return string(value)
    case .array(let values):
      if values.isEmpty { return "[]" }
      if !pretty { return "[" + values.map { write($0, pretty: false) }.joined(separator: ",") + "]" }
      let inner = String(repeating: "  ", count: indent + 1)
      return "[\n"
        + values.map { inner + write($0, pretty: true, indent: indent + 1) }.joined(separator: ",\n")
        + "\n" + String(repeating: "  ", count: indent) + "]"
    case .object(let fields):
      return object(
        fields.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }, pretty: pretty, indent: indent)
    }
  }

  static func object(_ fields: [(String, JSONValue)], pretty: Bool, indent: Int) -> String {
    if fields.isEmpty { return "{}" }
    if !pretty {
      return "{" + fields.map { string($0.0) + ":" + write($0.1, pretty: false) }.joined(separator: ",") + "}"
    }
    let inner = String(repeating: "  ", count: indent + 1)
    return "{\n"
      + fields.map { inner + string($0.0) + ": " + write($0.1, pretty: true, indent: indent + 1) }
      .joined(separator: ",\n")
      + "\n" + String(repeating: "  ", count: indent) + "}"
  }

  static func number(_ value: Double) -> String {
    guard value.isFinite else { return "null" }
    if value.rounded() == value, abs(value) < 9.0e15 { return String(Int64(value)) }
    return String(value)
  }

  static func string(_ value: String) -> String {
    var output = "\""
    output.reserveCapacity(value.utf8.count + 2)
    for scalar in value.unicodeScalars {
      switch scalar {
      case "\"": output += "\\\""
      case "\\": output += "\\\\"
      case "\n": output += "\\n"
      case "\r": output += "\\r"
      case "\t": output += "\\t"
      case _ where scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029:
        output += String(format: "\\u%04x", scalar.value)
      default: output.unicodeScalars.append(scalar)
      }
    }
    return output + "\""
  }
}
