import ArgumentParser
import Foundation

@main
struct BenchCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "byline-bench",
    abstract: "Measure Byline's throughput and overheads.",
    discussion: """
      Each benchmark warms up, runs several times, and reports the median, the minimum, the \
      maximum and the spread ((max - min) / median). Run in release mode:

        swift run -c release byline-bench
        swift run -c release byline-bench --filter load --format json
      """)

  @Option(help: "Run only benchmarks whose name contains this text.")
  var filter: String?

  @Option(help: "Unmeasured runs before measuring.")
  var warmup = 1

  @Option(help: "Measured runs.")
  var iterations = 5

  @Option(help: "Scale the input sizes, e.g. 0.1 for a quick check.")
  var scale = 1.0

  @Option(help: "Output format: text or json.")
  var format = "text"

  @Flag(help: "List the benchmarks and exit.")
  var list = false

  mutating func run() async throws {
    let selected = Benchmarks.all.filter { filter == nil || $0.name.contains(filter!) }
    if list {
      for benchmark in Benchmarks.all { print("\(benchmark.name)\t\(benchmark.summary)") }
      return
    }
    guard ["text", "json"].contains(format) else {
      throw ValidationError("--format must be text or json")
    }
    #if DEBUG
      FileHandle.standardError.write(
        Data("warning: debug build; use swift run -c release byline-bench\n".utf8))
    #endif
    let settings = BenchmarkSettings(warmup: warmup, iterations: max(1, iterations), scale: scale)
    var results: [Measurement] = []
    for benchmark in selected {
      FileHandle.standardError.write(Data("running \(benchmark.name): \(benchmark.summary)\n".utf8))
      let measurements = try await benchmark.run(settings)
      results.append(contentsOf: measurements)
      if format == "text" {
        for measurement in measurements { print(Self.line(measurement)) }
      }
    }
    if format == "json" {
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
      let report = Report(
        cores: ProcessInfo.processInfo.activeProcessorCount, benchmarks: results)
      print(String(decoding: try encoder.encode(report), as: UTF8.self))
    }
  }

  struct Report: Codable {
    var cores: Int
    var benchmarks: [Measurement]
  }

  static func line(_ measurement: Measurement) -> String {
    func number(_ value: Double) -> String { String(format: value >= 100 ? "%.0f" : "%.2f", value) }
    return measurement.name.padding(
      toLength: max(40, measurement.name.count + 1), withPad: " ", startingAt: 0)
      + " median \(number(measurement.median)) \(measurement.unit)"
      + "  (min \(number(measurement.minimum)), max \(number(measurement.maximum)), "
      + "spread \(String(format: "%.0f", measurement.spread * 100))%)"
  }
}
