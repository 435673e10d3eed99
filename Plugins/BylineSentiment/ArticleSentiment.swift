import BylineCore

/// The sentiment of one sentence of an article.
public struct SentenceSentiment: Hashable, Sendable, Codable {
  /// The sentence's position among the article's sentences, from 0.
  public var index: Int
  /// Where the sentence is in the body.
  public var span: TextSpan
  /// Its VADER scores.
  public var scores: SentimentScores

  /// Creates a sentence's sentiment.
  public init(index: Int, span: TextSpan, scores: SentimentScores) {
    self.index = index
    self.span = span
    self.scores = scores
  }
}

/// The sentiment of an article: every sentence's scores, their mean compound, and the score of the
/// whole text at once.
public struct ArticleSentiment: Hashable, Sendable, Codable {
  /// The name of the lexicon that produced the scores, e.g. `vader`.
  public var lexicon: String
  /// Each sentence's scores, in order.
  public var sentences: [SentenceSentiment]
  /// The mean of the sentences' compound scores (0 when there are none).
  public var meanCompound: Double
  /// The scores of the whole body as one text.
  public var whole: SentimentScores
  /// The label of the whole body's compound score, against the `sentiment.threshold` in force
  /// when it was scored; nil in results saved before labels existed.
  public var label: SentimentLabel?

  /// Creates an article's sentiment.
  public init(
    lexicon: String, sentences: [SentenceSentiment], meanCompound: Double, whole: SentimentScores,
    label: SentimentLabel? = nil
  ) {
    self.lexicon = lexicon
    self.sentences = sentences
    self.meanCompound = meanCompound
    self.whole = whole
    self.label = label
  }
}

/// Sentiment aggregated over an outlet's articles.
public struct OutletSentiment: Hashable, Sendable, Codable {
  /// The outlet (`(unknown)` for articles without one).
  public var outlet: String
  /// How many articles.
  public var articles: Int
  /// How many sentences.
  public var sentences: Int
  /// The mean compound score of all those sentences.
  public var meanCompound: Double
  /// The standard deviation (population) of those sentences' compound scores.
  public var standardDeviation: Double
}

/// Where ``SentimentPlugin`` stores each article's VADER sentiment.
public enum SentimentKey: AnnotationKey {
  public typealias Value = ArticleSentiment
  public static var name: String { "sentiment" }
}
