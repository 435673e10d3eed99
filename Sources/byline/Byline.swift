import ArgumentParser
import BylineCore
import BylineEntities
import BylineEntityTone
import BylineEvents
import BylineParsing
import BylineSampleCorpus
import BylineSentiment
import BylineShell
import BylineSummarization
import Foundation

/// `byline`: the interactive shell, scripts and one-off command lines.
@main
struct Byline: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "byline",
    abstract: "Analyse news articles in an interactive shell, a script or one command line.",
    discussion: """
      The interactive shell started without paths opens on the bundled sample corpus (unless \
      --empty); -c, scripts and single commands start with no articles and work on the paths \
      given. Inside the shell, type 'help' for the commands. A first argument '--' is skipped, \
      so 'swift run byline -- -c LINE' works too.

        byline                                   interactive, on the sample corpus
        byline news/ feed.jsonl                  interactive, on your files
        byline news/ -c 'search fire | articles --format json'
        byline news/ analysis.byline             load news/, then run a script
        byline train ner --data eng.train        run one command
        echo 'stats' | byline news/ -            a script from standard input
      """,
    version: ShellLauncher.version)

  @OptionGroup var options: LaunchOptions

  /// The plugins bundled with Byline.
  static let bundledPlugins: [any Plugin] = [
    ParsingPlugin(), SentimentPlugin(), SummarizationPlugin(), EntitiesPlugin(),
    EntityResolutionPlugin(), EntityTonePlugin(scorer: SentimentPlugin()), EventsPlugin(),
    EventFusionPlugin(),
  ]

  /// `byline COMMAND ARGS...` runs one shell command when COMMAND names a command and no file;
  /// everything else is parsed as the options and paths above.
  static func main() async {
    var arguments = Array(CommandLine.arguments.dropFirst())
    // `swift run byline -- -c LINE` hands the `--` on; a first `--` ends no options worth keeping.
    if arguments.first == "--" { arguments.removeFirst() }
    // Launch options may come first: `byline --empty train ner --data FILE`.
    var index = 0
    var hasCommandLine = false
    while index < arguments.count, arguments[index].hasPrefix("-"), arguments[index] != "-" {
      let option = arguments[index]
      if ["-c", "--command"].contains(option) || option.hasPrefix("--command=") { hasCommandLine = true }
      index += ["--format", "--color", "-c", "--command"].contains(option) ? 2 : 1
    }
    if !hasCommandLine, index < arguments.count, !FileManager.default.fileExists(atPath: arguments[index]),
      let registry = try? PluginRegistry(bundledPlugins),
      ShellLauncher.commandNames(registry: registry).contains(arguments[index])
    {
      do {
        let options = try LaunchOptions.parse(Array(arguments[..<index]))
        let status = await ShellLauncher.runCommand(
          Array(arguments[index...]), options: options, registry: registry,
          sampleCorpus: SampleCorpus.directory)
        Self.exit(withError: status == 0 ? nil : ExitCode(status))
      } catch {
        Self.exit(withError: error)
      }
    }
    do {
      var command = try parseAsRoot(arguments)
      if var asyncCommand = command as? any AsyncParsableCommand {
        try await asyncCommand.run()
      } else {
        try command.run()
      }
    } catch {
      exit(withError: error)
    }
  }

  mutating func run() async throws {
    let registry = try PluginRegistry(Self.bundledPlugins)
    let status = await ShellLauncher.run(options, registry: registry, sampleCorpus: SampleCorpus.directory)
    if status != 0 { throw ExitCode(status) }
  }
}
