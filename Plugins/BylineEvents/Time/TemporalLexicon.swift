import BylineCore
import Foundation

/// The words the temporal tagger knows, in lower case. Month and weekday names and the words for
/// yesterday, today and tomorrow are the English ones of the core's ``DateLexicon``.
enum TemporalLexicon {
  /// Month names and abbreviations → month number.
  static let months = DateLexicon.months(in: [.english])

  /// Month names that are also common words, accepted only before a number or after a cue word.
  static let ambiguousMonths: Set<String> = ["may", "march", "mar", "jan", "jun", "aug", "sep", "dec"]

  /// Weekday names and abbreviations → ISO weekday (Monday 1 … Sunday 7).
  static let weekdays = DateLexicon.weekdays(in: [.english]).mapValues(\.weekday)

  /// Weekday names in full (abbreviations are too often other words).
  static let fullWeekdays = Set(DateLexicon.weekdays(in: [.english]).filter(\.value.isFull).keys)

  /// The words for the day before, of and after the reference → days from it.
  static let dayWords = DateLexicon.dayWords(in: [.english])

  /// Number words → value.
  static let numbers: [String: Int] = [
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a": 1, "an": 1, "single": 1,
    "dozen": 12,
  ]

  /// Words for an unknown amount: "several days" is `PXD`.
  static let vagueAmounts: Set<String> = ["several", "few", "many", "some", "numerous", "multiple"]

  /// Ordinal words → value.
  static let ordinals: [String: Int] = [
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    "twentieth": 20, "twenty-first": 21, "last": -1, "final": -1,
  ]

  /// Units of time in singular and plural.
  static let units: [String: TemporalUnit] = [
    "second": .second, "seconds": .second, "sec": .second, "secs": .second, "minute": .minute,
    "minutes": .minute, "min": .minute, "mins": .minute, "hour": .hour, "hours": .hour, "hr": .hour,
    "hrs": .hour, "day": .day, "days": .day, "week": .week, "weeks": .week, "fortnight": .fortnight,
    "fortnights": .fortnight, "month": .month, "months": .month, "quarter": .quarter, "quarters": .quarter,
    "year": .year, "years": .year, "decade": .decade, "decades": .decade, "century": .century,
    "centuries": .century, "weekend": .weekend, "weekends": .weekend, "night": .night, "nights": .night,
  ]

  /// Seasons → TIMEX3 code and first month.
  static let seasons: [String: (code: String, month: Int)] = [
    "spring": ("SP", 3), "summer": ("SU", 6), "fall": ("FA", 9), "autumn": ("FA", 9), "winter": ("WI", 12),
  ]

  /// Parts of the day → TIMEX3 code.
  static let partsOfDay: [String: String] = [
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
  ]

  /// Words that, before an expression, make it approximate without being part of it.
  static let outerApproximators: Set<String> = ["about", "roughly", "approximately", "around", "some"]

  /// Words that point to the future in the words around a weekday or a date without a year.
  static let futureCues: Set<String> = [
    "will", "ll", "shall", "going", "plans", "plan", "planned", "scheduled", "expected", "expects",
    "due", "upcoming", "coming", "until", "till", "next", "tomorrow", "won", "wo",
  ]

  /// Time zone abbreviations that may follow a clock time.
  static let zones: Set<String> = [
    "gmt", "utc", "bst", "cet", "cest", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "et", "pt",
    "ct", "mt",
  ]
}

/// A unit of time, with its TIMEX3 duration code.
enum TemporalUnit: Hashable {
  case second, minute, hour, day, week, fortnight, month, quarter, year, decade, century, weekend, night

  /// The duration value for `amount` of this unit (nil amount: `X`), e.g. `PT50M`, `P3D`, `P10Y`.
  func durationValue(_ amount: Double?) -> String {
    let (multiplier, code, isTime): (Double, String, Bool) =
      switch self {
      case .second: (1, "S", true)
      case .minute: (1, "M", true)
      case .hour: (1, "H", true)
      case .day: (1, "D", false)
      case .night: (1, "D", false)
      case .week: (1, "W", false)
      case .fortnight: (2, "W", false)
      case .weekend: (1, "WE", false)
      case .month: (1, "M", false)
      case .quarter: (3, "M", false)
      case .year: (1, "Y", false)
      case .decade: (10, "Y", false)
      case .century: (100, "Y", false)
      }
    let prefix = isTime ? "PT" : "P"
    guard let amount else {
      switch self {
      case .decade: return "PXDE"
      case .century: return "PXCE"
      case .quarter: return "PXQ"
      default: return prefix + "X" + code
      }
    }
    let total = amount * multiplier
    if total == total.rounded() { return prefix + String(Int(total)) + code }
    // A fraction goes down one unit: 1.5 hours is PT1H30M, 2.5 years P2Y6M.
    let whole = Int(total.rounded(.down))
    let fraction = total - Double(whole)
    switch self {
    case .hour: return "PT\(whole)H\(Int((fraction * 60).rounded()))M"
    case .minute: return "PT\(whole)M\(Int((fraction * 60).rounded()))S"
    case .year, .decade, .century: return "P\(whole)Y\(Int((fraction * 12).rounded()))M"
    case .day: return "P\(whole)DT\(Int((fraction * 24).rounded()))H"
    case .month, .quarter: return "P\(whole)M\(Int((fraction * 30).rounded()))D"
    case .week, .fortnight: return "P\(Int((total * 7).rounded()))D"
    default: return prefix + String(total) + code
    }
  }

  /// The length as calendar components, or nil for a vague amount.
  func components(_ amount: Double?) -> DateComponents? {
    guard let amount else { return nil }
    var components = DateComponents()
    let whole = Int(amount.rounded(.down))
    let fraction = amount - Double(whole)
    switch self {
    case .second: components.second = whole
    case .minute:
      components.minute = whole
      if fraction > 0 { components.second = Int((fraction * 60).rounded()) }
    case .hour:
      components.hour = whole
      if fraction > 0 { components.minute = Int((fraction * 60).rounded()) }
    case .day, .night:
      components.day = whole
      if fraction > 0 { components.hour = Int((fraction * 24).rounded()) }
    case .week: components.day = Int((amount * 7).rounded())
    case .fortnight: components.day = Int((amount * 14).rounded())
    case .weekend: components.day = Int((amount * 2).rounded())
    case .month:
      components.month = whole
      if fraction > 0 { components.day = Int((fraction * 30).rounded()) }
    case .quarter: components.month = Int((amount * 3).rounded())
    case .year:
      components.year = whole
      if fraction > 0 { components.month = Int((fraction * 12).rounded()) }
    case .decade: components.year = Int((amount * 10).rounded())
    case .century: components.year = Int((amount * 100).rounded())
    }
    return components
  }
}
