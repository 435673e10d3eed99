import BylineCore

extension SentimentAnalysis: SentimentScoring {
  /// The compound score of `text` with this analysis's lexicon.
  public func compound(of text: String) -> Double { scorer.scores(for: text).compound }
}
