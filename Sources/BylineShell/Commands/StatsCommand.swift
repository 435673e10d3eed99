import ArgumentParser
import BylineCore

/// `stats`: figures about the selection.
struct StatsCommand: BuiltinCommand {
  static let configuration = CommandConfiguration(
    commandName: "stats",
    abstract: "Count articles, words, outlets and dates in the selection, and articles per outlet.")
  static let examples = ["stats", "filter date>=2025-04 | stats --format json"]

  func run(in shell: isolated Shell, input: CommandValue) async throws -> CommandValue {
    let articles = try ArticleSelection.articles(from: input, command: "stats")
    let words = articles.map(\.wordCount)
    let dates = articles.compactMap(\.published).sorted { $0.date < $1.date }
    var rows: [[JSONValue]] = [
      [.string("articles"), .number(Double(articles.count))],
      [.string("words"), .number(Double(words.reduce(0, +)))],
      [.string("words per article (median)"), .number(Double(median(words)))],
      [.string("outlets"), .number(Double(Set(articles.compactMap(\.outlet)).count))],
      [.string("articles with a date"), .number(Double(dates.count))],
      [.string("earliest"), dates.first.map { .string($0.iso8601) } ?? .null],
      [.string("latest"), dates.last.map { .string($0.iso8601) } ?? .null],
      [.string("files"), .number(Double(Set(articles.compactMap(\.provenance?.source)).count))],
    ]
    let outlets = Dictionary(grouping: articles.compactMap(\.outlet), by: { $0 })
    for (outlet, items) in outlets.sorted(by: { ($0.value.count, $1.key) > ($1.value.count, $0.key) }) {
      rows.append([.string("outlet: \(outlet)"), .number(Double(items.count))])
    }
    return .table(DataTable(columns: ["statistic", "value"], rows: rows))
  }

  private func median(_ values: [Int]) -> Int {
    guard !values.isEmpty else { return 0 }
    let sorted = values.sorted()
    return sorted[sorted.count / 2]
  }
}
