import BylineCore
import Testing

@Suite struct BylineErrorTests {
  @Test func rendersLikeACompilerDiagnosticWithACaretAndAHint() {
    let error = BylineError(
      .invalidData, "invalid JSON: unexpected character",
      location: InputLocation(file: "feed.jsonl", line: 3, column: 12),
      sourceLine: #"{"title": "A", body: "B"}"#, length: 4, hint: "keys are quoted: \"body\"")
    #expect(
      error.description == """
        feed.jsonl:3:12: error: invalid JSON: unexpected character
        {"title": "A", body: "B"}
                   ^~~~
        hint: keys are quoted: "body"
        """)
  }

  @Test func withoutAFileOrLineOnlyTheMessageAndHint() {
    #expect(BylineError(.notFound, "no article 'x'").description == "error: no article 'x'")
    #expect(
      BylineError(.notFound, "no article 'x'", hint: "list them with 'articles'").description
        == "error: no article 'x'\nhint: list them with 'articles'")
    let whole = BylineError(.fileAccess, "no such file", location: InputLocation(file: "a.txt", line: nil))
    #expect(whole.description == "a.txt: error: no such file")
  }

  @Test func locatedUnderlinesAWordOfATypedLineAndKeepsAnEarlierPlace() {
    let error = BylineError(.unknownCommand, "unknown command 'fitler'").located(
      at: 10, length: 6, in: "articles fitler x")
    #expect(error.description == "error: unknown command 'fitler'\narticles fitler x\n         ^~~~~~")
    #expect(error.location == InputLocation(file: nil, line: 1, column: 10))
    #expect(error.located(at: 1, in: "other").sourceLine == "articles fitler x")
    // A caret past the end of the line stays one column after it.
    let end = BylineError(.syntax, "unterminated quote").located(at: 40, length: 9, in: "say 'hi")
    #expect(end.description.hasSuffix("say 'hi\n       ^"))
  }

  @Test func codesAreValuesCallersSwitchOn() {
    let error = BylineError(.unknownSetting, "no setting named 'x'").prefixed("set: ")
    switch error.code {
    case .unknownSetting: #expect(error.message == "set: no setting named 'x'")
    default: Issue.record("unexpected code \(error.code)")
    }
    let custom = BylineError.Code("modelTooOld")
    #expect(custom != .invalidData && custom.description == "modelTooOld")
  }

  @Test func inputProblemsCarryTheirLineAndColumn() {
    let problem = InputProblem(source: "a.csv", line: 4, column: 7, message: "unclosed quote")
    #expect(problem.description == "a.csv:4:7: error: unclosed quote")
    #expect(problem.error.code == .invalidData)
    #expect(problem.error.description == "a.csv:4:7: error: unclosed quote")
    #expect(InputProblem(source: "a.csv", column: 7, message: "empty").description == "a.csv: error: empty")
  }
}
