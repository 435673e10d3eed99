import BylineCore
import Foundation

// Calendar dates: `March 14, 2025`, `14 March`, `3/14/2025`, years.
extension TemporalGrammar {
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
}
