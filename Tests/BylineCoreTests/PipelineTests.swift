import BylineCore
import BylineTesting
import Synchronization
import Testing

enum IndexKey: AnnotationKey { typealias Value = Int }
enum LengthKey: AnnotationKey { typealias Value = Int }
enum TotalKey: AnnotationKey { typealias Value = Int }

@Suite struct PipelineTests {
  /// A plugin that sleeps a pseudo-random time per article, so completions arrive out of order.
  func jitteryPlugin() -> TestPlugin {
    TestPlugin("jitter", provides: [.annotation(IndexKey.self)]) { article in
      let index = Int(article.id.rawValue.split(separator: "-").last!)!
      try await Task.sleep(for: .microseconds((index * 7919) % 997))
      article.annotations[IndexKey.self] = index
    }
  }

  @Test(arguments: [1, 2, 8, 64])
  func keepsInputOrderUnderConcurrency(_ concurrency: Int) async throws {
    let corpus = ArticleFixtures.corpus(count: 300)
    let pipeline = Pipeline(
      plan: try PluginRegistry([jitteryPlugin()]).plan(),
      options: .init(maxConcurrency: concurrency))
    let result = try await pipeline.run(corpus)
    #expect(result.failures.isEmpty)
    #expect(result.corpus.articles.map(\.id) == corpus.articles.map(\.id))
    #expect(result.corpus.articles.map { $0.annotations[IndexKey.self] } == Array(0..<300))
  }

  @Test(arguments: [1, 3, 8])
  func streamsInOrderWithBoundedReadAhead(_ batchSize: Int) async throws {
    let source = ArticleStream(ArticleFixtures.corpus(count: 200).articles)
    let pipeline = Pipeline(
      plan: try PluginRegistry([jitteryPlugin()]).plan(),
      options: .init(maxConcurrency: 4, streamBatchSize: batchSize))
    var seen: [Int] = []
    for try await analyzed in try pipeline.stream(source) {
      seen.append(analyzed.article.annotations[IndexKey.self]!)
      // Never more than maxConcurrency batches read beyond what has been handed out.
      #expect(source.pulled.value <= seen.count + 4 * batchSize)
    }
    #expect(seen == Array(0..<200))
  }

  @Test func runsConcurrently() async throws {
    let running = Mutex((now: 0, peak: 0))
    let plugin = TestPlugin("slow") { _ in
      running.withLock {
        $0.now += 1
        $0.peak = max($0.peak, $0.now)
      }
      try await Task.sleep(for: .milliseconds(5))
      running.withLock { $0.now -= 1 }
    }
    let pipeline = Pipeline(
      plan: try PluginRegistry([plugin]).plan(), options: .init(maxConcurrency: 4))
    _ = try await pipeline.run(ArticleFixtures.corpus(count: 40))
    let peak = running.withLock { $0.peak }
    #expect(peak > 1 && peak <= 4)
  }

  @Test func isolatesAFailureToItsPluginAndArticle() async throws {
    let failing = TestPlugin("fragile", provides: [.annotation(LengthKey.self)]) { article in
      article.annotations[LengthKey.self] = -1  // must be rolled back on failure
      if article.id == "fixture-3" { throw InjectedFailure("cannot parse") }
      article.annotations[LengthKey.self] = article.body.utf8.count
    }
    let dependent = TestPlugin("dependent", requires: [.annotation(LengthKey.self)], provides: ["d"]) {
      article in article.annotations[TotalKey.self] = article.annotations[LengthKey.self]! * 2
    }
    let independent = jitteryPlugin()
    let corpus = ArticleFixtures.corpus(count: 6)
    let pipeline = Pipeline(plan: try PluginRegistry([failing, dependent, independent]).plan())
    let result = try await pipeline.run(corpus)

    #expect(result.failures.count == 2)
    let thrown = result.failures[0]
    #expect(thrown.plugin == "fragile")
    #expect(thrown.articleID == "fixture-3")
    #expect(
      thrown.description == "fixture#3: error: plugin 'fragile' failed on article fixture-3: cannot parse")
    let skipped = result.failures[1]
    #expect(skipped.plugin == "dependent")
    #expect(skipped.description.contains("skipped on article fixture-3 because 'fragile' failed"))

