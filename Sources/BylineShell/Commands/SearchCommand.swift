import ArgumentParser
import BylineCore
import Foundation

/// `search TERM...`: keep the articles that mention the terms.
struct SearchCommand: BuiltinCommand {
  static let configuration = CommandConfiguration(
    commandName: "search",
    abstract: "Keep the articles whose title or body contains every term.",
    discussion: """
      Matching ignores case and accents. Quote a phrase to search for it whole: search \
      "interest rates". With --any, one term is enough.
      """)
  static let examples = ["search sanctions", "search \"rate rise\" union", "search --any fire blaze"]

  @Argument(help: "Words or quoted phrases.")
  var terms: [String]

  @Flag(help: "Keep articles that contain any of the terms, not all.")
  var any = false

  func run(in shell: isolated Shell, input: CommandValue) async throws -> CommandValue {
    let articles = try ArticleSelection.articles(from: input, command: "search")
    let options: String.CompareOptions = [.caseInsensitive, .diacriticInsensitive]
    return .articles(
      articles.filter { article in
        let contains = { (term: String) in
          article.title.range(of: term, options: options) != nil
            || article.body.range(of: term, options: options) != nil
        }
        return any ? terms.contains(where: contains) : terms.allSatisfy(contains)
      })
  }
}
