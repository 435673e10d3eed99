import BylineCommands
import BylineCore

extension EventsPlugin: CommandContributing {
  public var commands: [any ShellCommand.Type] {
    [
      EventsCommand.self, TimelineCommand.self, CompareCommand.self, QuotesCommand.self,
      TimexEvalCommand.self,
    ]
  }
}
