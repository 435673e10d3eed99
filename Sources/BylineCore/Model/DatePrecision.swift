import Foundation

/// How much of a date is known: a story dated "March 2025" has month precision.
public enum DatePrecision: String, Hashable, Comparable, Sendable, Codable, CaseIterable {
  case year, month, day, hour, minute, second

  private var rank: Int { Self.allCases.firstIndex(of: self)! }

  public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rank < rhs.rank }

  /// Truncates `date` to this precision in UTC: month precision keeps the first instant of the
  /// month, second precision drops fractions of a second.
  public func truncate(_ date: Date) -> Date {
    let components = ISODateText.calendar.dateComponents(
      [.year, .month, .day, .hour, .minute, .second], from: date)
    var kept = DateComponents(year: components.year, month: 1, day: 1, hour: 0, minute: 0, second: 0)
    if self >= .month { kept.month = components.month }
    if self >= .day { kept.day = components.day }
    if self >= .hour { kept.hour = components.hour }
    if self >= .minute { kept.minute = components.minute }
    if self >= .second { kept.second = components.second }
    return ISODateText.calendar.date(from: kept) ?? date
  }
}

/// ISO 8601 text for dates at a given precision: `2025`, `2025-03`, `2025-03-14`,
/// `2025-03-14T10Z`, `2025-03-14T10:32Z`, `2025-03-14T10:32:05Z`. Always UTC.
enum ISODateText {
  static let calendar: Calendar = {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC")!
    return calendar
  }()

  static func format(_ date: Date, precision: DatePrecision) -> String {
    let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
    func pad(_ value: Int?, _ width: Int = 2) -> String {
      let text = String(value ?? 0)
      return String(repeating: "0", count: max(0, width - text.count)) + text
    }
    var text = pad(c.year, 4)
    if precision >= .month { text += "-" + pad(c.month) }
    if precision >= .day { text += "-" + pad(c.day) }
    if precision >= .hour { text += "T" + pad(c.hour) }
    if precision >= .minute { text += ":" + pad(c.minute) }
    if precision >= .second { text += ":" + pad(c.second) }
    if precision >= .hour { text += "Z" }
    return text
  }

  /// Parses what ``format(_:precision:)`` writes, and also offsets such as `+01:00`.
  static func parse(_ text: String) -> (date: Date, precision: DatePrecision)? {
    let bytes = Array(text.utf8)
    var index = 0
    func number(_ width: Int) -> Int? {
      guard index + width <= bytes.count else { return nil }
      var value = 0
      for byte in bytes[index..<index + width] {
        guard byte >= 48, byte <= 57 else { return nil }
        value = value * 10 + Int(byte - 48)
      }
      index += width
      return value
    }
    func consume(_ byte: UInt8) -> Bool {
      guard index < bytes.count, bytes[index] == byte else { return false }
      index += 1
      return true
    }
    guard let year = number(4) else { return nil }
    var components = DateComponents(year: year, month: 1, day: 1, hour: 0, minute: 0, second: 0)
    var precision = DatePrecision.year
    // Each part is optional, but a separator that is present must be followed by a valid part.
    parsing: do {
      guard consume(UInt8(ascii: "-")) else { break parsing }
      guard let month = number(2), (1...12).contains(month) else { return nil }
      components.month = month
      precision = .month
      guard consume(UInt8(ascii: "-")) else { break parsing }
      guard let day = number(2), (1...31).contains(day) else { return nil }
      components.day = day
      precision = .day
      guard consume(UInt8(ascii: "T")) || consume(UInt8(ascii: " ")) else { break parsing }
      guard let hour = number(2), hour < 24 else { return nil }
      components.hour = hour
      precision = .hour
      guard consume(UInt8(ascii: ":")) else { break parsing }
      guard let minute = number(2), minute < 60 else { return nil }
      components.minute = minute
      precision = .minute
      guard consume(UInt8(ascii: ":")) else { break parsing }
      guard let second = number(2), second < 61 else { return nil }
      components.second = second
      precision = .second
      if consume(UInt8(ascii: ".")) {
        while index < bytes.count, bytes[index] >= 48, bytes[index] <= 57 { index += 1 }
      }
    }
    var offsetSeconds = 0
    if precision >= .hour {
      if consume(UInt8(ascii: "Z")) {
      } else if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
        let sign = bytes[index] == UInt8(ascii: "-") ? -1 : 1
        index += 1
        guard let hours = number(2) else { return nil }
        _ = consume(UInt8(ascii: ":"))
        let minutes = number(2) ?? 0
        offsetSeconds = sign * (hours * 3600 + minutes * 60)
      }
    }
    guard index == bytes.count, let date = calendar.date(from: components),
      calendar.component(.day, from: date) == components.day
    else { return nil }
    return (date.addingTimeInterval(TimeInterval(-offsetSeconds)), precision)
  }
}
