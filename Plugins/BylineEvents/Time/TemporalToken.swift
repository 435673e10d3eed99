/// A word, a number or a punctuation mark of a text, with its UTF-8 offsets.
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

  /// Splits text into runs of letters, runs of ASCII digits and single other characters.
  static func tokens(of text: String) -> [TemporalToken] {
    var tokens: [TemporalToken] = []
    var offset = 0
    var spaced = true
    var current: TemporalToken?
    func flush() {
      guard var token = current else { return }
      token.lower = token.text.lowercased()
      if token.kind == .number, token.text.utf8.count <= 9 { token.number = Int(token.text) }
      tokens.append(token)
      current = nil
    }
    for scalar in text.unicodeScalars {
      let width = scalar.utf8.count
      defer { offset += width }
      let isDigit = scalar.value >= 48 && scalar.value <= 57
      let isLetter =
        !isDigit && (scalar.properties.isAlphabetic || scalar.properties.generalCategory == .nonspacingMark)
      if scalar.properties.isWhitespace {
        flush()
        spaced = true
        continue
      }
      let kind: Kind = isDigit ? .number : isLetter ? .word : .punct
      if var token = current, token.kind == kind, kind != .punct {
        token.text.unicodeScalars.append(scalar)
        token.end = offset + width
        current = token
        continue
      }
      flush()
      current = TemporalToken(
        kind: kind, start: offset, end: offset + width, text: String(scalar), lower: "", spaced: spaced)
      spaced = false
    }
    flush()
    return tokens
  }
}
