import BylineCore

extension DateTextParser {
  /// Recognises dates at a token position. Every pattern looks at a handful of tokens, so one attempt costs
  /// constant time.
  struct Matcher {
    typealias Token = DateTextParser.Token
    typealias Zone = DateTextParser.Zone
    typealias DateParts = DateTextParser.DateParts
    typealias TimeParts = DateTextParser.TimeParts
    typealias Found = DateTextParser.Found
    typealias TimeUnit = DateTextParser.TimeUnit

    let tokens: [Token]

    /// The reference instant in seconds since 1970, if any.
    let reference: Int?

    /// Whether the tokens must be a date as a whole (`parse`) rather than contain one.
    let whole: Bool

    var count: Int { tokens.count }

    // Token tests

    func isPunct(_ index: Int, _ scalar: Unicode.Scalar) -> Bool {
      index < count && tokens[index].kind == .punct && tokens[index].scalar == scalar
    }

    func punct(_ index: Int) -> Unicode.Scalar? {
      index < count && tokens[index].kind == .punct ? tokens[index].scalar : nil
    }

    func word(_ index: Int) -> String? {
      index < count && tokens[index].kind == .word && !tokens[index].lower.isEmpty ? tokens[index].lower : nil
    }

    func number(_ index: Int) -> Token? {
      index < count && tokens[index].kind == .number && tokens[index].value >= 0 ? tokens[index] : nil
    }

    /// Whether the token exists and touches the one before it.
    func tight(_ index: Int) -> Bool { index < count && !tokens[index].spaced }

    /// The date starting at token `index`, if one does.
    func match(at index: Int) -> Found? {
      guard index < count else { return nil }
      switch tokens[index].kind {
      case .number:
        return dated(at: index) ?? relative(at: index) ?? timeThenDate(at: index)
      case .word:
        guard !tokens[index].lower.isEmpty else { return nil }
        return weekdayThenDate(at: index) ?? dated(at: index) ?? relative(at: index)
      case .punct, .junk:
        return nil
      }
    }

    /// Whether a match from `start` to `end` is not glued to neighbouring digits or letters
    /// (`1.14.03.2025`, `x20211230`, `14/03/2025/7`).
    func standsApart(_ start: Int, _ end: Int) -> Bool {
      let first = tokens[start]
      if start > 0, !first.spaced {
        let before = tokens[start - 1]
        if before.kind != .punct { return false }
        if first.kind == .number {
          if before.scalar == "+" { return false }
          if Self.numberJoiners.contains(before.scalar), !before.spaced, start >= 2,
            tokens[start - 2].kind == .number
          {
            return false
          }
        }
      }
      if end < count, !tokens[end].spaced, tokens[end - 1].kind != .punct {
        let after = tokens[end]
        if after.kind != .punct { return false }
        if Self.numberJoiners.contains(after.scalar), tight(end + 1), tokens[end + 1].kind == .number {
          return false
        }
      }
      return true
    }

    /// An explicit date at `index`, with a time after it if there is one.
    func dated(at index: Int) -> Found? {
      guard let date = explicitDate(at: index) else { return nil }
      let time = date.day == nil ? nil : timeAfterDate(at: date.end, isISO: date.isISO)
      return resolve(date, time: time, end: time?.end ?? date.end)
    }

    /// A time, then a date: `10:32 GMT, 14 March 2025`, `16:40, 14 марта 2025`.
    func timeThenDate(at index: Int) -> Found? {
      guard let time = time(at: index, isISO: false) else { return nil }
      var next = time.end
      if let scalar = punct(next), Self.timeDateSeparators.contains(scalar) { next += 1 }
      if let connector = word(next), Self.timeDateConnectors.contains(connector) { next += 1 }
      guard let date = explicitDate(at: next), date.day != nil else { return nil }
      return resolve(date, time: time, end: date.end)
    }

    /// A date without time: numeric, day-first with a month name, or month-first.
    func explicitDate(at index: Int) -> DateParts? {
      if number(index) != nil { return numericDate(at: index) ?? dayFirstDate(at: index) }
      if let name = word(index), Self.months[name] != nil { return monthFirstDate(at: index) }
      return nil
    }

    /// Turns a date and optional time into an instant, inferring a missing year from the reference.
    func resolve(_ date: DateParts, time: TimeParts?, end: Int) -> Found? {
      guard let day = date.day else {
        guard let year = date.year, let seconds = CalendarMath.instant(year: year, month: date.month, day: 1)
        else { return nil }
        return Found(end: end, seconds: seconds, precision: .month, isInferred: false)
      }
      let precision = time?.precision ?? .day
      if let year = date.year {
        guard let seconds = instant(year: year, month: date.month, day: day, time: time) else { return nil }
        return Found(end: end, seconds: seconds, precision: precision, isInferred: false)
      }
      guard let reference else { return nil }
      let latest = reference + 2 * 86400
      let referenceYear = CalendarMath.date(of: reference).year
      // The latest year (up to leap-year gaps) that puts the date no later than two days after the reference.
      for year in stride(from: referenceYear + 1, through: referenceYear - 8, by: -1) {
        if let seconds = instant(year: year, month: date.month, day: day, time: time), seconds <= latest {
          return Found(end: end, seconds: seconds, precision: precision, isInferred: true)
        }
      }
      return nil
    }

    func instant(year: Int, month: Int, day: Int, time: TimeParts?) -> Int? {
      let secondsOfDay = time?.secondsOfDay ?? 0
      switch time?.zone {
      case .region(let zone):
        return CalendarMath.instant(year: year, month: month, day: day, secondsOfDay: secondsOfDay, in: zone)
      case .fixed(let offset):
        return CalendarMath.instant(year: year, month: month, day: day, secondsOfDay: secondsOfDay)
          .map { $0 - offset }
      case nil:
        return CalendarMath.instant(year: year, month: month, day: day, secondsOfDay: secondsOfDay)
      }
    }
  }
}
