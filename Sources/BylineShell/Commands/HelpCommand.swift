import BylineCommands
import BylineCore

/// `help [COMMAND]`.
struct HelpCommand: ShellCommand {
  static let configuration = CommandConfiguration(
    commandName: "help", abstract: "List the commands, or show one command's options and examples.")
  static let examples = ["help", "help filter"]

  @Argument(help: "The command to explain.")
  var command: String?

  func run(in context: CommandContext) async throws -> CommandValue {
    try await context.withShell { shell in
      guard let command else { return .message(HelpText.overview(shell.catalog)) }
      guard let entry = shell.catalog.entry(named: command) else {
        throw BylineError(
          .unknownCommand, "unknown command '\(command)'", argument: command,
          hint: shell.catalog.suggestion(for: command).map { "did you mean '\($0)'?" })
      }
      return .message(HelpText.text(for: entry))
    }
  }
}
