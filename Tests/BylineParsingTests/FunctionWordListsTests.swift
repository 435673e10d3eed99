import Testing

@testable import BylineParsing

@Suite struct FunctionWordListsTests {
  @Test func readsOneListPerRowInFileOrder() {
    let lists = FunctionWordLists(parsing: "# comment\nxx\talpha beta\nyy\tgamma\nno tab here\n")
    #expect(lists.lists.map(\.code) == ["xx", "yy"])
    #expect(lists.words(of: "xx") == ["alpha", "beta"])
    #expect(lists.words(of: "zz").isEmpty)
  }

  @Test func theBundledFileHasEveryLanguageTheDetectorNames() {
    let codes = Set(FunctionWordLists.bundled.lists.map(\.code))
    #expect(
      codes.isSuperset(of: ["en", "es", "de", "fr", "pt", "ru", "it", "nl", "ru-only", "cyrillic-other"]))
    #expect(
      LanguageDetector.detect("The minister said that the talks were over and that they would go home.")
        == "en")
  }
}
