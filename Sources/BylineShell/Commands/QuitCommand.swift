import ArgumentParser
import BylineCore

/// `quit`.
struct QuitCommand: BuiltinCommand {
  static let configuration = CommandConfiguration(
    commandName: "quit", abstract: "Leave the shell (Ctrl-D does too).", aliases: ["exit"])
  static let examples = ["quit"]

  func run(in shell: isolated Shell, input: CommandValue) async throws -> CommandValue {
    shell.quit()
    return .empty
  }
}
