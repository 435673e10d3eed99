import BylineCore
import Foundation

/// The patterns of the temporal tagger. Each pattern looks at a handful of tokens from a start
/// token and returns a reading; ``reading(at:)`` keeps the longest.
struct TemporalGrammar {
  typealias Lexicon = TemporalLexicon

  let tokens: [TemporalToken]
  let reference: Date?
  /// The reference day, if any.
  let today: (year: Int, month: Int, day: Int, weekday: Int)?

  init(tokens: [TemporalToken], reference: Date?) {
    self.tokens = tokens
    self.reference = reference.map { DatePrecision.day.truncate($0) }
    self.today = reference.map { TemporalCalendar.parts(of: $0) }
  }

  // MARK: - Token tests

  func word(_ index: Int) -> String? {
    index >= 0 && index < tokens.count && tokens[index].kind == .word ? tokens[index].lower : nil
  }

  func number(_ index: Int) -> Int? {
    index >= 0 && index < tokens.count && tokens[index].kind == .number ? tokens[index].number : nil
  }

  func digits(_ index: Int) -> Int {
    index >= 0 && index < tokens.count && tokens[index].kind == .number ? tokens[index].text.utf8.count : 0
  }

  func isPunct(_ index: Int, _ text: String) -> Bool {
    index >= 0 && index < tokens.count && tokens[index].kind == .punct && tokens[index].text == text
  }

  func isHyphen(_ index: Int) -> Bool {
    isPunct(index, "-") || isPunct(index, "\u{2010}") || isPunct(index, "\u{2011}")
  }

  func isDash(_ index: Int) -> Bool {
    isHyphen(index) || isPunct(index, "\u{2013}") || isPunct(index, "\u{2014}")
  }

  /// Whether the token touches the one before it.
  func tight(_ index: Int) -> Bool { index < tokens.count && !tokens[index].spaced }

  /// The index after an optional abbreviation period.
  func skipPeriod(_ index: Int) -> Int { isPunct(index, ".") && tight(index) ? index + 1 : index }

  /// The index after an optional comma.
  func skipComma(_ index: Int) -> Int { isPunct(index, ",") ? index + 1 : index }

  // MARK: - Entry

  /// The longest expression starting at token `index`.
  func reading(at index: Int) -> TemporalReading? {
    guard index < tokens.count, tokens[index].kind != .punct else { return nil }
    return longest(
      modified(at: index), point(at: index), inFuture(at: index), durationReading(at: index),
      setReading(at: index), generic(at: index))
  }

  func longest(_ readings: TemporalReading?...) -> TemporalReading? {
    var best: TemporalReading?
    for case let reading? in readings where reading.end > (best?.end ?? Int.min) { best = reading }
    return best
  }

  /// A second date joined to a first: "January 10 and 12", "January 10-12", "10 and 12 January" is not
  /// handled.
  func continuation(of reading: TemporalReading) -> TemporalReading? {
    guard case .day(let firstYear, let month, _)? = reading.point else { return nil }
    let joiner = reading.end
    guard isDash(joiner) || ["and", "to", "through", "or", "until", "till"].contains(word(joiner) ?? "")
    else {
      return nil
    }
    let at = joiner + 1
    guard let day = number(at), digits(at) <= 2, (1...31).contains(day) else { return nil }
    // "January 10 and 12 people": the number must not be an amount.
    if let next = word(at + 1), Lexicon.units[next] != nil || Lexicon.months[next] != nil { return nil }
    if isPunct(at + 1, ":") || isPunct(at + 1, "%") || isPunct(at + 1, ".") && number(at + 2) != nil {
      return nil
    }
    var end = at + 1
    var year = firstYear
    if word(end) == "st" || word(end) == "nd" || word(end) == "rd" || word(end) == "th", tight(end) {
      end += 1
    }
    if let explicit = yearNumber(skipComma(end)), isPunct(end, ",") || !tight(skipComma(end)) {
      year = explicit
      end = skipComma(end) + 1
    }
    guard TemporalCalendar.date(year ?? 2000, month, day) != nil else { return nil }
    return TemporalReading(point: .day(year: year, month: month, day: day), start: at, end: end)
  }

  // MARK: - Tense

  /// Whether words near the expression point to the future ("will", "next", "scheduled").
  func isFuture(_ start: Int, _ end: Int) -> Bool {
    var index = start - 1
    var seen = 0
    while index >= 0, seen < 8 {
      if tokens[index].kind == .punct, [".", "!", "?", ";"].contains(tokens[index].text),
        !(index > 0 && tokens[index - 1].text.count <= 4 && tokens[index].text == ".")
      {
        break
      }
      if let word = word(index) {
        if Lexicon.futureCues.contains(word) { return true }
        if ["said", "was", "were", "had", "did", "ago", "last"].contains(word) { return false }
      }
      index -= 1
      seen += 1
    }
    index = end
    seen = 0
    while index < tokens.count, seen < 3 {
      if tokens[index].kind == .punct, [".", "!", "?", ";"].contains(tokens[index].text) { break }
      if let word = word(index), Lexicon.futureCues.contains(word) { return true }
      index += 1
      seen += 1
    }
    return false
  }

  /// Whether words before the expression, in its sentence, put it in the past ("were held on
  /// January 10"), with no future cue nearer to it.
  func isPast(_ start: Int, _ end: Int) -> Bool {
    var index = start - 1
    var seen = 0
    while index >= 0, seen < 8 {
      if tokens[index].kind == .punct, [".", "!", "?", ";"].contains(tokens[index].text) { break }
      if let word = word(index) {
        if Lexicon.futureCues.contains(word) { return false }
        if ["was", "were", "had", "did", "held", "took", "happened", "ago", "last"].contains(word) {
          return true
        }
      }
      index -= 1
      seen += 1
    }
    return false
  }

  // MARK: - Modifiers

