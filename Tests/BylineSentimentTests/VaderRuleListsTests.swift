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
    #expect {
      try VaderRuleLists(parsing: "negation\tnever\t\nintensifier\tvery\t0.293\n")
    } throws: { error in
      (error as? VaderRuleLists.FormatError)?.line == 2
    }
    #expect {
      try VaderRuleLists(parsing: "special-case\tover the moon\thigh\n")
    } throws: { error in
      (error as? VaderRuleLists.FormatError)?.problem.contains("not a number") == true
    }
  }

  @Test func theBundledTableHasVadersListSizes() {
    // vaderSentiment 3.3.2: 59 negations, 84 booster entries (60 up, 24 down), 9 special cases.
    #expect(VaderRules.negations.count == 59)
    #expect(VaderRules.boosters.count + VaderRules.dampeners.count == 84)
    #expect(VaderRules.specialCases.count == 9)
  }
}
