import BylineCommands
import BylineCore

/// Help for commands, generated from the definitions their parsers use.
enum HelpText {
  /// `help COMMAND`: the command's own help (usage, arguments, every option), the options every
  /// command takes, and its examples.
  static func text(for entry: CommandEntry) -> String {
    var text = entry.type.helpMessage(columns: 100)
    while text.hasSuffix("\n") { text.removeLast() }
    if case .plugin(let plugin) = entry.source {
      text += "\n\nFROM PLUGIN: \(plugin)"
    }
    text +=
      "\n\nCOMMON OPTIONS:\n  --format <format>       Output format (on the last command of a pipeline): "
      + "\(Shell.formatNames)."
    if !entry.examples.isEmpty {
      text += "\n\nEXAMPLES:\n" + entry.examples.map { "  " + $0 }.joined(separator: "\n")
    }
    return text
  }

  /// `help`: every command with its abstract, and how pipelines work.
  static func overview(_ catalog: CommandCatalog) -> String {
    let width = (catalog.entries.map(\.name.count).max() ?? 8) + 2
    var lines = ["Commands (type 'help COMMAND' for options and examples):", ""]
    for entry in catalog.entries.sorted(by: { $0.name < $1.name }) {
      lines.append("  " + entry.name.padding(toLength: width, withPad: " ", startingAt: 0) + entry.abstract)
    }
    lines += [
      "",
      "Commands chain with '|': each receives the previous one's result, e.g.",
      "  load news/ | filter outlet='Meridian Wire' date>=2025-03-01 | articles --format json",
      "The last command of a pipeline takes --format table|json|jsonl|csv|markdown.",
      "Ctrl-C cancels a running command; Ctrl-D or 'quit' leaves.",
    ]
    return lines.joined(separator: "\n")
  }
}
