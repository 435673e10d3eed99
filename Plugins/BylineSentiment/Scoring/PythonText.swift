/// The few pieces of Python 3's `str` that VADER relies on, over UTF-8 bytes: what `str.split()`
/// and `str.strip()` take as whitespace, `string.punctuation`, `str.lower()` and `str.isupper()`.
enum PythonText {
  /// An ASCII space, tab, line break etc. (Python whitespace below 128).
  static let spaceClass: UInt8 = 1
  /// A byte of `string.punctuation`.
  static let punctuationClass: UInt8 = 2
  /// `A`-`Z`.
  static let upperClass: UInt8 = 4
  /// `a`-`z`.
  static let lowerClass: UInt8 = 8
  /// `!`.
  static let exclamationClass: UInt8 = 16
  /// `?`.
  static let questionClass: UInt8 = 32
  /// A byte of a multi-byte UTF-8 sequence.
  static let nonASCIIClass: UInt8 = 64
  /// `'`.
  static let apostropheClass: UInt8 = 128

  /// The classes of every byte value, so the tokenizer needs one look-up a byte.
  static let byteClasses: [UInt8] = (0..<256).map { value in
    let byte = UInt8(value)
    var classes: UInt8 = 0
    if byte >= 0x80 { classes |= nonASCIIClass }
    if byte < 0x80 && asciiSpaceByte(byte) { classes |= spaceClass }
    if isPunctuation(byte) { classes |= punctuationClass }
    if byte >= 0x41 && byte <= 0x5A { classes |= upperClass }
    if byte >= 0x61 && byte <= 0x7A { classes |= lowerClass }
    if byte == 0x21 { classes |= exclamationClass }
    if byte == 0x3F { classes |= questionClass }
    if byte == 0x27 { classes |= apostropheClass }
    return classes
  }

