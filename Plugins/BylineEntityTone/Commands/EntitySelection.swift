import BylineCommands
import BylineCore
import Foundation

/// How the entity commands match and show resolved entities.
enum EntitySelection {
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
