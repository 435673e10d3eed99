import BylineCore
import BylineShell
import BylineTesting
import Foundation
import Testing

/// `load`: problems summarised per file and kind, duplicates kept once, failures reported.
@Suite struct LoadReportingTests {
  /// A directory with `good.jsonl` (three articles), `again.jsonl` (two of them again, and one
  /// new) and `broken.jsonl` (one article and 40 lines that are not JSON).
  static func makeDirectory() throws -> String {
    let directory = NSTemporaryDirectory() + "byline-load-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    func line(_ id: String) -> String { #"{"id":"\#(id)","title":"Title \#(id)","body":"Body of \#(id)."}"# }
    try [line("a"), line("b"), line("c")].joined(separator: "\n")
      .write(toFile: directory + "/good.jsonl", atomically: true, encoding: .utf8)
    try [line("b"), line("c"), line("d")].joined(separator: "\n")
      .write(toFile: directory + "/again.jsonl", atomically: true, encoding: .utf8)
    try ([line("e")] + (1...40).map { "not json \($0)" }).joined(separator: "\n")
      .write(toFile: directory + "/broken.jsonl", atomically: true, encoding: .utf8)
    return directory
  }

  func shell() async throws -> (Shell, CapturedOutput) {
    let harness = try await ShellHarness(width: nil)
    return (harness.shell, harness.captured)
  }

  @Test func problemsOfOneKindInOneFileAreOneLineWithACount() async throws {
    let directory = try Self.makeDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let (shell, captured) = try await shell()
    let ok = await shell.execute("load '\(directory)/broken.jsonl' | articles --format jsonl")
    #expect(!ok, "a file with errors fails the line")
    let lines = captured.standardError.split(separator: "\n").map(String.init)
    #expect(
      lines.first?.hasPrefix("\(directory)/broken.jsonl:2:2: error: invalid JSON: ") == true,
      "\(lines)")
    #expect(lines.first?.hasSuffix(" (and 39 more like it in this file; 'load --verbose' lists all)") == true)
    #expect(lines.count == 2 && lines[1] == "loaded 1 article", "\(lines)")
    // The article that could be read still goes down the pipeline.
    #expect(captured.standardOutput.contains(#""id":"e""#))

    captured.reset()
    _ = await shell.execute("load --verbose '\(directory)/broken.jsonl' | articles --format jsonl")
    let errors = captured.standardError.split(separator: "\n").filter { $0.contains(": error: ") }
    #expect(errors.count == 40)
    #expect(errors.last?.hasPrefix("\(directory)/broken.jsonl:41:2: error: invalid JSON") == true)
  }

  @Test func problemGroupsCountInOrderPerFileAndKind() {
    let problems =
      [
        InputProblem(source: "a.tsv", line: 2, message: "the row has no title or text"),
        InputProblem(source: "b.jsonl", line: 1, message: "invalid JSON: unexpected end"),
        InputProblem(source: "a.tsv", line: 3, message: "the row has no title or text"),
        InputProblem(source: "b.jsonl", line: 7, message: "invalid JSON: unexpected character"),
        InputProblem(source: "b.jsonl", line: 9, severity: .warning, message: "invalid JSON: odd"),
      ] + (4...2_300).map { InputProblem(source: "a.tsv", line: $0, message: "the row has no title or text") }
    let groups = InputProblemGroup.groups(of: problems)
    #expect(groups.map(\.count) == [2_299, 2, 1])
    #expect(
      groups[0].summary(note: "--verbose lists all")
        == "a.tsv:2: error: the row has no title or text (and 2,298 more like it in this file; --verbose lists all)"
    )
    #expect(
      groups[1].description
        == "b.jsonl:1: error: invalid JSON: unexpected end (and 1 more like it in this file)")
    #expect(groups[2].description == "b.jsonl:9: warning: invalid JSON: odd")
  }

  @Test func articlesReadTwiceAreKeptAndPassedOnOnce() async throws {
    let directory = try Self.makeDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let (shell, captured) = try await shell()
    let ok = await shell.execute(
      "load '\(directory)/good.jsonl' '\(directory)/again.jsonl' | articles --format jsonl")
    #expect(ok, "\(captured.standardError)")
    let ids = captured.standardOutput.split(separator: "\n").compactMap {
      (try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])?["id"] as? String
    }
    #expect(ids == ["a", "b", "c", "d"])
    #expect(
      captured.standardError == """
        note: 2 articles have the same id as one read before in this load and are kept once; the first: \
        \(directory)/again.jsonl:1 repeats \(directory)/good.jsonl:2
        loaded 4 articles

        """)
    #expect(await shell.corpus.count == 4)

    captured.reset()
    #expect(await shell.execute("load '\(directory)/again.jsonl' | articles --format jsonl"))
    #expect(captured.standardError == "loaded 3 articles, all already in the session; the session holds 4\n")
    #expect(captured.standardOutput.split(separator: "\n").count == 3)
  }

  @Test func aFailedLoadFailsTheLineAndStopsAScript() async throws {
    let directory = try Self.makeDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let (shell, captured) = try await shell()
    #expect(await shell.execute("load missing.txt") == false)
    #expect(captured.standardError == "missing.txt: error: no such file or directory\nloaded 0 articles\n")
    captured.reset()
    let status = await shell.runScript(
      ["load '\(directory)/good.jsonl' '\(directory)/nothing-*.jsonl'", "stats"], source: "job.byline")
    #expect(status == 1)
    #expect(
      captured.standardError.contains("\(directory)/nothing-*.jsonl: error: no files match this pattern"))
    #expect(captured.standardError.contains("job.byline:1: the command above failed"))
    #expect(!captured.standardOutput.contains("statistic"))
    // What could be read was still loaded.
    #expect(await shell.corpus.count == 3)
  }
}
