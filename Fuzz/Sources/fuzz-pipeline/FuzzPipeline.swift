import BylineCore
import BylineEntities
import BylineEvents
import BylineParsing
import BylineSentiment
import BylineSummarization
import Foundation
import FuzzSupport

/// Fuzzes Byline end to end, as the shell uses it: the input is read by the loader with every
/// bundled reader (chosen by content, so a JSON input brings its own paragraph, sentence and
/// token spans), then every bundled plugin runs on the articles through ``Pipeline`` — parsing,
/// sentiment, summaries, entities and their resolution, events and their fusion — and the
/// per-article plugins run again through ``Pipeline/stream(_:)``. The analysed corpus must export
/// to JSON and read back.
enum FuzzPipeline {
  static let registry: PluginRegistry = {
    var registry = PluginRegistry()
    let plugins: [any Plugin] = [
      ParsingPlugin(), SentimentPlugin(), SummarizationPlugin(), EntitiesPlugin(), EntityResolutionPlugin(),
      EventsPlugin(), EventFusionPlugin(),
    ]
    for plugin in plugins { try! registry.register(plugin) }
    return registry
  }()
  static let options = Pipeline.Options(maxConcurrency: 2, streamBatchSize: 2)
  static let pipeline = try! Pipeline(registry: registry, options: options)
  static let streaming = try! Pipeline(
    plan: registry.plan(running: ["parsing", "sentiment", "entities", "events"]), options: options)

  static func run(_ input: FuzzInput) {
    let loader = ArticleLoader(readers: registry.readers)
    var articles = Array(loader.read(input.data, source: "fuzz-input").articles.prefix(4))
    if articles.isEmpty { articles = FuzzArticles.articles(from: input) }
    let corpus = Corpus(articles)
    let result = BlockingWait.run { try? await pipeline.run(corpus) }
    guard let result else { preconditionFailure("the pipeline threw") }
    precondition(result.corpus.articles.count == articles.count, "the pipeline lost articles")
    let exported = try! JSONEncoder().encode(result.corpus)
    _ = try! JSONDecoder().decode(Corpus.self, from: exported)

    let streamed = BlockingWait.run {
      var count = 0
      do {
        for try await _ in try streaming.stream(corpus.stream) { count += 1 }
      } catch {
        preconditionFailure("streaming threw: \(error)")
      }
      return count
    }
    precondition(streamed == articles.count, "streaming lost articles")
  }
}

/// libFuzzer's entry point: loads one input and runs every bundled plugin on it.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  FuzzPipeline.run(FuzzInput(data, size))
  return 0
}

@main
struct FuzzPipelineMain {
  static func main() { FuzzDriver.run(fuzz) }
}
