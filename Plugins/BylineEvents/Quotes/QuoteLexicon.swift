/// The word lists the quote extractor uses, all in lower case, built once.
enum QuoteLexicon {
  private static func words(_ text: String) -> Set<String> {
    Set(text.split(whereSeparator: \.isWhitespace).map(String.init))
  }

  /// Verbs that attribute speech, in the present and the past (and the participle, which attributes
  /// only together with another verb: "…, he said, adding that …").
  static let speechVerbs: Set<String> = words(
    """
    say says said tell tells told add adds added state states stated declare declares declared
    note notes noted warn warns warned stress stresses stressed insist insists insisted explain
    explains explained ask asks asked reply replies replied write writes wrote tweet tweets tweeted
    post posts posted announce announces announced claim claims claimed argue argues argued
    acknowledge acknowledges acknowledged confirm confirms confirmed deny denies denied urge urges
    urged caution cautions cautioned recall recalls recalled respond responds responded answer
    answers answered comment comments commented observe observes observed remark remarks remarked
    admit admits admitted concede concedes conceded emphasise emphasises emphasised emphasize
    emphasizes emphasized underline underlines underlined underscore underscores underscored
    reiterate reiterates reiterated repeat repeats repeated predict predicts predicted suggest
    suggests suggested maintain maintains maintained complain complains complained conclude
    concludes concluded promise promises promised pledge pledges pledged vow vows vowed boast
    boasts boasted allege alleges alleged assert asserts asserted affirm affirms affirmed assure
    assures assured inform informs informed report reports reported reveal reveals revealed
    disclose discloses disclosed describe describes described joke jokes joked quip quips quipped
    testify testifies testified shout shouts shouted exclaim exclaims exclaimed mention mentions
    mentioned point points pointed contend contends contended counter counters countered
    """)

  /// Verbs that attribute speech whatever stands around them, enough to keep a short quote without
  /// a speaker ("a source told CNN the move was “a mistake”").
  static let plainSpeechVerbs: Set<String> = words(
    "said says told tells added adds wrote writes stated declared insisted warned stressed explained noted tweeted"
  )

  /// Participles: they attribute only through the verb they follow.
  static let participles: Set<String> = words(
    "saying adding noting warning writing telling stressing insisting explaining arguing claiming citing")

  /// Verbs after which a reported clause may follow without "that" ("Brode said Dravnik agreed").
  static let clauseVerbs: Set<String> = words(
    """
    say says said tell tells told add adds added warn warns warned write writes wrote claim claims
    claimed insist insists insisted argue argues argued state states stated tweet tweets tweeted
    assure assures assured
    """)

  /// Verbs that take the person spoken to before the clause ("told Dravnik that …").
  static let objectVerbs: Set<String> = words(
    "tell tells told warn warns warned assure assures assured inform informs informed remind reminds reminded"
  )

  /// Who is told, kept with the verb: "told reporters".
  static let audiences: Set<String> = words(
    """
    reporters journalists parliament lawmakers legislators senators congress delegates supporters
    students viewers listeners readers interviewers media press
    """)

  /// Words that may stand between a speaker and the verb: "Brode later told", "she further said".
  static let interveners: Set<String> = words(
    """
    also later further then again once previously earlier repeatedly publicly privately recently
    has have had had already just reportedly separately subsequently additionally meanwhile
    """)

  /// Pronouns that name a person as speaker.
  static let personPronouns: Set<String> = ["he", "she"]

  /// Pronouns and other words that start a reported clause.
  static let subjectPronouns: Set<String> = words("he she it they we i you there this these those")

  /// Determiners that may start a descriptive speaker; the first group makes it definite.
  static let definiteDeterminers: Set<String> = words("the his her its their our this that")
  static let indefiniteDeterminers: Set<String> = words(
    "a an one another some several two three four many other most few")

  /// Heads of descriptive speakers ("the ministry spokesman", "a senior official"), besides
  /// the gazetteer's roles.
  static let speakerNouns: Set<String> = words(
    """
    official officials spokesman spokeswoman spokesperson spokesmen spokeswomen spokespeople source
    sources aide aides adviser advisers advisor advisors diplomat diplomats minister ministers
    secretary president chairman chairwoman chair chief director executive executives analyst
    analysts expert experts economist economists officer officers lawmaker lawmakers senator
    senators representative representatives envoy envoys ambassador ambassadors negotiator
    negotiators commander commanders general governor mayor leader leaders prosecutor prosecutors
    lawyer lawyers attorney attorneys witness witnesses resident residents observer observers
    researcher researchers scientist scientists doctor doctors ministry government administration
    agency police military army company statement spokespersons authorities
    """)

  /// Words that cannot be inside a descriptive speaker: prepositions, conjunctions, verbs,
  /// pronouns.
  static let phraseBreakers: Set<String> = words(
    """
    in on at to by with from into about after before during over under than as like since until
    but or if because while when where that which who whom whose although though so then and
    is was are were be been being has have had will would could should may might must do does did
    it they we i you he she him them us me not no what how why there here
    """)

  /// Words a reported clause cannot start with.
  static let nonClauseStarters: Set<String> = words(
    """
    in on at to by with from into about after before during over under than as like since until of
    for and or but so is was are were be been being has have had will would could should may might
    must do does did not nothing anything goodbye hello yes thanks sorry
    """)

  /// Prepositions and adverbs that may come between a verb and "that" ("said in a statement that").
  static let adjunctStarters: Set<String> = words(
    """
    in on at during after before earlier later shortly afterwards late yesterday today tonight
    monday tuesday wednesday thursday friday saturday sunday last this via through over by when
    """)
}
