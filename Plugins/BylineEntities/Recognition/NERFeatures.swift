/// The features the recognizer scores for each token, as 64-bit hashes of their text: the word
/// and its neighbours, shapes, affixes, gazetteer matches, the document's other spellings of
/// the word, and (while decoding) what the word was tagged as earlier in the document.
///
/// Features are hashed rather than interned so that extraction allocates no strings per
/// feature and the model stores no feature names.
struct NERFeatureExtractor: Sendable {
  let gazetteer: Gazetteer
  let clusters: WordClusters

  init(gazetteer: Gazetteer, clusters: WordClusters = .bundled) {
    self.gazetteer = gazetteer
    self.clusters = clusters
  }

  /// The templates; their raw values are part of each hash, so changing them changes the model.
  enum Template: UInt8 {
    case bias = 1
    case word, lower, shape, shortShape, prefix1, prefix2, prefix3, prefix4
    case suffix1, suffix2, suffix3, suffix4, previousLower, previous2Lower, nextLower, next2Lower
    case previousShape, nextShape, previousBigram, nextBigram, shapeTrigram, previousWord, nextWord
    case gazetteer, gazetteerPrevious, gazetteerNext, initialWord, headline, lowercaseInDocument
    case documentForm, documentFormShape, capitalisedInDocument, flags, history, historyPrevious
    case historyNext, lengthClass, headlineWord, previous2Bigram, contextPrevious, contextNext, cluster
    case documentVote, documentSeen
  }

  /// Tokens of one sentence, prepared once.
  struct PreparedToken {
    var word: String
    var lower: String
    var shape: String
    var shortShape: String
    var isCapitalised: Bool
    var isAllCaps: Bool
    /// Whether the token has any letter.
    var hasLetters: Bool
  }

  /// What the whole document says about its words.
  struct DocumentContext {
    /// Lower-cased words that appear written in lower case, away from the start of a sentence.
    var lowercaseUses: Set<String> = []
    /// Lower-cased words that appear capitalised away from the start of a sentence.
    var capitalisedUses: Set<String> = []
    /// For each lower-cased word, its most frequent spelling outside headlines.
    var usualForm: [String: String] = [:]
    /// Which sentences are headlines (mostly capital letters).
    var headlines: [Bool] = []
    /// For each lower-cased capitalised word, the words just before and after it anywhere in
    /// the document (a few of each).
    var neighbours: [String: (previous: Set<String>, next: Set<String>)] = [:]
  }

  static func prepare(_ word: String) -> PreparedToken {
    var normalised = ""
    normalised.unicodeScalars.reserveCapacity(word.unicodeScalars.count)
    var shape = ""
    var shortShape = ""
    var upper = 0
    var letters = 0
    var lastShape: Character = " "
    for scalar in word.unicodeScalars {
      var scalar = scalar
      switch scalar {
      case "\u{2018}", "\u{2019}", "\u{201B}", "`": scalar = "'"
      case "\u{201C}", "\u{201D}", "\u{201E}", "\u{00AB}", "\u{00BB}": scalar = "\""
      case "\u{2013}", "\u{2014}": scalar = "-"
      default: break
      }
      normalised.unicodeScalars.append(scalar)
      let properties = scalar.properties
      let character: Character
      if properties.isUppercase {
        character = "X"
        upper += 1
        letters += 1
      } else if properties.isLowercase || properties.isAlphabetic {
        character = "x"
        letters += 1
      } else if ("0"..."9").contains(scalar) {
        character = "d"
      } else {
        character = Character(scalar)
      }
      if shape.count < 12 { shape.append(character) }
      if character != lastShape { shortShape.append(character) }
      lastShape = character
    }
    let lower = String(
      String.UnicodeScalarView(
        normalised.lowercased().unicodeScalars.map { ("0"..."9").contains($0) ? "0" : $0 }))
    let first = normalised.unicodeScalars.first
    return PreparedToken(
      word: normalised, lower: lower, shape: shape, shortShape: shortShape,
      isCapitalised: first.map { $0.properties.isUppercase } ?? false,
      isAllCaps: letters > 0 && upper == letters, hasLetters: letters > 0)
  }

