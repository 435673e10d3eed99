import BylineCommands
import BylineSummarization
import Testing

@Suite struct SummarizeOptionTests {
  @Test func methodIsAnEnumThatParsesListsAndRejects() throws {
    #expect(try SummarizeCommand.parse(["--method", "textRank"]).method == .textRank)
    #expect(try SummarizeCommand.parse([]).method == .lexRank)
    #expect(SummaryMethod.allValueStrings == ["lead", "lexRank", "textRank"])
    #expect(throws: (any Error).self) { try SummarizeCommand.parse(["--method", "pageRank"]) }
    #expect(SummarizeCommand.helpMessage().contains("--method <method>"))
  }
}
