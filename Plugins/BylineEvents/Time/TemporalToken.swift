import BylineCore

/// A word, a number or a punctuation mark of a text, with its UTF-8 offsets: the pieces the
/// temporal grammar matches. Each core ``Token`` is cut into runs of letters, runs of ASCII digits
/// and single other characters, so `10:30` is `10`, `:`, `30` and `mid-March` is `mid`, `-`, `March`.
struct TemporalToken {
  enum Kind { case word, number, punct }

  var kind: Kind
  /// UTF-8 offset of the first code unit.
  var start: Int
  /// UTF-8 offset just past the last code unit.
  var end: Int
  /// The text as written.
  var text: String
  /// The text in lower case.
  var lower: String
  /// Whether whitespace comes before the token.
  var spaced: Bool
  /// The value of a number of at most nine digits.
  var number: Int?

  /// Whether the word starts with an upper-case letter.
  var isCapitalized: Bool { text.first?.isUppercase ?? false }

  /// The pieces of `text`, from its core tokens.
  static func tokens(of text: String) -> [TemporalToken] {
    tokens(of: text, coreTokens: Tokenizer.attributedTokens(in: text))
  }

  /// The pieces of the core tokens `coreTokens` of `text`.
  static func tokens(of text: String, coreTokens: TextLayer.Tokens) -> [TemporalToken] {
    var pieces: [TemporalToken] = []
    pieces.reserveCapacity(coreTokens.count + coreTokens.count / 4)
    let utf8 = text.utf8
    for token in coreTokens where token.span.end <= utf8.count {
      let start = utf8.index(utf8.startIndex, offsetBy: token.span.start)
      let end = utf8.index(start, offsetBy: token.span.length)
      append(
        text[start..<end].unicodeScalars, at: token.span.start, spaced: token.hasSpaceBefore, to: &pieces)
    }
    return pieces
  }

  /// Appends the pieces of one core token, whose first scalar is at UTF-8 offset `offset`.
  private static func append(
    _ scalars: Substring.UnicodeScalarView, at offset: Int, spaced: Bool, to pieces: inout [TemporalToken]
  ) {
    var offset = offset
    var current: TemporalToken?
    // Only the first piece can have white space before it.
    var isFirst = true
    func flush() {
      guard var token = current else { return }
      token.lower = token.text.lowercased()
      if token.kind == .number, token.text.utf8.count <= 9 { token.number = Int(token.text) }
      pieces.append(token)
      current = nil
    }
    for scalar in scalars {
      let width = scalar.utf8.count
      defer { offset += width }
      let kind = Self.kind(of: scalar)
      if var token = current, token.kind == kind, kind != .punct {
        token.text.unicodeScalars.append(scalar)
        token.end = offset + width
        current = token
        continue
      }
      flush()
      current = TemporalToken(
        kind: kind, start: offset, end: offset + width, text: String(scalar), lower: "",
        spaced: isFirst && spaced)
      isFirst = false
    }
    flush()
  }

  /// A letter (or combining mark), an ASCII digit, or anything else.
  private static func kind(of scalar: Unicode.Scalar) -> Kind {
    if scalar.value >= 48 && scalar.value <= 57 { return .number }
    let properties = scalar.properties
    return properties.isAlphabetic || properties.generalCategory == .nonspacingMark ? .word : .punct
  }
}
