import BylineCore
import BylineEvents
import Foundation
import Testing

@Suite struct TemporalTimeMLTests {
  let xml = """
    <?xml version="1.0" ?><TimeML><DOCID>doc1</DOCID>
    <DCT><TIMEX3 tid="t0" type="DATE" value="2013-03-22" functionInDocument="CREATION_TIME">March 22, 2013</TIMEX3></DCT>
    <TEXT>AT&amp;T said <TIMEX3 tid="t1" type="DATE" value="2013-03-21">Thursday</TIMEX3> it \
    <EVENT eid="e1" class="OCCURRENCE">ran</EVENT> for <TIMEX3 tid="t2" type="DURATION" value="P1M">a month</TIMEX3>.</TEXT>
    </TimeML>
    """

  @Test func readsTextSpansAndTheCreationTime() throws {
    let document = try TimeMLDocument(xml: xml, name: "doc1.tml")
    #expect(document.identifier == "doc1")
    #expect(document.creationTime == "2013-03-22")
    #expect(document.text == "AT&T said Thursday it ran for a month.")
    #expect(document.timexes.map(\.text) == ["Thursday", "a month"])
    #expect(document.timexes.map(\.value) == ["2013-03-21", "P1M"])
    #expect(document.timexes.map(\.type) == [.date, .duration])
    #expect(document.timexes[0].span.text(in: document.text) == "Thursday")
  }

  @Test func aDocumentWithoutTextIsAnError() {
    let error = #expect(throws: BylineError.self) { try TimeMLDocument(xml: "<TimeML/>", name: "x") }
    #expect(error?.code == .invalidData)
    #expect(error?.location == InputLocation(file: "x", line: nil))
    #expect(error?.message == "no <TEXT> element")
  }

  @Test func anUnclosedTagIsAnErrorAtItsLineAndColumn() {
    let xml = "<TimeML>\n<TEXT>\nThe fair opened <TIMEX3 tid=\"t1\"\n</TEXT></TimeML>"
    let error = #expect(throws: BylineError.self) { try TimeMLDocument(xml: xml, name: "fair.tml") }
    #expect(error?.code == .invalidData)
    #expect(error?.location == InputLocation(file: "fair.tml", line: 3, column: 17))
    #expect(error?.sourceLine == "The fair opened <TIMEX3 tid=\"t1\"")
  }

  @Test func scoresStrictRelaxedAndAttributes() throws {
    let document = try TimeMLDocument(xml: xml, name: "doc1.tml")
    var evaluation = TimexEvaluation()
    let system = [
      TemporalExpression(span: document.timexes[0].span, text: "Thursday", type: .date, value: "2013-03-21"),
      // Overlaps "a month" but is shorter, with the right type and a wrong value.
      TemporalExpression(span: TextSpan(start: 32, end: 37), text: "month", type: .duration, value: "P2M"),
      TemporalExpression(span: TextSpan(start: 0, end: 4), text: "AT&T", type: .date, value: "2013"),
    ]
    evaluation.add(reference: document.timexes, system: system)
    #expect(evaluation.strict.precision == 1.0 / 3)
    #expect(evaluation.strict.recall == 0.5)
    #expect(evaluation.relaxed.precision == 2.0 / 3)
    #expect(evaluation.relaxed.recall == 1)
    #expect(evaluation.value.precision == 1.0 / 3)
    #expect(evaluation.value.recall == 0.5)
    #expect(evaluation.type.recall == 1)
  }

  @Test func theTaggerFindsTheAnnotatedExpressions() throws {
    let document = try TimeMLDocument(xml: xml, name: "doc1.tml")
    let evaluation = TimexEvaluation.evaluate([document])
    #expect(evaluation.strict.f1 == 1)
    #expect(evaluation.value.f1 == 1)
  }
}
