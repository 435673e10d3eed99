import BylineCore

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
    /// Hashes of `word`, `lower`, `shape` and `shortShape`.
    var wordHash: UInt64
    var lowerHash: UInt64
    var shapeHash: UInt64
    var shortShapeHash: UInt64
    /// Hashes of the first and last one to four characters of `lower` (shorter words have fewer).
    var prefixHashes: [UInt64]
    var suffixHashes: [UInt64]
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

  /// A word's spelling with typographic quotes and dashes made plain, its shapes and its case.
  struct Spelling {
    var normalised = ""
    /// One `X`, `x` or `d` per letter or digit (other characters as written), at most 12.
    var shape = ""
    /// `shape` with runs of one character written once.
    var shortShape = ""
    var upper = 0
    var letters = 0
    var isCapitalised = false
  }

  static func prepare(_ word: String) -> PreparedToken {
    let spelling = spelling(of: word)
    var lower = spelling.normalised.lowercased()
    if lower.utf8.contains(where: { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) {
      lower = String(
        String.UnicodeScalarView(lower.unicodeScalars.map { ("0"..."9").contains($0) ? "0" : $0 }))
    }
    let characters = Array(lower)
    var prefixHashes: [UInt64] = []
    var suffixHashes: [UInt64] = []
    if characters.count > 1 {
      for length in 1...min(4, characters.count - 1) {
        prefixHashes.append(FeatureHash.of(characters.prefix(length)))
        suffixHashes.append(FeatureHash.of(characters.suffix(length)))
      }
    }
    return PreparedToken(
      word: spelling.normalised, lower: lower, shape: spelling.shape, shortShape: spelling.shortShape,
      isCapitalised: spelling.isCapitalised,
      isAllCaps: spelling.letters > 0 && spelling.upper == spelling.letters, hasLetters: spelling.letters > 0,
      wordHash: FeatureHash.of(spelling.normalised), lowerHash: FeatureHash.of(lower),
      shapeHash: FeatureHash.of(spelling.shape),
      shortShapeHash: FeatureHash.of(spelling.shortShape), prefixHashes: prefixHashes,
      suffixHashes: suffixHashes)
  }

  /// The normalised spelling, shapes and case of `word`.
  static func spelling(of word: String) -> Spelling {
    var spelling = Spelling()
    spelling.normalised.unicodeScalars.reserveCapacity(word.unicodeScalars.count)
    var lastShape: Character = " "
    var isFirst = true
    for original in word.unicodeScalars {
      let scalar = plain(original)
      spelling.normalised.unicodeScalars.append(scalar)
      let character = shapeCharacter(of: scalar)
      if character == "X" { spelling.upper += 1 }
      if character == "X" || character == "x" { spelling.letters += 1 }
      if isFirst { spelling.isCapitalised = character == "X" }
      isFirst = false
      if spelling.shape.count < 12 { spelling.shape.append(character) }
      if character != lastShape { spelling.shortShape.append(character) }
      lastShape = character
    }
    return spelling
  }

  /// Typographic quotes and dashes as their plain forms; any other scalar as it is.
  @inline(__always)
  private static func plain(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
    switch scalar {
    case "\u{2018}", "\u{2019}", "\u{201B}", "`": "'"
    case "\u{201C}", "\u{201D}", "\u{201E}", "\u{00AB}", "\u{00BB}": "\""
    case "\u{2013}", "\u{2014}": "-"
    default: scalar
    }
  }

  /// `X` for an upper-case letter, `x` for any other letter, `d` for an ASCII digit, the
  /// character itself otherwise.
  @inline(__always)
  private static func shapeCharacter(of scalar: Unicode.Scalar) -> Character {
    let value = scalar.value
    if value < 0x80 {
      switch UInt8(value) {
      case UInt8(ascii: "A")...UInt8(ascii: "Z"): return "X"
      case UInt8(ascii: "a")...UInt8(ascii: "z"): return "x"
      case UInt8(ascii: "0")...UInt8(ascii: "9"): return "d"
      default: return Character(scalar)
      }
    }
    let properties = scalar.properties
    if properties.isUppercase { return "X" }
    if properties.isLowercase || properties.isAlphabetic { return "x" }
    return Character(scalar)
  }

  /// Collects the document-level facts from all its sentences.
  static func documentContext(_ sentences: [[PreparedToken]]) -> DocumentContext {
    var context = DocumentContext()
    var formCounts: [String: Int] = [:]
    for sentence in sentences {
      let letterTokens = sentence.filter(\.hasLetters)
      let capsTokens = letterTokens.filter { $0.isAllCaps && $0.word.count > 1 }
      let headline = letterTokens.count >= 2 && Double(capsTokens.count) >= 0.7 * Double(letterTokens.count)
      context.headlines.append(headline)
      guard !headline else { continue }
      for (index, token) in sentence.enumerated() where token.hasLetters {
        formCounts[token.word, default: 0] += 1
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
        if entry.previous.count < 4 { entry.previous.insert(index > 0 ? sentence[index - 1].lower : "<s>") }
        if entry.next.count < 4 {
          entry.next.insert(index + 1 < sentence.count ? sentence[index + 1].lower : "</s>")
        }
        context.neighbours[token.lower] = entry
      }
    }
    var best: [String: (form: String, count: Int)] = [:]
    for (form, count) in formCounts {
      let lower = prepare(form).lower
      if let current = best[lower], (current.count, form) >= (count, current.form) { continue }
      best[lower] = (form, count)
    }
    context.usualForm = best.mapValues(\.form)
    return context
  }

  /// The hashes of one sentence's features as they are added, with the words around each token.
  struct FeatureWriter {
    let tokens: [PreparedToken]
    var hashes: [UInt64] = []
    /// The hashes standing for the words before the first and after the last.
    let start = FeatureHash.of("<s>")
    let end = FeatureHash.of("</s>")

    init(tokens: [PreparedToken]) {
      self.tokens = tokens
      hashes.reserveCapacity(tokens.count * 72)
    }

    @inline(__always) func lower(_ index: Int) -> UInt64 {
      index < 0 ? start : index >= tokens.count ? end : tokens[index].lowerHash
    }
    @inline(__always) func shortShape(_ index: Int) -> UInt64 {
      index < 0 ? start : index >= tokens.count ? end : tokens[index].shortShapeHash
    }
    @inline(__always) mutating func add(_ template: Template) { hashes.append(FeatureHash.combine(template)) }
    @inline(__always) mutating func add(_ template: Template, _ a: UInt64) {
      hashes.append(FeatureHash.combine(template, a))
    }
    @inline(__always) mutating func add(_ template: Template, _ a: UInt64, _ b: UInt64) {
      hashes.append(FeatureHash.combine(template, a, b))
    }
    @inline(__always) mutating func add(_ template: Template, _ a: UInt64, _ b: UInt64, _ c: UInt64) {
      hashes.append(FeatureHash.combine(template, a, b, c))
    }
  }

  /// The static features of every token of one sentence (everything but the history).
  func features(
    of tokens: [PreparedToken], headline: Bool, document: DocumentContext
  ) -> SentenceFeatures {
    let count = tokens.count
    let gazetteerTags = gazetteerTags(tokens)
    let clusterPaths = tokens.map { clusters.clusters(of: $0.word, isAllCaps: $0.isAllCaps) }
    var writer = FeatureWriter(tokens: tokens)
    var starts = [0]
    starts.reserveCapacity(count + 1)
    for index in 0..<count {
      Self.addWordFeatures(index, to: &writer)
      for tag in gazetteerTags[index] { writer.add(.gazetteer, tag) }
      if index > 0 { for tag in gazetteerTags[index - 1] { writer.add(.gazetteerPrevious, tag) } }
      if index + 1 < count { for tag in gazetteerTags[index + 1] { writer.add(.gazetteerNext, tag) } }
      Self.addDocumentFeatures(index, headline: headline, document: document, to: &writer)
      for offset in -2...2 where index + offset >= 0 && index + offset < count {
        guard let path = clusterPaths[index + offset] else { continue }
        let levels = abs(offset) == 2 ? 1...1 : 0...2
        for level in levels {
          writer.add(.cluster, UInt64(bitPattern: Int64(offset)), UInt64(level), UInt64(path[level]))
        }
      }
      Self.addNeighbourFeatures(index, document: document, to: &writer)
      starts.append(writer.hashes.count)
    }
    return SentenceFeatures(hashes: writer.hashes, starts: starts)
  }

  /// The token's own word, shape and affixes, and the words and shapes around it.
  @inline(__always)
  private static func addWordFeatures(_ index: Int, to writer: inout FeatureWriter) {
    let token = writer.tokens[index]
    let count = writer.tokens.count
    writer.add(.bias)
    writer.add(.word, token.wordHash)
    writer.add(.lower, token.lowerHash)
    writer.add(.shape, token.shapeHash)
    writer.add(.shortShape, token.shortShapeHash)
    for (length, hash) in token.prefixHashes.enumerated() {
      writer.add(Template(rawValue: Template.prefix1.rawValue + UInt8(length))!, hash)
    }
    for (length, hash) in token.suffixHashes.enumerated() {
      writer.add(Template(rawValue: Template.suffix1.rawValue + UInt8(length))!, hash)
    }
    writer.add(.previousLower, writer.lower(index - 1))
    writer.add(.previous2Lower, writer.lower(index - 2))
    writer.add(.nextLower, writer.lower(index + 1))
    writer.add(.next2Lower, writer.lower(index + 2))
    writer.add(.previousShape, writer.shortShape(index - 1))
    writer.add(.nextShape, writer.shortShape(index + 1))
    writer.add(.previousBigram, writer.lower(index - 1), token.lowerHash)
    writer.add(.nextBigram, token.lowerHash, writer.lower(index + 1))
    writer.add(.previous2Bigram, writer.lower(index - 2), writer.lower(index - 1))
    writer.add(
      .shapeTrigram, writer.shortShape(index - 1), token.shortShapeHash, writer.shortShape(index + 1))
    writer.add(.previousWord, index > 0 ? writer.tokens[index - 1].wordHash : writer.start)
    writer.add(.nextWord, index + 1 < count ? writer.tokens[index + 1].wordHash : writer.end)
    writer.add(.lengthClass, UInt64(min(token.word.count, 8)), token.shortShapeHash)
  }

  /// The first word, headlines, and how the document elsewhere writes the word.
  @inline(__always)
  private static func addDocumentFeatures(
    _ index: Int, headline: Bool, document: DocumentContext, to writer: inout FeatureWriter
  ) {
    let token = writer.tokens[index]
    if index == 0 { writer.add(.initialWord, token.lowerHash) }
    if headline {
      writer.add(.headline)
      writer.add(.headlineWord, token.lowerHash)
    }
    guard token.hasLetters else { return }
    writer.add(
      .lowercaseInDocument, document.lowercaseUses.contains(token.lower) ? 1 : 0, token.shortShapeHash)
    writer.add(
      .capitalisedInDocument, document.capitalisedUses.contains(token.lower) ? 1 : 0, token.shortShapeHash)
    if headline || index == 0, let form = document.usualForm[token.lower] {
      let prepared = prepare(form)
      writer.add(.documentForm, prepared.wordHash)
      writer.add(.documentFormShape, prepared.shortShapeHash)
    }
  }

  /// The words seen around the word's other occurrences, and the token's flags.
  @inline(__always)
  private static func addNeighbourFeatures(
    _ index: Int, document: DocumentContext, to writer: inout FeatureWriter
  ) {
    let token = writer.tokens[index]
    if let neighbours = document.neighbours[token.lower] {
      for word in neighbours.previous { writer.add(.contextPrevious, FeatureHash.of(word)) }
      for word in neighbours.next { writer.add(.contextNext, FeatureHash.of(word)) }
    }
    var flags: UInt64 = 0
    if token.isCapitalised { flags |= 1 }
    if token.isAllCaps { flags |= 2 }
    if token.word.utf8.contains(UInt8(ascii: "-")) { flags |= 4 }
    if token.word.utf8.contains(UInt8(ascii: ".")) { flags |= 8 }
    if index == 0 { flags |= 16 }
    writer.add(.flags, flags)
  }

  /// Gazetteer tags for each token: the list's number and the position in the match (B, I, L
  /// or U), as one number.
  private func gazetteerTags(_ tokens: [PreparedToken]) -> [[UInt64]] {
    var tags = Array(repeating: [UInt64](), count: tokens.count)
    let lowercased = tokens.map { $0.word.lowercased() }
    for match in gazetteer.matches(in: tokens.map(\.word), lowercased: lowercased) {
      for category in match.categories {
        let number = UInt64(Gazetteer.Category.allCases.firstIndex(of: category) ?? 0) << 8
        if match.range.count == 1 {
          tags[match.range.lowerBound].append(number | 4)
          continue
        }
        for index in match.range {
          let position: UInt64 =
            index == match.range.lowerBound ? 1 : index == match.range.upperBound - 1 ? 3 : 2
          tags[index].append(number | position)
        }
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

  /// The feature of `template` with the text parts `parts`.
  static func hash(_ template: Template, _ parts: [String]) -> UInt64 {
    switch parts.count {
    case 0: return FeatureHash.combine(template)
    case 1: return FeatureHash.combine(template, FeatureHash.of(parts[0]))
    case 2: return FeatureHash.combine(template, FeatureHash.of(parts[0]), FeatureHash.of(parts[1]))
    default:
      return FeatureHash.combine(
        template, FeatureHash.of(parts[0]), FeatureHash.of(parts[1]),
        FeatureHash.of(parts.dropFirst(2).joined()))
    }
  }

}

/// The features of a sentence's tokens in one array: token `t`'s are
/// `hashes[starts[t]..<starts[t + 1]]`.
struct SentenceFeatures: Sendable {
  var hashes: [UInt64]
  var starts: [Int]
  /// The number of tokens.
  var count: Int { starts.count - 1 }
  /// The features of token `index`.
  subscript(index: Int) -> ArraySlice<UInt64> { hashes[starts[index]..<starts[index + 1]] }
}

/// Feature hashes: text is hashed once per token (FNV-1a over its UTF-8 bytes), and a feature
/// combines a template's number with such hashes (and small numbers) by multiplying and mixing,
/// so that building a feature makes no string.
enum FeatureHash {
  /// The FNV-1a hash of `text`'s UTF-8 bytes.
  static func of(_ text: some StringProtocol) -> UInt64 { StableHash.fnv1a(text) }

  /// The FNV-1a hash of the characters' UTF-8 bytes, as if they were one string.
  static func of(_ characters: ArraySlice<Character>) -> UInt64 {
    var state = StableHash.offsetBasis
    for character in characters { state = StableHash.fnv1a(bytes: character.utf8, continuing: state) }
    return state
  }

  @inline(__always)
  private static func mix(_ state: UInt64, _ value: UInt64) -> UInt64 {
    var x = (state ^ value) &* 0x9E37_79B9_7F4A_7C15
    x ^= x >> 29
    x &*= 0xBF58_476D_1CE4_E5B9
    x ^= x >> 32
    return x
  }

  @inline(__always)
  private static func seed(_ template: NERFeatureExtractor.Template) -> UInt64 {
    mix(0x2545_F491_4F6C_DD1D, UInt64(template.rawValue))
  }

  @inline(__always)
  private static func nonZero(_ value: UInt64) -> UInt64 { value == 0 ? 1 : value }

  static func combine(_ template: NERFeatureExtractor.Template) -> UInt64 { nonZero(seed(template)) }

  static func combine(_ template: NERFeatureExtractor.Template, _ a: UInt64) -> UInt64 {
    nonZero(mix(seed(template), a))
  }

  static func combine(_ template: NERFeatureExtractor.Template, _ a: UInt64, _ b: UInt64) -> UInt64 {
    nonZero(mix(mix(seed(template), a), b))
  }

  static func combine(
    _ template: NERFeatureExtractor.Template, _ a: UInt64, _ b: UInt64, _ c: UInt64
  ) -> UInt64 {
    nonZero(mix(mix(mix(seed(template), a), b), c))
  }
}
