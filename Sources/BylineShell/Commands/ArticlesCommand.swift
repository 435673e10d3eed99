import BylineCommands
import BylineCore

/// `articles`: list the selection.
struct ArticlesCommand: ShellCommand {
  static let configuration = CommandConfiguration(
    commandName: "articles",
    abstract: "List articles: id, title, outlet, published date, word count and file.",
    discussion: "With no input from a pipeline, lists every article in the session.")
  static let examples = ["articles", "search rates | articles --format json"]

  func run(in context: CommandContext) async throws -> CommandValue {
    .articles(try ArticleSelection.articles(from: context.input, command: "articles"))
  }
}

/// Reads the article selection a command receives.
enum ArticleSelection {
  static func articles(from input: CommandValue, command: String) throws -> [NewsArticle] {
    switch input {
    case .articles(let articles): return articles
    case .empty: return []
    default:
      throw BylineError(
        .wrongInput, "\(command) works on articles, but the previous command produced \(input.kindName)")
    }
  }
}

extension CommandValue {
  /// What kind of result this is, for error messages.
  var kindName: String {
    switch self {
    case .articles: return "articles"
    case .entities: return "entities"
    case .events: return "events"
    case .table: return "a table"
    case .message: return "a message"
    case .empty: return "nothing"
    }
  }
}
