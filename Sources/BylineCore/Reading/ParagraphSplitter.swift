/// Finds paragraphs in plain text: blocks separated by blank lines, or, in text that has no blank
/// lines at all, single lines.
public enum ParagraphSplitter {
  /// The paragraphs of `text`, trimmed of surrounding white space, as spans.
  public static func paragraphs(in text: String) -> [TextSpan] {
    var text = text
    return text.withUTF8 { paragraphs(in: $0) }
  }

  static func paragraphs(in bytes: UnsafeBufferPointer<UInt8>) -> [TextSpan] {
    // Lines as (start, end) without the newline.
    var lines: [(start: Int, end: Int, blank: Bool)] = []
    var start = 0
    var blank = true
    for index in 0..<bytes.count {
      let byte = bytes[index]
      if byte == 0x0A {
        lines.append((start, index, blank))
        start = index + 1
        blank = true
      } else if blank, !isSpace(byte) {
        blank =
          spaceLength(startingAt: index, before: bytes.count, in: bytes) != nil
          || (byte & 0xC0 == 0x80 && index > start)
      }
    }
    lines.append((start, bytes.count, blank))
    let hasBlankLines =
      zip(lines, lines.dropFirst()).contains { !$0.0.blank && $0.1.blank }
      && lines.contains { !$0.blank }
    var spans: [TextSpan] = []
    var paragraphStart: Int?
    var paragraphEnd = 0
    func close() {
      if let first = paragraphStart {
        spans.append(trimmed(first, paragraphEnd, in: bytes))
        paragraphStart = nil
      }
    }
    for line in lines {
      if line.blank {
        close()
        continue
      }
      if paragraphStart == nil { paragraphStart = line.start }
      paragraphEnd = line.end
      if !hasBlankLines { close() }
    }
    close()
    return spans
  }

  static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0B || byte == 0x0C
  }

  static func trimmed(_ start: Int, _ end: Int, in bytes: UnsafeBufferPointer<UInt8>) -> TextSpan {
    var lower = start
    var upper = end
    while lower < upper, let length = spaceLength(startingAt: lower, before: upper, in: bytes) {
      lower += length
    }
    while upper > lower, let length = spaceLength(endingAt: upper, after: lower, in: bytes) {
      upper -= length
    }
    return TextSpan(start: lower, end: upper)
  }

  /// The UTF-8 length of the white-space character at `index`, if there is one: ASCII white
  /// space, no-break space, the Unicode spaces U+2000–U+200B, U+202F, U+205F, U+3000, U+FEFF.
  static func spaceLength(startingAt index: Int, before end: Int, in bytes: UnsafeBufferPointer<UInt8>)
    -> Int?
  {
    let byte = bytes[index]
    if isSpace(byte) { return 1 }
    if byte == 0xC2, index + 1 < end, bytes[index + 1] == 0xA0 { return 2 }
    guard index + 2 < end else { return nil }
    return isWideSpace(byte, bytes[index + 1], bytes[index + 2]) ? 3 : nil
  }

  /// The UTF-8 length of the white-space character that ends just before `end`, if any.
  static func spaceLength(endingAt end: Int, after start: Int, in bytes: UnsafeBufferPointer<UInt8>)
    -> Int?
  {
    if isSpace(bytes[end - 1]) { return 1 }
    if end - 2 >= start, bytes[end - 2] == 0xC2, bytes[end - 1] == 0xA0 { return 2 }
    guard end - 3 >= start else { return nil }
    return isWideSpace(bytes[end - 3], bytes[end - 2], bytes[end - 1]) ? 3 : nil
  }

  private static func isWideSpace(_ first: UInt8, _ second: UInt8, _ third: UInt8) -> Bool {
    switch (first, second) {
    case (0xE2, 0x80): return (0x80...0x8B).contains(third) || third == 0xAF
    case (0xE2, 0x81): return third == 0x9F
    case (0xE3, 0x80): return third == 0x80
    case (0xEF, 0xBB): return third == 0xBF
    default: return false
    }
  }
}
