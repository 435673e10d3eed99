import BylineCore
import BylineEntities
import Foundation
import Testing

@Suite struct GazetteerTests {
  /// A gazetteer directory with `files`, written to a temporary directory.
  static func directory(_ files: [String: String]) throws -> URL {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("byline-gazetteer-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    for (name, text) in files {
      try text.write(to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }
    return directory
  }

  /// Invented names, with ids in two knowledge bases and a bare Wikidata-style id.
  static let invented: [String: String] = [
    "countries.tsv": """
    id\tname\taliases\tadjectives\tcapital_id
    # a comment line
    geonames:9900001\tVeldoria\tRepublic of Veldoria\tVeldorian|Veldorians\tgeonames:9900002
    Q9900003\tFederated Isles\t\tIslander\t

    """,
    "places.tsv": """
    id\tname\taliases\ttype\tcountry_id
    geonames:9900002\tCarvessa\tKarvessa\tcity\tgeonames:9900001
    iso3166-2:VD-NO\tNorthmarch\t\tprovince\tgeonames:9900001

    """,
    "roles.tsv": "role\tgroup\nharbour master\tlocal\n",
    "given-names.txt": "# names\nIlsa\nOrlan\n",
  ]

  @Test func emptyGazetteerFindsNothing() {
    #expect(Gazetteer().matches(in: ["New", "York"]).isEmpty)
  }

  @Test func idsNameTheirKnowledgeBase() throws {
    let gazetteer = try Gazetteer(directory: Self.directory(Self.invented))
    let country = try #require(gazetteer.entries(named: "Veldoria").first)
    #expect(country.id == "geonames:9900001")
    #expect(country.knowledgeBaseID?.base == "geonames")
    #expect(country.knowledgeBaseID?.value == "9900001")
    let province = try #require(gazetteer.entries(named: "Northmarch").first)
    #expect(province.knowledgeBaseID?.base == "iso3166-2")
    #expect(province.knowledgeBaseID?.value == "VD-NO")
    #expect(province.countryID == "geonames:9900001")
    #expect(province.roles == ["province"])
    let isles = try #require(gazetteer.entries(named: "Federated Isles").first)
    #expect(isles.knowledgeBaseID?.base == "wikidata")
    #expect(isles.knowledgeBaseID?.value == "Q9900003")
  }

  @Test func listsLoadAliasesDemonymsRolesAndGivenNames() throws {
    let gazetteer = try Gazetteer(directory: Self.directory(Self.invented))
    #expect(gazetteer.entries(named: "Karvessa").first?.name == "Carvessa")
    #expect(gazetteer.entries(named: "republic of veldoria").first?.name == "Veldoria")
    #expect(gazetteer.country(forAdjective: "Veldorians")?.name == "Veldoria")
    #expect(gazetteer.country(forAdjective: "Islander")?.name == "Federated Isles")
    #expect(gazetteer.roleGroup(of: "Harbour Master") == "local")
    #expect(gazetteer.longestRole == 2)
    #expect(gazetteer.isGivenName("Ilsa"))
    #expect(!gazetteer.isGivenName("Veldoria"))
    let matches = gazetteer.matches(in: ["the", "Republic", "of", "Veldoria", "harbour", "master", "Ilsa"])
    #expect(matches.map(\.range) == [1..<4, 4..<6, 6..<7])
    #expect(matches.map(\.categories) == [[.country], [.role], [.givenName]])
    #expect(gazetteer.allEntries.filter { $0.category == .demonym }.count == 3)
  }

  @Test func aMalformedRowNamesItsFileAndLine() throws {
    var files = Self.invented
    files["places.tsv"] = "id\tname\taliases\ttype\tcountry_id\ngeonames:1\tSomewhere\n"
    let error = #expect(throws: BylineError.self) { try Gazetteer(directory: Self.directory(files)) }
    #expect(error?.code == .invalidData)
    #expect(error?.location == InputLocation(file: "places.tsv", line: 2, column: 1))
    #expect(error?.message == "expected 4 tab-separated fields")
    #expect(
      error?.description.hasPrefix(
        "places.tsv:2:1: error: expected 4 tab-separated fields\ngeonames:1\tSomewhere\n^~~~~~~~~~~~~~~~~~~~\n"
      )
        == true, "\(String(describing: error))")
  }

