import ArgumentParser
import BylineCore

/// `set [NAME VALUE]`: change or list settings.
struct SetCommand: BuiltinCommand {
  static let configuration = CommandConfiguration(
    commandName: "set",
    abstract: "Change a setting, or list them all.",
    discussion: """
      Settings: format (table, json, jsonl, csv, markdown), color (auto, always, never), \
      progress (on, off), concurrency (1-256). PLUGIN.NAME VALUE passes a setting to a plugin.
      """)
  static let examples = ["set format json", "set color never", "set keywords.limit 3", "set"]

  @Argument(help: "The setting's name.")
  var name: String?

  @Argument(help: "Its new value.")
  var value: String?

  func validate() throws {
    if name != nil && value == nil { throw ValidationError("Missing the value for '\(name!)'.") }
  }

  func run(in shell: isolated Shell, input: CommandValue) async throws -> CommandValue {
    if let name, let value {
      try shell.settings.set(name, to: value)
      return .empty
    }
    return .table(
      DataTable(
        columns: ["setting", "value"],
        rows: shell.settings.listing.map { [.string($0.name), .string($0.value)] }))
  }
}
