import BylineCore
import BylineEvents
import BylineParsing
import BylineTesting
import Foundation
import Testing

/// The events plugins read entities only through the core's keys, so a plugin of anyone's making
/// that writes those keys can stand in for the bundled entities plugins.
@Suite struct PluginSwapTests {
  /// The names the stand-in recognizer knows, with their kinds and the role stated with them.
  static let known: [(name: String, kind: EntityKind, role: String?)] = [
    ("Orla Vennick", .person, "harbour warden"), ("Tessaly Ferry Guild", .organization, nil),
    ("Marrowgate", .location, nil),
  ]

  /// A stand-in for the entities plugin: every occurrence of a known name is a mention, and every
  /// "harbour warden" a role phrase.
  static let mentions = TestPlugin(
    "list-names", requires: [.sentences], provides: [.entityMentions, .annotation(EntityMentionsKey.self)]
  ) { article in
    var found: [EntityMention] = []
    for entry in known {
      for range in article.body.ranges(of: entry.name) {
        let span = TextSpan(range, in: article.body)
        let sentence = article.sentences.firstIndex { $0.contains(span) } ?? 0
        found.append(
          EntityMention(
            span: span, text: entry.name, kind: entry.kind, confidence: 1, sentence: sentence,
            role: entry.role))
      }
    }
    article.annotations[EntityMentionsKey.self] = found.sorted { $0.span < $1.span }
    article.annotations[RolePhrasesKey.self] = article.body.ranges(of: "harbour warden").map {
      RolePhrase(span: TextSpan($0, in: article.body), text: "harbour warden", group: "maritime")
    }
  }

  /// A stand-in for entity resolution: one entity per known name, with an id of its own making.
  static let resolution = TestPlugin(
    "one-entity-per-name", requires: [.entityMentions],
    provides: [.entities, .annotation(CorpusEntitiesKey.self)],
    scope: .corpus,
    corpusWork: { corpus in
      corpus.annotations[CorpusEntitiesKey.self] = known.map { entry in
        let occurrences = corpus.articles.flatMap { article in
          (article.annotations[EntityMentionsKey.self] ?? []).filter { $0.text == entry.name }.map {
            EntityOccurrence(articleID: article.id, sentence: $0.sentence, span: $0.span, text: $0.text)
          }
        }
        return NamedEntity(
          id: EntityID("listed:" + entry.name.lowercased().replacing(" ", with: "-")),
          canonicalName: entry.name,
          kind: entry.kind,
          mentions: occurrences.map { Mention(articleID: $0.articleID, span: $0.span, text: $0.text) },
          occurrences: occurrences, articles: Array(Set(occurrences.map(\.articleID))).sorted(),
          roles: entry.role.map { [$0] } ?? [])
      }
    })

  static let article = NewsArticle(
    id: ArticleID("harbour-1"), title: "Ferry talks",
    body: """
      Orla Vennick, the harbour warden, met the Tessaly Ferry Guild in Marrowgate on 3 March 2025.

      “The quay will reopen by spring,” the harbour warden said.
      """,
    outlet: "Quay Herald")

  @Test func eventsAndQuotesRunOnEntitiesFromAnotherPlugin() async throws {
    let registry = try PluginRegistry([
      ParsingPlugin(), Self.mentions, Self.resolution, EventsPlugin(), EventFusionPlugin(),
    ])
    #expect(!registry.plugins.contains { ["entities", "entity-resolution"].contains($0.name) })
    let result = try await Pipeline(plan: registry.plan(providing: [.events, .quotes])).run(
      Corpus([Self.article]))
    #expect(result.failures.isEmpty, "\(result.failures)")

    let events = (result.corpus.annotations[FusedEventsKey.self] ?? []).map(\.event)
    let meeting = try #require(events.first { $0.type == .meeting })
    #expect(meeting.location?.name == "Marrowgate")
    #expect(meeting.location?.entityID == EntityID("listed:marrowgate"))
    let participants = Set(meeting.participants.compactMap(\.entityID))
    #expect(participants == [EntityID("listed:orla-vennick"), EntityID("listed:tessaly-ferry-guild")])
    #expect(meeting.time?.iso8601.hasPrefix("2025-03-03") == true)

    // "the harbour warden" is a speaker because the stand-in published the role phrase, and it is
    // Orla Vennick because she is the one person stated to hold that role.
    let article = try #require(result.corpus.articles.first)
    let entities = result.corpus.annotations[CorpusEntitiesKey.self] ?? []
    let quote = try #require(QuoteExtractor().quotes(in: [article], entities: entities).first { $0.isDirect })
    #expect(quote.text.contains("The quay will reopen by spring"))
    #expect(quote.speakerName == "the harbour warden")
    #expect(quote.speakerEntityID == EntityID("listed:orla-vennick"))

    var withoutRoles = article
    withoutRoles.annotations.removeValue(for: RolePhrasesKey.self)
    let unlinked = QuoteExtractor().quotes(in: [withoutRoles], entities: entities).first { $0.isDirect }
    #expect(unlinked?.speakerEntityID == nil)
  }
}
