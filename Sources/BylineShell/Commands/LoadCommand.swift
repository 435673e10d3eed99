import ArgumentParser
import BylineCore

/// `load PATH...`: read files, directories and globs into the session.
struct LoadCommand: BuiltinCommand {
  static let configuration = CommandConfiguration(
    commandName: "load",
    abstract: "Load articles from files, directories (recursively) and glob patterns.",
    discussion: """
      Plain text (.txt), Byline JSON (.json) and JSON Lines (.jsonl) are read out of the box; \
      plugins add formats. A file that cannot be read is named with the reason and the others \
      still load. Articles already in the session are not added twice. The result is the \
      articles just loaded, so 'load DIR | articles' lists them.
      """)
  static let examples = ["load Examples/corpus", "load 'news/*.txt' feed.jsonl", "load --replace dump.jsonl"]

  @Argument(help: "Files, directories or glob patterns.", completion: .file())
  var paths: [String]

  @Flag(help: "Drop the articles loaded so far first.")
  var replace = false

  func run(in shell: isolated Shell, input: CommandValue) async throws -> CommandValue {
    let articles = try await shell.load(paths, replacing: replace)
    shell.diagnose("loaded \(articles.count) article\(articles.count == 1 ? "" : "s")")
    return .articles(articles)
  }
}
