import BylineCommands
import BylineCore
import Foundation

/// `sentiment [--by sentence|article|FIELD] [--lexicon NAME]`.
public struct SentimentCommand: ShellCommand {
  /// What `--by` scores: each sentence, each article, or the articles grouped by one of their
  /// fields (`outlet`, `folder`, `month`, ...).
  public enum Grouping: Hashable, Sendable, ExpressibleByArgument, CustomStringConvertible {
    /// One row per sentence.
    case sentence
    /// One row per article.
    case article
    /// One row per value of the field, aggregating the sentences of the articles that have it.
    case field(ArticleField)

    /// `sentence`, `article`, or the name of an ``ArticleField`` (or one of its aliases).
    public init?(argument: String) {
      switch argument.lowercased() {
      case "sentence", "sentences": self = .sentence
      case "article", "articles": self = .article
      default:
        guard let field = ArticleField(named: argument) else { return nil }
        self = .field(field)
      }
    }

    public static var allValueStrings: [String] { ["sentence", "article"] + ArticleField.allValueStrings }

    public var description: String {
      switch self {
      case .sentence: return "sentence"
      case .article: return "article"
      case .field(let field): return field.rawValue
      }
    }

    public var defaultValueDescription: String { description }
  }

  /// What `--lexicon` names: VADER's own lexicon, or a file in VADER's format.
  public enum Lexicon: Hashable, Sendable, ExpressibleByArgument, CustomStringConvertible {
    /// VADER's bundled lexicon.
    case vader
    /// A lexicon file in VADER's format (token, mean valence, ...).
    case file(String)

    /// `vader`, or any other text as a file path.
    public init?(argument: String) {
      guard !argument.isEmpty else { return nil }
      self = argument.lowercased() == "vader" ? .vader : .file(argument)
    }

    public static var allValueStrings: [String] { ["vader"] }

    public var description: String {
      switch self {
      case .vader: return "vader"
      case .file(let path): return path
      }
    }

    public var defaultValueDescription: String { description }
  }

  public static let configuration = CommandConfiguration(
    commandName: "sentiment",
    abstract: "Score the tone of the selection with VADER, by sentence, by article, or grouped by a field.",
    discussion: """
      Scores are VADER's: neg, neu and pos proportions and a compound score from -1 (most \
      negative) to +1 (most positive). By article: the mean of the sentences' compounds and the \
      compound of the whole text. By a field (outlet, author, language, date, month, year, \
      folder, file, title, id): one row per value, most articles first, with the mean and \
      standard deviation of all its articles' sentences' compounds; articles without a value \
      are counted under '(no FIELD)', and an article with two authors counts for both. \
      --lexicon takes 'vader' or the path of a lexicon file in VADER's format (token, mean \
      valence, ...), e.g. a finance lexicon. The label column says positive (compound at least \
      the setting sentiment.threshold, 0.05 by default, VADER's convention), negative (at most \
      minus it) or neutral: 'set sentiment.threshold 0.1' labels fewer texts.
      """)
  public static let examples = [
    "sentiment", "filter outlet='Meridian Wire' | sentiment --by sentence",
    "sentiment --by outlet --format json", "sentiment --by month",
    "search rates | sentiment --lexicon finance-lexicon.txt",
  ]

  @Option(
    help: ArgumentHelp(
      "What to score: sentence, article, or a field to group by (outlet, author, month, folder, ...).",
      valueName: "sentence|article|field"))
  public var by: Grouping = .article

  @Option(help: "The lexicon: vader, or the path of a lexicon file in VADER's format.", completion: .file())
  public var lexicon: Lexicon = .vader

  public init() {}

