import BylineShell
import Foundation
import Testing

@Suite struct CompleterTests {
  let directory: String
  let completer: Completer

  init() throws {
    directory = NSTemporaryDirectory() + "byline-completion-" + UUID().uuidString
    try FileManager.default.createDirectory(
      atPath: directory + "/news/sub", withIntermediateDirectories: true)
    _ = FileManager.default.createFile(atPath: directory + "/news/one.txt", contents: Data())
    _ = FileManager.default.createFile(atPath: directory + "/news/two.jsonl", contents: Data())
    _ = FileManager.default.createFile(atPath: directory + "/news/.hidden", contents: Data())
    completer = Completer(
      commandNames: ["articles", "export", "filter", "help", "load", "set", "show", "sort", "stats"],
      optionNames: ["export": ["--to"], "sort": ["--reverse"]],
      pluginNames: ["sentiment"],
      settings: ["sentiment.threshold": [], "summaries.method": ["lead", "lexRank"]],
      articleKeys: ["a1b2", "a1c3", "rate-rise"],
      currentDirectory: directory)
  }

  @Test func commandNamesAtTheStartOfEveryStage() {
    #expect(completer.completions(for: "art") == ["articles"])
    #expect(completer.completions(for: "s") == ["set", "show", "sort", "stats"])
    #expect(completer.completions(for: "articles | fil") == ["filter"])
    #expect(completer.completions(for: "help ex") == ["export"])
  }

  @Test func optionNamesIncludingTheCommonOnes() {
    #expect(completer.completions(for: "sort date --") == ["--format", "--help", "--reverse"])
    #expect(completer.completions(for: "articles --format j") == ["json", "jsonl"])
  }

  @Test func filePathsAfterLoadAndExport() {
    #expect(completer.completions(for: "load ne") == ["news/"])
    #expect(completer.completions(for: "load news/") == ["news/one.txt", "news/sub/", "news/two.jsonl"])
    #expect(completer.completions(for: "load news/t") == ["news/two.jsonl"])
    #expect(completer.completions(for: "export --to news/o") == ["news/one.txt"])
  }

  @Test func settingsPluginsAndArticleIDs() {
    #expect(
      completer.completions(for: "set ") == [
        "color", "concurrency", "format", "progress", "sentiment.threshold", "summaries.method",
      ])
    #expect(completer.completions(for: "set sentiment.thr") == ["sentiment.threshold"])
    #expect(completer.completions(for: "set summaries.method l") == ["lead", "lexRank"])
    #expect(completer.completions(for: "set sentiment.threshold ").isEmpty)
    #expect(completer.completions(for: "set color n") == ["never"])
    #expect(completer.completions(for: "show a1") == ["a1b2", "a1c3"])
    #expect(completer.completions(for: "show rate") == ["rate-rise"])
    #expect(completer.completions(for: "filter ou") == ["outlet"])
    #expect(completer.completions(for: "sort w") == ["words"])
  }
}
