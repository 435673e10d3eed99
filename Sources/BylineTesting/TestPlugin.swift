import BylineCore
import Synchronization

/// A plugin built from closures, for tests: declare its capabilities inline and say what it does
/// to each article or to the corpus. It records every article it sees, like swift-log's
/// in-memory handler records log entries.
///
/// ```swift
/// let tagger = TestPlugin("tagger", provides: ["tags"]) { article in
///   article.annotations[TagsKey.self] = ["economy"]
/// }
/// ```
public struct TestPlugin: Plugin {
  public let name: String
  public let requires: [Capability]
  public let provides: [Capability]
  public let scope: AnalysisScope
  private let articleWork: @Sendable (inout NewsArticle) async throws -> Void
  private let corpusWork: @Sendable (inout Corpus) async throws -> Void
  private let log = ArticleLog()

  /// Creates a plugin that runs `work` on each article (and, with `scope` `.corpus`,
  /// `corpusWork` on the corpus).
  public init(
    _ name: String,
    requires: [Capability] = [],
    provides: [Capability] = [],
    scope: AnalysisScope = .article,
    work: @escaping @Sendable (inout NewsArticle) async throws -> Void = { _ in },
    corpusWork: @escaping @Sendable (inout Corpus) async throws -> Void = { _ in }
  ) {
    self.name = name
    self.requires = requires
    self.provides = provides
    self.scope = scope
    self.articleWork = work
    self.corpusWork = corpusWork
  }

  public func analyze(_ article: inout NewsArticle, context: AnalysisContext) async throws {
    log.entries.withLock { $0.append(article.id) }
    try await articleWork(&article)
  }

  public func analyze(_ corpus: inout Corpus, context: AnalysisContext) async throws {
    try await corpusWork(&corpus)
  }

  /// The ids of the articles this plugin has analysed, in the order it started on them.
  public var analyzedArticleIDs: [ArticleID] { log.entries.withLock { $0 } }
}

/// An error a ``TestPlugin`` can throw to simulate a plugin failing on an article.
public struct InjectedFailure: Error, Hashable, CustomStringConvertible {
  /// What the failure says.
  public let message: String

  /// Creates a failure.
  public init(_ message: String = "injected failure") { self.message = message }

  public var description: String { message }
}

/// Shared, lock-protected storage for the ids a ``TestPlugin`` sees; a class so that copies of the
/// plugin share one log.
private final class ArticleLog: Sendable {
  let entries = Mutex<[ArticleID]>([])
}
