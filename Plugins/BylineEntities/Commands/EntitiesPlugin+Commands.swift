import BylineCommands
import BylineCore

extension EntitiesPlugin: CommandContributing {
  public var commands: [any ShellCommand.Type] {
    [CooccurCommand.self, TrainCommand.self, EvalCommand.self]
  }
}
