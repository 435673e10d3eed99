import BylineCommands
import BylineCore

/// `head [N]`: the first N results.
struct HeadCommand: ShellCommand {
  static let configuration = CommandConfiguration(
    commandName: "head", abstract: "Keep the first N results (articles, entities, events or rows).")
  static let examples = ["head 5", "sort words --reverse | head 3"]

  @Argument(help: "How many to keep.")
  var count = 10

  func validate() throws {
    guard count >= 0 else { throw ValidationError("N must not be negative") }
  }

  func run(in context: CommandContext) async throws -> CommandValue {
    let input = context.input
    switch input {
    case .articles(let items): return .articles(Array(items.prefix(count)))
    case .entities(let items): return .entities(Array(items.prefix(count)))
    case .events(let items): return .events(Array(items.prefix(count)))
    case .table(var table):
      table.rows = Array(table.rows.prefix(count))
      return .table(table)
    case .message, .empty: return input
    }
  }
}
