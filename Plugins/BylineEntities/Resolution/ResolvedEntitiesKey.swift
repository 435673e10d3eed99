import BylineCore

/// The entities ``EntityResolver`` found in a corpus, in the corpus's annotations: the core's
/// ``BylineCore/CorpusEntitiesKey`` (`"entities"`), which other plugins read.
///
/// ```swift
/// corpus.annotations[ResolvedEntitiesKey.self] = EntityResolver().resolve(corpus.articles)
/// ```
public typealias ResolvedEntitiesKey = CorpusEntitiesKey
