import BylineCommands
import BylineCore

/// The bundled sentiment plugin: VADER scores for every sentence, the article as a whole, and
/// (through ``SentimentAnalysis``) each outlet, with a positive, negative or neutral label per
/// article; `sentiment` in the shell.
public struct SentimentPlugin: Plugin, CommandContributing {
  /// VADER's analysis, made (and its lexicon loaded) on first use rather than at start-up.
  private static let vader = SentimentAnalysis()

  /// `sentiment.threshold`: how far from 0 a compound score must be for a text to count as
  /// positive (at least the threshold) or negative (at most minus it); VADER's convention is 0.05.
  public static let threshold = Setting<Double>(
    "threshold", default: SentimentLabel.defaultThreshold, in: 0...1,
    help: "Compound score from which a text is labelled positive (or, below minus it, negative)")

  /// Creates the plugin with VADER's lexicon.
  public init() {}

  public var name: String { "sentiment" }
  public var version: String { "1.0.0" }
  public var summary: String { "VADER sentiment per sentence, article and outlet; custom lexicons." }
  public var requires: [Capability] { [.sentences] }
  public var provides: [Capability] { [.sentiment, .annotation(SentimentKey.self)] }
  public var settings: [any SettingDeclaration] { [Self.threshold] }
  public var commands: [any ShellCommand.Type] { [SentimentCommand.self] }

  public func analyze(_ article: inout NewsArticle, context: AnalysisContext) async throws {
    article.annotations[SentimentKey.self] = Self.vader.sentiment(
      of: article, threshold: context.settings[Self.threshold])
  }
}

extension SentimentPlugin: SentimentScoring {
  /// VADER's compound score of `text`, for plugins that score text of their own (entity tone).
  public func compound(of text: String) -> Double { Self.vader.compound(of: text) }
}
