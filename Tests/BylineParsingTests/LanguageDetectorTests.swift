import BylineParsing
import Testing

@Suite("LanguageDetector")
struct LanguageDetectorTests {
  /// Short news-style paragraphs, one per language, written for these tests.
  static let samples: [(language: String, text: String)] = [
    (
      "en",
      """
      The city council voted on Tuesday to close two of its oldest bridges for repairs, a decision that \
      officials said would add about twenty minutes to many commutes. The work is expected to last until \
      the end of the year, and residents have been asked to use the ferry while the roads are shut.
      """
    ),
    (
      "es",
      """
      El ayuntamiento aprobó el martes un plan para renovar las calles del centro histórico, según \
      informaron fuentes municipales. Las obras comenzarán en primavera y durarán al menos seis meses. \
      ¿Quién pagará la factura? Los comerciantes de la zona temen perder clientes durante los trabajos.
      """
    ),
    (
      "de",
      """
      Die Regierung hat am Mittwoch ein neues Gesetz zur Förderung von Solaranlagen auf den Dächern \
      beschlossen. Nach Angaben des Ministeriums sollen die Kosten für Hausbesitzer deutlich sinken. \
      Kritiker werfen der Koalition jedoch vor, dass die Maßnahmen zu spät kommen und nicht weit genug \
      gehen.
      """
    ),
    (
      "fr",
      """
      Le gouvernement a présenté mercredi un projet de loi visant à réduire la consommation d'énergie \
      dans les bâtiments publics. Selon le ministre, les économies pourraient atteindre plusieurs \
      milliards d'euros d'ici la fin de la décennie. Les syndicats, eux, dénoncent un texte qui ne \
      prévoit aucun moyen supplémentaire pour les collectivités.
      """
    ),
    (
      "pt",
      """
      O governo anunciou nesta quinta-feira um novo pacote de medidas para conter a alta dos preços dos \
      alimentos. Segundo o ministro da Fazenda, as ações devem começar a valer já no próximo mês. \
      Economistas ouvidos pela reportagem afirmam que o impacto ainda não está claro e que a inflação \
      continua pressionada.
      """
    ),
    (
      "ru",
      """
      В понедельник правительство утвердило новый план по строительству дорог в северных регионах \
      страны. По словам министра, работы начнутся уже весной и займут не менее трёх лет. Эксперты \
      считают, что проект поможет развитию местной экономики, однако его стоимость пока не раскрывается.
      """
    ),
    (
      "it",
      """
      Il consiglio comunale ha approvato ieri sera il nuovo piano per il traffico nel centro della città. \
      Secondo l'assessore, le modifiche entreranno in vigore all'inizio di settembre e ridurranno \
      l'inquinamento. I commercianti però sono preoccupati per le possibili conseguenze sulle vendite.
      """
    ),
    (
      "nl",
      """
      De gemeenteraad heeft dinsdag ingestemd met een plan om het centrum van de stad autovrij te maken. \
      Volgens de wethouder wordt de maatregel volgend jaar ingevoerd en moeten bewoners een vergunning \
      aanvragen. Ondernemers in de binnenstad zijn bang dat er minder klanten zullen komen.
      """
    ),
  ]

  @Test("Detects each of the eight languages", arguments: samples.indices)
  func detectsSample(_ index: Int) {
    let sample = Self.samples[index]
    #expect(LanguageDetector.detect(sample.text) == sample.language)
  }

  @Test("The detected language leads the scores", arguments: samples.indices)
  func scoresLeadWithDetectedLanguage(_ index: Int) {
    let sample = Self.samples[index]
    let scores = LanguageDetector.scores(sample.text)
    #expect(scores.first?.language == sample.language)
    #expect(scores.count == 8)
    #expect(Set(scores.map(\.language)) == ["en", "es", "de", "fr", "pt", "ru", "it", "nl"])
    #expect(zip(scores, scores.dropFirst()).allSatisfy { $0.score >= $1.score })
  }

  @Test(
    "Short, empty and letterless input gives nil",
    arguments: [
      "", "   ", "\n\t\n", "Hello", "Hello world", "12345", "3.14 2.71 1.41 42 -7", "2024-05-01 10:30",
      "!!! ??? ...", "—", "🙂🙂🙂 🎉", "Москва", "Berlin Paris",
    ]
  )
  func shortInputIsNil(_ text: String) {
    #expect(LanguageDetector.detect(text) == nil)
  }

  @Test("Empty input still lists every language, at zero")
  func scoresForEmptyInput() {
    let scores = LanguageDetector.scores("")
    #expect(scores.count == 8)
    #expect(scores.allSatisfy { $0.score == 0 })
  }

