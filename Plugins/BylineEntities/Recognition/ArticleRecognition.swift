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
    var sentences: [[TextSpan]] = []
    var tokenIndex = 0
    for sentence in sentenceSpans {
      while tokenIndex < tokenSpans.count && tokenSpans[tokenIndex].end <= sentence.start { tokenIndex += 1 }
      var tokens: [TextSpan] = []
      var index = tokenIndex
      while index < tokenSpans.count && tokenSpans[index].start < sentence.end {
        tokens += Self.splittingPossessive(tokenSpans[index], in: body)
        index += 1
      }
      sentences.append(tokens)
    }
    let words = sentences.map { $0.map { String($0.text(in: body)) } }
    let tagged = tag(document: words)
    var mentions: [EntityMention] = []
    for (sentenceIndex, sentence) in tagged.enumerated() {
      for chunk in sentence.chunks {
        let spans = sentences[sentenceIndex]
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

  /// Tokens for a body without token spans: runs of letters and digits, and single marks.
  static func fallbackTokens(_ text: String) -> [TextSpan] {
    var spans: [TextSpan] = []
    var start: Int?
    var offset = 0
    for scalar in text.unicodeScalars {
      let length = String(scalar).utf8.count
      let isWord =
        scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "'" || scalar == "."
      if isWord {
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
