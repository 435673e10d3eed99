import BylineCore
import BylineParsing
import BylineSampleCorpus
import BylineSentiment
import BylineShell
import BylineSummarization
import BylineTesting
import Foundation

/// A named benchmark: later capabilities add theirs to ``Benchmarks/all``.
struct Benchmark: Sendable {
  let name: String
  let summary: String
  /// Runs warm-up and measured iterations and returns the measurements it makes.
  let run: @Sendable (BenchmarkSettings) async throws -> [Measurement]
}

struct BenchmarkSettings: Sendable {
  var warmup: Int
  var iterations: Int
  var scale: Double
}

/// Runs `body` `warmup` times unmeasured, then `iterations` times, returning each measured value.
func repeated(_ settings: BenchmarkSettings, _ body: () async throws -> Double) async rethrows -> [Double] {
  for _ in 0..<settings.warmup { _ = try await body() }
  var values: [Double] = []
  for _ in 0..<settings.iterations { values.append(try await body()) }
  return values
}

enum Benchmarks {
  static let all: [Benchmark] = [
    pipelineOverhead, loadPlainText, shellStartup, parseText, parseHTML, sentimentScoring, summarizeDUC2004,
    entityRecognition, entityPipeline, entitySpaCy, eventPipeline, streamingMemory,
  ]

  /// A plugin that does nothing, so that only the pipeline's own cost is measured.
  struct NoOpPlugin: Plugin {
    let name: String
    func analyze(_ article: inout NewsArticle, context: AnalysisContext) async throws {}
  }

  static let pipelineOverhead = Benchmark(
    name: "pipeline.overhead",
    summary: "Pipeline cost per article per plugin, with no-op plugins (goal: under 2 µs)"
  ) { settings in
    let articleCount = max(1000, Int(20_000 * settings.scale))
    let corpus = ArticleFixtures.corpus(count: articleCount)
    let cores = ProcessInfo.processInfo.activeProcessorCount
    var measurements: [Measurement] = []
    for pluginCount in [1, 8] {
      let registry = try PluginRegistry((0..<pluginCount).map { NoOpPlugin(name: "noop-\($0)") })
      let pipeline = Pipeline(plan: try registry.plan(), options: .init(maxConcurrency: cores))
      let runs = try await repeated(settings) {
        let elapsed = try await seconds { _ = try await pipeline.run(corpus) }
        return elapsed * 1e9 / Double(articleCount * pluginCount)
      }
      measurements.append(
        Measurement(
          name: "pipeline.overhead.run.plugins-\(pluginCount)", unit: "ns per article per plugin",
          higherIsBetter: false, runs: runs,
          parameters: ["articles": "\(articleCount)", "plugins": "\(pluginCount)", "concurrency": "\(cores)"])
      )
      let streamRuns = try await repeated(settings) {
        let elapsed = try await seconds {
          for try await _ in try pipeline.stream(corpus.stream) {}
        }
        return elapsed * 1e9 / Double(articleCount * pluginCount)
      }
      measurements.append(
        Measurement(
          name: "pipeline.overhead.stream.plugins-\(pluginCount)", unit: "ns per article per plugin",
          higherIsBetter: false, runs: streamRuns,
          parameters: ["articles": "\(articleCount)", "plugins": "\(pluginCount)", "concurrency": "\(cores)"])
      )
    }
    return measurements
  }

  static let loadPlainText = Benchmark(
    name: "load.plain-text",
    summary: "Loading plain-text article files: MB/s on one core and on all cores"
  ) { settings in
    let fileCount = max(200, Int(4000 * settings.scale))
    let directory = try makeTextFiles(count: fileCount)
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let loader = ArticleLoader()
    let cores = ProcessInfo.processInfo.activeProcessorCount
    var measurements: [Measurement] = []
    for concurrency in Set([1, cores]).sorted() {
      let runs = try await repeated(settings) {
        var bytes = 0
        let elapsed = try await seconds {
          let report = try await loader.load([directory], maxConcurrency: concurrency)
          precondition(report.articles.count == fileCount && report.problems.isEmpty)
          bytes = report.byteCount
        }
        return Double(bytes) / 1e6 / elapsed
      }
      measurements.append(
        Measurement(
          name: "load.plain-text.cores-\(concurrency)", unit: "MB/s", higherIsBetter: true, runs: runs,
          parameters: ["files": "\(fileCount)", "concurrency": "\(concurrency)"]))
    }
    return measurements
  }

