extension Tokenizer {
  /// A read-only view of a text's UTF-8 code units, with scalar decoding and the scanning helpers
  /// shared by the tokenizer and the sentence segmenter. Offsets are UTF-8 code-unit offsets.
  struct Source {
    let bytes: UnsafeBufferPointer<UInt8>

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
      self.bytes = bytes
    }

    var count: Int { bytes.count }

    subscript(offset: Int) -> UInt8 {
      @inline(__always) get { bytes[offset] }
    }

    /// `span` clamped to the text and shrunk to whole Unicode scalars.
    func scalarAligned(_ span: TextSpan) -> Range<Int> {
      var lower = min(span.start, count)
      var upper = min(span.end, count)
      while lower < upper, bytes[lower] & 0xC0 == 0x80 { lower += 1 }
      while upper > lower, upper < count, bytes[upper] & 0xC0 == 0x80 { upper -= 1 }
      return lower..<upper
    }

    /// The Unicode scalar value that starts at `offset`, and its length in code units.
    @inline(__always)
    func scalar(at offset: Int) -> (value: UInt32, length: Int) {
      let lead = bytes[offset]
      if lead < 0x80 { return (UInt32(lead), 1) }
      if lead < 0xE0 {
        return (UInt32(lead & 0x1F) << 6 | UInt32(bytes[offset + 1] & 0x3F), 2)
      }
      if lead < 0xF0 {
        let value =
          UInt32(lead & 0x0F) << 12 | UInt32(bytes[offset + 1] & 0x3F) << 6
          | UInt32(bytes[offset + 2] & 0x3F)
        return (value, 3)
      }
      let value =
        UInt32(lead & 0x07) << 18 | UInt32(bytes[offset + 1] & 0x3F) << 12
        | UInt32(bytes[offset + 2] & 0x3F) << 6 | UInt32(bytes[offset + 3] & 0x3F)
      return (value, 4)
    }

    /// The Unicode scalar value that ends just before `offset`, and its length in code units.
    @inline(__always)
    func scalar(before offset: Int) -> (value: UInt32, length: Int) {
      var start = offset - 1
      while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
      return (scalar(at: start).value, offset - start)
    }

    /// Whether the text at `offset` starts with `prefix`, ignoring ASCII case. `prefix` is lowercase.
    func hasPrefix(_ prefix: StaticString, at offset: Int, before end: Int) -> Bool {
      let length = prefix.utf8CodeUnitCount
      guard offset + length <= end else { return false }
      let expected = prefix.utf8Start
      for index in 0..<length {
        let byte = bytes[offset + index]
        let folded = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
        if folded != expected[index] { return false }
      }
      return true
    }

    /// The end of the run of periods starting at `start`: one period, or an ellipsis.
    func periodRunEnd(from start: Int, before end: Int) -> Int {
      var index = start + 1
      while index < end, bytes[index] == UInt8(ascii: ".") { index += 1 }
      return index
    }

    /// The end of the combining marks (if any) that start at `start`.
    func marksEnd(from start: Int, before end: Int) -> Int {
      var index = start
      while index < end {
        let (value, length) = scalar(at: index)
        guard ScalarClass.isMark(value) else { break }
        index += length
      }
      return index
    }

    /// The end of a symbol or punctuation token: the scalar plus any marks, variation selectors,
    /// skin-tone modifiers and zero-width-joined scalars that belong to it (so an emoji is one token).
    func symbolEnd(from start: Int, value: UInt32, length: Int, before end: Int) -> Int {
      var index = start + length
      if (0x1_F1E6...0x1_F1FF).contains(value), index < end {
        let next = scalar(at: index)
        if (0x1_F1E6...0x1_F1FF).contains(next.value) { return index + next.length }
      }
      while index < end {
        let (next, nextLength) = scalar(at: index)
        if next == 0xFE0F || next == 0xFE0E || (0x1_F3FB...0x1_F3FF).contains(next)
          || ScalarClass.isMark(next)
        {
          index += nextLength
        } else if next == 0x200D, index + nextLength < end {
          let joined = scalar(at: index + nextLength)
          guard !ScalarClass.isSpace(joined.value) else { break }
          index += nextLength + joined.length
        } else {
          break
        }
      }
      return index
    }

