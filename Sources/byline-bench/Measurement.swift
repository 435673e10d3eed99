import Foundation

/// The statistics of repeated runs of one benchmark.
struct Measurement: Codable {
  /// The benchmark's name, e.g. `pipeline.overhead`.
  var name: String
  /// What is measured, e.g. `ns per article per plugin` or `MB/s`.
  var unit: String
  /// Whether a larger value is better (throughput) or worse (time).
  var higherIsBetter: Bool
  /// The median of the runs.
  var median: Double
  var minimum: Double
  var maximum: Double
  /// (maximum - minimum) / median: how much the runs disagree.
  var spread: Double
  var runs: [Double]
  /// Parameters of the benchmark, e.g. articles and plugins.
  var parameters: [String: String]

  init(name: String, unit: String, higherIsBetter: Bool, runs: [Double], parameters: [String: String]) {
    let sorted = runs.sorted()
    self.name = name
    self.unit = unit
    self.higherIsBetter = higherIsBetter
    self.runs = runs
    self.parameters = parameters
    minimum = sorted.first ?? 0
    maximum = sorted.last ?? 0
    median =
      sorted.isEmpty
      ? 0
      : sorted.count % 2 == 1
        ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
    spread = median == 0 ? 0 : (maximum - minimum) / median
  }
}

/// Times `body` once, in seconds.
func seconds(_ body: () async throws -> Void) async rethrows -> Double {
  let clock = ContinuousClock()
  let elapsed = try await clock.measure { try await body() }
  return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
}