  /// Collects the document-level facts from all its sentences.
  static func documentContext(_ sentences: [[PreparedToken]]) -> DocumentContext {
    var context = DocumentContext()
    var formCounts: [String: [String: Int]] = [:]
    for sentence in sentences {
      let letterTokens = sentence.filter(\.hasLetters)
      let capsTokens = letterTokens.filter { $0.isAllCaps && $0.word.count > 1 }
      let headline = letterTokens.count >= 2 && Double(capsTokens.count) >= 0.7 * Double(letterTokens.count)
      context.headlines.append(headline)
      guard !headline else { continue }
      for (index, token) in sentence.enumerated() where token.hasLetters {
        formCounts[token.lower, default: [:]][token.word, default: 0] += 1
        guard index > 0, !(index == 1 && sentence[0].word == "\"") else { continue }
        if token.isCapitalised {
          context.capitalisedUses.insert(token.lower)
        } else if token.word == token.lower {
          context.lowercaseUses.insert(token.lower)
        }
      }
    }
    for sentence in sentences {
      for (index, token) in sentence.enumerated() where token.isCapitalised && !token.isAllCaps {
        var entry = context.neighbours[token.lower] ?? ([], [])
        if entry.previous.count < 8 { entry.previous.insert(index > 0 ? sentence[index - 1].lower : "<s>") }
        if entry.next.count < 8 {
          entry.next.insert(index + 1 < sentence.count ? sentence[index + 1].lower : "</s>")
        }
        context.neighbours[token.lower] = entry
      }
    }
    for (lower, forms) in formCounts {
      context.usualForm[lower] = forms.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
    }
    return context
  }

  /// The static features of every token of one sentence (everything but the history).
  func features(
    of tokens: [PreparedToken], headline: Bool, document: DocumentContext
  ) -> [[UInt64]] {
    let count = tokens.count
    let gazetteerTags = gazetteerTags(tokens)
    var result: [[UInt64]] = []
    result.reserveCapacity(count)
    func lower(_ index: Int) -> String {
      index < 0 ? "<s>" : index >= count ? "</s>" : tokens[index].lower
    }
    func shortShape(_ index: Int) -> String {
      index < 0 ? "<s>" : index >= count ? "</s>" : tokens[index].shortShape
    }
    for index in 0..<count {
      let token = tokens[index]
      var features: [UInt64] = []
      features.reserveCapacity(64)
      func add(_ template: Template) { features.append(FeatureHash(template).value) }
      func add(_ template: Template, _ first: some StringProtocol) {
        var hash = FeatureHash(template)
        hash.add(first)
        features.append(hash.value)
      }
      func add(_ template: Template, _ first: some StringProtocol, _ second: some StringProtocol) {
        var hash = FeatureHash(template)
        hash.add(first)
        hash.add(second)
        features.append(hash.value)
      }
      add(.bias)
      add(.word, token.word)
      add(.lower, token.lower)
      add(.shape, token.shape)
      add(.shortShape, token.shortShape)
      let length = token.lower.count
      for affix in 1...4 where length > affix {
        add(Template(rawValue: Template.prefix1.rawValue + UInt8(affix - 1))!, token.lower.prefix(affix))
        add(Template(rawValue: Template.suffix1.rawValue + UInt8(affix - 1))!, token.lower.suffix(affix))
      }
      add(.previousLower, lower(index - 1))
      add(.previous2Lower, lower(index - 2))
      add(.nextLower, lower(index + 1))
      add(.next2Lower, lower(index + 2))
      add(.previousShape, shortShape(index - 1))
      add(.nextShape, shortShape(index + 1))
      add(.previousBigram, lower(index - 1), token.lower)
      add(.nextBigram, token.lower, lower(index + 1))
      add(.previous2Bigram, lower(index - 2), lower(index - 1))
      var trigram = FeatureHash(.shapeTrigram)
      trigram.add(shortShape(index - 1))
      trigram.add(token.shortShape)
      trigram.add(shortShape(index + 1))
      features.append(trigram.value)
      add(.previousWord, index > 0 ? tokens[index - 1].word : "<s>")
      add(.nextWord, index + 1 < count ? tokens[index + 1].word : "</s>")
      var lengthClass = FeatureHash(.lengthClass)
      lengthClass.add(number: min(token.word.count, 8))
      lengthClass.add(token.shortShape)
      features.append(lengthClass.value)
      for tag in gazetteerTags[index] { add(.gazetteer, tag) }
      if index > 0 { for tag in gazetteerTags[index - 1] { add(.gazetteerPrevious, tag) } }
      if index + 1 < count { for tag in gazetteerTags[index + 1] { add(.gazetteerNext, tag) } }
      if index == 0 { add(.initialWord, token.lower) }
      if headline {
        add(.headline)
        add(.headlineWord, token.lower)
      }
      if token.hasLetters {
        add(.lowercaseInDocument, document.lowercaseUses.contains(token.lower) ? "1" : "0", token.shortShape)
        add(
          .capitalisedInDocument, document.capitalisedUses.contains(token.lower) ? "1" : "0", token.shortShape
        )
        if headline || index == 0, let form = document.usualForm[token.lower] {
          add(.documentForm, form)
          add(.documentFormShape, Self.prepare(form).shortShape)
        }
      }
      for offset in -2...2 where index + offset >= 0 && index + offset < count {
        let neighbour = tokens[index + offset]
        guard let path = clusters.clusters(of: neighbour.word) else { continue }
        let levels = abs(offset) == 2 ? [1] : [0, 1, 2]
        for level in levels {
          var hash = FeatureHash(.cluster)
          hash.add(number: offset)
          hash.add(number: level)
          hash.add(number: Int(path[level]))
          features.append(hash.value)
        }
      }
      if let neighbours = document.neighbours[token.lower] {
        for word in neighbours.previous { add(.contextPrevious, word) }
        for word in neighbours.next { add(.contextNext, word) }
      }
      var flags = ""
      if token.isCapitalised { flags += "C" }
      if token.isAllCaps { flags += "A" }
      if token.word.utf8.contains(UInt8(ascii: "-")) { flags += "H" }
      if token.word.utf8.contains(UInt8(ascii: ".")) { flags += "P" }
      if index == 0 { flags += "F" }
      add(.flags, flags)
      result.append(features)
    }
    return result
  }