  /// Whether every byte of `bytes` is ASCII (checked eight at a time).
  @inline(__always)
  static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = bytes.baseAddress else { return true }
    let raw = UnsafeRawPointer(base)
    var offset = 0
    var high: UInt64 = 0
    while offset + 8 <= bytes.count {
      high |= raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
      offset += 8
    }
    while offset < bytes.count {
      high |= UInt64(base[offset])
      offset += 1
    }
    return high & 0x8080_8080_8080_8080 == 0
  }

  /// Whether `scalar` is whitespace for Python's `str.split()` and `str.strip()` (Unicode 14 data,
  /// as in Python 3.11).
  static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x09...0x0D, 0x1C...0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F,
      0x3000:
      return true
    default:
      return false
    }
  }

  /// The length of the Python whitespace character that starts at `index` of valid UTF-8 `bytes`, or 0.
  @inline(__always)
  static func spaceLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
    let byte = bytes[index]
    if byte < 0x80 { return asciiSpaceByte(byte) ? 1 : 0 }
    switch byte {
    case 0xC2:
      guard index + 1 < bytes.count else { return 0 }
      let next = bytes[index + 1]
      return next == 0x85 || next == 0xA0 ? 2 : 0
    case 0xE1:
      guard index + 2 < bytes.count else { return 0 }
      return bytes[index + 1] == 0x9A && bytes[index + 2] == 0x80 ? 3 : 0
    case 0xE2:
      guard index + 2 < bytes.count else { return 0 }
      let second = bytes[index + 1]
      let third = bytes[index + 2]
      if second == 0x80 {
        return third <= 0x8A || third == 0xA8 || third == 0xA9 || third == 0xAF ? 3 : 0
      }
      return second == 0x81 && third == 0x9F ? 3 : 0
    case 0xE3:
      guard index + 2 < bytes.count else { return 0 }
      return bytes[index + 1] == 0x80 && bytes[index + 2] == 0x80 ? 3 : 0
    default:
      return 0
    }
  }

  /// Whether an ASCII byte is Python whitespace.
  @inline(__always)
  static func asciiSpaceByte(_ byte: UInt8) -> Bool {
    byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) || (byte >= 0x1C && byte <= 0x1F)
  }

  /// An ASCII byte lower-cased.
  @inline(__always)
  static func asciiLower(_ byte: UInt8) -> UInt8 {
    byte &- 0x41 < 26 ? byte | 0x20 : byte
  }

  /// Whether a byte is in `string.punctuation`.
  @inline(__always)
  static func isPunctuation(_ byte: UInt8) -> Bool {
    (byte >= 0x21 && byte <= 0x2F) || (byte >= 0x3A && byte <= 0x40) || (byte >= 0x5B && byte <= 0x60)
      || (byte >= 0x7B && byte <= 0x7E)
  }

  /// Python's `str.strip()` (Unicode whitespace on both ends).
  static func strip(_ text: Substring) -> Substring {
    let scalars = text.unicodeScalars
    guard let first = scalars.firstIndex(where: { !isSpace($0) }) else { return text[text.endIndex...] }
    let last = scalars.lastIndex(where: { !isSpace($0) })!
    return Substring(scalars[first...last])
  }

  /// The scalar that starts at `index` of valid UTF-8 `bytes`, and its length in bytes.
  @inline(__always)
  static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int) {
    let lead = bytes[index]
    if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
    let length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
    for offset in 1..<length where index + offset < bytes.count {
      value = value << 6 | UInt32(bytes[index + offset] & 0x3F)
    }
    return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
  }

  /// Python's `str.lower()` of valid UTF-8 `bytes`, as UTF-8: full Unicode lower-case mappings, with
  /// the final-sigma rule (Σ at the end of a word becomes ς).
  static func lowercased(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
    var result: [UInt8] = []
    result.reserveCapacity(bytes.count + 4)
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      if byte < 0x80 {
        result.append(asciiLower(byte))
        index += 1
        continue
      }
      let (scalar, length) = scalar(in: bytes, at: index)
      if scalar.value == 0x3A3 {
        let scalars = Array(String(decoding: bytes, as: UTF8.self).unicodeScalars)
        let position = String(decoding: UnsafeBufferPointer(rebasing: bytes[0..<index]), as: UTF8.self)
          .unicodeScalars.count
        result.append(contentsOf: (isFinalSigma(scalars, at: position) ? "\u{3C2}" : "\u{3C3}").utf8)
      } else if scalar.properties.changesWhenLowercased && knownToPython(scalar) {
        result.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
      } else {
        result.append(
          contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<min(index + length, bytes.count)]))
      }
      index += length
    }
    return result
  }

  /// Whether `scalar` was assigned by Unicode 14, the version of Python 3.11's tables; Python has no
  /// case data for later characters.
  @inline(__always)
  static func knownToPython(_ scalar: Unicode.Scalar) -> Bool {
    guard let age = scalar.properties.age else { return false }
    return age.major < 14 || (age.major == 14 && age.minor == 0)
  }

  /// Whether the capital sigma at `index` is in the Final_Sigma context (as in CPython's
  /// `handle_capital_sigma`): after a cased letter and not before one, ignoring case-ignorables.
  static func isFinalSigma(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
    var before = index - 1
    while before >= 0 && scalars[before].properties.isCaseIgnorable { before -= 1 }
    guard before >= 0, scalars[before].properties.isCased else { return false }
    var after = index + 1
    while after < scalars.count && scalars[after].properties.isCaseIgnorable { after += 1 }
    return after == scalars.count || !scalars[after].properties.isCased
  }

  /// Python's `str.isupper()` of valid UTF-8 `bytes`: at least one upper-case character and no
  /// lower-case or title-case one.
  ///
  /// Python 3.11 has Unicode 14 tables: characters assigned later have no case for it, and the
  /// Lowercase property of six characters changed since (ʕ U+0295 stopped being lower-case; U+10FC,
  /// U+A7F2-U+A7F4 and U+AB69 became lower-case), which is fixed here whatever the Unicode version
  /// of the Swift runtime.
  static func isUpper(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var cased = false
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      if byte < 0x80 {
        if byte >= 0x61 && byte <= 0x7A { return false }
        if byte >= 0x41 && byte <= 0x5A { cased = true }
        index += 1
        continue
      }
      let (scalar, length) = scalar(in: bytes, at: index)
      let properties = scalar.properties
      let lowercase: Bool
      switch scalar.value {
      case 0x0295: lowercase = true
      case 0x10FC, 0xA7F2...0xA7F4, 0xAB69: lowercase = false
      default: lowercase = properties.isLowercase
      }
      if lowercase || properties.generalCategory == .titlecaseLetter {
        if knownToPython(scalar) { return false }
      } else if properties.isUppercase && knownToPython(scalar) {
        cased = true
      }
      index += length
    }
    return cased
  }
}
