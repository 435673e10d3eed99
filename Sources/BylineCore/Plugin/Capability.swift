/// Something a plugin provides to the articles or the corpus, and that other plugins require:
/// sentences, tokens, entities, events, or any annotation key.
///
/// Like spaCy's `requires` and `assigns`, capabilities let the registry order plugins and report
/// what is missing before anything runs.
///
/// ```swift
/// var provides: [Capability] { [.annotation(KeywordsKey.self)] }
/// var requires: [Capability] { [.sentences] }
/// ```
public struct Capability: OpenVocabulary {
  public let rawValue: String
  public init(rawValue: String) { self.rawValue = rawValue }

  /// The capability of having a value under `key`; named after the key.
  public static func annotation<Key: AnnotationKey>(_ key: Key.Type) -> Capability {
    Capability(rawValue: Key.name)
  }

  /// Title and body. Every article has it; no plugin needs to provide it.
  public static let text: Capability = "text"
  /// Outlet, authors, publication date and language filled in from the text or markup.
  public static let metadata: Capability = "metadata"
  /// ``Article/paragraphs``.
  public static let paragraphs: Capability = "paragraphs"
  /// ``Article/sentences``.
  public static let sentences: Capability = "sentences"
  /// ``Article/tokens``.
  public static let tokens: Capability = "tokens"
  /// Entity mentions recognised in each article.
  public static let entityMentions: Capability = "entityMentions"
  /// Entities resolved across the corpus.
  public static let entities: Capability = "entities"
  /// Events extracted from articles.
  public static let events: Capability = "events"
  /// Quotations and their speakers.
  public static let quotes: Capability = "quotes"
  /// Sentiment scores.
  public static let sentiment: Capability = "sentiment"
  /// Summaries.
  public static let summaries: Capability = "summaries"
}
