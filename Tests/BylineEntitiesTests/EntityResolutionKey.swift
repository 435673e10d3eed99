import BylineCore
import BylineEntities
import BylineParsing
import Foundation
import Testing

/// A hand-made key for resolution: groups of names that must each be one entity, and names
/// that must be different entities.
struct EntityResolutionKey {
  /// Each group's names must all be aliases of one entity, and of no other.
  var groups: [[String]]
  /// Each pair must name two different entities.
  var apart: [(String, String)]

  /// Parses and analyses the files at `paths` with the bundled plugins.
  static func resolve(_ paths: [String]) async throws -> [ResolvedEntity] {
    let loaded = try await ArticleLoader(readers: ParsingPlugin().readers).load(paths)
    let registry = try PluginRegistry([ParsingPlugin(), EntitiesPlugin(), EntityResolutionPlugin()])
    let result = try await Pipeline(plan: registry.plan(providing: [.entities])).run(Corpus(loaded.articles))
    #expect(result.failures.isEmpty, "\(result.failures)")
    return result.corpus.annotations[ResolvedEntitiesKey.self] ?? []
  }

  /// The entities that go by `name`.
  static func entities(named name: String, in entities: [ResolvedEntity]) -> [ResolvedEntity] {
    entities.filter { $0.aliasCounts.contains { $0.name == name } }
  }

  /// Records an issue for every group that is not exactly one entity and every pair that is one.
  func check(_ entities: [ResolvedEntity], sourceLocation: SourceLocation = #_sourceLocation) {
    var groupEntities: [EntityID] = []
    for group in groups {
      let found = Set(group.flatMap { Self.entities(named: $0, in: entities).map(\.id) })
      let names = found.map { id in entities.first { $0.id == id }!.aliasCounts.map(\.name) }
      #expect(found.count == 1, "\(group) is spread over \(names)", sourceLocation: sourceLocation)
      if found.count == 1, let entity = entities.first(where: { $0.id == found.first }) {
        let aliases = Set(entity.aliasCounts.map(\.name))
        #expect(
          Set(group).isSubset(of: aliases), "\(group) is not all in \(entity.canonicalName): \(aliases)",
          sourceLocation: sourceLocation)
        groupEntities.append(entity.id)
      }
    }
    #expect(
      Set(groupEntities).count == groupEntities.count, "two groups of the key became one entity",
      sourceLocation: sourceLocation)
    for (first, second) in apart {
      let a = Set(Self.entities(named: first, in: entities).map(\.id))
      let b = Set(Self.entities(named: second, in: entities).map(\.id))
      #expect(!a.isEmpty && !b.isEmpty, "\(first) or \(second) was not found", sourceLocation: sourceLocation)
      #expect(a.isDisjoint(with: b), "\(first) and \(second) were merged", sourceLocation: sourceLocation)
    }
  }
}