  /// "early January", "late last year", "mid-March", "earlier this month", "the end of 2021".
  func modified(at index: Int) -> TemporalReading? {
    var at = index
    var deicticOnly = false
    switch word(index) {
    case "early", "late":
      at = index + 1
      if isHyphen(at), tight(at) { at += 1 }
    case "mid":
      at = index + 1
      if isHyphen(at) { at += 1 }
    case "earlier", "later":
      at = index + 1
      deicticOnly = true
    case "the", "end", "beginning", "start", "middle":
      var first = word(index) == "the" ? index + 1 : index
      if word(first) == "very" { first += 1 }
      guard ["end", "beginning", "start", "middle", "close"].contains(word(first) ?? ""),
        word(first + 1) == "of"
      else { return nil }
      at = first + 2
    default: return nil
    }
    guard at > index, let core = point(at: at), core.type != .duration else { return nil }
    if deicticOnly {
      guard ["this", "last", "next", "today", "yesterday", "tomorrow", "tonight"].contains(word(at) ?? "")
      else {
        return nil
      }
    }
    if case .unresolved(let value, _)? = core.point, value.hasSuffix("_REF") { return nil }
    return core.extended(from: index, approximate: true)
  }

  // MARK: - Points

  func point(at index: Int) -> TemporalReading? {
    longest(
      monthFirst(at: index), dayFirst(at: index), numericDate(at: index), yearReading(at: index),
      weekdayReading(at: index), relativeDay(at: index), deictic(at: index), ago(at: index),
      quarter(at: index), season(at: index), clock(at: index), holiday(at: index), century(at: index))
  }

  /// A four-digit year from 1000 to 2099 at `index`, or an apostrophe year (`'89`).
  func yearNumber(_ index: Int) -> Int? {
    if let value = number(index), digits(index) == 4, (1000...2099).contains(value) {
      // Not "2,000" or "2014.5".
      if isPunct(index + 1, ","), tight(index + 1), number(index + 2) != nil, tight(index + 2) { return nil }
      if isPunct(index + 1, "."), tight(index + 1), number(index + 2) != nil, tight(index + 2) { return nil }
      return value
    }
    if isPunct(index, "'") || isPunct(index, "\u{2019}"), let value = number(index + 1),
      digits(index + 1) == 2,
      tight(index + 1)
    {
      return twoDigitYear(value)
    }
    return nil
  }

  /// The number of tokens a year at `index` takes (2 for `'89`).
  func yearLength(_ index: Int) -> Int { number(index) != nil ? 1 : 2 }

  func twoDigitYear(_ value: Int) -> Int {
    let pivot = (today?.year ?? 2030) + 10
    return 2000 + value <= pivot ? 2000 + value : 1900 + value
  }

  /// A month name at `index` (with its optional period): the month and the index after it.
  func monthName(_ index: Int) -> (month: Int, end: Int)? {
    guard let word = word(index), let month = Lexicon.months[word] else { return nil }
    guard tokens[index].isCapitalized else { return nil }
    // "Sept" and "Sept." but not "Mar" inside other words.
    let end = word.count <= 4 ? skipPeriod(index + 1) : index + 1
    return (month, end)
  }

  /// A day of the month at `index`, with an ordinal suffix: the day and the index after it.
  func dayNumber(_ index: Int) -> (day: Int, end: Int)? {
    if let value = number(index), digits(index) <= 2, (1...31).contains(value) {
      var end = index + 1
      if ["st", "nd", "rd", "th"].contains(word(end) ?? ""), tight(end) { end += 1 }
      if isPunct(end, ":") || isPunct(end, "%")
        || (isPunct(end, ".") && number(end + 1) != nil && tight(end + 1))
      {
        return nil
      }
      return (value, end)
    }
    if let word = word(index), let value = Lexicon.ordinals[word], value > 0 { return (value, index + 1) }
    return nil
  }

  /// Resolves a month and day without a year against the reference date.
  func year(month: Int, day: Int?, start: Int, end: Int) -> Int? {
    guard let today, let reference else { return nil }
    let candidate = TemporalCalendar.date(today.year, month, day ?? 1) ?? reference
    let days = candidate.timeIntervalSince(reference) / 86_400
    let future = isFuture(start, end)
    if day == nil {
      let delta = month - today.month
      if future, delta < 0 { return today.year + 1 }
      if !future, delta > 6 { return today.year - 1 }
      return today.year
    }
    if future, days < -60 { return today.year + 1 }
    if !future, days > 183 { return today.year - 1 }
    // Without a cue, the nearer of this year's and next year's day: "January 10" in an article
    // of December 30 is eleven days ahead, not a year behind.
    if days < -183, !isPast(start, end) { return today.year + 1 }
    return today.year
  }

  /// Whether a bare month name at `index` is a month ("in May", "May 5") rather than a word.
  func isMonthContext(_ index: Int, month: String, after: Int) -> Bool {
    guard Lexicon.ambiguousMonths.contains(month) else { return true }
    if isHyphen(index - 1), word(index - 2) == "mid" { return true }
    if let previous = word(index - 1),
      [
        "in", "since", "until", "till", "by", "of", "early", "late", "mid", "last", "next", "this", "from",
        "through", "during", "before", "after", "each", "every", "to", "and",
      ].contains(previous)
    {
      return number(after) != nil || word(after) == nil || tokens[index].isCapitalized
    }
    return yearNumber(skipComma(after)) != nil
  }

  /// "December 30", "Dec. 30, 2021", "December 2021", "December", "March last year", "December of 2021".
  func monthFirst(at index: Int) -> TemporalReading? {
    guard let (month, afterMonth) = monthName(index), let name = word(index) else { return nil }
    // A weekday may not precede here; a month name inside "May Day" etc. is left to context.
    if let (day, afterDay) = dayNumber(afterMonth), number(afterMonth) != nil {
      var end = afterDay
      var year: Int?
      let yearAt = skipComma(afterDay)
      if let explicit = yearNumber(yearAt) {
        year = explicit
        end = yearAt + yearLength(yearAt)
      } else if word(afterDay) == "last" || word(afterDay) == "this" || word(afterDay) == "next",
        word(afterDay + 1) == "year", let today
      {
        year = today.year + (word(afterDay) == "last" ? -1 : word(afterDay) == "next" ? 1 : 0)
        end = afterDay + 2
      } else {
        year = self.year(month: month, day: day, start: index, end: afterDay)
      }
      guard TemporalCalendar.date(year ?? 2000, month, day) != nil else { return nil }
      return TemporalReading(point: .day(year: year, month: month, day: day), start: index, end: end)
    }
    var at = afterMonth
    if word(at) == "of", yearNumber(at + 1) != nil { at += 1 }
    if let explicit = yearNumber(skipComma(at)), !(isPunct(at, ",") && !tight(at) && false) {
      let yearAt = skipComma(at)
      return TemporalReading(
        point: .month(year: explicit, month: month), start: index, end: yearAt + yearLength(yearAt))
    }
    if ["last", "this", "next"].contains(word(afterMonth) ?? ""), word(afterMonth + 1) == "year", let today {
      let offset = word(afterMonth) == "last" ? -1 : word(afterMonth) == "next" ? 1 : 0
      return TemporalReading(
        point: .month(year: today.year + offset, month: month), start: index, end: afterMonth + 2)
    }
    guard isMonthContext(index, month: name, after: afterMonth) else { return nil }
    // "May's" or "in May," — a bare month.
    if name.count <= 4, name != "may", name != "june", name != "july", afterMonth == index + 1 { return nil }
    let year = self.year(month: month, day: nil, start: index, end: afterMonth)
    return TemporalReading(point: .month(year: year, month: month), start: index, end: afterMonth)
  }

