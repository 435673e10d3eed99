import BylineCore
import BylineShell
import BylineTesting
import Foundation
import Testing

/// How a pipeline's result is printed: `--format` only on the last command, and tables whole
/// when they are not going to a terminal.
@Suite struct PipelineOutputTests {
  @Test func formatOnACommandBeforeTheLastIsAnErrorNamingIt() async throws {
    let fixture = try await ShellFixture()
    let result = await fixture.run("articles --format json | head 1")
    #expect(!result.ok)
    #expect(result.output.isEmpty)
    #expect(
      result.error == """
        error: articles: --format only applies to the last command of a pipeline, 'head' here
        articles --format json | head 1
                 ^~~~~~~~
        hint: move it there

        """)
    #expect(await fixture.run("articles | head 1 --format json").ok)
  }

  @Test func tablesAreWrittenWholeWhenNotFittedToATerminal() async throws {
    let title = "A headline long enough that a terminal eighty columns wide would have to cut it short"
    let directory = NSTemporaryDirectory() + "byline-wide-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: directory) }
    // Two rows, since one row too wide for the terminal is shown as field / value lines.
    try #"{"id":"wide","title":"\#(title)","body":"Text."}\#n{"id":"short","title":"Short","body":"Text."}"#
      .write(toFile: directory + "/wide.jsonl", atomically: true, encoding: .utf8)

    let piped = try await ShellHarness(width: nil)
    let (whole, pipedOutput) = (piped.shell, piped.captured)
    #expect(await whole.execute("load '\(directory)' | articles"))
    #expect(pipedOutput.standardOutput.contains(title))
    #expect(pipedOutput.standardOutput.contains(directory + "/wide.jsonl"))

    let terminal = try await ShellHarness(width: 80)
    let (fitted, terminalOutput) = (terminal.shell, terminal.captured)
    #expect(await fitted.execute("load '\(directory)' | articles"))
    #expect(!terminalOutput.standardOutput.contains(title))
    #expect(terminalOutput.standardOutput.split(separator: "\n").allSatisfy { $0.count <= 80 })
  }

  @Test func theProcessEnvironmentFitsTablesOnlyToATerminal() {
    let environment = ShellEnvironment(writeOutput: { _ in }, writeError: { _ in }, outputIsTerminal: false)
    #expect(!environment.fitsTablesToWidth)
    let terminal = ShellEnvironment(writeOutput: { _ in }, writeError: { _ in }, outputIsTerminal: true)
    #expect(terminal.fitsTablesToWidth)
    #expect(
      OutputRenderer(width: nil).render(
        RecordSet(
          columns: ["text"], records: [Record([("text", .string(String(repeating: "x", count: 300)))])]),
        as: .table
      ).contains(String(repeating: "x", count: 300)))
  }
}
