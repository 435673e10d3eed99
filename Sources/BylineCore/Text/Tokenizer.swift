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
