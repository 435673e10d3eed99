import ArgumentParser
import BylineCore
import Foundation

/// A command that belongs to the shell itself (`load`, `filter`, `set`, ...). Unlike a plugin's
/// ``ShellCommand`` it runs on the shell and may change the session.
protocol BuiltinCommand: ParsableCommand {
  /// Example command lines, shown by `help COMMAND`.
  static var examples: [String] { get }

  /// Runs the command on `input`, the previous stage's result.
  func run(in shell: isolated Shell, input: CommandValue) async throws -> CommandValue
}

/// A command the shell can run: built in, or contributed by a plugin.
struct CommandEntry: Sendable {
  enum Source: Sendable {
    case builtin(any BuiltinCommand.Type)
    case plugin(any ShellCommand.Type, pluginName: String)
  }

  let name: String
  let source: Source

  var type: any ParsableCommand.Type {
    switch source {
    case .builtin(let type): return type
    case .plugin(let type, _): return type
    }
  }

  var examples: [String] {
    switch source {
    case .builtin(let type): return type.examples
    case .plugin(let type, _): return type.examples
    }
  }

  var abstract: String { type.configuration.abstract }

  /// The long and short option names the command accepts, e.g. `--limit`, `-n`, from the same
  /// definitions swift-argument-parser parses with.
  var optionNames: [String] {
    struct Dump: Decodable {
      struct Command: Decodable { var arguments: [Argument]? }
      struct Argument: Decodable {
        struct Name: Decodable {
          var kind: String
          var name: String
        }
        var kind: String
        var names: [Name]?
      }
      var command: Command
    }
    guard let dump = try? JSONDecoder().decode(Dump.self, from: Data(type._dumpHelp().utf8)) else {
      return []
    }
    return (dump.command.arguments ?? []).filter { $0.kind != "positional" }
      .flatMap { $0.names ?? [] }
      .map { ($0.kind == "short" ? "-" : "--") + $0.name }
      .filter { $0 != "-h" && $0 != "--help" }
  }
}
