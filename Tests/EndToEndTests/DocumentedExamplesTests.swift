import Foundation
import Testing

/// Runs a documented example in a fresh ``ExampleWorkspace`` and returns what it did.
func runDocumentedExample(_ example: DocumentedExample) throws -> ProcessResult {
  let workspace = try ExampleWorkspace()
  defer { workspace.remove() }
  let environment = [
    "HOME": workspace.home.path, "BYLINE_HISTORY": workspace.root.appendingPathComponent("history").path,
  ]
  let command: String
  switch example.kind {
  case .commandLine(let text):
    command = DocumentedExample.resolvingPrograms(in: text)
  case .session(let launch, let lines):
    try workspace.write(lines.map(\.text).joined(separator: "\n") + "\n", to: "session.byline")
    let launchLine = launch ?? "byline"
    // Run as the interactive shell would: on the sample corpus when no path is given.
    let words = launchLine.split(separator: " ").drop { !$0.hasSuffix("byline") }.dropFirst()
    let hasPaths = words.contains { !$0.hasPrefix("-") && $0 != "release" }
    let corpus = hasPaths || words.contains("--empty") ? "" : " Examples/corpus"
    command = DocumentedExample.resolvingPrograms(in: launchLine) + corpus + " --keep-going session.byline"
  }
  return try runProcess(
    URL(fileURLWithPath: "/bin/sh"), ["-c", command], directory: workspace.directory, environment: environment
  )
}

/// What a failed example printed, for the test's message; the failing `byline>` lines of a
/// session are named with their place in the document.
func failureReport(_ example: DocumentedExample, _ result: ProcessResult) -> Comment {
  var text = "\(example.testDescription) exited with status \(result.status)\n"
  if case .session(_, let lines) = example.kind {
    for line in lines
    where result.error.contains("session.byline:\(lines.firstIndex { $0.number == line.number }! + 1): ") {
      text += "  failed: \(example.file):\(line.number): byline> \(line.text)\n"
    }
  }
  return Comment(rawValue: text + "standard error:\n" + result.error)
}

/// Every command line in README.md, docs/*.md and Plugins/*/README.md that needs no shared
/// data runs as written and succeeds (see ``DocumentedExample`` for how they are found).
@Suite struct DocumentedExamplesTests {
  static let examples = DocumentedExample.all().filter { !$0.usesSharedData }

  @Test func theDocumentationHasExamplesToRun() {
    let files = Set(Self.examples.map(\.file))
    #expect(files.isSuperset(of: ["README.md", "docs/shell.md"]), "\(files)")
    #expect(Self.examples.contains { if case .session = $0.kind { true } else { false } })
  }

  @Test(arguments: examples)
  func runsAsWritten(_ example: DocumentedExample) throws {
    let result = try runDocumentedExample(example)
    #expect(result.status == 0, failureReport(example, result))
  }
}
