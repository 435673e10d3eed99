/// The words for dates that the SDK reads, in English, Spanish, French, German, Portuguese and
/// Russian: month names, weekday names and the words for the day before, of and after a reference
/// (`yesterday`, `today`, `tomorrow`). Both the metadata dating of the parsing plugin and the
/// temporal tagger look words up here, in lower case.
///
/// The names are the ordinary calendar vocabulary of each language, with the abbreviations newspapers
/// print and the inflected forms a date takes (Russian genitive and prepositional: `14 марта`,
/// `в марте`); they follow the Unicode CLDR calendar data (unicode.org/cldr, Unicode licence) for
/// each locale, plus common unaccented spellings (`fevrier`, `miercoles`).
///
/// ```swift
/// DateLexicon.month(named: "märz")                       // 3
/// DateLexicon.weekday(named: "miércoles")?.weekday       // 3 (ISO: Monday 1 … Sunday 7)
/// DateLexicon.dayShift(of: "gestern")                    // -1
/// DateLexicon.months(in: [.english]).keys.contains("mars")  // false
/// ```
public enum DateLexicon {
  /// A language of the lexicon.
  public enum Language: String, Hashable, Sendable, CaseIterable {
    case english = "en"
    case spanish = "es"
    case french = "fr"
    case german = "de"
    case portuguese = "pt"
    case russian = "ru"
  }

  /// A weekday name: its ISO number (Monday 1 … Sunday 7) and whether it is the full name.
  public struct Weekday: Hashable, Sendable {
    /// Monday 1 … Sunday 7.
    public let weekday: Int
    /// Whether the name is written in full rather than abbreviated (`monday`, not `mon`).
    public let isFull: Bool
  }

  /// The month number (1 … 12) of the lower-case `name` in any language, or nil.
  public static func month(named name: String) -> Int? { allMonths[name] }

  /// The weekday of the lower-case `name` in any language, or nil.
  public static func weekday(named name: String) -> Weekday? { allWeekdays[name] }

  /// The days from the reference that the lower-case `word` means (`yesterday` -1, `today` 0,
  /// `tomorrow` 1) in any language, or nil.
  public static func dayShift(of word: String) -> Int? { allDayWords[word] }

  /// Month names and abbreviations of `languages` → month number.
  public static func months(in languages: Set<Language>) -> [String: Int] {
    table(DateLexiconData.months, languages)
  }

  /// Weekday names and abbreviations of `languages` → weekday.
  public static func weekdays(in languages: Set<Language>) -> [String: Weekday] {
    var result: [String: Weekday] = [:]
    for (language, names) in DateLexiconData.weekdays where languages.contains(language) {
      for (index, list) in names.full.enumerated() {
        for name in list { result[name] = Weekday(weekday: index + 1, isFull: true) }
      }
      for (index, list) in names.short.enumerated() {
        for name in list where result[name] == nil {
          result[name] = Weekday(weekday: index + 1, isFull: false)
        }
      }
    }
    return result
  }

  /// The words for a day relative to the reference in `languages` → days from it.
  public static func dayWords(in languages: Set<Language>) -> [String: Int] {
    var result: [String: Int] = [:]
    for (language, words) in DateLexiconData.dayWords where languages.contains(language) {
      for (word, shift) in words { result[word] = shift }
    }
    return result
  }

  private static let everyLanguage = Set(Language.allCases)
  private static let allMonths = months(in: everyLanguage)
  private static let allWeekdays = weekdays(in: everyLanguage)
  private static let allDayWords = dayWords(in: everyLanguage)

  private static func table(_ data: [(Language, [[String]])], _ languages: Set<Language>) -> [String: Int] {
    var result: [String: Int] = [:]
    for (language, names) in data where languages.contains(language) {
      for (index, list) in names.enumerated() {
        for name in list { result[name] = index + 1 }
      }
    }
    return result
  }
}
