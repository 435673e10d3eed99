import Foundation

/// Runs an ``ExecutionPlan`` over articles: per-article work in parallel with bounded
/// concurrency, corpus work where the plan needs it, output in input order, failures isolated.
///
/// ```swift
/// let pipeline = Pipeline(plan: try registry.plan())
/// let result = try await pipeline.run(corpus)
/// for failure in result.failures { print(failure) }
/// ```
///
/// A plugin that throws on one article yields a ``PipelineFailure`` naming the plugin and the
/// article; that article keeps its state from before the plugin ran, plugins that require what
/// the failed one provides are skipped on it, and every other article and plugin goes on.
/// Cancelling the calling task stops the run and throws `CancellationError`.
public struct Pipeline: Sendable {
  /// How a pipeline runs.
  public struct Options: Sendable {
    /// How many articles are analysed at once. Defaults to the number of active cores.
    public var maxConcurrency: Int
    /// How many articles ``Pipeline/stream(_:)`` analyses per task. Larger batches cost less
    /// per article; smaller ones hand out the first results sooner when the source is slow.
    public var streamBatchSize: Int
    /// Settings per plugin name, handed to each plugin in its ``AnalysisContext``.
    public var pluginSettings: [String: [String: String]]
    /// Called as work completes, from one task at a time.
    public var progress: (@Sendable (PipelineProgress) -> Void)?

    /// Creates options.
    public init(
      maxConcurrency: Int = ProcessInfo.processInfo.activeProcessorCount,
      streamBatchSize: Int = 8,
      pluginSettings: [String: [String: String]] = [:],
      progress: (@Sendable (PipelineProgress) -> Void)? = nil
    ) {
      self.maxConcurrency = max(1, maxConcurrency)
      self.streamBatchSize = max(1, streamBatchSize)
      self.pluginSettings = pluginSettings
      self.progress = progress
    }
  }

  /// The plugins this pipeline runs, in order.
  public let plan: ExecutionPlan
  /// How it runs them.
  public let options: Options
  private let stages: [Stage]
  /// Whether some plugin reads or provides paragraphs, sentences or tokens, so that articles get
  /// their text layer before the first plugin runs.
  private let preparesText: Bool

  /// Creates a pipeline for `plan`.
  public init(plan: ExecutionPlan, options: Options = Options()) {
    self.plan = plan
    self.options = options
    self.stages = Stage.split(plan, settings: options.pluginSettings)
    let textCapabilities: Set<Capability> = [.paragraphs, .sentences, .tokens]
    self.preparesText = plan.plugins.contains { plugin in
      !textCapabilities.isDisjoint(with: plugin.requires + plugin.provides)
    }
  }

  /// Creates a pipeline that runs every plugin of `registry`.
  /// - Throws: ``PluginRegistryError`` when the plugins cannot be ordered.
  public init(registry: PluginRegistry, options: Options = Options()) throws {
    self.init(plan: try registry.plan(), options: options)
  }

  /// Analyses every article of `corpus`, then runs corpus work, stage by stage.
  /// - Throws: `CancellationError` when the calling task is cancelled; plugin errors never throw.
  public func run(_ corpus: Corpus) async throws -> PipelineResult {
    var corpus = corpus
    var articleFailures = [[PipelineFailure]](repeating: [], count: corpus.articles.count)
    var corpusFailures: [PipelineFailure] = []
    for stage in stages {
      switch stage {
      case .articles(let steps):
        let analyzed = try await analyzeAll(corpus.articles, steps: steps)
        for (index, result) in analyzed.enumerated() {
          corpus.articles[index] = result.article
          articleFailures[index].append(contentsOf: result.failures)
        }
      case .corpus(let step):
        try Task.checkCancellation()
        // Said before it starts, so that a long corpus stage shows under its own name.
        options.progress?(PipelineProgress(plugins: [step.plugin.name], completed: 0, total: 1))
        let before = corpus
        do {
          try await step.plugin.analyze(&corpus, context: step.context)
        } catch is CancellationError {
          throw CancellationError()
        } catch {
          corpus = before
          corpusFailures.append(
            PipelineFailure(
              plugin: step.plugin.name, articleID: nil, provenance: nil, reason: .threw(error)))
        }
        options.progress?(PipelineProgress(plugins: [step.plugin.name], completed: 1, total: 1))
      }
    }
    return PipelineResult(corpus: corpus, failures: articleFailures.flatMap { $0 } + corpusFailures)
  }

  /// Analyses one article with the plan's per-article work.
  public func analyze(_ article: NewsArticle) async -> AnalyzedArticle {
    let steps = stages.flatMap { stage -> [Step] in
      if case .articles(let steps) = stage { return steps }
      return []
    }
    return await Self.analyze(article, steps: steps, preparesText: preparesText)
  }

  /// Analyses articles as they arrive from `source`, yielding them in input order while at most
  /// ``Options/maxConcurrency`` batches of ``Options/streamBatchSize`` are in flight, so memory
  /// stays bounded however long the source.
  /// - Throws: ``BylineError`` with code ``BylineError/Code/corpusWorkCannotStream`` when the plan
  ///   has corpus work.
  public func stream<Source: AsyncSequence & Sendable>(_ source: Source) throws
    -> AnalyzedArticleSequence<Source>
  where Source.Element == NewsArticle {
    let corpusPlugins = plan.plugins.filter { $0.scope.contains(.corpus) }.map(\.name)
    guard corpusPlugins.isEmpty else {
      throw BylineError(
        .corpusWorkCannotStream,
        "plugins \(corpusPlugins.joined(separator: ", ")) analyse the whole corpus and cannot stream",
        hint: "collect the articles into a Corpus and call run(_:)")
    }
    let steps = stages.flatMap { stage -> [Step] in
      if case .articles(let steps) = stage { return steps }
      return []
    }
    return AnalyzedArticleSequence(
      source: source, maxConcurrency: options.maxConcurrency, batchSize: options.streamBatchSize,
      progress: options.progress,
      pluginNames: steps.map(\.plugin.name)
    ) { article in await Self.analyze(article, steps: steps, preparesText: preparesText) }
  }

