extension TextLayer {
  /// A word as written, or a single mark between words: what readers that match phrases word by
  /// word (quotes and their speakers, titles and roles) step through.
  public struct WrittenWord: Hashable, Sendable {
    /// Where it is, in UTF-8 offsets.
    public var span: TextSpan
    /// Whether it is a word (it starts with a letter or a digit); otherwise it is one punctuation
    /// mark or symbol.
    public var isWord: Bool

    /// Creates a written word.
    public init(span: TextSpan, isWord: Bool) {
      self.span = span
      self.isWord = isWord
    }
  }

  /// The layer's tokens regrouped as written words: tokens written without space between them
  /// and joined by an apostrophe, a hyphen, a full stop or an ampersand between two word
  /// characters are one word (`U.S.-based` is `U.S.`, `-`, `based`; `Vice-President`, `AT&T`,
  /// `example.com`, `president’s` are one word each), a comma between ASCII digits joins them,
  /// and a word with a full stop inside keeps a final full stop after a one-character last part
  /// (`U.S.`, `1.5.`). An abbreviation's own period (`Mr.`) is a mark of its own; every other
  /// punctuation mark or symbol is one per Unicode scalar, and so is a colon, slash or underscore
  /// inside a word or number (`10:30` is `10`, `:`, `30`). A URL or an e-mail address is one
  /// word.
  ///
  /// The words are made from the tokens, with no scanning of their own: a written word is whole
  /// tokens, or one piece of a token (an abbreviation's period, a tag's `#` or `@`, one scalar of
  /// a run of punctuation, a separator inside a number).
  ///
  /// ```swift
  /// let text = "Mr. Dravnik, AT&T’s U.S.-based chair"
  /// TextLayer(text: text).writtenWords(in: text).map { $0.span.text(in: text) }
  /// // ["Mr", ".", "Dravnik", ",", "AT&T’s", "U.S.", "-", "based", "chair"]
  /// ```
  ///
  /// - Parameter text: The text the layer was made from.
  /// - Complexity: O(*n*), where *n* is the length of the tokens.
  public func writtenWords(in text: String) -> [WrittenWord] {
    var text = text
    let spans = tokenSpans
    let attributes = attributes
    return text.withUTF8 { bytes in
      let source = Tokenizer.Source(bytes)
      let pieces = Self.pieces(of: spans, attributes, in: source)
      return Self.joined(pieces, in: source)
    }
  }

  /// The tokens as pieces: each word-like token whole, less an abbreviation's period, a tag's
  /// sign and a number's colons and slashes; every other token one piece per scalar.
  private static func pieces(
    of spans: [TextSpan], _ attributes: [Token.Attributes], in source: Tokenizer.Source
  ) -> [WrittenWord] {
    var pieces: [WrittenWord] = []
    pieces.reserveCapacity(spans.count + spans.count / 8)
    for (span, attribute) in zip(spans, attributes) {
      guard span.start < span.end, span.end <= source.count else { continue }
      switch attribute.kind {
      case .word, .number:
        appendSplittingAtSeparators(span, in: source, to: &pieces)
      case .url, .email:
        pieces.append(WrittenWord(span: span, isWord: true))
      case .abbreviation:
        // The period is joined back by `keepsFinalStop` when the last part is one letter (`U.S.`).
        let period = span.end - 1
        pieces.append(WrittenWord(span: TextSpan(start: span.start, end: period), isWord: true))
        pieces.append(WrittenWord(span: TextSpan(start: period, end: span.end), isWord: false))
      case .tag:
        let sign = source.scalar(at: span.start).length + span.start
        pieces.append(WrittenWord(span: TextSpan(start: span.start, end: sign), isWord: false))
        if sign < span.end {
          pieces.append(WrittenWord(span: TextSpan(start: sign, end: span.end), isWord: true))
        }
      case .punctuation, .symbol:
        var index = span.start
        while index < span.end {
          let (value, length) = source.scalar(at: index)
          let end = min(index + length, span.end)
          pieces.append(WrittenWord(span: TextSpan(start: index, end: end), isWord: isWordCharacter(value)))
          index = end
        }
      }
    }
    return pieces
  }

