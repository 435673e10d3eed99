import BylineCore
import BylineTesting
import Testing

@Suite struct PluginRegistryTests {
  @Test func ordersByRequirementsAndKeepsRegistrationOrderOtherwise() throws {
    let registry = try PluginRegistry([
      TestPlugin("sentiment", requires: [.sentences], provides: [.sentiment]),
      TestPlugin("summaries", requires: [.sentences, .sentiment], provides: [.summaries]),
      TestPlugin("sentences", requires: [.paragraphs], provides: [.sentences]),
      TestPlugin("independent", provides: ["other"]),
      TestPlugin("paragraphs", provides: [.paragraphs]),
    ])
    let plan = try registry.plan()
    #expect(plan.pluginNames == ["independent", "paragraphs", "sentences", "sentiment", "summaries"])
  }

  @Test func plansOnlyWhatIsNeeded() throws {
    let registry = try PluginRegistry([
      TestPlugin("entities", requires: [.sentences], provides: [.entities]),
      TestPlugin("sentences", provides: [.sentences]),
      TestPlugin("sentiment", requires: [.sentences], provides: [.sentiment]),
    ])
    #expect(try registry.plan(running: ["sentiment"]).pluginNames == ["sentences", "sentiment"])
    #expect(try registry.plan(providing: [.entities]).pluginNames == ["sentences", "entities"])
    #expect(
      try registry.plan(providing: [.sentiment], available: [.sentences]).pluginNames == ["sentiment"])
    #expect(try registry.plan(providing: [.text]).pluginNames.isEmpty)
  }

  @Test func refusesDuplicates() throws {
    var registry = PluginRegistry()
    try registry.register(TestPlugin("sentiment"))
    #expect(throws: PluginRegistryError.duplicatePlugin(name: "sentiment")) {
      try registry.register(TestPlugin("sentiment", provides: [.sentiment]))
    }
    #expect(registry.plugins.count == 1)
  }

  @Test func reportsAMissingRequirementNamingThePlugin() throws {
    let registry = try PluginRegistry([TestPlugin("quotes", requires: [.entities, .sentences])])
    let error = #expect(throws: PluginRegistryError.self) { try registry.plan() }
    #expect(error == .missingRequirement(plugin: "quotes", capability: .entities))
    #expect(error?.description == "plugin 'quotes' requires 'entities', which no registered plugin provides")
    #expect(throws: PluginRegistryError.missingRequirement(plugin: "(requested)", capability: .events)) {
      try registry.plan(providing: [.events])
    }
    #expect(throws: PluginRegistryError.unknownPlugin(name: "nope")) {
      try registry.plan(running: ["nope"])
    }
  }

  @Test func reportsACycleNamingEveryPluginInIt() throws {
    let registry = try PluginRegistry([
      TestPlugin("source", provides: ["s"]),
      TestPlugin("a", requires: ["c"], provides: ["a"]),
      TestPlugin("b", requires: ["a", "s"], provides: ["b"]),
      TestPlugin("c", requires: ["b"], provides: ["c"]),
    ])
    let error = #expect(throws: PluginRegistryError.self) { try registry.plan() }
    guard case .dependencyCycle(let names) = error else {
      Issue.record("expected a cycle, got \(String(describing: error))")
      return
    }
    #expect(names.count == 4)
    #expect(names.first == names.last)
    #expect(Set(names) == ["a", "b", "c"])
    #expect(error?.description.contains(" -> ") == true)
  }

  @Test func aPluginMayRequireWhatItProvides() throws {
    let registry = try PluginRegistry([TestPlugin("self", requires: ["x"], provides: ["x"])])
    #expect(try registry.plan().pluginNames == ["self"])
  }

  @Test func collectsReadersAndCommands() throws {
    struct ReaderPlugin: Plugin {
      var name: String { "reader" }
      var readers: [any ArticleReader] { [PlainTextArticleReader()] }
    }
    let registry = try PluginRegistry([ReaderPlugin(), TestPlugin("other")])
    #expect(registry.readers.map(\.format) == ["text"])
    #expect(registry.commands.isEmpty)
    #expect(registry.providers(of: .sentiment).isEmpty)
  }
}
