import BylineCore
import Foundation

/// The bundled parsing plugin: reads scraped text, HTML, JSON and JSON Lines, CSV, RSS and Atom
/// feeds, each optionally gzip-compressed, into clean articles with their metadata; and gives any
/// article its paragraphs, sentences, tokens and language.
///
/// ```swift
/// var registry = PluginRegistry()
/// try registry.register(ParsingPlugin())
/// let report = try await ArticleLoader(readers: registry.readers).load(["pages/"])
/// ```
public struct ParsingPlugin: Plugin {
  /// Creates the plugin.
  public init() {}

  public var name: String { "parsing" }
  public var version: String { "1.0.0" }
  public var summary: String {
    "Reads text, HTML, JSON, CSV and feeds (also gzipped) into clean articles; sentences and tokens."
  }
  public var provides: [Capability] { [.paragraphs, .sentences, .tokens, .metadata] }

  public var readers: [any ArticleReader] {
    let formats: [any ArticleReader] = [
      ScrapedTextArticleReader(), HTMLArticleReader(), JSONRecordReader(), CSVArticleReader(),
      FeedArticleReader(),
    ]
    return formats + [GzipArticleReader(inner: formats)]
  }

  /// Adds what an article read by another reader lacks: paragraphs, sentences, tokens, language.
  public func analyze(_ article: inout NewsArticle, context: AnalysisContext) async throws {
    article.prepareText()
    if article.language == nil {
      article.language = LanguageDetector.detect(String(article.body.prefix(20_000)))
    }
  }
}
