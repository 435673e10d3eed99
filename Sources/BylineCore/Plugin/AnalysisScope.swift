/// Where a plugin does its work: on each article on its own, on the corpus as a whole, or both.
///
/// Article work runs in parallel across articles and can stream; corpus work (entity resolution,
/// event fusion, multi-document summaries) sees every article at once.
public struct AnalysisScope: OptionSet, Hashable, Sendable {
  public let rawValue: Int
  public init(rawValue: Int) { self.rawValue = rawValue }

  /// ``Plugin/analyze(_:context:)-(NewsArticle,_)`` runs once per article.
  public static let article = AnalysisScope(rawValue: 1 << 0)
  /// ``Plugin/analyze(_:context:)-(Corpus,_)`` runs once per corpus, after the article work of
  /// the plugins it requires.
  public static let corpus = AnalysisScope(rawValue: 1 << 1)
}
