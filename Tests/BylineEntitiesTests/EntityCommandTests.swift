import BylineCore
import BylineEntities
import BylineEntityTone
import BylineParsing
import BylineSentiment
import BylineShell
import BylineTesting
import Foundation
import Testing

/// A shell over four invented reports of one invented flood, with every bundled analysis plugin
/// the entity commands need and the output captured.
///
/// - `barrier-lantern` (Lantern Post) and `barrier-quay` (Quay Herald) report the same event:
///   Ingrid Dravnik, named in full and then by surname; the Coastal Works Agency, once with its
///   acronym in parentheses; the invented city of Vennhold; an engineer whose surname is spelled
///   Brenvik in one outlet and Brennvik in the other.
/// - `farmers-quay` (Quay Herald) names Ms Dravnik by surname only, and the town of Ostervale.
/// - `judges-lantern` (Lantern Post) names two different judges, in different sentences and in no
///   other article.
struct EntityShellFixture {
  static let records = [
    #"{"id":"barrier-lantern","title":"Flood barrier fails in Vennhold","outlet":"Lantern Post","published":{"date":"2025-04-08"},"body":"Mayor Ingrid Dravnik said on Tuesday that the flood barrier in Vennhold had failed after heavy rain. The Coastal Works Agency (CWA) said it would inspect the barrier this week. Dravnik said families near the river should leave their homes. Oscar Brenvik, an engineer at the CWA, said the damage was serious."}"#,
    #"{"id":"barrier-quay","title":"Vennhold barrier breached","outlet":"Quay Herald","published":{"date":"2025-04-08"},"body":"The flood barrier in Vennhold gave way on Tuesday, officials said. Mayor Ingrid Dravnik asked residents to stay calm. Oscar Brennvik, an engineer, said repairs would take months. The Coastal Works Agency sent a team to the city on Wednesday."}"#,
    #"{"id":"farmers-quay","title":"Mayor meets farmers","outlet":"Quay Herald","published":{"date":"2025-04-09"},"body":"Ms Dravnik met farmers in Ostervale on Wednesday to discuss the flood damage. She promised compensation for lost crops."}"#,
    #"{"id":"judges-lantern","title":"Court to hear flood claims","outlet":"Lantern Post","published":{"date":"2025-04-10"},"body":"Judge Helga Quist said on Thursday that the court would hear claims from flooded households. Lawyers for the families welcomed the decision. Judge Martin Sorell will hear the appeals in May."}"#,
  ]

  let shell: Shell
  let captured: CapturedOutput

  init() async throws {
    let harness = try await ShellHarness(
      plugins: [
        ParsingPlugin(), SentimentPlugin(), EntitiesPlugin(), EntityResolutionPlugin(),
        EntityTonePlugin(scorer: SentimentPlugin()),
      ],
      records: Self.records, width: 200)
    shell = harness.shell
    captured = harness.captured
  }

  /// Runs `line` and returns (succeeded, stdout, stderr), resetting the capture.
  func run(_ line: String) async -> (ok: Bool, output: String, error: String) {
    captured.reset()
    let ok = await shell.execute(line)
    return (ok, captured.standardOutput, captured.standardError)
  }

  /// Runs `line`, which must succeed and print a JSON array of objects.
  func json(_ line: String) async throws -> [[String: Any]] {
    let result = await run(line)
    #expect(result.ok, "\(line): \(result.error)")
    return try #require(
      try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [[String: Any]],
      "\(line): \(result.output)")
  }

  /// The ids of the articles `line` leaves selected.
  func articleIDs(_ line: String) async throws -> [String] {
    try await json(line + " | articles --format json").compactMap { $0["id"] as? String }
  }
}

@Suite struct EntityCommandTests {
  static let dravnikArticles = ["barrier-lantern", "barrier-quay", "farmers-quay"]

  /// The row named `name` in an `entities` listing.
  private func row(_ name: String, in rows: [[String: Any]]) throws -> [String: Any] {
    try #require(rows.first { $0["name"] as? String == name }, "no row \(name) in \(rows)")
  }

  @Test func entitiesListsResolvedEntitiesWithTheDocumentedFields() async throws {
    let fixture = try await EntityShellFixture()
    let rows = try await fixture.json("entities --format json")
    for row in rows {
      #expect(
        Set(row.keys) == ["id", "name", "kind", "aliases", "mentions", "articles", "kbIds", "tone", "roles"])
    }
    let mentions = rows.compactMap { $0["mentions"] as? Int }
    #expect(mentions.count == rows.count)
    #expect(mentions == mentions.sorted(by: >), "not most-mentioned first: \(mentions)")