    /// The end of the word that starts at `start`, and where its last hyphen-separated part starts.
    ///
    /// A word is a run of letters, digits and marks, joined across apostrophes and hyphens between
    /// word characters, periods, commas, colons and slashes between digits, and `&` between capitals.
    func wordRun(from start: Int, before end: Int) -> (end: Int, lastPartStart: Int) {
      var index = start
      var lastPartStart = start
      var previous: UInt32 = 0
      while index < end {
        let byte = bytes[index]
        if byte < 0x80, ScalarClass.isASCIIAlphanumeric(byte) {
          previous = UInt32(byte)
          index += 1
          continue
        }
        let (value, length) = scalar(at: index)
        if byte >= 0x80, ScalarClass.continuesWord(value) {
          previous = value
          index += length
          continue
        }
        guard previous != 0, index + length < end else { break }
        let next = scalar(at: index + length).value
        guard ScalarClass.joins(previous, value, next) else { break }
        if ScalarClass.isHyphen(value) { lastPartStart = index + length }
        index += length
      }
      return (index, lastPartStart)
    }

    /// The end of the dotted initialism (`U.S.`, `e.g.`, `Ph.D.`, `т.е.`) that starts at `start`, with
    /// its final period, or nil. Each part has one or two letters, at least one part has one, and
    /// there are at least two parts.
    func initialismEnd(from start: Int, before end: Int) -> Int? {
      var index = start
      var parts = 0
      var hasSingleLetterPart = false
      var result = start
      while index < end {
        var letters = 0
        var partEnd = index
        while partEnd < end, letters < 3 {
          let (value, length) = scalar(at: partEnd)
          guard ScalarClass.isLetter(value) else { break }
          letters += 1
          partEnd += length
        }
        guard letters > 0, letters <= 2 else { break }
        if partEnd < end, bytes[partEnd] == UInt8(ascii: ".") {
          parts += 1
          hasSingleLetterPart = hasSingleLetterPart || letters == 1
          result = partEnd + 1
          index = partEnd + 1
          continue
        }
        // A last part without a period ("U.S" in "U.S-led") counts if no word character follows.
        if parts > 0, partEnd >= end || !ScalarClass.isWordScalar(scalar(at: partEnd).value) {
          parts += 1
          hasSingleLetterPart = hasSingleLetterPart || letters == 1
          result = partEnd
        }
        break
      }
      return parts >= 2 && hasSingleLetterPart ? result : nil
    }

    /// The end of the URL that starts at `start` with a scheme (`http://`, `https://`, `ftp://`) or
    /// `www.`, or nil.
    func urlEnd(from start: Int, before end: Int) -> Int? {
      switch bytes[start] | 0x20 {
      case UInt8(ascii: "h"):
        if hasPrefix("https://", at: start, before: end) { return urlTailEnd(from: start + 8, before: end) }
        if hasPrefix("http://", at: start, before: end) { return urlTailEnd(from: start + 7, before: end) }
      case UInt8(ascii: "f"):
        if hasPrefix("ftp://", at: start, before: end) { return urlTailEnd(from: start + 6, before: end) }
      case UInt8(ascii: "w"):
        if hasPrefix("www.", at: start, before: end), start + 4 < end,
          ScalarClass.isASCIIAlphanumeric(bytes[start + 4])
        {
          return urlTailEnd(from: start + 4, before: end)
        }
      default:
        break
      }
      return nil
    }

