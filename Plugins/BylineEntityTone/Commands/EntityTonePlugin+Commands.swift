import BylineCommands
import BylineCore

extension EntityTonePlugin: CommandContributing {
  public var commands: [any ShellCommand.Type] { [EntitiesCommand.self, EntityCommand.self] }

  /// The analysis of the entity-tone plugin registered in `context`'s registry.
  static func analysis(in context: CommandContext) throws -> EntityToneAnalysis {
    guard let plugin = context.registry.plugins.lazy.compactMap({ $0 as? EntityTonePlugin }).first else {
      throw BylineError(
        .unavailable, "the entity-tone plugin is not registered",
        hint: "register EntityTonePlugin(scorer:) with the other plugins")
    }
    return plugin.analysis
  }
}
