import BylineCore

/// Splits news text into tokens: words, numbers, abbreviations, URLs, e-mail addresses and
/// punctuation marks.
///
/// Tokens are spans of UTF-8 code units into the text, so nothing is copied. The rules:
///
/// - **Words** are runs of letters, digits and combining marks, joined across an internal apostrophe
///   (`don't`, `O'Brien`), hyphen (`well-known`, `COVID-19`), underscore, or `&` between capitals
///   (`AT&T`). Each Han ideograph is a token of its own.
/// - **Numbers** keep their separators and decimals: `2,000`, `3.5`, `10:30`, `24/7`. A currency
///   symbol or a per-cent sign is a token of its own, so `$2.3` is `$` `2.3` and `4.25%` is `4.25` `%`.
/// - **Abbreviations** keep their period: known ones (`Mr.`, `Dec.`, `etc.`, `No.` before a number),
///   dotted initialisms (`U.S.`, `e.g.`, `Ph.D.`) and single capital initials (`F.`).
/// - **URLs** (`https://…`, `www.…`, bare domains such as `example.com/path`) and **e-mail addresses**
///   are single tokens; trailing sentence punctuation is left out of them.
/// - **Punctuation**: every mark is a token of its own, except that an ellipsis (`...` or `…`) is one
///   token. Quotes and brackets are always separate tokens. `#tag` and `@handle` are single tokens.
///
/// ```swift
/// let text = "Mr. O'Brien paid $2.3 billion."
/// Tokenizer.tokens(in: text).map { String($0.text(in: text)) }
/// // ["Mr.", "O'Brien", "paid", "$", "2.3", "billion", "."]
/// ```
public enum Tokenizer {
  /// The tokens of `text`, as spans into `text` in order.
  ///
  /// - Parameters:
  ///   - text: The text to tokenize.
  ///   - range: When given, only this part of `text` is tokenized; the spans are still offsets
  ///     into the whole of `text`. A range reaching past the text is clamped to it.
  /// - Returns: The spans of the tokens; white space belongs to no token.
  /// - Complexity: O(*n*), where *n* is the length of the tokenized part of `text`.
  public static func tokens(in text: String, range: TextSpan? = nil) -> [TextSpan] {
    var text = text
    return text.withUTF8 { bytes in
      let source = Source(bytes)
      let bounds = source.scalarAligned(range ?? TextSpan(start: 0, end: bytes.count))
      let scanner = Scanner(source: source, end: bounds.upperBound)
      return scanner.tokens(from: bounds.lowerBound)
    }
  }
}

// MARK: - Scanning

extension Tokenizer {
  /// Finds the tokens in one part of a text.
  struct Scanner {
    let source: Source
    /// The UTF-8 offset where scanning stops.
    let end: Int

    func tokens(from start: Int) -> [TextSpan] {
      var tokens: [TextSpan] = []
      tokens.reserveCapacity((end - start) / 5 + 1)
      var index = start
      while index < end {
        let byte = source[index]
        let tokenEnd: Int
        if byte < 0x80 {
          if ScalarClass.isASCIISpace(byte) {
            index += 1
            continue
          }
          if ScalarClass.isASCIIAlphanumeric(byte) {
            tokenEnd = wordTokenEnd(from: index)
          } else if byte == UInt8(ascii: ".") {
            tokenEnd = source.periodRunEnd(from: index, before: end)
          } else if byte == UInt8(ascii: "#") || byte == UInt8(ascii: "@"),
            index + 1 < end, ScalarClass.isLetter(source.scalar(at: index + 1).value)
          {
            tokenEnd = source.wordRun(from: index + 1, before: end).end
          } else {
            tokenEnd = index + 1
          }
        } else {
          let (value, length) = source.scalar(at: index)
          if ScalarClass.isSpace(value) || ScalarClass.isIgnorable(value) {
            index += length
            continue
          }
          if ScalarClass.isIdeograph(value) {
            tokenEnd = source.marksEnd(from: index + length, before: end)
          } else if ScalarClass.isWordScalar(value) {
            tokenEnd = wordTokenEnd(from: index)
          } else {
            tokenEnd = source.symbolEnd(from: index, value: value, length: length, before: end)
          }
        }
        tokens.append(TextSpan(start: index, end: tokenEnd))
        index = tokenEnd
      }
      return tokens
    }