    let dravnik = try row("Ingrid Dravnik", in: rows)
    #expect(dravnik["kind"] as? String == "person")
    #expect(dravnik["id"] as? String == "person:ingrid-dravnik")
    #expect(dravnik["mentions"] as? Int == 4)
    #expect(dravnik["articles"] as? Int == 3)
    #expect(dravnik["tone"] is Double)
    #expect((dravnik["kbIds"] as? [String: Any])?.isEmpty == true)
    #expect((dravnik["roles"] as? [String])?.first == "Mayor")
    let aliases = try #require(dravnik["aliases"] as? [[String: Any]])
    for alias in aliases { #expect(Set(alias.keys) == ["name", "count"]) }
    // Named in full twice and by surname alone twice ("Ms" is not part of the name).
    #expect(Set(aliases.compactMap { $0["name"] as? String }) == ["Ingrid Dravnik", "Dravnik"])
    #expect(aliases.allSatisfy { $0["count"] as? Int == 2 })
    #expect(aliases.compactMap { $0["count"] as? Int }.reduce(0, +) == 4)

    let agency = try row("Coastal Works Agency", in: rows)
    #expect(agency["kind"] as? String == "organization")
    #expect(agency["mentions"] as? Int == 4)
    #expect(
      (agency["aliases"] as? [[String: Any]])?.contains {
        $0["name"] as? String == "CWA" && $0["count"] as? Int == 2
      }
        == true)

