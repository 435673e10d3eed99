import Foundation

/// Emoji and their text descriptions, keyed by Unicode scalar, for the replacement VADER does before
/// it splits a text into words.
///
/// vaderSentiment 3.3.2 walks the text one code point at a time, so only single-scalar emoji can
/// ever match; longer sequences in the lexicon (flags, skin tones, ZWJ sequences) are left out here.
final class EmojiTable: Sendable {
  /// The bundled `emoji_utf8_lexicon.txt`, loaded once.
  static let vader: EmojiTable = {
    guard
      let url = Bundle.module.url(
        forResource: "emoji_utf8_lexicon", withExtension: "txt", subdirectory: "Resources"),
      let data = try? Data(contentsOf: url),
      let text = String(validating: data, as: UTF8.self)
    else { fatalError("BylineSentiment: the bundled Resources/emoji_utf8_lexicon.txt is missing") }
    return EmojiTable(descriptions: parse(text))
  }()

  /// Each description's UTF-8 bytes, one after the other.
  private let arena: [UInt8]
  /// Where each scalar's description is in `arena`.
  private let spans: [UInt32: Range<Int>]
  /// One bit per scalar below `0x20000` that has a description, to rule most characters out fast.
  private let present: [UInt64]
  /// Whether some scalar at or above `0x20000` has a description.
  private let hasHigh: Bool
  /// Whether some ASCII character has a description (none in VADER's), so ASCII text needs a look too.
  let hasASCIIKeys: Bool

  /// A table of `descriptions`; keys that are not exactly one Unicode scalar are ignored.
  init(descriptions: [String: String]) {
    var arena: [UInt8] = []
    var spans: [UInt32: Range<Int>] = [:]
    var present = [UInt64](repeating: 0, count: 0x20000 / 64)
    var hasHigh = false
    var hasASCIIKeys = false
    for (key, description) in descriptions.sorted(by: { $0.key < $1.key }) {
      let scalars = key.unicodeScalars
      guard scalars.count == 1, let scalar = scalars.first else { continue }
      let start = arena.count
      arena.append(contentsOf: description.utf8)
      spans[scalar.value] = start..<arena.count
      if scalar.isASCII { hasASCIIKeys = true }
      if scalar.value < 0x20000 {
        present[Int(scalar.value >> 6)] |= 1 << (UInt64(scalar.value) & 63)
      } else {
        hasHigh = true
      }
    }
    self.arena = arena
    self.spans = spans
    self.present = present
    self.hasHigh = hasHigh
    self.hasASCIIKeys = hasASCIIKeys
  }

  /// Parses VADER's emoji lexicon (emoji, tab, description; later lines win), as vaderSentiment does.
  static func parse(_ text: String) -> [String: String] {
    var descriptions: [String: String] = [:]
    for rawLine in text.unicodeScalars.split(separator: "\n") {
      let line = PythonText.strip(Substring(rawLine))
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
      guard fields.count >= 2 else { continue }
      descriptions[String(fields[0])] = String(fields[1])
    }
    return descriptions
  }

  /// `text` with every emoji replaced by its description as vaderSentiment 3.3.2 does it (a space
  /// goes before a description unless the previous character was a space; none goes after), or
  /// `nil` when the text has no emoji.
  func replacingEmoji(in text: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
    var output: [UInt8]? = nil
    var previousWasSpace = true
    var position = 0
    let count = text.count
    while position < count {
      let lead = text[position]
      if lead < 0x80 && !(hasASCIIKeys && description(of: UInt32(lead)) != nil) {
        output?.append(lead)
        previousWasSpace = lead == 0x20
        position += 1
        continue
      }
      let length: Int
      var value: UInt32
      if lead < 0x80 {
        length = 1
        value = UInt32(lead)
      } else if lead < 0xE0 {
        length = 2
        value = UInt32(lead & 0x1F)
      } else if lead < 0xF0 {
        length = 3
        value = UInt32(lead & 0x0F)
      } else {
        length = 4
        value = UInt32(lead & 0x07)
      }
      let end = min(position + length, count)
      for index in (position + 1)..<max(position + 1, end) { value = value << 6 | UInt32(text[index] & 0x3F) }
      if let span = description(of: value) {
        if output == nil {
          var started: [UInt8] = []
          started.reserveCapacity(count + 64)
          started.append(contentsOf: UnsafeBufferPointer(rebasing: text[0..<position]))
          output = started
        }
        if !previousWasSpace { output!.append(0x20) }
        output!.append(contentsOf: arena[span])
        previousWasSpace = false
      } else {
        output?.append(contentsOf: UnsafeBufferPointer(rebasing: text[position..<end]))
        previousWasSpace = false
      }
      position = end
    }
    return output
  }

  /// Where the description of the scalar `value` is in `arena`.
  @inline(__always)
  private func description(of value: UInt32) -> Range<Int>? {
    if value < 0x20000 {
      guard present[Int(value >> 6)] & (1 << (UInt64(value) & 63)) != 0 else { return nil }
    } else if !hasHigh {
      return nil
    }
    return spans[value]
  }
}
