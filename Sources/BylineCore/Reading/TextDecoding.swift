import Foundation

/// Turns raw bytes into text the way every reader should:
///
/// - a UTF-16 byte order mark (either order) means UTF-16;
/// - otherwise UTF-8, with a UTF-8 byte order mark dropped; a few invalid bytes in otherwise
///   valid UTF-8 are replaced with U+FFFD and reported;
/// - bytes with no valid multi-byte UTF-8 sequence at all are read as Windows-1252 (a superset of
///   Latin-1), the usual encoding of mislabelled Western pages;
/// - line endings become `\n`.
public enum TextDecoding {
  /// What decoding found out about the bytes.
  public enum Outcome: Hashable, Sendable {
    /// Valid UTF-8 (or UTF-16 with a byte order mark).
    case clean
    /// UTF-8 with this many invalid bytes, each replaced with U+FFFD.
    case replacedInvalidBytes(Int)
    /// Not UTF-8; read as Windows-1252.
    case windows1252

    /// A warning for a person, or nil when decoding was clean.
    public var warning: String? {
      switch self {
      case .clean: return nil
      case .replacedInvalidBytes(let count):
        return "\(count) invalid UTF-8 byte\(count == 1 ? "" : "s") replaced with U+FFFD"
      case .windows1252: return "not valid UTF-8; read as Windows-1252"
      }
    }
  }

  /// The decoded text, and a warning naming `source` when the bytes were not clean UTF-8.
  public static func decode(_ data: Data, source: String) -> (text: String, problems: [InputProblem]) {
    let (text, outcome) = decodeReporting(data)
    let problems =
      outcome.warning.map { [InputProblem(source: source, severity: .warning, message: $0)] } ?? []
    return (text, problems)
  }

  /// The decoded text, and whether the bytes were not clean UTF-8.
  public static func decode(_ data: Data) -> (text: String, usedFallback: Bool) {
    let (text, outcome) = decodeReporting(data)
    return (text, outcome != .clean)
  }

  /// The decoded text and what decoding found.
  public static func decodeReporting(_ data: Data) -> (text: String, outcome: Outcome) {
    let clean = data.withUnsafeBytes { raw -> String? in
      let bytes = raw.bindMemory(to: UInt8.self)
      let hasByteOrderMark = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
      let isUTF16 =
        bytes.count >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF))
      guard !hasByteOrderMark, !isUTF16, !bytes.contains(0x0D) else { return nil }
      return String(validating: bytes, as: UTF8.self)
    }
    if let clean { return (clean, .clean) }
    var bytes = [UInt8](data)
    if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
      let text = String(data: data, encoding: .utf16) ?? ""
      return (normalizeLineEndings(text), .clean)
    }
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
    if bytes.contains(0x0D) { bytes = normalizeLineEndings(bytes) }
    if let text = String(validating: bytes, as: UTF8.self) {
      return (text, .clean)
    }
    let (validSequences, invalidBytes) = countUTF8(bytes)
    if validSequences == 0, let text = String(data: Data(bytes), encoding: .windowsCP1252) {
      return (text, .windows1252)
    }
    return (String(decoding: bytes, as: UTF8.self), .replacedInvalidBytes(invalidBytes))
  }

  /// Counts valid multi-byte UTF-8 sequences and bytes that belong to no valid sequence.
  static func countUTF8(_ bytes: [UInt8]) -> (validMultiByte: Int, invalid: Int) {
    var valid = 0
    var invalid = 0
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      let length: Int
      switch byte {
      case 0x00...0x7F: length = 1
      case 0xC2...0xDF: length = 2
      case 0xE0...0xEF: length = 3
      case 0xF0...0xF4: length = 4
      default: length = 0
      }
      if length == 1 {
        index += 1
        continue
      }
      if length > 1, index + length <= bytes.count,
        bytes[(index + 1)..<(index + length)].allSatisfy({ $0 & 0xC0 == 0x80 })
      {
        valid += 1
        index += length
      } else {
        invalid += 1
        index += 1
      }
    }
    return (valid, invalid)
  }

  static func normalizeLineEndings(_ text: String) -> String {
    guard text.contains("\r") else { return text }
    return text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
  }

  /// Replaces `\r\n` and lone `\r` with `\n`.
  static func normalizeLineEndings(_ bytes: [UInt8]) -> [UInt8] {
    var output: [UInt8] = []
    output.reserveCapacity(bytes.count)
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      if byte == 0x0D {
        output.append(0x0A)
        if index + 1 < bytes.count, bytes[index + 1] == 0x0A { index += 1 }
      } else {
        output.append(byte)
      }
      index += 1
    }
    return output
  }
}
