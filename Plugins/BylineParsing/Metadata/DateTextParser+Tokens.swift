import BylineCore

extension DateTextParser {
  /// What a token is.
  enum TokenKind {
    /// A run of ASCII digits.
    case number
    /// A run of letters (with their combining marks).
    case word
    /// One other visible scalar: punctuation or a symbol.
    case punct
    /// Digits or punctuation carrying combining marks: never part of a date.
    case junk
  }

  /// A piece of scanned text, with its place in the string.
  struct Token {
    var kind: TokenKind
    var start: String.Index
    var end: String.Index
    /// Whether whitespace separates it from the token before.
    var spaced: Bool
    /// The value of a number, or -1 when it has more than nine digits.
    var value = 0
    /// How many digits a number has.
    var digits = 0
    /// The scalar of a punctuation token.
    var scalar: Unicode.Scalar = " "
    /// A word in lower case; empty for words too long to be anything this parser knows.
    var lower = ""
    /// Whether a word has no lower-case letters.
    var isUpper = false
    /// Whether a word begins with an upper-case letter.
    var isCapitalized = false
  }

  /// Splits text into numbers, words and punctuation, skipping whitespace.
  ///
  /// This scanner is not the core ``BylineCore/Tokenizer``, on purpose: dates need finer pieces
  /// and other white space than running text does, and reading them from the core's tokens would
  /// change what is parsed.
  ///
  /// - Numbers are runs of ASCII digits only, so that `14.03.2025`, `10:32`, `2025-03-14T10:32:05Z`,
  ///   `14th`, `10h32` and `10.32am` come apart into their numbers, marks and letters; the core
  ///   keeps each of these one token (digits joined across `.`, `,`, `:` and `/`, letters and
  ///   digits in one word), so its tokens would have to be cut up again by a scanner like this one.
  /// - Words are letters and marks without digits (`14th` is `14` and `th`).
  /// - Every format and control character (bidirectional marks, which meta tag content often
  ///   carries, zero-width joiners, soft hyphens, ASCII controls and DEL) is white space that sets
  ///   ``Token/spaced``; the core makes bidirectional marks and controls tokens of their own.
  /// - A combining mark on a digit or a symbol spoils it (``TokenKind/junk``), so that such a
  ///   "digit" is never read as part of a date.
  /// - Scanning stops after a number of Unicode scalars (``DateTextParser/maximumDateScalars``,
  ///   ``DateTextParser/maximumLineScalars``) and drops the token it cut, and tokens are
  ///   `String.Index` ranges of the string scanned, which the results quote as their source text;
  ///   the core counts UTF-8 offsets over the whole text.
  enum Tokenizer {
    /// Words longer than this are kept but never compared.
    static let longestWord = 16

    static func tokens(of text: String, limit: Int) -> (items: [Token], truncated: Bool) {
      var scan = Scan(scalars: text.unicodeScalars, limit: limit)
      while scan.index < scan.scalars.endIndex, scan.used < scan.limit {
        let scalar = scan.scalars[scan.index]
        if isDigit(scalar) {
          scan.number()
        } else if isLetter(scalar) {
          scan.word(startingWith: scalar)
        } else if isSpace(scalar) {
          scan.spaced = true
          scan.advance()
        } else {
          scan.other(scalar)
        }
      }
      let truncated = scan.index < scan.scalars.endIndex
      // The last token may have been cut short.
      if truncated, !scan.items.isEmpty { scan.items.removeLast() }
      return (scan.items, truncated)
    }

    /// The state of one scan: where it is, how many scalars it has used, the tokens so far.
    struct Scan {
      let scalars: String.UnicodeScalarView
      let limit: Int
      var index: String.Index
      var used = 0
      var spaced = false
      var items: [Token] = []

      init(scalars: String.UnicodeScalarView, limit: Int) {
        self.scalars = scalars
        self.limit = limit
        self.index = scalars.startIndex
      }

      var hasMore: Bool { index < scalars.endIndex && used < limit }

      mutating func advance() {
        used += 1
        index = scalars.index(after: index)
      }

      /// A run of ASCII digits.
      mutating func number() {
        var token = Token(kind: .number, start: index, end: index, spaced: spaced)
        var value = 0
        var digits = 0
        while hasMore, isDigit(scalars[index]) {
          if digits < 9 { value = value * 10 + Int(scalars[index].value - 48) }
          digits += 1
          advance()
        }
        token.end = index
        token.value = digits <= 9 ? value : -1
        token.digits = digits
        items.append(token)
        spaced = false
      }

      /// A run of letters and their marks.
      mutating func word(startingWith first: Unicode.Scalar) {
        var token = Token(kind: .word, start: index, end: index, spaced: spaced)
        var word = String.UnicodeScalarView()
        var length = 0
        var hasLower = false
        token.isCapitalized = first.properties.isUppercase
        while hasMore, isLetter(scalars[index]) || isMark(scalars[index]) {
          let letter = scalars[index]
          length += 1
          if length <= longestWord { word.append(letter) }
          if letter.properties.isLowercase { hasLower = true }
          advance()
        }
        token.end = index
        token.lower = length <= longestWord ? String(word).lowercased() : ""
        token.isUpper = !hasLower
        items.append(token)
        spaced = false
      }

      /// One punctuation mark or symbol, or a combining mark that spoils the token before.
      mutating func other(_ scalar: Unicode.Scalar) {
        let next = scalars.index(after: index)
        if isMark(scalar), !spaced, let last = items.indices.last, items[last].end == index {
          // A combining mark on a digit or a symbol spoils it; on a letter it would have been taken above.
          items[last].end = next
          if items[last].kind != .word { items[last].kind = .junk }
        } else {
          var token = Token(kind: isMark(scalar) ? .junk : .punct, start: index, end: next, spaced: spaced)
          token.scalar = scalar
          items.append(token)
          spaced = false
        }
        advance()
      }
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 48 && scalar.value <= 57 }

    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
      if scalar.isASCII {
        return (scalar.value | 0x20) >= 97 && (scalar.value | 0x20) <= 122
      }
      return scalar.properties.isAlphabetic && !isMark(scalar)
    }

    static func isMark(_ scalar: Unicode.Scalar) -> Bool {
      if scalar.isASCII { return false }
      switch scalar.properties.generalCategory {
      case .nonspacingMark, .spacingMark, .enclosingMark: return true
      default: return false
      }
    }

    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
      if scalar.isASCII { return scalar.value <= 32 || scalar.value == 127 }
      let properties = scalar.properties
      switch properties.generalCategory {
      case .format, .control: return true  // zero-width spaces and joiners, soft hyphens
      default: return properties.isWhitespace
      }
    }
  }
}
