/// Whether a text reads as positive, negative or neutral: its compound score against a threshold,
/// VADER's convention (positive from +0.05, negative up to -0.05) by default.
///
/// ```swift
/// SentimentLabel(compound: 0.3)                   // .positive
/// SentimentLabel(compound: 0.08, threshold: 0.1)  // .neutral
/// ```
public enum SentimentLabel: String, Hashable, Sendable, Codable, CaseIterable {
  /// A compound score at or above the threshold.
  case positive
  /// A compound score strictly between minus the threshold and the threshold.
  case neutral
  /// A compound score at or below minus the threshold.
  case negative

  /// VADER's threshold, 0.05.
  public static let defaultThreshold = 0.05

  /// The label of a compound score.
  public init(compound: Double, threshold: Double = defaultThreshold) {
    if compound >= threshold {
      self = .positive
    } else if compound <= -threshold {
      self = .negative
    } else {
      self = .neutral
    }
  }
}
