import BylineCore
import Foundation

/// Links speakers to resolved people and organisations: through the entity's occurrence at the
/// speaker's mention (same article, overlapping span), else through a name the entity goes by, else
/// (for a surname written alone) through the one person with a name ending in it.
struct SpeakerLinker: Sendable {
  private struct Occurrence: Sendable {
    var span: TextSpan
    var entity: EntityID
    var kind: EntityKind
  }

  private var occurrences: [ArticleID: [Occurrence]] = [:]
  private var byName: [String: [NamedEntity]] = [:]
  /// People by the last word of each of their names, for a surname written alone.
  private var bySurname: [String: [NamedEntity]] = [:]

  init(_ entities: [NamedEntity]) {
    for entity in entities {
      for occurrence in entity.occurrences {
        occurrences[occurrence.articleID, default: []].append(
          Occurrence(span: occurrence.span, entity: entity.id, kind: entity.kind))
      }
      guard Self.canSpeak(entity.kind) else { continue }
      let names = Set(([entity.canonicalName] + entity.aliases).map(Self.folded))
      for name in names {
        byName[name, default: []].append(entity)
      }
      guard entity.kind == .person else { continue }
      for surname in Set(
        names.compactMap { $0.split(separator: " ").count > 1 ? $0.split(separator: " ").last : nil })
      {
        bySurname[String(surname), default: []].append(entity)
      }
    }
  }

  /// Whether an entity of `kind` can be a speaker.
  static func canSpeak(_ kind: EntityKind) -> Bool { kind == .person || kind == .organization }

  /// The entity named at `span` in `article`, or, when no entity occurs there, the one person or
  /// organisation that goes by `name` (preferring those named in the article).
  func entity(at span: TextSpan?, named name: String?, in article: ArticleID) -> EntityID? {
    if let span, let occurrence = occurrences[article]?.first(where: { $0.span.overlaps(span) }) {
      return Self.canSpeak(occurrence.kind) ? occurrence.entity : nil
    }
    guard let name else { return nil }
    let folded = Self.folded(name)
    if let named = byName[folded] { return Self.single(named, preferring: article) }
    // A surname alone ("Dravnik") names the one person with a name ending in it.
    guard !folded.contains(" "), let people = bySurname[folded] else { return nil }
    return Self.single(people, preferring: article)
  }

  /// The one entity of `candidates`, or of those named in `article` when there are any.
  private static func single(_ candidates: [NamedEntity], preferring article: ArticleID) -> EntityID? {
    let local = candidates.filter { $0.articles.contains(article) }
    let chosen = local.isEmpty ? candidates : local
    return chosen.count == 1 ? chosen[0].id : nil
  }

  /// `name` compared ignoring case, accents and a final possessive.
  static func folded(_ name: String) -> String {
    SpeakerFinder.withoutPossessive(name).folding(
      options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
  }
}
