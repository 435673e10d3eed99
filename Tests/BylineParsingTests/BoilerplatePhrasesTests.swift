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
    #expect {
      try BoilerplatePhrases(parsing: "prefix\tsharing\tshare this\nsuffix\tsharing\tshared\n")
    } throws: { error in
      (error as? BoilerplatePhrases.FormatError)?.line == 2
    }
    #expect {
      try BoilerplatePhrases(parsing: "prefix\tsharing\n")
    } throws: { error in
      (error as? BoilerplatePhrases.FormatError)?.line == 1
    }
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
