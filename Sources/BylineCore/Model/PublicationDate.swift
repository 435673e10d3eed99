import Foundation

/// When an article was published, as precisely as it is known, and whether it was stated or
/// inferred (for example from a relative date like "yesterday" or from a file's timestamp).
///
/// The instant is kept in UTC and truncated to its precision, so a date encodes to the ISO 8601
/// text of that precision (`"2025-03-14"` for a day) and decodes back to an equal value.
public struct PublicationDate: Hashable, Sendable, Codable, CustomStringConvertible {
  /// The first instant of the published period, in UTC.
  public let date: Date
  /// How much of the date is known.
  public let precision: DatePrecision
  /// Whether the date was inferred rather than stated by the source.
  public let isInferred: Bool
  /// The text the date was read from, if any (for example `"14/03/2025"`).
  public let sourceText: String?

  /// Creates a publication date; `date` is truncated to `precision`.
  public init(
    _ date: Date, precision: DatePrecision = .day, isInferred: Bool = false, sourceText: String? = nil
  ) {
    self.date = precision.truncate(date)
    self.precision = precision
    self.isInferred = isInferred
    self.sourceText = sourceText
  }

  /// Creates a publication date from ISO 8601 text; the precision is what the text gives.
  ///
  /// ```swift
  /// PublicationDate(iso8601: "2025-03")?.precision  // .month
  /// ```
  public init?(iso8601 text: String, isInferred: Bool = false, sourceText: String? = nil) {
    guard let parsed = ISODateText.parse(text) else { return nil }
    self.init(parsed.date, precision: parsed.precision, isInferred: isInferred, sourceText: sourceText)
  }

  /// The date as ISO 8601 text at its precision, in UTC.
  public var iso8601: String { ISODateText.format(date, precision: precision) }

  public var description: String { iso8601 + (isInferred ? " (inferred)" : "") }

  private enum CodingKeys: String, CodingKey { case date, precision, isInferred, sourceText }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    let text = try container.decode(String.self, forKey: .date)
    guard let parsed = ISODateText.parse(text) else {
      throw DecodingError.dataCorruptedError(
        forKey: .date, in: container, debugDescription: "not an ISO 8601 date: \(text)")
    }
    let precision = try container.decodeIfPresent(DatePrecision.self, forKey: .precision)
    self.init(
      parsed.date, precision: precision ?? parsed.precision,
      isInferred: try container.decodeIfPresent(Bool.self, forKey: .isInferred) ?? false,
      sourceText: try container.decodeIfPresent(String.self, forKey: .sourceText))
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(iso8601, forKey: .date)
    try container.encode(precision, forKey: .precision)
    try container.encode(isInferred, forKey: .isInferred)
    try container.encodeIfPresent(sourceText, forKey: .sourceText)
  }
}
