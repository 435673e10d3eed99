import BylineCore
import BylineEntities
import BylineParsing
import BylineSampleCorpus
import Foundation

extension Benchmarks {
  /// The CoNLL-2003 English test set (`../shared/data/conll2003/eng.testb`), if present.
  static var conllTestSet: String? {
    let path = FileManager.default.currentDirectoryPath + "/../shared/data/conll2003/eng.testb"
    return FileManager.default.fileExists(atPath: path) ? path : nil
  }

  /// The seed articles (`../shared/seeds`), if present.
  static var seedArticles: String? {
    let path = FileManager.default.currentDirectoryPath + "/../shared/seeds"
    return FileManager.default.fileExists(atPath: path) ? path : nil
  }

  /// The bundled recognizer and the test set's documents (a share of them below scale 1), or nil
  /// with a note saying what is skipped.
  static func recognitionInput(skipping name: String, settings: BenchmarkSettings) throws -> (
    recognizer: EntityRecognizer, documents: [CoNLLDocument]
  )? {
    guard let recognizer = EntityRecognizer.bundled else {
      throw BylineError(.unavailable, "the bundled entity model (ner-en.bin) is missing")
    }
    guard let path = conllTestSet else {
      FileHandle.standardError.write(
        Data("note: ../shared/data/conll2003/eng.testb is missing; \(name) skipped\n".utf8))
      return nil
    }
    let documents = try CoNLLFormat.read(contentsOf: URL(fileURLWithPath: path)).documents
    let count = max(1, Int((Double(documents.count) * min(1, settings.scale)).rounded()))
    return (recognizer, Array(documents.prefix(count)))
  }

  /// Words (tokens) per second of `recognizer.tag` over `documents`, one document after another
  /// on one core: one value per measured run.
  static func recognitionRuns(
    _ recognizer: EntityRecognizer, documents: [CoNLLDocument], confidences: Bool,
    settings: BenchmarkSettings
  ) async -> [Double] {
    let sentences = documents.map { $0.sentences.map(\.tokens) }
    let words = sentences.reduce(0) { $0 + $1.reduce(0) { $0 + $1.count } }
    return await repeated(settings) {
      var tagged = 0
      let elapsed = await seconds {
        for document in sentences {
          tagged += recognizer.tag(document: document, confidences: confidences).count
        }
      }
      precondition(tagged > 0)
      return Double(words) / elapsed
    }
  }

  static let entityRecognition = Benchmark(
    name: "entities.ner",
    summary:
      "Entity recognition on CoNLL-2003 eng.testb: words/s on one core (documents in turn), and F1"
  ) { settings in
    guard let input = try recognitionInput(skipping: "entities.ner", settings: settings) else { return [] }
    let (recognizer, documents) = input
    let words = documents.reduce(0) { $0 + $1.sentences.reduce(0) { $0 + $1.tokens.count } }
    let parameters = ["file": "eng.testb", "documents": "\(documents.count)", "words": "\(words)"]
    var measurements: [Measurement] = []
    for confidences in [true, false] {
      let runs = await recognitionRuns(
        recognizer, documents: documents, confidences: confidences, settings: settings)
      measurements.append(
        Measurement(
          name: confidences ? "entities.ner.cores-1" : "entities.ner.no-confidences.cores-1",
          unit: "words/s", higherIsBetter: true, runs: runs,
          parameters: parameters.merging(["confidences": "\(confidences)"]) { $1 }))
    }
    let evaluation = recognizer.evaluate(documents)
    for (figure, value) in [
      ("f1", evaluation.overall.f1), ("precision", evaluation.overall.precision),
      ("recall", evaluation.overall.recall),
    ] {
      measurements.append(
        Measurement(
          name: "entities.ner.\(figure)", unit: "×100", higherIsBetter: true, runs: [value * 100],
          parameters: parameters.merging(["entities": "\(evaluation.overall.gold)"]) { $1 }))
    }
    return measurements
  }

  /// The articles under `paths`, read and parsed (sentences and tokens) by the parsing plugin.
  static func parsedArticles(_ paths: [String]) async throws -> [NewsArticle] {
    let parsing = ParsingPlugin()
    var articles = try await ArticleLoader(readers: parsing.readers).load(paths).articles
    let context = AnalysisContext(pluginName: parsing.name)
    for index in articles.indices { try await parsing.analyze(&articles[index], context: context) }
    return articles
  }

