public import ArgumentParser

/// A command of the `byline` shell: built in (`load`, `filter`, `set`, ...) or contributed by a
/// plugin through ``CommandContributing``. Both kinds are this one protocol.
///
/// Each command is one small type whose options are swift-argument-parser properties; the shell
/// parses a command's words with it, and generates `help`, usage errors and Tab completion from
/// the same definitions.
///
/// ```swift
/// struct KeywordsCommand: ShellCommand {
///   static let configuration = CommandConfiguration(
///     commandName: "keywords", abstract: "List each article's keywords.")
///   static let examples = ["articles | keywords --limit 5"]
///
///   @Option(help: "How many keywords per article.") var limit = 10
///
///   func run(in context: CommandContext) async throws -> CommandValue {
///     let articles = try await context.analyze(context.inputArticles, providing: [.annotation(KeywordsKey.self)])
///     ...
///   }
/// }
/// ```
public protocol ShellCommand: ParsableCommand {
  /// Example command lines, shown by `help COMMAND`.
  static var examples: [String] { get }

  /// Runs the command on what the previous command in the pipeline produced.
  func run(in context: CommandContext) async throws -> CommandValue
}

extension ShellCommand {
  public static var examples: [String] { [] }
}
