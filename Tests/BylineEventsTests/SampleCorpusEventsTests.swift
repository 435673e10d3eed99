import BylineCore
import BylineEntities
import BylineParsing
import BylineSampleCorpus
import Foundation
import Testing

@testable import BylineEvents

/// Events in the bundled sample corpus: the fishing agreement reported by four outlets.
@Suite struct SampleCorpusEventsTests {
  @Test func theAgreementReportedByFourOutletsIsOneEventInItsPlace() async throws {
    let directory = try #require(SampleCorpus.directory)
    let loaded = try await ArticleLoader(readers: ParsingPlugin().readers).load([directory])
    let registry = try PluginRegistry([
      ParsingPlugin(), EntitiesPlugin(), EntityResolutionPlugin(), EventsPlugin(), EventFusionPlugin(),
    ])
    let result = try await Pipeline(plan: registry.plan(providing: [.events])).run(Corpus(loaded.articles))
    let events = (result.corpus.annotations[FusedEventsKey.self] ?? []).map(\.event)
    let agreement = try #require(
      events.filter { $0.type == .agreement }.max { $0.sources.count < $1.sources.count })
    #expect(agreement.sources.count >= 4)
    #expect(agreement.location?.name == "Lisbon")
    #expect(agreement.time?.iso8601.hasPrefix("2025-04") == true)
    // Every event's sources are distinct articles of the corpus, and its evidence is in them.
    let ids = Set(result.corpus.articles.map(\.id))
    for event in events {
      #expect(Set(event.sources.map(\.articleID)).count == event.sources.count)
      #expect(event.evidence.allSatisfy { ids.contains($0.articleID) })
    }
  }
}
