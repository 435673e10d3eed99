import BylineCore
import BylineEntities
import Testing

@testable import BylineEvents

@Suite struct QuoteExtractorTests {
  let extractor = QuoteExtractor()

  func quotes(_ article: NewsArticle) -> [Quote] { extractor.quotes(in: article) }

  // MARK: Speaker after the quote

  @Test func aSpeakerAfterTheQuoteIsFound() {
    let article = QuoteFixture.article(
      "“We will not sign this agreement,” Halvorsen said. “The harbour stays open,” said Marta Quell.",
      people: ["Halvorsen", "Marta Quell"])
    let found = quotes(article)
    #expect(found.count == 2)
    #expect(found[0].text == "We will not sign this agreement")
    #expect(found[0].speakerName == "Halvorsen")
    #expect(found[0].verb == "said")
    #expect(found[0].isDirect)
    #expect(found[1].speakerName == "Marta Quell")
    #expect(found[1].text == "The harbour stays open")
  }

  @Test func theSpanPointsAtTheQuotedWords() throws {
    let body = "“Rates will fall next spring,” Okonjo added."
    let quote = try #require(quotes(QuoteFixture.article(body, people: ["Okonjo"])).first)
    #expect(String(quote.span.text(in: body)) == quote.text)
    #expect(quote.speakerMention.map { String($0.text(in: body)) } == "Okonjo")
    #expect(quote.verb == "added")
  }

  @Test(arguments: ["told reporters", "wrote", "tweeted", "warned", "insisted", "recalled", "says"])
  func speechVerbsAfterTheQuoteAttribute(_ verb: String) throws {
    let article = QuoteFixture.article(
      "“The river will flood the lower town by Friday,” Pellerin \(verb).", people: ["Pellerin"])
    let quote = try #require(quotes(article).first)
    #expect(quote.speakerName == "Pellerin")
    #expect(quote.verb == verb)
  }

  @Test func adverbsBetweenSpeakerAndVerbAreSkipped() throws {
    let article = QuoteFixture.article(
      "“We expect an answer within a week,” Tamsin Vhay later told reporters.", people: ["Tamsin Vhay"])
    let quote = try #require(quotes(article).first)
    #expect(quote.speakerName == "Tamsin Vhay")
    #expect(quote.verb == "told reporters")
  }

  @Test func aSpeakerWithATitleAfterTheVerb() throws {
    let article = QuoteFixture.article(
      "“Nothing has been decided,” said Porthaven Council spokeswoman Ines Darrow.",
      people: ["Ines Darrow"], organizations: ["Porthaven Council"])
    let quote = try #require(quotes(article).first)
    #expect(quote.speakerName == "Ines Darrow")
  }

  // MARK: Speaker before the quote

  @Test func aSpeakerBeforeTheQuoteIsFound() throws {
    let article = QuoteFixture.article(
      "At the briefing, Ombeni said: “The bridge will reopen in May.” Later, Corvin said that “talks continue.”",
      people: ["Ombeni", "Corvin"])
    let found = quotes(article)
    #expect(found.map(\.speakerName) == ["Ombeni", "Corvin"])
    #expect(found.map(\.text) == ["The bridge will reopen in May.", "talks continue."])
  }

  @Test func aPartialQuoteTakesTheSentencesSpeaker() throws {
    let article = QuoteFixture.article(
      "Drummond said the new levy was a “grave error” and would be repealed.", people: ["Drummond"])
    let quote = try #require(quotes(article).first { $0.isDirect })
    #expect(quote.text == "grave error")
    #expect(quote.speakerName == "Drummond")
    #expect(!quotes(article).contains { !$0.isDirect }, "the reported clause holds a direct quote")
  }

  @Test func accordingToNamesTheSpeaker() throws {
    let article = QuoteFixture.article(
      "According to the harbour master, the ships were “turned back at dawn by the coast guard”.")
    let quote = try #require(quotes(article).first { $0.isDirect })
    #expect(quote.speakerName == "the harbour master")
    #expect(quote.verb == "according to")
  }

  // MARK: Reported speech

  @Test func reportedSpeechWithThat() throws {
    let article = QuoteFixture.article(
      "Selka Brandt said that the merger would be completed by June.", people: ["Selka Brandt"])
    let quote = try #require(quotes(article).first)
    #expect(!quote.isDirect)
    #expect(quote.text == "the merger would be completed by June")
    #expect(quote.speakerName == "Selka Brandt")
    #expect(quote.verb == "said")
  }

  @Test func reportedSpeechWithoutThat() throws {
    let article = QuoteFixture.article(
      "Kallistrat told reporters the ceasefire was holding in the north.", people: ["Kallistrat"])
    let quote = try #require(quotes(article).first)
    #expect(quote.text == "the ceasefire was holding in the north")
    #expect(quote.verb == "told reporters")
  }

  @Test func reportedSpeechWithAnAdjunctBeforeThat() throws {
    let article = QuoteFixture.article(
      "The ministry warned in a statement on Monday that fuel prices would rise.", organizations: ["ministry"]
    )
    let quote = try #require(quotes(article).first)
    #expect(quote.text == "fuel prices would rise")
    #expect(quote.verb == "warned")
  }

