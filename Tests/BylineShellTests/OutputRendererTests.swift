import BylineCore
import BylineShell
import Foundation
import Testing

@Suite struct OutputRendererTests {
  let records = RecordSet(
    columns: ["id", "title", "words"],
    records: [
      Record([("id", .string("a1")), ("title", .string("Rates, \"up\"")), ("words", .number(12))]),
      Record([("id", .string("a2")), ("title", .string("Line\nbreak | pipe")), ("words", .null)]),
    ])

  @Test func jsonIsOneValidDocumentWithFieldsInColumnOrder() throws {
    let text = OutputRenderer().render(records, as: .json)
    let parsed = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]]
    #expect(parsed?.count == 2)
    #expect(parsed?[0]["title"] as? String == "Rates, \"up\"")
    #expect(parsed?[0]["words"] as? Int == 12)
    #expect(parsed?[1]["words"] is NSNull)
    #expect(text.range(of: "\"id\"")!.lowerBound < text.range(of: "\"title\"")!.lowerBound)
    #expect(OutputRenderer().render(RecordSet(columns: ["id"], records: []), as: .json) == "[]\n")
  }

  @Test func jsonLinesHasOneObjectPerLine() throws {
    let lines = OutputRenderer().render(records, as: .jsonl).split(separator: "\n")
    #expect(lines.count == 2)
    for line in lines { _ = try JSONSerialization.jsonObject(with: Data(line.utf8)) }
  }

  @Test func csvQuotesWhatNeedsQuoting() {
    #expect(
      OutputRenderer().render(records, as: .csv)
        == "id,title,words\r\na1,\"Rates, \"\"up\"\"\",12\r\na2,\"Line\nbreak | pipe\",\r\n")
  }

  @Test func markdownEscapesPipesAndNewlines() {
    #expect(
      OutputRenderer().render(records, as: .markdown) == """
        | id | title | words |
        | --- | --- | --- |
        | a1 | Rates, "up" | 12 |
        | a2 | Line break \\| pipe |  |

        """)
  }

  @Test func tablesAlignAndFitTheWidth() {
    let wide = RecordSet(
      columns: ["id", "title", "file"],
      records: [
        Record([
          ("id", .string("a1")), ("title", .string(String(repeating: "word ", count: 30))),
          ("file", .string("/very/long/path/to/some/directory/article.txt")),
        ])
      ])
    let lines = OutputRenderer(width: 60).render(wide, as: .table).split(separator: "\n")
    #expect(lines.count == 2)
    #expect(lines.allSatisfy { $0.count <= 60 })
    #expect(lines[1].contains("…"))
    #expect(lines[1].hasSuffix("article.txt"))
    #expect(lines[0].hasPrefix("id  title"))
    let plain = OutputRenderer(width: 100).render(records, as: .table)
    #expect(plain == "id  title              words\na1  Rates, \"up\"        12\na2  Line break | pipe\n")
  }

  @Test func colourOnlyWhenAsked() {
    #expect(OutputRenderer(color: true).render(records, as: .table).contains("\u{1B}[1m"))
    #expect(!OutputRenderer(color: false).render(records, as: .table).contains("\u{1B}"))
  }
}
