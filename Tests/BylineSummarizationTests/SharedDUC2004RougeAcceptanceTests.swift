import BylineTesting
import Foundation
import Testing

@testable import BylineSummarization

/// Acceptance: the scorer reproduces the official ROUGE-1.5.5 figures for the DUC 2004 SumRepo peers
/// (`-n 4 -x -m -l 100 -p 0.5 -c 95 -r 1000 -f A -t 0 -a -d`), read from `../shared/data/duc2004`.
@Suite(
  "Shared DUC 2004 ROUGE acceptance",
  .enabled(if: AcceptanceData.isAvailable("data/duc2004"), Comment(rawValue: AcceptanceData.skipMessage)))
struct SharedDUC2004RougeAcceptanceTests {
  static let dataDirectory = AcceptanceData.url("data/duc2004")

  /// The 13 SumRepo systems.
  static let systems = [
    "Lead", "FreqSum", "TsSum", "Centroid", "LexRank", "GreedyKL", "CLASSY04", "CLASSY11", "DPP",
    "ICSISumm", "OCCAMS_V", "RegSum", "Submodular",
  ]

  /// Largest allowed absolute difference of a corpus mean recall from the official figure.
  static let tolerance = 0.002

  /// Official corpus-level recalls, keyed "SYSTEM ROUGE-N", parsed from the gzipped ROUGE output.
  static func officialRecalls() throws -> [String: Double] {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/gzip")
    process.arguments = ["-dc", dataDirectory.appendingPathComponent("rouge_sumrepo_results.res.gz").path]
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    var recalls: [String: Double] = [:]
    for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
      // e.g. "Lead ROUGE-1 Average_R: 0.31460 (95%-conf.int. 0.29823 - 0.32848)"
      let fields = line.split(separator: " ")
      if fields.count >= 4, fields[2] == "Average_R:", let value = Double(fields[3]) {
        recalls["\(fields[0]) \(fields[1])"] = value
      }
    }
    return recalls
  }

  static func read(_ url: URL) throws -> String {
    String(decoding: try Data(contentsOf: url), as: UTF8.self)
  }

  /// Mean scores of one system over the 50 clusters, against the 4 models of each cluster.
  static func corpusScore(system: String) throws -> (result: RougeResult, clusters: Int) {
    let fileManager = FileManager.default
    let modelsDirectory = dataDirectory.appendingPathComponent("models")
    let peersDirectory = dataDirectory.appendingPathComponent("peers")
    let modelFiles = try fileManager.contentsOfDirectory(atPath: modelsDirectory.path).sorted()
    let peerFiles = try fileManager.contentsOfDirectory(atPath: peersDirectory.path)
      .filter { $0.hasSuffix("." + system) }.sorted()
    let scorer = RougeScorer(wordLimit: 100, stemming: true)
    var results: [RougeResult] = []
    for peerFile in peerFiles {
      let cluster = String(peerFile.prefix { $0 != "." })
      let references = try modelFiles.filter { $0.hasPrefix(cluster + ".") }
        .map { try read(modelsDirectory.appendingPathComponent($0)) }
      let candidate = try read(peersDirectory.appendingPathComponent(peerFile))
      results.append(scorer.score(candidate: candidate, references: references))
    }
    return (RougeScorer.mean(results), results.count)
  }

  @Test(
    "Mean ROUGE-1/ROUGE-2 recall matches ROUGE-1.5.5 within 0.002", arguments: systems)
  func matchesOfficialFigures(system: String) throws {
    let official = try Self.officialRecalls()
    let r1 = try #require(official["\(system) ROUGE-1"])
    let r2 = try #require(official["\(system) ROUGE-2"])
    let (mean, clusters) = try Self.corpusScore(system: system)
    #expect(clusters == 50)
    let d1 = mean.rouge1.recall - r1
    let d2 = mean.rouge2.recall - r2
    print(
      String(
        format: "%@: R-1 %.5f (official %.5f, diff %+.5f), R-2 %.5f (official %.5f, diff %+.5f)",
        system, mean.rouge1.recall, r1, d1, mean.rouge2.recall, r2, d2))
    #expect(abs(d1) <= Self.tolerance, "ROUGE-1 recall of \(system) off by \(d1)")
    #expect(abs(d2) <= Self.tolerance, "ROUGE-2 recall of \(system) off by \(d2)")
  }
}
