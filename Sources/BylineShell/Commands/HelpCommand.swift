import ArgumentParser
import BylineCore

/// `help [COMMAND]`.
struct HelpCommand: BuiltinCommand {
  static let configuration = CommandConfiguration(
    commandName: "help", abstract: "List the commands, or show one command's options and examples.")
  static let examples = ["help", "help filter"]

  @Argument(help: "The command to explain.")
  var command: String?

  func run(in shell: isolated Shell, input: CommandValue) async throws -> CommandValue {
    guard let command else { return .message(HelpText.overview(shell.catalog)) }
    guard let entry = shell.catalog.entry(named: command) else {
      let hint = shell.catalog.suggestion(for: command).map { "; did you mean '\($0)'?" } ?? ""
      throw ShellError("unknown command '\(command)'\(hint)")
    }
    return .message(HelpText.text(for: entry))
  }
}
