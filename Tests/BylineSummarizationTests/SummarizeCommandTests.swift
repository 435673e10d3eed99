import BylineCore
import BylineParsing
import BylineShell
import BylineSummarization
import BylineTesting
import Foundation
import Testing

@Suite struct SummarizeCommandTests {
  /// A shell over two short reports of one invented event, with the output captured.
  func shell() async throws -> (Shell, CapturedOutput) {
    let records = [
      #"{"id":"one","title":"Bridge closes","body":"The harbour bridge closed on Monday for repairs. Engineers found corroded steel supports under the deck. The council said the work would take six months. Ferries will run every twenty minutes meanwhile.","outlet":"Harbour Gazette","published":{"date":"2025-03-10"}}"#,
      #"{"id":"two","title":"Ferries added","body":"Extra ferries started running after the harbour bridge closed for repairs. The operator said boats would leave every twenty minutes. Commuters said the crossing took longer than before.","outlet":"Harbour Gazette","published":{"date":"2025-03-11"}}"#,
    ]
    let harness = try await ShellHarness(plugins: [ParsingPlugin(), SummarizationPlugin()], records: records)
    return (harness.shell, harness.captured)
  }

  func json(_ line: String) async throws -> [[String: Any]] {
    let (shell, captured) = try await self.shell()
    #expect(await shell.execute(line), "\(captured.standardError)")
    return try #require(
      try JSONSerialization.jsonObject(with: Data(captured.standardOutput.utf8)) as? [[String: Any]])
  }

  @Test func summarisesTheSelectionAsOneStory() async throws {
    let rows = try await json("summarize --sentences 3 --format json")
    #expect(rows.count == 3)
    #expect(Set(rows[0].keys) == ["text", "article", "outlet", "position", "score"])
    #expect(rows.allSatisfy { $0["outlet"] as? String == "Harbour Gazette" })
    let articles = rows.compactMap { $0["article"] as? String }
    #expect(articles == articles.sorted())  // ordered by date: "one" (10 March) before "two"
  }

  @Test func respectsAWordLimitAndSummarisesEachArticle() async throws {
    let short = try await json("summarize --words 20 --format json")
    let words = short.compactMap { $0["text"] as? String }.joined(separator: " ").split(separator: " ").count
    #expect(words <= 20 && words > 0)
    let each = try await json("summarize --per-article --sentences 1 --format json")
    #expect(each.compactMap { $0["article"] as? String } == ["one", "two"])
  }

  @Test func keywordsSayWhenTheyCut() async throws {
    let (shell, captured) = try await self.shell()
    #expect(await shell.execute("keywords --top 1000 --format json"))
    let all = try #require(
      try JSONSerialization.jsonObject(with: Data(captured.standardOutput.utf8)) as? [[String: Any]])
    #expect(all.count > 2)
    #expect(captured.standardError.isEmpty)
    captured.reset()
    #expect(await shell.execute("keywords --top 2 --format csv"))
    #expect(captured.standardError == "note: showing 2 of \(all.count) phrases; --top N for more\n")
    #expect(captured.standardOutput.split(separator: "\r\n").count == 3)
    captured.reset()
    #expect(await shell.execute("keywords --top 1 --per-article"))
    #expect(
      captured.standardError
        == "note: showing 1 phrase of each article; 2 of 2 articles have more; --top N for more\n")
    captured.reset()
    #expect(await shell.execute("keywords --top 0") == false)
    #expect(captured.standardError.contains("--top must be at least 1"))
  }

  @Test func aSummaryOfMoreSentencesThanItRanksSaysSo() async throws {
    let directory = NSTemporaryDirectory() + "byline-summarize-long-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let limit = Summarizer.maximumCandidates
    let body = (0...limit).map { "Crews cleared debris from quay number \($0) on the east side." }
      .joined(separator: " ")
    try #"{"id":"long","title":"Clean-up","body":"\#(body)"}"#.write(
      toFile: directory + "/long.jsonl", atomically: true, encoding: .utf8)
    let (environment, captured) = ShellEnvironment.capturing(width: 160)
    let shell = Shell(
      registry: try PluginRegistry([ParsingPlugin(), SummarizationPlugin()]), environment: environment)
    try await shell.load([directory])
    captured.reset()
    #expect(await shell.execute("summarize --method lead --sentences 1"))
    #expect(
      captured.standardError.contains(
        "note: the selection has \(limit + 1) sentences; a summary ranks at most \(limit)"),
      "\(captured.standardError)")
  }

  @Test func listsKeyphrasesAndRejectsBadLengths() async throws {
    let phrases = try await json("keywords --top 3 --format json")
    #expect(!phrases.isEmpty && phrases.count <= 3)
    #expect(phrases.contains { ($0["phrase"] as? String)?.contains("harbour bridge") == true })
    let (shell, captured) = try await self.shell()
    #expect(await shell.execute("summarize --sentences 0") == false)
    #expect(captured.standardError.contains("--sentences must be at least 1"))
    #expect(await shell.execute("summarize --sentences 2 --words 10") == false)
  }
}
