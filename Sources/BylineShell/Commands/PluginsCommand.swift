import ArgumentParser
import BylineCore

/// `plugins`: what is registered.
struct PluginsCommand: BuiltinCommand {
  static let configuration = CommandConfiguration(
    commandName: "plugins",
    abstract: "List the registered plugins: what each provides and requires, and its commands.")
  static let examples = ["plugins", "plugins --format json"]

  func run(in shell: isolated Shell, input: CommandValue) async throws -> CommandValue {
    let rows: [[JSONValue]] = shell.registry.plugins.map { plugin in
      [
        .string(plugin.name), .string(plugin.version), .string(plugin.summary),
        .array(plugin.provides.map { .string($0.rawValue) }),
        .array(plugin.requires.map { .string($0.rawValue) }),
        .array(plugin.commands.map { .string($0.configuration.commandName ?? "\($0)") }),
        .array(plugin.readers.map { .string($0.format) }),
      ]
    }
    return .table(
      DataTable(
        columns: ["name", "version", "summary", "provides", "requires", "commands", "formats"], rows: rows))
  }
}
