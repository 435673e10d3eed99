import Foundation
import Testing

/// Runs the built `byline` executable and returns its exit status, standard output and error.
func runByline(_ arguments: [String], standardInput: String? = nil) throws -> (
  status: Int32, output: String, error: String
) {
  let directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
  var executable = directory.appendingPathComponent("byline")
  if !FileManager.default.fileExists(atPath: executable.path) {
    // Under some runners the test bundle sits one level deeper than the products.
    executable = directory.deletingLastPathComponent().appendingPathComponent("byline")
  }
  let process = Process()
  process.executableURL = executable
  process.arguments = arguments
  process.currentDirectoryURL = packageRoot
  let output = Pipe()
  let error = Pipe()
  let input = Pipe()
  process.standardOutput = output
  process.standardError = error
  process.standardInput = input
  try process.run()
  if let standardInput { input.fileHandleForWriting.write(Data(standardInput.utf8)) }
  try input.fileHandleForWriting.close()
  let outputData = output.fileHandleForReading.readDataToEndOfFile()
  let errorData = error.fileHandleForReading.readDataToEndOfFile()
  process.waitUntilExit()
  return (
    process.terminationStatus, String(decoding: outputData, as: UTF8.self),
    String(decoding: errorData, as: UTF8.self)
  )
}

/// The package's root directory, found from this file's path.
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .deletingLastPathComponent().deletingLastPathComponent()

@Suite struct BylineBinaryTests {
  @Test func listsTheSampleCorpusByDefault() throws {
    let run = try runByline([])
    #expect(run.status == 0, "\(run.error)")
    #expect(run.output.split(separator: "\n").count >= 12)
    #expect(run.error.isEmpty)
  }

  @Test func printsJSONAndNamesUnreadableFiles() throws {
    let run = try runByline([
      "--format", "json", "Examples/corpus/rate-rise-coastline-today.txt", "does/not/exist.txt",
    ])
    #expect(run.status == 0)
    let articles = try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [[String: Any]]
    #expect(articles?.count == 1)
    #expect(articles?.first?["body"] is String)
    #expect(run.error == "does/not/exist.txt: error: no such file or directory\n")
  }

  @Test func failsWhenNothingLoads() throws {
    let run = try runByline(["missing.txt"])
    #expect(run.status != 0)
    #expect(run.error.contains("missing.txt: error: no such file or directory"))
  }
}