    // One engineer, spelled two ways; the tie between the spellings goes to the longer one.
    let engineer = try row("Oscar Brennvik", in: rows)
    #expect(engineer["articles"] as? Int == 2)
    #expect(
      (engineer["aliases"] as? [[String: Any]])?.compactMap { $0["name"] as? String }.sorted()
        == ["Oscar Brennvik", "Oscar Brenvik"])
    #expect(!rows.contains { $0["name"] as? String == "Oscar Brenvik" })

    let city = try row("Vennhold", in: rows)
    #expect(city["kind"] as? String == "location")
    #expect(city["articles"] as? Int == 2)

    // Two judges share a title but are two people.
    let quist = try row("Helga Quist", in: rows)
    let sorell = try row("Martin Sorell", in: rows)
    #expect(quist["roles"] as? [String] == ["Judge"])
    #expect(sorell["roles"] as? [String] == ["Judge"])
    #expect(quist["id"] as? String != sorell["id"] as? String)
  }

  @Test func entitiesFiltersByKindTopAndMentions() async throws {
    let fixture = try await EntityShellFixture()
    let people = try await fixture.json("entities --kind person --format json")
    #expect(people.allSatisfy { $0["kind"] as? String == "person" })
    #expect(
      Set(people.compactMap { $0["name"] as? String })
        == ["Ingrid Dravnik", "Oscar Brennvik", "Helga Quist", "Martin Sorell"])
    let spelledOtherwise = try await fixture.json("entities --kind people --format json")
    #expect(spelledOtherwise.count == people.count)
    let organisations = try await fixture.json("entities --kind org --format json")
    #expect(organisations.compactMap { $0["name"] as? String } == ["Coastal Works Agency"])

    let all = try await fixture.json("entities --format json")
    let top = try await fixture.json("entities --top 1 --format json")
    #expect(top.count == 1)
    #expect(top.first?["name"] as? String == all.first?["name"] as? String)
    let topPerson = try await fixture.json("entities --kind person --top 1 --format json")
    #expect(topPerson.compactMap { $0["name"] as? String } == ["Ingrid Dravnik"])

    let frequent = try await fixture.json("entities --min-mentions 3 --format json")
    #expect(!frequent.isEmpty && frequent.count < all.count)
    #expect(frequent.allSatisfy { ($0["mentions"] as? Int ?? 0) >= 3 })
    #expect(
      Set(frequent.compactMap { $0["name"] as? String })
        == Set(all.filter { ($0["mentions"] as? Int ?? 0) >= 3 }.compactMap { $0["name"] as? String }))
    #expect(frequent.contains { $0["name"] as? String == "Ingrid Dravnik" })
    #expect(!frequent.contains { $0["name"] as? String == "Helga Quist" })
    #expect(try await fixture.json("entities --min-mentions 1000 --format json").isEmpty)
  }

  @Test func entitiesRejectsAnUnknownKindAndABadTop() async throws {
    let fixture = try await EntityShellFixture()
    let kind = await fixture.run("entities --kind x")
    #expect(!kind.ok)
    #expect(kind.output.isEmpty)
    #expect(kind.error.contains("The value 'x' is invalid for '--kind <kind>'"))
    #expect(kind.error.contains("'person', 'organization', 'location' or 'misc'"))
    #expect(kind.error.contains("usage: entities"))
    let top = await fixture.run("entities --top 0")
    #expect(!top.ok && top.error.contains("--top must be at least 1"))
  }

  @Test func entityFindsByAliasCanonicalNameIdAndSubstring() async throws {
    let fixture = try await EntityShellFixture()
    for name in [
      "'Ingrid Dravnik'", "'ingrid dravnik'", "Dravnik", "person:ingrid-dravnik", "Dravn",
    ] {
      let rows = try await fixture.json("entity \(name) --format json")
      #expect(rows.count == 1)
      #expect(rows.first?["name"] as? String == "Ingrid Dravnik", "entity \(name)")
    }
    let byAcronym = try await fixture.json("entity CWA --format json")
    #expect(byAcronym.first?["name"] as? String == "Coastal Works Agency")
    let byOtherSpelling = try await fixture.json("entity 'Oscar Brenvik' --format json")
    #expect(byOtherSpelling.first?["name"] as? String == "Oscar Brennvik")

    let unknown = await fixture.run("entity Zyxwvut")
    #expect(!unknown.ok)
    #expect(unknown.output.isEmpty)
    #expect(unknown.error.contains("no entity named 'Zyxwvut'\n"))
    #expect(unknown.error.contains("hint: list them with 'entities'"))
  }

  @Test func entityShowsAliasesRolesToneByOutletArticlesAndMentionsInContext() async throws {
    let fixture = try await EntityShellFixture()
    let entity = try #require(try await fixture.json("entity Dravnik --format json").first)
    for field in [
      "id", "name", "kind", "aliases", "roles", "kbIds", "tone", "toneByOutlet", "articles", "mentions",
    ] {
      #expect(entity.keys.contains(field), "entity lacks \(field)")
    }
    #expect(entity["id"] as? String == "person:ingrid-dravnik")
    #expect((entity["roles"] as? [String])?.contains { $0.lowercased() == "mayor" } == true)
    let aliases = try #require(entity["aliases"] as? [[String: Any]])
    #expect(aliases.compactMap { $0["count"] as? Int }.reduce(0, +) == 4)

    let tones = try #require(entity["toneByOutlet"] as? [[String: Any]])
    #expect(tones.compactMap { $0["outlet"] as? String }.sorted() == ["Lantern Post", "Quay Herald"])
    for tone in tones {
      #expect(tone["tone"] is Double)
      #expect(tone["sentences"] as? Int == 2)
    }

    let articles = try #require(entity["articles"] as? [[String: Any]])
    #expect(articles.compactMap { $0["id"] as? String } == Self.dravnikArticles)
    #expect(
      articles.compactMap { $0["outlet"] as? String } == ["Lantern Post", "Quay Herald", "Quay Herald"])
    #expect(articles.compactMap { $0["mentions"] as? Int } == [2, 1, 1])
    #expect(articles.last?["title"] as? String == "Mayor meets farmers")

    let mentions = try #require(entity["mentions"] as? [[String: Any]])
    #expect(mentions.count == 4)
    #expect(
      mentions.compactMap { $0["article"] as? String } == [
        "barrier-lantern", "barrier-lantern", "barrier-quay", "farmers-quay",
      ])
    for mention in mentions {
      let text = try #require(mention["text"] as? String)
      let context = try #require(mention["context"] as? String)
      #expect(context.contains(text), "'\(text)' not in '\(context)'")
    }
    #expect(
      mentions.compactMap { $0["context"] as? String } == [
        "Mayor Ingrid Dravnik said on Tuesday that the flood barrier in Vennhold had failed after heavy rain.",
        "Dravnik said families near the river should leave their homes.",
        "Mayor Ingrid Dravnik asked residents to stay calm.",
        "Ms Dravnik met farmers in Ostervale on Wednesday to discuss the flood damage.",
      ])
    #expect(mentions.last?["outlet"] as? String == "Quay Herald")
  }

  @Test func cooccurCountsPairsPerSentenceOrPerArticle() async throws {
    let fixture = try await EntityShellFixture()
    func pairs(_ rows: [[String: Any]]) -> [Set<String>: (count: Int, articles: Int)] {
      var result: [Set<String>: (count: Int, articles: Int)] = [:]
      for row in rows {
        let names: Set<String> = [row["first"] as? String ?? "", row["second"] as? String ?? ""]
        result[names] = (row["count"] as? Int ?? -1, row["articles"] as? Int ?? -1)
      }
      return result
    }
    let bySentence = try await fixture.json("cooccur --top 100 --format json")
    #expect(!bySentence.isEmpty)
    for row in bySentence {
      #expect(Set(row.keys) == ["first", "second", "count", "articles", "firstId", "secondId"])
    }
    let counts = bySentence.compactMap { $0["count"] as? Int }
    #expect(counts == counts.sorted(by: >))
    let sentencePairs = pairs(bySentence)
    // Named together in the first sentence of each barrier report.
    let mayorAndCity = try #require(sentencePairs[["Ingrid Dravnik", "Vennhold"]])
    #expect(mayorAndCity.count == 1 && mayorAndCity.articles == 1)
    #expect(sentencePairs[["Ingrid Dravnik", "Ostervale"]].map { $0.count == 1 && $0.articles == 1 } == true)
    // The judges are named in one article, never in one sentence.
    #expect(sentencePairs[["Helga Quist", "Martin Sorell"]] == nil)

    let byArticle = try await fixture.json("cooccur --top 100 --within article --format json")
    let articlePairs = pairs(byArticle)
    let judges = try #require(articlePairs[["Helga Quist", "Martin Sorell"]])
    #expect(judges.count == 1 && judges.articles == 1)
    let mayorAndAgency = try #require(articlePairs[["Ingrid Dravnik", "Coastal Works Agency"]])
    #expect(mayorAndAgency.count == 2 && mayorAndAgency.articles == 2)
    let mayorAndCityByArticle = try #require(articlePairs[["Ingrid Dravnik", "Vennhold"]])
    #expect(mayorAndCityByArticle.count == 2)

    let people = try await fixture.json("cooccur --top 100 --within article --kind person --format json")
    #expect(
      Set(pairs(people).keys) == [
        ["Ingrid Dravnik", "Oscar Brennvik"], ["Helga Quist", "Martin Sorell"],
      ])
    let top = try await fixture.json("cooccur --top 1 --within article --format json")
    #expect(top.count == 1)

    let within = await fixture.run("cooccur --within paragraph")
    #expect(!within.ok && within.error.contains("Please provide one of 'sentence' and 'article'"))
    let kind = await fixture.run("cooccur --kind x")
    #expect(!kind.ok && kind.error.contains("'person', 'organization', 'location' or 'misc'"))
  }

  @Test func filterByEntityKeepsArticlesNamingItUnderAnyAlias() async throws {
    let fixture = try await EntityShellFixture()
    #expect(try await fixture.articleIDs("filter entity='Ingrid Dravnik'") == Self.dravnikArticles)
    #expect(try await fixture.articleIDs("filter entity=dravnik") == Self.dravnikArticles)
    #expect(try await fixture.articleIDs("filter entity=person:ingrid-dravnik") == Self.dravnikArticles)
    #expect(try await fixture.articleIDs("filter entity!='Ingrid Dravnik'") == ["judges-lantern"])
    #expect(try await fixture.articleIDs("filter entity~ravni") == Self.dravnikArticles)
    #expect(try await fixture.articleIDs("filter entity~brenv") == ["barrier-lantern", "barrier-quay"])
    #expect(try await fixture.articleIDs("filter entity=CWA") == ["barrier-lantern", "barrier-quay"])
    #expect(try await fixture.articleIDs("filter entity='Helga Quist'") == ["judges-lantern"])
    #expect(try await fixture.articleIDs("filter entity=Nobody").isEmpty)
    #expect(
      try await fixture.articleIDs("filter entity=Dravnik outlet='Quay Herald'") == [
        "barrier-quay", "farmers-quay",
      ])
    let comparison = await fixture.run("filter entity>=Dravnik")
    #expect(!comparison.ok && comparison.error.contains("entity conditions use =, != or ~"))
  }

  @Test func entitiesAfterAFilterListOnlyTheSelectionsEntities() async throws {
    let fixture = try await EntityShellFixture()
    let lantern = try await fixture.json("filter outlet='Lantern Post' | entities --format json")
    let names = Set(lantern.compactMap { $0["name"] as? String })
    #expect(names.isSuperset(of: ["Ingrid Dravnik", "Helga Quist", "Martin Sorell", "Coastal Works Agency"]))
    #expect(!names.contains("Ostervale"))
    let dravnik = try row("Ingrid Dravnik", in: lantern)
    #expect(dravnik["mentions"] as? Int == 2)
    #expect(dravnik["articles"] as? Int == 1)
    let engineer = try row("Oscar Brenvik", in: lantern)
    #expect(
      (engineer["aliases"] as? [[String: Any]])?.compactMap { $0["name"] as? String } == ["Oscar Brenvik"])

    let quay = try await fixture.json("filter outlet='Quay Herald' | entities --format json")
    let quayNames = Set(quay.compactMap { $0["name"] as? String })
    #expect(quayNames.contains("Ostervale"))
    #expect(quayNames.isDisjoint(with: ["Helga Quist", "Martin Sorell"]))
    #expect(quayNames.contains("Oscar Brennvik"))
    #expect(try row("Ingrid Dravnik", in: quay)["articles"] as? Int == 2)

    let shown = try await fixture.json("filter outlet='Quay Herald' | entity Dravnik --format json")
    let tones = try #require(shown.first?["toneByOutlet"] as? [[String: Any]])
    #expect(tones.compactMap { $0["outlet"] as? String } == ["Quay Herald"])
  }
}