    /// The end of the token that starts with the word character at `start`: a URL, an e-mail
    /// address, a dotted initialism, a domain name, an abbreviation with its period, or a word.
    private func wordTokenEnd(from start: Int) -> Int {
      if let url = source.urlEnd(from: start, before: end) { return url }
      let word = source.wordRun(from: start, before: end)
      guard word.end < end else { return word.end }
      let next = source[word.end]
      switch next {
      case UInt8(ascii: "@"), UInt8(ascii: "+"), UInt8(ascii: "%"):
        return source.emailEnd(from: start, before: end) ?? word.end
      case UInt8(ascii: "."):
        if let email = source.emailEnd(from: start, before: end) { return email }
        if let initialism = source.initialismEnd(from: word.lastPartStart, before: end) {
          return initialism
        }
        if let domain = source.domainEnd(from: start, before: end) { return domain }
        if isAbbreviation(word.lastPartStart..<word.end) { return word.end + 1 }
        return word.end
      default:
        return word.end
      }
    }

    /// Whether the word at `word`, which is followed by a period, is an abbreviation that keeps it.
    private func isAbbreviation(_ word: Range<Int>) -> Bool {
      let (first, length) = source.scalar(at: word.lowerBound)
      if word.lowerBound + length == word.upperBound, ScalarClass.isUppercase(first) { return true }
      switch SentenceSegmenter.Abbreviations.kind(of: word, in: source) {
      case .title, .general: return true
      case .numeric: return source.digitFollows(word.upperBound + 1, before: end)
      case nil: return false
      }
    }
  }
}

// MARK: - UTF-8 text

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

// MARK: - Character classes

extension Tokenizer {
  /// Fast classification of Unicode scalar values, with ASCII, Latin-1 and Cyrillic fast paths.
  enum ScalarClass {
    @inline(__always)
    static func isASCIISpace(_ byte: UInt8) -> Bool {
      byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
    }

    @inline(__always)
    static func isASCIILetter(_ byte: UInt8) -> Bool {
      let folded = byte | 0x20
      return folded >= 0x61 && folded <= 0x7A
    }

    @inline(__always)
    static func isASCIIAlphanumeric(_ byte: UInt8) -> Bool {
      isASCIILetter(byte) || (byte >= 0x30 && byte <= 0x39)
    }

    /// White space, including no-break and zero-width spaces and the byte-order mark.
    @inline(__always)
    static func isSpace(_ value: UInt32) -> Bool {
      if value < 0x80 { return value == 0x20 || (value >= 0x09 && value <= 0x0D) }
      switch value {
      case 0x85, 0xA0, 0x1680, 0x2000...0x200B, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF:
        return true
      default:
        return false
      }
    }

    /// Invisible format characters that belong to no token on their own.
    static func isIgnorable(_ value: UInt32) -> Bool {
      value == 0xAD || value == 0x200C || value == 0x200D || value == 0x2060
    }

    static func isLetter(_ value: UInt32) -> Bool {
      if value < 0x80 { return isASCIILetter(UInt8(value)) }
      if value < 0x100 {
        return (value >= 0xC0 && value != 0xD7 && value != 0xF7) || value == 0xAA || value == 0xB5
          || value == 0xBA
      }
      if value >= 0x400 && value <= 0x4FF { return value <= 0x481 || value >= 0x48A }
      guard let scalar = Unicode.Scalar(value) else { return false }
      return scalar.properties.isAlphabetic
    }

    static func isUppercase(_ value: UInt32) -> Bool {
      if value < 0x80 { return value >= 0x41 && value <= 0x5A }
      if value < 0x100 { return value >= 0xC0 && value <= 0xDE && value != 0xD7 }
      if value >= 0x400 && value <= 0x42F { return true }
      if value >= 0x430 && value <= 0x45F { return false }
      guard let scalar = Unicode.Scalar(value) else { return false }
      return scalar.properties.isUppercase || scalar.properties.generalCategory == .titlecaseLetter
    }

    static func isLowercase(_ value: UInt32) -> Bool {
      if value < 0x80 { return value >= 0x61 && value <= 0x7A }
      if value < 0x100 { return (value >= 0xDF && value != 0xF7) || value == 0xAA || value == 0xBA }
      if value >= 0x430 && value <= 0x45F { return true }
      if value >= 0x400 && value <= 0x42F { return false }
      guard let scalar = Unicode.Scalar(value) else { return false }
      return scalar.properties.isLowercase
    }

    static func isDigit(_ value: UInt32) -> Bool {
      if value < 0x80 { return value >= 0x30 && value <= 0x39 }
      if value < 0x660 { return false }
      guard let scalar = Unicode.Scalar(value) else { return false }
      return scalar.properties.numericType == .decimal
    }

