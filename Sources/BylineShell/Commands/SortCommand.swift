import BylineCommands
import BylineCore
import Foundation

/// `sort FIELD`: order the selection.
struct SortCommand: ShellCommand {
  enum Key: String, CaseIterable, ExpressibleByArgument {
    case date, words, title, outlet, id, file
  }

  static let configuration = CommandConfiguration(
    commandName: "sort",
    abstract: "Order articles by date, words, title, outlet, id or file.",
    discussion: "Articles without the field come last. The order is stable.")
  static let examples = ["sort date", "sort words --reverse | head 5"]

  @Argument(help: "What to sort by.")
  var key: Key

  @Flag(help: "Largest, latest or last first.")
  var reverse = false

  func run(in context: CommandContext) async throws -> CommandValue {
    let input = context.input
    let articles = try ArticleSelection.articles(from: input, command: "sort")
    func value(_ article: NewsArticle) -> String? {
      switch key {
      case .date:
        return article.published.map { String(format: "%020.3f", $0.date.timeIntervalSince1970 + 1e11) }
      case .words: return String(format: "%012d", article.wordCount)
      case .title: return article.title.lowercased()
      case .outlet: return article.outlet?.lowercased()
      case .id: return article.id.rawValue
      case .file: return article.provenance?.source
      }
    }
    let keyed = articles.enumerated().map { (index: $0.offset, key: value($0.element), article: $0.element) }
    let sorted = keyed.sorted { left, right in
      switch (left.key, right.key) {
      case (nil, nil): return left.index < right.index
      case (nil, _): return false
      case (_, nil): return true
      case (let l?, let r?):
        if l == r { return left.index < right.index }
        return reverse ? l > r : l < r
      }
    }
    return .articles(sorted.map(\.article))
  }
}
