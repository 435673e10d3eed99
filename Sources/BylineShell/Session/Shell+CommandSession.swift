import BylineCommands
import BylineCore

extension Shell: CommandSession {
  public var outputFormatName: String { (stageFormat ?? settings.format).rawValue }

  public func settings(for plugin: String) -> PluginSettings {
    PluginSettings(settings.pluginSettings[plugin] ?? [:])
  }

  public nonisolated func writeOutput(_ text: String) { environment.writeOutput(text) }
}

extension CommandContext {
  /// Runs `body` on the shell this command runs in: how built-in commands reach the session
  /// (loading, settings, history, the catalogue of commands).
  /// - Throws: ``BylineError`` with code ``BylineError/Code/unavailable`` outside a shell.
  func withShell<Result: Sendable>(_ body: @Sendable (isolated Shell) async throws -> Result) async throws
    -> Result
  {
    guard let shell = session as? Shell else {
      throw BylineError(.unavailable, "this command runs only in the byline shell")
    }
    return try await shell.perform(body)
  }
}
