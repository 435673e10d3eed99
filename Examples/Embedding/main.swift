// Byline embedded in a program: read articles with the bundled parsing plugin, score their tone
// with the sentiment plugin, and print each title with its tone.
//
//   swift run embedding-example [PATH...]      (default: the bundled sample corpus)
import BylineCore
import BylineParsing
import BylineSampleCorpus
import BylineSentiment
import Foundation

var registry = PluginRegistry()
try registry.register(ParsingPlugin())  // formats, metadata, boilerplate removal, sentences
try registry.register(SentimentPlugin())  // VADER tone of each sentence and article

let arguments = Array(CommandLine.arguments.dropFirst())
let paths = arguments.isEmpty ? [SampleCorpus.directory].compactMap { $0 } : arguments
let report = try await ArticleLoader(readers: registry.readers).load(paths)
for problem in InputProblemGroup.groups(of: report.problems) {
  FileHandle.standardError.write(Data("\(problem)\n".utf8))  // file:line: error: ...
}

let result = try await Pipeline(registry: registry).run(Corpus(report.articles))
for failure in result.failures { FileHandle.standardError.write(Data("\(failure)\n".utf8)) }
for article in result.corpus {
  let tone = article.annotations[SentimentKey.self]?.meanCompound ?? 0
  print(String(format: "%+.2f", tone), article.title)
}
exit(report.problems.contains { $0.severity == .error } || !result.failures.isEmpty ? 1 : 0)
