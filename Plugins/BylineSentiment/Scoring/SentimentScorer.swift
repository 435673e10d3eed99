/// VADER sentiment scoring, a faithful port of Python vaderSentiment 3.3.2.
///
/// For any text the scores match `SentimentIntensityAnalyzer().polarity_scores(text)` of
/// vaderSentiment 3.3.2, rounding included: emoji become their descriptions, the text is split on
/// whitespace and stripped of surrounding punctuation, each word's lexicon valence is adjusted for
/// boosters and dampeners, negations, ALL-CAPS emphasis, "but", "least", "kind of" and VADER's
/// special idioms, and exclamation and question marks add emphasis.
///
/// ```swift
/// let scorer = SentimentScorer()
/// scorer.scores(for: "The food is VERY GOOD!!!")  // neg 0, neu 0.42, pos 0.58, compound 0.7604
/// ```
///
/// A scorer is immutable and cheap to copy; share one across tasks.
public struct SentimentScorer: Sendable {
  /// The lexicon the scorer looks words up in.
  public let lexicon: SentimentLexicon
  /// The lexicon's word table and rule words.
  let vocabulary: Vocabulary
  /// Emoji descriptions.
  let emoji: EmojiTable

  /// Creates a scorer with `lexicon` (VADER's by default) and emoji descriptions (VADER's bundled
  /// `emoji_utf8_lexicon.txt` when `nil`).
  ///
  /// As in vaderSentiment, only emoji that are a single Unicode scalar are replaced; longer keys in
  /// `emoji` are ignored.
  public init(lexicon: SentimentLexicon = .vader, emoji: [String: String]? = nil) {
    self.lexicon = lexicon
    self.vocabulary = lexicon.storage.vocabulary
    self.emoji = emoji.map(EmojiTable.init(descriptions:)) ?? .vader
  }

  /// VADER's scores for `text`, as vaderSentiment 3.3.2's `polarity_scores` computes and rounds them.
  public func scores(for text: String) -> SentimentScores {
    var text = text
    return text.withUTF8 { scores(utf8: $0) }
  }

  /// The scores of valid UTF-8 text.
  func scores(utf8 text: UnsafeBufferPointer<UInt8>) -> SentimentScores {
    if emoji.hasASCIIKeys || !PythonText.isASCII(text), let replaced = emoji.replacingEmoji(in: text) {
      return replaced.withUnsafeBufferPointer { scoresWithoutEmoji($0) }
    }
    return scoresWithoutEmoji(text)
  }

  /// One word of the text, with what the vocabulary says about it.
  struct Token {
    /// The token is ALL CAPS (Python's `str.isupper()`).
    static let isUpper: UInt8 = 16

    /// The word-table entry of the lower-cased token, or -1.
    var id: Int32
    /// `WordInfo` flags, `isNegation` also for "n't", and `isUpper`.
    var flags: UInt8
    /// The lexicon valence.
    var valence: Double
    /// The booster scalar.
    var booster: Double

    @inline(__always) var inLexicon: Bool { flags & WordInfo.inLexicon != 0 }
    @inline(__always) var isBooster: Bool { flags & WordInfo.isBooster != 0 }
    @inline(__always) var isNegated: Bool { flags & WordInfo.isNegation != 0 }
    @inline(__always) var inPhrase: Bool { flags & WordInfo.inPhrase != 0 }
    @inline(__always) var isUpper: Bool { flags & Token.isUpper != 0 }
  }

  /// The tokens of a text being scored.
  typealias Tokens = UnsafeMutableBufferPointer<Token>

  /// The scores of text whose emoji have been replaced.
  func scoresWithoutEmoji(_ text: UnsafeBufferPointer<UInt8>) -> SentimentScores {
    // Every token but the last is followed by at least one whitespace byte.
    let capacity = text.count / 2 + 1
    return withUnsafeTemporaryAllocation(of: Token.self, capacity: capacity) { tokens in
      var exclamations = 0
      var questions = 0
      let count = vocabulary.table.withView { table in
        PythonText.byteClasses.withUnsafeBufferPointer { classes in
          tokenize(
            text, into: tokens, table: table, classes: classes, exclamations: &exclamations,
            questions: &questions)
        }
      }
      let used = Tokens(rebasing: tokens[0..<count])
      return score(used, exclamations: exclamations, questions: questions)
    }
  }

