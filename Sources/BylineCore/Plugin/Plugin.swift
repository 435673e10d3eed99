/// An analysis that plugs into Byline: it declares what it needs and provides, analyses articles
/// or whole corpora, and may declare settings and contribute input formats (and, through
/// `BylineCommands`' `CommandContributing`, shell commands).
///
/// Plugins are values; the ``PluginRegistry`` orders them by their capabilities and the
/// ``Pipeline`` runs them. A minimal plugin:
///
/// ```swift
/// enum WordCountKey: AnnotationKey { typealias Value = Int }
///
/// struct WordCountPlugin: Plugin {
///   var name: String { "word-count" }
///   var provides: [Capability] { [.annotation(WordCountKey.self)] }
///   func analyze(_ article: inout NewsArticle, context: AnalysisContext) async throws {
///     article.annotations[WordCountKey.self] = article.wordCount
///   }
/// }
/// ```
///
/// Every requirement has a default except ``name``, so a plugin states only what it does.
public protocol Plugin: Sendable {
  /// A unique, lower-case name such as `sentiment`; the shell and errors use it.
  var name: String { get }
  /// The plugin's version, e.g. `1.0.0`.
  var version: String { get }
  /// One line saying what the plugin does, for `plugins` and `help`.
  var summary: String { get }
  /// The capabilities this plugin needs before it runs.
  var requires: [Capability] { get }
  /// The capabilities this plugin adds.
  var provides: [Capability] { get }
  /// Whether it works per article, per corpus, or both. Defaults to ``AnalysisScope/article``.
  var scope: AnalysisScope { get }
  /// The settings this plugin reads, each with its type, default and help; the shell's `set`
  /// checks values against them and lists them. Read them with `context.settings[setting]`.
  var settings: [any SettingDeclaration] { get }
  /// The input formats this plugin can read.
  var readers: [any ArticleReader] { get }

  /// Analyses one article, attaching results to it. Runs concurrently across articles.
  func analyze(_ article: inout NewsArticle, context: AnalysisContext) async throws

  /// Analyses the corpus as a whole, attaching results to the corpus or its articles.
  func analyze(_ corpus: inout Corpus, context: AnalysisContext) async throws
}

extension Plugin {
  public var version: String { "0.0.0" }
  public var summary: String { "" }
  public var requires: [Capability] { [] }
  public var provides: [Capability] { [] }
  public var scope: AnalysisScope { .article }
  public var settings: [any SettingDeclaration] { [] }
  public var readers: [any ArticleReader] { [] }
  public func analyze(_ article: inout NewsArticle, context: AnalysisContext) async throws {}
  public func analyze(_ corpus: inout Corpus, context: AnalysisContext) async throws {}
}
