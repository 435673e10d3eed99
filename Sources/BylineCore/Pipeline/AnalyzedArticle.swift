/// One article after the pipeline: the article with its annotations, and what failed on it.
public struct AnalyzedArticle: Sendable {
  /// The article, carrying the results of every plugin that succeeded.
  public var article: NewsArticle
  /// The plugins that failed or were skipped on this article, in plan order.
  public var failures: [PipelineFailure]

  /// Creates a result.
  public init(article: NewsArticle, failures: [PipelineFailure] = []) {
    self.article = article
    self.failures = failures
  }
}

/// The result of running a pipeline over a corpus.
public struct PipelineResult: Sendable {
  /// The analysed corpus, in input order.
  public var corpus: Corpus
  /// Every failure, article by article in input order, then corpus failures.
  public var failures: [PipelineFailure]

  /// Creates a result.
  public init(corpus: Corpus, failures: [PipelineFailure]) {
    self.corpus = corpus
    self.failures = failures
  }
}
