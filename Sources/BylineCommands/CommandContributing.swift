public import BylineCore

/// A plugin that contributes commands to the `byline` shell.
///
/// The core ``Plugin`` protocol knows nothing of commands, so that embedding Byline does not
/// link a command-line parser; a plugin with commands adopts this protocol too:
///
/// ```swift
/// public struct KeywordPlugin: Plugin, CommandContributing {
///   public var name: String { "keywords" }
///   public var commands: [any ShellCommand.Type] { [KeywordsCommand.self] }
/// }
/// ```
public protocol CommandContributing: Plugin {
  /// The shell commands this plugin contributes, each one a parsable command type.
  var commands: [any ShellCommand.Type] { get }
}

extension PluginRegistry {
  /// Every shell command the registered plugins contribute, with the plugin that contributes it.
  public var commands: [(plugin: String, command: any ShellCommand.Type)] {
    plugins.flatMap { plugin in
      ((plugin as? any CommandContributing)?.commands ?? []).map { (plugin.name, $0) }
    }
  }
}

extension Plugin {
  /// The shell commands this plugin contributes: its ``CommandContributing/commands``, or none.
  public var contributedCommands: [any ShellCommand.Type] {
    (self as? any CommandContributing)?.commands ?? []
  }
}
