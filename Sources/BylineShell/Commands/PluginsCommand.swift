import BylineCommands
import BylineCore

/// `plugins`: what is registered.
struct PluginsCommand: ShellCommand {
  static let configuration = CommandConfiguration(
    commandName: "plugins",
    abstract: "List the registered plugins: what each provides and requires, its commands and settings.")
  static let examples = ["plugins", "plugins --format json"]

  func run(in context: CommandContext) async throws -> CommandValue {
    try await context.withShell { shell in
      let rows: [[JSONValue]] = shell.registry.plugins.map { plugin in
        [
          .string(plugin.name), .string(plugin.version), .string(plugin.summary),
          .array(plugin.provides.map { .string($0.rawValue) }),
          .array(plugin.requires.map { .string($0.rawValue) }),
          .array(plugin.contributedCommands.map { .string($0.configuration.commandName ?? "\($0)") }),
          .array(plugin.readers.map { .string($0.format) }),
          .array(plugin.settings.map { .string("\(plugin.name).\($0.name)") }),
        ]
      }
      return .table(
        DataTable(
          columns: ["name", "version", "summary", "provides", "requires", "commands", "formats", "settings"],
          rows: rows))
    }
  }
}
