import BylineShell
import Testing

@Suite struct CommandLineLexerTests {
  @Test func splitsStagesAndWordsWithShellQuoting() throws {
    #expect(
      try CommandLineLexer.stages(of: #"filter outlet='Meridian Wire' | search "rate \"rise\"" x\ y"#) == [
        ["filter", "outlet=Meridian Wire"], ["search", #"rate "rise""#, "x y"],
      ])
    #expect(try CommandLineLexer.stages(of: "a 'b|c' | d") == [["a", "b|c"], ["d"]])
    #expect(try CommandLineLexer.stages(of: "a '' b") == [["a", "", "b"]])
    #expect(try CommandLineLexer.stages(of: #"a "it's""#) == [["a", "it's"]])
  }

  @Test func commentsAndBlankLinesHaveNoStages() throws {
    #expect(try CommandLineLexer.stages(of: "   ").isEmpty)
    #expect(try CommandLineLexer.stages(of: "# a comment | x").isEmpty)
    #expect(try CommandLineLexer.stages(of: "articles # list them") == [["articles"]])
    #expect(try CommandLineLexer.stages(of: "search a#b") == [["search", "a#b"]])
  }

  @Test func reportsUnterminatedQuotesAndEmptyStages() {
    #expect(throws: CommandLineLexer.LexError.unterminatedQuote("'", column: 8)) {
      try CommandLineLexer.stages(of: "filter 'outlet=x")
    }
    #expect(throws: CommandLineLexer.LexError.emptyStage(column: 11)) {
      try CommandLineLexer.stages(of: "articles |")
    }
    #expect(throws: CommandLineLexer.LexError.emptyStage(column: 1)) {
      try CommandLineLexer.stages(of: "| articles")
    }
  }

  @Test func partialStageForCompletion() {
    #expect(CommandLineLexer.partialStage(of: "load a | filt") == ([], "filt"))
    #expect(CommandLineLexer.partialStage(of: "show ") == (["show"], ""))
    #expect(CommandLineLexer.partialStage(of: "load 'my fi") == (["load"], "my fi"))
  }
}