  /// Appends the word or number at `span`, with each colon, slash or underscore in it (`10:30`,
  /// `24/7`) a mark of its own.
  private static func appendSplittingAtSeparators(
    _ span: TextSpan, in source: Tokenizer.Source, to pieces: inout [WrittenWord]
  ) {
    var start = span.start
    for index in span.start..<span.end where isSeparator(source[index]) {
      if start < index { pieces.append(WrittenWord(span: TextSpan(start: start, end: index), isWord: true)) }
      pieces.append(WrittenWord(span: TextSpan(start: index, end: index + 1), isWord: false))
      start = index + 1
    }
    if start < span.end {
      pieces.append(WrittenWord(span: TextSpan(start: start, end: span.end), isWord: true))
    }
  }

  private static func isSeparator(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: ":") || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "_")
  }

  /// `pieces` joined into written words.
  private static func joined(_ pieces: [WrittenWord], in source: Tokenizer.Source) -> [WrittenWord] {
    var words: [WrittenWord] = []
    words.reserveCapacity(pieces.count)
    var index = 0
    while index < pieces.count {
      let first = pieces[index]
      index += 1
      guard first.isWord else {
        words.append(first)
        continue
      }
      var end = first.span.end
      while index < pieces.count, pieces[index].span.start == end {
        let piece = pieces[index]
        if piece.isWord {
          end = piece.span.end
          index += 1
          continue
        }
        guard index + 1 < pieces.count, pieces[index + 1].isWord,
          pieces[index + 1].span.start == piece.span.end,
          joins(source.scalar(before: end).value, piece, source.scalar(at: piece.span.end).value, in: source)
        else { break }
        end = pieces[index + 1].span.end
        index += 2
      }
      if index < pieces.count, keepsFinalStop(first.span.start..<end, before: pieces[index], in: source) {
        end = pieces[index].span.end
        index += 1
      }
      words.append(WrittenWord(span: TextSpan(start: first.span.start, end: end), isWord: true))
    }
    return words
  }

  /// Whether the one-scalar mark `joiner` between the word characters `previous` and `next` joins
  /// them into one word.
  private static func joins(
    _ previous: UInt32, _ joiner: WrittenWord, _ next: UInt32, in source: Tokenizer.Source
  )
    -> Bool
  {
    guard isWordCharacter(previous), isWordCharacter(next) else { return false }
    let (value, length) = source.scalar(at: joiner.span.start)
    guard joiner.span.start + length == joiner.span.end else { return false }
    switch value {
    case 0x27, 0x2019, 0x2D, 0x2E, 0x26: return true
    case 0x2C: return previous >= 0x30 && previous <= 0x39 && next >= 0x30 && next <= 0x39
    default: return false
    }
  }

  /// Whether the word at `word` keeps the full stop `next` that touches it: it has a full stop
  /// inside and its last part is one character (`U.S.`).
  private static func keepsFinalStop(
    _ word: Range<Int>, before next: WrittenWord, in source: Tokenizer.Source
  )
    -> Bool
  {
    guard next.span.start == word.upperBound, next.span.end == next.span.start + 1,
      source[next.span.start] == UInt8(ascii: "."),
      word.contains(where: { source[$0] == UInt8(ascii: ".") })
    else { return false }
    let last = source.scalar(before: word.upperBound)
    guard isWordCharacter(last.value), word.upperBound - last.length > word.lowerBound else { return false }
    return !isWordCharacter(source.scalar(before: word.upperBound - last.length).value)
  }

  /// Letters and digits of any script (alphabetic or numeric scalars).
  static func isWordCharacter(_ value: UInt32) -> Bool {
    if value < 0x80 { return Tokenizer.ScalarClass.isASCIIAlphanumeric(UInt8(value)) }
    guard let scalar = Unicode.Scalar(value) else { return false }
    return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
  }
}
