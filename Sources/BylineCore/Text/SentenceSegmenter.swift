/// Splits news text into sentences.
///
/// Sentences are spans of UTF-8 code units into the text, trimmed of surrounding white space, and
/// never cross a paragraph boundary. A sentence ends at `.`, `!`, `?` or `…` — with any closing
/// quotation marks or brackets that follow — when white space and then the start of a new sentence
/// come next: a capital letter, a digit, an opening quotation mark or bracket (including `¿` and
/// `¡`), a letter of a script without case, or the end of the paragraph. A lowercase word never
/// starts a sentence, so `“It was a mistake,” he said.` and `We waited… and waited.` stay whole.
///
/// A period is not an ending after a decimal (`3.5`), a title or other known abbreviation
/// (`Mr.`, `Gen.`, `Dec.`, `etc.`), a single initial (`John F. Kennedy`) or a dotted initialism
/// (`U.S.`, `e.g.`) — unless the abbreviation, initial or initialism is followed by a capitalised
/// function word that typically opens a sentence (`The`, `He`, `But`, `In`…), as in
/// `He moved to the U.S. He left.` Full-width terminators (`。`, `！`, `？`) end a sentence even
/// without white space after them.
///
/// Inside a paragraph, a line that lacks final punctuation — a headline, a list item — ends its
/// sentence when the next line starts like a sentence, and a bulleted or numbered line always starts
/// one. Paragraphs that are hard-wrapped (some line continues with a lowercase word) are exempt.
///
/// ```swift
/// let text = "Gov. Ana Ruiz arrived at 3 p.m. on Dec. 4. “We are ready,” she said."
/// SentenceSegmenter.sentences(in: text, paragraphs: []).map { String($0.text(in: text)) }
/// // ["Gov. Ana Ruiz arrived at 3 p.m. on Dec. 4.", "“We are ready,” she said."]
/// ```
public enum SentenceSegmenter {
  /// The sentences of `text`, as spans trimmed of surrounding white space, in order.
  ///
  /// - Parameters:
  ///   - text: The text to segment.
  ///   - paragraphs: The paragraphs of `text`, as spans into it, in order. Each paragraph is segmented
  ///     separately, so no sentence crosses a paragraph boundary; text outside every paragraph is
  ///     ignored. When empty, the whole text is one paragraph.
  /// - Returns: The spans of the sentences; empty when the text (or every paragraph) is blank.
  /// - Complexity: O(*n*), where *n* is the length of the segmented text.
  public static func sentences(in text: String, paragraphs: [TextSpan]) -> [TextSpan] {
    var text = text
    return text.withUTF8 { bytes in
      let source = Tokenizer.Source(bytes)
      var sentences: [TextSpan] = []
      sentences.reserveCapacity(bytes.count / 100 + 1)
      if paragraphs.isEmpty {
        var scanner = Scanner(source: source, bounds: 0..<bytes.count)
        scanner.segment(into: &sentences)
      } else {
        for paragraph in paragraphs {
          var scanner = Scanner(source: source, bounds: source.scalarAligned(paragraph))
          scanner.segment(into: &sentences)
        }
      }
      return sentences
    }
  }
}

// MARK: - Scanning

extension SentenceSegmenter {
  /// Finds the sentences of one paragraph.
  struct Scanner {
    private typealias ScalarClass = Tokenizer.ScalarClass

    /// The kinds of list marker that can open a line.
    private enum ListMarker {
      /// A bullet such as `•`, which always starts a new sentence.
      case bullet
      /// A dash, an asterisk or a number (`1.`, `2)`), which starts one unless the paragraph is
      /// hard-wrapped.
      case dashOrNumber
    }

    let source: Tokenizer.Source
    /// Where the paragraph starts.
    let lower: Int
    /// Where the paragraph ends.
    let upper: Int
    /// Where the current sentence starts, or -1 between sentences.
    private var start = -1
    /// Whether some line of the paragraph continues with a lowercase word; nil until needed.
    private var hardWrapped: Bool?

    init(source: Tokenizer.Source, bounds: Range<Int>) {
      self.source = source
      self.lower = bounds.lowerBound
      self.upper = bounds.upperBound
    }