  /// "30 Dec 2021", "30 December", "30th of December".
  func dayFirst(at index: Int) -> TemporalReading? {
    guard number(index) != nil, let (day, afterDay) = dayNumber(index) else { return nil }
    var at = afterDay
    if word(at) == "of" { at += 1 }
    guard let (month, afterMonth) = monthName(at) else { return nil }
    var end = afterMonth
    var year: Int?
    let yearAt = skipComma(afterMonth)
    if let explicit = yearNumber(yearAt) {
      year = explicit
      end = yearAt + yearLength(yearAt)
    } else {
      year = self.year(month: month, day: day, start: index, end: afterMonth)
    }
    guard TemporalCalendar.date(year ?? 2000, month, day) != nil else { return nil }
    return TemporalReading(point: .day(year: year, month: month, day: day), start: index, end: end)
  }

  /// `2021-12-30`, `2021/12/30`, `20211230`, `12/30/2021`, `14/03/2023`, `10/30/89`, `30.12.2021`.
  func numericDate(at index: Int) -> TemporalReading? {
    guard let first = number(index) else { return nil }
    if index > 0, tight(index), isPunct(index - 1, "$") || isPunct(index - 1, "/") { return nil }
    // Compact yyyymmdd.
    if digits(index) == 8 {
      let year = first / 10_000
      let month = first / 100 % 100
      let day = first % 100
      guard (1900...2099).contains(year), TemporalCalendar.date(year, month, day) != nil else { return nil }
      return TemporalReading(point: .day(year: year, month: month, day: day), start: index, end: index + 1)
    }
    let separator = index + 1
    guard separator < tokens.count, tight(separator), tokens[separator].kind == .punct,
      ["-", "/", "."].contains(tokens[separator].text)
    else { return nil }
    let mark = tokens[separator].text
    guard let second = number(index + 2), tight(index + 2), isPunct(index + 3, mark), tight(index + 3),
      let third = number(index + 4), tight(index + 4)
    else { return nil }
    let end = index + 5
    // Not part of a longer run of numbers.
    if isPunct(end, mark), tight(end), number(end + 1) != nil { return nil }
    let (year, month, day): (Int, Int, Int)
    if digits(index) == 4, digits(index + 2) <= 2, digits(index + 4) <= 2, mark != "." {
      (year, month, day) = (first, second, third)
    } else if digits(index) <= 2, digits(index + 2) <= 2, digits(index + 4) == 4 || digits(index + 4) == 2,
      mark != "-" || digits(index + 4) == 4
    {
      year = digits(index + 4) == 4 ? third : twoDigitYear(third)
      // Month first (the US order) unless the first number cannot be a month; dots are day first.
      if first > 12 || mark == "." { (month, day) = (second, first) } else { (month, day) = (first, second) }
    } else {
      return nil
    }
    guard (1000...2099).contains(year), TemporalCalendar.date(year, month, day) != nil else { return nil }
    return TemporalReading(point: .day(year: year, month: month, day: day), start: index, end: end)
  }

  /// "2014", "fiscal 2014", "the 1990s", "1990s", "'90s".
  func yearReading(at index: Int) -> TemporalReading? {
    var at = index
    var start = index
    if word(index) == "the" {
      at += 1
    } else if word(index) == "fiscal" || word(index) == "year" {
      at += 1
    }
    if let value = number(at), digits(at) == 4, (1000...2099).contains(value), word(at + 1) == "s",
      tight(at + 1)
    {
      return TemporalReading(point: .decade(value / 10), start: start, end: at + 2)
    }
    if let value = number(at), digits(at) == 4, isPunct(at + 1, "'") || isPunct(at + 1, "\u{2019}"),
      word(at + 2) == "s", tight(at + 2)
    {
      return TemporalReading(point: .decade(value / 10), start: start, end: at + 3)
    }
    if word(index) == "the" { return nil }
    if word(index) == "year" { start = index }
    guard let value = yearNumber(at), number(at) != nil else { return nil }
    // Amounts and identifiers: "$2014", "#1999", "2014 people", "2014%".
    if at > 0, tight(at), let previous = tokens[at - 1].kind == .punct ? tokens[at - 1].text : nil,
      ["$", "#", "£", "€", "+", "-", "/", ":", "."].contains(previous)
    {
      if !(previous == "-" && at >= 2 && yearNumber(at - 2) != nil) { return nil }
    }
    if isPunct(at + 1, "%") || word(at + 1) == "percent" { return nil }
    if isPunct(at + 1, ":") && number(at + 2) != nil { return nil }
    if let next = word(at + 1),
      Lexicon.units[next] != nil
        || [
          "people", "troops", "workers", "feet", "meters",
          "miles", "tons", "shares", "votes", "jobs", "members", "residents", "homes", "cases",
        ].contains(next)
    {
      return nil
    }
    if let previous = word(at - 1),
      ["no", "number", "route", "flight", "room", "page", "model"].contains(previous)
    {
      return nil
    }
    return TemporalReading(point: .year(value), start: start, end: at + 1)
  }