  /// Runs `steps` on every article in parallel batches, keeping input order.
  private func analyzeAll(_ articles: [NewsArticle], steps: [Step]) async throws
    -> [AnalyzedArticle]
  {
    let count = articles.count
    guard count > 0 else { return [] }
    let concurrency = options.maxConcurrency
    // Batches amortise task creation; several per worker keep the load balanced.
    let batchSize = max(1, min(256, count / (concurrency * 8)))
    let batchCount = (count + batchSize - 1) / batchSize
    var results = [AnalyzedArticle?](repeating: nil, count: count)
    let names = steps.map(\.plugin.name)
    try await withThrowingTaskGroup(of: (Int, [AnalyzedArticle]).self) { group in
      var nextBatch = 0
      var completed = 0
      func addBatch() {
        let batch = nextBatch
        nextBatch += 1
        let range = (batch * batchSize)..<min(count, (batch + 1) * batchSize)
        group.addTask {
          var analyzed: [AnalyzedArticle] = []
          analyzed.reserveCapacity(range.count)
          for index in range {
            try Task.checkCancellation()
            analyzed.append(await Self.analyze(articles[index], steps: steps, preparesText: preparesText))
          }
          return (range.lowerBound, analyzed)
        }
      }
      while nextBatch < min(batchCount, concurrency) { addBatch() }
      while let (start, analyzed) = try await group.next() {
        for (offset, result) in analyzed.enumerated() { results[start + offset] = result }
        completed += analyzed.count
        options.progress?(PipelineProgress(plugins: names, completed: completed, total: count))
        if nextBatch < batchCount { addBatch() }
      }
    }
    try Task.checkCancellation()
    return results.map { $0! }
  }

  /// Runs `steps` on one article, isolating failures; first computes the article's text layer
  /// when `preparesText` and the article lacks it, so that it is computed once, before any plugin.
  static func analyze(_ article: NewsArticle, steps: [Step], preparesText: Bool) async -> AnalyzedArticle {
    var article = article
    if preparesText, !steps.isEmpty { article.prepareText() }
    var failures: [PipelineFailure] = []
    var failedCapabilities: [Capability: String] = [:]
    for step in steps {
      if Task.isCancelled { break }
      if !failedCapabilities.isEmpty,
        let culprit = step.requires.lazy.compactMap({ failedCapabilities[$0] }).first
      {
        failures.append(
          PipelineFailure(
            plugin: step.plugin.name, articleID: article.id, provenance: article.provenance,
            reason: .skipped(becauseOf: culprit)))
        for capability in step.provides { failedCapabilities[capability] = culprit }
        continue
      }
      let before = article
      do {
        try await step.plugin.analyze(&article, context: step.context)
      } catch {
        article = before
        if error is CancellationError { break }
        failures.append(
          PipelineFailure(
            plugin: step.plugin.name, articleID: article.id, provenance: article.provenance,
            reason: .threw(error)))
        for capability in step.provides { failedCapabilities[capability] = step.plugin.name }
      }
    }
    return AnalyzedArticle(article: article, failures: failures)
  }
}

/// A plugin prepared to run, with what it needs precomputed.
struct Step: Sendable {
  let plugin: any Plugin
  let context: AnalysisContext
  let requires: [Capability]
  let provides: [Capability]
}

/// A run of per-article work, or one plugin's corpus work.
enum Stage: Sendable {
  case articles([Step])
  case corpus(Step)

  /// Splits a plan at each plugin with corpus work: the article work before it runs over every
  /// article first, since corpus work may need it on all of them.
  static func split(_ plan: ExecutionPlan, settings: [String: [String: String]]) -> [Stage] {
    var stages: [Stage] = []
    var pending: [Step] = []
    for plugin in plan.plugins {
      let step = Step(
        plugin: plugin,
        context: AnalysisContext(pluginName: plugin.name, settings: settings[plugin.name] ?? [:]),
        requires: plugin.requires, provides: plugin.provides)
      if plugin.scope.contains(.article) { pending.append(step) }
      if plugin.scope.contains(.corpus) {
        if !pending.isEmpty { stages.append(.articles(pending)) }
        pending = []
        stages.append(.corpus(step))
      }
    }
    if !pending.isEmpty { stages.append(.articles(pending)) }
    return stages
  }
}

extension BylineError.Code {
  /// The pipeline's plan has plugins that analyse the whole corpus, so it cannot run on a stream;
  /// the message names them.
  ///
  /// This is a code of ``BylineError`` rather than an error type of its own so that a pipeline,
  /// like everything else in Byline, throws one error type: a caller that streams switches on
  /// this code (and falls back to ``Pipeline/run(_:)``) the way it switches on any other, and
  /// the plugins are the plan's own `plugins` whose scope holds ``AnalysisScope/corpus``.
  public static let corpusWorkCannotStream = Self("corpusWorkCannotStream")
}
