import BylineCore
import BylineShell
import Testing

/// Tables as a person reads them: dates and date ranges are never cut, text columns give up
/// their width first, and nested objects show names rather than ids (JSON keeps the ids).
@Suite struct ReadableTableTests {
  /// A timeline-like result: a short date column, a short id column and three columns of text.
  static let timeline = RecordSet(
    columns: ["date", "type", "summary", "participants", "sources", "event"],
    records: [
      (
        "2025-03-14T06Z/2025-03-14T11Z", "disaster",
        "Fire crews fought the blaze at the Tarrow grain depot overnight"
      ),
      ("2025-04", "agreement", "Velmora and Casket Bay signed a fisheries accord after months of talks"),
      ("2025-04-02", "protest", "Dock workers marched through Lenholm over the new shift rota"),
    ].map { date, type, summary in
      Record([
        ("date", .string(date)), ("type", .string(type)), ("summary", .string(summary)),
        ("participants", .array([.string("Tarrow Harbour Authority"), .string("Lenholm Dockers Union")])),
        ("sources", .array([.string("Quay Herald"), .string("Lantern Post")])),
        ("event", .string("e3fda431af53f0fe1")),
      ])
    })

  @Test func datesAndRangesStayWholeWhileTextShrinks() {
    for width in [80, 100, 120] {
      let text = OutputRenderer(width: width).render(Self.timeline, as: .table)
      let lines = text.split(separator: "\n")
      #expect(lines.allSatisfy { $0.count <= width }, "width \(width):\n\(text)")
      #expect(lines[1].hasPrefix("2025-03-14T06Z/2025-03-14T11Z  disaster"), "width \(width):\n\(text)")
      #expect(lines[2].hasPrefix("2025-04 "))
      #expect(lines[3].hasPrefix("2025-04-02 "))
      // Ids give way before dates, but only once the text is as narrow as it goes.
      let id = width >= 100 ? "e3fda431af53f0fe1" : "e3fda431af5"
      #expect(lines.dropFirst().allSatisfy { $0.contains(id) }, "width \(width):\n\(text)")
      #expect(text.contains("…"), "the text columns are cut at width \(width)")
    }
  }

  @Test func aRangeCutAtAVeryNarrowWidthKeepsItsStartNotItsEnd() {
    let range = RecordSet(
      columns: ["date", "note"],
      records: [
        Record([("date", .string("2025-03-01/2025-03-05")), ("note", .string("five days in March"))])
      ])
    let text = OutputRenderer(width: 20).render(range, as: .table)
    #expect(text.split(separator: "\n")[1].hasPrefix("2025-03-01/"), "\(text)")
    #expect(!text.contains("…5"), "\(text)")
  }

  @Test func pathsStillKeepTheirFileName() {
    let files = RecordSet(
      columns: ["id", "file"],
      records: [
        Record([
          ("id", .string("a1")),
          ("file", .string("/srv/news/archive/2025/03/quay-herald/flood-barrier-report.txt")),
        ])
      ])
    let lines = OutputRenderer(width: 40).render(files, as: .table).split(separator: "\n")
    #expect(lines[1].hasSuffix("flood-barrier-report.txt"))
    #expect(lines[1].contains("…"))
  }

  @Test func objectsShowNamesAndDetailsButNotIds() {
    let renderer = OutputRenderer(width: nil)
    let speaker: JSONValue = .object([
      "name": .string("Henna Vaskar"), "entityId": .string("person:henna-vaskar"),
    ])
    #expect(renderer.render(Self.single("speaker", speaker), as: .table) == "speaker\nHenna Vaskar\n")
    let participants: JSONValue = .array([
      .object([
        "name": .string("Velmora"), "role": .string("participant"), "entityId": .string("location:velmora"),
      ]),
      .object(["name": .string("Odile Marchetti"), "role": .string("agent"), "entityId": .null]),
    ])
    #expect(
      renderer.render(Self.single("participants", participants), as: .csv)
        == "participants\r\nVelmora (participant); Odile Marchetti (agent)\r\n")
    let alias: JSONValue = .object(["name": .string("Casket Bay"), "count": .number(3)])
    #expect(renderer.render(Self.single("aliases", alias), as: .table) == "aliases\nCasket Bay (3)\n")
    // Without a name, the other fields; with nothing but an id, the id.
    let unnamed: JSONValue = .object(["name": .null, "entityId": .string("person:odile-marchetti")])
    #expect(
      renderer.render(Self.single("speaker", unnamed), as: .table)
        == "speaker\nentityId: person:odile-marchetti\n")
    let quantity: JSONValue = .object(["value": .number(12), "unit": .string("percent")])
    #expect(
      renderer.render(Self.single("quantity", quantity), as: .table) == "quantity\nunit: percent, value: 12\n"
    )
    // JSON keeps every field.
    let json = renderer.render(Self.single("speaker", speaker), as: .jsonl)
    #expect(json.contains("\"entityId\":\"person:henna-vaskar\""))
  }

  static func single(_ column: String, _ value: JSONValue) -> RecordSet {
    RecordSet(columns: [column], records: [Record([(column, value)])])
  }
}
