import BylineCore
import BylineEntities
import Foundation
import Testing

/// Articles and a small gazetteer built by hand, with invented names only.
enum ResolutionFixture {
  /// A gazetteer written to a temporary directory, independent of the bundled data.
  static let gazetteer: Gazetteer = {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("byline-resolution-\(UUID().uuidString)")
    try! FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let files = [
      "countries.tsv": """
      qid\tname\taliases\tadjectives\tcapital_qid
      Q9100001\tVeldoria\tRepublic of Veldoria\tVeldorian|Veldorians\tQ9100002
      Q9100003\tFederated Isles\tF.I.\tIslander\t

      """,
      "places.tsv": """
      qid\tname\taliases\ttype\tcountry_qid
      Q9100002\tCarvessa\t\tcapital\tQ9100001

      """,
      "organizations.tsv": """
      qid\tname\taliases\ttype\tcountry_qid
      Q9100010\tHarbour Compact Council\tHCC\tintergovernmental\t

      """,
      "people.tsv": """
      qid\tname\taliases\troles\tcountry_qid\tfrom\tto
      Q9100020\tOrlan Vesk\tO. Vesk\tPrime Minister of Veldoria\tQ9100001\t2019\t

      """,
      "roles.tsv": """
      role\tgroup
      president\thead
      prime minister\thead
      foreign minister\tminister
      minister\tminister
      press secretary\tspokesperson
      spokesman\tspokesperson
      spokeswoman\tspokesperson
      foreign policy adviser\tadviser
      adviser\tadviser

      """,
      "given-names.txt": "# given names\nIlsa\nOrlan\n",
    ]
    for (name, text) in files {
      try! text.write(to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }
    return try! Gazetteer(directory: directory)
  }()

  static let resolver = EntityResolver(gazetteer: gazetteer)

  /// An article with sentence spans (split after ". ", "! " and "? ") and the given names as
  /// mentions, found left to right in `body`; `roles` sets a mention's recorded role by position.
  static func article(
    _ id: String, outlet: String? = nil, _ body: String, _ names: [(String, EntityKind)],
    roles: [Int: String] = [:]
  ) -> NewsArticle {
    let bytes = Array(body.utf8)
    var sentences: [TextSpan] = []
    var start = 0
    for index in bytes.indices.dropLast()
    where [UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?")].contains(bytes[index])
      && bytes[index + 1] == UInt8(ascii: " ")
    {
      sentences.append(TextSpan(start: start, end: index + 1))
      start = index + 2
    }
    if start < bytes.count { sentences.append(TextSpan(start: start, end: bytes.count)) }
    var mentions: [EntityMention] = []
    var cursor = body.startIndex
    for (position, (text, kind)) in names.enumerated() {
      guard let range = body.range(of: text, range: cursor..<body.endIndex) else {
        Issue.record("\(text) is not in the body after the previous name")
        continue
      }
      let span = TextSpan(range, in: body)
      let sentence = sentences.firstIndex { $0.start <= span.start && span.start < $0.end } ?? 0
      mentions.append(
        EntityMention(
          span: span, text: text, kind: kind, confidence: 0.9, sentence: sentence, role: roles[position]))
      cursor = range.upperBound
    }
    var article = NewsArticle(id: ArticleID(id), title: id, body: body, outlet: outlet, sentences: sentences)
    article.annotations[EntityMentionsKey.self] = mentions
    return article
  }

  /// The entity that has a mention written `text`.
  static func entity(named text: String, in entities: [ResolvedEntity]) -> ResolvedEntity? {
    entities.first { $0.mentions.contains { $0.text == text } }
  }
}

@Suite struct ResolutionTests {
  let resolver = ResolutionFixture.resolver

  private func article(
    _ id: String, _ body: String, _ names: [(String, EntityKind)], roles: [Int: String] = [:]
  ) -> NewsArticle {
    ResolutionFixture.article(id, body, names, roles: roles)
  }

  // MARK: Within an article

  @Test func surnameJoinsTheFullNameInTheSameArticle() throws {
    let entities = resolver.resolve([
      article(
        "a1", "Ilsa Dravnik opened the port. Later Dravnik left.",
        [("Ilsa Dravnik", .person), ("Dravnik", .person)])
    ])
    #expect(entities.count == 1)
    let entity = try #require(entities.first)
    #expect(entity.canonicalName == "Ilsa Dravnik")
    #expect(entity.aliases == ["Dravnik"])
    #expect(entity.mentions.count == 2)
    #expect(entity.occurrences.map(\.sentence) == [0, 1])
    #expect(entity.kind == .person)
  }

  @Test func shortFormPrefersTheNearestEarlierFullName() throws {
    let entities = resolver.resolve([
      article(
        "a1", "Corin Pobbet met Arlen Pobbet. Mr Pobbet smiled.",
        [("Corin Pobbet", .person), ("Arlen Pobbet", .person), ("Mr Pobbet", .person)])
    ])
    #expect(entities.count == 2)
    let arlen = try #require(ResolutionFixture.entity(named: "Arlen Pobbet", in: entities))
    #expect(arlen.aliases == ["Mr Pobbet"])
    let corin = try #require(ResolutionFixture.entity(named: "Corin Pobbet", in: entities))
    #expect(corin.mentions.count == 1)
  }

  @Test func shortFormWithoutEarlierFullNameTakesTheLaterOne() {
    let entities = resolver.resolve([
      article(
        "a1", "Dravnik spoke first. Ilsa Dravnik then left.",
        [("Dravnik", .person), ("Ilsa Dravnik", .person)])
    ])
    #expect(entities.map(\.canonicalName) == ["Ilsa Dravnik"])
  }

  @Test func surnameWithParticleJoinsAndSpellingsOfParticlesAgree() throws {
    let entities = resolver.resolve([
      article(
        "a1", "Nadim El Zarqa arrived. El Zarqa said no.",
        [("Nadim El Zarqa", .person), ("El Zarqa", .person)]),
      article("a2", "Nadim El-Zarqa spoke.", [("Nadim El-Zarqa", .person)]),
      article("a3", "Nadim ElZarqa wrote.", [("Nadim ElZarqa", .person)]),
    ])
    #expect(entities.count == 1)
    let entity = try #require(entities.first)
    #expect(entity.mentions.count == 4)
    #expect(entity.articles == ["a1", "a2", "a3"])
  }

  @Test func acronymInParenthesesJoinsItsExpansion() throws {
    let entities = resolver.resolve([
      article(
        "a1", "The Northern Fisheries Board (NFB) met. The NFB said quotas would fall.",
        [("Northern Fisheries Board", .organization), ("NFB", .organization), ("NFB", .organization)]),
      article("a2", "The NFB was criticised.", [("NFB", .organization)]),
    ])
    #expect(entities.count == 1)
    let entity = try #require(entities.first)
    #expect(entity.canonicalName == "Northern Fisheries Board")
    #expect(
      entity.aliasCounts == [
        AliasCount(name: "NFB", count: 3), AliasCount(name: "Northern Fisheries Board", count: 1),
      ])
    #expect(entity.id == "organization:northern-fisheries-board")
  }

  @Test func acronymMatchesInitialsIgnoringCaseAndStopWords() throws {
    let entities = resolver.resolve([
      article(
        "a1", "The Council for the Protection of Rivers warned. Later Cpr officials spoke.",
        [("Council for the Protection of Rivers", .organization), ("Cpr", .organization)]),
      article("a2", "CPR staff marched.", [("CPR", .organization)]),
    ])
    #expect(entities.count == 1)
    #expect(entities.first?.canonicalName == "Council for the Protection of Rivers")
  }

  @Test func acronymOfTwoDifferentExpansionsKeepsThemApart() {
    let entities = resolver.resolve([
      article(
        "a1", "The Coastal Rail Board (CRB) met.",
        [("Coastal Rail Board", .organization), ("CRB", .organization)]),
      article(
        "a2", "The Central Reserve Bank (CRB) met.",
        [("Central Reserve Bank", .organization), ("CRB", .organization)]),
    ])
    #expect(entities.count == 2)
    #expect(Set(entities.map(\.canonicalName)) == ["Coastal Rail Board", "Central Reserve Bank"])
  }

  // MARK: Must not merge

  @Test func demonymIsNotMergedIntoItsCountry() throws {
    let entities = resolver.resolve([
      article(
        "a1", "Veldorian officials met in Veldoria. Veldorians voted.",
        [("Veldorian", .miscellaneous), ("Veldoria", .location), ("Veldorians", .miscellaneous)])
    ])
    let country = try #require(ResolutionFixture.entity(named: "Veldoria", in: entities))
    #expect(country.id == "Q9100001")
    #expect(country.mentions.count == 1)
    let demonym = try #require(ResolutionFixture.entity(named: "Veldorian", in: entities))
    #expect(demonym.kind == .miscellaneous)
    #expect(demonym.knowledgeBaseIDs.isEmpty)
    #expect(demonym.id != country.id)
    #expect(demonym.mentions.map(\.text) == ["Veldorian", "Veldorians"])
  }

  @Test func demonymCountsAsTheCountryOnlyWhereItNamesTheState() throws {
    let entities = resolver.resolve([
      article(
        "a1", "The Veldorian side refused. Veldorian troops moved. Later the Veldorians proposed a truce.",
        [("Veldorian", .miscellaneous), ("Veldorian", .miscellaneous), ("Veldorians", .miscellaneous)])
    ])
    let country = try #require(entities.first { $0.id == "Q9100001" })
    #expect(country.canonicalName == "Veldoria")
    #expect(country.kind == .location)
    #expect(country.mentions.map(\.text) == ["Veldorian", "Veldorians"])
    let demonym = try #require(entities.first { $0.id != "Q9100001" })
    #expect(demonym.kind == .miscellaneous)
    #expect(demonym.mentions.map(\.text) == ["Veldorian"])
    #expect(demonym.mentions.first?.span.start == 28)
  }

  @Test func capitalStandingForItsGovernmentStaysTheCity() throws {
    let entities = resolver.resolve([
      article(
        "a1", "Carvessa said the talks failed. Veldoria recalled its envoy.",
        [("Carvessa", .organization), ("Veldoria", .location)]),
      article("a2", "Crowds gathered in Carvessa.", [("Carvessa", .location)]),
    ])
    #expect(entities.count == 2)
    let city = try #require(ResolutionFixture.entity(named: "Carvessa", in: entities))
    #expect(city.id == "Q9100002")
    #expect(city.kind == .location)
    #expect(city.mentions.count == 2)
    #expect(entities.filter { $0.knowledgeBaseIDs["wikidata"] == "Q9100001" }.count == 1)
  }

  @Test func sameSurnameDifferentFirstNamesNeverMerge() {
    let entities = resolver.resolve([
      article("a1", "Arlen Pobbet resigned.", [("Arlen Pobbet", .person)]),
      article("a2", "Corin Pobbet laughed.", [("Corin Pobbet", .person)]),
      article("a3", "Pobbet denied it.", [("Pobbet", .person)]),
    ])
    #expect(entities.count == 3)
    #expect(Set(entities.map(\.canonicalName)) == ["Arlen Pobbet", "Corin Pobbet", "Pobbet"])
    #expect(Set(entities.map(\.id)).count == 3)
  }

  @Test func sameRoleDifferentPeopleNeverMerge() {
    let entities = resolver.resolve([
      article(
        "a1", "Foreign Minister Tovin Raskel flew to Veldoria.",
        [("Tovin Raskel", .person), ("Veldoria", .location)]),
      article(
        "a2", "Foreign Minister Bera Lunquist flew to Veldoria.",
        [("Bera Lunquist", .person), ("Veldoria", .location)]),
    ])
    let people = entities.filter { $0.kind == .person }
    #expect(people.count == 2)
    #expect(people.allSatisfy { $0.roles == ["Foreign Minister"] && $0.confidence == 1 })
  }

  @Test func twoPeopleBothCalledTheSpokesmanStayApart() {
    let entities = resolver.resolve([
      article(
        "a1", "Raskel, the spokesman, said Veldoria would reply.",
        [("Raskel", .person), ("Veldoria", .location)]),
      article(
        "a2", "Oshwin, the spokesman, said Veldoria would wait.",
        [("Oshwin", .person), ("Veldoria", .location)]),
    ])
    let people = entities.filter { $0.kind == .person }
    #expect(Set(people.map(\.canonicalName)) == ["Raskel", "Oshwin"])
    #expect(people.allSatisfy { $0.roles == ["spokesman"] })
  }

  // MARK: Across articles

  @Test func transliterationVariantsMergeWithLowerConfidence() throws {
    let entities = resolver.resolve([
      article("a1", "Dmitriy Volostov spoke.", [("Dmitriy Volostov", .person)]),
      article("a2", "Dmitri Volostoff spoke.", [("Dmitri Volostoff", .person)]),
      article("a3", "Dmitry Volostow spoke.", [("Dmitry Volostow", .person)]),
      article(
        "a4", "Oleksandr Marensky spoke. Marenskyy left.",
        [("Oleksandr Marensky", .person), ("Marenskyy", .person)]),
      article("a5", "Marenskiy arrived.", [("Marenskiy", .person)]),
    ])
    #expect(entities.count == 2)
    let volostov = try #require(ResolutionFixture.entity(named: "Dmitri Volostoff", in: entities))
    #expect(volostov.mentions.count == 3)
    #expect(volostov.confidence < 1 && volostov.confidence >= 0.8)
    let marensky = try #require(ResolutionFixture.entity(named: "Marenskiy", in: entities))
    #expect(marensky.canonicalName == "Oleksandr Marensky")
    #expect(marensky.mentions.count == 3)
  }

  @Test func surnameAloneJoinsTheOnlyPersonWithThatSurname() throws {
    let entities = resolver.resolve([
      article("a1", "Orsolya Pettak won the vote.", [("Orsolya Pettak", .person)]),
      article("a2", "Pettak said little.", [("Pettak", .person)]),
      article("a3", "O. Pettak wrote back.", [("O. Pettak", .person)]),
    ])
    #expect(entities.count == 1)
    let entity = try #require(entities.first)
    #expect(entity.canonicalName == "Orsolya Pettak")
    #expect(entity.articles == ["a1", "a2", "a3"])
    #expect(entity.confidence <= 0.85)
  }

  @Test func surnamesAloneWithoutAFullNameJoinEachOther() {
    let entities = resolver.resolve([
      article("a1", "Pettak said little.", [("Pettak", .person)]),
      article("a2", "Pettak said more.", [("Pettak", .person)]),
    ])
    #expect(entities.count == 1)
    #expect(entities.first?.id == "person:pettak")
  }

  @Test func gazetteerAliasesMergeUnderTheGazetteerName() throws {
    let entities = resolver.resolve([
      article("a1", "Trade with the F.I. grew.", [("F.I.", .location)]),
      article("a2", "The Federated Isles objected.", [("Federated Isles", .location)]),
      article(
        "a3", "The Harbour Compact Council (HCC) met.",
        [("Harbour Compact Council", .organization), ("HCC", .organization)]),
    ])
    let isles = try #require(ResolutionFixture.entity(named: "F.I.", in: entities))
    #expect(isles.id == "Q9100003")
    #expect(isles.canonicalName == "Federated Isles")
    #expect(isles.knowledgeBaseIDs == ["wikidata": "Q9100003"])
    #expect(isles.mentions.count == 2)
    #expect(isles.aliases == ["F.I."])
    let council = try #require(ResolutionFixture.entity(named: "HCC", in: entities))
    #expect(council.id == "Q9100010")
  }

  @Test func gazetteerPersonTakesItsNameIDAndRole() throws {
    let entities = resolver.resolve([
      article(
        "a1", "Prime Minister Orlan Vesk resigned. Vesk denied it.",
        [("Orlan Vesk", .person), ("Vesk", .person)]),
      article("a2", "Mr Vesk's party lost.", [("Mr Vesk's", .person)]),
    ])
    #expect(entities.count == 1)
    let entity = try #require(entities.first)
    #expect(entity.id == "Q9100020")
    #expect(entity.roles == ["Prime Minister"])
    #expect(entity.aliases == ["Mr Vesk", "Vesk"])
  }

  @Test func kindDisagreementsAreSettledByMajority() {
    let entities = resolver.resolve([
      article("a1", "Kestrel Mills hired staff.", [("Kestrel Mills", .organization)]),
      article("a2", "Kestrel Mills cut jobs.", [("Kestrel Mills", .organization)]),
      article("a3", "Floods reached Kestrel Mills.", [("Kestrel Mills", .location)]),
      article(
        "a4", "Ilsa Dravnik met Dravnik staff. Dravnik smiled.",
        [("Ilsa Dravnik", .person), ("Dravnik", .organization), ("Dravnik", .person)]),
    ])
    #expect(entities.count == 2)
    #expect(ResolutionFixture.entity(named: "Kestrel Mills", in: entities)?.kind == .organization)
    #expect(
      ResolutionFixture.entity(named: "Kestrel Mills", in: entities)?.id == "organization:kestrel-mills")
    #expect(ResolutionFixture.entity(named: "Dravnik", in: entities)?.kind == .person)
  }

