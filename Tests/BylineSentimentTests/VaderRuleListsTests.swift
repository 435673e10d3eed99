import BylineCore
import Testing

@testable import BylineSentiment

@Suite struct VaderRuleListsTests {
  @Test func readsEveryKindOfRule() throws {
    let lists = try VaderRuleLists(
      parsing: """
        # comment
        kind\tphrase\tvalue
        negation\tnever\t
        booster\tvery\t0.293
        dampener\tsort of\t-0.293
        special-case\tover the moon\t2.5

        """)
    #expect(lists.negations == ["never"])
    #expect(lists.boosters == ["very"])
    #expect(lists.dampeners == ["sort of"])
    #expect(lists.specialCases.map(\.phrase) == ["over the moon"])
    #expect(lists.specialCases.map(\.valence) == [2.5])
  }

  @Test func namesTheLineOfABadRow() {
    let unknown = #expect(throws: BylineError.self) {
      try VaderRuleLists(parsing: "negation\tnever\t\nintensifier\tvery\t0.293\n", file: "rules.tsv")
    }
    #expect(unknown?.code == .invalidData)
    #expect(unknown?.location == InputLocation(file: "rules.tsv", line: 2, column: 1))
    #expect(unknown?.message == "unknown kind 'intensifier'")
    let notANumber = #expect(throws: BylineError.self) {
      try VaderRuleLists(parsing: "special-case\tover the moon\thigh\n")
    }
    #expect(notANumber?.code == .invalidData)
    #expect(notANumber?.location == InputLocation(file: "vader_rules.tsv", line: 1, column: 28))
    #expect(notANumber?.message.contains("not a number") == true)
    #expect(notANumber?.sourceLine == "special-case\tover the moon\thigh")
  }

  @Test func theBundledTableHasVadersListSizes() {
    // vaderSentiment 3.3.2: 59 negations, 84 booster entries (60 up, 24 down), 9 special cases.
    #expect(VaderRules.negations.count == 59)
    #expect(VaderRules.boosters.count + VaderRules.dampeners.count == 84)
    #expect(VaderRules.specialCases.count == 9)
  }
}
