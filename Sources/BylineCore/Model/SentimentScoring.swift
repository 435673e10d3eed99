/// Something that scores the sentiment of a piece of text: a sentiment plugin's scorer, handed to
/// plugins that need to score text of their own making (a sentence with a name masked) without
/// importing the sentiment plugin.
///
/// ```swift
/// struct Keywords: SentimentScoring {
///   func compound(of text: String) -> Double { text.contains("good") ? 0.5 : 0 }
/// }
/// ```
public protocol SentimentScoring: Sendable {
  /// The compound score of `text`, from -1 (most negative) to 1 (most positive).
  func compound(of text: String) -> Double
}
