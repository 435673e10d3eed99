import BylineCommands
import BylineCore
import Foundation

/// `quotes [--speaker NAME] [--top N]`.
public struct QuotesCommand: ShellCommand {
  public static let configuration = CommandConfiguration(
    commandName: "quotes",
    abstract: "List direct quotes and reported speech with their speakers.",
    discussion: """
      Each row is one quote: the speaker as written (in JSON also the id of the resolved person \
      or organisation it names, when there is one), the quoted words (for reported speech, the \
      reported clause), the article and its outlet, whether the quote is direct (in quotation \
      marks) and the attribution verb. In article order, then text order; the first 50 unless \
      --top says otherwise, with a note on standard error when there are more. --speaker keeps \
      the quotes whose speaker entity goes by NAME (any alias, case and accents ignored) or whose \
      speaker is written with NAME.
      """)
  public static let examples = [
    "quotes", "quotes --speaker Haddad", "filter outlet='Meridian Wire' | quotes --top 10 --format json",
  ]

  @Option(
    help: "Only quotes by this speaker: a name or alias of the entity, or words of the speaker as written.")
  public var speaker: String?

  @Option(help: "How many quotes to list; a note on standard error says how many there are when it cuts.")
  public var top = 50

  public init() {}

  public func validate() throws {
    if top < 1 { throw ValidationError("--top must be at least 1") }
    if let speaker, speaker.trimmingCharacters(in: .whitespaces).isEmpty {
      throw ValidationError("--speaker needs a name")
    }
  }

  public func run(in context: CommandContext) async throws -> CommandValue {
    let corpus = try await context.analyze(context.inputArticles, providing: [.entities])
    let entities = corpus.annotations[CorpusEntitiesKey.self] ?? []
    let byID = Dictionary(entities.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    let outlets = Dictionary(
      corpus.articles.map { ($0.id, $0.outlet) }, uniquingKeysWith: { first, _ in first })
    var quotes = QuoteExtractor().quotes(in: corpus.articles, entities: entities)
    if let speaker {
      quotes = quotes.filter {
        Self.quote($0, isBy: speaker, entity: $0.speakerEntityID.flatMap { byID[$0] })
      }
    }
    if quotes.count > top {
      context.diagnose("note: showing \(top) of \(quotes.count) quotes; --top N for more")
    }
    let rows: [[JSONValue]] = quotes.prefix(top).map { quote in
      let entity = quote.speakerEntityID.flatMap { byID[$0] }
      let speakerValue: JSONValue =
        quote.speakerName == nil && entity == nil
        ? .null
        : .object([
          "name": (quote.speakerName ?? entity?.canonicalName).map(JSONValue.string) ?? .null,
          "entityId": entity.map { .string($0.id.rawValue) } ?? .null,
        ])
      return [
        speakerValue, .string(quote.text), .string(quote.articleID.rawValue),
        outlets[quote.articleID].flatMap { $0.map(JSONValue.string) } ?? .null, .bool(quote.isDirect),
        quote.verb.map(JSONValue.string) ?? .null,
      ]
    }
    return .table(DataTable(columns: ["speaker", "text", "article", "outlet", "direct", "verb"], rows: rows))
  }

  /// Whether `quote` is by `name`: the speaker's entity goes by it (canonical name or alias), or the
  /// speaker as written is it or contains it as whole words; case and accents are ignored.
  static func quote(_ quote: Quote, isBy name: String, entity: NamedEntity?) -> Bool {
    let options: String.CompareOptions = [.caseInsensitive, .diacriticInsensitive]
    let wanted = name.trimmingCharacters(in: .whitespaces)
    if let entity,
      ([entity.canonicalName] + entity.aliases).contains(where: {
        $0.compare(wanted, options: options) == .orderedSame
      })
    {
      return true
    }
    guard let written = quote.speakerName else { return false }
    var searchRange = written.startIndex..<written.endIndex
    while let found = written.range(of: wanted, options: options, range: searchRange) {
      let before =
        found.lowerBound == written.startIndex || !written[written.index(before: found.lowerBound)].isLetter
      let after = found.upperBound == written.endIndex || !written[found.upperBound].isLetter
      if before && after { return true }
      searchRange = found.upperBound..<written.endIndex
    }
    return false
  }
}
