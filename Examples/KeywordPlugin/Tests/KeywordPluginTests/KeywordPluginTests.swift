import BylineCommands
import BylineCore
import BylineTesting
import KeywordPlugin
import Testing

/// Proves that the public API is enough: a plugin from another module registers, runs in a
/// pipeline, contributes a command, and is tested with the testing kit.
@Suite struct KeywordPluginTests {
  @Test func findsTheMostFrequentContentWords() async throws {
    let harness = try PluginHarness(testing: KeywordPlugin(limit: 2))
    let result = try await harness.run([
      ArticleFixtures.article("Sanctions and talks. The talks on sanctions; sanctions again."),
      ArticleFixtures.article("Rates rose as rates rose."),
    ])
    try result.requireNoFailures()
    #expect(
      try result.annotation(KeywordsKey.self, on: 0) == [
        Keyword(term: "sanctions", count: 3), Keyword(term: "talks", count: 2),
      ])
    #expect(try result.annotation(KeywordsKey.self, on: 1).map(\.term) == ["rates", "rose"])
  }

  @Test func settingsOverrideTheLimit() async throws {
    let pipeline = Pipeline(
      plan: try PluginRegistry([KeywordPlugin()]).plan(),
      options: .init(pluginSettings: ["keywords": ["limit": "1"]]))
    let analyzed = await pipeline.analyze(ArticleFixtures.article("Alpha beta beta gamma."))
    #expect(analyzed.article.annotations[KeywordsKey.self] == [Keyword(term: "beta", count: 2)])
  }

  @Test func itsCommandParsesRunsAndDocumentsItself() async throws {
    let registry = try PluginRegistry([KeywordPlugin()])
    let (plugin, type) = try #require(registry.commands.first)
    #expect(plugin == "keywords")
    #expect(type.configuration.commandName == "keywords")
    #expect(type.helpMessage().contains("--limit <limit>"))
    #expect(type.examples.count == 2)

    let command = try #require(try type.parseAsRoot(["--limit", "1"]) as? any ShellCommand)
    let articles = [ArticleFixtures.article("Ports, ports and fires.", title: "Fire")]
    let output = try await command.run(
      in: CommandContext(input: .articles(articles), corpus: Corpus(articles), registry: registry))
    guard case .table(let table) = output else {
      Issue.record("expected a table, got \(output)")
      return
    }
    #expect(table.columns == ["id", "title", "keywords"])
    #expect(table.rows.first?[2] == .string("ports"))

    #expect(throws: (any Error).self) { try type.parseAsRoot(["--limit", "many"]) }
  }
}
