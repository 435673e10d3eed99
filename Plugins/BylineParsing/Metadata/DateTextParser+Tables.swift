import BylineCore
import Foundation

// The words and marks the date parser knows; names of months, weekdays and days come from
// the core's `DateLexicon`.
extension DateTextParser.Matcher {
  /// Years accepted in dates other than compact ones.
  static let years = 1800...2200

  static let dateSeparators: Set<Unicode.Scalar> = ["/", ".", "-"]

  static let numberJoiners: Set<Unicode.Scalar> = [".", ",", "/", "-", ":"]

  static let dateTimeSeparators: Set<Unicode.Scalar> = [",", "-", "|", "·", "•", "–", "—", "/", "@"]

  static let timeDateSeparators: Set<Unicode.Scalar> = [",", "-", "|", "·", "•", "–", "—"]

  static let timeConnectors: Set<String> = [
    "at", "um", "à", "a", "as", "às", "alle", "ore", "om", "kl", "в", "о",
  ]

  static let timeArticles: Set<String> = ["las", "la", "les"]

  static let timeDateConnectors: Set<String> = ["on", "le", "el", "am", "den", "du", "de"]

  static let yearConnectors: Set<String> = ["de", "del", "of"]

  static let hourWords: Set<String> = ["uhr", "h", "hs", "hrs", "ч"]

  static let ordinals: Set<String> = ["st", "nd", "rd", "th", "er", "re", "º", "ª"]

  /// Month names in every language of the ``DateLexicon``.
  static let months = DateLexicon.months(in: Set(DateLexicon.Language.allCases))

  /// English month names: only these may start a date without a year (`March 14`), capitalised.
  static let englishMonths = Set(DateLexicon.months(in: [.english]).keys)

  /// Month abbreviations that are ordinary words (`5 out of 10`, `2 set`, `3 ago`), so need a year.
  static let unsafeWithoutYear: Set<String> = ["ago", "out", "set"]

  /// Weekday names; the value says whether it is a full name (an abbreviation needs `.` or `,` after it).
  static let weekdays = DateLexicon.weekdays(in: Set(DateLexicon.Language.allCases)).mapValues(\.isFull)

  /// Portuguese weekdays that may be followed by `-feira`.
  static let feiraWeekdays: Set<String> = ["segunda", "terça", "terca", "quarta", "quinta", "sexta"]

  /// The zone of a region, by its IANA name; its standard offset should the system lack the
  /// time zone database.
  static func region(_ identifier: String, standard: Int) -> Zone {
    TimeZone(identifier: identifier).map(Zone.region) ?? .fixed(standard)
  }

  static let zones: [String: Zone] = [
    "gmt": .fixed(0), "utc": .fixed(0), "wet": .fixed(0), "west": .fixed(3600), "bst": .fixed(3600),
    "cet": .fixed(3600), "cest": .fixed(7200), "mez": .fixed(3600), "mesz": .fixed(7200),
    "eet": .fixed(7200), "eest": .fixed(10800), "msk": .fixed(10800), "ist": .fixed(19800),
    "est": .fixed(-18000), "edt": .fixed(-14400), "cst": .fixed(-21600), "cdt": .fixed(-18000),
    "mst": .fixed(-25200), "mdt": .fixed(-21600), "pst": .fixed(-28800), "pdt": .fixed(-25200),
    "akst": .fixed(-32400), "akdt": .fixed(-28800), "hst": .fixed(-36000),
    "et": region("America/New_York", standard: -18000),
    "ct": region("America/Chicago", standard: -21600), "mt": region("America/Denver", standard: -25200),
    "pt": region("America/Los_Angeles", standard: -28800),
    "jst": .fixed(32400), "kst": .fixed(32400), "hkt": .fixed(28800), "sgt": .fixed(28800),
    "aest": .fixed(36000), "aedt": .fixed(39600), "awst": .fixed(28800), "nzst": .fixed(43200),
    "nzdt": .fixed(46800), "sast": .fixed(7200), "cat": .fixed(7200), "eat": .fixed(10800),
    "wat": .fixed(3600), "brt": .fixed(-10800),
  ]

  /// Words for a day relative to the reference.
  /// (A publication date is never tomorrow, and `morgen` and `mañana` are also "morning".)
  static let dayWords = DateLexicon.dayWords(in: Set(DateLexicon.Language.allCases)).filter { $0.value <= 0 }

  /// Day words read only with a time: "Today" names newspapers, and `hier` is German for "here".
  static let dayWordsNeedingTime: Set<String> = [
    "today", "hoy", "hoje", "heute", "aujourd", "сегодня", "hier",
  ]

  static let agoPrefixes: Set<String> = ["hace", "há", "ha", "vor"]

  static let agoSuffixes: Set<String> = ["ago", "назад"]

  static let amountWords: [String: Int] = [
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "un": 1, "una": 1, "uno": 1, "um": 1, "uma": 1, "une": 1,
    "ein": 1, "eine": 1, "einem": 1, "einer": 1, "einen": 1,
  ]

  static let units: [String: TimeUnit] = {
    let names: [TimeUnit: [String]] = [
      .second: [
        "second", "seconds", "sec", "secs", "s", "segundo", "segundos", "seconde", "secondes", "sekunde",
        "sekunden", "sek", "секунду", "секунды", "секунд", "сек",
      ],
      .minute: [
        "minute", "minutes", "min", "mins", "m", "minuto", "minutos", "minuten", "минуту", "минуты",
        "минут", "мин",
      ],
      .hour: [
        "hour", "hours", "hr", "hrs", "h", "hora", "horas", "heure", "heures", "stunde", "stunden", "std",
        "час", "часа", "часов", "ч",
      ],
      .day: [
        "day", "days", "d", "día", "días", "dia", "dias", "jour", "jours", "tag", "tage", "tagen", "день",
        "дня", "дней",
      ],
      .week: [
        "week", "weeks", "wk", "wks", "w", "semana", "semanas", "semaine", "semaines", "woche", "wochen",
        "неделю", "недели", "недель",
      ],
      .month: [
        "month", "months", "mes", "meses", "mês", "mois", "monat", "monate", "monaten", "месяц", "месяца",
        "месяцев",
      ],
      .year: [
        "year", "years", "yr", "yrs", "año", "años", "ano", "anos", "an", "ans", "année", "années", "jahr",
        "jahre", "jahren", "год", "года", "лет",
      ],
    ]
    var table: [String: TimeUnit] = [:]
    for (unit, list) in names {
      for name in list { table[name] = unit }
    }
    return table
  }()
}
