import BylineCore
import BylineEntities
import BylineSampleCorpus
import Foundation
import Testing

/// Resolution on the bundled sample corpus: three stories from five outlets, one of them
/// machine translated, with names in several spellings.
@Suite struct SampleCorpusEntitiesTests {
  static let key = EntityResolutionKey(
    groups: [
      ["Tomasz Wrobel", "Tomasz Wróbel", "Wrobel"], ["Harriet Sowande", "Harriet Sovande"],
      ["Yusuf Haddad", "Youssef Haddad", "Haddad"], ["Elspeth Marrow", "Marrow"],
      ["Dmitri Arkhangelov", "Arkhangelov"], ["Annelise Drummond", "Madam Annelise Drummond"],
      ["Gunnar Leith", "Leith"], ["Norvane Chemicals", "Norvane"],
    ],
    apart: [("Brenmark", "Brenholm"), ("Estravia", "Estravian"), ("Declan Forde", "Henrike Aalund")])

  @Test func everyAliasGroupOfTheKeyIsOneEntityAndNoTwoPeopleMerge() async throws {
    let directory = try #require(SampleCorpus.directory)
    let entities = try await EntityResolutionKey.resolve([directory])
    Self.key.check(entities)
  }
}
