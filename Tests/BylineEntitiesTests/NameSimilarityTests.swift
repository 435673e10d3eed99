import BylineEntities
import Testing

@Suite struct NameSimilarityTests {
  @Test func comparisonKeyFoldsCaseDiacriticsPunctuationAndPossessives() {
    #expect(NameSimilarity.comparisonKey("El Amrazi") == "elamrazi")
    #expect(NameSimilarity.comparisonKey("El-Amrazi") == "elamrazi")
    #expect(NameSimilarity.comparisonKey("ElAmrazi") == "elamrazi")
    #expect(NameSimilarity.comparisonKey("Dravník's") == "dravnik")
    #expect(NameSimilarity.comparisonKey("the Harbour Board’s") == "harbourboard")
    #expect(NameSimilarity.comparisonKey("O'Tully") == "otully")
    #expect(NameSimilarity.comparisonKey("Nato") == NameSimilarity.comparisonKey("NATO"))
  }

  @Test func surnameKeysWithAndWithoutParticles() {
    #expect(NameSimilarity.surnameKeys("El Zarqa") == ["elzarqa", "zarqa"])
    #expect(NameSimilarity.surnameKeys("al-Teshri") == ["alteshri", "teshri"])
    #expect(NameSimilarity.surnameKeys("van der Molk") == ["vandermolk", "molk"])
    #expect(NameSimilarity.surnameKeys("Dravnik") == ["dravnik"])
  }

  @Test(arguments: [
    ["Dmitry", "Dmitri", "Dmitriy"],
    ["Volostov", "Volostoff", "Volostow"],
    ["Marensky", "Marenskyy", "Marenskiy"],
    ["Khorvat", "Horvat"],
    ["Brockel", "Brokel"],
    ["Phelmar", "Felmar"],
    ["Jurek", "Yurek", "Iurek"],
    ["Annalie", "Annaly", "Annaliy"],
    ["Aleksei", "Alexey"],
  ])
  func transliterationVariantsShareAPhoneticKey(_ spellings: [String]) {
    let keys = Set(spellings.map(NameSimilarity.phoneticKey))
    #expect(keys.count == 1, "\(spellings) → \(keys)")
  }

  @Test func differentNamesHaveDifferentPhoneticKeys() {
    #expect(NameSimilarity.phoneticKey("Pobbet") != NameSimilarity.phoneticKey("Pobbin"))
    #expect(NameSimilarity.phoneticKey("Arlen") != NameSimilarity.phoneticKey("Corin"))
  }

  @Test func jaroWinklerMatchesPublishedValues() {
    #expect(abs(NameSimilarity.jaroWinkler("MARTHA", "MARHTA") - 0.9611) < 0.0001)
    #expect(abs(NameSimilarity.jaroWinkler("DWAYNE", "DUANE") - 0.84) < 0.0001)
    #expect(abs(NameSimilarity.jaroWinkler("DIXON", "DICKSONX") - 0.8133) < 0.0001)
    #expect(NameSimilarity.jaroWinkler("same", "same") == 1)
    #expect(NameSimilarity.jaroWinkler("abc", "xyz") == 0)
    #expect(NameSimilarity.jaroWinkler("", "") == 1)
  }

  /// A name much longer than the other once made the matching window empty and trapped.
  @Test func jaroWinklerOfNamesOfVeryDifferentLengths() {
    let score = NameSimilarity.jaroWinkler("Brindlemoorcastle", "Bo")
    #expect(score > 0 && score < 1)
    #expect(NameSimilarity.jaroWinkler("Q", "Quarrendale-Pritchett") > 0)
    #expect(NameSimilarity.jaroWinkler("Xanthorpe", "Z") == 0)
    // A "name" of thousands of letters is compared by its first few hundred.
    let long = String(repeating: "Corvanmere", count: 1_000)
    #expect(NameSimilarity.jaroWinkler(long, long + "x") == 1)
  }

  @Test func surnameSimilarityGrades() {
    #expect(NameSimilarity.surnameSimilarity("El Zarqa", "Zarqa") == 1)
    #expect(NameSimilarity.surnameSimilarity("Volostov", "Volostoff") == 0.9)
    #expect(NameSimilarity.surnameSimilarity("Kettleborne", "Kettlebourne") == 0.8)
    #expect(NameSimilarity.surnameSimilarity("Pobbet", "Dravnik") == nil)
    #expect(NameSimilarity.surnameSimilarity("Brill", "Brell") == nil)
  }

  @Test func givenNamesMustBeCompatible() {
    #expect(NameSimilarity.givenNameSimilarity("Ilsa", "Ilsa") == 1)
    #expect(NameSimilarity.givenNameSimilarity("Dmitry", "Dmitriy") == 0.9)
    #expect(NameSimilarity.givenNameSimilarity("I.", "Ilsa") == 0.85)
    #expect(NameSimilarity.givenNameSimilarity(nil, "Ilsa") == 0.85)
    #expect(NameSimilarity.givenNameSimilarity("Arlen", "Corin") == nil)
    #expect(NameSimilarity.givenNameSimilarity("A.", "Corin") == nil)
  }

  @Test func personNamesCombineSurnameAndGivenName() {
    #expect(NameSimilarity.personNameSimilarity("Dmitry Volostov", "Dmitri Volostoff") == 0.9)
    #expect(NameSimilarity.personNameSimilarity("Oleksandr Marensky", "Marenskyy") == 0.85)
    #expect(NameSimilarity.personNameSimilarity("Mr Pobbet", "Arlen Pobbet Jr.") == 0.85)
    #expect(NameSimilarity.personNameSimilarity("Nadim El Zarqa", "Nadim Zarqa") == 1)
    #expect(NameSimilarity.personNameSimilarity("Arlen Pobbet", "Corin Pobbet") == nil)
    #expect(NameSimilarity.personNameSimilarity("Arlen Pobbet", "Arlen Dravnik") == nil)
  }
}

@Suite struct NameSimilarityDocumentedExamplesTests {
  @Test func theExamplesInTheDocumentationHold() {
    #expect(NameSimilarity.comparisonKey("El-Amrani's") == "elamrani")
    #expect(NameSimilarity.phoneticKey("Zarembskyy") == "sarembski")
    #expect(NameSimilarity.personNameSimilarity("Aleksey Volostov", "Alexei Volostoff") == 0.9)
    #expect(NameSimilarity.personNameSimilarity("Ilsa Dravnik", "Tomas Dravnik") == nil)
    #expect(NameSimilarity.personNameSimilarity("Ilsa Dravnik", "Dravnick") == 0.85)
    for spellings in [
      ["Aleksey", "Alexei", "Aleksei"], ["Volostov", "Volostoff", "Volostow"],
      ["Zarembsky", "Zarembskyy", "Zarembskiy"], ["Matthew", "Mathew"], ["Zavala", "Savala"],
      ["Psorin", "Sorin"],
    ] {
      #expect(Set(spellings.map(NameSimilarity.phoneticKey)).count == 1, "\(spellings)")
    }
    #expect(NameSimilarity.phoneticKey("Aleksey") == "aleksei")
    #expect(NameSimilarity.phoneticKey("Volostoff") == "volostov")
    #expect(NameSimilarity.phoneticKey("Matthew") == "matev")
    #expect(NameSimilarity.phoneticKey("Zavala") == "savala")
    #expect(NameSimilarity.isNearMiss("Dravnik", "Drabnik"))
  }
}