    static func isMark(_ value: UInt32) -> Bool {
      if value < 0x300 { return false }
      guard let scalar = Unicode.Scalar(value) else { return false }
      switch scalar.properties.generalCategory {
      case .nonspacingMark, .spacingMark, .enclosingMark: return true
      default: return false
      }
    }

    /// Letters, decimal digits and combining marks.
    static func isWordScalar(_ value: UInt32) -> Bool {
      if value < 0x80 { return isASCIIAlphanumeric(UInt8(value)) }
      if value < 0x100 || (value >= 0x400 && value <= 0x4FF) { return isLetter(value) }
      guard let scalar = Unicode.Scalar(value) else { return false }
      switch scalar.properties.generalCategory {
      case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
        .decimalNumber, .letterNumber, .nonspacingMark, .spacingMark, .enclosingMark:
        return true
      default:
        return false
      }
    }

    /// Whether a non-ASCII scalar continues a word: a word scalar other than an ideograph, or an
    /// invisible joiner or soft hyphen.
    static func continuesWord(_ value: UInt32) -> Bool {
      if value == 0xAD || value == 0x200C || value == 0x200D { return true }
      return !isIdeograph(value) && isWordScalar(value)
    }

    /// Han ideographs, which are tokens on their own.
    static func isIdeograph(_ value: UInt32) -> Bool {
      (0x4E00...0x9FFF).contains(value) || (0x3400...0x4DBF).contains(value)
        || (0xF900...0xFAFF).contains(value) || (0x2_0000...0x3_FFFF).contains(value)
    }

    static func isHyphen(_ value: UInt32) -> Bool {
      value == 0x2D || value == 0x2010 || value == 0x2011
    }

    /// Whether `joiner` between `previous` and `next` keeps them in one word.
    static func joins(_ previous: UInt32, _ joiner: UInt32, _ next: UInt32) -> Bool {
      switch joiner {
      case 0x27, 0x2019:
        return isLetter(next) && isWordScalar(previous)
      case 0x2D, 0x2010, 0x2011, 0x5F:
        return isWordScalar(next) && !isIdeograph(next)
      case 0x2E, 0x2C, 0x3A, 0x2F:
        return isDigit(previous) && isDigit(next)
      case 0x26:
        return previous >= 0x41 && previous <= 0x5A && next >= 0x41 && next <= 0x5A
      case 0xB7:
        return isLetter(previous) && isLetter(next)
      default:
        return false
      }
    }

    /// Characters that cannot be part of a URL written in running text.
    static func endsURL(_ value: UInt32) -> Bool {
      switch value {
      case 0x22, 0x3C, 0x3E, 0x60, 0xAB, 0xBB, 0x2018, 0x2019, 0x201C, 0x201D: return true
      default: return false
      }
    }

    /// Opening quotation marks and brackets, and the Spanish inverted marks. » and › are included
    /// because German opens quotes with them.
    static func isOpener(_ value: UInt32) -> Bool {
      switch value {
      case 0x22, 0x27, 0x28, 0x5B, 0x7B, 0xA1, 0xAB, 0xBB, 0xBF, 0x2018, 0x201A, 0x201C, 0x201E,
        0x2039, 0x203A, 0x300C, 0x300E, 0xFF08:
        return true
      default:
        return false
      }
    }

    /// Closing quotation marks and brackets. “, ‘, « and ‹ are included because German closes
    /// quotes with them.
    static func isCloser(_ value: UInt32) -> Bool {
      switch value {
      case 0x22, 0x27, 0x29, 0x5D, 0x7D, 0xAB, 0xBB, 0x2018, 0x2019, 0x201C, 0x201D, 0x2039, 0x203A,
        0x300D, 0x300F, 0xFF09:
        return true
      default:
        return false
      }
    }

    /// Dashes that may open a line of dialogue.
    static func isDash(_ value: UInt32) -> Bool {
      value == 0x2013 || value == 0x2014 || value == 0x2015
    }

    private static let topLevelDomains: Set<String> = [
      "com", "org", "net", "edu", "gov", "mil", "int", "info", "biz", "io", "co", "uk", "us", "ca",
      "de", "fr", "es", "it", "nl", "be", "ch", "at", "se", "no", "dk", "fi", "pl", "pt", "ru", "ua",
      "cn", "jp", "kr", "in", "au", "nz", "br", "mx", "ar", "za", "eu", "tv", "me", "ly", "ai", "app",
      "dev", "news", "online",
    ]

    /// Whether the lowercase ASCII label at `range` is a common top-level domain.
    static func isTopLevelDomain(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
      guard range.count >= 2, range.count <= 6 else { return false }
      let label = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
      return topLevelDomains.contains(label)
    }
  }
}
