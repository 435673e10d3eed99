/// An ordered collection of articles, with the corpus-level annotations that cross-document
/// plugins attach (resolved entities, fused events, multi-document summaries).
///
/// A corpus holds everything in memory. For inputs too large for that, feed the pipeline an
/// `AsyncSequence` of ``NewsArticle`` instead; ``stream`` turns a corpus into one.
public struct Corpus: Sendable, Hashable, Codable, RandomAccessCollection {
  /// The articles, in input order.
  public var articles: [NewsArticle]
  /// Results of cross-document analysis, under typed keys.
  public var annotations: Annotations

  /// Creates a corpus.
  public init(_ articles: [NewsArticle] = [], annotations: Annotations = Annotations()) {
    self.articles = articles
    self.annotations = annotations
  }

  public var startIndex: Int { articles.startIndex }
  public var endIndex: Int { articles.endIndex }
  public subscript(position: Int) -> NewsArticle { articles[position] }

  /// The article with `id`, if the corpus has it.
  public func article(withID id: ArticleID) -> NewsArticle? {
    articles.first { $0.id == id }
  }

  /// The articles as an asynchronous sequence, for APIs that stream.
  public var stream: ArticleSequence { ArticleSequence(articles) }
}

/// Articles held in memory, served as an `AsyncSequence` without any synchronisation cost.
public struct ArticleSequence: AsyncSequence, Sendable {
  public typealias Element = NewsArticle

  private let articles: [NewsArticle]

  /// Creates a sequence over `articles`.
  public init(_ articles: [NewsArticle]) { self.articles = articles }

  public func makeAsyncIterator() -> Iterator { Iterator(articles: articles) }

  /// Hands out the articles in order.
  public struct Iterator: AsyncIteratorProtocol {
    let articles: [NewsArticle]
    var index = 0

    public mutating func next() async -> NewsArticle? {
      guard index < articles.count else { return nil }
      defer { index += 1 }
      return articles[index]
    }
  }
}
