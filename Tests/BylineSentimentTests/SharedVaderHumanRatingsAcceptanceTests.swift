import BylineSentiment
import BylineTesting
import Foundation
import Testing

/// Acceptance on ../shared/data/vader: agreement of our compound scores with the mean human
/// rating on each of the four rated sets, measured as Pearson r.
@Suite(.enabled(if: AcceptanceData.isAvailable("data/vader"), Comment(rawValue: AcceptanceData.skipMessage)))
struct SharedVaderHumanRatingsAcceptanceTests {
  static let directory = AcceptanceData.url("data/vader").path

  /// Pearson r between two series.
  static func pearson(_ x: [Double], _ y: [Double]) -> Double {
    let n = Double(x.count)
    let meanX = x.reduce(0, +) / n
    let meanY = y.reduce(0, +) / n
    var covariance = 0.0
    var varianceX = 0.0
    var varianceY = 0.0
    for (a, b) in zip(x, y) {
      covariance += (a - meanX) * (b - meanY)
      varianceX += (a - meanX) * (a - meanX)
      varianceY += (b - meanY) * (b - meanY)
    }
    return covariance / (varianceX * varianceY).squareRoot()
  }

  /// The Python reference's r on each set (`scripts/vader_reference.py --pearson`): ours must agree.
  @Test(arguments: [
    ("tweets", 0.872217), ("nytEditorialSnippets", 0.502898), ("movieReviewSnippets", 0.4274),
    ("amazonReviewSnippets", 0.589628),
  ])
  func pearsonAgreesWithTheReference(_ set: String, _ reference: Double) throws {
    let path = Self.directory + "/\(set)_GroundTruth.txt"
    try #require(FileManager.default.fileExists(atPath: path), "\(path) is missing")
    let text = try String(contentsOfFile: path, encoding: .utf8)
    let scorer = SentimentScorer()
    var human: [Double] = []
    var ours: [Double] = []
    for line in text.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
      let fields = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
      guard fields.count == 3, let rating = Double(fields[1]) else { continue }
      human.append(rating)
      ours.append(scorer.scores(for: String(fields[2])).compound)
    }
    #expect(human.count > 3000)
    #expect(abs(Self.pearson(ours, human) - reference) < 0.001, "r = \(Self.pearson(ours, human))")
  }
}
