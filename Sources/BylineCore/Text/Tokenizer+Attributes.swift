extension Tokenizer {
  /// The kinds and flags of the tokens at `spans`; a token that starts one of `sentences` is flagged
  /// as a sentence start.
  /// - Complexity: O(*n* + *s*), where *n* is the length of the tokens and *s* the number of sentences.
  static func attributes(of spans: [TextSpan], sentences: [TextSpan], in text: String) -> [Token.Attributes] {
    var text = text
    return text.withUTF8 { bytes in
      let source = Source(bytes)
      var attributes: [Token.Attributes] = []
      attributes.reserveCapacity(spans.count)
      var sentence = 0
      for span in spans {
        guard span.end <= bytes.count, span.start < span.end else {
          attributes.append(Token.Attributes(kind: .symbol, flags: []))
          continue
        }
        var flags = source.flags(of: span.start..<span.end)
        while sentence < sentences.count, sentences[sentence].start < span.start { sentence += 1 }
        if sentence < sentences.count, sentences[sentence].start == span.start {
          flags.insert(.sentenceStart)
        }
        attributes.append(Token.Attributes(kind: source.kind(of: span.start..<span.end), flags: flags))
      }
      return attributes
    }
  }
}

extension Tokenizer.Source {
  /// The kind of the token at `range`, from its characters.
  func kind(of range: Range<Int>) -> Token.Kind {
    typealias Class = Tokenizer.ScalarClass
    let first = scalar(at: range.lowerBound).value
    if first == 0x23 || first == 0x40, range.count > 1 { return .tag }
    guard Class.isWordScalar(first) else {
      if first == 0x2E || first == 0x2026 { return .punctuation }
      guard let scalar = Unicode.Scalar(first) else { return .symbol }
      switch scalar.properties.generalCategory {
      case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
        .initialPunctuation, .finalPunctuation, .otherPunctuation:
        return .punctuation
      default:
        return .symbol
      }
    }
    var hasLetter = false
    var hasInnerPeriod = false
    var index = range.lowerBound
    while index < range.upperBound {
      let (value, length) = scalar(at: index)
      switch value {
      case 0x40: return .email
      case 0x2F where hasLetter: return .url
      case 0x3A where index + 2 < range.upperBound && self[index + 1] == 0x2F: return .url
      case 0x2E:
        if index + 1 == range.upperBound { return range.count > 1 ? .abbreviation : .punctuation }
        hasInnerPeriod = true
      default:
        if !hasLetter, Class.isLetter(value) { hasLetter = true }
      }
      index += length
    }
    if hasInnerPeriod, hasLetter { return .url }
    return hasLetter ? .word : .number
  }

  /// The flags of the token at `range` that its characters and the character before it decide.
  func flags(of range: Range<Int>) -> Token.Flags {
    typealias Class = Tokenizer.ScalarClass
    var flags: Token.Flags = []
    if range.lowerBound == 0 || Class.isSpace(scalar(before: range.lowerBound).value) {
      flags.insert(.spaceBefore)
    }
    var hasUpper = false
    var hasLower = false
    var index = range.lowerBound
    while index < range.upperBound {
      let (value, length) = scalar(at: index)
      if Class.isDigit(value) {
        flags.insert(.hasDigit)
      } else if Class.isUppercase(value) {
        if index == range.lowerBound { flags.insert(.capitalized) }
        hasUpper = true
      } else if Class.isLowercase(value) {
        hasLower = true
      }
      index += length
    }
    if hasUpper, !hasLower { flags.insert(.allCapitals) }
    return flags
  }
}

extension Tokenizer {
  /// The tokens of `text` with their kinds and flags (no sentence starts: that needs sentences;
  /// see ``TextLayer``).
  /// - Complexity: O(*n*), where *n* is the length of `text`.
  public static func attributedTokens(in text: String) -> TextLayer.Tokens {
    let spans = tokens(in: text)
    return TextLayer.Tokens(spans: spans, attributes: attributes(of: spans, sentences: [], in: text))
  }
}
