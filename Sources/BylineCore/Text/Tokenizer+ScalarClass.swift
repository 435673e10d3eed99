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
