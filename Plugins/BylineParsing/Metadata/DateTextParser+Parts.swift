import BylineCore
import Foundation

extension DateTextParser {
  /// A fixed offset from UTC, or a region's time zone whose rules (daylight saving time included,
  /// as they were in each year) come from the system's time zone database.
  enum Zone {
    case fixed(Int)
    case region(TimeZone)

    /// The offset from UTC that the zone names as its standard time, at `instant`.
    func standardOffset(at instant: Int) -> Int {
      switch self {
      case .fixed(let seconds): return seconds
      case .region(let zone):
        let date = Date(timeIntervalSince1970: TimeInterval(instant))
        return zone.secondsFromGMT(for: date) - Int(zone.daylightSavingTimeOffset(for: date))
      }
    }
  }

  /// A calendar date read from text; `year` is nil for dates such as "March 14", `day` for "March 2025".
  struct DateParts {
    var year: Int?
    var month: Int
    var day: Int?
    /// Index of the token after the date.
    var end: Int
    /// Whether the date is ISO-like (`2025-03-14`), which allows a `T` before the time.
    var isISO = false
  }

  /// A time of day read from text.
  struct TimeParts {
    var hour: Int
    var minute = 0
    var second = 0
    var precision: DatePrecision
    var zone: Zone?
    var end: Int

    var secondsOfDay: Int { hour * 3600 + minute * 60 + second }
  }

  /// A date found in the tokens.
  struct Found {
    /// Index of the token after the match.
    var end: Int
    /// The instant, in seconds since 1970, UTC.
    var seconds: Int
    var precision: DatePrecision
    var isInferred: Bool

    func publicationDate(sourceText: String) -> PublicationDate {
      PublicationDate(
        Date(timeIntervalSince1970: TimeInterval(seconds)), precision: precision, isInferred: isInferred,
        sourceText: sourceText)
    }
  }

  /// Units of relative dates.
  enum TimeUnit: Hashable {
    case second, minute, hour, day, week, month, year

    var seconds: Int {
      switch self {
      case .second: 1
      case .minute: 60
      case .hour: 3600
      case .day: 86400
      case .week: 604_800
      case .month: 2_629_746
      case .year: 31_556_952
      }
    }

    var precision: DatePrecision {
      switch self {
      case .second, .minute: .minute
      case .hour: .hour
      case .day, .week: .day
      case .month: .month
      case .year: .year
      }
    }
  }
}
