/// VADER's constants and word lists, as in vaderSentiment 3.3.2.
enum VaderRules {
  /// The rise in intensity from a booster word ("very").
  static let boosterIncrement = 0.293
  /// The fall in intensity from a dampener word ("slightly").
  static let boosterDecrement = -0.293
  /// The rise in intensity from an ALL-CAPS word in a text that mixes case.
  static let capsIncrement = 0.733
  /// The scalar applied to a negated valence.
  static let negationScalar = -0.74
  /// The alpha in `score / sqrt(score² + alpha)`.
  static let normalizationAlpha = 15.0
  /// The rise per exclamation mark (at most 4 count).
  static let exclamationIncrement = 0.292
  /// The rise per question mark when there are 2 or 3.
  static let questionIncrement = 0.18
  /// The rise for 4 or more question marks.
  static let questionCap = 0.96

  /// Negation words (`NEGATE`); any word containing "n't" negates as well.
  static let negations = [
    "aint", "arent", "cannot", "cant", "couldnt", "darent", "didnt", "doesnt",
    "ain't", "aren't", "can't", "couldn't", "daren't", "didn't", "doesn't",
    "dont", "hadnt", "hasnt", "havent", "isnt", "mightnt", "mustnt", "neither",
    "don't", "hadn't", "hasn't", "haven't", "isn't", "mightn't", "mustn't",
    "neednt", "needn't", "never", "none", "nope", "nor", "not", "nothing", "nowhere",
    "oughtnt", "shant", "shouldnt", "uhuh", "wasnt", "werent",
    "oughtn't", "shan't", "shouldn't", "uh-uh", "wasn't", "weren't",
    "without", "wont", "wouldnt", "won't", "wouldn't", "rarely", "seldom", "despite",
  ]

  /// Booster words (`BOOSTER_DICT` entries worth +0.293).
  static let boosters = [
    "absolutely", "amazingly", "awfully", "completely", "considerable", "considerably", "decidedly",
    "deeply", "effing", "enormous", "enormously", "entirely", "especially", "exceptional",
    "exceptionally", "extreme", "extremely", "fabulously", "flipping", "flippin", "frackin", "fracking",
    "fricking", "frickin", "frigging", "friggin", "fully", "fuckin", "fucking", "fuggin", "fugging",
    "greatly", "hella", "highly", "hugely", "incredible", "incredibly", "intensely", "major", "majorly",
    "more", "most", "particularly", "purely", "quite", "really", "remarkably", "so", "substantially",
    "thoroughly", "total", "totally", "tremendous", "tremendously", "uber", "unbelievably", "unusually",
    "utter", "utterly", "very",
  ]

  /// Dampener words (`BOOSTER_DICT` entries worth -0.293), the two-word ones included.
  static let dampeners = [
    "almost", "barely", "hardly", "just enough", "kind of", "kinda", "kindof", "kind-of", "less", "little",
    "marginal", "marginally", "occasional", "occasionally", "partly", "scarce", "scarcely", "slight",
    "slightly", "somewhat", "sort of", "sorta", "sortof", "sort-of",
  ]

  /// Idioms and phrases whose valence replaces the word's (`SPECIAL_CASES`).
  static let specialCases: [(phrase: String, valence: Double)] = [
    ("the shit", 3), ("the bomb", 3), ("bad ass", 1.5), ("badass", 1.5), ("bus stop", 0.0),
    ("yeah right", -2), ("kiss of death", -1.5), ("to die for", 3), ("beating heart", 3.5),
  ]

  /// Words the rules compare tokens with.
  static let functionWords = [
    "no", "or", "nor", "never", "so", "this", "without", "doubt", "least", "at", "very", "kind", "of", "but",
  ]
}
