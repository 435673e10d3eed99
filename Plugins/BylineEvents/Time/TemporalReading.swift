import BylineCore
import Foundation

/// One expression matched at a token: the tokens it covers and what it means.
struct TemporalReading {
  /// The first token.
  var start: Int
  /// The token after the last.
  var end: Int
  var type: TemporalType
  var value: String
  var granularity: DatePrecision?
  var isApproximate = false
  var eventTime: EventTime?
  var duration: DateComponents?
  /// The point, for readings that name one (a later "and 12" reuses its month and year).
  var point: TemporalPoint?

  init(point: TemporalPoint, start: Int, end: Int, isApproximate: Bool = false) {
    self.start = start
    self.end = end
    self.type = point.type
    self.value = point.value
    self.granularity = point.granularity
    self.isApproximate = isApproximate
    self.eventTime = point.eventTime
    self.point = point
  }

  init(duration unit: TemporalUnit, amount: Double?, start: Int, end: Int, isApproximate: Bool = false) {
    self.start = start
    self.end = end
    self.type = .duration
    self.value = unit.durationValue(amount)
    self.isApproximate = isApproximate
    self.duration = unit.components(amount)
  }

  init(type: TemporalType, value: String, start: Int, end: Int, duration: DateComponents? = nil) {
    self.start = start
    self.end = end
    self.type = type
    self.value = value
    self.duration = duration
  }

  /// The same reading over more tokens.
  func extended(from start: Int? = nil, to end: Int? = nil, approximate: Bool = false) -> TemporalReading {
    var copy = self
    copy.start = start ?? self.start
    copy.end = end ?? self.end
    copy.isApproximate = isApproximate || approximate
    return copy
  }
}
