import BylineCommands
import BylineCore

/// A keyword and how often it occurs in an article.
public struct Keyword: Codable, Sendable, Hashable {
  /// The keyword, lower-cased.
  public var term: String
  /// How many times it occurs.
  public var count: Int

  /// Creates a keyword.
  public init(term: String, count: Int) {
    self.term = term
    self.count = count
  }
}

/// Where ``KeywordPlugin`` stores each article's keywords, most frequent first.
public enum KeywordsKey: AnnotationKey {
  public typealias Value = [Keyword]
}

/// An example third-party plugin: it finds each article's most frequent content words.
///
/// It uses only BylineCore's and BylineCommands' public API, exactly as a plugin in another
/// package would.
public struct KeywordPlugin: Plugin, CommandContributing {
  /// How many keywords to keep per article.
  public var limit: Int

  /// `set keywords.limit N`: how many keywords to keep, overriding ``limit``.
  public static let limitSetting = Setting<Int>(
    "limit", default: 10, in: 1...1000, help: "How many keywords to keep per article")

  /// Creates the plugin.
  public init(limit: Int = 10) { self.limit = limit }

  public var name: String { "keywords" }
  public var version: String { "1.0.0" }
  public var summary: String { "Most frequent content words of each article." }
  public var requires: [Capability] { [.text] }
  public var provides: [Capability] { [.annotation(KeywordsKey.self)] }
  public var settings: [any SettingDeclaration] { [Self.limitSetting] }
  public var commands: [any ShellCommand.Type] { [KeywordsCommand.self] }

  public func analyze(_ article: inout NewsArticle, context: AnalysisContext) async throws {
    let limit = context.settings.value(of: Self.limitSetting) ?? self.limit
    article.annotations[KeywordsKey.self] = Self.keywords(in: article.body, limit: limit)
  }

  /// The `limit` most frequent words of three or more letters that are not stop words; ties go
  /// to the word seen first.
  public static func keywords(in text: String, limit: Int) -> [Keyword] {
    var counts: [String: (count: Int, first: Int)] = [:]
    var position = 0
    for word in text.split(whereSeparator: { !$0.isLetter }) where word.count >= 3 {
      let term = word.lowercased()
      guard !stopWords.contains(term) else { continue }
      counts[term, default: (0, position)].count += 1
      position += 1
    }
    return counts.sorted { ($0.value.count, -$0.value.first) > ($1.value.count, -$1.value.first) }
      .prefix(limit)
      .map { Keyword(term: $0.key, count: $0.value.count) }
  }

  static let stopWords: Set<String> = [
    "the", "and", "for", "that", "with", "was", "were", "are", "his", "her", "its", "has", "have",
    "had", "but", "not", "from", "this", "they", "their", "them", "there", "would", "will", "said",
    "say", "says", "who", "which", "what", "when", "where", "been", "also", "after", "before",
    "about", "into", "than", "then", "more", "most", "some", "such", "one", "two", "our", "out",
    "over", "she", "him", "you", "your", "can", "could", "should", "may", "might", "all", "any",
    "did", "does", "how", "why", "per", "off", "only", "other", "very", "just", "like", "while",
  ]
}

/// `keywords [--limit N]`: the keywords of each article in the selection.
public struct KeywordsCommand: ShellCommand {
  public static let configuration = CommandConfiguration(
    commandName: "keywords",
    abstract: "List the most frequent content words of each article.")
  public static let examples = ["keywords --limit 5", "filter outlet='Meridian Wire' | keywords"]

  /// How many keywords per article.
  @Option(help: "How many keywords to show per article.")
  public var limit: Int = 5

  public init() {}

  public func run(in context: CommandContext) async throws -> CommandValue {
    let corpus = try await context.analyze(
      context.inputArticles, providing: [.annotation(KeywordsKey.self)])
    return .table(
      DataTable(
        columns: ["id", "title", "keywords"],
        rows: corpus.articles.map { article in
          let keywords = (article.annotations[KeywordsKey.self] ?? []).prefix(limit)
          return [
            .string(article.id.rawValue), .string(article.title),
            .string(keywords.map(\.term).joined(separator: ", ")),
          ]
        }))
  }
}