  static let shellStartup = Benchmark(
    name: "shell.startup",
    summary: "Time until the shell is ready with the sample corpus loaded (goal: under 100 ms)"
  ) { settings in
    guard let corpus = SampleCorpus.directory else {
      throw BylineError(.unavailable, "the sample corpus is missing")
    }
    var measurements: [Measurement] = []
    let inProcess = try await repeated(settings) {
      try await seconds {
        let (environment, _) = ShellEnvironment.capturing()
        let shell = Shell(registry: PluginRegistry(), environment: environment)
        try await shell.load([corpus])
        _ = await ShellLauncher.completer(for: shell)
      } * 1000
    }
    measurements.append(
      Measurement(
        name: "shell.startup.in-process", unit: "ms", higherIsBetter: false, runs: inProcess,
        parameters: ["corpus": "sample"]))
    // The whole process, as a user starts it on the sample corpus: `byline CORPUS -c quit` loads
    // the corpus with every bundled plugin registered, then runs `quit`. (`-c` alone starts with
    // no articles, so the corpus is given as a path.)
    let executable = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
      .appendingPathComponent("byline")
    if FileManager.default.isExecutableFile(atPath: executable.path) {
      let runs = try await repeated(
        BenchmarkSettings(warmup: 2, iterations: max(10, settings.iterations * 4), scale: 1)
      ) {
        try await seconds {
          let process = Process()
          process.executableURL = executable
          process.arguments = [corpus, "-c", "quit"]
          process.standardOutput = FileHandle.nullDevice
          process.standardError = FileHandle.nullDevice
          try process.run()
          process.waitUntilExit()
          guard process.terminationStatus == 0 else {
            throw BylineError(
              .commandFailed, "byline \(corpus) -c quit exited with status \(process.terminationStatus)")
          }
        } * 1000
      }
      measurements.append(
        Measurement(
          name: "shell.startup.process", unit: "ms", higherIsBetter: false, runs: runs,
          parameters: ["command": "byline CORPUS -c quit", "corpus": "sample"]))
    } else {
      FileHandle.standardError.write(
        Data("note: build byline too (swift build -c release) to time the whole process\n".utf8))
    }
    return measurements
  }

  /// The folder of the article-extraction benchmark pages, if present (`../shared/data/extraction`).
  static var extractionPages: String? {
    let path = FileManager.default.currentDirectoryPath + "/../shared/data/extraction/html"
    return FileManager.default.fileExists(atPath: path) ? path : nil
  }

  /// Reads every file under `paths` into memory once, decompressed, so only parsing is timed.
  static func inputs(_ paths: [String]) throws -> [(name: String, data: Data)] {
    let loader = ArticleLoader(readers: ParsingPlugin().readers)
    return try loader.files(for: paths).files.map { path in
      var data = try Data(contentsOf: URL(fileURLWithPath: path))
      var name = path
      if Gzip.isCompressed(data) {
        data = try Gzip.decompress(data)
        name = (path as NSString).deletingPathExtension
      }
      return (name, data)
    }
  }

  /// MB/s of `reader` over `pages`, on one core and on all cores.
  static func parsingThroughput(
    _ name: String, reader: any ArticleReader, pages: [(name: String, data: Data)],
    settings: BenchmarkSettings
  ) async throws -> [Measurement] {
    let bytes = pages.reduce(0) { $0 + $1.data.count }
    let cores = ProcessInfo.processInfo.activeProcessorCount
    var measurements: [Measurement] = []
    for concurrency in Set([1, cores]).sorted() {
      let runs = try await repeated(settings) {
        let elapsed = try await seconds {
          try await withThrowingTaskGroup(of: Int.self) { group in
            let share = (pages.count + concurrency - 1) / concurrency
            for worker in 0..<concurrency {
              let slice = Array(pages.dropFirst(worker * share).prefix(share))
              // Reading, then the text layer (sentences, tokens), as loading for analysis does.
              group.addTask {
                slice.reduce(0) { count, page in
                  var articles = reader.read(page.data, source: page.name).articles
                  for index in articles.indices { articles[index].prepareText() }
                  return count + articles.count
                }
              }
            }
            _ = try await group.reduce(0, +)
          }
        }
        return Double(bytes) / 1e6 / elapsed
      }
      measurements.append(
        Measurement(
          name: "\(name).cores-\(concurrency)", unit: "MB/s", higherIsBetter: true, runs: runs,
          parameters: ["files": "\(pages.count)", "bytes": "\(bytes)", "concurrency": "\(concurrency)"]))
    }
    return measurements
  }

