import ArgumentParser
import BylineCore

/// `summarize [--sentences N | --words N] [--per-article] [--about TEXT] [--method ...]`.
public struct SummarizeCommand: ShellCommand {
  public static let configuration = CommandConfiguration(
    commandName: "summarize",
    abstract:
      "Summarize the selection as one story, or each article, with sentences taken from the articles.",
    discussion: """
      Sentences are ranked with LexRank (or TextRank, or lead) with a lead-position prior; \
      sentences that repeat what is already chosen are left out, and the summary is ordered by \
      publication date and position. Every sentence names its article. After 'load' the whole \
      selection is summarised as one story; after 'filter' only the filtered articles.
      """)
  public static let examples = [
    "summarize", "summarize --words 100",
    "filter outlet='Meridian Wire' | summarize --per-article --sentences 2",
    "summarize --about sanctions --sentences 3",
  ]

  @Option(help: "Length in sentences (default 5 unless --words is given).")
  public var sentences: Int?

  @Option(help: "Length in words; whole sentences only.")
  public var words: Int?

  @Flag(help: "One summary per article instead of one for the selection.")
  public var perArticle = false

  @Option(help: "Bias the summary toward this topic.")
  public var about: String?

  @Option(help: "Ranking: lead, lexRank or textRank.")
  public var method: String = "lexRank"

  public init() {}

  public func validate() throws {
    if sentences != nil && words != nil { throw ValidationError("Give --sentences or --words, not both.") }
    if let sentences, sentences < 1 { throw ValidationError("--sentences must be at least 1.") }
    if let words, words < 1 { throw ValidationError("--words must be at least 1.") }
    guard SummaryMethod(rawValue: method) != nil else {
      throw ValidationError(
        "--method must be one of: " + SummaryMethod.allCases.map(\.rawValue).joined(separator: ", "))
    }
  }

  public func run(in context: CommandContext) async throws -> CommandValue {
    let articles = try await context.analyze(context.inputArticles, providing: [.sentences]).articles
    let length: SummaryLength = words.map { .words($0) } ?? .sentences(sentences ?? 5)
    let summarizer = Summarizer(method: SummaryMethod(rawValue: method) ?? .lexRank)
    let groups = perArticle ? articles.map { [$0] } : [articles]
    var rows: [[JSONValue]] = []
    for group in groups {
      for sentence in summarizer.summarize(group, length: length, about: about) {
        rows.append([
          .string(sentence.text), .string(sentence.articleID.rawValue), .number(Double(sentence.position)),
          .number((sentence.score * 10_000).rounded() / 10_000),
        ])
      }
    }
    return .table(DataTable(columns: ["text", "article", "position", "score"], rows: rows))
  }
}

/// `keywords [--top N] [--per-article]`.
public struct KeyphrasesCommand: ShellCommand {
  public static let configuration = CommandConfiguration(
    commandName: "keywords", abstract: "List the key phrases of the selection, or of each article (RAKE).")
  public static let examples = ["keywords", "keywords --top 5 --per-article", "search fire | keywords"]

  @Option(help: "How many phrases.")
  public var top = 10

  @Flag(help: "Phrases for each article instead of the whole selection.")
  public var perArticle = false

  public init() {}

  public func run(in context: CommandContext) async throws -> CommandValue {
    let articles = context.inputArticles
    if perArticle {
      return .table(
        DataTable(
          columns: ["article", "title", "keywords"],
          rows: articles.map { article in
            let phrases = KeyphraseExtractor.keyphrases(in: [article.title, article.body], top: top)
            return [
              .string(article.id.rawValue), .string(article.title),
              .array(phrases.map { .string($0.phrase) }),
            ]
          }))
    }
    let phrases = KeyphraseExtractor.keyphrases(in: articles.flatMap { [$0.title, $0.body] }, top: top)
    return .table(
      DataTable(
        columns: ["phrase", "score", "count"],
        rows: phrases.map {
          [.string($0.phrase), .number(($0.score * 100).rounded() / 100), .number(Double($0.count))]
        }))
  }
}