    /// The end of the rest of a URL from `start`: everything up to white space or a quotation mark
    /// or angle bracket, less trailing punctuation and unbalanced closing brackets. Nil if empty.
    func urlTailEnd(from start: Int, before end: Int) -> Int? {
      var index = start
      var openParentheses = 0
      var closeParentheses = 0
      while index < end {
        let (value, length) = scalar(at: index)
        if ScalarClass.isSpace(value) || ScalarClass.endsURL(value) { break }
        if value == 0x28 { openParentheses += 1 }
        if value == 0x29 { closeParentheses += 1 }
        index += length
      }
      while index > start {
        let byte = bytes[index - 1]
        switch byte {
        case UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"),
          UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: "'"), UInt8(ascii: "*"),
          UInt8(ascii: "]"), UInt8(ascii: "}"):
          index -= 1
          continue
        case UInt8(ascii: ")") where closeParentheses > openParentheses:
          closeParentheses -= 1
          index -= 1
          continue
        default:
          break
        }
        break
      }
      return index > start ? index : nil
    }

    /// The end of the bare domain name (`example.com`, `news.example.co.uk`), with any path after
    /// it, that starts at `start`, or nil. The last label must be a common top-level domain.
    func domainEnd(from start: Int, before end: Int) -> Int? {
      var index = start
      var labels = 0
      var result: Int?
      while index < end {
        var labelEnd = index
        var isLowercase = true
        while labelEnd < end {
          let byte = bytes[labelEnd]
          guard ScalarClass.isASCIIAlphanumeric(byte) || byte == UInt8(ascii: "-") else { break }
          if byte >= 0x41 && byte <= 0x5A { isLowercase = false }
          labelEnd += 1
        }
        guard labelEnd > index else { break }
        labels += 1
        if labels >= 2, isLowercase, ScalarClass.isTopLevelDomain(bytes, index..<labelEnd) {
          result = labelEnd
        }
        guard labelEnd + 1 < end, bytes[labelEnd] == UInt8(ascii: "."),
          ScalarClass.isASCIIAlphanumeric(bytes[labelEnd + 1])
        else { break }
        index = labelEnd + 1
      }
      guard let domain = result else { return nil }
      if domain + 1 < end, bytes[domain] == UInt8(ascii: "/") {
        return urlTailEnd(from: domain, before: end) ?? domain
      }
      return domain
    }

    /// The end of the e-mail address that starts at `start`, or nil.
    func emailEnd(from start: Int, before end: Int) -> Int? {
      var index = start
      while index < end {
        let byte = bytes[index]
        guard ScalarClass.isASCIIAlphanumeric(byte) || Self.isEmailLocalSymbol(byte) else { break }
        index += 1
      }
      guard index > start, index < end, bytes[index] == UInt8(ascii: "@") else { return nil }
      var labelStart = index + 1
      var labels = 0
      var result: Int?
      while labelStart < end {
        var labelEnd = labelStart
        var isAlphabetic = true
        while labelEnd < end {
          let byte = bytes[labelEnd]
          guard ScalarClass.isASCIIAlphanumeric(byte) || byte == UInt8(ascii: "-") else { break }
          if !ScalarClass.isASCIILetter(byte) { isAlphabetic = false }
          labelEnd += 1
        }
        guard labelEnd > labelStart else { break }
        labels += 1
        if labels >= 2, isAlphabetic, labelEnd - labelStart >= 2 { result = labelEnd }
        guard labelEnd + 1 < end, bytes[labelEnd] == UInt8(ascii: "."),
          ScalarClass.isASCIIAlphanumeric(bytes[labelEnd + 1])
        else { break }
        labelStart = labelEnd + 1
      }
      return result
    }

    private static func isEmailLocalSymbol(_ byte: UInt8) -> Bool {
      byte == UInt8(ascii: ".") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "%")
        || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-")
    }

    /// Whether a digit follows `offset`, after at most a few spaces.
    func digitFollows(_ offset: Int, before end: Int) -> Bool {
      var index = offset
      while index < end, index < offset + 3, bytes[index] == UInt8(ascii: " ") { index += 1 }
      return index < end && ScalarClass.isDigit(scalar(at: index).value)
    }

    /// The text of `range` as a string.
    func string(_ range: Range<Int>) -> String {
      String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }
  }
}
