import BylineCommands
import BylineCore
import Foundation

/// `show ID`: one article in full.
struct ShowCommand: ShellCommand {
  static let configuration = CommandConfiguration(
    commandName: "show",
    abstract: "Show one article in full: its metadata and body.",
    discussion: """
      ID is an article id, a unique prefix of one (show a9771f), or the article's file name (with \
      or without its extension). Without ID, the first article of the selection is shown. With --format \
      json the article is printed with every field, as export writes it.
      """)
  static let examples = [
    "show rate-rise-coastline-today", "show rate-rise-coastline-today --removed",
    "show harbour-fire-meridian-wire --format json", "search fire | show",
  ]

  @Argument(help: "The article's id, id prefix or file name.")
  var id: String?

  @Flag(help: "Show the paragraph spans and annotation names too.")
  var verbose = false

  @Flag(help: "Also list the text that cleaning removed, with the reason for each line.")
  var removed = false

  func run(in context: CommandContext) async throws -> CommandValue {
    try await context.withShell { shell in
      let input = context.input
      let selection = (try? ArticleSelection.articles(from: input, command: "show")) ?? []
      let candidates = selection.isEmpty ? shell.corpus.articles : selection
      let found: NewsArticle
      if let id {
        found = try shell.article(matching: id, in: candidates)
      } else if let first = candidates.first {
        found = first
      } else {
        throw BylineError(.notFound, "there are no articles to show", hint: "load some first")
      }
      let article = shell.current(found)
      let format = shell.stageFormat ?? shell.settings.format
      guard format == .table else {
        let record = RecordConversion.fullRecord(article)
        return .table(DataTable(columns: record.fields.map(\.name), rows: [record.fields.map(\.value)]))
      }
      var lines = [article.title, String(repeating: "=", count: min(article.title.count, 80))]
      func field(_ name: String, _ value: String?) {
        if let value, !value.isEmpty {
          lines.append("\(name): ".padding(toLength: 11, withPad: " ", startingAt: 0) + value)
        }
      }
      field("id", article.id.rawValue)
      field("outlet", article.outlet)
      field("published", article.published?.description)
      field("authors", article.authors.joined(separator: ", "))
      field("url", article.url?.absoluteString)
      field("language", article.language)
      field("file", article.provenance?.description)
      field("words", String(article.wordCount))
      if verbose {
        field("paragraphs", String(article.paragraphs.count))
        field("sentences", String(article.sentences.count))
        field("annotations", article.annotations.names.joined(separator: ", "))
      }
      lines.append("")
      let paragraphs =
        article.paragraphs.isEmpty ? [TextSpan(start: 0, end: article.body.utf8.count)] : article.paragraphs
      lines.append(paragraphs.map { String(article.text(of: $0)) }.joined(separator: "\n\n"))
      if removed {
        lines.append("")
        lines.append("Removed (\(article.removed.count)):")
        for item in article.removed {
          let place = item.line.map { "line \($0), " } ?? ""
          lines.append("  [\(place)\(item.reason)] \(item.text)")
        }
      }
      return .message(lines.joined(separator: "\n"))
    }
  }
}
