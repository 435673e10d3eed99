import BylineCommands
import BylineCore

extension EntitiesPlugin: CommandContributing {
  public var commands: [any ShellCommand.Type] {
    [EntitiesCommand.self, EntityCommand.self, CooccurCommand.self, TrainCommand.self, EvalCommand.self]
  }
}