  static let parseText = Benchmark(
    name: "parse.text",
    summary: "Scraped-text parsing (cleaning, metadata, sentences, tokens): MB/s on one core and all cores"
  ) { settings in
    guard let corpus = SampleCorpus.directory else {
      throw BylineError(.unavailable, "the sample corpus is missing")
    }
    var pages = try inputs([corpus])
    // Repeat the corpus so a run lasts long enough to time.
    pages = Array(repeating: pages, count: max(1, Int(200 * settings.scale))).flatMap { $0 }
    return try await parsingThroughput(
      "parse.text", reader: ScrapedTextArticleReader(), pages: pages, settings: settings)
  }

  static let parseHTML = Benchmark(
    name: "parse.html",
    summary:
      "HTML extraction on the 181 pages of ../shared/data/extraction: MB/s, and the ratio to trafilatura"
  ) { settings in
    guard let directory = extractionPages else {
      FileHandle.standardError.write(
        Data("note: ../shared/data/extraction is missing; parse.html skipped\n".utf8))
      return []
    }
    let pages = try inputs([directory])
    var measurements = try await parsingThroughput(
      "parse.html", reader: HTMLArticleReader(), pages: pages, settings: settings)
    // trafilatura on the same pages, when the comparison venv exists (scripts/setup-peers.sh).
    let report = try runPythonPeer(["scripts/extraction_benchmark.py", "--system", "trafilatura", "--json"])
    if let single = measurements.first,
      let speed = (report?["speed"] as? [String: Any])?["mb_per_s"] as? Double
    {
      measurements += peerComparison(
        "parse.html", unit: "MB/s", ours: single.median, theirs: speed, peer: "trafilatura")
    }
    return measurements
  }

  /// The parity fixture's sentences (`Tests/BylineSentimentTests/Fixtures/vader-parity.tsv`).
  static var sentimentFixture: String {
    FileManager.default.currentDirectoryPath + "/Tests/BylineSentimentTests/Fixtures/vader-parity.tsv"
  }

  static let sentimentScoring = Benchmark(
    name: "sentiment.vader",
    summary: "VADER scoring: sentences per second on one core, and the ratio to vaderSentiment 3.3.2"
  ) { settings in
    guard let text = try? String(contentsOfFile: sentimentFixture, encoding: .utf8) else {
      throw BylineError(.notFound, "the sentiment fixture is missing: \(sentimentFixture)")
    }
    let sentences = text.split(separator: "\n").dropFirst().compactMap {
      $0.split(separator: "\t").first.map(String.init)
    }
    let repeats = max(1, Int(5 * settings.scale))
    let scorer = SentimentScorer()
    let runs = await repeated(settings) {
      var total = 0.0
      let elapsed = await seconds {
        for _ in 0..<repeats {
          for sentence in sentences { total += scorer.scores(for: sentence).compound }
        }
      }
      precondition(total.isFinite)
      return Double(sentences.count * repeats) / elapsed
    }
    var measurements = [
      Measurement(
        name: "sentiment.vader.cores-1", unit: "sentences/s", higherIsBetter: true, runs: runs,
        parameters: ["sentences": "\(sentences.count)", "repeats": "\(repeats)"])
    ]
    let report = try runPythonPeer([
      "scripts/vader_reference.py", "--input", sentimentFixture, "--repeat", "1",
    ])
    if let rate = report?["sentences_per_second"] as? Double, let ours = measurements.first?.median {
      measurements += peerComparison(
        "sentiment.vader", unit: "sentences/s", ours: ours, theirs: rate, peer: "vaderSentiment 3.3.2")
    }
    return measurements
  }

