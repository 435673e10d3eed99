import BylineCommands
import BylineCore
import Foundation

/// A command the shell can run: built in, or contributed by a plugin.
/// Both kinds are ``ShellCommand`` types; the entry only remembers where one came from.
struct CommandEntry: Sendable {
  enum Source: Sendable, Equatable {
    case builtin
    case plugin(name: String)
  }

  let name: String
  let type: any ShellCommand.Type
  let source: Source

  var examples: [String] { type.examples }

  var abstract: String { type.configuration.abstract }

  /// The long and short option names the command accepts, e.g. `--limit`, `-n`, from the same
  /// definitions swift-argument-parser parses with.
  var optionNames: [String] {
    options.flatMap(\.names).filter { $0 != "-h" && $0 != "--help" }
  }

  /// The values each option with a fixed set of them takes (an `ExpressibleByArgument` enum that
  /// lists its cases), by each of the option's names: `--within` → `sentence`, `article`.
  var optionValues: [String: [String]] {
    var values: [String: [String]] = [:]
    for option in options where !option.values.isEmpty {
      for name in option.names { values[name] = option.values }
    }
    return values
  }

  /// The command's options with their names and allowed values, read from the help dump that
  /// swift-argument-parser makes from the command's definitions.
  private var options: [(names: [String], values: [String])] {
    struct Dump: Decodable {
      struct Command: Decodable { var arguments: [Argument]? }
      struct Argument: Decodable {
        struct Name: Decodable {
          var kind: String
          var name: String
        }
        var kind: String
        var names: [Name]?
        var allValues: [String]?
      }
      var command: Command
    }
    guard let dump = try? JSONDecoder().decode(Dump.self, from: Data(type._dumpHelp().utf8)) else {
      return []
    }
    return (dump.command.arguments ?? []).filter { $0.kind != "positional" }.map { argument in
      (
        (argument.names ?? []).map { ($0.kind == "short" ? "-" : "--") + $0.name },
        argument.kind == "option" ? argument.allValues ?? [] : []
      )
    }
  }
}
