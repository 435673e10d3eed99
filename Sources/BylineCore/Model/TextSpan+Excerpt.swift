extension TextSpan {
  /// This span's text in `body`, whole when it is at most `maximumBytes` long; otherwise about
  /// that much of it around `focus` (or from its start), cut at spaces, with "…" where it is cut.
  /// A sentence of a page without full stops can be megabytes: shown once per mention, it must
  /// be cut.
  ///
  /// ```swift
  /// sentence.excerpt(in: article.body, around: mention.span)   // "… the council met Mayor Ilse Brandt on …"
  /// ```
  public func excerpt(in body: String, around focus: TextSpan? = nil, maximumBytes: Int = 400) -> String {
    guard end - start > maximumBytes else { return String(text(in: body)) }
    let margin = maximumBytes / 2
    let utf8 = body.utf8
    let focus = focus ?? TextSpan(start: start, end: start)
    var from = Swift.max(start, Swift.min(focus.start - margin, end - maximumBytes))
    var to = Swift.min(end, Swift.max(focus.end + margin, from + maximumBytes))
    // Move outwards to a space within a few bytes, so that no word is cut, and never into the
    // middle of a character.
    func byte(_ offset: Int) -> UInt8 { utf8[utf8.index(utf8.startIndex, offsetBy: offset)] }
    let space = UInt8(ascii: " ")
    let isContinuation = { (byte: UInt8) in byte & 0xC0 == 0x80 }
    var steps = 0
    while from > start, byte(from - 1) != space, steps < 32 || isContinuation(byte(from)) {
      from -= 1
      steps += 1
    }
    steps = 0
    while to < end, byte(to) != space, steps < 32 || isContinuation(byte(to)) {
      to += 1
      steps += 1
    }
    let text = String(TextSpan(start: from, end: to).text(in: body))
    return (from > start ? "…" : "") + text + (to < end ? "…" : "")
  }
}
