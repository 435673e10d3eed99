import BylineCommands
import BylineCore
import Foundation

/// `entities [--kind K] [--top N] [--min-mentions N]`.
public struct EntitiesCommand: ShellCommand {
  public static let configuration = CommandConfiguration(
    commandName: "entities",
    abstract: "List the people, organisations and places in the selection, resolved across articles.",
    discussion: """
      Each row is one real-world entity: its canonical name, every alias with its count, how \
      many times and in how many articles it is named, its knowledge-base id when the gazetteer \
      knows it, and the tone (mean VADER compound, the name itself masked) of the sentences \
      that mention it. Most-mentioned first.
      """)
  public static let examples = [
    "entities", "entities --kind person --top 10",
    "filter outlet='Meridian Wire' | entities --min-mentions 2",
    "entities --format json",
  ]

  @Option(help: "Only this kind: person, organization, location or misc.")
  public var kind: EntityKindOption?

  @Option(help: "How many entities to list; a note on standard error says how many there are when it cuts.")
  public var top = 25

  @Option(help: "Leave out entities named fewer times than this.")
  public var minMentions = 1

  public init() {}

  public func validate() throws {
    if top < 1 { throw ValidationError("--top must be at least 1") }
  }

  public func run(in context: CommandContext) async throws -> CommandValue {
    let (entities, articles) = try await context.resolvedEntities()
    let wanted = kind?.kind
    let kept = entities.filter { entity in
      (wanted == nil || entity.kind == wanted) && entity.mentions.count >= minMentions
    }
    if kept.count > top {
      context.diagnose("note: showing \(top) of \(kept.count) entities; --top N for more")
    }
    let selected = kept.prefix(top)
    let tones = try EntityTonePlugin.analysis(in: context).tones(of: Array(selected), in: articles)
    let rows: [[JSONValue]] = selected.map { entity in
      [
        .string(entity.canonicalName), .string(entity.kind.rawValue), .number(Double(entity.mentions.count)),
        .number(Double(entity.articles.count)),
        tones[entity.id].map { EntitySelection.rounded($0.compound) } ?? .null,
        EntitySelection.aliasValues(entity), .array(entity.roles.map { .string($0) }),
        EntitySelection.knowledgeBaseValues(entity), .string(entity.id.rawValue),
      ]
    }
    return .table(
      DataTable(
        columns: ["name", "kind", "mentions", "articles", "tone", "aliases", "roles", "kbIds", "id"],
        rows: rows))
  }
}

/// `entity NAME [--by FIELD]`.
public struct EntityCommand: ShellCommand {
  public static let configuration = CommandConfiguration(
    commandName: "entity",
    abstract:
      "Show one entity: aliases, roles, every mention in context, its articles and tone by outlet (or any field).",
    discussion: """
      NAME is any of the entity's names or aliases (case and accents ignored) or its id; \
      otherwise the most-mentioned entity whose name contains NAME. The tone of the sentences \
      naming it is also given per outlet, in the field toneByOutlet, or per any other field \
      with --by: --by folder gives toneByFolder, --by month toneByMonth.
      """)
  public static let examples = [
    "entity Wrobel", "entity 'Harriet Sowande' --format json", "entity geonames:2267057",
    "entity Porthaven --by month",
  ]

  @Argument(help: "A name, alias or id.")
  public var name: String

  @Option(
    help: ArgumentHelp(
      "Give the tone per value of this field: outlet, author, language, date, month, year, folder, file.",
      valueName: "field"))
  public var by: ArticleField = .outlet

  public init() {}

  /// The column of the tone per value of ``by``: `toneByOutlet`, `toneByFolder`, ...
  var toneColumn: String { "toneBy" + by.rawValue.prefix(1).uppercased() + by.rawValue.dropFirst() }

  public func run(in context: CommandContext) async throws -> CommandValue {
    let (entities, articles) = try await context.resolvedEntities()
    let options: String.CompareOptions = [.caseInsensitive, .diacriticInsensitive]
    let matches =
      entities.filter { EntitySelection.isNamed($0, name) || $0.id.rawValue == name }.nonEmpty
      ?? entities.filter { entity in
        ([entity.canonicalName] + entity.aliases).contains { $0.range(of: name, options: options) != nil }
      }
    guard let entity = matches.first else {
      throw BylineError(
        .notFound, "no entity named '\(name)'", argument: name, hint: "list them with 'entities'")
    }
    if matches.count > 1 {
      context.diagnose(
        "note: '\(name)' also names "
          + matches.dropFirst().prefix(5).map(\.canonicalName).joined(separator: ", "))
    }
    let byID = Dictionary(articles.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    let analysis = try EntityTonePlugin.analysis(in: context)
    let tone = analysis.tone(of: entity, in: articles)
    let mentions: [JSONValue] = entity.occurrences.map { occurrence in
      let article = byID[occurrence.articleID]
      var context = ""
      if let article, occurrence.sentence < article.sentences.count {
        context = article.sentences[occurrence.sentence].excerpt(in: article.body, around: occurrence.span)
      }
      return .object([
        "article": .string(occurrence.articleID.rawValue), "outlet": .string(article?.outlet ?? ""),
        "text": .string(occurrence.text), "context": .string(context),
      ])
    }
    var occurrencesByArticle: [ArticleID: Int] = [:]
    for occurrence in entity.occurrences { occurrencesByArticle[occurrence.articleID, default: 0] += 1 }
    let articleValues: [JSONValue] = entity.articles.map { id in
      let count = occurrencesByArticle[id] ?? 0
      return .object([
        "id": .string(id.rawValue), "outlet": .string(byID[id]?.outlet ?? ""),
        "title": .string(byID[id]?.title ?? ""), "mentions": .number(Double(count)),
      ])
    }
    let row: [JSONValue] = [
      .string(entity.id.rawValue), .string(entity.canonicalName), .string(entity.kind.rawValue),
      EntitySelection.aliasValues(entity), .array(entity.roles.map { .string($0) }),
      EntitySelection.knowledgeBaseValues(entity), EntitySelection.rounded(entity.confidence),
      EntitySelection.rounded(tone.compound), toneByField(of: entity, in: articles, analysis: analysis),
      .array(articleValues),
      .array(mentions),
    ]
    return .table(
      DataTable(
        columns: [
          "id", "name", "kind", "aliases", "roles", "kbIds", "confidence", "tone", toneColumn, "articles",
          "mentions",
        ], rows: [row]))
  }

  /// The tone of the sentences naming `entity` per value of ``by``, most sentences first: objects
  /// with the value (under the field's name), `tone` and `sentences`. An article with no value
  /// counts under `(no FIELD)`; one with two authors counts for both.
  func toneByField(of entity: NamedEntity, in articles: [NewsArticle], analysis: EntityToneAnalysis)
    -> JSONValue
  {
    let named = Set(entity.articles)
    let tones = by.groups(of: articles.filter { named.contains($0.id) }).map { group in
      (label: group.label, tone: analysis.tone(of: entity, in: group.articles))
    }.filter { $0.tone.sentences > 0 }
    return .array(
      tones.sorted { ($1.tone.sentences, $0.label) < ($0.tone.sentences, $1.label) }.map { label, tone in
        .object([
          by.rawValue: .string(label), "tone": EntitySelection.rounded(tone.compound),
          "sentences": .number(Double(tone.sentences)),
        ])
      })
  }
}

extension Array {
  fileprivate var nonEmpty: Self? { isEmpty ? nil : self }
}
