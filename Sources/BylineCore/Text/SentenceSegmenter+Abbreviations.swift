extension SentenceSegmenter {
  /// Words that are abbreviated with a period, and capitalised function words that open sentences.
  ///
  /// The lists hold general vocabulary — titles, company suffixes, months, units, street words and
  /// the like in English, Spanish, French, German, Portuguese and Russian — never names.
  enum Abbreviations {
    /// How an abbreviation behaves before the next word.
    enum Kind: Sendable {
      /// Always followed by more of its sentence (`Mr.`, `Gen.`, `vs.`).
      case title
      /// Often ends a sentence too (`Inc.`, `etc.`, `Dec.`): it does when a sentence-opening
      /// function word follows.
      case general
      /// An abbreviation only before a number (`No. 5`); otherwise an ordinary word.
      case numeric
    }

    private static let titles = [
      "Mr", "Mrs", "Ms", "Mx", "Messrs", "Mmes", "Dr", "Drs", "Prof", "Profs", "Gen", "Lt", "Col",
      "Maj", "Brig", "Sgt", "Capt", "Cmdr", "Cmdt", "Adm", "Cpl", "Pvt", "Gov", "Sen", "Sens", "Rep",
      "Reps", "Pres", "Supt", "Insp", "Det", "Atty", "Rev", "Hon", "Msgr", "Fr", "Hr", "Mme", "Mlle",
      "Mt", "Ft", "Ste", "Dra", "Sra", "Srta", "Sras", "Lic", "Ing", "Dipl", "Profa", "Av", "Avda", "Sta",
      "Dña", "vs", "v", "cf", "viz", "ca", "vgl", "bzw", "evtl", "ggf", "inkl", "zzgl", "sog", "env",
      "ул", "им", "проф", "акад", "тов",
    ]

    private static let general = [
      "Jr", "Sr", "Sres", "Esq", "Inc", "Ltd", "Co", "Corp", "Cos", "Bros", "etc", "al", "Dept", "Univ",
      "Assn", "Ave", "Blvd", "Rd", "St", "Hwy", "Sq", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug",
      "Sep", "Sept", "Oct", "Nov", "Dec", "est", "approx", "esp", "Ala", "Ariz", "Ark", "Calif", "Colo",
      "Conn", "Fla", "Ga", "Kan", "Kans", "Ky", "Md", "Mich", "Minn", "Mont", "Neb", "Nev", "Okla",
      "Ore", "Pa", "Tenn", "Tex", "Va", "Vt", "Wis", "Wyo", "p", "pp", "Fig", "Figs", "Vol", "Vols",
      "Sec", "Ch", "Nr", "núm", "pág", "págs", "c", "usw", "Str", "Jh", "Mio", "Mrd", "Tsd", "Ud",
      "Uds", "гг", "руб", "млн", "млрд", "тыс", "др", "пр", "см",
    ]

    private static let numeric = ["No", "no", "Nos", "nos", "Art"]

    private static let table: [String: Kind] = {
      var table: [String: Kind] = [:]
      for (words, kind) in [(titles, Kind.title), (general, .general), (numeric, .numeric)] {
        for word in words {
          table[word] = kind
          let capitalized = word.prefix(1).uppercased() + word.dropFirst()
          if table[capitalized] == nil { table[capitalized] = kind }
        }
      }
      return table
    }()

    /// Capitalised function words that typically open a sentence: articles, pronouns, conjunctions,
    /// prepositions and sentence adverbs.
    private static let sentenceStarters = Set([
      // English
      "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "His", "Her", "Its", "Their",
      "Our", "My", "Your", "This", "That", "These", "Those", "There", "Here", "But", "And", "Or", "So",
      "Yet", "Nor", "In", "On", "At", "As", "By", "For", "From", "With", "Without", "After", "Before",
      "During", "Under", "Over", "When", "While", "If", "Although", "Though", "Because", "Since",
      "Meanwhile", "However", "Still", "Then", "Now", "Some", "Many", "Most", "All", "No", "Not",
      "One", "Both", "Each", "Every", "Other", "Such", "What", "Who", "Why", "How", "Where", "Which",
      "Also", "Others", "Another", "Several", "Few", "Neither", "Either", "Instead", "Once", "Until",
      "Despite", "Thus", "Even", "Only", "Yesterday", "Today", "Earlier", "Later",
      // Spanish
      "El", "La", "Los", "Las", "Un", "Una", "En", "Pero", "Y", "Este", "Esta", "Ese", "Esa", "Es",
      "Se", "Su", "Sus", "Al", "Con", "Para", "Según",
      // French
      "Le", "Les", "Il", "Elle", "Ils", "Elles", "Mais", "Et", "Une", "Ce", "Cette", "Ces", "Dans",
      "Au", "Aux", "Nous", "Je", "On", "Selon",
      // German
      "Der", "Die", "Das", "Er", "Sie", "Es", "Wir", "Ich", "Aber", "Und", "Ein", "Eine", "Im", "Am",
      "Auch", "Doch", "Dies", "Diese", "Dieser", "Nach",
      // Portuguese
      "O", "Os", "As", "Ele", "Ela", "Eles", "Elas", "Mas", "E", "Em", "Na", "Nos", "Um", "Uma",
      "Isso", "Segundo",
      // Russian
      "В", "На", "Он", "Она", "Оно", "Они", "Мы", "Я", "Это", "Но", "И", "А", "По", "С", "Не", "Как",
      "Так", "Однако", "После", "При",
    ])

    /// Function words that open a sentence with a contraction (`It's`, `Don't`).
    private static let contractionStarters: Set<String> = [
      "It", "He", "She", "We", "They", "I", "You", "That", "There", "Here", "What", "Who", "Where",
      "How", "Let", "Don", "Doesn", "Didn", "Isn", "Wasn", "Aren", "Weren", "Can", "Won",
    ]

    /// German words after which a number with a period is an ordinal (`am 3. Oktober`).
    private static let ordinalCues: Set<String> = [
      "am", "Am", "vom", "Vom", "zum", "Zum", "bis", "Bis", "seit", "Seit", "ab", "Ab", "den", "dem",
      "der", "des", "zur", "im", "Im", "zu",
    ]

    /// The kind of abbreviation the word at `range` is (without its period), or nil.
    static func kind(of range: Range<Int>, in source: Tokenizer.Source) -> Kind? {
      guard range.count <= 16 else { return nil }
      let word = source.string(range)
      if let kind = table[word] { return kind }
      // "INC." and "DR." in capitals.
      let capitalized = String(word.prefix(1)) + word.dropFirst().lowercased()
      return capitalized == word ? nil : table[capitalized]
    }

    /// Whether the word at `range` is a capitalised function word that opens sentences.
    static func isSentenceStarter(_ range: Range<Int>, in source: Tokenizer.Source) -> Bool {
      range.count <= 24 && sentenceStarters.contains(source.string(range))
    }

    /// Whether the word at `range` introduces an ordinal number written with a period.
    static func isOrdinalCue(_ range: Range<Int>, in source: Tokenizer.Source) -> Bool {
      range.count <= 8 && ordinalCues.contains(source.string(range))
    }

    /// Whether the word at `range`, followed by an apostrophe, opens a sentence (`It's`, `Don't`).
    static func isContractionStarter(_ range: Range<Int>, in source: Tokenizer.Source) -> Bool {
      range.count <= 8 && contractionStarters.contains(source.string(range))
    }
  }
}
