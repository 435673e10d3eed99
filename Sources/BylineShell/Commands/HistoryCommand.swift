import BylineCommands
import BylineCore

/// `history`: the lines run so far.
struct HistoryCommand: ShellCommand {
  static let configuration = CommandConfiguration(
    commandName: "history",
    abstract: "List the command lines entered, oldest first (saved across sessions in ~/.byline_history).")
  static let examples = ["history", "history --last 5"]

  @Option(help: "Show only the last N lines.")
  var last: Int?

  func run(in context: CommandContext) async throws -> CommandValue {
    try await context.withShell { shell in
      let lines = shell.history
      let start = max(0, lines.count - (last ?? lines.count))
      return .table(
        DataTable(
          columns: ["number", "line"],
          rows: lines.enumerated().dropFirst(start).map {
            [.number(Double($0.offset + 1)), .string($0.element)]
          }))
    }
  }
}
