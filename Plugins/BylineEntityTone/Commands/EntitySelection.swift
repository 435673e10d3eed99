import BylineCommands
import BylineCore
import Foundation

/// Resolved entities of a selection, for the commands.
enum EntitySelection {
  /// Runs recognition and resolution on the command's input articles.
  static func resolve(_ context: CommandContext) async throws -> (
    entities: [NamedEntity], articles: [NewsArticle]
  ) {
    let corpus = try await context.analyze(context.inputArticles, providing: [.entities])
    return (corpus.annotations[CorpusEntitiesKey.self] ?? [], corpus.articles)
  }

  /// The kind named on the command line: person, organization, location or misc (and the
  /// spellings people use for them).
  static func kind(named name: String) -> EntityKind? { EntityKindOption(argument: name)?.kind }

  /// Whether `entity` goes by `name` (canonical name or alias, ignoring case and accents).
  static func isNamed(_ entity: NamedEntity, _ name: String) -> Bool {
    let options: String.CompareOptions = [.caseInsensitive, .diacriticInsensitive]
    return ([entity.canonicalName] + entity.aliases).contains {
      $0.compare(name, options: options) == .orderedSame
    }
  }

  static func aliasValues(_ entity: NamedEntity) -> JSONValue {
    .array(
      entity.aliasCounts.map { .object(["name": .string($0.name), "count": .number(Double($0.count))]) })
  }

  static func knowledgeBaseValues(_ entity: NamedEntity) -> JSONValue {
    .object(entity.knowledgeBaseIDs.mapValues { .string($0) })
  }

  static func rounded(_ value: Double) -> JSONValue { .number((value * 1000).rounded() / 1000) }
}