    /// Appends the sentences of the paragraph to `sentences`.
    mutating func segment(into sentences: inout [TextSpan]) {
      var index = lower
      while index < upper {
        let byte = source[index]
        if byte < 0x80 {
          switch byte {
          case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"):
            index = terminator(at: index, into: &sentences)
          case UInt8(ascii: "\n"):
            index = lineBreak(at: index, length: 1, into: &sentences)
          case 0x20, 0x09, 0x0B, 0x0C, 0x0D:
            index += 1
          default:
            if start < 0 { start = index }
            index += 1
          }
        } else {
          let (value, length) = source.scalar(at: index)
          if Self.isTerminator(value) {
            index = terminator(at: index, into: &sentences)
          } else if value == 0x85 || value == 0x2028 || value == 0x2029 {
            index = lineBreak(at: index, length: length, into: &sentences)
          } else if ScalarClass.isSpace(value) {
            index += length
          } else {
            if start < 0 { start = index }
            index += length
          }
        }
      }
      if start >= 0 {
        let end = contentEnd(before: upper)
        if end > start { sentences.append(TextSpan(start: start, end: end)) }
        start = -1
      }
    }

    /// Handles the run of terminators at `index`; returns where scanning resumes.
    private mutating func terminator(at index: Int, into sentences: inout [TextSpan]) -> Int {
      if start < 0 { start = index }
      var runEnd = index
      var isFullWidth = false
      while runEnd < upper {
        let (value, length) = source.scalar(at: runEnd)
        guard Self.isTerminator(value) else { break }
        if Self.isFullWidthTerminator(value) { isFullWidth = true }
        runEnd += length
      }
      let isSinglePeriod = runEnd == index + 1 && source[index] == UInt8(ascii: ".")
      let end = closersEnd(from: runEnd)
      if isFullWidth {
        sentences.append(TextSpan(start: start, end: end))
        start = -1
        return end
      }
      guard end < upper, ScalarClass.isSpace(source.scalar(at: end).value) else { return end }
      let next = contentStart(from: end)
      guard next < upper else { return next }
      guard endsSentence(terminatorAt: index, isSinglePeriod: isSinglePeriod, next: next) else {
        return end
      }
      sentences.append(TextSpan(start: start, end: end))
      start = -1
      return next
    }

    /// Where the closing quotation marks and brackets that start at `offset` end. A closing
    /// guillemet after a space (French style) counts too.
    private func closersEnd(from offset: Int) -> Int {
      var index = offset
      while index < upper {
        let (value, length) = source.scalar(at: index)
        if ScalarClass.isCloser(value) {
          index += length
          continue
        }
        guard ScalarClass.isSpace(value), value != 0x0A else { break }
        var after = index + length
        while after < upper, after < index + 8 {
          let (next, nextLength) = source.scalar(at: after)
          guard ScalarClass.isSpace(next), next != 0x0A else { break }
          after += nextLength
        }
        guard after < upper else { break }
        let (next, nextLength) = source.scalar(at: after)
        guard next == 0xBB || next == 0x203A else { break }
        // A guillemet that a word follows opens a German quotation instead.
        let closed = after + nextLength
        guard closed >= upper || !ScalarClass.isWordScalar(source.scalar(at: closed).value) else {
          break
        }
        index = closed
      }
      return index
    }

    /// Whether the terminator at `terminator`, followed by white space and then `next`, ends the
    /// sentence.
    private func endsSentence(terminatorAt terminator: Int, isSinglePeriod: Bool, next: Int) -> Bool {
      var wordStart = next
      var skippedOpener = false
      while wordStart < upper {
        let (value, length) = source.scalar(at: wordStart)
        guard ScalarClass.isOpener(value) || ScalarClass.isDash(value) else { break }
        wordStart += length
        skippedOpener = true
      }
      guard wordStart < upper else { return true }
      let value = source.scalar(at: wordStart).value
      if ScalarClass.isLowercase(value) || ScalarClass.isMark(value) { return false }
      if !skippedOpener, Self.cannotStartSentence(value) { return false }
      guard isSinglePeriod else { return true }
      return periodEndsSentence(at: terminator, nextWord: wordStart)
    }