    let broken = result.corpus.articles[3]
    #expect(broken.annotations[LengthKey.self] == nil)
    #expect(broken.annotations[TotalKey.self] == nil)
    #expect(broken.annotations[IndexKey.self] == 3)
    for index in [0, 1, 2, 4, 5] {
      let article = result.corpus.articles[index]
      #expect(article.annotations[TotalKey.self] == article.body.utf8.count * 2)
    }
  }

  @Test func corpusWorkSeesEveryArticlesEarlierResultsAndLaterWorkSeesItsResults() async throws {
    let lengths = TestPlugin("lengths", provides: [.annotation(LengthKey.self)]) { article in
      article.annotations[LengthKey.self] = article.body.utf8.count
    }
    let total = TestPlugin(
      "total", requires: [.annotation(LengthKey.self)], provides: [.annotation(TotalKey.self)],
      scope: .corpus,
      corpusWork: { corpus in
        corpus.annotations[TotalKey.self] = corpus.articles.map { $0.annotations[LengthKey.self]! }
          .reduce(0, +)
      })
    let share = TestPlugin("share", requires: [.annotation(TotalKey.self)], provides: ["share"]) { _ in }
    let registry = try PluginRegistry([share, total, lengths])
    let corpus = ArticleFixtures.corpus(count: 10)
    let result = try await Pipeline(registry: registry).run(corpus)
    #expect(result.failures.isEmpty)
    #expect(result.corpus.annotations[TotalKey.self] == corpus.articles.map(\.body.utf8.count).reduce(0, +))
    #expect(share.analyzedArticleIDs.count == 10)

    let error = #expect(throws: BylineError.self) {
      _ = try Pipeline(registry: registry).stream(ArticleStream([]))
    }
    #expect(error?.code == .corpusWorkCannotStream)
    #expect(error?.message == "plugins total analyse the whole corpus and cannot stream")
    #expect(error?.hint == "collect the articles into a Corpus and call run(_:)")
  }

  @Test func aFailingCorpusPluginIsRolledBackAndReported() async throws {
    let plugin = TestPlugin(
      "resolver", scope: .corpus,
      corpusWork: { corpus in
        corpus.annotations[TotalKey.self] = 1
        throw InjectedFailure("out of memory budget")
      })
    let result = try await Pipeline(registry: try PluginRegistry([plugin])).run(
      ArticleFixtures.corpus(count: 2))
    #expect(result.corpus.annotations.isEmpty)
    #expect(
      result.failures.map(\.description) == [
        "error: plugin 'resolver' failed on the corpus: out of memory budget"
      ])
  }

  @Test func cancellationStopsTheRun() async throws {
    let started = Counter()
    let plugin = TestPlugin("slow") { _ in
      started.increment()
      try await Task.sleep(for: .seconds(30))
    }
    let pipeline = Pipeline(plan: try PluginRegistry([plugin]).plan(), options: .init(maxConcurrency: 2))
    let task = Task { try await pipeline.run(ArticleFixtures.corpus(count: 1000)) }
    while started.value == 0 { try await Task.sleep(for: .milliseconds(1)) }
    let clock = ContinuousClock()
    let start = clock.now
    task.cancel()
    await #expect(throws: CancellationError.self) { try await task.value }
    #expect(clock.now - start < .seconds(10))
    #expect(started.value < 1000)
  }

  @Test func cancellationStopsAStream() async throws {
    let plugin = TestPlugin("slow") { _ in try await Task.sleep(for: .seconds(30)) }
    let pipeline = Pipeline(plan: try PluginRegistry([plugin]).plan())
    let source = ArticleStream(ArticleFixtures.corpus(count: 1000).articles)
    let task = Task {
      var count = 0
      for try await _ in try pipeline.stream(source) { count += 1 }
      return count
    }
    try await Task.sleep(for: .milliseconds(20))
    task.cancel()
    await #expect(throws: CancellationError.self) { _ = try await task.value }
    #expect(source.pulled.value < 1000)
  }

  @Test func reportsProgressUpToTheTotal() async throws {
    let reports = Mutex<[PipelineProgress]>([])
    let pipeline = Pipeline(
      plan: try PluginRegistry([TestPlugin("noop")]).plan(),
      options: .init(maxConcurrency: 2, progress: { progress in reports.withLock { $0.append(progress) } }))
    _ = try await pipeline.run(ArticleFixtures.corpus(count: 50))
    let seen = reports.withLock { $0 }
    #expect(seen.last == PipelineProgress(plugins: ["noop"], completed: 50, total: 50))
    #expect(seen.map(\.completed) == seen.map(\.completed).sorted())
  }

  @Test func aCorpusStageIsAnnouncedBeforeItRunsAndCountedWhenDone() async throws {
    struct CorpusCounter: Plugin {
      var name: String { "corpus-count" }
      var scope: AnalysisScope { .corpus }
      func analyze(_ corpus: inout Corpus, context: AnalysisContext) async throws {
        corpus.annotations[IndexKey.self] = corpus.articles.count
      }
    }
    let reports = Mutex<[PipelineProgress]>([])
    let pipeline = Pipeline(
      plan: try PluginRegistry([CorpusCounter()]).plan(),
      options: .init(progress: { progress in reports.withLock { $0.append(progress) } }))
    let result = try await pipeline.run(ArticleFixtures.corpus(count: 5))
    #expect(result.corpus.annotations[IndexKey.self] == 5)
    #expect(
      reports.withLock { $0 } == [
        PipelineProgress(plugins: ["corpus-count"], completed: 0, total: 1),
        PipelineProgress(plugins: ["corpus-count"], completed: 1, total: 1),
      ])
  }

  @Test func passesSettingsToPlugins() async throws {
    struct SettingPlugin: Plugin {
      var name: String { "threshold" }
      func analyze(_ article: inout NewsArticle, context: AnalysisContext) async throws {
        article.annotations[IndexKey.self] = Int(context.settings["minimum"] ?? "0")
      }
    }
    let pipeline = Pipeline(
      plan: try PluginRegistry([SettingPlugin()]).plan(),
      options: .init(pluginSettings: ["threshold": ["minimum": "7"]]))
    let analyzed = await pipeline.analyze(ArticleFixtures.article("Text."))
    #expect(analyzed.article.annotations[IndexKey.self] == 7)
  }
}
