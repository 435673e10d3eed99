import Testing

@testable import BylineEntities

@Suite struct NEREvaluationTests {
  /// Two sentences scored by hand:
  ///
  /// 1. `Mira Kestrel visited Tolvane .` — gold PER 0..<2, LOC 3..<4; predicted PER 0..<2 (right),
  ///    ORG 3..<4 (wrong type).
  /// 2. `Halvern Group hired Oskar Brandt` — gold ORG 0..<2, PER 3..<5; predicted ORG 0..<2
  ///    (right), PER 4..<5 (overlaps the gold name, so wrong).
  ///
  /// Gold: PER 2, ORG 1, LOC 1. Predicted: PER 2, ORG 2. Correct: PER 1, ORG 1. Tokens whose
  /// chunk type agrees: 4 of 5 in each sentence.
  private var example: NEREvaluation {
    var evaluation = NEREvaluation()
    evaluation.add(
      gold: ["B-PER", "I-PER", "O", "B-LOC", "O"], predicted: ["B-PER", "L-PER", "O", "U-ORG", "O"])
    evaluation.add(
      gold: ["I-ORG", "I-ORG", "O", "I-PER", "I-PER"], predicted: ["B-ORG", "I-ORG", "O", "O", "B-PER"])
    return evaluation
  }

  @Test func countsPerTypeAndOverall() throws {
    let evaluation = example
    let person = try #require(evaluation.byType["PER"])
    let organization = try #require(evaluation.byType["ORG"])
    let location = try #require(evaluation.byType["LOC"])
    #expect((person.gold, person.predicted, person.correct) == (2, 2, 1))
    #expect((organization.gold, organization.predicted, organization.correct) == (1, 2, 1))
    #expect((location.gold, location.predicted, location.correct) == (1, 0, 0))
    #expect(Set(evaluation.byType.keys) == ["PER", "ORG", "LOC"])
    #expect((evaluation.overall.gold, evaluation.overall.predicted, evaluation.overall.correct) == (4, 4, 2))
    #expect(evaluation.tokens == 10)
    #expect(evaluation.correctTokens == 8)
  }

  @Test func precisionRecallAndF1() throws {
    let evaluation = example
    let person = try #require(evaluation.byType["PER"])
    let organization = try #require(evaluation.byType["ORG"])
    let location = try #require(evaluation.byType["LOC"])
    #expect(person.precision == 0.5 && person.recall == 0.5 && person.f1 == 0.5)
    #expect(organization.precision == 0.5 && organization.recall == 1)
    #expect(abs(organization.f1 - 2.0 / 3.0) < 1e-12)
    #expect(location.precision == 0 && location.recall == 0 && location.f1 == 0)
    #expect(evaluation.overall.precision == 0.5 && evaluation.overall.recall == 0.5)
    #expect(evaluation.overall.f1 == 0.5)
  }

  @Test func aChunkCountsOnlyWithTheExactSpanAndType() {
    var evaluation = NEREvaluation()
    // Gold PER 1..<3. Predicted: the same span as ORG, a shorter span, a longer span.
    evaluation.add(gold: ["O", "B-PER", "I-PER", "O"], predicted: ["O", "B-ORG", "I-ORG", "O"])
    evaluation.add(gold: ["O", "B-PER", "I-PER", "O"], predicted: ["O", "U-PER", "O", "O"])
    evaluation.add(gold: ["O", "B-PER", "I-PER", "O"], predicted: ["O", "B-PER", "I-PER", "I-PER"])
    #expect(evaluation.overall.gold == 3)
    #expect(evaluation.overall.predicted == 3)
    #expect(evaluation.overall.correct == 0)
    // The same chunk in another tagging scheme is correct.
    evaluation.add(gold: ["O", "B-PER", "I-PER", "O"], predicted: ["O", "I-PER", "I-PER", "O"])
    evaluation.add(gold: ["O", "B-PER", "I-PER", "O"], predicted: ["O", "B-PER", "L-PER", "O"])
    #expect(evaluation.overall.correct == 2)
    #expect(evaluation.byType["PER"]?.correct == 2)
  }

  @Test func nothingPredictedOrNothingInGoldScoresZero() {
    var evaluation = NEREvaluation()
    #expect(evaluation.overall.precision == 0 && evaluation.overall.recall == 0 && evaluation.overall.f1 == 0)
    evaluation.add(gold: ["O", "O"], predicted: ["O", "O"])
    #expect(evaluation.overall == NEREvaluation.Counts())
    #expect(evaluation.correctTokens == 2)
    evaluation.add(gold: ["O"], predicted: ["U-LOC"])
    #expect(evaluation.overall.recall == 0 && evaluation.overall.precision == 0)
    #expect(evaluation.byType["LOC"]?.predicted == 1)
  }

  @Test func reportFollowsConllevalsLayout() {
    let expected = [
      "processed 10 tokens with 4 phrases; found: 4 phrases; correct: 2.",
      "accuracy:  80.00%; precision:  50.00%; recall:  50.00%; FB1:  50.00",
      "              LOC: precision:   0.00%; recall:   0.00%; FB1:   0.00  0",
      "              ORG: precision:  50.00%; recall: 100.00%; FB1:  66.67  2",
      "              PER: precision:  50.00%; recall:  50.00%; FB1:  50.00  2",
    ]
    #expect(example.report.split(separator: "\n").map(String.init) == expected)
  }

  @Test func reportOfAPerfectRun() {
    var evaluation = NEREvaluation()
    evaluation.add(gold: ["B-MISC", "O", "O"], predicted: ["U-MISC", "O", "O"])
    #expect(
      evaluation.report == """
        processed 3 tokens with 1 phrases; found: 1 phrases; correct: 1.
        accuracy: 100.00%; precision: 100.00%; recall: 100.00%; FB1: 100.00
                     MISC: precision: 100.00%; recall: 100.00%; FB1: 100.00  1
        """)
  }
}
