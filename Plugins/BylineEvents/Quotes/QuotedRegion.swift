import BylineCore

/// Text between a pair of top-level quotation marks, possibly over several paragraphs.
struct QuotedRegion: Hashable, Sendable {
  /// The token index of the first opening mark.
  var opening: Int
  /// The token index of the closing mark; `nil` when the quote is never closed and ends with its
  /// paragraph.
  var closing: Int?
  /// The quoted words, one span per paragraph, without the marks and the surrounding spaces (and
  /// without a trailing comma, which belongs to the attribution that follows).
  var pieces: [TextSpan]
  /// From the first opening mark to the closing mark (or the end of the last piece), marks
  /// included: the part of the text that is quoted rather than narrated.
  var extent: TextSpan

  /// From the first quoted word to the last.
  var span: TextSpan { TextSpan(start: pieces[0].start, end: pieces[pieces.count - 1].end) }
}
