import BylineCore

/// One real-world person, organisation, place or other named thing, with every mention of it in
/// a corpus and what resolution learned about it: the core's ``BylineCore/NamedEntity``, which
/// is what other plugins read under ``BylineCore/CorpusEntitiesKey``.
///
/// The id is the gazetteer entry's id when it knows the entity (`"geonames:2643743"`), otherwise its kind
/// and folded canonical name (`"person:jana-kowalczyk"`), with `-2`, `-3`… added when different
/// entities would share one; it does not depend on input order. The canonical name is the
/// gazetteer's when the entity is on a list, otherwise its most frequent full name; the
/// confidence formula is in `Resolution/RESOLUTION.md`.
///
/// ```swift
/// let entities = EntityResolver().resolve(articles)
/// let first = entities[0]
/// print(first.canonicalName, first.aliases, first.roles, first.knowledgeBaseIDs["geonames"] ?? "-")
/// ```
public typealias ResolvedEntity = NamedEntity
