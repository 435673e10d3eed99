import BylineCommands
import BylineCore

extension SummarizationPlugin: CommandContributing {
  public var commands: [any ShellCommand.Type] { [SummarizeCommand.self, KeyphrasesCommand.self] }
}
