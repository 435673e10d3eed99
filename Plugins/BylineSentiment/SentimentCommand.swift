import ArgumentParser
import BylineCore
import Foundation

/// `sentiment [--by sentence|article|outlet] [--lexicon NAME]`.
public struct SentimentCommand: ShellCommand {
  /// What to score.
  public enum Level: String, CaseIterable, ExpressibleByArgument, Sendable {
    case sentence, article, outlet
  }

  public static let configuration = CommandConfiguration(
    commandName: "sentiment",
    abstract: "Score the tone of the selection with VADER, by sentence, article or outlet.",
    discussion: """
      Scores are VADER's: neg, neu and pos proportions and a compound score from -1 (most \
      negative) to +1 (most positive). By article: the mean of the sentences' compounds and the \
      compound of the whole text. By outlet: the mean and standard deviation of all its \
      sentences' compounds. --lexicon takes 'vader' or the path of a lexicon file in VADER's \
      format (token, mean valence, ...), e.g. a finance lexicon.
      """)
  public static let examples = [
    "sentiment", "filter outlet='Meridian Wire' | sentiment --by sentence",
    "sentiment --by outlet --format json",
    "search rates | sentiment --lexicon finance-lexicon.txt",
  ]

  @Option(help: "What to score: sentence, article or outlet.")
  public var by: Level = .article

  @Option(help: "The lexicon: vader, or the path of a lexicon file in VADER's format.", completion: .file())
  public var lexicon: String = "vader"

  public init() {}

  public func run(in context: CommandContext) async throws -> CommandValue {
    let articles: [NewsArticle]
    let analysis: SentimentAnalysis
    if lexicon == "vader" {
      analysis = SentimentAnalysis()
      articles = try await context.analyze(context.inputArticles, providing: [.annotation(SentimentKey.self)])
        .articles
    } else {
      analysis = SentimentAnalysis(lexicon: try SentimentLexicon(contentsOf: URL(fileURLWithPath: lexicon)))
      articles = try await context.analyze(context.inputArticles, providing: [.sentences]).articles
    }
    switch by {
    case .sentence:
      var rows: [[JSONValue]] = []
      for article in articles {
        let sentiment = analysis.stored(article) ?? analysis.sentiment(of: article)
        for sentence in sentiment.sentences {
          rows.append(
            [
              .string(article.id.rawValue), .number(Double(sentence.index)),
              .string(String(article.text(of: sentence.span))),
            ]
              + Self.values(sentence.scores))
        }
      }
      return .table(
        DataTable(columns: ["article", "index", "text", "neg", "neu", "pos", "compound"], rows: rows))
    case .article:
      return .table(
        DataTable(
          columns: ["article", "title", "outlet", "sentences", "meanCompound", "compound"],
          rows: articles.map { article in
            let sentiment = analysis.stored(article) ?? analysis.sentiment(of: article)
            return [
              .string(article.id.rawValue), .string(article.title),
              article.outlet.map(JSONValue.string) ?? .null,
              .number(Double(sentiment.sentences.count)), .number(Self.rounded(sentiment.meanCompound)),
              .number(sentiment.whole.compound),
            ]
          }))
    case .outlet:
      return .table(
        DataTable(
          columns: ["outlet", "articles", "sentences", "meanCompound", "stdev"],
          rows: analysis.outlets(articles).map { outlet in
            [
              .string(outlet.outlet), .number(Double(outlet.articles)), .number(Double(outlet.sentences)),
              .number(Self.rounded(outlet.meanCompound)), .number(Self.rounded(outlet.standardDeviation)),
            ]
          }))
    }
  }

  static func values(_ scores: SentimentScores) -> [JSONValue] {
    [.number(scores.negative), .number(scores.neutral), .number(scores.positive), .number(scores.compound)]
  }

  /// Four decimals, like VADER's compound.
  static func rounded(_ value: Double) -> Double { (value * 10_000).rounded() / 10_000 }
}