  @Test func reportedSpeechWithTheListenerNamed() throws {
    let article = QuoteFixture.article(
      "Arnaud Belcourt told Vessa he was confident of a deal.", people: ["Arnaud Belcourt", "Vessa"])
    let quote = try #require(quotes(article).first)
    #expect(quote.speakerName == "Arnaud Belcourt")
    #expect(quote.text == "he was confident of a deal")
  }

  @Test func reportedSpeechWithTheSpeakerAfterTheClause() throws {
    let article = QuoteFixture.article(
      "The dam will be finished within two years, Oyelaran said on Tuesday. "
        + "Exports fell for a third month, said the trade minister.",
      people: ["Oyelaran"])
    let found = quotes(article)
    #expect(found.count == 2)
    #expect(found[0].text == "The dam will be finished within two years")
    #expect(found[0].speakerName == "Oyelaran")
    #expect(found[1].speakerName == "the trade minister")
    #expect(found.allSatisfy { !$0.isDirect })
  }

  @Test func speechVerbsWithoutASpeakerOrClauseAreNotQuotes() {
    let article = QuoteFixture.article(
      "The report said. Nothing was announced to anyone. The company denies wrongdoing.")
    #expect(quotes(article).isEmpty)
  }

  // MARK: Pronouns and descriptions

  @Test func aPronounTakesTheNearestPersonBeforeIt() throws {
    let article = QuoteFixture.article(
      "Idris Vanterpool met the governors on Monday. “We have no time to lose,” he said.",
      people: ["Idris Vanterpool"])
    let quote = try #require(quotes(article).first)
    #expect(quote.speakerName == "Idris Vanterpool")
    #expect(quote.speakerMention.map { String($0.text(in: article.body)) } == "Idris Vanterpool")
  }

  @Test func aPronounSkipsPeopleNamedInsideQuotes() throws {
    let article = QuoteFixture.article(
      "Noor Hadley said: “Kemal Ardic has our support.”\nShe added, “We will vote for the budget.”",
      people: ["Noor Hadley", "Kemal Ardic"])
    let quote = try #require(quotes(article).last)
    #expect(quote.text == "We will vote for the budget.")
    #expect(quote.speakerName == "Noor Hadley")
  }

  @Test func aDescriptionIsKeptAsWritten() throws {
    let article = QuoteFixture.article(
      "“The situation is under control,” a senior Veldorian official said.")
    let quote = try #require(quotes(article).first)
    #expect(quote.speakerName == "a senior Veldorian official")
    #expect(quote.speakerMention.map { String($0.text(in: article.body)) } == "a senior Veldorian official")
  }

  @Test func aDefiniteDescriptionLinksToTheOnePersonWithThatRole() throws {
    let article = QuoteFixture.article(
      "The Kremlin spokesman, Arkady Velichko, spoke after the talks. "
        + "“No decision has been taken,” the Kremlin spokesman said.",
      people: ["Arkady Velichko"], roles: ["Arkady Velichko": "Kremlin spokesman"])
    let entity = QuoteFixture.entity("person:arkady-velichko", "Arkady Velichko", kind: .person, in: article)
    let quote = try #require(extractor.quotes(in: [article], entities: [entity]).first)
    #expect(quote.speakerName == "the Kremlin spokesman")
    #expect(quote.speakerEntityID == entity.id)
  }

  @Test func anIndefiniteDescriptionIsNeverLinked() throws {
    let article = QuoteFixture.article(
      "Velichko, the Kremlin spokesman, was at the talks. “No decision has been taken,” a spokesman said.",
      people: ["Velichko"], roles: ["Velichko": "Kremlin spokesman"])
    let entity = QuoteFixture.entity("person:velichko", "Velichko", kind: .person, in: article)
    let quote = try #require(extractor.quotes(in: [article], entities: [entity]).first)
    #expect(quote.speakerName == "a spokesman")
    #expect(quote.speakerEntityID == nil)
  }

  @Test func aDescriptionWithoutANamedRoleHolderIsNotLinked() throws {
    let article = QuoteFixture.article(
      "Anna Brecht chaired the meeting. “We are ready,” the spokesman said.", people: ["Anna Brecht"])
    let entity = QuoteFixture.entity("person:anna-brecht", "Anna Brecht", kind: .person, in: article)
    let quote = try #require(extractor.quotes(in: [article], entities: [entity]).first)
    #expect(quote.speakerName == "the spokesman")
    #expect(quote.speakerEntityID == nil)
  }

  @Test func aDescriptionWithTwoRoleHoldersIsNotLinked() throws {
    let article = QuoteFixture.article(
      "Spokesman Ivo Ranck and spokesman Lev Tarn attended. “We are ready,” the spokesman said.",
      people: ["Ivo Ranck", "Lev Tarn"], roles: ["Ivo Ranck": "Spokesman", "Lev Tarn": "spokesman"])
    let entities = [
      QuoteFixture.entity("p1", "Ivo Ranck", kind: .person, in: article),
      QuoteFixture.entity("p2", "Lev Tarn", kind: .person, in: article),
    ]
    let quote = try #require(extractor.quotes(in: [article], entities: entities).first)
    #expect(quote.speakerEntityID == nil)
  }