  static let summarizeDUC2004 = Benchmark(
    name: "summarize.duc2004",
    summary: "ROUGE-1/2 recall on DUC 2004 task 2 (100 words) and summaries per second, against sumy"
  ) { settings in
    guard let data = try DUC2004.load() else {
      FileHandle.standardError.write(Data("note: ../shared/data/duc2004 is missing; skipped\n".utf8))
      return []
    }
    let scorer = RougeScorer(wordLimit: 100, stemming: true)
    var measurements: [Measurement] = []
    func rouge(_ name: String, summaries: [String: String]) {
      let results = data.clusters.compactMap { cluster in
        summaries[cluster.name].map { scorer.score(candidate: $0, references: cluster.models) }
      }
      guard results.count == data.clusters.count else { return }
      let mean = RougeScorer.mean(results)
      measurements.append(
        Measurement(
          name: "summarize.duc2004.\(name).rouge1-recall", unit: "×100", higherIsBetter: true,
          runs: [mean.rouge1.recall * 100], parameters: ["clusters": "\(results.count)", "words": "100"]))
      measurements.append(
        Measurement(
          name: "summarize.duc2004.\(name).rouge2-recall", unit: "×100", higherIsBetter: true,
          runs: [mean.rouge2.recall * 100], parameters: ["clusters": "\(results.count)", "words": "100"]))
    }
    var variants: [(String, Summarizer)] = SummaryMethod.allCases.map {
      ($0.rawValue, Summarizer(method: $0))
    }
    // How the lead prior and the redundancy threshold move LexRank.
    for prior in [0.0, 0.15, 0.45, 0.6] {
      variants.append(("lexRank-prior-\(prior)", Summarizer(method: .lexRank, leadPrior: prior)))
    }
    variants.append(
      (
        "lexRank-prior-0.15-redundancy-0.3",
        Summarizer(method: .lexRank, redundancyThreshold: 0.3, leadPrior: 0.15)
      ))
    variants.append(
      (
        "textRank-prior-0.15-redundancy-0.3",
        Summarizer(method: .textRank, redundancyThreshold: 0.3, leadPrior: 0.15)
      ))
    for threshold in [0.3, 0.4, 0.6] {
      variants.append(
        ("lexRank-redundancy-\(threshold)", Summarizer(method: .lexRank, redundancyThreshold: threshold)))
    }
    for (name, summarizer) in variants {
      var summaries: [String: String] = [:]
      for cluster in data.clusters {
        summaries[cluster.name] = summarizer.summarize(cluster.articles, length: .words(100), about: nil)
          .map(\.text).joined(separator: " ")
      }
      rouge(name, summaries: summaries)
    }
    // sumy's LexRank and TextRank on the same clusters (scripts/sumy_duc2004.py), same ROUGE code.
    // It takes minutes, so it runs only when asked: BYLINE_BENCH_SUMY=1.
    let withSumy = ProcessInfo.processInfo.environment["BYLINE_BENCH_SUMY"] == "1"
    if withSumy, let records = try runPythonPeerLines(["scripts/sumy_duc2004.py"]) {
      var bySystem: [String: [String: String]] = [:]
      for json in records {
        guard let system = json["system"] as? String, let cluster = json["cluster"] as? String,
          let summary = json["summary"] as? String
        else { continue }
        bySystem[system, default: [:]][cluster] = summary
      }
      for (system, summaries) in bySystem.sorted(by: { $0.key < $1.key }) {
        rouge(system, summaries: summaries)
      }
    }
    // Speed: one 10-article cluster to 100 words, and one long article to five sentences.
    let cluster = data.clusters[0].articles
    let summarizer = Summarizer()
    let clusterRuns = await repeated(settings) {
      let count = 50
      let elapsed = await seconds {
        for _ in 0..<count { _ = summarizer.summarize(cluster, length: .words(100), about: nil) }
      }
      return Double(count) / elapsed
    }
    measurements.append(
      Measurement(
        name: "summarize.cluster.cores-1", unit: "summaries/s", higherIsBetter: true, runs: clusterRuns,
        parameters: ["articles": "\(cluster.count)", "words": "100"]))
    // A 1,000-word article: the cluster's documents in order, cut to 1,000 words.
    let longest: NewsArticle = {
      var words = 0
      var kept: [String] = []
      for paragraph in cluster.flatMap({ article in article.paragraphs.map { String(article.text(of: $0)) } })
      {
        let paragraphWords = paragraph.split(separator: " ")
        let room = 1000 - words
        guard room > 0 else { break }
        kept.append(paragraphWords.prefix(room).joined(separator: " "))
        words += min(room, paragraphWords.count)
      }
      return DUC2004.article(from: "<TEXT>\n" + kept.joined(separator: "\n\n") + "\n</TEXT>", id: "long")
    }()
    let articleRuns = await repeated(settings) {
      let count = 500
      let elapsed = await seconds {
        for _ in 0..<count { _ = summarizer.summarize([longest], length: .sentences(5), about: nil) }
      }
      return Double(count) / elapsed
    }
    measurements.append(
      Measurement(
        name: "summarize.article.cores-1", unit: "summaries/s", higherIsBetter: true, runs: articleRuns,
        parameters: ["words": "\(longest.wordCount)", "sentences": "5"]))
    let sumyTimings = withSumy ? try runPythonPeerLines(["scripts/sumy_duc2004.py", "--timing-json"]) : nil
    if let timing = sumyTimings?.first(where: { $0["system"] as? String == "sumy-lexrank" }),
      let clusterRate = timing["cluster_summaries_per_second"] as? Double,
      let articleRate = timing["article_summaries_per_second"] as? Double
    {
      measurements += peerComparison(
        "summarize.cluster", unit: "summaries/s", ours: clusterRuns.sorted()[clusterRuns.count / 2],
        theirs: clusterRate, peer: "sumy LexRank")
      measurements += peerComparison(
        "summarize.article", unit: "summaries/s", ours: articleRuns.sorted()[articleRuns.count / 2],
        theirs: articleRate, peer: "sumy LexRank")
    }
    return measurements
  }