    /// Whether the period at `period`, followed by a sentence-like start at `nextWord`, ends the
    /// sentence, judging by the word before it.
    private func periodEndsSentence(at period: Int, nextWord: Int) -> Bool {
      var wordStart = period
      var hasInternalPeriod = false
      var isNumber = true
      var scalars = 0
      while wordStart > lower {
        let (value, length) = source.scalar(before: wordStart)
        if ScalarClass.isWordScalar(value) {
          if !ScalarClass.isDigit(value) { isNumber = false }
          scalars += 1
          wordStart -= length
        } else if value == 0x2E, wordStart < period, wordStart - 1 > lower,
          ScalarClass.isLetter(source.scalar(before: wordStart - 1).value),
          ScalarClass.isLetter(source.scalar(at: wordStart).value)
        {
          hasInternalPeriod = true
          wordStart -= 1
        } else {
          break
        }
      }
      guard wordStart < period else { return true }
      if hasInternalPeriod {
        guard source.initialismEnd(from: wordStart, before: upper) == period + 1 else { return true }
        return startsWithFunctionWord(nextWord)
      }
      if isNumber {
        guard scalars <= 2 else { return true }
        // "1." opening a line is a list number.
        if isLineStart(wordStart) { return false }
        // "am 3. Oktober" is a German ordinal, but "I am 25. My…" ends a sentence.
        return !followsOrdinalCue(wordStart) || startsWithFunctionWord(nextWord)
      }
      if scalars == 1, ScalarClass.isLetter(source.scalar(at: wordStart).value) {
        return startsWithFunctionWord(nextWord)
      }
      switch Abbreviations.kind(of: wordStart..<period, in: source) {
      case .title: return false
      case .general: return startsWithFunctionWord(nextWord)
      case .numeric: return !ScalarClass.isDigit(source.scalar(at: nextWord).value)
      case nil: return true
      }
    }

    /// Whether `offset` starts the current sentence or a line.
    private func isLineStart(_ offset: Int) -> Bool {
      if offset == start { return true }
      var index = offset
      while index > lower {
        let (value, length) = source.scalar(before: index)
        if value == 0x0A { return true }
        guard ScalarClass.isSpace(value) else { return false }
        index -= length
      }
      return true
    }

    /// Whether the number at `offset` follows a word that introduces ordinal numbers written with a
    /// period, such as German `am` in `am 3. Oktober`.
    private func followsOrdinalCue(_ offset: Int) -> Bool {
      var wordEnd = offset
      while wordEnd > lower {
        let (value, length) = source.scalar(before: wordEnd)
        guard ScalarClass.isSpace(value), value != 0x0A else { break }
        wordEnd -= length
      }
      guard wordEnd < offset else { return false }
      var wordStart = wordEnd
      while wordStart > lower, wordEnd - wordStart <= 6 {
        let (value, length) = source.scalar(before: wordStart)
        guard ScalarClass.isLetter(value) else { break }
        wordStart -= length
      }
      return wordStart < wordEnd && Abbreviations.isOrdinalCue(wordStart..<wordEnd, in: source)
    }

    /// Whether the word at `offset` is a capitalised function word that typically opens a
    /// sentence, such as `The`, `He` or `It's`.
    private func startsWithFunctionWord(_ offset: Int) -> Bool {
      var index = offset
      var letters = 0
      while index < upper, letters <= 12 {
        let (value, length) = source.scalar(at: index)
        guard ScalarClass.isLetter(value) else { break }
        index += length
        letters += 1
      }
      guard letters > 0, letters <= 12 else { return false }
      if index < upper {
        let (value, length) = source.scalar(at: index)
        if value == 0x27 || value == 0x2019 {
          guard index + length < upper, ScalarClass.isLetter(source.scalar(at: index + length).value)
          else { return false }
          return Abbreviations.isContractionStarter(offset..<index, in: source)
        }
        guard ScalarClass.isSpace(value) || value == 0x2C || value == 0x3A || value == 0x3B else {
          return false
        }
      }
      return Abbreviations.isSentenceStarter(offset..<index, in: source)
    }

    /// Handles the line break at `index`: ends the sentence if the line is a headline or the next
    /// line is a list item. Returns where scanning resumes.
    private mutating func lineBreak(at index: Int, length: Int, into sentences: inout [TextSpan])
      -> Int
    {
      guard start >= 0 else { return index + length }
      let end = contentEnd(before: index)
      guard end > start else { return index + length }
      let next = contentStart(from: index + length)
      guard next < upper else { return next }
      switch listMarker(at: next) {
      case .bullet:
        break
      case .dashOrNumber:
        guard !isHardWrapped() else { return index + length }
      case nil:
        guard lineLacksFinalPunctuation(end), lineStartsSentence(next), !isHardWrapped() else {
          return index + length
        }
      }
      sentences.append(TextSpan(start: start, end: end))
      start = -1
      return next
    }