  public func run(in context: CommandContext) async throws -> CommandValue {
    let articles: [NewsArticle]
    let analysis: SentimentAnalysis
    switch lexicon {
    case .vader:
      analysis = SentimentAnalysis()
      articles = try await context.analyze(context.inputArticles, providing: [.annotation(SentimentKey.self)])
        .articles
    case .file(let path):
      analysis = SentimentAnalysis(lexicon: try SentimentLexicon(contentsOf: URL(fileURLWithPath: path)))
      articles = try await context.analyze(context.inputArticles, providing: [.sentences]).articles
    }
    let threshold =
      await context.session?.settings(for: "sentiment")[SentimentPlugin.threshold]
      ?? SentimentLabel.defaultThreshold
    // Scored once each, here, so that Ctrl-C stops a long custom-lexicon run between articles.
    var sentiments: [ArticleSentiment] = []
    sentiments.reserveCapacity(articles.count)
    for article in articles {
      try Task.checkCancellation()
      sentiments.append(analysis.stored(article) ?? analysis.sentiment(of: article, threshold: threshold))
    }
    return table(of: articles, scoredAs: sentiments, threshold: threshold)
  }

  /// The rows `--by` asks for.
  func table(of articles: [NewsArticle], scoredAs sentiments: [ArticleSentiment], threshold: Double)
    -> CommandValue
  {
    switch by {
    case .sentence:
      var rows: [[JSONValue]] = []
      for (article, sentiment) in zip(articles, sentiments) {
        for sentence in sentiment.sentences {
          rows.append(
            [
              .string(article.id.rawValue), .number(Double(sentence.index)),
              .string(String(article.text(of: sentence.span))),
            ]
              + Self.values(sentence.scores)
              + [.string(SentimentLabel(compound: sentence.scores.compound, threshold: threshold).rawValue)])
        }
      }
      return .table(
        DataTable(
          columns: ["article", "index", "text", "neg", "neu", "pos", "compound", "label"], rows: rows))
    case .article:
      return .table(
        DataTable(
          columns: ["article", "title", "outlet", "sentences", "meanCompound", "compound", "label"],
          rows: zip(articles, sentiments).map { article, sentiment in
            [
              .string(article.id.rawValue), .string(article.title),
              article.outlet.map(JSONValue.string) ?? .null,
              .number(Double(sentiment.sentences.count)), .number(Self.rounded(sentiment.meanCompound)),
              .number(sentiment.whole.compound),
              .string(
                (sentiment.label ?? SentimentLabel(compound: sentiment.whole.compound, threshold: threshold))
                  .rawValue),
            ]
          }))
    case .field(let field):
      return .table(Self.table(grouping: articles, scoredAs: sentiments, by: field))
    }
  }

  /// One row per value of `field`: `FIELD`, `articles`, `sentences`, `meanCompound`, `stdev`,
  /// most articles first, then by value.
  static func table(
    grouping articles: [NewsArticle], scoredAs sentiments: [ArticleSentiment], by field: ArticleField
  )
    -> DataTable
  {
    let positions = Dictionary(
      articles.indices.map { (articles[$0].id, $0) }, uniquingKeysWith: { first, _ in first })
    let groups = field.groups(of: articles).sorted {
      ($0.articles.count, $1.label) > ($1.articles.count, $0.label)
    }
    let rows: [[JSONValue]] = groups.map { group in
      let compounds = group.articles.flatMap { article in
        positions[article.id].map { sentiments[$0].sentences.map(\.scores.compound) } ?? []
      }
      let count = Double(compounds.count)
      let mean = count == 0 ? 0 : compounds.reduce(0, +) / count
      let variance = count == 0 ? 0 : compounds.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / count
      return [
        .string(group.label), .number(Double(group.articles.count)), .number(count),
        .number(rounded(mean)), .number(rounded(variance.squareRoot())),
      ]
    }
    return DataTable(columns: [field.rawValue, "articles", "sentences", "meanCompound", "stdev"], rows: rows)
  }

  static func values(_ scores: SentimentScores) -> [JSONValue] {
    [.number(scores.negative), .number(scores.neutral), .number(scores.positive), .number(scores.compound)]
  }

  /// Four decimals, like VADER's compound.
  static func rounded(_ value: Double) -> Double { (value * 10_000).rounded() / 10_000 }
}
