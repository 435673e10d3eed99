import BylineCore
import Foundation

/// The four kinds of TIMEX3 time expression.
public enum TemporalType: String, Hashable, Sendable, Codable, CaseIterable {
  /// A calendar date or period: `"December 30"`, `"last week"`, `"2014"`, `"now"`.
  case date = "DATE"
  /// A time of day, possibly with its date: `"3 p.m."`, `"this morning"`, `"Thursday evening"`.
  case time = "TIME"
  /// A length of time: `"50 minutes"`, `"two-hour"`, `"for years"`.
  case duration = "DURATION"
  /// A recurring time: `"every week"`, `"daily"`.
  case set = "SET"
}

/// A time expression found in a text and normalised the way TIMEX3 (TimeML) normalises it.
///
/// ```swift
/// let reference = PublicationDate(iso8601: "2021-12-31")!.date
/// let found = TemporalTagger().expressions(in: "Talks ended on Thursday.", reference: reference)
/// found[0].text   // "Thursday"
/// found[0].value  // "2021-12-30"
/// ```
public struct TemporalExpression: Hashable, Sendable, Codable {
  /// Where the expression is, in UTF-8 code units of the text it was found in.
  ///
  /// Extents follow TIMEX3: modifiers such as "early", "last", "next", "the past", "nearly" and
  /// "ago" are inside; the prepositions "on", "in", "at", "for" and "about" are outside.
  public var span: TextSpan
  /// The text of the expression.
  public var text: String
  /// The TIMEX3 type.
  public var type: TemporalType
  /// The TIMEX3 value: `"2021-12-30"`, `"2021-12"`, `"2021-W52"`, `"2021-Q3"`, `"2021-SU"`, `"2021"`,
  /// `"202"` (a decade), `"2021-12-30T15:00"`, `"2021-12-30TMO"`, `"PT50M"`, `"P3D"`, `"PXY"`,
  /// `"PRESENT_REF"`, `"PAST_REF"`, `"FUTURE_REF"`, or with `X` for what is not known
  /// (`"XXXX-12-30"` when there is no reference date).
  public var value: String
  /// For dates and times, the unit the value is known to (weeks and weekends count as days).
  public var granularity: DatePrecision?
  /// Whether the text hedges or narrows the time: "almost an hour", "early January", "late 2021".
  /// An "about" or "roughly" just before the expression also counts, though it is outside the span.
  public var isApproximate: Bool
  /// For dates and times that could be placed on the calendar: the instant (a day, a time) or the
  /// interval (a week, a month, a quarter, a year) they name, in UTC.
  public var date: EventTime?
  /// For durations and sets with a known length, that length as calendar components
  /// (`"50 minutes"` → `minute: 50`, `"an hour and a half"` → `hour: 1, minute: 30`). Nil when the
  /// amount is vague (`"for years"`, value `"PXY"`).
  public var duration: DateComponents?

  /// Creates an expression.
  public init(
    span: TextSpan, text: String, type: TemporalType, value: String, granularity: DatePrecision? = nil,
    isApproximate: Bool = false, date: EventTime? = nil, duration: DateComponents? = nil
  ) {
    self.span = span
    self.text = text
    self.type = type
    self.value = value
    self.granularity = granularity
    self.isApproximate = isApproximate
    self.date = date
    self.duration = duration
  }
}
