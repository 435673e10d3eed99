import BylineCore
import Testing

@testable import BylineParsing

@Suite struct BoilerplatePhrasesTests {
  @Test func readsTheThreeKindsOfMatchGroupedByReason() throws {
    let phrases = try BoilerplatePhrases(
      parsing: """
        # a comment
        match\treason\tphrase
        prefix\trelated-links\tsee also
        prefix\tsharing\tshare this
        prefix\trelated-links\tread more
        line\tsite-furniture\tmenu
        contains\tcookie-notice\twe use cookies

        """)
    #expect(phrases.prefixes.map(\.1) == ["related-links", "sharing"])
    #expect(phrases.prefixes.first?.0 == ["see also", "read more"])
    #expect(phrases.wholeLines == ["menu"])
    #expect(phrases.containedPhrases.map(\.1) == ["cookie-notice"])
  }

  @Test func namesTheLineOfAMalformedEntry() {
    let unknown = #expect(throws: BylineError.self) {
      try BoilerplatePhrases(parsing: "prefix\tsharing\tshare this\nsuffix\tsharing\tshared\n")
    }
    #expect(unknown?.code == .invalidData)
    #expect(unknown?.location == InputLocation(file: "boilerplate-phrases.tsv", line: 2, column: 1))
    #expect(unknown?.length == 6)
    #expect(unknown?.message.hasPrefix("unknown match 'suffix'") == true)
    let short = #expect(throws: BylineError.self) {
      try BoilerplatePhrases(parsing: "prefix\tsharing\n", file: "phrases.tsv")
    }
    #expect(short?.code == .invalidData)
    #expect(short?.location == InputLocation(file: "phrases.tsv", line: 1, column: 1))
  }

  @Test func theBundledFileLoadsEveryKind() {
    let bundled = BoilerplatePhrases.bundled
    #expect(!bundled.prefixes.isEmpty)
    #expect(!bundled.wholeLines.isEmpty)
    #expect(!bundled.containedPhrases.isEmpty)
    #expect(BoilerplateRules.reason(forLine: "Read more", position: .body) == "related-links")
    #expect(
      BoilerplateRules.reason(forLine: "We use cookies to improve the site.", position: .body)
        == "cookie-notice")
  }
}