/// `--by FIELD` on `entity`, and the notes of commands that cut their output.
@Suite struct EntityCommandGroupingTests {
  @Test func entityGivesItsTonePerValueOfAnyField() async throws {
    let fixture = try await EntityShellFixture()
    let byArticle = try #require(try await fixture.json("entity Dravnik --by id --format json").first)
    #expect(byArticle["toneByOutlet"] == nil)
    let tones = try #require(byArticle["toneById"] as? [[String: Any]])
    #expect(tones.compactMap { $0["id"] as? String } == EntityCommandTests.dravnikArticles)
    #expect(tones.compactMap { $0["sentences"] as? Int } == [2, 1, 1])
    for tone in tones { #expect(tone["tone"] is Double) }

    // The articles have no authors: all their sentences are under "(no author)".
    let byAuthor = try #require(try await fixture.json("entity Dravnik --by author --format json").first)
    let authorTones = try #require(byAuthor["toneByAuthor"] as? [[String: Any]])
    #expect(authorTones.compactMap { $0["author"] as? String } == ["(no author)"])
    #expect(authorTones.first?["sentences"] as? Int == 4)

    // The same sentences as per outlet, whatever the field.
    let byOutlet = try #require(try await fixture.json("entity Dravnik --format json").first)
    let outletTones = try #require(byOutlet["toneByOutlet"] as? [[String: Any]])
    #expect(outletTones.compactMap { $0["sentences"] as? Int }.reduce(0, +) == 4)

    // One file, whose folder is a temporary directory's: every sentence in one group.
    let byFolder = try #require(try await fixture.json("entity Dravnik --by folder --format json").first)
    #expect((byFolder["toneByFolder"] as? [[String: Any]])?.count == 1)

    let bad = await fixture.run("entity Dravnik --by colour")
    #expect(!bad.ok && bad.output.isEmpty)
    #expect(bad.error.contains("colour"))
  }

  @Test func listingsThatCutTheirOutputSaySoOnStandardError() async throws {
    let fixture = try await EntityShellFixture()
    let all = try await fixture.json("entities --top 1000 --format json")
    #expect(all.count > 2)
    #expect(!fixture.captured.standardError.contains("showing"))

    let cut = await fixture.run("entities --top 2 --format json")
    #expect(cut.ok)
    #expect(cut.error.contains("note: showing 2 of \(all.count) entities; --top N for more"), "\(cut.error)")
    let rows = try #require(try JSONSerialization.jsonObject(with: Data(cut.output.utf8)) as? [[String: Any]])
    #expect(rows.count == 2)

    let pairs = try await fixture.json("cooccur --top 1000 --format json")
    #expect(pairs.count > 1)
    let onePair = await fixture.run("cooccur --top 1")
    #expect(onePair.error.contains("note: showing 1 of \(pairs.count) pairs; --top N for more"))
    #expect(!onePair.output.contains("note:"))
  }
}
