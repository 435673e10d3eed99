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
      } else if !isSpace(byte) {
        blank = false
      }
    }
    lines.append((start, bytes.count, blank))
    let hasBlankLines = zip(lines, lines.dropFirst()).contains { !$0.0.blank && $0.1.blank }
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
    while lower < upper, isSpace(bytes[lower]) { lower += 1 }
    while upper > lower, isSpace(bytes[upper - 1]) { upper -= 1 }
    return TextSpan(start: lower, end: upper)
  }
}
