import BylineCore
import BylineEntities
import BylineEntityTone
import BylineSentiment
import Testing

@Suite struct ToneTests {
  let analysis = EntityToneAnalysis(scorer: SentimentAnalysis())
  let scorer = SentimentAnalysis().scorer

  @Test func theEntitysOwnNameIsMaskedBeforeScoring() throws {
    let article = ResolutionFixture.article(
      "t1", "Happy Valley Trust is a terrible villain.", [("Happy Valley Trust", .organization)])
    let entity = try #require(ResolutionFixture.resolver.resolve([article]).first)
    let tone = analysis.tone(of: entity, in: [article])
    let masked = scorer.scores(for: "\(EntityToneAnalysis.placeholder) is a terrible villain.").compound
    let unmasked = scorer.scores(for: article.body).compound
    #expect(tone.sentences == 1)
    #expect(tone.compound == masked)
    #expect(tone.compound < 0)
    #expect(masked != unmasked)
  }

  @Test func everyOccurrenceInASentenceIsMasked() throws {
    let article = ResolutionFixture.article(
      "t1", "Happy Valley Trust sued Happy Valley Trust.",
      [("Happy Valley Trust", .organization), ("Happy Valley Trust", .organization)])
    let entity = try #require(ResolutionFixture.resolver.resolve([article]).first)
    let tone = analysis.tone(of: entity, in: [article])
    #expect(tone.sentences == 1)
    #expect(tone.compound == scorer.scores(for: "someone sued someone.").compound)
  }

  @Test func toneIsSplitByOutletAndOnlyCountsSentencesThatMentionTheEntity() throws {
    let articles = [
      ResolutionFixture.article(
        "t1", outlet: "Lantern Post",
        "Ilsa Dravnik gave a wonderful, generous speech. The weather was awful.",
        [("Ilsa Dravnik", .person)]),
      ResolutionFixture.article(
        "t2", outlet: "Quay Herald", "Dravnik told a terrible, cruel lie. Ilsa Dravnik is a cruel villain.",
        [("Dravnik", .person), ("Ilsa Dravnik", .person)]),
      ResolutionFixture.article("t3", "Ilsa Dravnik arrived.", [("Ilsa Dravnik", .person)]),
    ]
    let entities = ResolutionFixture.resolver.resolve(articles)
    let entity = try #require(entities.first)
    #expect(entities.count == 1)
    let tone = analysis.tone(of: entity, in: articles)
    let positive = scorer.scores(for: "someone gave a wonderful, generous speech.").compound
    let negative = [
      scorer.scores(for: "someone told a terrible, cruel lie.").compound,
      scorer.scores(for: "someone is a cruel villain.").compound,
    ]
    let neutral = scorer.scores(for: "someone arrived.").compound
    #expect(tone.sentences == 4)
    #expect(abs(tone.compound - (positive + negative[0] + negative[1] + neutral) / 4) < 1e-9)
    #expect(
      tone.byOutlet == [
        OutletTone(outlet: "Quay Herald", compound: (negative[0] + negative[1]) / 2, sentences: 2),
        OutletTone(outlet: "(unknown)", compound: neutral, sentences: 1),
        OutletTone(outlet: "Lantern Post", compound: positive, sentences: 1),
      ])
    #expect(positive > 0 && negative.allSatisfy { $0 < 0 })
  }

  @Test func tonesAreKeyedByEntityAndIgnoreMissingArticles() throws {
    let articles = [
      ResolutionFixture.article(
        "t1", "Ava Brill praised Bera Lunquist. Bera Lunquist is a terrible villain.",
        [("Ava Brill", .person), ("Bera Lunquist", .person), ("Bera Lunquist", .person)])
    ]
    let entities = ResolutionFixture.resolver.resolve(articles)
    let tones = analysis.tones(of: entities, in: articles)
    let brill = try #require(ResolutionFixture.entity(named: "Ava Brill", in: entities))
    let lunquist = try #require(ResolutionFixture.entity(named: "Bera Lunquist", in: entities))
    #expect(tones.count == 2)
    #expect(tones[brill.id]?.sentences == 1)
    #expect(tones[lunquist.id]?.sentences == 2)
    #expect(analysis.tone(of: brill, in: []) == EntityTone(compound: 0, sentences: 0, byOutlet: []))
  }
}
