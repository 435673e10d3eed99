/// Recall, precision and F-measure (α = 0.5) of one ROUGE variant.
public struct RougeScore: Hashable, Sendable, Codable {
  /// Matched units divided by the units in the references.
  public var recall: Double
  /// Matched units divided by the units in the candidate.
  public var precision: Double
  /// The balanced F-measure `2PR / (P + R)`, or 0 when both are 0.
  public var f: Double

  /// Creates a score from its three parts.
  public init(recall: Double, precision: Double, f: Double) {
    self.recall = recall
    self.precision = precision
    self.f = f
  }

  /// A score from hit and total counts, as ROUGE-1.5.5 computes it.
  init(hits: Double, referenceTotal: Double, candidateTotal: Double) {
    let r = referenceTotal > 0 ? hits / referenceTotal : 0
    let p = candidateTotal > 0 ? hits / candidateTotal : 0
    self.init(recall: r, precision: p, f: r + p > 0 ? 2 * p * r / (p + r) : 0)
  }

  /// The all-zero score.
  public static let zero = RougeScore(recall: 0, precision: 0, f: 0)
}

/// ROUGE-1, ROUGE-2 and ROUGE-L scores of one candidate summary.
public struct RougeResult: Hashable, Sendable, Codable {
  /// Unigram overlap.
  public var rouge1: RougeScore
  /// Bigram overlap.
  public var rouge2: RougeScore
  /// Summary-level longest common subsequence (union LCS over the lines taken as sentences).
  public var rougeL: RougeScore

  /// Creates a result from its three scores.
  public init(rouge1: RougeScore, rouge2: RougeScore, rougeL: RougeScore) {
    self.rouge1 = rouge1
    self.rouge2 = rouge2
    self.rougeL = rougeL
  }
}

/// ROUGE evaluation following ROUGE-1.5.5 (`-n 2 -m -l N -f A`, stop words kept).
///
/// Text handling matches the Perl script: the first `wordLimit` whitespace-separated words of the raw text
/// are kept, then the text is lower-cased, every character other than `a-z` and `0-9` becomes a space,
/// and tokens longer than three characters are Porter-stemmed. N-grams run across line breaks; for
/// ROUGE-L each line is one sentence. With several references, hits and totals are summed over the
/// references before dividing (ROUGE's `-f A` "model average").
public struct RougeScorer: Sendable {
  /// How many raw words of each text are kept (`-l N`); nil keeps everything.
  public var wordLimit: Int?
  /// Whether tokens longer than three characters are Porter-stemmed (`-m`).
  public var stemming: Bool
  /// Whether stemming first maps irregular forms to their base form ("said" → "say"), as
  /// ROUGE-1.5.5 does through WordNet's exception lists. Python's rouge-score does not; turn it off
  /// to match rouge-score.
  public var mapsIrregularForms: Bool

  /// wordLimit: cut the candidate (and models) to the first N words, like `-l N` (nil = no cut).
  /// stemming: Porter, like `-m`. Stop words kept.
  public init(wordLimit: Int? = 100, stemming: Bool = true, mapsIrregularForms: Bool = true) {
    self.wordLimit = wordLimit
    self.stemming = stemming
    self.mapsIrregularForms = mapsIrregularForms
  }

  /// Scores one candidate against several reference summaries, averaging over references like `-f A`
  /// (model average).
  public func score(candidate: String, references: [String]) -> RougeResult {
    let peer = sentences(candidate)
    let models = references.map(sentences)
    let peerTokens = peer.flatMap { $0 }
    return RougeResult(
      rouge1: ngramScore(peerTokens, models.map { $0.flatMap { $0 } }, n: 1),
      rouge2: ngramScore(peerTokens, models.map { $0.flatMap { $0 } }, n: 2),
      rougeL: lcsScore(peer, models))
  }

  /// Mean over topics (the corpus figure ROUGE reports).
  public static func mean(_ results: [RougeResult]) -> RougeResult {
    guard !results.isEmpty else { return RougeResult(rouge1: .zero, rouge2: .zero, rougeL: .zero) }
    func average(_ part: KeyPath<RougeResult, RougeScore>) -> RougeScore {
      let count = Double(results.count)
      return RougeScore(
        recall: results.reduce(0) { $0 + $1[keyPath: part].recall } / count,
        precision: results.reduce(0) { $0 + $1[keyPath: part].precision } / count,
        f: results.reduce(0) { $0 + $1[keyPath: part].f } / count)
    }
    return RougeResult(rouge1: average(\.rouge1), rouge2: average(\.rouge2), rougeL: average(\.rougeL))
  }

  // MARK: - Text handling

