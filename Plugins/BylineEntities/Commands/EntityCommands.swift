import BylineCommands
import BylineCore
import Foundation

/// `cooccur [--top N] [--within sentence|article]`.
public struct CooccurCommand: ShellCommand {
  public static let configuration = CommandConfiguration(
    commandName: "cooccur",
    abstract: "List pairs of entities named together, most frequent first.",
    discussion: """
      Pairs are counted once per sentence (or per article with --within article) in which \
      both entities are named; the articles column counts the articles with at least one.
      """)
  public static let examples = [
    "cooccur", "cooccur --top 5 --within article", "filter entity=Porthaven | cooccur",
  ]

  @Option(help: "How many pairs to list; a note on standard error says how many there are when it cuts.")
  public var top = 20

  /// What `--within` counts pairs in.
  public enum Scope: String, CaseIterable, Sendable, ExpressibleByArgument {
    /// Pairs named in one sentence.
    case sentence
    /// Pairs named anywhere in one article.
    case article
  }

  @Option(help: "Count pairs per sentence or per article.")
  public var within: Scope = .sentence

  @Option(help: "Only pairs whose entities are both of this kind.")
  public var kind: EntityKindOption?

  public init() {}

  public func validate() throws {
    if top < 1 { throw ValidationError("--top must be at least 1") }
  }

  public func run(in context: CommandContext) async throws -> CommandValue {
    let (entities, _) = try await context.resolvedEntities()
    let wanted = kind?.kind
    struct Place: Hashable {
      var article: ArticleID
      var sentence: Int
    }
    var members: [Place: Set<Int>] = [:]
    for (index, entity) in entities.enumerated() where wanted == nil || entity.kind == wanted {
      for occurrence in entity.occurrences {
        members[
          Place(article: occurrence.articleID, sentence: within == .article ? 0 : occurrence.sentence),
          default: []
        ]
        .insert(index)
      }
    }
    var counts: [[Int]: (count: Int, articles: Set<ArticleID>)] = [:]
    for (place, entityIndexes) in members where entityIndexes.count > 1 {
      try Task.checkCancellation()
      let sorted = entityIndexes.sorted()
      for (position, first) in sorted.enumerated() {
        for second in sorted[(position + 1)...] {
          counts[[first, second], default: (0, [])].count += 1
          counts[[first, second], default: (0, [])].articles.insert(place.article)
        }
      }
    }
    if counts.count > top {
      context.diagnose("note: showing \(top) of \(counts.count) pairs; --top N for more")
    }
    let ranked = counts.sorted { left, right in
      if left.value.count != right.value.count { return left.value.count > right.value.count }
      return left.key.lexicographicallyPrecedes(right.key)
    }.prefix(top)
    let rows: [[JSONValue]] = ranked.map { pair, value in
      [
        .string(entities[pair[0]].canonicalName), .string(entities[pair[1]].canonicalName),
        .number(Double(value.count)), .number(Double(value.articles.count)),
        .string(entities[pair[0]].id.rawValue), .string(entities[pair[1]].id.rawValue),
      ]
    }
    return .table(
      DataTable(columns: ["first", "second", "count", "articles", "firstId", "secondId"], rows: rows))
  }
}

extension Array {
  fileprivate var nonEmpty: Self? { isEmpty ? nil : self }
}
