import BylineCommands
import BylineCore
import Foundation

/// `export`: every article of the selection with all its fields.
struct ExportCommand: ShellCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Write every article of the selection with all its fields and body.",
    discussion: """
      Formats: jsonl (the default; one article per line), json (one array) or csv (flat \
      columns). JSON records carry every field and the annotations of the analysis run so far, \
      and load back with 'load'. Without --to the records go to standard output.
      """)
  static let examples = [
    "export --to corpus.jsonl", "filter outlet='Meridian Wire' | export --format csv --to meridian.csv",
  ]

  @Option(
    name: .customLong("to"),
    help: ArgumentHelp("The file to write (default: standard output).", valueName: "file"),
    completion: .file())
  var destination: String?

  func run(in context: CommandContext) async throws -> CommandValue {
    try await context.withShell { shell in
      let input = context.input
      let articles = try ArticleSelection.articles(from: input, command: "export").map(shell.current)
      let format = shell.stageFormat ?? .jsonl
      guard [.jsonl, .json, .csv].contains(format) else {
        throw BylineError(.invalidArgument, "export writes jsonl, json or csv, not \(format.rawValue)")
      }
      let records =
        format == .csv
        ? RecordSet(columns: RecordConversion.fullColumns, records: articles.map(RecordConversion.flatRecord))
        : RecordSet(columns: RecordConversion.fullColumns, records: articles.map(RecordConversion.fullRecord))
      let text = OutputRenderer().render(records, as: format)
      guard let destination else {
        shell.environment.writeOutput(text)
        return .empty
      }
      do {
        try Data(text.utf8).write(to: URL(fileURLWithPath: destination))
      } catch {
        throw BylineError(
          .fileAccess, "cannot write \(destination): \((error as NSError).localizedDescription)")
      }
      shell.diagnose("wrote \(articles.count) article\(articles.count == 1 ? "" : "s") to \(destination)")
      return .empty
    }
  }
}
