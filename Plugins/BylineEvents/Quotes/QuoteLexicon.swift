/// The word lists the quote extractor uses, all in lower case, read once from
/// `Resources/quote-lexicon.txt`.
enum QuoteLexicon {
  private static let lexicon = WordListFile.bundled("quote-lexicon.txt")

  /// Verbs that attribute speech, in the present and the past (and the participle, which attributes
  /// only together with another verb: "…, he said, adding that …").
  static let speechVerbs = lexicon.words("speech-verbs")

  /// Verbs that attribute speech whatever stands around them, enough to keep a short quote without
  /// a speaker ("a source told CNN the move was “a mistake”").
  static let plainSpeechVerbs = lexicon.words("plain-speech-verbs")

  /// Participles: they attribute only through the verb they follow.
  static let participles = lexicon.words("participles")

  /// Verbs after which a reported clause may follow without "that" ("Brode said Dravnik agreed").
  static let clauseVerbs = lexicon.words("clause-verbs")

  /// Verbs that take the person spoken to before the clause ("told Dravnik that …").
  static let objectVerbs = lexicon.words("object-verbs")

  /// Who is told, kept with the verb: "told reporters".
  static let audiences = lexicon.words("audiences")

  /// Words that may stand between a speaker and the verb: "Brode later told", "she further said".
  static let interveners = lexicon.words("interveners")

  /// Pronouns that name a person as speaker.
  static let personPronouns = lexicon.words("person-pronouns")

  /// Pronouns and other words that start a reported clause.
  static let subjectPronouns = lexicon.words("subject-pronouns")

  /// Determiners that may start a descriptive speaker; the first group makes it definite.
  static let definiteDeterminers = lexicon.words("definite-determiners")
  static let indefiniteDeterminers = lexicon.words("indefinite-determiners")

  /// Heads of descriptive speakers ("the ministry spokesman", "a senior official"), besides
  /// the titles and roles of ``RolePhrasesKey``.
  static let speakerNouns = lexicon.words("speaker-nouns")

  /// Words that cannot be inside a descriptive speaker: prepositions, conjunctions, verbs,
  /// pronouns.
  static let phraseBreakers = lexicon.words("phrase-breakers")

  /// Words a reported clause cannot start with.
  static let nonClauseStarters = lexicon.words("non-clause-starters")

  /// Prepositions and adverbs that may come between a verb and "that" ("said in a statement that").
  static let adjunctStarters = lexicon.words("adjunct-starters")

  /// Name particles that may be written in lower case inside a name ("Ahmed al Rashid").
  static let nameParticles = lexicon.words("name-particles")
}
