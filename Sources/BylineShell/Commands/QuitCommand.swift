import BylineCommands
import BylineCore

/// `quit`.
struct QuitCommand: ShellCommand {
  static let configuration = CommandConfiguration(
    commandName: "quit", abstract: "Leave the shell (Ctrl-D does too).", aliases: ["exit"])
  static let examples = ["quit"]

  func run(in context: CommandContext) async throws -> CommandValue {
    try await context.withShell { shell in
      shell.quit()
      return .empty
    }
  }
}
