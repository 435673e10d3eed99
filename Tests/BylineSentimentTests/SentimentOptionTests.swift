import BylineCommands
import BylineSentiment
import Testing

@Suite struct SentimentOptionTests {
  @Test func lexiconIsVaderOrAFile() throws {
    #expect(try SentimentCommand.parse([]).lexicon == .vader)
    #expect(try SentimentCommand.parse(["--lexicon", "VADER"]).lexicon == .vader)
    #expect(try SentimentCommand.parse(["--lexicon", "finance.txt"]).lexicon == .file("finance.txt"))
    #expect(throws: (any Error).self) { try SentimentCommand.parse(["--lexicon", ""]) }
  }

  @Test func labelsFollowTheThreshold() {
    #expect(SentimentLabel(compound: 0.05) == .positive)
    #expect(SentimentLabel(compound: 0.049) == .neutral)
    #expect(SentimentLabel(compound: -0.05) == .negative)
    #expect(SentimentLabel(compound: 0.3, threshold: 0.5) == .neutral)
    #expect(SentimentPlugin().settings.map(\.name) == ["threshold"])
    #expect(SentimentPlugin.threshold.defaultValue == 0.05)
  }
}
