import BylineCommands
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
  public var method: SummaryMethod = .lexRank

  public init() {}

  public func validate() throws {
    if sentences != nil && words != nil { throw ValidationError("Give --sentences or --words, not both.") }
    if let sentences, sentences < 1 { throw ValidationError("--sentences must be at least 1.") }
    if let words, words < 1 { throw ValidationError("--words must be at least 1.") }
  }

  public func run(in context: CommandContext) async throws -> CommandValue {
    let articles = try await context.analyze(context.inputArticles, providing: [.sentences]).articles
    let length: SummaryLength = words.map { .words($0) } ?? .sentences(sentences ?? 5)
    let summarizer = Summarizer(method: method)
    let groups = perArticle ? articles.map { [$0] } : [articles]
    let outlets = Dictionary(articles.map { ($0.id, $0.outlet) }, uniquingKeysWith: { first, _ in first })
    var rows: [[JSONValue]] = []
    var groupsOverLimit = 0
    var largestGroup = 0
    for group in groups {
      try Task.checkCancellation()
      let sentenceCount = group.reduce(0) { $0 + $1.sentences.count }
      if sentenceCount > Summarizer.maximumCandidates {
        groupsOverLimit += 1
        largestGroup = max(largestGroup, sentenceCount)
      }
      for sentence in summarizer.summarize(group, length: length, about: about) {
        rows.append([
          .string(sentence.text), .string(sentence.articleID.rawValue),
          outlets[sentence.articleID].flatMap { $0.map(JSONValue.string) } ?? .null,
          .number(Double(sentence.position)), .number((sentence.score * 10_000).rounded() / 10_000),
        ])
      }
    }
    if groupsOverLimit > 0 {
      let limit = Summarizer.maximumCandidates
      context.diagnose(
        perArticle
          ? "note: \(groupsOverLimit) articles have more than \(limit) sentences; each was summarised "
            + "from its first \(limit)"
          : "note: the selection has \(largestGroup) sentences; a summary ranks at most \(limit), "
            + "the earliest of each article (the first of every article, then the second, ...); "
            + "filter or search to summarise fewer articles")
    }
    return .table(DataTable(columns: ["text", "article", "outlet", "position", "score"], rows: rows))
  }
}

/// `keywords [--top N] [--per-article]`.
public struct KeyphrasesCommand: ShellCommand {
  public static let configuration = CommandConfiguration(
    commandName: "keywords", abstract: "List the key phrases of the selection, or of each article (RAKE).")
  public static let examples = ["keywords", "keywords --top 5 --per-article", "search fire | keywords"]

  @Option(help: "How many phrases; a note on standard error says how many there are when it cuts.")
  public var top = 10

  @Flag(help: "Phrases for each article instead of the whole selection.")
  public var perArticle = false

  public init() {}

  public func validate() throws {
    if top < 1 { throw ValidationError("--top must be at least 1") }
  }

  public func run(in context: CommandContext) async throws -> CommandValue {
    let articles = context.inputArticles
    if perArticle {
      var rows: [[JSONValue]] = []
      var articlesCut = 0
      for article in articles {
        try Task.checkCancellation()
        let phrases = KeyphraseExtractor.keyphrases(in: [article.title, article.body], top: Int.max)
        if phrases.count > top { articlesCut += 1 }
        rows.append([
          .string(article.id.rawValue), .string(article.title),
          .array(phrases.prefix(top).map { .string($0.phrase) }),
        ])
      }
      if articlesCut > 0 {
        context.diagnose(
          "note: showing \(top) phrase\(top == 1 ? "" : "s") of each article; \(articlesCut) of \(articles.count) articles "
            + "have more; --top N for more")
      }
      return .table(DataTable(columns: ["article", "title", "keywords"], rows: rows))
    }
    let phrases = KeyphraseExtractor.keyphrases(in: articles.flatMap { [$0.title, $0.body] }, top: Int.max)
    if phrases.count > top {
      context.diagnose("note: showing \(top) of \(phrases.count) phrases; --top N for more")
    }
    return .table(
      DataTable(
        columns: ["phrase", "score", "count"],
        rows: phrases.prefix(top).map {
          [.string($0.phrase), .number(($0.score * 100).rounded() / 100), .number(Double($0.count))]
        }))
  }
}

// `--method lead|lexRank|textRank`, listed in help and completion.
extension SummaryMethod: ExpressibleByArgument {}