  /// "Tuesday", "last Friday", "next Monday", "Thursday evening", "Friday, March 22, 2013".
  func weekdayReading(at index: Int) -> TemporalReading? {
    var at = index
    var relation = word(index)
    switch relation {
    case "last", "next", "this", "coming", "past", "previous":
      at += 1
    default:
      relation = nil
    }
    guard let name = word(at), Lexicon.fullWeekdays.contains(name), tokens[at].isCapitalized,
      let weekday = Lexicon.weekdays[name]
    else { return nil }
    var end = at + 1
    // An explicit date after the weekday wins: "Friday, March 22".
    let dateAt = skipComma(end)
    if let explicit = longest(monthFirst(at: dateAt), dayFirst(at: dateAt), numericDate(at: dateAt)),
      case .day? = explicit.point
    {
      return explicit.extended(from: index)
    }
    var point: TemporalPoint
    if let today, let reference {
      var offset: Int
      switch relation {
      case "last", "past", "previous":
        offset = -((today.weekday - weekday + 7) % 7)
        if offset == 0 { offset = -7 }
      case "next", "coming":
        offset = (weekday - today.weekday + 7) % 7
        if offset == 0 { offset = 7 }
      case "this":
        offset = weekday - today.weekday
      default:
        if isFuture(index, end) {
          offset = (weekday - today.weekday + 7) % 7
        } else {
          offset = -((today.weekday - weekday + 7) % 7)
        }
      }
      point = TemporalCalendar.day(TemporalCalendar.adding(days: offset, to: reference))
    } else {
      point = .unresolved("XXXX-WXX-\(weekday)", .day)
    }
    if let part = word(end).flatMap({ Lexicon.partsOfDay[$0] }) {
      end += 1
      if case .day(let year, let month, let day) = point {
        point = .partOfDay(year: year, month: month, day: day, code: part)
      } else {
        point = .unresolved("XXXX-WXX-\(weekday)T\(part)", .hour)
      }
    }
    return TemporalReading(point: point, start: index, end: end)
  }

  /// "today", "yesterday", "tomorrow", "tonight", "last night", "this morning", "yesterday afternoon".
  func relativeDay(at index: Int) -> TemporalReading? {
    var offset: Int
    var end = index + 1
    var part: String?
    let dayShift = word(index).flatMap { Lexicon.dayWords[$0] }
    switch word(index) {
    case _ where dayShift != nil: offset = dayShift!
    case "tonight":
      offset = 0
      part = "NI"
    case "overnight":
      offset = 0
      part = "NI"
    case "last" where word(index + 1) == "night":
      offset = -1
      part = "NI"
      end += 1
    case "this" where word(index + 1).flatMap({ Lexicon.partsOfDay[$0] }) != nil:
      offset = 0
      part = word(index + 1).flatMap { Lexicon.partsOfDay[$0] }
      end += 1
    case "the"
    where word(index + 1) == "day" && word(index + 2) == "before" && word(index + 3) == "yesterday":
      offset = -2
      end += 3
    case "the" where word(index + 1) == "day" && word(index + 2) == "after" && word(index + 3) == "tomorrow":
      offset = 2
      end += 3
    default: return nil
    }
    if dayShift != nil,
      let code = word(end).flatMap({ Lexicon.partsOfDay[$0] })
    {
      part = code
      end += 1
    }
    guard let reference else {
      return TemporalReading(
        point: .unresolved("XXXX-XX-XX" + (part.map { "T" + $0 } ?? ""), part == nil ? .day : .hour),
        start: index, end: end)
    }
    let day = TemporalCalendar.adding(days: offset, to: reference)
    guard let part, case .day(let year, let month, let dayOfMonth) = TemporalCalendar.day(day) else {
      return TemporalReading(point: TemporalCalendar.day(day), start: index, end: end)
    }
    return TemporalReading(
      point: .partOfDay(year: year, month: month, day: dayOfMonth, code: part), start: index, end: end)
  }

  /// "last week", "this month", "next year", "last March", "this summer", "the weekend".
  func deictic(at index: Int) -> TemporalReading? {
    var at = index + 1
    var direction: Int
    switch word(index) {
    case "this", "current": direction = 0
    case "last", "previous", "past": direction = -1
    case "next", "coming", "following": direction = 1
    case "the":
      switch word(index + 1) {
      case "current":
        direction = 0
        at += 1
      case "previous", "past", "last":
        direction = -1
        at += 1
      case "coming", "following", "next":
        direction = 1
        at += 1
      case "weekend":
        direction = 0
      default: return nil
      }
    default: return nil
    }
    if word(index) == "this", word(at) == "past" {
      direction = -1
      at += 1
    }
    guard let name = word(at) else { return nil }
    let end = at + 1
    // "the past year" and "the next year" are lengths of time.
    if word(index) == "the", word(index + 1) != "weekend", word(index + 1) != "current",
      let unit = Lexicon.units[name], name.last != "s",
      [.week, .month, .year, .decade, .century, .day].contains(unit)
    {
      return TemporalReading(duration: unit, amount: 1, start: index, end: end)
    }
    guard let today, let reference else {
      return unresolvedDeictic(name, start: index, end: end)
    }
    switch name {
    case "week":
      return TemporalReading(
        point: TemporalCalendar.week(TemporalCalendar.adding(days: 7 * direction, to: reference)),
        start: index,
        end: end)
    case "weekend":
      var shift = direction
      if direction == 0, today.weekday <= 5, !isFuture(index, end) { shift = -1 }
      let week = TemporalCalendar.isoWeek(of: TemporalCalendar.adding(days: 7 * shift, to: reference))
      return TemporalReading(point: .weekend(year: week.year, week: week.week), start: index, end: end)
    case "month":
      let parts = TemporalCalendar.parts(of: TemporalCalendar.adding(months: direction, to: reference))
      return TemporalReading(point: .month(year: parts.year, month: parts.month), start: index, end: end)
    case "year":
      return TemporalReading(point: .year(today.year + direction), start: index, end: end)
    case "quarter":
      let quarterIndex = today.year * 4 + (today.month - 1) / 3 + direction
      return TemporalReading(
        point: .quarter(year: quarterIndex / 4, quarter: quarterIndex % 4 + 1), start: index, end: end)
    case "decade":
      return TemporalReading(point: .decade(today.year / 10 + direction), start: index, end: end)
    case "century":
      return TemporalReading(point: .century(today.year / 100 + direction), start: index, end: end)
    default: break
    }
    if let month = Lexicon.months[name], tokens[at].isCapitalized, name.count > 3 || name == "may" {
      var year = today.year
      if direction < 0, month >= today.month { year -= 1 }
      if direction > 0, month <= today.month { year += 1 }
      return TemporalReading(point: .month(year: year, month: month), start: index, end: end)
    }
    if let season = Lexicon.seasons[name] {
      var year = today.year
      let seasonEnd = season.month + 2
      if direction < 0, seasonEnd >= today.month { year -= 1 }
      if direction > 0, season.month <= today.month { year += 1 }
      return TemporalReading(point: .season(year: year, code: season.code), start: index, end: end)
    }
    return nil
  }

