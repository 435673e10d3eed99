import BylineSentiment
import Foundation
import Testing

/// The committed parity fixture: 8,000+ sentences written for the project (the sample corpus and
/// generated hard cases: negations, boosters, caps, "but", "least", "no", idioms, emoji,
/// punctuation runs), scored by vaderSentiment 3.3.2 (`scripts/make_vader_fixture.py`).
@Suite struct VaderParityFixtureTests {
  @Test func everyFixtureSentenceMatchesThePythonReference() throws {
    let url = try #require(Bundle.module.url(forResource: "Fixtures/vader-parity", withExtension: "tsv"))
    let text = try String(contentsOf: url, encoding: .utf8)
    let rows = text.split(separator: "\n").dropFirst()
    #expect(rows.count >= 5000)
    let scorer = SentimentScorer()
    var mismatches: [String] = []
    for row in rows {
      let fields = row.split(separator: "\t", omittingEmptySubsequences: false)
      guard fields.count == 5, let neg = Double(fields[1]), let neu = Double(fields[2]),
        let pos = Double(fields[3]),
        let compound = Double(fields[4])
      else {
        Issue.record("malformed fixture row: \(row)")
        continue
      }
      let scores = scorer.scores(for: String(fields[0]))
      let close = [
        abs(scores.negative - neg), abs(scores.neutral - neu), abs(scores.positive - pos),
        abs(scores.compound - compound),
      ].allSatisfy { $0 <= 1e-4 }
      if !close {
        mismatches.append("\(fields[0]) → \(scores), expected \(neg) \(neu) \(pos) \(compound)")
      }
    }
    #expect(
      mismatches.isEmpty,
      "\(mismatches.count) of \(rows.count) differ, e.g.:\n\(mismatches.prefix(10).joined(separator: "\n"))")
  }
}