  @Test func resolvedEntitiesCarryTheListsIDs() throws {
    let resolver = EntityResolver(gazetteer: try Gazetteer(directory: Self.directory(Self.invented)))
    let entities = resolver.resolve([
      ResolutionFixture.article(
        "a1", "Crowds gathered in Karvessa. Veldoria recalled its envoy.",
        [("Karvessa", .location), ("Veldoria", .location)])
    ])
    let city = try #require(ResolutionFixture.entity(named: "Karvessa", in: entities))
    #expect(city.id == "geonames:9900002")
    #expect(city.canonicalName == "Carvessa")
    #expect(city.knowledgeBaseIDs == ["geonames": "9900002"])
    let country = try #require(ResolutionFixture.entity(named: "Veldoria", in: entities))
    #expect(country.knowledgeBaseIDs == ["geonames": "9900001"])
  }
}

/// The bundled lists: general, rebuilt from public sources; no people, and companies, the European
/// Union and the United Nations as the only organisations.
@Suite struct BundledGazetteerTests {
  let gazetteer = Gazetteer.bundled

  @Test func shipsNoPeopleAndOnlyCompaniesAndTwoInternationalBodiesAsOrganisations() {
    #expect(!gazetteer.allEntries.isEmpty)
    #expect(!gazetteer.allEntries.contains { $0.category == .person })
    let organisations = gazetteer.allEntries.filter { $0.category == .organization }
    let companies = organisations.filter { $0.roles == ["company"] }
    #expect(!companies.isEmpty)
    let others = organisations.filter { $0.roles != ["company"] }
    #expect(Set(others.map(\.name)) == ["European Union", "United Nations"])
    #expect(others.allSatisfy { $0.roles == ["international"] && $0.id == nil })
    // A company's id, when it has one, is its ISIN.
    #expect(
      companies.compactMap(\.knowledgeBaseID).allSatisfy { $0.base == "isin" && $0.value.count == 12 })
  }

  @Test func unM49RegionsAreListedAsPlaces() throws {
    let region = try #require(gazetteer.entries(named: "Western Europe").first)
    #expect(region.category == .place)
    #expect(region.roles == ["region"])
    #expect(region.id == "m49:155")
    #expect(region.knowledgeBaseID?.base == "m49")
  }

  @Test func countriesCapitalsAndDemonymsComeFromGeoNames() throws {
    let peru = try #require(gazetteer.entries(named: "Peru").first { $0.category == .country })
    #expect(peru.knowledgeBaseID?.base == "geonames")
    let lima = try #require(gazetteer.entries(named: "Lima").first)
    #expect(lima.category == .place)
    #expect(lima.countryID == peru.id)
    #expect(gazetteer.country(forAdjective: "Peruvian")?.id == peru.id)
    #expect(gazetteer.country(forAdjective: "Peruvians")?.id == peru.id)
    // A name is listed once; the country keeps a name a subdivision also has.
    #expect(gazetteer.entries(named: "Georgia").map(\.category) == [.country])
  }

  @Test func everyCountryAndPlaceHasItsOwnID() {
    var seen: Set<String> = []
    for entry in gazetteer.allEntries where entry.category == .country || entry.category == .place {
      guard let id = entry.id else {
        Issue.record("\(entry.name) has no id")
        continue
      }
      #expect(seen.insert(id).inserted, "\(id) twice")
    }
  }

  @Test func rolesAreGeneralVocabulary() {
    #expect(gazetteer.roleGroup(of: "press secretary") == "spokesperson")
    #expect(gazetteer.roleGroup(of: "Foreign Minister") == "government")
    // No role is bound to a nationality: "Peruvian president" is a demonym and a role.
    let demonyms = Set(
      gazetteer.allEntries.filter { $0.category == .demonym }.map { $0.name.lowercased() })
    for demonym in demonyms {
      #expect(gazetteer.roleGroup(of: demonym + " president") == nil, "\(demonym) president")
      #expect(gazetteer.roleGroup(of: demonym + " prime minister") == nil, "\(demonym) prime minister")
    }
  }
}