  private func unresolvedDeictic(_ name: String, start: Int, end: Int) -> TemporalReading? {
    let value: String
    let precision: DatePrecision
    switch name {
    case "week": (value, precision) = ("XXXX-WXX", .day)
    case "weekend": (value, precision) = ("XXXX-WXX-WE", .day)
    case "month": (value, precision) = ("XXXX-XX", .month)
    case "year": (value, precision) = ("XXXX", .year)
    case "quarter": (value, precision) = ("XXXX-QX", .month)
    default:
      if let month = Lexicon.months[name] {
        (value, precision) = ("XXXX-" + TemporalPoint.pad(month), .month)
      } else if let season = Lexicon.seasons[name] {
        (value, precision) = ("XXXX-" + season.code, .month)
      } else {
        return nil
      }
    }
    return TemporalReading(point: .unresolved(value, precision), start: start, end: end)
  }

  /// An amount at `index`: "two", "50", "a", "an", "twenty-five", "a few", "several", "a couple of",
  /// "1.5", "5 1/2". Nil amount means vague. Returns the index after it.
  func amount(at index: Int) -> (value: Double?, end: Int)? {
    if let value = number(index) {
      if index > 0, tight(index), isPunct(index - 1, "$") { return nil }
      var end = index + 1
      var total = Double(value)
      // "1,000"
      while isPunct(end, ","), tight(end), digits(end + 1) == 3, tight(end + 1), let more = number(end + 1) {
        total = total * 1000 + Double(more)
        end += 2
      }
      if isPunct(end, "."), tight(end), let fraction = number(end + 1), tight(end + 1) {
        total += Double(fraction) / pow(10, Double(digits(end + 1)))
        end += 2
      } else if number(end) == 1, isPunct(end + 1, "/"), number(end + 2) == 2 {
        total += 0.5
        end += 3
      }
      return (total, end)
    }
    guard let word = word(index) else { return nil }
    if word == "a" || word == "an" {
      if self.word(index + 1) == "few" { return (nil, index + 2) }
      if self.word(index + 1) == "couple", self.word(index + 2) == "of" { return (2, index + 3) }
      if self.word(index + 1) == "half" { return (0.5, index + 2) }
      return (1, index + 1)
    }
    if Lexicon.vagueAmounts.contains(word) { return (nil, index + 1) }
    if word == "half", self.word(index + 1) == "a" || self.word(index + 1) == "an" { return (0.5, index + 2) }
    guard let value = Lexicon.numbers[word] else { return nil }
    var total = value
    var end = index + 1
    // "twenty-five", "twenty five"
    if value >= 20, value < 100, isHyphen(end),
      let ones = self.word(end + 1).flatMap({ Lexicon.numbers[$0] }),
      ones < 10
    {
      total += ones
      end += 2
    }
    if self.word(end) == "hundred" {
      total *= 100
      end += 1
    }
    return (Double(total), end)
  }

  /// "two weeks ago", "a year earlier", "three days later", "five years from now", "in three days" with a
  /// future verb.
  func ago(at index: Int) -> TemporalReading? {
    var at = index
    var approximate = false
    if ["nearly", "almost", "about", "some", "more", "less", "over", "just", "roughly"].contains(
      word(index) ?? "")
    {
      at += word(index) == "more" || word(index) == "less" ? (word(index + 1) == "than" ? 2 : 99) : 1
      approximate = true
    }
    var unit: TemporalUnit
    var value: Double?
    var end: Int
    if let (amount, afterAmount) = amount(at: at), let name = word(afterAmount),
      let found = Lexicon.units[name]
    {
      (unit, value, end) = (found, amount, afterAmount + 1)
    } else if let name = word(at), let found = Lexicon.units[name], name.hasSuffix("s") {
      (unit, value, end) = (found, nil, at + 1)
    } else {
      return nil
    }
    var direction: Int
    switch word(end) {
    case "ago", "earlier", "before", "previously": direction = -1
    case "later", "hence": direction = 1
    case "from" where word(end + 1) == "now":
      direction = 1
      end += 1
    default: return nil
    }
    if word(end) == "before", word(end + 1) != nil { return nil }
    end += 1
    guard let value else {
      return TemporalReading(
        point: .unresolved(direction < 0 ? "PAST_REF" : "FUTURE_REF", nil), start: index, end: end,
        isApproximate: true)
    }
    let whole = Int(value.rounded())
    guard today != nil else {
      return TemporalReading(
        point: .unresolved(unit == .year ? "XXXX" : "XXXX-XX-XX", nil), start: index, end: end)
    }
    guard let point = shifted(unit, by: whole * direction) else { return nil }
    return TemporalReading(point: point, start: index, end: end, isApproximate: approximate)
  }

  /// "(in) three days" after a future verb ("will return in three days"): a duration, as TimeML annotates
  /// it, whose ``TemporalReading/eventTime`` is the date three days on.
  func inFuture(at index: Int) -> TemporalReading? {
    guard word(index - 1) == "in", let found = amount(at: index), let value = found.value else { return nil }
    let afterAmount = found.end
    let units: Set<TemporalUnit> = [.day, .week, .month, .year, .decade]
    guard let name = word(afterAmount), let unit = Lexicon.units[name], units.contains(unit),
      word(afterAmount + 1) != "of", isFuture(index - 1, afterAmount + 1),
      let point = shifted(unit, by: Int(value.rounded()))
    else { return nil }
    // TimeML (and TBAQ) annotate "in two weeks" as the duration; the date it leads to is kept as well.
    var reading = TemporalReading(duration: unit, amount: value, start: index, end: afterAmount + 1)
    reading.eventTime = point.eventTime
    reading.granularity = point.granularity
    return reading
  }

