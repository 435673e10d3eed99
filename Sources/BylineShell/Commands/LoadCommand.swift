import BylineCommands
import BylineCore

/// `load PATH...`: read files, directories and globs into the session.
struct LoadCommand: ShellCommand {
  static let configuration = CommandConfiguration(
    commandName: "load",
    abstract: "Load articles from files, directories (recursively) and glob patterns.",
    discussion: """
      Plain text (.txt), Byline JSON (.json) and JSON Lines (.jsonl) are read out of the box; \
      plugins add formats. A file that cannot be read is named with the reason and the others \
      still load; problems of one kind in one file are shown once, with a count (--verbose \
      lists each). An article read twice is kept once. The result is the articles just loaded, \
      each once, so 'load DIR | articles' lists them. When a path or file had an error, the \
      line fails after the rest of the pipeline has run: a script stops there and 'byline -c' \
      exits with status 1.
      """)
  static let examples = [
    "load Examples/corpus", "load 'news/*.txt' feed.jsonl", "load --replace dump.jsonl",
    "load --verbose news/ | stats",
  ]

  @Argument(help: "Files, directories or glob patterns.", completion: .file())
  var paths: [String]

  @Flag(help: "Drop the articles loaded so far first.")
  var replace = false

  @Flag(help: "List every problem, not one line per kind of problem and file.")
  var verbose = false

  func run(in context: CommandContext) async throws -> CommandValue {
    try await context.withShell { shell in
      let outcome = try await shell.loadReporting(paths, replacing: replace, verbose: verbose)
      let count = outcome.articles.count
      var message = "loaded \(count) article\(count == 1 ? "" : "s")"
      if outcome.alreadyInSession > 0 {
        message +=
          outcome.alreadyInSession == count
          ? ", all already in the session" : ", \(outcome.alreadyInSession) of them already in the session"
      }
      let held = shell.corpus.count
      if held != count { message += "; the session holds \(held)" }
      shell.diagnose(message)
      if !outcome.succeeded { shell.lineMetErrors = true }
      return .articles(outcome.articles)
    }
  }
}
