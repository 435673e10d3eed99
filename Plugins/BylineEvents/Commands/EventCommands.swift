import BylineCommands
import BylineCore
import Foundation

/// Fused events of a selection, for the commands.
enum EventSelection {
  static func fuse(_ context: CommandContext) async throws -> (
    events: [FusedEvent], articles: [NewsArticle], entities: [NamedEntity]
  ) {
    let corpus = try await context.analyze(context.inputArticles, providing: [.events])
    return (
      corpus.annotations[FusedEventsKey.self] ?? [], corpus.articles,
      corpus.annotations[CorpusEntitiesKey.self] ?? []
    )
  }

  /// The event's time as ISO 8601 text; an interval that starts and ends in the same unit of its
  /// granularity (March to March) is that one unit, `2025-03`, not `2025-03/2025-03`.
  static func date(_ event: NewsEvent) -> JSONValue {
    guard let time = event.time else { return .null }
    let ends = time.iso8601.split(separator: "/", omittingEmptySubsequences: false)
    return .string(ends.count == 2 && ends[0] == ends[1] ? String(ends[0]) : time.iso8601)
  }

  /// The outlets of the articles that report `event`, each once, in the order of its sources.
  static func outlets(_ event: NewsEvent) -> JSONValue {
    var seen: Set<String> = []
    return .array(
      event.sources.compactMap(\.outlet).filter { seen.insert($0).inserted }.map(JSONValue.string))
  }

  static func participants(_ event: NewsEvent) -> JSONValue {
    .array(
      event.participants.map {
        .object([
          "name": .string($0.name), "role": .string($0.role.rawValue),
          "entityId": $0.entityID.map { .string($0.rawValue) } ?? .null,
        ])
      })
  }

  static func quantities(_ event: NewsEvent) -> JSONValue {
    .array(
      event.quantities.map {
        .object([
          "value": .number($0.value), "unit": .string($0.unit), "text": .string($0.text),
          "approximate": .bool($0.isApproximate),
        ])
      })
  }

  static func evidence(_ event: NewsEvent, articles: [ArticleID: NewsArticle]) -> JSONValue {
    .array(
      event.evidence.map { item in
        .object([
          "article": .string(item.articleID.rawValue),
          "text": .string(articles[item.articleID].map { item.sentence.excerpt(in: $0.body) } ?? ""),
        ])
      })
  }
}

/// `events [--type T] [--from DATE] [--to DATE]`.
public struct EventsCommand: ShellCommand {
  public static let configuration = CommandConfiguration(
    commandName: "events",
    abstract:
      "List the events of the selection, fused across articles: type, date, place, participants, sources.",
    discussion: """
      Each row is one happening, however many articles report it: its type, date and \
      granularity, place, participants (with entity ids in JSON), the numbers stated about it, \
      the outlets and articles that report it and the sentence each one reports it in. --from \
      and --to keep events dated within the range (YYYY, YYYY-MM or YYYY-MM-DD).
      """)
  public static let examples = [
    "events", "events --type agreement", "events --from 2025-04-01 --to 2025-04-30 --format json",
  ]

  @Option(help: "Only events of this type (or of a type starting with it, e.g. conflict).")
  public var type: String?

  @Option(help: "Only events on or after this date.")
  public var from: String?

  @Option(help: "Only events on or before this date.")
  public var to: String?

  public init() {}

  public func validate() throws {
    for (name, value) in [("--from", from), ("--to", to)] {
      if let value, PublicationDate(iso8601: value) == nil {
        throw ValidationError("\(name) '\(value)' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD")
      }
    }
  }

  func keeps(_ event: NewsEvent) -> Bool {
    if let type, !(event.type.rawValue == type || event.type.rawValue.hasPrefix(type + ".")) { return false }
    guard from != nil || to != nil else { return true }
    guard let time = event.time else { return false }
    let day = String(time.iso8601.prefix(10))
    if let from, day < from { return false }
    if let to, String(day.prefix(to.count)) > to { return false }
    return true
  }

  public func run(in context: CommandContext) async throws -> CommandValue {
    let (fused, articles, _) = try await EventSelection.fuse(context)
    let byID = Dictionary(articles.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    let rows: [[JSONValue]] = fused.map(\.event).filter(keeps).map { event in
      [
        .string(event.id.rawValue), .string(event.type.rawValue), EventSelection.date(event),
        event.time.map { .string($0.granularity.rawValue) } ?? .null,
        event.location.map { .string($0.name) } ?? .null, EventSelection.participants(event),
        EventSelection.quantities(event), EventSelection.outlets(event),
        .array(event.sources.map { .string($0.articleID.rawValue) }),
        EventSelection.evidence(event, articles: byID),
      ]
    }
    return .table(
      DataTable(
        columns: [
          "id", "type", "date", "granularity", "location", "participants", "quantities", "outlets", "sources",
          "evidence",
        ], rows: rows))
  }
}

/// `timeline`.
public struct TimelineCommand: ShellCommand {
  public static let configuration = CommandConfiguration(
    commandName: "timeline",
    abstract: "The dated events of the selection in time order, each with its sources.")
  public static let examples = ["timeline", "search talks | timeline --format markdown"]

  public init() {}

  public func run(in context: CommandContext) async throws -> CommandValue {
    let (fused, _, _) = try await EventSelection.fuse(context)
    let rows: [[JSONValue]] = fused.map(\.event).filter { $0.time != nil }.map { event in
      [
        EventSelection.date(event), .string(event.type.rawValue), .string(event.summary),
        event.location.map { .string($0.name) } ?? .null,
        .array(event.participants.map { .string($0.name) }),
        .array(event.sources.map { .string($0.outlet ?? $0.articleID.rawValue) }),
        .string(event.id.rawValue),
      ]
    }
    return .table(
      DataTable(
        columns: ["date", "type", "summary", "location", "participants", "sources", "event"], rows: rows))
  }
}

/// `compare`.
public struct CompareCommand: ShellCommand {
  public static let configuration = CommandConfiguration(
    commandName: "compare",
    abstract: "For each event reported by several sources, the facts they report differently.",
    discussion: """
      Numbers (durations, amounts, lengths, counts), dates, places and participants, with each \
      value and the articles that give it. A source that leaves a fact out does not disagree.
      """)
  public static let examples = ["compare", "compare --format json", "search Porthaven | compare"]

  public init() {}

  public func run(in context: CommandContext) async throws -> CommandValue {
    let (fused, _, entities) = try await EventSelection.fuse(context)
    let kinds = Dictionary(entities.map { ($0.id, $0.kind) }, uniquingKeysWith: { first, _ in first })
    let finder = DisagreementFinder()
    var rows: [[JSONValue]] = []
    for event in fused where event.event.sources.count > 1 {
      for disagreement in finder.disagreements(in: event, kinds: kinds) {
        rows.append([
          .string(disagreement.event.rawValue), .string(event.event.type.rawValue),
          EventSelection.date(event.event), .string(disagreement.attribute),
          .array(
            disagreement.values.map {
              .object([
                "value": .string($0.value), "sources": .array($0.sources.map { .string($0.rawValue) }),
              ])
            }),
        ])
      }
    }
    return .table(DataTable(columns: ["event", "type", "date", "attribute", "values"], rows: rows))
  }
}