  /// Runs a comparison script with the peers' venv (`scripts/setup-peers.sh`) and returns what it
  /// prints on standard output, or nil (with a note) when the venv is missing.
  static func runPython(_ arguments: [String]) throws -> Data? {
    let python = FileManager.default.currentDirectoryPath + "/.venv/bin/python"
    guard FileManager.default.isExecutableFile(atPath: python) else {
      FileHandle.standardError.write(
        Data("note: run scripts/setup-peers.sh to compare with the Python peers\n".utf8))
      return nil
    }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: python)
    process.arguments = arguments
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return data
  }

  /// The one JSON object a comparison script prints, or nil (with a note).
  static func runPythonPeer(_ arguments: [String]) throws -> [String: Any]? {
    guard let data = try runPython(arguments) else { return nil }
    guard let json = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
      FileHandle.standardError.write(Data("note: could not read the output of \(arguments[0])\n".utf8))
      return nil
    }
    return json
  }

  /// The JSON objects a comparison script prints one per line, or nil when there are none.
  static func runPythonPeerLines(_ arguments: [String]) throws -> [[String: Any]]? {
    guard let data = try runPython(arguments) else { return nil }
    let records = String(decoding: data, as: UTF8.self).split(separator: "\n").compactMap {
      try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
    }
    return records.isEmpty ? nil : records
  }

  /// The peer's figure and the ratio of ours to it, both on one core.
  static func peerComparison(_ name: String, unit: String, ours: Double, theirs: Double, peer: String)
    -> [Measurement]
  {
    [
      Measurement(
        name: "\(name).peer.cores-1", unit: unit, higherIsBetter: true, runs: [theirs],
        parameters: ["peer": peer]),
      Measurement(
        name: "\(name).ratio-to-peer.cores-1", unit: "×", higherIsBetter: true, runs: [ours / theirs],
        parameters: ["peer": peer]),
    ]
  }

  /// Writes `count` article files of 2–8 KB of varied text into a new temporary directory.
  static func makeTextFiles(count: Int) throws -> String {
    let directory = NSTemporaryDirectory() + "byline-bench-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    let words = [
      "minister", "said", "talks", "would", "resume", "after", "fire", "port", "forced",
      "thousands", "leave", "homes", "rates", "rose", "percent", "governor", "union", "warned",
      "the", "a", "of", "to", "in", "and", "«quoted»", "café", "—", "2025",
    ]
    var generator = SplitMix64(seed: 42)
    for index in 0..<count {
      var text = "Headline number \(index)\n\n"
      let paragraphs = 4 + Int(generator.next() % 12)
      for _ in 0..<paragraphs {
        let length = 40 + Int(generator.next() % 60)
        text +=
          (0..<length).map { _ in words[Int(generator.next() % UInt64(words.count))] }
          .joined(separator: " ") + ".\n\n"
      }
      try Data(text.utf8).write(to: URL(fileURLWithPath: "\(directory)/\(index).txt"))
    }
    return directory
  }
}

/// A small deterministic random number generator, so benchmark inputs are the same every run.
struct SplitMix64 {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
