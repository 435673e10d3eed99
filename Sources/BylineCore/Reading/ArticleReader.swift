import Foundation

/// An input format: turns the bytes of one file into articles.
///
/// Byline reads plain text and its own JSON and JSON Lines out of the box; plugins add formats
/// (HTML, feeds, WARC, ...) through ``Plugin/readers``.
public protocol ArticleReader: Sendable {
  /// A short name, e.g. `text` or `jsonl`.
  var format: String { get }
  /// File name extensions this reader claims, lower-case and without the dot.
  var fileExtensions: Set<String> { get }
  /// Whether this reader recognises `data`, for files whose extension no reader claims.
  /// Defaults to false.
  func recognizes(_ data: Data) -> Bool
  /// Reads every article in `data`, read from `source`. Problems with single records are
  /// reported in the outcome while the other records are still returned.
  func read(_ data: Data, source: String) -> ReadOutcome
}

extension ArticleReader {
  public func recognizes(_ data: Data) -> Bool { false }
}

/// The articles read from one input, and the problems met on the way.
public struct ReadOutcome: Sendable {
  /// The articles, in input order.
  public var articles: [NewsArticle]
  /// The problems, in input order.
  public var problems: [InputProblem]

  /// Creates an outcome.
  public init(articles: [NewsArticle] = [], problems: [InputProblem] = []) {
    self.articles = articles
    self.problems = problems
  }

  /// An outcome holding only `problem`.
  public static func failure(_ problem: InputProblem) -> ReadOutcome {
    ReadOutcome(problems: [problem])
  }
}
