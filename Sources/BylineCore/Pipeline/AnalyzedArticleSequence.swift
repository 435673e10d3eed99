/// The articles of a source, analysed by ``Pipeline/stream(_:)``, in input order.
///
/// Articles are analysed in batches of ``Pipeline/Options/streamBatchSize``, at most
/// ``Pipeline/Options/maxConcurrency`` batches at once, so no more than their product is read
/// ahead and a source of a million articles is processed in bounded memory. Cancelling the consuming task, or dropping
/// the iterator, cancels the work in flight.
public struct AnalyzedArticleSequence<Source: AsyncSequence & Sendable>: AsyncSequence, Sendable
where Source.Element == NewsArticle {
  public typealias Element = AnalyzedArticle

  let source: Source
  let maxConcurrency: Int
  let batchSize: Int
  let progress: (@Sendable (PipelineProgress) -> Void)?
  let pluginNames: [String]
  let analyze: @Sendable (NewsArticle) async -> AnalyzedArticle

  public func makeAsyncIterator() -> Iterator {
    Iterator(
      state: IteratorState(
        source: source.makeAsyncIterator(), maxConcurrency: maxConcurrency, batchSize: batchSize,
        progress: progress,
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
    private let batchSize: Int
    private let progress: (@Sendable (PipelineProgress) -> Void)?
    private let pluginNames: [String]
    private let analyze: @Sendable (NewsArticle) async -> AnalyzedArticle
    /// Batches in flight, oldest first.
    private var inFlight: [Task<[AnalyzedArticle], Never>] = []
    /// The finished batch being handed out, and the position of the next article in it.
    private var ready: [AnalyzedArticle] = []
    private var readyIndex = 0
    private var completed = 0

    init(
      source: Source.AsyncIterator, maxConcurrency: Int, batchSize: Int,
      progress: (@Sendable (PipelineProgress) -> Void)?, pluginNames: [String],
      analyze: @escaping @Sendable (NewsArticle) async -> AnalyzedArticle
    ) {
      self.source = source
      self.maxConcurrency = maxConcurrency
      self.batchSize = batchSize
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
      if readyIndex < ready.count {
        return handOut()
      }
      while !sourceFinished && inFlight.count < maxConcurrency {
        var batch: [NewsArticle] = []
        batch.reserveCapacity(batchSize)
        while batch.count < batchSize, let article = try await source.next() {
          batch.append(article)
        }
        if batch.count < batchSize { sourceFinished = true }
        guard !batch.isEmpty else { break }
        let analyze = self.analyze
        inFlight.append(
          Task {
            var analyzed: [AnalyzedArticle] = []
            analyzed.reserveCapacity(batch.count)
            for article in batch { analyzed.append(await analyze(article)) }
            return analyzed
          })
      }
      guard !inFlight.isEmpty else { return nil }
      let head = inFlight.removeFirst()
      let pending = inFlight
      ready = await withTaskCancellationHandler {
        await head.value
      } onCancel: {
        head.cancel()
        for task in pending { task.cancel() }
      }
      readyIndex = 0
      if Task.isCancelled {
        cancelAll()
        throw CancellationError()
      }
      return handOut()
    }

    private func handOut() -> AnalyzedArticle {
      let result = ready[readyIndex]
      readyIndex += 1
      if readyIndex == ready.count {
        ready = []
        readyIndex = 0
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
