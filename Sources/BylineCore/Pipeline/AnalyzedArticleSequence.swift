/// The articles of a source, analysed by ``Pipeline/stream(_:)``, in input order.
///
/// At most `maxConcurrency` articles are read ahead and analysed at once, so a source of a
/// million articles is processed in bounded memory. Cancelling the consuming task, or dropping
/// the iterator, cancels the work in flight.
public struct AnalyzedArticleSequence<Source: AsyncSequence & Sendable>: AsyncSequence, Sendable
where Source.Element == NewsArticle {
  public typealias Element = AnalyzedArticle

  let source: Source
  let maxConcurrency: Int
  let progress: (@Sendable (PipelineProgress) -> Void)?
  let pluginNames: [String]
  let analyze: @Sendable (NewsArticle) async -> AnalyzedArticle

  public func makeAsyncIterator() -> Iterator {
    Iterator(
      state: IteratorState(
        source: source.makeAsyncIterator(), maxConcurrency: maxConcurrency, progress: progress,
        pluginNames: pluginNames, analyze: analyze))
  }

  /// Pulls articles from the source and hands back analysed ones in order.
  public struct Iterator: AsyncIteratorProtocol {
    let state: IteratorState

    public mutating func next() async throws -> AnalyzedArticle? {
      try await state.next()
    }
  }

  /// The iterator's mutable state: a reference, so that dropping the iterator cancels the work
  /// in flight. It is used by one consumer at a time, as `AsyncIteratorProtocol` requires.
  public final class IteratorState {
    private var source: Source.AsyncIterator
    private var sourceFinished = false
    private let maxConcurrency: Int
    private let progress: (@Sendable (PipelineProgress) -> Void)?
    private let pluginNames: [String]
    private let analyze: @Sendable (NewsArticle) async -> AnalyzedArticle
    /// Analyses in flight, oldest first.
    private var inFlight: [Task<AnalyzedArticle, Never>] = []
    private var completed = 0

    init(
      source: Source.AsyncIterator, maxConcurrency: Int,
      progress: (@Sendable (PipelineProgress) -> Void)?, pluginNames: [String],
      analyze: @escaping @Sendable (NewsArticle) async -> AnalyzedArticle
    ) {
      self.source = source
      self.maxConcurrency = maxConcurrency
      self.progress = progress
      self.pluginNames = pluginNames
      self.analyze = analyze
    }

    deinit {
      for task in inFlight { task.cancel() }
    }

    func next() async throws -> AnalyzedArticle? {
      if Task.isCancelled {
        cancelAll()
        throw CancellationError()
      }
      while !sourceFinished && inFlight.count < maxConcurrency {
        guard let article = try await source.next() else {
          sourceFinished = true
          break
        }
        let analyze = self.analyze
        inFlight.append(Task { await analyze(article) })
      }
      guard !inFlight.isEmpty else { return nil }
      let head = inFlight.removeFirst()
      let pending = inFlight
      let result = await withTaskCancellationHandler {
        await head.value
      } onCancel: {
        head.cancel()
        for task in pending { task.cancel() }
      }
      if Task.isCancelled {
        cancelAll()
        throw CancellationError()
      }
      completed += 1
      progress?(PipelineProgress(plugins: pluginNames, completed: completed, total: nil))
      return result
    }

    private func cancelAll() {
      for task in inFlight { task.cancel() }
      inFlight = []
      sourceFinished = true
    }
  }
}
