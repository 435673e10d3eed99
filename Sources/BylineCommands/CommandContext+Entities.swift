public import BylineCore

extension CommandContext {
  /// Runs whatever provides ``BylineCore/Capability/entities`` on the command's input articles
  /// and returns the entities resolved across them (``BylineCore/CorpusEntitiesKey``) with the
  /// analysed articles — for any command that lists or looks up entities, whichever plugin
  /// resolved them.
  public func resolvedEntities() async throws -> (entities: [NamedEntity], articles: [NewsArticle]) {
    let corpus = try await analyze(inputArticles, providing: [.entities])
    return (corpus.annotations[CorpusEntitiesKey.self] ?? [], corpus.articles)
  }
}
