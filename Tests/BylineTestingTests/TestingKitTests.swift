import BylineCore
import BylineTesting
import Testing

enum FlagKey: AnnotationKey { typealias Value = Bool }

@Suite struct TestingKitTests {
  @Test func harnessRunsThePluginWithItsHelpers() async throws {
    let helper = TestPlugin("marker", provides: ["marked"]) { $0.title = "marked" }
    let plugin = TestPlugin("flagger", requires: ["marked"], provides: [.annotation(FlagKey.self)]) {
      $0.annotations[FlagKey.self] = $0.title == "marked"
    }
    let harness = try PluginHarness(testing: plugin, helpers: [helper, TestPlugin("unrelated")])
    #expect(harness.plan.pluginNames == ["marker", "flagger"])
    let result = try await harness.run([ArticleFixtures.article("Body.")])
    try result.requireNoFailures()
    #expect(try result.annotation(FlagKey.self, on: 0) == true)
    #expect(plugin.analyzedArticleIDs == [result.articles[0].id])
  }

  @Test func harnessErrorsSayWhatWasFoundInstead() async throws {
    let plugin = TestPlugin("failing") { _ in throw InjectedFailure("boom") }
    let result = try await PluginHarness(testing: plugin).run([ArticleFixtures.article("x", id: "a1")])
    let missing = #expect(throws: HarnessError.self) { try result.annotation(FlagKey.self, on: 0) }
    #expect(missing?.description.contains("article 0 (a1) has no 'FlagKey' annotation; it has none") == true)
    #expect(missing?.description.contains("boom") == true)
    let outOfRange = #expect(throws: HarnessError.self) { try result.annotation(FlagKey.self, on: 5) }
    #expect(outOfRange?.description == "no article at index 5; the run has 1")
    #expect(throws: HarnessError.self) { try result.requireNoFailures() }
    #expect(throws: HarnessError.self) { try result.corpusAnnotation(FlagKey.self) }
  }

  @Test func harnessReportsMissingHelpers() {
    #expect(throws: PluginRegistryError.missingRequirement(plugin: "needy", capability: .entities)) {
      try PluginHarness(testing: TestPlugin("needy", requires: [.entities]))
    }
  }

  @Test func fixturesAreDistinctAndWellFormed() {
    let corpus = ArticleFixtures.corpus(count: 20)
    #expect(Set(corpus.map(\.id)).count == 20)
    #expect(corpus.allSatisfy { $0.paragraphs == [TextSpan(start: 0, end: $0.body.utf8.count)] })
    let article = ArticleFixtures.article("One.\n\nTwo.", outlet: "Wire")
    #expect(article.paragraphs.count == 2)
    #expect(article.outlet == "Wire")
  }

  @Test func articleStreamCountsWhatIsPulled() async throws {
    let stream = ArticleStream(ArticleFixtures.corpus(count: 3).articles, delay: .milliseconds(1))
    var iterator = stream.makeAsyncIterator()
    _ = try await iterator.next()
    #expect(stream.pulled.value == 1)
    var count = 1
    while try await iterator.next() != nil { count += 1 }
    #expect(count == 3 && stream.pulled.value == 3)
  }
}
