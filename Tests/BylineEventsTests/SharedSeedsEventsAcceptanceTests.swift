import BylineCore
import BylineEntities
import BylineParsing
import BylineTesting
import Foundation
import Testing

@testable import BylineEvents

/// Acceptance on ../shared/seeds: five reports of one telephone call, three without a date of
/// their own, which also announce talks on later days in other cities.
@Suite(.enabled(if: AcceptanceData.isAvailable("seeds"), Comment(rawValue: AcceptanceData.skipMessage)))
struct SharedSeedsEventsAcceptanceTests {
  static let seeds = AcceptanceData.url("seeds").path

  static func fuse() async throws -> (events: [FusedEvent], articles: [NewsArticle]) {
    try #require(FileManager.default.fileExists(atPath: seeds), "../shared/seeds is missing")
    let loaded = try await ArticleLoader(readers: ParsingPlugin().readers).load([seeds])
    let registry = try PluginRegistry([
      ParsingPlugin(), EntitiesPlugin(), EntityResolutionPlugin(), EventsPlugin(), EventFusionPlugin(),
    ])
    let result = try await Pipeline(plan: registry.plan(providing: [.events])).run(Corpus(loaded.articles))
    #expect(result.failures.isEmpty)
    return (result.corpus.annotations[FusedEventsKey.self] ?? [], result.corpus.articles)
  }

  @Test func theCallIsOneEventWithItsDateAndAllFiveSources() async throws {
    let (events, articles) = try await Self.fuse()
    let calls = events.filter { $0.event.type == .call && $0.event.time?.iso8601 == "2021-12-30" }
    try #require(calls.count == 1, "\(events.map { ($0.event.type, $0.event.time?.iso8601 ?? "-") })")
    let call = calls[0].event
    #expect(Set(call.sources.map(\.articleID)) == Set(articles.map(\.id)))
    #expect(call.evidence.count >= 5)
    let names = Set(call.participants.map(\.name))
    #expect(names.contains { $0.contains("Putin") }, "\(names)")
    // The earlier call of December 7 stays apart.
    let earlier = events.filter { $0.event.type == .call && $0.event.time?.iso8601 == "2021-12-07" }
    #expect(earlier.count == 1)
  }

  @Test func theLaterTalksHaveTheirDatesAndPlaces() async throws {
    let (events, _) = try await Self.fuse()
    func event(on day: String) -> NewsEvent? {
      events.map(\.event).first {
        $0.time?.iso8601 == day && EventFusion.families[0].contains($0.type)
      }
    }
    #expect(event(on: "2022-01-10") != nil)
    #expect(event(on: "2022-01-12")?.location?.name == "Brussels")
    #expect(event(on: "2022-01-13")?.location?.name == "Vienna")
  }

  @Test func theSourcesDisagreeOnHowLongTheCallLasted() async throws {
    let (events, _) = try await Self.fuse()
    let call = try #require(events.first { $0.event.type == .call && $0.event.time?.iso8601 == "2021-12-30" })
    let duration = try #require(
      DisagreementFinder().disagreements(in: call).first { $0.attribute == "duration" })
    let values = duration.values.map(\.value)
    #expect(values.contains { $0.contains("50") }, "\(values)")
    #expect(values.contains { $0.contains("hour") }, "\(values)")
    #expect(duration.values.allSatisfy { !$0.sources.isEmpty })
  }
}