  /// The point `shift` units from the reference date, at the unit's granularity.
  func shifted(_ unit: TemporalUnit, by shift: Int) -> TemporalPoint? {
    guard let today, let reference else { return nil }
    let point: TemporalPoint
    switch unit {
    case .second, .minute, .hour, .day, .night:
      point = TemporalCalendar.day(
        TemporalCalendar.adding(
          days: unit == .day || unit == .night ? shift : 0, to: reference))
    case .week, .weekend:
      point = TemporalCalendar.week(TemporalCalendar.adding(days: 7 * shift, to: reference))
    case .fortnight: point = TemporalCalendar.week(TemporalCalendar.adding(days: 14 * shift, to: reference))
    case .month:
      let parts = TemporalCalendar.parts(of: TemporalCalendar.adding(months: shift, to: reference))
      point = .month(year: parts.year, month: parts.month)
    case .quarter:
      let quarterIndex = today.year * 4 + (today.month - 1) / 3 + shift
      point = .quarter(year: quarterIndex / 4, quarter: quarterIndex % 4 + 1)
    case .year: point = .year(today.year + shift)
    case .decade: point = .year(today.year + 10 * shift)
    case .century: point = .year(today.year + 100 * shift)
    }
    return point
  }

  /// "the third quarter", "third-quarter", "the fourth quarter of 2021", "Q3 2021", "the first half".
  func quarter(at index: Int) -> TemporalReading? {
    var at = index
    if word(at) == "the" { at += 1 }
    if word(at) == "fiscal" { at += 1 }
    var quarter: Int
    var isHalf = false
    if word(at) == "q", tight(at + 1), let value = number(at + 1), (1...4).contains(value) {
      quarter = value
      at += 2
    } else {
      guard let ordinal = word(at).flatMap({ Lexicon.ordinals[$0] }), (1...4).contains(ordinal) else {
        return nil
      }
      var next = at + 1
      if isHyphen(next) { next += 1 }
      if word(next) == "fiscal" { next += 1 }
      switch word(next) {
      case "quarter": quarter = ordinal
      case "half" where ordinal <= 2:
        quarter = ordinal
        isHalf = true
      default: return nil
      }
      at = next + 1
    }
    var year = today?.year
    if word(at) == "of", let explicit = yearNumber(at + 1) {
      year = explicit
      at += 1 + yearLength(at + 1)
    } else if let explicit = yearNumber(skipComma(at)), number(skipComma(at)) != nil {
      year = explicit
      at = skipComma(at) + 1
    } else if word(at) == "of", ["this", "last", "next"].contains(word(at + 1) ?? ""), word(at + 2) == "year",
      let today
    {
      year = today.year + (word(at + 1) == "last" ? -1 : word(at + 1) == "next" ? 1 : 0)
      at += 3
    }
    guard let year else {
      return TemporalReading(
        point: .unresolved("XXXX-\(isHalf ? "H" : "Q")\(quarter)", .month), start: index, end: at)
    }
    return TemporalReading(
      point: isHalf ? .half(year: year, half: quarter) : .quarter(year: year, quarter: quarter), start: index,
      end: at)
  }

  /// "summer 2012", "in the spring", "winter of 2010" (seasons with "this"/"last"/"next" are deictic).
  func season(at index: Int) -> TemporalReading? {
    var at = index
    if word(at) == "the" { at += 1 }
    guard let name = word(at), let season = Lexicon.seasons[name] else { return nil }
    var end = at + 1
    var year: Int?
    if word(end) == "of", let explicit = yearNumber(end + 1) {
      year = explicit
      end += 1 + yearLength(end + 1)
    } else if let explicit = yearNumber(end) {
      year = explicit
      end += yearLength(end)
    } else {
      // A bare season needs "the" or "in" before it ("fall" is also a verb).
      guard at > index || word(index - 1) == "in" || word(index - 1) == "during" || word(index - 1) == "this"
      else {
        return nil
      }
      year = today?.year
    }
    return TemporalReading(point: .season(year: year, code: season.code), start: index, end: end)
  }

  /// "3 p.m.", "3:30 pm", "15:00 GMT", "noon", "midnight Friday", "10 a.m. EST, Oct. 9".
  func clock(at index: Int) -> TemporalReading? {
    var hour: Int
    var minute = 0
    var end: Int
    if word(index) == "noon" || word(index) == "midday" {
      (hour, end) = (12, index + 1)
    } else if word(index) == "midnight" {
      (hour, end) = (24, index + 1)
    } else {
      guard let value = number(index), digits(index) <= 2, value <= 24 else { return nil }
      if index > 0, tight(index), tokens[index - 1].kind == .punct,
        [":", ".", "$", "/"].contains(tokens[index - 1].text)
      {
        return nil
      }
      hour = value
      end = index + 1
      var hasMinutes = false
      if isPunct(end, ":") || isPunct(end, "."), tight(end), digits(end + 1) == 2, tight(end + 1),
        let minutes = number(end + 1), minutes < 60
      {
        minute = minutes
        hasMinutes = true
        end += 2
        if isPunct(end, ":"), tight(end), digits(end + 1) == 2 { end += 2 }
      }
      // a.m. / p.m. / am / pm
      var meridiem: String?
      if let word = word(end), word == "am" || word == "pm" {
        meridiem = word
        end = skipPeriod(end + 1)
      } else if let word = word(end), word == "a" || word == "p", isPunct(end + 1, "."), tight(end + 1),
        self.word(end + 2) == "m", tight(end + 2)
      {
        meridiem = word + "m"
        end = skipPeriod(end + 3)
      } else if word(end) == "o", isPunct(end + 1, "'") || isPunct(end + 1, "\u{2019}"),
        word(end + 2) == "clock"
      {
        end += 3
      }
      if isPunct(index + 1, "."), hasMinutes, meridiem == nil { return nil }
      if let meridiem {
        guard (1...12).contains(hour) else { return nil }
        if meridiem == "pm", hour < 12 { hour += 12 }
        if meridiem == "am", hour == 12 { hour = 0 }
      } else if !(hasMinutes && (isPunct(index + 1, ":")) && hour < 24) && end == index + 1 {
        return nil
      } else if !hasMinutes && end == index + 1 {
        return nil
      }
    }
    if let zone = word(end), Lexicon.zones.contains(zone) { end += 1 }
    // The day: a following weekday, relative day or date, else the reference day.
    var day: TemporalPoint? = reference.map(TemporalCalendar.day)
    let dayAt = skipComma(end)
    if let following = longest(
      weekdayReading(at: dayAt), relativeDay(at: dayAt), monthFirst(at: dayAt), dayFirst(at: dayAt)),
      case .day? = following.point
    {
      day = following.point
      end = following.end
    } else if word(dayAt) == "on",
      let following = longest(weekdayReading(at: dayAt + 1), monthFirst(at: dayAt + 1)),
      case .day? = following.point
    {
      day = following.point
      _ = following
    }
    guard case .day(let year, let month, let dayOfMonth)? = day else {
      return TemporalReading(
        point: .unresolved("XXXX-XX-XXT\(TemporalPoint.pad(hour)):\(TemporalPoint.pad(minute))", .minute),
        start: index, end: end)
    }
    return TemporalReading(
      point: .clock(year: year, month: month, day: dayOfMonth, hour: hour, minute: minute), start: index,
      end: end)
  }