  /// The text's lines, each as normalized (and possibly stemmed) tokens, after the word limit.
  func sentences(_ text: String) -> [[String]] {
    var remaining = wordLimit ?? Int.max
    var result: [[String]] = []
    for line in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
      guard remaining > 0 else { break }
      let words = line.split(whereSeparator: Self.isPerlSpace).prefix(remaining)
      remaining -= words.count
      let tokens = words.flatMap(tokenize)
      if !tokens.isEmpty { result.append(tokens) }
    }
    return result
  }

  /// Perl's `\s` (ASCII white space only), which ROUGE-1.5.5 uses to count words for `-l`.
  private static func isPerlSpace(_ c: Character) -> Bool {
    c == " " || c == "\t" || c == "\r" || c == "\n" || c == "\r\n" || c == "\u{0B}" || c == "\u{0C}"
  }

  /// ROUGE-1.5.5's normalization of one raw word: lower case, non-alphanumerics as separators, stemming.
  func tokenize(_ word: Substring) -> [String] {
    var tokens: [String] = []
    var current: [UInt8] = []
    func flush() {
      guard !current.isEmpty else { return }
      let token = String(decoding: current, as: UTF8.self)
      tokens.append(
        stemming && current.count > 3
          ? (mapsIrregularForms ? Self.stem(token) : PorterStemmer.stem(token)) : token)
      current.removeAll(keepingCapacity: true)
    }
    for byte in word.utf8 {
      switch byte {
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): current.append(byte)
      case UInt8(ascii: "A")...UInt8(ascii: "Z"): current.append(byte + 32)
      default: flush()
      }
    }
    flush()
    return tokens
  }

  /// ROUGE-1.5.5's `-m` stemming of one token: an irregular form found in the WordNet exception lists
  /// is replaced by its base form as is; any other token goes through the Porter stemmer.
  static func stem(_ token: String) -> String {
    irregularForms[token] ?? PorterStemmer.stem(token)
  }

  /// A hand-written selection of the irregular forms (longer than three letters) that WordNet's exception
  /// lists map to a base form, which ROUGE-1.5.5 consults before the Porter stemmer: irregular verbs,
  /// plurals and comparatives.
  static let irregularForms: [String: String] = [
    "were": "be", "been": "be", "said": "say", "made": "make", "took": "take", "taken": "take",
    "gave": "give", "given": "give", "went": "go", "gone": "go", "came": "come", "became": "become",
    "began": "begin", "begun": "begin", "brought": "bring", "bought": "buy", "built": "build",
    "caught": "catch", "chose": "choose", "chosen": "choose", "done": "do", "drew": "draw",
    "drawn": "draw", "drove": "drive", "driven": "drive", "fell": "fall", "fallen": "fall", "felt": "feel",
    "fought": "fight", "found": "find", "fled": "flee", "flew": "fly", "flown": "fly", "forgot": "forget",
    "forgotten": "forget", "froze": "freeze", "frozen": "freeze", "grew": "grow", "grown": "grow",
    "held": "hold", "hung": "hang", "kept": "keep", "knew": "know", "known": "know", "laid": "lay",
    "lain": "lie", "left": "leave", "lost": "lose", "meant": "mean", "paid": "pay", "rode": "ride",
    "ridden": "ride", "rose": "rise", "risen": "rise", "sent": "send", "shot": "shoot", "shown": "show",
    "sold": "sell", "sought": "seek", "spent": "spend", "spoke": "speak", "spoken": "speak",
    "stood": "stand", "stole": "steal", "stolen": "steal", "struck": "strike", "swore": "swear",
    "sworn": "swear", "taught": "teach", "thought": "think", "threw": "throw", "thrown": "throw",
    "told": "tell", "understood": "understand", "woke": "wake", "woken": "wake", "wore": "wear",
    "worn": "wear", "wrote": "write", "written": "write", "broke": "break", "broken": "break",
    "withdrew": "withdraw", "withdrawn": "withdraw", "sank": "sink", "sunk": "sink", "slain": "slay",
    "shook": "shake", "shaken": "shake", "eaten": "eat", "hidden": "hide", "bitten": "bite",
    "lent": "lend", "bent": "bend", "dealt": "deal", "swept": "sweep", "slept": "sleep", "wept": "weep",
    "bound": "bind", "wound": "wind", "clung": "cling", "flung": "fling", "swung": "swing",
    "forbade": "forbid", "forgave": "forgive", "forgiven": "forgive", "undertook": "undertake",
    "undertaken": "undertake", "overtook": "overtake", "overtaken": "overtake", "mistook": "mistake",
    "mistaken": "mistake", "beaten": "beat", "arose": "arise", "arisen": "arise", "awoke": "awake",
    "bore": "bear", "borne": "bear", "born": "bear", "sprang": "spring", "sprung": "spring",
    "strove": "strive", "overthrew": "overthrow", "overthrown": "overthrow", "upheld": "uphold",
    "withheld": "withhold", "foresaw": "foresee", "foreseen": "foresee", "rebuilt": "rebuild",
    "spat": "spit", "stuck": "stick", "shrank": "shrink", "stank": "stink", "sang": "sing", "sung": "sing",
    "rang": "ring", "rung": "ring", "drank": "drink", "drunk": "drink", "swam": "swim",
    "children": "child", "women": "woman", "feet": "foot", "teeth": "tooth", "mice": "mouse",
    "geese": "goose", "lives": "life", "wives": "wife", "knives": "knife", "leaves": "leaf",
    "wolves": "wolf", "halves": "half", "thieves": "thief", "selves": "self", "data": "datum",
    "criteria": "criterion", "analyses": "analysis", "crises": "crisis", "theses": "thesis",
    "phenomena": "phenomenon", "better": "good", "best": "good", "worse": "bad", "worst": "bad",
    "further": "far", "farther": "far", "furthest": "far", "farthest": "far", "bigger": "big",
    "biggest": "big", "hotter": "hot", "hottest": "hot", "elder": "old", "eldest": "old", "bled": "bleed",
    "bred": "breed", "ground": "grind", "heard": "hear", "hurt": "hurt", "slid": "slide", "smelt": "smell",
    "spelt": "spell", "spilt": "spill", "stung": "sting", "strode": "stride", "strung": "string",
    "thrived": "thrive", "trod": "tread", "trodden": "tread", "wove": "weave", "woven": "weave",
    "wrung": "wring", "sped": "speed", "shone": "shine", "shod": "shoe", "sewn": "sew", "sawn": "saw",
    "mown": "mow", "hewn": "hew", "knelt": "kneel", "leapt": "leap", "learnt": "learn", "burnt": "burn",
    "dreamt": "dream", "dwelt": "dwell", "crept": "creep", "clad": "clothe",

  ]

  // MARK: - ROUGE-N

  private static func ngrams(_ tokens: [String], _ n: Int) -> [[String]: Int] {
    var counts: [[String]: Int] = [:]
    guard tokens.count >= n else { return counts }
    for start in 0...(tokens.count - n) {
      counts[Array(tokens[start..<(start + n)]), default: 0] += 1
    }
    return counts
  }

  private func ngramScore(_ peer: [String], _ models: [[String]], n: Int) -> RougeScore {
    let peerGrams = Self.ngrams(peer, n)
    let peerTotal = peerGrams.values.reduce(0, +)
    var hits = 0
    var modelTotal = 0
    var peerTotalSum = 0
    for model in models {
      let modelGrams = Self.ngrams(model, n)
      modelTotal += modelGrams.values.reduce(0, +)
      peerTotalSum += peerTotal
      for (gram, count) in modelGrams {
        hits += min(count, peerGrams[gram] ?? 0)
      }
    }
    return RougeScore(
      hits: Double(hits), referenceTotal: Double(modelTotal), candidateTotal: Double(peerTotalSum))
  }

  // MARK: - ROUGE-L

  private func lcsScore(_ peer: [[String]], _ models: [[[String]]]) -> RougeScore {
    let peerCount = peer.reduce(0) { $0 + $1.count }
    var hits = 0
    var modelTotal = 0
    var peerTotalSum = 0
    for model in models {
      var peerUnigrams: [String: Int] = [:]
      for token in peer.joined() { peerUnigrams[token, default: 0] += 1 }
      var modelUnigrams: [String: Int] = [:]
      for token in model.joined() { modelUnigrams[token, default: 0] += 1 }
      modelTotal += model.reduce(0) { $0 + $1.count }
      peerTotalSum += peerCount
      for sentence in model {
        var union = Set<Int>()
        for candidate in peer { union.formUnion(Self.lcsPositions(sentence, candidate)) }
        // Each hit uses up one occurrence of the token on both sides, as ROUGE-1.5.5 does.
        for position in union.sorted() {
          let token = sentence[position]
          if let p = peerUnigrams[token], p > 0, let m = modelUnigrams[token], m > 0 {
            hits += 1
            peerUnigrams[token] = p - 1
            modelUnigrams[token] = m - 1
          }
        }
      }
    }
    return RougeScore(
      hits: Double(hits), referenceTotal: Double(modelTotal), candidateTotal: Double(peerTotalSum))
  }

  /// Positions in `a` of one longest common subsequence of `a` and `b`.
  static func lcsPositions(_ a: [String], _ b: [String]) -> [Int] {
    guard !a.isEmpty, !b.isEmpty else { return [] }
    let width = b.count + 1
    var table = [Int](repeating: 0, count: (a.count + 1) * width)
    for i in 1...a.count {
      for j in 1...b.count {
        table[i * width + j] =
          a[i - 1] == b[j - 1]
          ? table[(i - 1) * width + j - 1] + 1
          : max(table[(i - 1) * width + j], table[i * width + j - 1])
      }
    }
    var positions: [Int] = []
    var i = a.count
    var j = b.count
    while i > 0, j > 0 {
      if a[i - 1] == b[j - 1] {
        positions.append(i - 1)
        i -= 1
        j -= 1
      } else if table[(i - 1) * width + j] >= table[i * width + j - 1] {
        i -= 1
      } else {
        j -= 1
      }
    }
    return positions.reversed()
  }

  /// The length of the longest common subsequence of two token sequences.
  static func lcsLength(_ a: [String], _ b: [String]) -> Int { lcsPositions(a, b).count }
}