  /// Splits `text` on Python whitespace into `tokens` (as `str.split()` does), counting `!` and `?`;
  /// returns the number of tokens.
  // Long: the scorer's hottest loop, reading each byte once for its class, `!` and `?`, and the
  // packed look-up key; the steps share all their state, so split they would only add calls.
  @inline(__always)
  func tokenize(
    _ text: UnsafeBufferPointer<UInt8>, into tokens: Tokens, table: WordTable.View,
    classes: UnsafeBufferPointer<UInt8>, exclamations: inout Int, questions: inout Int
  ) -> Int {
    let length = text.count
    var count = 0
    var position = 0
    while position < length {
      var kind = classes[Int(text[position])]
      if kind & PythonText.spaceClass != 0 {
        position += 1
        continue
      }
      if kind & PythonText.nonASCIIClass != 0 {
        let space = PythonText.spaceLength(text, at: position)
        if space > 0 {
          position += space
          continue
        }
      }
      // One pass over the token: its byte classes, its `!` and `?`, and its first 16 bytes
      // lower-cased and packed for the look-up (used when the token is plain ASCII).
      let start = position
      var seen: UInt8 = 0
      var packed = PackedKey()
      var shift: UInt64 = 0
      while true {
        seen |= kind
        exclamations &+= Int(kind &>> 4 & 1)
        questions &+= Int(kind &>> 5 & 1)
        let lowered = UInt64(text[position] | (kind & PythonText.upperClass) &<< 3)
        if shift < 64 {
          packed.low |= lowered &<< shift
        } else if shift < 128 {
          packed.high |= lowered &<< (shift &- 64)
        }
        shift &+= 8
        position += 1
        if position == length { break }
        kind = classes[Int(text[position])]
        if kind & (PythonText.spaceClass | PythonText.nonASCIIClass) != 0 {
          if kind & PythonText.spaceClass != 0 || PythonText.spaceLength(text, at: position) > 0 { break }
        }
      }
      let size = position - start
      if seen & (PythonText.punctuationClass | PythonText.nonASCIIClass) == 0 && size <= PackedKey.capacity {
        // Nothing to strip, nothing beyond ASCII: the packed key is the lower-cased token.
        let id = table.find(packed: packed, length: size)
        let upper = seen & PythonText.upperClass != 0 && seen & PythonText.lowerClass == 0
        let flags = upper ? Token.isUpper : 0
        if id >= 0 {
          let info = table.infos[Int(id)]
          tokens[count] = Token(
            id: id, flags: flags | info.flags, valence: info.valence, booster: info.booster)
        } else {
          tokens[count] = Token(id: -1, flags: flags, valence: 0, booster: 0)
        }
      } else {
        tokens[count] = token(text, start, position, seen: seen, table: table, classes: classes)
      }
      count += 1
    }
    return count
  }

