import Testing

@testable import BylineEntities

@Suite struct ResolutionWordsTests {
  @Test func readsListsByName() {
    let words = ResolutionWords(
      parsing:
        "# comment\nlist\tword\nstate-noun\tcabinet\nstate-noun\tministry\nacronym-skip\tof\nbroken line\n")
    #expect(words.words(in: "state-noun") == ["cabinet", "ministry"])
    #expect(words.words(in: "acronym-skip") == ["of"])
    #expect(words.words(in: "organization-designator").isEmpty)
  }

  @Test func theBundledListsFeedTheResolver() {
    #expect(EntityResolver.acronymStopWords.contains("of"))
    #expect(EntityResolver.stateNouns.contains("government"))
    #expect(EntityResolver.organizationDesignators.contains("holdings"))
  }
}