  /// "Christmas", "Christmas Eve", "New Year's Day", "Thanksgiving", "Halloween", "Independence Day".
  func holiday(at index: Int) -> TemporalReading? {
    var month: Int
    var day: Int
    var end = index + 1
    switch word(index) {
    case "christmas":
      (month, day) = (12, 25)
      if word(end) == "eve" {
        day = 24
        end += 1
      } else if word(end) == "day" {
        end += 1
      }
    case "halloween": (month, day) = (10, 31)
    case "new"
    where word(index + 1) == "year" && (isPunct(index + 2, "'") || isPunct(index + 2, "\u{2019}"))
      && word(index + 3) == "s" && (word(index + 4) == "day" || word(index + 4) == "eve"):
      (month, day) = word(index + 4) == "day" ? (1, 1) : (12, 31)
      end = index + 5
    case "independence" where word(index + 1) == "day":
      (month, day) = (7, 4)
      end += 1
    case "thanksgiving":
      (month, day) = (11, 0)
      if word(end) == "day" { end += 1 }
    default: return nil
    }
    guard tokens[index].isCapitalized else { return nil }
    var year = self.year(month: month, day: max(day, 1), start: index, end: end)
    if let explicit = yearNumber(end) {
      year = explicit
      end += 1
    }
    if day == 0 {
      // The fourth Thursday of November.
      guard let year, let first = TemporalCalendar.date(year, 11, 1) else {
        return TemporalReading(point: .unresolved("XXXX-11-XX", .day), start: index, end: end)
      }
      let weekday = TemporalCalendar.parts(of: first).weekday
      day = 1 + (4 - weekday + 7) % 7 + 21
    }
    return TemporalReading(point: .day(year: year, month: month, day: day), start: index, end: end)
  }

  /// "the 20th century", "the twentieth century".
  func century(at index: Int) -> TemporalReading? {
    var at = index
    if word(at) == "the" { at += 1 }
    var ordinal: Int?
    var next = at + 1
    if let value = number(at), ["st", "nd", "rd", "th"].contains(word(at + 1) ?? ""), tight(at + 1) {
      ordinal = value
      next = at + 2
    } else if let value = word(at).flatMap({ Lexicon.ordinals[$0] }), value > 0 {
      ordinal = value
    } else if word(at) == "twenty", isHyphen(at + 1), word(at + 2) == "first" {
      ordinal = 21
      next = at + 3
    }
    if isHyphen(next) { next += 1 }
    guard let ordinal, (1...30).contains(ordinal), word(next) == "century" else { return nil }
    return TemporalReading(point: .century(ordinal - 1), start: index, end: next + 1)
  }

  // MARK: - Durations

  /// "50 minutes", "almost an hour", "an hour and a half", "two-hour", "the past two months", "for years".
  func durationReading(at index: Int) -> TemporalReading? {
    var at = index
    var approximate = false
    // Hedges inside the extent.
    switch word(at) {
    case "nearly", "almost", "around", "just", "roughly", "approximately":
      at += 1
      approximate = true
    case "more", "less", "fewer":
      guard word(at + 1) == "than" else { return nil }
      at += 2
      approximate = true
    case "at" where word(at + 1) == "least" || word(at + 1) == "most":
      at += 2
      approximate = true
    case "up" where word(at + 1) == "to":
      at += 2
      approximate = true
    default: break
    }
    var determiner = false
    if word(at) == "the" {
      at += 1
      determiner = true
    }
    if [
      "past", "last", "next", "first", "coming", "previous", "following", "final", "latest", "remaining",
      "recent", "another", "initial",
    ].contains(word(at) ?? "") {
      at += 1
      if word(at) == "few" { return vagueDuration(at: at + 1, start: index, approximate: approximate) }
    } else if determiner, word(at).flatMap({ Lexicon.numbers[$0] }) == nil, number(at) == nil {
      return nil
    }
    if let (value, afterAmount) = amount(at: at) {
      var unitAt = afterAmount
      // "two-hour", "50-minute"
      let hyphenated = isHyphen(unitAt) && tight(unitAt)
      if hyphenated { unitAt += 1 }
      // "two more weeks", "eight trading days", "two straight years"
      if !hyphenated,
        [
          "more", "full", "straight", "consecutive", "trading", "business", "working", "calendar",
          "additional", "long",
        ].contains(word(unitAt) ?? "")
      {
        unitAt += 1
      }
      // "two to three weeks", "two or three days"
      if !hyphenated, word(unitAt) == "to" || word(unitAt) == "or" || isDash(unitAt),
        let (_, afterSecond) = amount(at: unitAt + 1)
      {
        unitAt = afterSecond
        approximate = true
      }
      guard let name = word(unitAt), let unit = Lexicon.units[name] else { return nil }
      if hyphenated, name.hasSuffix("s") { return nil }
      if value == 1, name.hasSuffix("s"), name != "hrs", name != "secs", name != "mins" { return nil }
      if value == nil, !name.hasSuffix("s") { return nil }
      var end = unitAt + 1
      var total = value
      if hyphenated {
        // "five-year-old" is an age, not a length of time.
        if isHyphen(end), word(end + 1) == "old" { return nil }
        if isHyphen(end), word(end + 1) == "long" { end += 2 }
      } else {
        if word(end) == "old" { return nil }
        if word(end) == "and", word(end + 1) == "a", word(end + 2) == "half" {
          total = total.map { $0 + 0.5 }
          end += 3
        } else if word(end) == "or", word(end + 1) == "so" {
          approximate = true
          end += 2
        }
      }
      // A number word "a"/"an" needs a singular unit ("a day"), and plain "a week" etc. are still lengths.
      if word(at) == "a" || word(at) == "an", value == 1, unit == .night { return nil }
      return TemporalReading(
        duration: unit, amount: total, start: index, end: end, isApproximate: approximate)
    }
    if let name = word(at), let unit = Lexicon.units[name], name.hasSuffix("s") {
      // Bare plurals: "for years", "recent months", "the past weeks".
      let previous = word(index - 1)
      guard at > index || previous == "for" || previous == "over" || previous == "within" else { return nil }
      if word(at + 1) == "of" || isHyphen(at + 1) { return nil }
      if word(at + 1) == "ago" { return nil }
      return TemporalReading(
        duration: unit, amount: nil, start: index, end: at + 1, isApproximate: approximate)
    }
    return nil
  }

