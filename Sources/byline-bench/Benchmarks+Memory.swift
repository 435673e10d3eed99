import BylineCore
import BylineParsing
import BylineSentiment
import BylineTesting
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

extension Benchmarks {
  /// Where the BBC News articles are: `data/bbc` in the shared folder beside the package (or
  /// where `BYLINE_SHARED_DIR` points).
  static let bbcDirectory = AcceptanceData.url("data/bbc")

  /// The BBC News articles as title and body, one per file, in folder and name order.
  static func bbcTexts() throws -> [(title: String, body: String)] {
    let folders = try FileManager.default.contentsOfDirectory(atPath: bbcDirectory.path).sorted()
    var texts: [(title: String, body: String)] = []
    for folder in folders {
      let directory = bbcDirectory.appendingPathComponent(folder)
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory),
        isDirectory.boolValue
      else { continue }
      for name in try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() {
        let data = try Data(contentsOf: directory.appendingPathComponent(name))
        let text = String(decoding: data, as: UTF8.self)
        let lines = text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: true)
        guard lines.count == 2 else { continue }
        texts.append((String(lines[0]), String(lines[1])))
      }
    }
    return texts
  }

  /// The largest resident set the process has had, in MiB.
  static func peakResidentMiB() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024
  }

  static let streamingMemory = Benchmark(
    name: "memory.stream",
    summary: "100,000 BBC articles (fresh ids) streamed through parsing and sentiment: time and peak memory"
  ) { settings in
    let texts = try bbcTexts()
    guard !texts.isEmpty else {
      throw BylineError(
        .notFound, "no articles to measure with", location: InputLocation(file: bbcDirectory.path, line: nil),
        hint: "put the shared folder beside the package or set \(AcceptanceData.directoryVariable)")
    }
    let count = max(1000, Int(100_000 * settings.scale))
    let registry = try PluginRegistry([ParsingPlugin(), SentimentPlugin()])
    let pipeline = Pipeline(plan: try registry.plan())
    let before = peakResidentMiB()
    var analysed = 0
    let elapsed = try await seconds {
      // Made one at a time as the pipeline asks for them, as a file read record by record is.
      let next = Counter()
      let source = AsyncStream<NewsArticle>(unfolding: {
        let number = next.increment() - 1
        guard number < count else { return nil }
        let text = texts[number % texts.count]
        return NewsArticle(id: ArticleID("bbc-\(number)"), title: text.title, body: text.body)
      })
      for try await result in try pipeline.stream(source)
      where result.article.annotations[SentimentKey.self] != nil {
        analysed += 1
      }
    }
    guard analysed == count else {
      throw BylineError(.commandFailed, "analysed \(analysed) of \(count) articles")
    }
    let parameters = ["articles": "\(count)", "distinct texts": "\(texts.count)"]
    return [
      Measurement(
        name: "memory.stream.articles-per-second", unit: "articles/s", higherIsBetter: true,
        runs: [Double(count) / elapsed], parameters: parameters),
      Measurement(
        name: "memory.stream.peak", unit: "MiB resident", higherIsBetter: false,
        runs: [max(before, peakResidentMiB())], parameters: parameters),
    ]
  }
}
