import Foundation

/// The normal forms words are compared by: folded (lower case, no diacritics) and shape.
public enum TextFolding {
  /// `text` in lower case, without diacritics, and with curly apostrophes written straight.
  ///
  /// ASCII text takes a fast path; other text is folded by Foundation (case and diacritic
  /// insensitive, locale independent), so `Straße` becomes `strasse` and `Ørsted` `ørsted` → `orsted`.
  public static func folded(_ text: some StringProtocol) -> String {
    if text.utf8.allSatisfy({ $0 < 0x80 }) {
      return String(decoding: text.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
    }
    return String(text).replacingOccurrences(of: "\u{2019}", with: "'")
      .folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
  }

  /// The shape of `text`: `X` for an upper-case letter, `x` for a lower-case one, `d` for a digit,
  /// anything else itself; a run of one of these longer than four is cut to four.
  public static func shape(_ text: some StringProtocol) -> String {
    var shape = String.UnicodeScalarView()
    var previous: Unicode.Scalar?
    var run = 0
    for scalar in text.unicodeScalars {
      let properties = scalar.properties
      let mapped: Unicode.Scalar =
        properties.numericType == .decimal
        ? "d"
        : properties.isUppercase ? "X" : properties.isLowercase || properties.isAlphabetic ? "x" : scalar
      run = mapped == previous ? run + 1 : 1
      previous = mapped
      if run <= 4 { shape.append(mapped) }
    }
    return String(shape)
  }
}
