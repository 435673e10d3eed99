import Foundation
import Synchronization

/// What a finished process left: its exit status and everything it wrote.
struct ProcessResult: Sendable {
  /// The exit status.
  var status: Int32
  /// Standard output.
  var output: String
  /// Standard error.
  var error: String
}

/// Runs `executable` with `arguments` in `directory`, feeding it `standardInput`, and waits for
/// it; `interruptAfter` sends Ctrl-C (SIGINT) after that long.
func runProcess(
  _ executable: URL, _ arguments: [String], directory: URL, standardInput: String = "",
  environment: [String: String] = [:], interruptAfter: Duration? = nil
) throws -> ProcessResult {
  let process = Process()
  process.executableURL = executable
  process.arguments = arguments
  process.currentDirectoryURL = directory
  process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
  let output = Pipe()
  let error = Pipe()
  let input = Pipe()
  process.standardOutput = output
  process.standardError = error
  process.standardInput = input
  try process.run()
  input.fileHandleForWriting.write(Data(standardInput.utf8))
  try input.fileHandleForWriting.close()
  // Read both pipes concurrently so a full stderr pipe cannot stall the child.
  let errorData = Mutex<Data>(Data())
  let reader = Thread { errorData.withLock { $0 = error.fileHandleForReading.readDataToEndOfFile() } }
  reader.start()
  if let interruptAfter {
    Thread.sleep(
      forTimeInterval: Double(interruptAfter.components.seconds) + Double(
        interruptAfter.components.attoseconds) / 1e18)
    process.interrupt()
  }
  let outputData = output.fileHandleForReading.readDataToEndOfFile()
  process.waitUntilExit()
  while !errorData.withLock({ !$0.isEmpty }) && reader.isExecuting { usleep(1000) }
  while reader.isExecuting { usleep(1000) }
  return ProcessResult(
    status: process.terminationStatus, output: String(decoding: outputData, as: UTF8.self),
    error: String(decoding: errorData.withLock { $0 }, as: UTF8.self))
}

/// A built executable of this package, beside `byline`: `embedding-example`, `keyword-example`.
func builtExecutable(_ name: String) -> URL {
  bylineExecutable.deletingLastPathComponent().appendingPathComponent(name)
}
