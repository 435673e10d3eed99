import BylineCore
import Testing

@testable import BylineEvents

/// The events plugin's data files: read once, in the forms their headers state.
@Suite struct EventDataFileTests {
  @Test func aTaxonomyFileGivesItsTriggers() throws {
    let taxonomy = try EventTaxonomy(
      tsv: """
        # an invented domain
        phrase\ttype\tneedsDeterminer
        regatta\tsport.race\tno
        sail past\tsport.parade\tno
        race\tsport.race\tyes
        """)
    #expect(taxonomy.types == [EventType(rawValue: "sport.parade"), EventType(rawValue: "sport.race")])
    let matches = taxonomy.matches(in: ["the", "regatta", "and", "a", "sail", "past", "race", "on"])
    #expect(matches.map(\.range) == [1..<2, 4..<6])
    #expect(taxonomy.matches(in: ["a", "race"]).map(\.type) == [EventType(rawValue: "sport.race")])
  }

  @Test func aMalformedTaxonomyLineIsNamed() {
    let error = #expect(throws: BylineError.self) {
      try EventTaxonomy(tsv: "phrase\ttype\tneedsDeterminer\nregatta\tsport.race\n", file: "sport.tsv")
    }
    #expect(error?.code == .invalidData)
    #expect(error?.location == InputLocation(file: "sport.tsv", line: 2, column: 1))
    #expect(error?.sourceLine == "regatta\tsport.race")
  }

  @Test func theBundledTaxonomyCoversItsTypes() {
    let types = Set(EventTaxonomy.standard.types)
    for type in [EventType.call, .meeting, .agreement, .sanction, .attack, .disaster, .death, .visit] {
      #expect(types.contains(type), "no trigger for \(type.rawValue)")
    }
  }

  @Test func currenciesComeWithTheirISOCodes() {
    #expect(QuantityExtractor.currencies["zloty"] == "PLN")
    #expect(QuantityExtractor.currencies["dollars"] == "USD")
    #expect(QuantityExtractor.currencies["us$"] == "USD")
    #expect(QuantityExtractor.currencySymbols.first?.symbol == "US$")
    #expect(QuantityExtractor.currencies.values.allSatisfy { $0.count == 3 && $0 == $0.uppercased() })
    let amounts = QuantityExtractor().quantities(in: "The port paid 40 million zlotys and $2.3bn.")
    #expect(amounts.map(\.unit) == ["PLN", "USD"])
    #expect(amounts.map(\.value) == [40_000_000, 2_300_000_000])
  }

  @Test func wordListsAreReadBySection() {
    let file = WordListFile(
      text: """
        # comment
        [first]
        alpha beta
        gamma
        [second]
        delta
        """)
    #expect(file.words("first") == ["alpha", "beta", "gamma"])
    #expect(file.words("second") == ["delta"])
    #expect(QuoteLexicon.speechVerbs.contains("said"))
    #expect(QuoteLexicon.nameParticles.contains("van"))
  }
}
