import BylineCore

/// Runs one plugin under test, together with the plugins that supply what it requires, and
/// reads its results back with clear errors.
///
/// ```swift
/// let harness = try PluginHarness(testing: KeywordPlugin())
/// let result = try await harness.run([ArticleFixtures.article("Sanctions, sanctions, talks.")])
/// let keywords = try result.annotation(KeywordsKey.self, on: 0)
/// ```
public struct PluginHarness: Sendable {
  /// The registry holding the plugin under test and its helpers.
  public let registry: PluginRegistry
  /// The plan that runs the plugin under test and everything it needs.
  public let plan: ExecutionPlan

  /// Prepares to run `plugin`, with `helpers` registered first to provide what it requires.
  /// - Throws: ``PluginRegistryError`` when a requirement is missing.
  public init(
    testing plugin: any Plugin, helpers: [any Plugin] = [], available: Set<Capability> = []
  ) throws {
    registry = try PluginRegistry(helpers + [plugin])
    plan = try registry.plan(running: [plugin.name], available: available)
  }

  /// Runs the plan over `articles` on one worker, so results are easy to reason about.
  public func run(_ articles: [NewsArticle], maxConcurrency: Int = 1) async throws -> HarnessResult {
    let pipeline = Pipeline(plan: plan, options: .init(maxConcurrency: maxConcurrency))
    return HarnessResult(try await pipeline.run(Corpus(articles)))
  }
}

/// What a ``PluginHarness`` run produced, with accessors that throw a descriptive
/// ``HarnessError`` instead of returning nil.
public struct HarnessResult: Sendable {
  /// The pipeline's result.
  public let result: PipelineResult

  init(_ result: PipelineResult) { self.result = result }

  /// The analysed articles, in input order.
  public var articles: [NewsArticle] { result.corpus.articles }

  /// Every plugin failure.
  public var failures: [PipelineFailure] { result.failures }

  /// The value under `key` on the article at `index`.
  /// - Throws: ``HarnessError`` when there is no such article or annotation.
  public func annotation<Key: AnnotationKey>(_ key: Key.Type, on index: Int) throws -> Key.Value {
    guard articles.indices.contains(index) else {
      throw HarnessError("no article at index \(index); the run has \(articles.count)")
    }
    guard let value = articles[index].annotations[key] else {
      let present = articles[index].annotations.names
      throw HarnessError(
        "article \(index) (\(articles[index].id)) has no '\(Key.name)' annotation; it has "
          + (present.isEmpty ? "none" : present.joined(separator: ", "))
          + (failures.isEmpty ? "" : "; failures: \(failures)"))
    }
    return value
  }

  /// The corpus-level value under `key`.
  /// - Throws: ``HarnessError`` when it is missing.
  public func corpusAnnotation<Key: AnnotationKey>(_ key: Key.Type) throws -> Key.Value {
    guard let value = result.corpus.annotations[key] else {
      throw HarnessError("the corpus has no '\(Key.name)' annotation; failures: \(failures)")
    }
    return value
  }

  /// Throws when any plugin failed, listing the failures.
  public func requireNoFailures() throws {
    guard failures.isEmpty else {
      throw HarnessError(failures.map(\.description).joined(separator: "\n"))
    }
  }
}

/// A failed expectation about a plugin's results, with a message saying what was found instead.
public struct HarnessError: Error, CustomStringConvertible {
  /// What went wrong.
  public let description: String

  init(_ description: String) { self.description = description }
}