  // MARK: Scare quotes and continuations

  @Test func scareQuotesAreNotQuotes() {
    let article = QuoteFixture.article(
      "The so-called “peace dividend” never came. Critics called it a “zombie” plan. The “new normal” is here."
    )
    #expect(quotes(article).isEmpty)
  }

  @Test func aShortQuoteWithASpeechVerbIsAQuote() throws {
    let article = QuoteFixture.article("Lindqvist said the plan was “reckless”.", people: ["Lindqvist"])
    let quote = try #require(quotes(article).first { $0.isDirect })
    #expect(quote.text == "reckless")
    #expect(quote.speakerName == "Lindqvist")
  }

  @Test func unattributedQuotedTextIsNotAQuote() {
    let article = QuoteFixture.article("Inside the tent a sign read “Welcome to the valley of tears”.")
    #expect(quotes(article).isEmpty)
  }

  @Test func aFollowingQuoteInTheParagraphKeepsTheSpeaker() throws {
    let article = QuoteFixture.article(
      "“We are not leaving,” Mbeki Tshawe said. “This land has fed my family for a century.”",
      people: ["Mbeki Tshawe"])
    let found = quotes(article)
    #expect(found.count == 2)
    #expect(found[1].speakerName == "Mbeki Tshawe")
    #expect(found[1].confidence < found[0].confidence)
  }

  @Test func aQuoteOverSeveralParagraphsIsOneQuote() throws {
    let body = """
      Faro Quint said: “The first phase is done.

      “The second phase starts in autumn, and the third next year.”

      The council meets on Friday.
      """
    let found = quotes(QuoteFixture.article(body, people: ["Faro Quint"]))
    let quote = try #require(found.first)
    #expect(found.count == 1)
    #expect(
      quote.text == "The first phase is done.\nThe second phase starts in autumn, and the third next year.")
    #expect(quote.speakerName == "Faro Quint")
  }

  @Test func anUnclosedQuoteEndsWithItsParagraph() throws {
    let body =
      "“Our offer stands until the end of the month,” Ellery said.\n“We will not raise it again\nThe talks resume on Monday."
    let found = quotes(QuoteFixture.article(body, people: ["Ellery"]))
    #expect(found.count == 2)
    #expect(found.last?.text == "We will not raise it again")
    #expect(found.last?.speakerName == "Ellery")
  }

  @Test func aStrayMarkDoesNotSwallowTheText() {
    let body = "Nothing here is quoted. “\nThe next paragraph has no marks at all and nobody speaks."
    #expect(quotes(QuoteFixture.article(body)).isEmpty)
  }

  // MARK: Without the recognizer

  @Test func capitalisedNamesStandInForMentions() throws {
    let article = NewsArticle(
      title: "", body: "“We have enough grain for winter,” Farida Osei said. “Prices will hold,” she added.")
    let found = quotes(in: article)
    #expect(found.map(\.speakerName) == ["Farida Osei", "Farida Osei"])
  }

  func quotes(in article: NewsArticle) -> [Quote] { extractor.quotes(in: article) }

  // MARK: Linking

  @Test func speakersLinkThroughOccurrencesAndAliases() throws {
    let first = QuoteFixture.article(
      "“The vote is final,” Rosalind Achterberg said.", people: ["Rosalind Achterberg"], id: "a1")
    let second = QuoteFixture.article("“We will appeal,” Achterberg said.", id: "a2")
    let entity = ResolvedEntity(
      id: "person:rosalind-achterberg", canonicalName: "Rosalind Achterberg", kind: .person,
      aliases: ["Achterberg"],
      occurrences: [
        EntityOccurrence(
          articleID: first.id, sentence: 0, span: first.annotations[EntityMentionsKey.self]![0].span,
          text: "Rosalind Achterberg")
      ], articles: [first.id])
    let found = extractor.quotes(in: [first, second], entities: [entity])
    #expect(found.count == 2)
    #expect(found.allSatisfy { $0.speakerEntityID == entity.id })
  }

  @Test func placesAreNotSpeakerEntities() throws {
    let article = QuoteFixture.article(
      "Veldoria has argued that the border was never agreed.", places: ["Veldoria"])
    let entity = QuoteFixture.entity("Q1", "Veldoria", kind: .location, in: article)
    let quote = try #require(extractor.quotes(in: [article], entities: [entity]).first)
    #expect(quote.speakerName == "Veldoria")
    #expect(quote.speakerEntityID == nil)
  }

  @Test func quotesKeyIsNamedQuotes() {
    #expect(QuotesKey.name == "quotes")
    var article = NewsArticle(title: "", body: "x")
    article.annotations[QuotesKey.self] = []
    #expect(article.annotations[QuotesKey.self] == [])
  }
}
