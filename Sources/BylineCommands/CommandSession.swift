public import BylineCore

/// The session a command runs in, beyond its input: the shell passes itself. A command reads the
/// session's history and settings through it; the shell's own built-in commands reach the rest of
/// the session (loading, the command catalogue) the same way.
public protocol CommandSession: Actor {
  /// The lines run in the session, oldest first.
  var history: [String] { get }
  /// The output format the result will be printed in, by name: `table`, `json`, `jsonl`, `csv`
  /// or `markdown`.
  var outputFormatName: String { get }
  /// The settings in force for the plugin called `plugin`.
  func settings(for plugin: String) -> PluginSettings
  /// Writes `text` to standard output as it is, for commands that print their result themselves.
  nonisolated func writeOutput(_ text: String)
}
