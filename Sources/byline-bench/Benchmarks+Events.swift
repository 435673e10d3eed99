import BylineCore
import BylineEntities
import BylineEvents
import BylineSampleCorpus
import Foundation

extension Benchmarks {
  static let eventPipeline = Benchmark(
    name: "events.plugin",
    summary:
      "Time expressions, event mentions, quotes and fusion (EventsPlugin + EventFusionPlugin) on articles "
      + "whose entities are already resolved: words/s with 1 and 2 workers; and the temporal tagger alone"
  ) { settings in
    var corpora: [(name: String, articles: [NewsArticle])] = []
    if let sample = SampleCorpus.directory { corpora.append(("sample", try await parsedArticles([sample]))) }
    if let seeds = seedArticles {
      let originals = try await parsedArticles([seeds])
      let copies = max(1, Int(20 * settings.scale))
      corpora.append(
        (
          "seeds",
          (0..<copies).flatMap { copy in
            originals.map { original in
              var article = original
              article.id = ArticleID("\(original.id.rawValue)#\(copy)")
              return article
            }
          }
        ))
    } else {
      FileHandle.standardError.write(
        Data("note: ../shared/seeds is missing; events.plugin.seeds skipped\n".utf8))
    }
    // Entities first, outside the timing; then the plan from what they provide.
    let entities = try PluginRegistry([EntitiesPlugin(), EntityResolutionPlugin()])
    let entityPlan = try entities.plan(available: [.paragraphs, .sentences, .tokens, .metadata])
    let registry = try PluginRegistry([EventsPlugin(), EventFusionPlugin()])
    let plan = try registry.plan(
      available: [.paragraphs, .sentences, .tokens, .metadata, .entityMentions, .entities])
    var measurements: [Measurement] = []
    for (name, articles) in corpora {
      let prepared = try await Pipeline(plan: entityPlan).run(Corpus(articles)).corpus
      let words = articles.reduce(0) { $0 + $1.wordCount }
      for workers in [1, 2] {
        let pipeline = Pipeline(plan: plan, options: .init(maxConcurrency: workers))
        let runs = try await repeated(settings) {
          var failures: [PipelineFailure] = []
          let elapsed = try await seconds { failures = try await pipeline.run(prepared).failures }
          if let failure = failures.first { throw BylineError(.commandFailed, "events.plugin: \(failure)") }
          return Double(words) / elapsed
        }
        measurements.append(
          Measurement(
            name: "events.plugin.\(name).cores-\(workers)", unit: "words/s", higherIsBetter: true, runs: runs,
            parameters: ["corpus": name, "articles": "\(articles.count)", "words": "\(words)"]))
      }
      let tagger = TemporalTagger()
      let runs = await repeated(settings) {
        let elapsed = await seconds {
          for article in articles {
            _ = tagger.expressions(in: article.body, reference: article.published?.date)
          }
        }
        return Double(words) / elapsed
      }
      measurements.append(
        Measurement(
          name: "events.time.\(name).cores-1", unit: "words/s", higherIsBetter: true, runs: runs,
          parameters: ["corpus": name, "words": "\(words)"]))
    }
    return measurements
  }
}
