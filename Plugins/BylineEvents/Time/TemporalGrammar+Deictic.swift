import BylineCore
import Foundation

// Dates relative to the document date: weekdays, `yesterday`, `last week`, `two years ago`.
extension TemporalGrammar {
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
    case _ where dayShift != nil: offset = dayShift ?? 0
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
    guard var (direction, at) = deicticDirection(at: index) else { return nil }
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
    if let point = deicticPeriod(
      name, direction: direction, today: today, reference: reference, span: index..<end)
    {
      return TemporalReading(point: point, start: index, end: end)
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

  /// The direction a deictic word at `index` points (-1 past, 0 current, 1 next) and the index of the
  /// word it applies to: "this", "last", "the coming", "the weekend".
  func deicticDirection(at index: Int) -> (Int, Int)? {
    switch word(index) {
    case "this", "current": return (0, index + 1)
    case "last", "previous", "past": return (-1, index + 1)
    case "next", "coming", "following": return (1, index + 1)
    case "the":
      switch word(index + 1) {
      case "current": return (0, index + 2)
      case "previous", "past", "last": return (-1, index + 2)
      case "coming", "following", "next": return (1, index + 2)
      case "weekend": return (0, index + 1)
      default: return nil
      }
    default: return nil
    }
  }

  /// The week, weekend, month, year, quarter, decade or century `direction` of them from the reference.
  func deicticPeriod(
    _ name: String, direction: Int, today: (year: Int, month: Int, day: Int, weekday: Int), reference: Date,
    span: Range<Int>
  ) -> TemporalPoint? {
    switch name {
    case "week":
      return TemporalCalendar.week(TemporalCalendar.adding(days: 7 * direction, to: reference))
    case "weekend":
      var shift = direction
      if direction == 0, today.weekday <= 5, !isFuture(span.lowerBound, span.upperBound) { shift = -1 }
      let week = TemporalCalendar.isoWeek(of: TemporalCalendar.adding(days: 7 * shift, to: reference))
      return .weekend(year: week.year, week: week.week)
    case "month":
      let parts = TemporalCalendar.parts(of: TemporalCalendar.adding(months: direction, to: reference))
      return .month(year: parts.year, month: parts.month)
    case "year":
      return .year(today.year + direction)
    case "quarter":
      let quarterIndex = today.year * 4 + (today.month - 1) / 3 + direction
      return .quarter(year: quarterIndex / 4, quarter: quarterIndex % 4 + 1)
    case "decade":
      return .decade(today.year / 10 + direction)
    case "century":
      return .century(today.year / 100 + direction)
    default:
      return nil
    }
  }

  func unresolvedDeictic(_ name: String, start: Int, end: Int) -> TemporalReading? {
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
}
