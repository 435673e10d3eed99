import BylineCommands
import BylineCore
import BylineEntities
import BylineParsing
import BylineSampleCorpus
import BylineShell
import BylineTesting
import Testing

@testable import BylineEvents

@Suite struct EventCommandsTests {
  func run(_ command: some ShellCommand) async throws -> DataTable {
    let directory = try #require(SampleCorpus.directory)
    let loaded = try await ArticleLoader(readers: ParsingPlugin().readers).load([directory])
    let registry = try PluginRegistry([
      ParsingPlugin(), EntitiesPlugin(), EntityResolutionPlugin(), EventsPlugin(), EventFusionPlugin(),
    ])
    let context = CommandContext(
      input: .articles(loaded.articles), corpus: Corpus(loaded.articles), registry: registry)
    guard case .table(let table) = try await command.run(in: context) else {
      Issue.record("not a table")
      return DataTable(columns: [])
    }
    return table
  }

  func column(_ name: String, _ table: DataTable) -> [JSONValue] {
    guard let index = table.columns.firstIndex(of: name) else { return [] }
    return table.rows.map { $0[index] }
  }

  @Test func eventsHaveTheDocumentedFields() async throws {
    let table = try await run(try EventsCommand.parse([]))
    #expect(
      table.columns == [
        "id", "type", "date", "granularity", "location", "participants", "quantities", "outlets", "sources",
        "evidence",
      ])
    #expect(!table.rows.isEmpty)
    for participants in column("participants", table) {
      guard case .array(let items) = participants else {
        Issue.record("participants is not a list")
        continue
      }
      for case .object(let fields) in items { #expect(Set(fields.keys) == ["name", "role", "entityId"]) }
    }
    for sources in column("sources", table) {
      guard case .array(let items) = sources else { continue }
      #expect(!items.isEmpty)
    }
    // Every event's outlets are those of its sources, each once.
    #expect(column("outlets", table).contains { $0 != .array([]) })
    for outlets in column("outlets", table) {
      guard case .array(let items) = outlets else {
        Issue.record("outlets is not a list")
        continue
      }
      #expect(Set(items).count == items.count)
    }
  }

  /// A shell on the sample corpus whose tables fit 100 columns, as on a terminal that wide.
  func sampleShell() async throws -> (Shell, CapturedOutput) {
    let directory = try #require(SampleCorpus.directory)
    let harness = try await ShellHarness(
      plugins: [
        ParsingPlugin(), EntitiesPlugin(), EntityResolutionPlugin(), EventsPlugin(), EventFusionPlugin(),
      ], width: 100)
    try await harness.shell.load([directory])
    harness.captured.reset()
    return (harness.shell, harness.captured)
  }

  @Test func tablesShowSpeakersAndParticipantsByNameAndJSONKeepsTheirIds() async throws {
    let (shell, captured) = try await sampleShell()
    for line in ["quotes --top 500", "quotes --top 500 --format csv", "events", "events --format csv"] {
      captured.reset()
      #expect(await shell.execute(line))
      #expect(!captured.standardOutput.contains("entityId"), "\(line)")
      #expect(!captured.standardOutput.contains("person:"), "\(line)")
    }
    captured.reset()
    #expect(await shell.execute("quotes --top 500 --format json"))
    #expect(
      captured.standardOutput.contains("\"entityId\": \"person:"), "\(captured.standardOutput.prefix(400))")
  }

  @Test func timelineDatesAreWholeOnATerminalOfAHundredColumns() async throws {
    let (shell, captured) = try await sampleShell()
    #expect(await shell.execute("timeline --format csv"))
    let dates = captured.standardOutput.split(separator: "\r\n").dropFirst().map {
      String($0.prefix { $0 != "," })
    }
    #expect(dates.contains { $0.contains("/") }, "a range among \(dates)")
    captured.reset()
    #expect(await shell.execute("timeline"))
    let lines = captured.standardOutput.split(separator: "\n").dropFirst()
    #expect(lines.count == dates.count)
    for (line, date) in zip(lines, dates) {
      #expect(line.count <= 100)
      #expect(line.hasPrefix(date + " "), "'\(date)' is cut in: \(line)")
    }
  }

  @Test func anIntervalWithinOneUnitIsThatUnit() async throws {
    let table = try await run(try EventsCommand.parse([]))
    let dates = column("date", table).compactMap { value -> String? in
      if case .string(let text) = value { return text }
      return nil
    }
    #expect(dates.contains("2025-03"), "\(dates)")
    for date in dates {
      let ends = date.split(separator: "/")
      #expect(ends.count == 1 || ends[0] != ends[1], "\(date)")
    }
  }

  @Test func typeAndDateRangeFilter() async throws {
    let agreements = try await run(try EventsCommand.parse(["--type", "agreement"]))
    #expect(!agreements.rows.isEmpty)
    #expect(column("type", agreements).allSatisfy { $0 == .string("agreement") })
    let april = try await run(try EventsCommand.parse(["--from", "2025-04-01", "--to", "2025-04-30"]))
    #expect(!april.rows.isEmpty)
    for date in column("date", april) {
      guard case .string(let text) = date else {
        Issue.record("an undated event passed a date filter")
        continue
      }
      #expect(text.hasPrefix("2025-04"), "\(text)")
    }
    #expect(throws: (any Error).self) { try EventsCommand.parse(["--from", "soon"]) }
  }

  @Test func theTimelineIsInTimeOrderAndCompareNamesSources() async throws {
    let timeline = try await run(try TimelineCommand.parse([]))
    let dates = column("date", timeline).compactMap { value -> String? in
      // The start of the time: an interval "2025-03/2025-03" starts with the month.
      if case .string(let text) = value {
        return text.split(separator: "/").first.map { String($0.prefix(10)) }
      }
      return nil
    }
    #expect(dates.count == timeline.rows.count)
    #expect(dates == dates.sorted())
    let compare = try await run(try CompareCommand.parse([]))
    #expect(compare.columns == ["event", "type", "date", "attribute", "values"])
    for values in column("values", compare) {
      guard case .array(let items) = values else { continue }
      #expect(items.count >= 2)
      for case .object(let fields) in items { #expect(Set(fields.keys) == ["value", "sources"]) }
    }
  }
}
