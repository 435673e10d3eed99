import BylineCommands
import BylineCore

/// `set [NAME VALUE]`: change or list settings.
struct SetCommand: ShellCommand {
  static let configuration = CommandConfiguration(
    commandName: "set",
    abstract: "Change a setting, or list them all.",
    discussion: """
      Settings: format (table, json, jsonl, csv, markdown), color (auto, always, never), \
      progress (on, off), concurrency (1-256), and the settings plugins declare, named \
      PLUGIN.NAME, such as sentiment.threshold. Values are checked against each setting's type \
      and allowed values. Without arguments, lists every setting with its value, default and help.
      """)
  static let examples = ["set format json", "set color never", "set sentiment.threshold 0.1", "set"]

  @Argument(help: "The setting's name.")
  var name: String?

  @Argument(help: "Its new value.")
  var value: String?

  func validate() throws {
    if name != nil && value == nil { throw ValidationError("Missing the value for '\(name!)'.") }
  }

  func run(in context: CommandContext) async throws -> CommandValue {
    try await context.withShell { shell in
      if let name, let value {
        try shell.settings.set(name, to: value, declaredBy: shell.registry)
        // Results analysed with the old value must not be reused.
        if name.contains(".") { shell.forgetAnalysis() }
        return .empty
      }
      return .table(
        DataTable(
          columns: ["setting", "value", "default", "help"],
          rows: shell.settings.listing(declaredBy: shell.registry).map {
            [.string($0.name), .string($0.value), .string($0.defaultValue), .string($0.help)]
          }))
    }
  }
}
