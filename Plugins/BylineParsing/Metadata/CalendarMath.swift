import Foundation

/// Gregorian calendar arithmetic for the date parser, done by Foundation's `Calendar` and
/// `TimeZone`, on whole seconds since 1970.
enum CalendarMath {
  /// The Gregorian calendar in UTC.
  static let utc: Calendar = {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(secondsFromGMT: 0)!
    return calendar
  }()

  /// Whether `year`-`month`-`day` is a date of the Gregorian calendar.
  static func isValid(year: Int, month: Int, day: Int) -> Bool {
    guard (1...12).contains(month), day >= 1, day <= 31 else { return false }
    guard day > 28 else { return true }
    let components = DateComponents(year: year, month: month, day: 1)
    guard let first = utc.date(from: components), let days = utc.range(of: .day, in: .month, for: first)
    else { return false }
    return days.contains(day)
  }

  /// The instant, in seconds since 1970, of `secondsOfDay` after the start of a local date in `zone`
  /// (UTC when nil); nil when the date does not exist.
  static func instant(
    year: Int, month: Int, day: Int, secondsOfDay: Int = 0, in zone: TimeZone? = nil
  ) -> Int? {
    guard isValid(year: year, month: month, day: day) else { return nil }
    var calendar = utc
    if let zone { calendar.timeZone = zone }
    let components = DateComponents(
      year: year, month: month, day: day, hour: secondsOfDay / 3600, minute: secondsOfDay / 60 % 60,
      second: secondsOfDay % 60)
    guard let date = calendar.date(from: components) else { return nil }
    return Int(date.timeIntervalSince1970.rounded(.down))
  }

  /// The UTC date of `seconds` since 1970, `days` later.
  static func date(of seconds: Int, addingDays days: Int = 0) -> (year: Int, month: Int, day: Int) {
    var date = Date(timeIntervalSince1970: TimeInterval(seconds))
    if days != 0, let shifted = utc.date(byAdding: .day, value: days, to: date) { date = shifted }
    let components = utc.dateComponents([.year, .month, .day], from: date)
    return (components.year ?? 1970, components.month ?? 1, components.day ?? 1)
  }
}
