import BylineCore
import BylineEntities
import Testing

@Suite struct RoleTests {
  let extractor = RoleExtractor(gazetteer: ResolutionFixture.gazetteer)

  /// The role the extractor finds for the mention written `name` in `body`.
  private func role(of name: String, in body: String) throws -> String? {
    let article = ResolutionFixture.article("r", body, [(name, .person)])
    let mention = try #require(article.annotations[EntityMentionsKey.self]?.first)
    return extractor.role(for: mention, in: article)
  }

  @Test func titleBeforeTheNameSkipsTheNationality() throws {
    #expect(try role(of: "Ilsa Dravnik", in: "Veldorian President Ilsa Dravnik arrived.") == "President")
  }

  @Test func longestTitleBeforeTheNameIsKeptAsWritten() throws {
    #expect(
      try role(of: "Tovin Raskel", in: "Talks led by Foreign Minister Tovin Raskel stalled.")
        == "Foreign Minister")
    #expect(
      try role(of: "Bera Lunquist", in: "Harbour press secretary Bera Lunquist declined.")
        == "press secretary")
  }

  @Test func roleInAnAppositiveAfterTheName() throws {
    #expect(
      try role(of: "Yorr Tadesk", in: "Yorr Tadesk, Veldoria's foreign policy adviser, said no.")
        == "foreign policy adviser")
    #expect(
      try role(of: "Bera Lunquist", in: "Bera Lunquist, the Harbour press secretary, said no.")
        == "press secretary")
    #expect(
      try role(of: "Tovin Raskel", in: "Tovin Raskel, the ministry spokesman, declined.") == "spokesman")
  }

  @Test func appositiveAtTheEndOfTheSentence() throws {
    #expect(
      try role(of: "Ava Brill", in: "The remark came from Ava Brill, the spokeswoman. Nobody else spoke.")
        == "spokeswoman")
  }

  @Test func titleInsideTheMention() throws {
    #expect(try role(of: "President Dravnik", in: "President Dravnik arrived.") == "President")
  }

  @Test func noRoleWhenNoneIsStatedNextToTheName() throws {
    #expect(try role(of: "Ava Brill", in: "Ava Brill, who advised the minister, left.") == nil)
    #expect(try role(of: "Ava Brill", in: "He met the minister, Ava Brill said.") == nil)
    #expect(try role(of: "Ava Brill", in: "The president left. Ava Brill stayed.") == nil)
    #expect(try role(of: "Ava Brill", in: "Ava Brill laughed.") == nil)
  }

  @Test func resolutionCountsRolesMostUsedFirstAndKeepsRecordedOnes() throws {
    let articles = [
      ResolutionFixture.article(
        "a1", "Ilsa Dravnik, the spokeswoman, spoke. Dravnik, the Council chair, left.",
        [("Ilsa Dravnik", .person), ("Dravnik", .person)], roles: [1: "Council chair"]),
      ResolutionFixture.article(
        "a2", "Spokeswoman Ilsa Dravnik spoke again.", [("Ilsa Dravnik", .person)]),
    ]
    let entities = ResolutionFixture.resolver.resolve(articles)
    let entity = try #require(entities.first)
    #expect(entities.count == 1)
    // "spokeswoman" and "Spokeswoman" count as one role, written the way that sorts first.
    #expect(entity.roles == ["Spokeswoman", "Council chair"])
  }

  @Test func sharedRoleRaisesConfidenceOfAMerge() throws {
    let withRole = ResolutionFixture.resolver.resolve([
      ResolutionFixture.article("a1", "Spokesman Dmitriy Volostov spoke.", [("Dmitriy Volostov", .person)]),
      ResolutionFixture.article("a2", "Spokesman Dmitri Volostoff spoke.", [("Dmitri Volostoff", .person)]),
    ])
    let withoutRole = ResolutionFixture.resolver.resolve([
      ResolutionFixture.article("a1", "Dmitriy Volostov spoke.", [("Dmitriy Volostov", .person)]),
      ResolutionFixture.article("a2", "Dmitri Volostoff spoke.", [("Dmitri Volostoff", .person)]),
    ])
    let raised = try #require(withRole.first)
    let plain = try #require(withoutRole.first)
    #expect(withRole.count == 1 && withoutRole.count == 1)
    #expect(raised.confidence > plain.confidence)
    #expect(raised.roles == ["Spokesman"])
  }
}
