import ArgumentParser
import BylineCore
import BylineSampleCorpus
import Foundation

@main
struct Byline: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "byline",
    abstract: "Analyse news articles.",
    version: "0.1.0")

  @Argument(help: "Files, directories or glob patterns to load (default: the sample corpus).")
  var paths: [String] = []

  @Option(help: "Output format: table or json.")
  var format = "table"

  mutating func run() async throws {
    guard ["table", "json"].contains(format) else {
      throw ValidationError("--format must be table or json")
    }
    let inputs = paths.isEmpty ? [SampleCorpus.directory].compactMap { $0 } : paths
    let report = try await ArticleLoader().load(inputs)
    for problem in report.problems {
      FileHandle.standardError.write(Data("\(problem)\n".utf8))
    }
    if format == "json" {
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
      print(String(decoding: try encoder.encode(report.articles), as: UTF8.self))
    } else {
      for article in report.articles {
        print("\(article.id)  \(article.wordCount) words  \(article.title)")
      }
    }
    if report.articles.isEmpty && !report.problems.isEmpty { throw ExitCode.failure }
  }
}