  /// The token `text[start..<end]`, whose bytes have the classes `seen` together: stripped of
  /// leading and trailing punctuation unless that leaves two characters or fewer (an emoticon,
  /// probably), lower-cased and looked up.
  @inline(__always)
  func token(
    _ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, seen: UInt8, table: WordTable.View,
    classes: UnsafeBufferPointer<UInt8>
  ) -> Token {
    var first = start
    var last = end
    if seen & PythonText.punctuationClass != 0 {
      while first < last && classes[Int(text[first])] & PythonText.punctuationClass != 0 { first += 1 }
      while last > first && classes[Int(text[last - 1])] & PythonText.punctuationClass != 0 { last -= 1 }
      if last - first <= 2 {
        first = start
        last = end
      } else if seen & PythonText.nonASCIIClass != 0 {
        var characters = 0
        for index in first..<last where text[index] & 0xC0 != 0x80 { characters += 1 }
        if characters <= 2 {
          first = start
          last = end
        }
      }
    }
    let id: Int32
    let negated: Bool
    let upper: Bool
    if seen & PythonText.nonASCIIClass == 0 {
      // ASCII: stripping removed punctuation only, so the case classes of the whole token hold.
      id = table.findLowercasingASCII(text, first, last)
      let word = text.baseAddress! + first
      negated = seen & PythonText.apostropheClass != 0 && Self.containsNT(word, last - first)
      upper = seen & PythonText.upperClass != 0 && seen & PythonText.lowerClass == 0
    } else {
      let original = UnsafeBufferPointer(rebasing: text[first..<last])
      let lowered = PythonText.lowercased(original)
      (id, negated) = lowered.withUnsafeBufferPointer { word in
        (table.find(word.baseAddress!, word.count), Self.containsNT(word.baseAddress!, word.count))
      }
      upper = PythonText.isUpper(original)
    }
    var flags: UInt8 = (negated ? WordInfo.isNegation : 0) | (upper ? Token.isUpper : 0)
    guard id >= 0 else { return Token(id: -1, flags: flags, valence: 0, booster: 0) }
    let info = table.infos[Int(id)]
    flags |= info.flags
    return Token(id: id, flags: flags, valence: info.valence, booster: info.booster)
  }

  /// Whether the `count` bytes at `word` contain "n't", ignoring ASCII case.
  @inline(__always)
  static func containsNT(_ word: UnsafePointer<UInt8>, _ count: Int) -> Bool {
    guard count >= 3 else { return false }
    for index in 0..<(count - 2)
    where word[index + 1] == 0x27 && word[index] | 0x20 == 0x6E && word[index + 2] | 0x20 == 0x74 {
      return true
    }
    return false
  }

  /// VADER's valence of every token, adjusted by the rules, then summed up and normalised.
  func score(_ tokens: Tokens, exclamations: Int, questions: Int) -> SentimentScores {
    let count = tokens.count
    guard count > 0 else { return .zero }
    var upperCount = 0
    for token in tokens where token.isUpper { upperCount += 1 }
    let capsDiffer = upperCount > 0 && upperCount < count
    return withUnsafeTemporaryAllocation(of: Double.self, capacity: count) { sentiments in
      var butIndex = -1
      let words = vocabulary
      for index in 0..<count {
        let token = tokens[index]
        if butIndex < 0 && token.id == words.but { butIndex = index }
        var sentiment = 0.0
        if token.inLexicon && !token.isBooster
          && !(token.id == words.kind && index < count - 1 && tokens[index + 1].id == words.of)
        {
          sentiment = valence(of: index, in: tokens, capsDiffer: capsDiffer)
        }
        sentiments[index] = sentiment
      }
      if butIndex >= 0 { Self.weighAroundBut(sentiments, at: butIndex) }
      return Self.summarize(
        UnsafeBufferPointer(sentiments), exclamations: exclamations, questions: questions)
    }
  }

  /// The valence of the lexicon word `tokens[index]` (vaderSentiment's `sentiment_valence`).
  @inline(__always)
  func valence(of index: Int, in tokens: Tokens, capsDiffer: Bool) -> Double {
    let words = vocabulary
    let token = tokens[index]
    var valence = token.valence
    // "no" before another lexicon word negates that word instead of counting itself.
    if token.id == words.no && index != tokens.count - 1 && tokens[index + 1].inLexicon {
      valence = 0.0
    }
    if (index > 0 && tokens[index - 1].id == words.no)
      || (index > 1 && tokens[index - 2].id == words.no)
      || (index > 2 && tokens[index - 3].id == words.no
        && (tokens[index - 1].id == words.or || tokens[index - 1].id == words.nor))
    {
      valence = token.valence * VaderRules.negationScalar
    }
    // ALL CAPS in a text that mixes case.
    if token.isUpper && capsDiffer {
      if valence > 0 {
        valence += VaderRules.capsIncrement
      } else {
        valence -= VaderRules.capsIncrement
      }
    }
    for distance in 0..<3 where index > distance {
      let previous = tokens[index - (distance + 1)]
      if previous.inLexicon { continue }
      var scalar = Self.boosterScalar(previous, valence: valence, capsDiffer: capsDiffer)
      if distance == 1 && scalar != 0 { scalar = scalar * 0.95 }
      if distance == 2 && scalar != 0 { scalar = scalar * 0.9 }
      valence = valence + scalar
      valence = negationCheck(valence, tokens, distance: distance, index: index)
      if distance == 2 { valence = specialIdiomsCheck(valence, tokens, index: index) }
    }
    return leastCheck(valence, tokens, index: index)
  }