  private func vagueDuration(at index: Int, start: Int, approximate: Bool) -> TemporalReading? {
    guard let name = word(index), let unit = Lexicon.units[name], name.hasSuffix("s") else { return nil }
    return TemporalReading(
      duration: unit, amount: nil, start: start, end: index + 1, isApproximate: approximate)
  }

  // MARK: - Sets

  /// "every week", "each year", "every other day", "every Monday", "daily", "weekly", "Sundays".
  func setReading(at index: Int) -> TemporalReading? {
    switch word(index) {
    case "daily":
      return TemporalReading(type: .set, value: "P1D", start: index, end: index + 1, duration: .init(day: 1))
    case "nightly":
      return TemporalReading(type: .set, value: "P1D", start: index, end: index + 1, duration: .init(day: 1))
    case "weekly":
      return TemporalReading(type: .set, value: "P1W", start: index, end: index + 1, duration: .init(day: 7))
    case "monthly":
      return TemporalReading(
        type: .set, value: "P1M", start: index, end: index + 1, duration: .init(month: 1))
    case "annually", "yearly":
      return TemporalReading(type: .set, value: "P1Y", start: index, end: index + 1, duration: .init(year: 1))
    case "hourly":
      return TemporalReading(
        type: .set, value: "PT1H", start: index, end: index + 1, duration: .init(hour: 1))
    case "every", "each":
      var at = index + 1
      var multiplier: Double = 1
      if word(at) == "other" {
        multiplier = 2
        at += 1
      } else if let (value, afterAmount) = amount(at: at), word(at) != "a" {
        multiplier = value ?? 0
        at = afterAmount
      }
      guard let name = word(at) else { return nil }
      if let unit = Lexicon.units[name] {
        let value = multiplier == 0 ? nil : multiplier
        return TemporalReading(
          type: .set, value: unit.durationValue(value), start: index, end: at + 1,
          duration: unit.components(value))
      }
      if let weekday = Lexicon.weekdays[name], Lexicon.fullWeekdays.contains(name) {
        return TemporalReading(type: .set, value: "XXXX-WXX-\(weekday)", start: index, end: at + 1)
      }
      if let month = Lexicon.months[name], name.count > 3 {
        return TemporalReading(
          type: .set, value: "XXXX-" + TemporalPoint.pad(month), start: index, end: at + 1)
      }
      if let season = Lexicon.seasons[name] {
        return TemporalReading(type: .set, value: "XXXX-" + season.code, start: index, end: at + 1)
      }
      if let part = Lexicon.partsOfDay[name] {
        return TemporalReading(type: .set, value: "XXXX-XX-XXT" + part, start: index, end: at + 1)
      }
      return nil
    default:
      // "Sundays", "on Mondays"
      guard let name = word(index), name.hasSuffix("s"), tokens[index].isCapitalized,
        let weekday = Lexicon.weekdays[String(name.dropLast())],
        Lexicon.fullWeekdays.contains(String(name.dropLast()))
      else { return nil }
      return TemporalReading(type: .set, value: "XXXX-WXX-\(weekday)", start: index, end: index + 1)
    }
  }

  // MARK: - Generic references

  /// "now", "currently", "recently", "the past", "the future", "these days".
  func generic(at index: Int) -> TemporalReading? {
    func reference(_ value: String, _ end: Int) -> TemporalReading {
      TemporalReading(point: .unresolved(value, nil), start: index, end: end)
    }
    switch word(index) {
    case "now", "currently", "nowadays", "presently": return reference("PRESENT_REF", index + 1)
    case "current":
      // "current account", "current affairs" are not times.
      if ["account", "accounts", "affairs", "events"].contains(word(index + 1) ?? "") { return nil }
      return reference("PRESENT_REF", index + 1)
    case "these" where word(index + 1) == "days": return reference("PRESENT_REF", index + 2)
    case "recently", "lately": return reference("PAST_REF", index + 1)
    case "recent":
      return reference("PAST_REF", index + 1)
    case "the":
      var at = index + 1
      if ["near", "distant", "foreseeable", "immediate", "recent", "distant"].contains(word(at) ?? "") {
        at += 1
      }
      switch word(at) {
      case "future": return reference("FUTURE_REF", at + 1)
      case "past" where at == index + 1:
        if let next = word(at + 1),
          Lexicon.units[next] != nil || Lexicon.numbers[next] != nil
            || Lexicon.vagueAmounts.contains(next)
        {
          return nil
        }
        if number(at + 1) != nil { return nil }
        return reference("PAST_REF", at + 1)
      case "past" where word(index + 1) == "recent" || word(index + 1) == "distant":
        return reference("PAST_REF", at + 1)
      case "present" where at == index + 1: return reference("PRESENT_REF", at + 1)
      default: return nil
      }
    case "future" where word(index - 1) == "in" || word(index - 1) == "near":
      return reference("FUTURE_REF", index + 1)
    default: return nil
    }
  }
}
