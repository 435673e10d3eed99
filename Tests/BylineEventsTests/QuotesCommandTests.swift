import BylineCore
import BylineEntities
import Testing

@testable import BylineEvents

@Suite struct QuotesCommandTests {
  func run(_ arguments: [String], on bodies: [String]) async throws -> DataTable {
    let articles = bodies.map { NewsArticle(title: "", body: $0) }
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
      })
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
    #expect(table.columns == ["speaker", "text", "article", "direct", "verb"])
    #expect(table.rows.count == 3)
    #expect(
      table.rows[0][0] == .object(["name": .string("Olund"), "entityId": .string("person:marek-olund")]))
    #expect(table.rows[0][1] == .string("The port will stay open all winter"))
    #expect(table.rows[0][3] == .bool(true))
    #expect(table.rows[0][4] == .string("said"))
    #expect(table.rows[2][3] == .bool(false))
  }

  @Test func filtersBySpeakerAliasOrWrittenName() async throws {
    #expect(try await run(["--speaker", "marek olund"], on: bodies).rows.count == 1)
    #expect(try await run(["--speaker", "Marek Ølund"], on: bodies).rows.count == 1)
    #expect(try await run(["--speaker", "krell"], on: bodies).rows.count == 2)
    #expect(try await run(["--speaker", "Kre"], on: bodies).rows.isEmpty)
  }

  @Test func limitsTheRows() async throws {
    #expect(try await run(["--top", "1"], on: bodies).rows.count == 1)
    #expect(throws: (any Error).self) { try QuotesCommand.parse(["--top", "0"]) }
  }
}
