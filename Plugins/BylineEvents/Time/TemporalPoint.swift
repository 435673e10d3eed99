import BylineCore
import Foundation

/// A place on the calendar as TIMEX3 names it; a nil year is an unknown year (`XXXX`).
enum TemporalPoint {
  case day(year: Int?, month: Int, day: Int)
  case month(year: Int?, month: Int)
  case year(Int)
  /// An ISO week of an ISO week-numbering year.
  case week(year: Int, week: Int)
  case weekend(year: Int, week: Int)
  case quarter(year: Int, quarter: Int)
  case half(year: Int, half: Int)
  case season(year: Int?, code: String)
  /// The first three digits of the decade's years: 199 for the 1990s.
  case decade(Int)
  /// The first two digits of the century's years: 19 for the 20th century.
  case century(Int)
  /// A day with a clock time.
  case clock(year: Int?, month: Int, day: Int, hour: Int, minute: Int)
  /// A day with a part of the day (`MO`, `AF`, `EV`, `NI`).
  case partOfDay(year: Int?, month: Int, day: Int, code: String)
  /// A value that cannot be placed, such as `XXXX-WXX-2` or `PRESENT_REF`.
  case unresolved(String, DatePrecision?)

  /// The TIMEX3 value.
  var value: String {
    switch self {
    case .day(let year, let month, let day): "\(Self.yearText(year))-\(Self.pad(month))-\(Self.pad(day))"
    case .month(let year, let month): "\(Self.yearText(year))-\(Self.pad(month))"
    case .year(let year): Self.yearText(year)
    case .week(let year, let week): "\(Self.yearText(year))-W\(Self.pad(week))"
    case .weekend(let year, let week): "\(Self.yearText(year))-W\(Self.pad(week))-WE"
    case .quarter(let year, let quarter): "\(Self.yearText(year))-Q\(quarter)"
    case .half(let year, let half): "\(Self.yearText(year))-H\(half)"
    case .season(let year, let code): "\(Self.yearText(year))-\(code)"
    case .decade(let decade): String(decade)
    case .century(let century): Self.pad(century)
    case .clock(let year, let month, let day, let hour, let minute):
      "\(Self.yearText(year))-\(Self.pad(month))-\(Self.pad(day))T\(Self.pad(hour)):\(Self.pad(minute))"
    case .partOfDay(let year, let month, let day, let code):
      "\(Self.yearText(year))-\(Self.pad(month))-\(Self.pad(day))T\(code)"
    case .unresolved(let value, _): value
    }
  }

  /// The type the point has as an expression.
  var type: TemporalType {
    switch self {
    case .clock, .partOfDay: .time
    default: .date
    }
  }

  /// The unit the value is known to.
  var granularity: DatePrecision? {
    switch self {
    case .day, .week, .weekend: .day
    case .month, .quarter, .half, .season: .month
    case .year, .decade, .century: .year
    case .clock: .minute
    case .partOfDay: .hour
    case .unresolved(_, let precision): precision
    }
  }

