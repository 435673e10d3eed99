import BylineSummarization
import Foundation
import Testing

/// The committed ROUGE fixture: candidate and reference summaries made from the sample corpus,
/// scored by Python's rouge-score with stemming (`scripts/make_rouge_fixture.py`).
@Suite struct RougeParityFixtureTests {
  struct Row: Decodable {
    let candidate: String
    let reference: String
    let rouge1: [Double]
    let rouge2: [Double]
    let rougeL: [Double]
  }

  @Test func agreesWithPythonRougeScore() throws {
    let url = try #require(Bundle.module.url(forResource: "Fixtures/rouge-parity", withExtension: "jsonl"))
    let rows = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map {
      try JSONDecoder().decode(Row.self, from: Data($0.utf8))
    }
    #expect(rows.count >= 100)
    let scorer = RougeScorer(wordLimit: nil, stemming: true, mapsIrregularForms: false)
    var differences: [Double] = []
    var report: [String] = []
    for row in rows {
      let ours = scorer.score(candidate: row.candidate, references: [row.reference])
      let pairs: [(RougeScore, [Double], String)] = [
        (ours.rouge1, row.rouge1, "R1"), (ours.rouge2, row.rouge2, "R2"), (ours.rougeL, row.rougeL, "RL"),
      ]
      for (score, reference, name) in pairs {
        for (value, expected) in zip([score.precision, score.recall, score.f], reference) {
          let difference = abs(value - expected)
          differences.append(difference)
          if difference > 1e-6 && report.count < 5 { report.append("\(name): \(value) vs \(expected)") }
        }
      }
    }
    let exact = differences.filter { $0 <= 1e-6 }.count
    // With irregular forms off (rouge-score has no WordNet step), every value matches.
    #expect(
      Double(exact) / Double(differences.count) >= 0.999, "exact \(exact)/\(differences.count): \(report)")
    #expect((differences.max() ?? 0) < 1e-6, "\(report)")
  }
}
