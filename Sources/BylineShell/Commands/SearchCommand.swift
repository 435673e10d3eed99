import BylineCommands
import BylineCore
import Foundation

/// `search TERM...`: keep the articles that mention the terms.
struct SearchCommand: ShellCommand {
  static let configuration = CommandConfiguration(
    commandName: "search",
    abstract: "Keep the articles whose title or body contains every word or phrase.",
    discussion: """
      Terms match whole words, ignoring case and accents: fire finds "Fire" and "fire-fighters" \
      but not "ceasefire". Quote a phrase to find its words in a row: search 'interest rate' \
      (punctuation and spacing between them do not matter). With --any, one term is enough. To \
      find text inside words, use filter body~TEXT.
      """)
  static let examples = ["search Porthaven", "search 'interest rate' inflation", "search --any fire blaze"]

  @Argument(help: "Words or quoted phrases.")
  var terms: [String]

  @Flag(help: "Keep articles that contain any of the terms, not all.")
  var any = false

  func run(in context: CommandContext) async throws -> CommandValue {
    let input = context.input
    let articles = try ArticleSelection.articles(from: input, command: "search")
    let matcher = try WordMatcher(terms: terms)
    return .articles(
      articles.filter { article in
        let found = matcher.matchedPhrases(in: [article.title, article.body])
        return any ? found.contains(true) : found.allSatisfy { $0 }
      })
  }
}
