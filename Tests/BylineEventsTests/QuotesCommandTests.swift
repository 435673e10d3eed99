import BylineCommands
import BylineCore
import BylineEntities
import Synchronization
import Testing

@testable import BylineEvents

@Suite struct QuotesCommandTests {
  func run(_ arguments: [String], on bodies: [String], notes: Notes = Notes()) async throws -> DataTable {
    let articles = bodies.map { NewsArticle(title: "", body: $0, outlet: "Quay Herald") }
    let person = ResolvedEntity(
      id: "person:marek-olund", canonicalName: "Marek Olund", kind: .person,
      aliases: ["Olund", "Marek Ølund"],
      articles: articles.map(\.id))
    let context = CommandContext(
      input: .articles(articles), corpus: Corpus(articles), registry: try PluginRegistry([]),
      analyzer: { articles, capabilities in
        #expect(capabilities == [.entities])
        var corpus = Corpus(articles)
        corpus.annotations[ResolvedEntitiesKey.self] = [person]
        return PipelineResult(corpus: corpus, failures: [])
      }, diagnose: { notes.append($0) })
    let command = try QuotesCommand.parse(arguments)
    guard case .table(let table) = try await command.run(in: context) else {
      Issue.record("not a table")
      return DataTable(columns: [])
    }
    return table
  }

  let bodies = [
    "“The port will stay open all winter,” Olund said. “Prices will hold,” said Dana Krell.",
    "Dana Krell said that the ferries would run twice a day.",
  ]

  @Test func listsQuotesWithTheirFields() async throws {
    let table = try await run([], on: bodies)
    #expect(table.columns == ["speaker", "text", "article", "outlet", "direct", "verb"])
    #expect(table.rows.count == 3)
    #expect(
      table.rows[0][0] == .object(["name": .string("Olund"), "entityId": .string("person:marek-olund")]))
    #expect(table.rows[0][1] == .string("The port will stay open all winter"))
    #expect(table.rows[0][3] == .string("Quay Herald"))
    #expect(table.rows[0][4] == .bool(true))
    #expect(table.rows[0][5] == .string("said"))
    #expect(table.rows[2][4] == .bool(false))
  }

  @Test func filtersBySpeakerAliasOrWrittenName() async throws {
    #expect(try await run(["--speaker", "marek olund"], on: bodies).rows.count == 1)
    #expect(try await run(["--speaker", "Marek Ølund"], on: bodies).rows.count == 1)
    #expect(try await run(["--speaker", "krell"], on: bodies).rows.count == 2)
    #expect(try await run(["--speaker", "Kre"], on: bodies).rows.isEmpty)
  }

  @Test func limitsTheRowsAndSaysSo() async throws {
    let notes = Notes()
    #expect(try await run(["--top", "1"], on: bodies, notes: notes).rows.count == 1)
    #expect(notes.all == ["note: showing 1 of 3 quotes; --top N for more"])
    let uncut = Notes()
    #expect(try await run(["--top", "3"], on: bodies, notes: uncut).rows.count == 3)
    #expect(uncut.all.isEmpty)
    #expect(throws: (any Error).self) { try QuotesCommand.parse(["--top", "0"]) }
  }
}

/// What a command reported through ``CommandContext/diagnose``.
final class Notes: Sendable {
  private let notes = Mutex<[String]>([])

  func append(_ note: String) { notes.withLock { $0.append(note) } }

  var all: [String] { notes.withLock { $0 } }
}
