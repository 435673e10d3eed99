import BylineCore

/// Pairs the quotation marks of a text into top-level ``QuotedRegion``s.
///
/// - A mark with a space (or the paragraph's start, or an opening bracket or dash) before it and a
///   word after it opens; one with a word before it and a space, punctuation or the paragraph's end
///   after it closes; otherwise the mark's own direction decides (and a straight `"` closes when one
///   is open).
/// - Marks nest by family: ‘…’ inside “…”, “…” inside «…». A closing mark closes the nearest open
///   mark of its family and everything opened after it; a closing mark with nothing to close is
///   stray and ignored (so is a curly apostrophe).
/// - An opening double mark (or guillemet) while another of its family is open replaces it: the
///   first was never closed.
/// - A double quote still open at the end of a paragraph continues when the next paragraph starts
///   with an opening double mark (the news convention for quotes over several paragraphs);
///   otherwise it ends with its paragraph.
struct QuotationScanner: Sendable {
  private struct Open {
    var token: Int
    var family: QuotationMark.Family
  }

  /// Characters after which a mark opens.
  static let openers: Set<String> = ["(", "[", "{", "—", "–", "-", "/", ":"]

  func regions(in text: QuoteText) -> [QuotedRegion] {
    let tokens = text.tokens
    var regions: [QuotedRegion] = []
    var carried: (opening: Int, pieces: [TextSpan])?
    for (paragraphIndex, paragraph) in text.paragraphs.enumerated() {
      var stack: [Open] = []
      var range = text.tokens(in: paragraph)
      // A quote carried from the previous paragraph reopens with this paragraph's first mark.
      if carried != nil, let first = range.first, let mark = QuotationMark(tokens[first].text) {
        stack.append(Open(token: first, family: mark.family))
        range = range.dropFirst()
      }
      for index in range where tokens[index].kind == .quotationMark {
        guard let mark = QuotationMark(tokens[index].text) else { continue }
        switch direction(of: index, mark: mark, in: tokens, paragraph: paragraph, stack: stack) {
        case .opening:
          if mark.family != .single, let open = stack.lastIndex(where: { $0.family == mark.family }) {
            // A second opening double mark: the first was never closed.
            stack.removeSubrange(open...)
            if open == 0 { carried = nil }
          }
          stack.append(Open(token: index, family: mark.family))
        case .closing, .either:
          guard let open = stack.lastIndex(where: { $0.family == mark.family }) else { continue }
          let opening = stack[open].token
          stack.removeSubrange(open...)
          guard open == 0 else { continue }
          let piece = trimmed(
            TextSpan(start: tokens[opening].span.end, end: tokens[index].span.start), in: text)
          var pieces = carried?.pieces ?? []
          if !piece.isEmpty { pieces.append(piece) }
          let first = carried?.opening ?? opening
          carried = nil
          if !pieces.isEmpty {
            regions.append(
              QuotedRegion(
                opening: first, closing: index, pieces: pieces,
                extent: TextSpan(start: tokens[first].span.start, end: tokens[index].span.end)))
          }
        }
      }
      endParagraph(paragraphIndex, stack: stack, in: text, carried: &carried, regions: &regions)
    }
    return regions
  }

  /// Ends paragraph `paragraphIndex`: a double quote left open there is carried into the next
  /// paragraph when that opens with a double mark, and is otherwise a region without a closing mark.
  private func endParagraph(
    _ paragraphIndex: Int, stack: [Open], in text: QuoteText,
    carried: inout (opening: Int, pieces: [TextSpan])?, regions: inout [QuotedRegion]
  ) {
    let tokens = text.tokens
    let paragraph = text.paragraphs[paragraphIndex]
    guard let open = stack.first(where: { $0.family != .single }) else {
      carried = nil
      return
    }
    let piece = trimmed(TextSpan(start: tokens[open.token].span.end, end: paragraph.end), in: text)
    var pieces = carried?.pieces ?? []
    if !piece.isEmpty { pieces.append(piece) }
    let first = carried?.opening ?? open.token
    if paragraphIndex + 1 < text.paragraphs.count,
      startsWithOpeningDouble(text.paragraphs[paragraphIndex + 1], text)
    {
      carried = (first, pieces)
    } else {
      carried = nil
      if !pieces.isEmpty {
        regions.append(
          QuotedRegion(
            opening: first, closing: nil, pieces: pieces,
            extent: TextSpan(start: tokens[first].span.start, end: pieces[pieces.count - 1].end)))
      }
    }
  }

  private func startsWithOpeningDouble(_ paragraph: TextSpan, _ text: QuoteText) -> Bool {
    let index = text.firstToken(atOrAfter: paragraph.start)
    guard index < text.tokens.count, text.tokens[index].span.start < paragraph.end,
      let mark = QuotationMark(text.tokens[index].text), mark.family != .single
    else { return false }
    return mark.natural != .closing
  }

  private func direction(
    of index: Int, mark: QuotationMark, in tokens: [QuoteToken], paragraph: TextSpan, stack: [Open]
  ) -> QuotationMark.Direction {
    let token = tokens[index]
    let previous = index > 0 && tokens[index - 1].span.end > paragraph.start ? tokens[index - 1] : nil
    let next =
      index + 1 < tokens.count && tokens[index + 1].span.start < paragraph.end ? tokens[index + 1] : nil
    let touchesBefore = previous.map { $0.span.end == token.span.start } ?? false
    let touchesAfter = next.map { $0.span.start == token.span.end } ?? false
    let canOpen =
      (!touchesBefore || Self.openers.contains(previous?.text ?? "") || previous?.kind == .quotationMark)
      && touchesAfter && next?.kind != .punctuation
    let canClose =
      touchesBefore && previous?.kind != .quotationMark
      && (!touchesAfter || next?.kind == .punctuation || next?.kind == .quotationMark)
    if canOpen && !canClose { return .opening }
    if canClose && !canOpen { return .closing }
    if mark.natural != .either { return mark.natural }
    return stack.contains { $0.family == mark.family } ? .closing : .opening
  }

  /// `span` without surrounding white space and without a trailing comma.
  private func trimmed(_ span: TextSpan, in text: QuoteText) -> TextSpan {
    let range = text.tokens(in: span)
    guard var last = range.last, let first = range.first else {
      return TextSpan(start: span.start, end: span.start)
    }
    while last >= first, [",", ";"].contains(text.tokens[last].text) { last -= 1 }
    guard last >= first else { return TextSpan(start: span.start, end: span.start) }
    return TextSpan(start: text.tokens[first].span.start, end: text.tokens[last].span.end)
  }
}