  /// What booster or dampener `word` adds to `valence` (vaderSentiment's `scalar_inc_dec`).
  @inline(__always)
  static func boosterScalar(_ word: Token, valence: Double, capsDiffer: Bool) -> Double {
    guard word.isBooster else { return 0.0 }
    var scalar = word.booster
    if valence < 0 { scalar *= -1 }
    if word.isUpper && capsDiffer {
      if valence > 0 {
        scalar += VaderRules.capsIncrement
      } else {
        scalar -= VaderRules.capsIncrement
      }
    }
    return scalar
  }

  /// Negation by the word `distance + 1` before `index`, with "never so/this" and "without doubt"
  /// (vaderSentiment's `_negation_check`).
  @inline(__always)
  func negationCheck(_ valence: Double, _ tokens: Tokens, distance: Int, index: Int) -> Double {
    let words = vocabulary
    switch distance {
    case 0:
      if tokens[index - 1].isNegated { return valence * VaderRules.negationScalar }
    case 1:
      let before = tokens[index - 2].id
      let previous = tokens[index - 1].id
      if before == words.never && (previous == words.so || previous == words.this) {
        return valence * 1.25
      } else if before == words.without && previous == words.doubt {
        return valence
      } else if tokens[index - 2].isNegated {
        return valence * VaderRules.negationScalar
      }
    default:
      let third = tokens[index - 3].id
      let second = tokens[index - 2].id
      let first = tokens[index - 1].id
      // As in 3.3.2: `A and (B or C) or (D or E)`, so "so"/"this" right before the word counts
      // even without "never".
      if (third == words.never && (second == words.so || second == words.this))
        || (first == words.so || first == words.this)
      {
        return valence * 1.25
      } else if third == words.without && (second == words.doubt || first == words.doubt) {
        return valence
      } else if tokens[index - 3].isNegated {
        return valence * VaderRules.negationScalar
      }
    }
    return valence
  }

  /// VADER's special idioms around the word at `index` (vaderSentiment's `_special_idioms_check`).
  func specialIdiomsCheck(_ valence: Double, _ tokens: Tokens, index: Int) -> Double {
    // Every phrase has a flagged word among tokens[index - 3 ... index + 2]; most texts have none.
    var involved = false
    for position in (index - 3)...min(index + 2, tokens.count - 1) where tokens[position].inPhrase {
      involved = true
      break
    }
    guard involved else { return valence }
    var valence = valence
    let words = vocabulary
    func matches(_ phrase: Phrase, _ start: Int, _ length: Int) -> Bool {
      phrase.length == length && tokens[start].id == phrase.first && tokens[start + 1].id == phrase.second
        && (length == 2 || tokens[start + 2].id == phrase.third)
    }
    func special(_ start: Int, _ length: Int) -> Double? {
      guard tokens[start].inPhrase && tokens[start + 1].inPhrase else { return nil }
      for phrase in words.specialCases where matches(phrase, start, length) { return phrase.value }
      return nil
    }
    // "w[i-1] w[i]", "w[i-2] w[i-1] w[i]", "w[i-2] w[i-1]", "w[i-3] w[i-2] w[i-1]", "w[i-3] w[i-2]":
    // the first that is a special case sets the valence.
    if let value = special(index - 1, 2) ?? special(index - 2, 3) ?? special(index - 2, 2)
      ?? special(index - 3, 3) ?? special(index - 3, 2)
    {
      valence = value
    }
    if tokens.count - 1 > index, let value = special(index, 2) { valence = value }
    if tokens.count - 1 > index + 1, let value = special(index, 3) { valence = value }
    // Booster phrases ("kind of", "sort of", "just enough") before the word.
    func boost(_ start: Int, _ length: Int) {
      guard tokens[start].inPhrase && tokens[start + 1].inPhrase else { return }
      for phrase in words.boosterPhrases where matches(phrase, start, length) {
        valence = valence + phrase.value
      }
    }
    boost(index - 3, 3)
    boost(index - 3, 2)
    boost(index - 2, 2)
    return valence
  }

