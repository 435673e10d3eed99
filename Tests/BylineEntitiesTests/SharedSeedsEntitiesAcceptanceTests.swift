import BylineCore
import BylineEntities
import BylineTesting
import Foundation
import Testing

/// Acceptance on ../shared/seeds: five reports of one event from five outlets, some machine
/// translated, with names spelled several ways.
@Suite(.enabled(if: AcceptanceData.isAvailable("seeds"), Comment(rawValue: AcceptanceData.skipMessage)))
struct SharedSeedsEntitiesAcceptanceTests {
  static let seeds = AcceptanceData.url("seeds").path

  static let key = EntityResolutionKey(
    groups: [
      ["Vladimir Putin", "Putin"], ["Joe Biden", "Biden"], ["Jen Psaki", "Jen Zaki", "Jen Zhaki"],
      ["Yuri Ushakov", "Ushakov"], ["Dmitry Peskov", "Peskov"], ["NATO", "Nato"],
      ["OSCE", "Organization for Security and Cooperation in Europe"], ["US", "U.S.", "United States"],
      ["Russia"], ["Moscow"], ["Ukraine"],
    ],
    apart: [
      ("Putin", "Biden"), ("Ushakov", "Peskov"), ("Jen Psaki", "Biden"), ("Moscow", "Russia"),
    ])

  @Test func everyAliasGroupOfTheKeyIsOneEntityAndNoTwoPeopleMerge() async throws {
    try #require(FileManager.default.fileExists(atPath: Self.seeds), "../shared/seeds is missing")
    let entities = try await EntityResolutionKey.resolve([Self.seeds])
    Self.key.check(entities)
  }

  @Test func aCapitalStandingForItsGovernmentIsACityNotASecondCountry() async throws {
    try #require(FileManager.default.fileExists(atPath: Self.seeds), "../shared/seeds is missing")
    let entities = try await EntityResolutionKey.resolve([Self.seeds])
    let moscow = try #require(EntityResolutionKey.entities(named: "Moscow", in: entities).first)
    let russia = try #require(EntityResolutionKey.entities(named: "Russia", in: entities).first)
    #expect(moscow.kind == .location)
    #expect(!moscow.knowledgeBaseIDs.isEmpty)
    #expect(moscow.knowledgeBaseIDs != russia.knowledgeBaseIDs)
    #expect(moscow.id != russia.id)
    let countries = entities.filter { $0.knowledgeBaseIDs == russia.knowledgeBaseIDs }
    #expect(countries.count == 1)
  }

  @Test func demonymsStayApartFromTheirCountriesExceptWhereTheyNameTheState() async throws {
    try #require(FileManager.default.fileExists(atPath: Self.seeds), "../shared/seeds is missing")
    let entities = try await EntityResolutionKey.resolve([Self.seeds])
    // Russia's GeoNames id.
    let russia = try #require(entities.first { $0.knowledgeBaseIDs["geonames"] == "2017370" })
    let demonym = try #require(entities.first { $0.canonicalName == "Russian" })
    #expect(demonym.id != russia.id)
    #expect(demonym.kind == .miscellaneous)
    // "Russian troops", "the Russian president": the adjective; most of its uses are these.
    let asAdjective = demonym.aliasCounts.first { $0.name == "Russian" }?.count ?? 0
    let asState = russia.aliasCounts.filter { $0.name.hasPrefix("Russian") }.map(\.count).reduce(0, +)
    #expect(asAdjective > 2 * asState, "\(demonym.aliasCounts) / \(russia.aliasCounts)")
  }

  @Test func peopleCarryTheirRolesAndNameBasedIDs() async throws {
    try #require(FileManager.default.fileExists(atPath: Self.seeds), "../shared/seeds is missing")
    let entities = try await EntityResolutionKey.resolve([Self.seeds])
    let putin = try #require(EntityResolutionKey.entities(named: "Putin", in: entities).first)
    #expect(putin.kind == .person)
    #expect(putin.canonicalName == "Vladimir Putin")
    // No people are listed in the bundled gazetteer: the id comes from the name.
    #expect(putin.id == "person:vladimir-putin")
    #expect(putin.knowledgeBaseIDs.isEmpty)
    #expect(putin.roles.contains { $0.lowercased().contains("president") }, "\(putin.roles)")
    #expect(putin.articles.count == 5)
    let psaki = try #require(EntityResolutionKey.entities(named: "Jen Zaki", in: entities).first)
    #expect(psaki.roles.contains { $0.lowercased() == "press secretary" }, "\(psaki.roles)")
  }
}