  // MARK: Names, counts, ids, order

  @Test func canonicalNameIsTheMostFrequentFullFormAndAliasesAreCounted() throws {
    let entities = resolver.resolve([
      article(
        "a1", "Ilsa Dravnik spoke. Dravnik left. Dravnik's aide stayed.",
        [("Ilsa Dravnik", .person), ("Dravnik", .person), ("Dravnik's", .person)]),
      article(
        "a2", "Ilsa Dravnik returned. Ms Dravnik smiled.",
        [("Ilsa Dravnik", .person), ("Ms Dravnik", .person)]),
      article(
        "a3", "Ilsa Maren Dravnik was born here. Dravnik grew up.",
        [("Ilsa Maren Dravnik", .person), ("Dravnik", .person)]),
    ])
    #expect(entities.count == 1)
    let entity = try #require(entities.first)
    #expect(entity.canonicalName == "Ilsa Dravnik")
    #expect(
      entity.aliasCounts == [
        AliasCount(name: "Dravnik", count: 3), AliasCount(name: "Ilsa Dravnik", count: 2),
        AliasCount(name: "Ilsa Maren Dravnik", count: 1), AliasCount(name: "Ms Dravnik", count: 1),
      ])
    #expect(entity.aliases == ["Dravnik", "Ilsa Maren Dravnik", "Ms Dravnik"])
    #expect(entity.id == "person:ilsa-dravnik")
  }

  @Test func idsAndEntitiesDoNotDependOnInputOrder() {
    let articles = [
      article(
        "a1", "Dmitriy Volostov met Ilsa Dravnik.",
        [("Dmitriy Volostov", .person), ("Ilsa Dravnik", .person)]),
      article(
        "a2", "Dmitri Volostoff spoke. Dravnik replied.",
        [("Dmitri Volostoff", .person), ("Dravnik", .person)]),
      article("a3", "Pobbet denied it.", [("Pobbet", .person)]),
      article(
        "a4", "Arlen Pobbet resigned. Corin Pobbet stayed.",
        [("Arlen Pobbet", .person), ("Corin Pobbet", .person)]),
      article("a5", "Pobbet laughed.", [("Pobbet", .person)]),
    ]
    func summary(_ entities: [ResolvedEntity]) -> [String] {
      entities.map {
        "\($0.id)|\($0.canonicalName)|\($0.confidence)|\(Set($0.mentions.map { "\($0.articleID)@\($0.span)" }).sorted())"
      }.sorted()
    }
    let forward = resolver.resolve(articles)
    let backward = resolver.resolve(articles.reversed())
    let shuffled = resolver.resolve([articles[2], articles[4], articles[0], articles[3], articles[1]])
    #expect(summary(forward) == summary(backward))
    #expect(summary(forward) == summary(shuffled))
    #expect(Set(forward.map(\.id)).count == forward.count)
    #expect(forward.map(\.id).contains("person:pobbet-2"))
  }

  @Test func entitiesAreSortedByMentionsThenName() {
    let entities = resolver.resolve([
      article(
        "a1", "Bera Lunquist met Ilsa Dravnik. Dravnik left. Ava Brill stayed.",
        [("Bera Lunquist", .person), ("Ilsa Dravnik", .person), ("Dravnik", .person), ("Ava Brill", .person)])
    ])
    #expect(entities.map(\.canonicalName) == ["Ilsa Dravnik", "Ava Brill", "Bera Lunquist"])
  }

  @Test func articlesWithoutMentionsGiveNoEntities() {
    #expect(resolver.resolve([NewsArticle(title: "t", body: "Nothing here.")]).isEmpty)
    #expect(resolver.resolve([]).isEmpty)
  }

  @Test func resolvedEntitiesRoundTripThroughTheirKey() throws {
    let entities = resolver.resolve([
      article("a1", "Ilsa Dravnik spoke. Dravnik left.", [("Ilsa Dravnik", .person), ("Dravnik", .person)])
    ])
    var corpus = Annotations()
    corpus[CorpusEntitiesKey.self] = entities
    #expect(CorpusEntitiesKey.name == "entities")
    let decoded = try JSONDecoder().decode(Annotations.self, from: JSONEncoder().encode(corpus))
    #expect(decoded[CorpusEntitiesKey.self] == entities)
    #expect(decoded[CorpusEntitiesKey.self]?[0].occurrences.count == 2)
    #expect(NamedEntity(entities[0]).aliases == ["Dravnik"])
  }
}
