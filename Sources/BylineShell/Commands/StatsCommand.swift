import BylineCommands
import BylineCore
import Foundation

/// `stats`: figures about the selection and the session.
struct StatsCommand: ShellCommand {
  static let configuration = CommandConfiguration(
    commandName: "stats",
    abstract: "Count the selection's articles, words, outlets and dates, and say what the session holds.",
    discussion: """
      First the selection: articles, words, outlets, dates and files. Then the session: every \
      article loaded, its outlets, how many articles each plugin's results are kept for (so \
      later commands reuse them), the text held and the memory the process uses. Last, the \
      selection's articles per outlet, or per any field with --by: author, language, date, \
      month, year, folder, file.
      """)
  static let examples = ["stats", "filter date>=2025-04 | stats --format json", "stats --by month"]

  @Option(help: "Count the selection's articles per value of this field.")
  var by: ArticleField = .outlet

  func run(in context: CommandContext) async throws -> CommandValue {
    try await context.withShell { shell in
      let input = context.input
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
      rows += sessionRows(shell)
      let groups = by.groups(of: articles).sorted {
        ($0.articles.count, $1.label) > ($1.articles.count, $0.label)
      }
      for group in groups {
        rows.append([.string("\(by.rawValue): \(group.label)"), .number(Double(group.articles.count))])
      }
      return .table(DataTable(columns: ["statistic", "value"], rows: rows))
    }
  }

  /// What the session holds: articles, outlets, cached analysis per plugin, text and memory.
  private func sessionRows(_ shell: isolated Shell) -> [[JSONValue]] {
    let articles = shell.corpus.articles
    var rows: [[JSONValue]] = [
      [.string("session: articles"), .number(Double(articles.count))],
      [.string("session: outlets"), .number(Double(Set(articles.compactMap(\.outlet)).count))],
    ]
    for plugin in shell.registry.plugins where plugin.scope == .article && !plugin.provides.isEmpty {
      let provided = Set(plugin.provides)
      let analysed = articles.filter { article in
        shell.analyzedCapabilities[article.id].map { provided.isSubset(of: $0) } ?? false
      }
      rows.append([.string("session: analysed by \(plugin.name)"), .number(Double(analysed.count))])
    }
    let textBytes = articles.reduce(0) { $0 + $1.title.utf8.count + $1.body.utf8.count }
    rows.append([.string("session: article text (MiB)"), .number(Self.mebibytes(textBytes))])
    rows.append([
      .string("session: resident memory (MiB)"),
      ProcessMemory.residentBytes().map { .number(Self.mebibytes($0)) } ?? .null,
    ])
    return rows
  }

  /// Bytes in mebibytes, to two decimals.
  private static func mebibytes(_ bytes: Int) -> Double {
    (Double(bytes) / 1_048_576 * 100).rounded() / 100
  }

  private func median(_ values: [Int]) -> Int {
    guard !values.isEmpty else { return 0 }
    let sorted = values.sorted()
    return sorted[sorted.count / 2]
  }
}