  /// "least" before the word negates it, except in "at least" and "very least"
  /// (vaderSentiment's `_least_check`).
  @inline(__always)
  func leastCheck(_ valence: Double, _ tokens: Tokens, index: Int) -> Double {
    let words = vocabulary
    if index > 1 && !tokens[index - 1].inLexicon && tokens[index - 1].id == words.least {
      let before = tokens[index - 2].id
      if before != words.at && before != words.very { return valence * VaderRules.negationScalar }
    } else if index > 0 && !tokens[index - 1].inLexicon && tokens[index - 1].id == words.least {
      return valence * VaderRules.negationScalar
    }
    return valence
  }

  /// Halves the sentiments before the first "but" and raises those after it by half, with
  /// vaderSentiment 3.3.2's quirk: each value is looked up with `list.index`, so a value equal to
  /// an earlier one changes that earlier position instead.
  static func weighAroundBut(_ sentiments: UnsafeMutableBufferPointer<Double>, at butIndex: Int) {
    for position in sentiments.indices {
      let sentiment = sentiments[position]
      var first = 0
      while sentiments[first] != sentiment { first += 1 }
      if first < butIndex {
        sentiments[first] = sentiment * 0.5
      } else if first > butIndex {
        sentiments[first] = sentiment * 1.5
      }
    }
  }

  /// Sums up, adds punctuation emphasis, normalises and rounds (vaderSentiment's `score_valence`).
  static func summarize(
    _ sentiments: UnsafeBufferPointer<Double>, exclamations: Int, questions: Int
  ) -> SentimentScores {
    // One pass for the sum and the sift; each total adds up in the same order as in Python.
    var sum = 0.0
    var positiveSum = 0.0
    var negativeSum = 0.0
    var neutralCount = 0
    for sentiment in sentiments {
      sum += sentiment
      if sentiment > 0 { positiveSum += sentiment + 1 }
      if sentiment < 0 { negativeSum += sentiment - 1 }
      if sentiment == 0 { neutralCount += 1 }
    }
    let exclamationEmphasis = Double(min(exclamations, 4)) * VaderRules.exclamationIncrement
    var questionEmphasis = 0.0
    if questions > 1 {
      questionEmphasis =
        questions <= 3 ? Double(questions) * VaderRules.questionIncrement : VaderRules.questionCap
    }
    let emphasis = exclamationEmphasis + questionEmphasis
    if sum > 0 {
      sum += emphasis
    } else if sum < 0 {
      sum -= emphasis
    }
    var compound = sum / (sum * sum + VaderRules.normalizationAlpha).squareRoot()
    if compound < -1.0 {
      compound = -1.0
    } else if compound > 1.0 {
      compound = 1.0
    }
    if positiveSum > negativeSum.magnitude {
      positiveSum += emphasis
    } else if positiveSum < negativeSum.magnitude {
      negativeSum -= emphasis
    }
    let total = positiveSum + negativeSum.magnitude + Double(neutralCount)
    return SentimentScores(
      negative: PythonRounding.round((negativeSum / total).magnitude, digits: 3),
      neutral: PythonRounding.round((Double(neutralCount) / total).magnitude, digits: 3),
      positive: PythonRounding.round((positiveSum / total).magnitude, digits: 3),
      compound: PythonRounding.round(compound, digits: 4))
  }
}
