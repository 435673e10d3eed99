import Foundation

/// Turns raw bytes into text the way every reader should: UTF-8 when it is valid (a byte order
/// mark is dropped), otherwise Windows-1252, the usual encoding of mislabelled news pages;
/// line endings become `\n`.
public enum TextDecoding {
  /// The decoded text, and whether the bytes were not valid UTF-8.
  public static func decode(_ data: Data) -> (text: String, usedFallback: Bool) {
    let clean = data.withUnsafeBytes { raw -> String? in
      let bytes = raw.bindMemory(to: UInt8.self)
      let hasByteOrderMark = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
      guard !hasByteOrderMark, !bytes.contains(0x0D) else { return nil }
      return String(validating: bytes, as: UTF8.self)
    }
    if let clean { return (clean, false) }
    let hasByteOrderMark = data.starts(with: [0xEF, 0xBB, 0xBF])
    var bytes = [UInt8](data)
    if hasByteOrderMark { bytes.removeFirst(3) }
    if bytes.contains(0x0D) { bytes = normalizeLineEndings(bytes) }
    if let text = String(validating: bytes, as: UTF8.self) {
      return (text, false)
    }
    let text = String(data: Data(bytes), encoding: .windowsCP1252) ?? String(decoding: bytes, as: UTF8.self)
    return (text, true)
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
