import BylineCore

/// An in-memory, streaming source of articles, for testing code that consumes an
/// `AsyncSequence` of articles (``Pipeline/stream(_:)``) without touching files.
///
/// It can pause before each article, to simulate a slow source, and records how many articles
/// have been pulled, to prove that a consumer reads ahead only a bounded amount.
public struct ArticleStream: AsyncSequence, Sendable {
  public typealias Element = NewsArticle

  private let articles: [NewsArticle]
  private let delay: Duration?
  /// How many articles consumers have pulled so far, across iterators.
  public let pulled: Counter

  /// Creates a stream of `articles`, optionally sleeping `delay` before each.
  public init(_ articles: [NewsArticle], delay: Duration? = nil) {
    self.articles = articles
    self.delay = delay
    self.pulled = Counter()
  }

  public func makeAsyncIterator() -> Iterator {
    Iterator(articles: articles, delay: delay, pulled: pulled)
  }

  /// Iterates over the articles.
  public struct Iterator: AsyncIteratorProtocol {
    let articles: [NewsArticle]
    let delay: Duration?
    let pulled: Counter
    var index = 0

    public mutating func next() async throws -> NewsArticle? {
      guard index < articles.count else { return nil }
      if let delay { try await Task.sleep(for: delay) }
      defer { index += 1 }
      pulled.increment()
      return articles[index]
    }
  }
}