    /// Whether the line whose content ends at `end` has no final punctuation (closing quotes and
    /// brackets aside) and does not end with punctuation that continues onto the next line.
    private func lineLacksFinalPunctuation(_ end: Int) -> Bool {
      var index = end
      while index > start {
        let (value, length) = source.scalar(before: index)
        guard ScalarClass.isCloser(value) else { break }
        index -= length
      }
      guard index > start else { return false }
      let value = source.scalar(before: index).value
      if Self.isTerminator(value) || ScalarClass.isOpener(value) || ScalarClass.isDash(value) {
        return false
      }
      switch value {
      case 0x2C, 0x3B, 0x3A, 0x2D, 0x2F, 0x26, 0x2B, 0x5C: return false
      default: return true
      }
    }

    /// Whether the line at `offset` starts the way a sentence does.
    private func lineStartsSentence(_ offset: Int) -> Bool {
      var index = offset
      while index < upper {
        let (value, length) = source.scalar(at: index)
        guard ScalarClass.isOpener(value) else { break }
        index += length
      }
      guard index < upper else { return false }
      let value = source.scalar(at: index).value
      return !ScalarClass.isLowercase(value) && !ScalarClass.isMark(value)
        && !Self.cannotStartSentence(value)
    }

    /// The list marker, if any, that opens the line at `offset`.
    private func listMarker(at offset: Int) -> ListMarker? {
      let (value, length) = source.scalar(at: offset)
      switch value {
      case 0x2022, 0x2023, 0x2043, 0x2219, 0x25A0, 0x25AA, 0x25B6, 0x25BA, 0x25CF, 0x25E6, 0x2713,
        0x2714:
        return .bullet
      case 0x2A, 0x2D, 0x2013, 0x2014:
        return spaceFollows(offset + length) ? .dashOrNumber : nil
      case 0x30...0x39:
        var index = offset + 1
        while index < upper, index < offset + 3, source[index] >= 0x30, source[index] <= 0x39 {
          index += 1
        }
        guard index < upper, source[index] == UInt8(ascii: ".") || source[index] == UInt8(ascii: ")")
        else { return nil }
        return spaceFollows(index + 1) ? .dashOrNumber : nil
      default:
        return nil
      }
    }

    private func spaceFollows(_ offset: Int) -> Bool {
      offset < upper && ScalarClass.isSpace(source.scalar(at: offset).value)
    }

    /// Whether some line break in the paragraph is followed by a lowercase word, which means the
    /// paragraph's lines were wrapped at a fixed width and line ends say nothing about sentences.
    private mutating func isHardWrapped() -> Bool {
      if let known = hardWrapped { return known }
      var result = false
      var index = lower
      while index < upper {
        guard source[index] == 0x0A else {
          index += 1
          continue
        }
        let next = contentStart(from: index + 1)
        if next < upper, ScalarClass.isLowercase(source.scalar(at: next).value) {
          result = true
          break
        }
        index = max(next, index + 1)
      }
      hardWrapped = result
      return result
    }

    /// The first offset at or after `offset` that is not white space.
    private func contentStart(from offset: Int) -> Int {
      var index = offset
      while index < upper {
        let (value, length) = source.scalar(at: index)
        guard ScalarClass.isSpace(value) else { break }
        index += length
      }
      return index
    }

    /// The offset just past the last character before `offset` that is not white space.
    private func contentEnd(before offset: Int) -> Int {
      var index = offset
      while index > max(start, lower) {
        let (value, length) = source.scalar(before: index)
        guard ScalarClass.isSpace(value) else { break }
        index -= length
      }
      return index
    }

    /// Sentence-ending punctuation: . ! ? … ‼ ⁇ ⁈ ⁉, the Arabic question mark and full stop, the
    /// Devanagari dandas, and the full-width (CJK) terminators.
    private static func isTerminator(_ value: UInt32) -> Bool {
      switch value {
      case 0x21, 0x2E, 0x3F, 0x061F, 0x06D4, 0x0964, 0x0965, 0x2026, 0x203C, 0x2047, 0x2048, 0x2049,
        0x3002, 0xFF01, 0xFF1F, 0xFF61:
        return true
      default:
        return false
      }
    }

    /// Terminators of scripts written without spaces, which end a sentence wherever they are.
    private static func isFullWidthTerminator(_ value: UInt32) -> Bool {
      value == 0x3002 || value == 0xFF01 || value == 0xFF1F || value == 0xFF61
    }

    /// Punctuation that continues a sentence rather than opening one.
    private static func cannotStartSentence(_ value: UInt32) -> Bool {
      switch value {
      case 0x21, 0x25, 0x29, 0x2C, 0x2E, 0x3A, 0x3B, 0x3F, 0x5D, 0x7D, 0xBB, 0x2019, 0x201D, 0x203A:
        return true
      default:
        return false
      }
    }
  }
}
