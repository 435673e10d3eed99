public import BylineCore

/// What a shell command runs with: its input from the pipeline, the session's corpus, a way to
/// run analysis, and the session itself.
public struct CommandContext: Sendable {
  /// What the previous command produced; for the first command, the session's articles.
  public var input: CommandValue
  /// Every article loaded in the session.
  public var corpus: Corpus
  /// The registered plugins.
  public var registry: PluginRegistry
  /// Runs the plugins that provide some capabilities on some articles; the shell supplies one
  /// that caches results across commands.
  public var analyzer: @Sendable ([NewsArticle], [Capability]) async throws -> PipelineResult
  /// Reports a diagnostic (a warning or note) to the user, on standard error in the shell.
  public var diagnose: @Sendable (String) -> Void
  /// The session the command runs in; nil when a command is run on its own, outside a shell.
  public var session: (any CommandSession)?

  /// Creates a context. By default analysis runs a fresh pipeline each time and diagnostics are
  /// dropped.
  public init(
    input: CommandValue,
    corpus: Corpus,
    registry: PluginRegistry,
    analyzer: (@Sendable ([NewsArticle], [Capability]) async throws -> PipelineResult)? = nil,
    diagnose: @escaping @Sendable (String) -> Void = { _ in },
    session: (any CommandSession)? = nil
  ) {
    self.input = input
    self.corpus = corpus
    self.registry = registry
    self.analyzer =
      analyzer ?? { articles, capabilities in
        let plan = try registry.plan(providing: capabilities)
        return try await Pipeline(plan: plan).run(Corpus(articles))
      }
    self.diagnose = diagnose
    self.session = session
  }

  /// The articles the command works on: the input when it is a selection of articles, otherwise
  /// the whole corpus.
  public var inputArticles: [NewsArticle] {
    if case .articles(let articles) = input { return articles }
    return corpus.articles
  }

  /// Runs whatever provides `capabilities` on `articles` and returns the analysed corpus;
  /// failures are reported through ``diagnose``.
  public func analyze(_ articles: [NewsArticle], providing capabilities: [Capability])
    async throws -> Corpus
  {
    let result = try await analyzer(articles, capabilities)
    for failure in result.failures { diagnose(failure.description) }
    return result.corpus
  }
}
