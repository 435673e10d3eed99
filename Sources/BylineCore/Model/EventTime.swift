import Foundation

/// When an event happened: an instant or an interval, at a granularity.
///
/// "On Thursday" normalises to an instant of day granularity; "in March" to an interval of month
/// granularity; "between 3 and 5 May" to an interval of day granularity.
public struct EventTime: Hashable, Sendable, Codable, CustomStringConvertible {
  /// The start of the instant or interval, in UTC, truncated to the granularity.
  public let start: Date
  /// The end of the interval (inclusive of its last unit), or nil for an instant.
  public let end: Date?
  /// The unit the time is known to.
  public let granularity: DatePrecision
  /// The text the time was read from, e.g. `"last Thursday"`.
  public let sourceText: String?

  /// An instant, truncated to `granularity`.
  public static func instant(
    _ date: Date, granularity: DatePrecision, sourceText: String? = nil
  ) -> EventTime {
    EventTime(start: date, end: nil, granularity: granularity, sourceText: sourceText)
  }

  /// An interval from `start` to `end`, both truncated to `granularity`.
  public static func interval(
    from start: Date, to end: Date, granularity: DatePrecision, sourceText: String? = nil
  ) -> EventTime {
    EventTime(start: start, end: end, granularity: granularity, sourceText: sourceText)
  }

  private init(start: Date, end: Date?, granularity: DatePrecision, sourceText: String?) {
    self.start = granularity.truncate(start)
    self.end = end.map(granularity.truncate)
    self.granularity = granularity
    self.sourceText = sourceText
  }

  /// Whether the time is a single instant rather than an interval.
  public var isInstant: Bool { end == nil }

  /// ISO 8601 text: `2025-03-14`, or `2025-03-01/2025-03-05` for an interval.
  public var iso8601: String {
    let first = ISODateText.format(start, precision: granularity)
    guard let end else { return first }
    return first + "/" + ISODateText.format(end, precision: granularity)
  }

  public var description: String { iso8601 }

  private enum CodingKeys: String, CodingKey { case start, end, granularity, sourceText }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    let granularity = try container.decode(DatePrecision.self, forKey: .granularity)
    func date(_ key: CodingKeys) throws -> Date? {
      guard let text = try container.decodeIfPresent(String.self, forKey: key) else { return nil }
      guard let parsed = ISODateText.parse(text) else {
        throw DecodingError.dataCorruptedError(
          forKey: key, in: container, debugDescription: "not an ISO 8601 date: \(text)")
      }
      return parsed.date
    }
    guard let start = try date(.start) else {
      throw DecodingError.keyNotFound(
        CodingKeys.start, .init(codingPath: decoder.codingPath, debugDescription: "missing start"))
    }
    self.init(
      start: start, end: try date(.end), granularity: granularity,
      sourceText: try container.decodeIfPresent(String.self, forKey: .sourceText))
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(ISODateText.format(start, precision: granularity), forKey: .start)
    try container.encodeIfPresent(
      end.map { ISODateText.format($0, precision: granularity) }, forKey: .end)
    try container.encode(granularity, forKey: .granularity)
    try container.encodeIfPresent(sourceText, forKey: .sourceText)
  }
}
