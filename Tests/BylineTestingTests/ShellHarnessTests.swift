import BylineCommands
import BylineCore
import BylineTesting
import Foundation
import Testing

/// Tags every article with its number of paragraphs, and offers a command listing them.
private enum ParagraphsKey: AnnotationKey { typealias Value = Int }

private struct ParagraphPlugin: Plugin, CommandContributing {
  var name: String { "paragraphs" }
  var provides: [Capability] { [.annotation(ParagraphsKey.self)] }
  var commands: [any ShellCommand.Type] { [ParagraphsCommand.self] }
  func analyze(_ article: inout NewsArticle, context: AnalysisContext) async throws {
    article.annotations[ParagraphsKey.self] = article.body.components(separatedBy: "\n\n").count
  }
}

private struct ParagraphsCommand: ShellCommand {
  static let configuration = CommandConfiguration(commandName: "paragraphs", abstract: "Count paragraphs.")
  func run(in context: CommandContext) async throws -> CommandValue {
    let corpus = try await context.analyze(
      context.inputArticles, providing: [.annotation(ParagraphsKey.self)])
    return .table(
      DataTable(
        columns: ["id", "paragraphs"],
        rows: corpus.articles.map {
          [.string($0.id.rawValue), .number(Double($0.annotations[ParagraphsKey.self] ?? 0))]
        }))
  }
}

@Suite struct ShellHarnessTests {
  let articles = [
    ArticleFixtures.article("One.\n\nTwo.\n\nThree.", title: "Three parts", id: "three"),
    ArticleFixtures.article("Alone.", title: "One part", id: "one"),
  ]

  @Test func runsLinesOnAnInMemoryCorpusAndReturnsTheValue() async throws {
    let harness = try await ShellHarness(plugins: [ParagraphPlugin()], articles: articles)
    let table = try await harness.table("paragraphs")
    #expect(table.rows == [[.string("three"), .number(3)], [.string("one"), .number(1)]])
    guard case .articles(let selected) = try await harness.value("search alone") else {
      Issue.record("search did not return articles")
      return
    }
    #expect(selected.map(\.id.rawValue) == ["one"])
  }

  @Test func capturesWhatALinePrintsAndItsErrors() async throws {
    let harness = try await ShellHarness(plugins: [ParagraphPlugin()], articles: articles, width: nil)
    let csv = await harness.run("paragraphs --format csv")
    #expect(csv == .init(succeeded: true, output: "id,paragraphs\r\nthree,3\r\none,1\r\n", error: ""))
    let rows = try await harness.json("head 1 | paragraphs --format json")
    #expect(rows.count == 1 && rows[0]["paragraphs"] as? Int == 3)
    let typo = await harness.run("paragrahps")
    #expect(!typo.succeeded && typo.error.hasPrefix("error: unknown command 'paragrahps'\n"))
    do {
      _ = try await harness.value("paragraphs --bogus")
      Issue.record("an unknown option was accepted")
    } catch let error as BylineError {
      #expect(error.code == .unknownOption)
    }
    await #expect(throws: HarnessError.self) { try await harness.json("bogus") }
  }

  @Test func loadsRecordsThroughTheReaders() async throws {
    let harness = try await ShellHarness(
      records: [#"{"id":"r1","title":"Record","body":"From a record.","outlet":"Test Wire"}"#])
    let rows = try await harness.json("articles --format json")
    #expect(rows.map { $0["id"] as? String } == ["r1"])
    #expect(rows.first?["outlet"] as? String == "Test Wire")
  }

  @Test func thePackageRootIsFoundFromTheTestFile() {
    let root = PackageRoot.url()
    #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("Package.swift").path))
    #expect(PackageRoot.url("Examples/corpus").path == root.path + "/Examples/corpus")
  }
}
