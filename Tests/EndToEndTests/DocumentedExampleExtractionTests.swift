import Foundation
import Testing

/// How command lines are found in markdown, so that what the documentation shows is what runs.
@Suite struct DocumentedExampleExtractionTests {
  static let markdown = """
    Text with `byline -c 'inline'` is not run.

    ```sh
    sudo apt-get install -y tmux && swift run byline
    swift run -c release byline --empty eval ner --data eng.testb \\
      --predictions /tmp/pred.conll        # a comment
    echo 'stats' | swift run byline Examples/corpus -
    swift run -c release byline-bench --filter load
    byline [--command LINE] [--empty] [PATH ...]
    python3 scripts/conll_score.py /tmp/pred.conll
    ```

    ```
    $ swift run byline news/
    Byline 0.1.0 — 2 articles loaded.
    byline> stats
    statistic  value
    byline> search fire | articles
    ```

    ```swift
    // swift run embedding-example
    ```
    """

  @Test func findsCommandLinesAndSessionsInShellBlocksOnly() {
    let examples = DocumentedExample.examples(in: Self.markdown, file: "doc.md")
    #expect(examples.map(\.line) == [4, 5, 7, 14])
    var commandLines: [String] = []
    var sessions: [(launch: String?, lines: [String])] = []
    for example in examples {
      switch example.kind {
      case .commandLine(let text): commandLines.append(text)
      case .session(let launch, let lines): sessions.append((launch, lines.map(\.text)))
      }
    }
    #expect(
      commandLines == [
        "swift run byline",
        "swift run -c release byline --empty eval ner --data eng.testb --predictions /tmp/pred.conll "
          + "       # a comment",
        "echo 'stats' | swift run byline Examples/corpus -",
      ])
    #expect(sessions.count == 1)
    #expect(sessions.first?.launch == "swift run byline news/")
    #expect(sessions.first?.lines == ["stats", "search fire | articles"])
    #expect(examples.last?.testDescription == "doc.md:14: session of 2 lines")
  }

  @Test func programsAreReplacedByTheBuiltExecutables() {
    let byline = builtExecutable("byline").path
    #expect(
      DocumentedExample.resolvingPrograms(in: "echo 'stats' | swift run byline Examples/corpus -")
        == "echo 'stats' | '\(byline)' Examples/corpus -")
    #expect(
      DocumentedExample.resolvingPrograms(in: ".build/release/byline --empty -c 'load x.byline'")
        == "'\(byline)' --empty -c 'load x.byline'")
    #expect(
      DocumentedExample.resolvingPrograms(in: "swift run embedding-example")
        == "'\(builtExecutable("embedding-example").path)'")
  }

  @Test func onlyExamplesNamingSharedDataAreSharedAcceptance() {
    let shared = DocumentedExample(
      file: "a.md", line: 1, kind: .commandLine("byline -c 'load ../shared/seeds'"))
    let local = DocumentedExample(
      file: "a.md", line: 2, kind: .commandLine("byline -c 'load Examples/corpus'"))
    #expect(shared.usesSharedData && !local.usesSharedData)
  }
}
