import BylineCore
import BylineEvents
import BylineTesting
import Foundation
import Testing

/// TempEval-3 Task A on the shared data (`../shared/data/tempeval3`): the figures the tagger reaches,
/// with a small margin. Rules were developed on TBAQ-cleaned only; te3-platinum is the test set.
@Suite(
  .enabled(if: AcceptanceData.isAvailable("data/tempeval3"), Comment(rawValue: AcceptanceData.skipMessage)))
struct SharedTempEval3AcceptanceTests {
  static let root = AcceptanceData.url("data/tempeval3")

  func evaluate(_ folder: String) throws -> TimexEvaluation {
    let directory = Self.root.appendingPathComponent(folder)
    try #require(FileManager.default.fileExists(atPath: directory.path), "missing \(directory.path)")
    let (documents, problems) = TimeMLDocument.documents(in: directory)
    #expect(problems.isEmpty)
    try #require(!documents.isEmpty)
    return TimexEvaluation.evaluate(documents)
  }

  @Test func platinumBeatsHeidelTimeOnValueF1() throws {
    let evaluation = try evaluate("te3-platinum")
    #expect(evaluation.referenceCount == 138)
    #expect(evaluation.strict.f1 > 0.815)
    #expect(evaluation.relaxed.f1 > 0.90)
    #expect(evaluation.value.f1 > 0.7761)
    #expect(evaluation.type.f1 > 0.83)
  }

  @Test func developmentFiguresOnTBAQ() throws {
    let evaluation = try evaluate("TBAQ-cleaned")
    #expect(evaluation.referenceCount == 1822)
    #expect(evaluation.strict.f1 > 0.83)
    #expect(evaluation.relaxed.f1 > 0.905)
    #expect(evaluation.value.f1 > 0.745)
    #expect(evaluation.type.f1 > 0.855)
  }
}
