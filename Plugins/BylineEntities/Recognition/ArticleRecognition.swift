import BylineCore

extension EntityRecognizer {
  /// The names in `article`'s body, sentence by sentence, with exact spans.
  ///
  /// The article's sentence and token spans are used (the parsing plugin makes them); a
  /// possessive ending (`Russia's`, `Reuters'`) is split from its word first, as in the data the
  /// model learned from. Without sentence spans the whole body is one sentence; without token
  /// spans, tokens are split at white space and punctuation.
  public func mentions(in article: some Article) -> [EntityMention] {
    let body = article.body
    let sentenceSpans =
      article.sentences.isEmpty ? [TextSpan(start: 0, end: body.utf8.count)] : article.sentences
    let tokenSpans = article.tokens.isEmpty ? Self.fallbackTokens(body) : article.tokens
    // Token runs to tag, with the article sentence each belongs to. A "sentence" longer than
    // ``longestTaggedRun`` tokens (a page with no full stops) is tagged in pieces, so that the
    // cost of one stays bounded and a cancelled run stops between pieces.
    var sentences: [[TextSpan]] = []
    var sentenceOfRun: [Int] = []
    var tokenIndex = 0
    for (sentenceIndex, sentence) in sentenceSpans.enumerated() {
      while tokenIndex < tokenSpans.count && tokenSpans[tokenIndex].end <= sentence.start { tokenIndex += 1 }
      var tokens: [TextSpan] = []
      var index = tokenIndex
      while index < tokenSpans.count && tokenSpans[index].start < sentence.end {
        tokens += Self.splittingPossessive(tokenSpans[index], in: body)
        index += 1
      }
      var start = 0
      repeat {
        let end = min(tokens.count, start + Self.longestTaggedRun)
        sentences.append(Array(tokens[start..<end]))
        sentenceOfRun.append(sentenceIndex)
        start = end
      } while start < tokens.count
    }
    let words = sentences.map { $0.map { String($0.text(in: body)) } }
    let tagged = tag(document: words)
    var mentions: [EntityMention] = []
    for (runIndex, sentence) in tagged.enumerated() {
      let sentenceIndex = sentenceOfRun[runIndex]
      for chunk in separatingTitles(sentence.chunks, words: words[runIndex]) {
        let spans = sentences[runIndex]
        let span = TextSpan(
          start: spans[chunk.tokens.lowerBound].start, end: spans[chunk.tokens.upperBound - 1].end)
        let confidence = chunk.tokens.map { sentence.confidences[$0] }.min() ?? 0
        mentions.append(
          EntityMention(
            span: span, text: String(span.text(in: body)), kind: Self.kind(of: chunk.type),
            confidence: (confidence * 1000).rounded() / 1000, sentence: sentenceIndex))
      }
    }
    return mentions
  }

  /// The most tokens tagged as one sequence: real sentences are far shorter.
  public static let longestTaggedRun = 400

  /// The chunks with titles taken out of names: a role inside a chunk followed by a name
  /// ("Porthaven Mayor Annelise Drummond", "Bank Governor Eddie Lund" tagged as one name) leaves a
  /// person chunk for the words after it, and the words before it keep the chunk's type. The
  /// words after the role must be at least two capitalised words, starting with a known given
  /// name when the role is also an ordinary word of names ("General Electric Company" stays whole).
  func separatingTitles(_ chunks: [TaggedChunk], words: [String]) -> [TaggedChunk] {
    let gazetteer = extractor.gazetteer
    var result: [TaggedChunk] = []
    for chunk in chunks {
      var split: [TaggedChunk]?
      search: for start in chunk.tokens {
        for length in stride(from: gazetteer.longestRole, through: 1, by: -1) {
          let nameStart = start + length
          guard nameStart <= chunk.tokens.upperBound - 2 else { continue }
          let phrase = words[start..<nameStart].joined(separator: " ")
          guard let group = gazetteer.roleGroup(of: phrase), group != "honorific" else { continue }
          let name = words[nameStart..<chunk.tokens.upperBound]
          guard name.allSatisfy({ $0.first?.isUppercase == true }),
            chunk.type == "PER" || gazetteer.isGivenNameVariant(name[nameStart])
              || !Self.ambiguousRoles.contains(phrase.lowercased())
          else { continue }
          split =
            (start > chunk.tokens.lowerBound
              ? [TaggedChunk(tokens: chunk.tokens.lowerBound..<start, type: chunk.type)] : [])
            + [TaggedChunk(tokens: nameStart..<chunk.tokens.upperBound, type: "PER")]
          break search
        }
      }
      result += split ?? [chunk]
    }
    return result
  }

  /// Roles that are also ordinary words in the names of companies and things.
  static let ambiguousRoles: Set<String> = [
    "general", "major", "justice", "father", "deputy", "representative", "head", "chief", "captain", "judge",
    "director", "governor", "marshal", "admiral", "king", "queen", "prince", "princess", "president",
  ]

  /// The entity kind for a model's type name: `PER`, `ORG`, `LOC`, `MISC`, or any other name as
  /// a kind of its own (lower-cased).
  public static func kind(of type: String) -> EntityKind {
    switch type.uppercased() {
    case "PER", "PERSON": return .person
    case "ORG", "ORGANIZATION", "ORGANISATION": return .organization
    case "LOC", "LOCATION", "GPE": return .location
    case "MISC", "MISCELLANEOUS": return .miscellaneous
    default: return EntityKind(rawValue: type.lowercased())
    }
  }

  /// `Russia's` → `Russia`, `'s`; `allies'` → `allies`, `'`.
  static func splittingPossessive(_ span: TextSpan, in text: String) -> [TextSpan] {
    let token = span.text(in: text)
    for ending in ["'s", "\u{2019}s", "'S", "\u{2019}S"]
    where token.count > ending.count && token.hasSuffix(ending) {
      let cut = span.end - ending.utf8.count
      return [TextSpan(start: span.start, end: cut), TextSpan(start: cut, end: span.end)]
    }
    for ending in ["'", "\u{2019}"] where token.count > 2 && token.hasSuffix(ending) {
      let cut = span.end - ending.utf8.count
      return [TextSpan(start: span.start, end: cut), TextSpan(start: cut, end: span.end)]
    }
    return [span]
  }

  /// Tokens for a body without token spans: runs of letters and digits (with an apostrophe or a
  /// full stop inside, as in "O'Neill" or "U.S"), and single marks.
  static func fallbackTokens(_ text: String) -> [TextSpan] {
    let scalars = Array(text.unicodeScalars)
    func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
      scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
    }
    var spans: [TextSpan] = []
    var start: Int?
    var offset = 0
    for (index, scalar) in scalars.enumerated() {
      let length = String(scalar).utf8.count
      let joins =
        (scalar == "'" || scalar == ".") && start != nil && index + 1 < scalars.count
        && isWordScalar(scalars[index + 1])
      if isWordScalar(scalar) || joins {
        if start == nil { start = offset }
      } else {
        if let open = start { spans.append(TextSpan(start: open, end: offset)) }
        start = nil
        if !scalar.properties.isWhitespace { spans.append(TextSpan(start: offset, end: offset + length)) }
      }
      offset += length
    }
    if let open = start { spans.append(TextSpan(start: open, end: offset)) }
    return spans
  }
}
