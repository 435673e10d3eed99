import BylineEntities
import BylineTesting
import Foundation
import Testing

/// Acceptance on ../shared/data/conll2003: the bundled model's figures on the CoNLL-2003 English
/// development and test sets, scored as conlleval scores them.
@Suite(
  .enabled(if: AcceptanceData.isAvailable("data/conll2003"), Comment(rawValue: AcceptanceData.skipMessage)))
struct SharedCoNLLAcceptanceTests {
  static let data = AcceptanceData.url("data/conll2003")

  static func evaluate(_ file: String) throws -> NEREvaluation {
    let url = data.appendingPathComponent(file)
    try #require(FileManager.default.fileExists(atPath: url.path), "\(url.path) is missing")
    let (documents, problems) = try CoNLLFormat.read(contentsOf: url)
    #expect(problems.isEmpty)
    let recognizer = try #require(EntityRecognizer.bundled, "the bundled model is missing")
    return recognizer.evaluate(documents)
  }

  @Test func theTestSetScoresAsDocumented() throws {
    let evaluation = try Self.evaluate("eng.testb")
    // The README of the data: 5,648 entities in eng.testb.
    #expect(evaluation.overall.gold == 5_648)
    #expect(evaluation.overall.f1 > 0.87, "\(evaluation.report)")
    for type in ["PER", "LOC", "ORG", "MISC"] {
      #expect((evaluation.byType[type]?.f1 ?? 0) > 0.75, "\(type): \(evaluation.report)")
    }
  }

  @Test func theDevelopmentSetScoresAsDocumented() throws {
    let evaluation = try Self.evaluate("eng.testa")
    #expect(evaluation.overall.gold == 5_942)
    #expect(evaluation.overall.f1 > 0.92, "\(evaluation.report)")
  }
}
