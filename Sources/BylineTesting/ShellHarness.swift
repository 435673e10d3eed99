public import BylineCommands
public import BylineCore
public import BylineShell
import Foundation

/// A `byline` shell in a test: chosen plugins, an in-memory corpus or JSON Lines records, and
/// the output captured, so a test runs command lines and checks what they print or return.
///
/// ```swift
/// let harness = try await ShellHarness(
///   plugins: [ParsingPlugin(), SentimentPlugin()],
///   records: [#"{"id":"a","title":"Park","body":"The park is wonderful."}"#])
/// let rows = try await harness.json("sentiment --format json")      // what it prints, parsed
/// let value = try await harness.value("filter outlet=x | head 2")    // the CommandValue
/// let run = await harness.run("bogus")                             // ok, output, error
/// ```
public struct ShellHarness: Sendable {
  /// The shell under test.
  public let shell: Shell
  /// What the shell has written to standard output and standard error since the last run.
  public let captured: CapturedOutput

  /// A shell with `plugins` registered and `articles` in the session, whose tables are fitted to
  /// `width` columns (nil: not fitted, as in a pipe).
  public init(plugins: [any Plugin] = [], articles: [NewsArticle] = [], width: Int? = 160) async throws {
    let (environment, captured) = ShellEnvironment.capturing(width: width)
    self.captured = captured
    shell = Shell(registry: try PluginRegistry(plugins), environment: environment)
    await shell.add(articles)
  }

  /// A shell with `plugins` registered that has loaded `records`, JSON objects in Byline's
  /// article format, one per line, through its readers (as `load` reads a `.jsonl` file).
  public init(plugins: [any Plugin] = [], records: [String], width: Int? = 160) async throws {
    try await self.init(plugins: plugins, width: width)
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("byline-harness-" + UUID().uuidString)
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let file = directory.appendingPathComponent("records.jsonl")
    try records.joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
    try await shell.load([file.path])
    captured.reset()
  }

  /// What running one line did.
  public struct Run: Sendable, Equatable {
    /// Whether the line succeeded.
    public var succeeded: Bool
    /// What it wrote to standard output.
    public var output: String
    /// What it wrote to standard error.
    public var error: String

    /// Creates a result, e.g. the one a test expects.
    public init(succeeded: Bool, output: String, error: String) {
      self.succeeded = succeeded
      self.output = output
      self.error = error
    }
  }

  /// Runs `line` as typed at the prompt and returns what it printed.
  public func run(_ line: String) async -> Run {
    captured.reset()
    let succeeded = await shell.execute(line)
    return Run(succeeded: succeeded, output: captured.standardOutput, error: captured.standardError)
  }

  /// Runs `line` and returns the last command's result, unprinted.
  /// - Throws: the line's error, a ``BylineError`` for shell input.
  public func value(_ line: String) async throws -> CommandValue {
    captured.reset()
    return try await shell.evaluate(line)
  }

  /// Runs `line`, which must succeed and print a JSON array of objects (add `--format json`).
  /// - Throws: ``HarnessError`` with the line's standard error when it fails or prints other JSON.
  public func json(_ line: String) async throws -> [[String: Any]] {
    let run = await run(line)
    guard run.succeeded else { throw HarnessError("\(line) failed: \(run.error)") }
    guard
      let rows = try? JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [[String: Any]]
    else {
      throw HarnessError("\(line) did not print a JSON array of objects: \(run.output.prefix(400))")
    }
    return rows
  }

  /// Runs `line`, which must return a table, and gives the table.
  /// - Throws: ``HarnessError`` when the result is something else.
  public func table(_ line: String) async throws -> DataTable {
    let value = try await value(line)
    guard case .table(let table) = value else { throw HarnessError("\(line) gave \(value), not a table") }
    return table
  }
}