  /// Gazetteer tags (`country-B`, `givenName-U`, …) for each token.
  private func gazetteerTags(_ tokens: [PreparedToken]) -> [[String]] {
    var tags = Array(repeating: [String](), count: tokens.count)
    for match in gazetteer.matches(in: tokens.map(\.word)) {
      for category in match.categories.sorted(by: { $0.rawValue < $1.rawValue }) {
        let name = category.rawValue
        if match.range.count == 1 {
          tags[match.range.lowerBound].append(name + "-U")
          continue
        }
        for index in match.range { tags[index].append(name + "-I") }
        tags[match.range.lowerBound][tags[match.range.lowerBound].count - 1] = name + "-B"
        tags[match.range.upperBound - 1][tags[match.range.upperBound - 1].count - 1] = name + "-L"
      }
    }
    return tags
  }

  /// The history features of a token: the type its word was most often tagged with earlier in
  /// the document (`O` included), and the same for its neighbours.
  static func historyFeatures(
    _ tokens: [PreparedToken], at index: Int, history: [String: [String: Int]]
  ) -> [UInt64] {
    var features: [UInt64] = []
    func majority(_ lower: String) -> String? {
      guard let counts = history[lower] else { return nil }
      return counts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
    }
    let token = tokens[index]
    guard token.isCapitalised || token.isAllCaps else { return [] }
    if let type = majority(token.lower) { features.append(hash(.history, [type])) }
    if index > 0, let type = majority(tokens[index - 1].lower) {
      features.append(hash(.historyPrevious, [type]))
    }
    if index + 1 < tokens.count, let type = majority(tokens[index + 1].lower) {
      features.append(hash(.historyNext, [type]))
    }
    return features
  }

  /// The second-pass features of a word: the type most of its other occurrences in the
  /// document were tagged with, and every type any of them was.
  static func documentVoteFeatures(_ votes: [String: Int]) -> [UInt64] {
    guard let majority = votes.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }) else { return [] }
    return [hash(.documentVote, [majority.key])] + votes.keys.sorted().map { hash(.documentSeen, [$0]) }
  }

  /// Every history and document-vote feature there can be for `types`, so that training can
  /// give them ids first.
  static func allHistoryFeatures(types: [String]) -> [UInt64] {
    (types + ["O"]).flatMap { type in
      [Template.history, .historyPrevious, .historyNext, .documentVote, .documentSeen].map {
        hash($0, [type])
      }
    }
  }

  /// FNV-1a over the template and the parts, with a separator after each part.
  static func hash(_ template: Template, _ parts: [String]) -> UInt64 {
    var hash = FeatureHash(template)
    for part in parts { hash.add(part) }
    return hash.value
  }

}

/// A feature's hash, built part by part without making strings: FNV-1a over the template's
/// number and each part's UTF-8 bytes, each part followed by a separator byte.
struct FeatureHash {
  private var state: UInt64 = 0xcbf2_9ce4_8422_2325

  init(_ template: NERFeatureExtractor.Template) { mix(template.rawValue) }

  /// The hash; never 0, which the feature table keeps for empty slots.
  var value: UInt64 { state == 0 ? 1 : state }

  @inline(__always)
  private mutating func mix(_ byte: UInt8) {
    state ^= UInt64(byte)
    state &*= 0x0000_0100_0000_01b3
  }

  mutating func add(_ part: some StringProtocol) {
    for byte in part.utf8 { mix(byte) }
    mix(0xff)
  }

  /// Adds a whole number as its decimal digits, as `add(String(number))` would.
  mutating func add(number: Int) {
    if number < 0 { mix(UInt8(ascii: "-")) }
    let magnitude = number.magnitude
    var divisor: UInt = 1
    while magnitude / divisor >= 10 { divisor *= 10 }
    repeat {
      mix(UInt8(ascii: "0") + UInt8(magnitude / divisor % 10))
      divisor /= 10
    } while divisor > 0
    mix(0xff)
  }
}