  /// The instant or interval, when the year is known.
  var eventTime: EventTime? {
    let calendar = TemporalCalendar.self
    func months(_ year: Int, _ first: Int, _ count: Int) -> EventTime? {
      guard let start = calendar.date(year, first, 1) else { return nil }
      let end = calendar.gregorian.date(byAdding: .month, value: count - 1, to: start) ?? start
      return .interval(from: start, to: end, granularity: .month)
    }
    switch self {
    case .day(let year?, let month, let day):
      return calendar.date(year, month, day).map { .instant($0, granularity: .day) }
    case .month(let year?, let month): return months(year, month, 1)
    case .year(let year):
      guard let start = calendar.date(year, 1, 1) else { return nil }
      return .interval(from: start, to: start, granularity: .year)
    case .week(let year, let week):
      guard let monday = calendar.monday(ofWeek: week, in: year) else { return nil }
      return .interval(from: monday, to: monday.addingTimeInterval(6 * 86_400), granularity: .day)
    case .weekend(let year, let week):
      guard let monday = calendar.monday(ofWeek: week, in: year) else { return nil }
      return .interval(
        from: monday.addingTimeInterval(5 * 86_400), to: monday.addingTimeInterval(6 * 86_400),
        granularity: .day)
    case .quarter(let year, let quarter): return months(year, quarter * 3 - 2, 3)
    case .half(let year, let half): return months(year, half * 6 - 5, 6)
    case .season(let year?, let code):
      let first = TemporalLexicon.seasons.values.first { $0.code == code }?.month ?? 1
      return months(year, first, 3)
    case .decade(let decade):
      guard let start = calendar.date(decade * 10, 1, 1), let end = calendar.date(decade * 10 + 9, 1, 1)
      else {
        return nil
      }
      return .interval(from: start, to: end, granularity: .year)
    case .century(let century):
      guard let start = calendar.date(century * 100, 1, 1), let end = calendar.date(century * 100 + 99, 1, 1)
      else { return nil }
      return .interval(from: start, to: end, granularity: .year)
    case .clock(let year?, let month, let day, let hour, let minute):
      guard let start = calendar.date(year, month, day) else { return nil }
      return .instant(start.addingTimeInterval(Double(hour * 3600 + minute * 60)), granularity: .minute)
    case .partOfDay(let year?, let month, let day, let code):
      guard let start = calendar.date(year, month, day) else { return nil }
      let hours: (Int, Int) =
        switch code {
        case "MO": (6, 11)
        case "AF": (12, 17)
        case "EV": (18, 21)
        default: (21, 23)
        }
      return .interval(
        from: start.addingTimeInterval(Double(hours.0 * 3600)),
        to: start.addingTimeInterval(Double(hours.1 * 3600)), granularity: .hour)
    default: return nil
    }
  }

  private static func yearText(_ year: Int?) -> String {
    guard let year else { return "XXXX" }
    return pad(year, 4)
  }

  static func pad(_ value: Int, _ width: Int = 2) -> String {
    let text = String(value)
    return String(repeating: "0", count: max(0, width - text.count)) + text
  }
}

/// Calendar arithmetic in UTC on the proleptic Gregorian calendar.
enum TemporalCalendar {
  static let gregorian: Calendar = {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC")!
    return calendar
  }()

  static let iso: Calendar = {
    var calendar = Calendar(identifier: .iso8601)
    calendar.timeZone = TimeZone(identifier: "UTC")!
    return calendar
  }()

  /// The date of a valid day, nil for 30 February.
  static func date(_ year: Int, _ month: Int, _ day: Int) -> Date? {
    guard (1...12).contains(month), day >= 1, day <= daysIn(month: month, year: year) else { return nil }
    return gregorian.date(from: DateComponents(year: year, month: month, day: day))
  }

  static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
  }

  /// The year, month, day and ISO weekday (Monday 1) of a date.
  static func parts(of date: Date) -> (year: Int, month: Int, day: Int, weekday: Int) {
    let components = gregorian.dateComponents([.year, .month, .day, .weekday], from: date)
    let weekday = ((components.weekday ?? 1) + 5) % 7 + 1
    return (components.year ?? 1970, components.month ?? 1, components.day ?? 1, weekday)
  }

  /// The ISO week-numbering year and week of a date.
  static func isoWeek(of date: Date) -> (year: Int, week: Int) {
    let components = iso.dateComponents([.yearForWeekOfYear, .weekOfYear], from: date)
    return (components.yearForWeekOfYear ?? 1970, components.weekOfYear ?? 1)
  }

  /// The Monday of an ISO week.
  static func monday(ofWeek week: Int, in year: Int) -> Date? {
    iso.date(from: DateComponents(weekday: 2, weekOfYear: week, yearForWeekOfYear: year))
  }

  static func adding(days: Int, to date: Date) -> Date {
    date.addingTimeInterval(Double(days) * 86_400)
  }

  static func adding(months: Int, to date: Date) -> Date {
    gregorian.date(byAdding: .month, value: months, to: date) ?? date
  }

  /// The point for the day of `date`.
  static func day(_ date: Date) -> TemporalPoint {
    let parts = parts(of: date)
    return .day(year: parts.year, month: parts.month, day: parts.day)
  }

  /// The point for the ISO week of `date`.
  static func week(_ date: Date) -> TemporalPoint {
    let week = isoWeek(of: date)
    return .week(year: week.year, week: week.week)
  }
}
