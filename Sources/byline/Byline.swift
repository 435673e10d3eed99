import ArgumentParser
import BylineCore
import BylineEntities
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
      With no paths, the bundled sample corpus is loaded (unless --empty). Inside the shell, \
      type 'help' for the commands.

        byline                                   interactive, on the sample corpus
        byline news/ feed.jsonl                  interactive, on your files
        byline -c 'search fire | articles --format json'
        byline analysis.byline                   run a script
        echo 'stats' | byline -                  a script from standard input
      """,
    version: ShellLauncher.version)

  @OptionGroup var options: LaunchOptions

  /// The plugins bundled with Byline.
  static let bundledPlugins: [any Plugin] = [
    ParsingPlugin(), SentimentPlugin(), SummarizationPlugin(), EntitiesPlugin(),
    EntityResolutionPlugin(),
  ]

  mutating func run() async throws {
    let registry = try PluginRegistry(Self.bundledPlugins)
    let status = await ShellLauncher.run(options, registry: registry, sampleCorpus: SampleCorpus.directory)
    if status != 0 { throw ExitCode(status) }
  }
}
