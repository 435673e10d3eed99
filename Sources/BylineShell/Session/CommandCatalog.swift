import BylineCommands
import BylineCore

/// Every command the shell knows, found by name, with suggestions for near misses.
struct CommandCatalog: Sendable {
  let entries: [CommandEntry]
  /// Plugin commands that could not be added because the name was taken.
  let conflicts: [String]

  init(builtins: [any ShellCommand.Type], registry: PluginRegistry) {
    var entries = builtins.map {
      CommandEntry(name: $0.configuration.commandName ?? "\($0)", type: $0, source: .builtin)
    }
    var conflicts: [String] = []
    for (plugin, type) in registry.commands {
      let name = type.configuration.commandName ?? "\(type)"
      if entries.contains(where: { $0.name == name }) {
        conflicts.append(
          "plugin '\(plugin)' contributes a command '\(name)', which is taken; it is not added")
      } else {
        entries.append(CommandEntry(name: name, type: type, source: .plugin(name: plugin)))
      }
    }
    self.entries = entries
    self.conflicts = conflicts
  }

  /// The command called `name`, or one of its aliases.
  func entry(named name: String) -> CommandEntry? {
    entries.first { $0.name == name || $0.type.configuration.aliases.contains(name) }
  }

  /// All command names, sorted.
  var names: [String] { entries.map(\.name).sorted() }

  /// The closest command name to `name`, if one is close enough to be a likely typo.
  func suggestion(for name: String) -> String? {
    let candidates = entries.flatMap { [$0.name] + $0.type.configuration.aliases }
    if let prefixed = candidates.filter({ $0.hasPrefix(name) }).sorted().first, name.count >= 2 {
      return prefixed
    }
    let scored = candidates.map { ($0, Self.editDistance(name, $0)) }.min { $0.1 < $1.1 }
    guard let (best, distance) = scored, distance <= max(1, min(3, best.count / 3)) else { return nil }
    return best
  }

  /// The Damerau–Levenshtein distance (with adjacent transpositions) between two words.
  static func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a)
    let b = Array(b)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
    for i in 0...a.count { table[i][0] = i }
    for j in 0...b.count { table[0][j] = j }
    for i in 1...a.count {
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
        }
      }
    }
    return table[a.count][b.count]
  }
}
