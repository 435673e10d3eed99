// Runs the example keyword plugin over a corpus and prints each article's keywords.
//
//   swift run keyword-example [PATH...]      (default: Examples/corpus)
import BylineCore
import KeywordPlugin

let paths = CommandLine.arguments.count > 1 ? Array(CommandLine.arguments.dropFirst()) : ["Examples/corpus"]

var registry = PluginRegistry()
try registry.register(KeywordPlugin(limit: 5))

let report = try await ArticleLoader(readers: registry.readers).load(paths)
for problem in report.problems { print(problem) }

let pipeline = try Pipeline(registry: registry)
let result = try await pipeline.run(Corpus(report.articles))
for failure in result.failures { print(failure) }

for article in result.corpus {
  let keywords = article.annotations[KeywordsKey.self] ?? []
  print("\(article.title)\n  \(keywords.map { "\($0.term) (\($0.count))" }.joined(separator: ", "))")
}