  @Test("Case does not matter")
  func mixedCase() {
    let upper = "THE MINISTER SAID THAT THE PLAN WOULD BE PUBLISHED IN THE SPRING."
    #expect(LanguageDetector.detect(upper) == "en")
    let title = "Der Präsident Sagte, Dass Die Wahl Im Herbst Stattfinden Wird."
    #expect(LanguageDetector.detect(title) == "de")
    let shouting = "LE PRÉSIDENT A ANNONCÉ QUE LES ÉLECTIONS AURONT LIEU EN AUTOMNE."
    #expect(LanguageDetector.detect(shouting) == "fr")
    let mixed = "eL pReSiDeNtE dIjO qUe LaS eLeCcIoNeS sErÁn En OtOñO."
    #expect(LanguageDetector.detect(mixed) == "es")
    #expect(LanguageDetector.detect("В ПОНЕДЕЛЬНИК МИНИСТР ЗАЯВИЛ, ЧТО ПЛАН УЖЕ ГОТОВ.") == "ru")
    for sample in Self.samples {
      #expect(LanguageDetector.detect(sample.text.uppercased()) == sample.language)
      #expect(LanguageDetector.detect(sample.text.lowercased()) == sample.language)
    }
  }

  @Test("Mostly English with foreign names is English")
  func englishWithForeignNames() {
    let text = """
      Speaking in São Paulo on Friday, José María Fernández-Peña told reporters that the talks with \
      Jürgen Müller and François Lefèvre had gone well. He said the three companies would announce a \
      joint venture in the spring, with offices in Köln, Málaga and Besançon.
      """
    #expect(LanguageDetector.detect(text) == "en")
  }

  @Test("Mostly Russian with Latin-script names is Russian")
  func russianWithLatinNames() {
    let text = """
      Компания Apple и банк Goldman Sachs сообщили, что новая карта появится в России уже в марте. \
      По словам аналитиков, спрос на такие услуги быстро растёт.
      """
    #expect(LanguageDetector.detect(text) == "ru")
  }

  @Test("Words split on non-letters: apostrophes, hyphens, digits and punctuation")
  func splitsOnNonLetters() {
    let text = "l'économie—d'après le ministre—est en hausse de 2,5% depuis l'été; c'est une bonne nouvelle."
    #expect(LanguageDetector.detect(text) == "fr")
    #expect(LanguageDetector.detect("the,cat;sat/on(the)mat") == "en")
  }

  @Test("An even mix of two languages gives nil")
  func evenMixIsNil() {
    let text = """
      The minister said that the plan was ready. Der Minister sagte, dass der Plan fertig ist.
      """
    #expect(LanguageDetector.detect(text) == nil)
  }

  @Test("Scripts other than Latin and Cyrillic give nil")
  func otherScripts() {
    #expect(LanguageDetector.detect("Η κυβέρνηση ανακοίνωσε νέα μέτρα για την οικονομία σήμερα.") == nil)
    #expect(LanguageDetector.detect("政府今天宣布了一项新的经济计划，以支持中小企业的发展。") == nil)
  }

  @Test("Other Cyrillic languages are not taken for Russian")
  func otherCyrillic() {
    let ukrainian = """
      У вівторок уряд схвалив нову програму підтримки малого бізнесу. За словами міністра, кошти \
      отримають підприємства, які постраждали від війни, і це допоможе зберегти робочі місця.
      """
    #expect(LanguageDetector.detect(ukrainian) == nil)
    let serbian = "Влада је у уторак усвојила нови закон о јавним набавкама, који ће ступити на снагу у јуну."
    #expect(LanguageDetector.detect(serbian) == nil)
  }

  @Test("Decomposed accents are read like composed ones")
  func decomposedAccents() {
    let composed = "O ministro disse que não há previsão para a votação do orçamento."
    let decomposed = composed.decomposedForTest
    #expect(decomposed.unicodeScalars.count > composed.unicodeScalars.count)
    #expect(LanguageDetector.detect(decomposed) == "pt")
  }

  @Test("Only the start of a long text is examined")
  func longInput() {
    let english = Self.samples[0].text
    let german = Self.samples[2].text
    // 3,000 English words or so, then a great deal of German: the German is never reached.
    let text = String(repeating: english + " ", count: 60) + String(repeating: german + " ", count: 500)
    #expect(LanguageDetector.detect(text) == "en")
    let huge = String(repeating: "1234567890 ", count: 100_000) + english
    #expect(LanguageDetector.detect(huge) == nil)
  }

  @Test("Odd input never crashes")
  func oddInput() {
    let inputs = [
      "\u{0}\u{1}\u{2}", String(repeating: "a", count: 100_000), "e\u{301}\u{301}\u{301} a a",
      "🇫🇷🇩🇪🇪🇸", "\u{FEFF}the of and", "a\u{200D}b c d", "ǅ ǈ ǋ",
    ]
    for input in inputs {
      _ = LanguageDetector.detect(input)
      _ = LanguageDetector.scores(input)
    }
    #expect(LanguageDetector.detect("\u{FEFF}the report of the committee") == "en")
  }
}

extension String {
  /// The text with common precomposed Latin letters split into a base letter and a combining mark.
  fileprivate var decomposedForTest: String {
    var result = String.UnicodeScalarView()
    let table: [Unicode.Scalar: (Unicode.Scalar, Unicode.Scalar)] = [
      "ã": ("a", "\u{303}"), "õ": ("o", "\u{303}"), "á": ("a", "\u{301}"), "é": ("e", "\u{301}"),
      "ç": ("c", "\u{327}"), "ó": ("o", "\u{301}"),
    ]
    for scalar in unicodeScalars {
      if let (base, mark) = table[scalar] {
        result.append(base)
        result.append(mark)
      } else {
        result.append(scalar)
      }
    }
    return String(result)
  }
}