  static let entityPipeline = Benchmark(
    name: "entities.plugin",
    summary:
      "Recognition and resolution (EntitiesPlugin + EntityResolutionPlugin) through the pipeline: "
      + "words/s with 1 and 2 workers"
  ) { settings in
    var corpora: [(name: String, articles: [NewsArticle], settings: BenchmarkSettings)] = []
    if let sample = SampleCorpus.directory {
      corpora.append(("sample", try await parsedArticles([sample]), settings))
    } else {
      FileHandle.standardError.write(
        Data("note: the sample corpus is missing; entities.plugin.sample skipped\n".utf8))
    }
    if let seeds = seedArticles {
      // The seed articles repeated to about 200,000 words, each copy with its own id.
      let originals = try await parsedArticles([seeds])
      let target = Int(200_000 * settings.scale)
      let perCopy = max(1, originals.reduce(0) { $0 + $1.wordCount })
      let copies = max(1, (target + perCopy - 1) / perCopy)
      let articles = (0..<copies).flatMap { copy in
        originals.map { original in
          var article = original
          article.id = ArticleID("\(original.id.rawValue)#\(copy)")
          return article
        }
      }
      // Resolution grows faster than the corpus, so a run takes seconds: no warm-up, two runs.
      let seedSettings = BenchmarkSettings(
        warmup: 0, iterations: min(2, settings.iterations), scale: settings.scale)
      corpora.append(("seeds", articles, seedSettings))
    } else {
      FileHandle.standardError.write(
        Data("note: ../shared/seeds is missing; entities.plugin.seeds skipped\n".utf8))
    }
    // Parsing is done above, so the plan starts from what it provides.
    let registry = try PluginRegistry([EntitiesPlugin(), EntityResolutionPlugin()])
    let plan = try registry.plan(available: [.paragraphs, .sentences, .tokens, .metadata])
    var measurements: [Measurement] = []
    for (name, articles, corpusSettings) in corpora {
      let corpus = Corpus(articles)
      let words = articles.reduce(0) { $0 + $1.wordCount }
      for workers in [1, 2] {
        let pipeline = Pipeline(plan: plan, options: .init(maxConcurrency: workers))
        let runs = try await repeated(corpusSettings) {
          var failures: [PipelineFailure] = []
          let elapsed = try await seconds { failures = try await pipeline.run(corpus).failures }
          if let failure = failures.first { throw BylineError(.commandFailed, "entities.plugin: \(failure)") }
          return Double(words) / elapsed
        }
        measurements.append(
          Measurement(
            name: "entities.plugin.\(name).cores-\(workers)", unit: "words/s", higherIsBetter: true,
            runs: runs,
            parameters: [
              "corpus": name, "articles": "\(articles.count)", "words": "\(words)",
              "concurrency": "\(workers)", "plugins": plan.plugins.map(\.name).joined(separator: ","),
            ]))
      }
    }
    return measurements
  }

  static let entitySpaCy = Benchmark(
    name: "entities.spacy",
    summary:
      "spaCy en_core_web_sm NER on eng.testb (scripts/spacy_ner.py): words/s on one core, its F1 with "
      + "mapped labels, and the ratio of Byline to it"
  ) { settings in
    guard let input = try recognitionInput(skipping: "entities.spacy", settings: settings) else { return [] }
    let (recognizer, documents) = input
    guard
      FileManager.default.isExecutableFile(
        atPath: FileManager.default.currentDirectoryPath + "/.venv/bin/python")
    else {
      FileHandle.standardError.write(
        Data("note: .venv is missing (run scripts/setup-peers.sh); entities.spacy skipped\n".utf8))
      return []
    }
    // spaCy reads the documents from a file; below scale 1 it gets the same share as Byline.
    var file = conllTestSet!
    var temporary: String?
    if settings.scale < 1 {
      temporary = NSTemporaryDirectory() + "byline-bench-" + UUID().uuidString + ".conll"
      file = temporary!
      // The gold tags again as the last column, which is the one the script reads.
      let text = CoNLLFormat.write(documents, appending: documents.map { $0.sentences.map(\.tags) })
      try Data(text.utf8).write(to: URL(fileURLWithPath: file))
    }
    defer { if let temporary { try? FileManager.default.removeItem(atPath: temporary) } }
    let repeats = min(3, settings.iterations)
    guard
      let report = try runPythonPeer(["scripts/spacy_ner.py", file, "--repeat", "\(repeats)"]),
      let rate = report["words_per_second"] as? Double, let f1 = report["f1"] as? Double
    else {
      FileHandle.standardError.write(
        Data("note: scripts/spacy_ner.py gave no figures; entities.spacy skipped\n".utf8))
      return []
    }
    let peer = "spaCy \(report["spacy"] as? String ?? "?") \(report["model"] as? String ?? "?")"
    let pipes = (report["pipes"] as? [String] ?? []).joined(separator: ",")
    var measurements = [
      Measurement(
        name: "entities.spacy.f1", unit: "×100", higherIsBetter: true, runs: [f1 * 100],
        parameters: [
          "peer": peer, "file": "eng.testb", "labels": "mapped to PER/LOC/ORG/MISC", "pipes": pipes,
        ])
    ]
    // Byline on the same documents, right after, best run against spaCy's best pass.
    let runs = await recognitionRuns(recognizer, documents: documents, confidences: true, settings: settings)
    measurements += peerComparison(
      "entities.spacy", unit: "words/s", ours: runs.max() ?? 0, theirs: rate, peer: peer)
    return measurements
  }
}
