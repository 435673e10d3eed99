import BylineTesting
import Foundation
import Testing

/// The package's root directory, found from this file's path.
let packageRoot = PackageRoot.url()

/// The built `byline` executable, next to the test bundle.
var bylineExecutable: URL {
  let directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
  let beside = directory.appendingPathComponent("byline")
  if FileManager.default.fileExists(atPath: beside.path) { return beside }
  return directory.deletingLastPathComponent().appendingPathComponent("byline")
}

/// Runs the built `byline` executable in the package root and returns its exit status,
/// standard output and error.
func runByline(
  _ arguments: [String], standardInput: String = "", environment: [String: String] = [:],
  interruptAfter: Duration? = nil
) throws -> ProcessResult {
  try runProcess(
    bylineExecutable, arguments, directory: packageRoot, standardInput: standardInput,
    environment: environment, interruptAfter: interruptAfter)
}

func jsonArray(_ text: String) throws -> [[String: Any]] {
  try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
}

@Suite struct BylineBinaryTests {
  @Test func runsOneLineOnThePathsGiven() throws {
    let run = try runByline(["Examples/corpus", "-c", "articles --format json"])
    #expect(run.status == 0, "\(run.error)")
    let articles = try jsonArray(run.output)
    #expect(articles.count == 15)
    #expect(run.error.isEmpty)
  }

  @Test func commandLinesAndScriptsStartWithNoArticles() throws {
    let line = try runByline(["-c", "stats --format csv"])
    #expect(line.status == 0, "\(line.error)")
    #expect(line.output.contains("\r\narticles,0\r\n"))
    let script = try runByline(["-"], standardInput: "stats --format csv\n")
    #expect(script.output.contains("\r\narticles,0\r\n"))
    // Loading in a line brings in what is loaded, and nothing else.
    let loaded = try runByline([
      "-c", "load Examples/corpus/rate-rise-coastline-today.txt | stats --format csv",
    ])
    #expect(loaded.output.contains("\r\narticles,1\r\n") && loaded.output.contains("session: articles,1\r\n"))
  }

  @Test func aFirstDoubleDashIsSkippedAsSwiftRunPassesItOn() throws {
    let line = try runByline(["--", "-c", "stats --format csv"])
    #expect(line.status == 0, "\(line.error)")
    #expect(line.error.isEmpty)
    #expect(line.output.hasPrefix("statistic,value\r\narticles,0\r\n"))
    let withPaths = try runByline(["--", "Examples/corpus", "-c", "stats --format csv"])
    #expect(withPaths.status == 0, "\(withPaths.error)")
    #expect(withPaths.output.contains("\r\narticles,15\r\n"))
    let command = try runByline(["--", "stats", "--format", "csv"])
    #expect(command.status == 0 && command.output.hasPrefix("statistic,value\r\n"), "\(command.error)")
  }

  @Test func aFailedLoadExitsNonZero() throws {
    let line = try runByline(["-c", "load missing.txt"])
    #expect(line.status == 1)
    #expect(line.error == "missing.txt: error: no such file or directory\nloaded 0 articles\n")
    let script = try runByline(["-"], standardInput: "load missing.txt\nstats\n")
    #expect(script.status == 1)
    #expect(script.error.contains("<stdin>:1: the command above failed"))
    #expect(!script.output.contains("statistic"), "the script stops at the failed load")
  }

  @Test func tablesWrittenToAPipeKeepEveryCharacter() throws {
    let run = try runByline(["Examples/corpus", "-c", "articles"], environment: ["COLUMNS": "80"])
    #expect(run.status == 0, "\(run.error)")
    #expect(run.output.contains("Interest rates rise to 4.25% as Reserve Bank acts on ‘stubborn’ inflation"))
    #expect(run.output.contains("Examples/corpus/rate-rise-coastline-today.txt"))
    #expect(!run.output.contains("…"))
  }

  @Test func loadsPathsGivenOnTheCommandLineAndNamesUnreadableOnes() throws {
    let run = try runByline([
      "Examples/corpus/rate-rise-coastline-today.txt", "does/not/exist.txt", "-c", "articles --format jsonl",
    ])
    // The line runs on what loaded; the status says a path could not be.
    #expect(run.status == 1)
    #expect(run.output.split(separator: "\n").count == 1)
    #expect(run.error == "does/not/exist.txt: error: no such file or directory\n")
  }

  @Test func runsScriptsFromFilesAndStandardInput() throws {
    let script = NSTemporaryDirectory() + "byline-\(UUID().uuidString).byline"
    try """
    # list two articles, then count them
    set format jsonl
    sort title | head 2
    stats --format csv
    """.write(toFile: script, atomically: true, encoding: .utf8)
    let fromFile = try runByline(["Examples/corpus", script])
    #expect(fromFile.status == 0, "\(fromFile.error)")
    #expect(fromFile.output.split(separator: "\n").prefix(2).allSatisfy { $0.hasPrefix("{\"id\":") })
    #expect(fromFile.output.contains("articles,15\r\n"))

    let fromStandardInput = try runByline(
      ["Examples/corpus", "-"], standardInput: "head 1\nstats --format csv\n")
    #expect(fromStandardInput.status == 0)
    #expect(fromStandardInput.output.contains("articles,15\r\n"))

    let piped = try runByline([], standardInput: "filter title~zzz | articles --format json\n")
    #expect(piped.status == 0)
    #expect(piped.output == "[]\n")
  }

  @Test func stopsAtTheFirstFailingCommandUnlessKeepGoing() throws {
    let script = "stats --format csv\nbogus\nhead 1 | articles --format jsonl\n"
    let stopped = try runByline(["Examples/corpus", "-"], standardInput: script)
    #expect(stopped.status == 1)
    #expect(stopped.error.contains("error: unknown command 'bogus'"))
    #expect(stopped.error.contains("<stdin>:2: the command above failed"))
    #expect(!stopped.output.contains("{\"id\""))
    let kept = try runByline(["--keep-going", "Examples/corpus", "-"], standardInput: script)
    #expect(kept.status == 1)
    #expect(kept.output.contains("{\"id\""))
    let failing = try runByline(["-c", "show nothing-like-this"])
    #expect(failing.status == 1)
    #expect(failing.output.isEmpty)
  }

  @Test func emptyVersionAndHelp() throws {
    let empty = try runByline(["--empty", "-c", "stats --format csv"])
    #expect(empty.output.contains("articles,0\r\n"))
    let version = try runByline(["--version"])
    #expect(version.status == 0 && version.output == "0.1.0\n")
    let help = try runByline(["--help"])
    #expect(help.status == 0)
    for option in ["--command", "--empty", "--keep-going", "--format", "--color"] {
      #expect(help.output.contains(option), "--help lacks \(option)")
    }
    let bad = try runByline(["--frobnicate"])
    #expect(bad.status != 0 && bad.error.contains("Unknown option '--frobnicate'"))
  }

  @Test func ctrlCCancelsTheRunningCommand() throws {
    // Listing every file below / takes far longer than the half second before Ctrl-C.
    let clock = ContinuousClock()
    let start = clock.now
    let run = try runByline(["--empty", "-c", "load / | stats"], interruptAfter: .milliseconds(500))
    #expect(clock.now - start < .seconds(20))
    #expect(run.status == 1)
    #expect(run.error.contains("cancelled"))
    #expect(run.output.isEmpty)
  }
}
