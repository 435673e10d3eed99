/// A half-open range of a text, measured in UTF-8 code units from the start of the text.
///
/// Spans are how Byline points into an article body: paragraphs, sentences, tokens, entity
/// mentions and event evidence are all spans. UTF-8 offsets make slicing O(1) on Swift strings
/// and are exact; ``unicodeScalarRange(in:)`` converts to the code-point offsets Python tools use.
///
/// ```swift
/// let body = "Rates rose. Markets fell."
/// let first = TextSpan(start: 0, end: 11)
/// first.text(in: body)  // "Rates rose."
/// ```
public struct TextSpan: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
  /// The UTF-8 offset of the first code unit in the span.
  public let start: Int
  /// The UTF-8 offset just past the last code unit in the span.
  public let end: Int

  /// Creates a span. `start` must not be negative and must not exceed `end`.
  public init(start: Int, end: Int) {
    precondition(start >= 0 && start <= end, "invalid span \(start)..<\(end)")
    self.start = start
    self.end = end
  }

  /// Creates the span that covers `range` of `text`.
  public init(_ range: Range<String.Index>, in text: String) {
    let utf8 = text.utf8
    self.init(
      start: utf8.distance(from: utf8.startIndex, to: range.lowerBound),
      end: utf8.distance(from: utf8.startIndex, to: range.upperBound))
  }

  /// The number of UTF-8 code units the span covers.
  public var length: Int { end - start }

  /// Whether the span covers nothing.
  public var isEmpty: Bool { start == end }

  /// Whether `other` lies entirely inside this span.
  public func contains(_ other: TextSpan) -> Bool {
    other.start >= start && other.end <= end
  }

  /// Whether the two spans share at least one code unit.
  public func overlaps(_ other: TextSpan) -> Bool {
    other.start < end && start < other.end
  }

  /// The string range of this span in `text`, clamped to the text's bounds.
  public func range(in text: String) -> Range<String.Index> {
    let utf8 = text.utf8
    let count = utf8.count
    let lower = utf8.index(utf8.startIndex, offsetBy: min(start, count))
    let upper = utf8.index(utf8.startIndex, offsetBy: min(end, count))
    return lower..<upper
  }

  /// The text this span covers in `text`.
  public func text(in text: String) -> Substring {
    text[range(in: text)]
  }

  /// The span as Unicode scalar (code point) offsets, the unit Python and spaCy use.
  public func unicodeScalarRange(in text: String) -> Range<Int> {
    let bounds = range(in: text)
    let scalars = text.unicodeScalars
    let lower = scalars.distance(from: scalars.startIndex, to: bounds.lowerBound)
    let upper = lower + scalars.distance(from: bounds.lowerBound, to: bounds.upperBound)
    return lower..<upper
  }

  public static func < (lhs: TextSpan, rhs: TextSpan) -> Bool {
    (lhs.start, lhs.end) < (rhs.start, rhs.end)
  }

  public var description: String { "\(start)..<\(end)" }

  private enum CodingKeys: String, CodingKey { case start, end }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    let start = try container.decode(Int.self, forKey: .start)
    let end = try container.decode(Int.self, forKey: .end)
    guard start >= 0, start <= end else {
      throw DecodingError.dataCorruptedError(
        forKey: .end, in: container, debugDescription: "span end \(end) precedes start \(start)")
    }
    self.init(start: start, end: end)
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(start, forKey: .start)
    try container.encode(end, forKey: .end)
  }
}
