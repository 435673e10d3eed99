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
    var scanner = ISO8601Scanner(text)
    guard let year = scanner.number(4) else { return nil }
    var components = DateComponents(year: year, month: 1, day: 1, hour: 0, minute: 0, second: 0)
    guard let precision = scanner.fields(into: &components),
      let offsetSeconds = precision >= .hour ? scanner.offset() : 0
    else { return nil }
    guard scanner.isAtEnd, let date = calendar.date(from: components),
      calendar.component(.day, from: date) == components.day
    else { return nil }
    return (date.addingTimeInterval(TimeInterval(-offsetSeconds)), precision)
  }
}

/// Reads the parts of an ISO 8601 date from UTF-8 bytes.
private struct ISO8601Scanner {
  let bytes: [UInt8]
  var index = 0

  init(_ text: String) { bytes = Array(text.utf8) }

  var isAtEnd: Bool { index == bytes.count }

  /// A number of exactly `width` digits.
  mutating func number(_ width: Int) -> Int? {
    guard index + width <= bytes.count else { return nil }
    var value = 0
    for byte in bytes[index..<index + width] {
      guard byte >= 48, byte <= 57 else { return nil }
      value = value * 10 + Int(byte - 48)
    }
    index += width
    return value
  }

  /// Whether `byte` is next, taking it if so.
  mutating func consume(_ byte: UInt8) -> Bool {
    guard index < bytes.count, bytes[index] == byte else { return false }
    index += 1
    return true
  }

  /// The month, day, hour, minute and second after the year, as far as they go, into `components`;
  /// the precision reached, or nil when a separator is not followed by a valid part.
  mutating func fields(into components: inout DateComponents) -> DatePrecision? {
    guard consume(UInt8(ascii: "-")) else { return .year }
    guard let month = number(2), (1...12).contains(month) else { return nil }
    components.month = month
    guard consume(UInt8(ascii: "-")) else { return .month }
    guard let day = number(2), (1...31).contains(day) else { return nil }
    components.day = day
    guard consume(UInt8(ascii: "T")) || consume(UInt8(ascii: " ")) else { return .day }
    guard let hour = number(2), hour < 24 else { return nil }
    components.hour = hour
    guard consume(UInt8(ascii: ":")) else { return .hour }
    guard let minute = number(2), minute < 60 else { return nil }
    components.minute = minute
    guard consume(UInt8(ascii: ":")) else { return .minute }
    guard let second = number(2), second < 61 else { return nil }
    components.second = second
    if consume(UInt8(ascii: ".")) {
      while index < bytes.count, bytes[index] >= 48, bytes[index] <= 57 { index += 1 }
    }
    return .second
  }

  /// The offset from UTC in seconds: `Z`, `+01:00`, `-0500`, or nothing (UTC); nil when malformed.
  mutating func offset() -> Int? {
    if consume(UInt8(ascii: "Z")) { return 0 }
    guard index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") else {
      return 0
    }
    let sign = bytes[index] == UInt8(ascii: "-") ? -1 : 1
    index += 1
    guard let hours = number(2) else { return nil }
    _ = consume(UInt8(ascii: ":"))
    let minutes = number(2) ?? 0
    return sign * (hours * 3600 + minutes * 60)
  }
}
