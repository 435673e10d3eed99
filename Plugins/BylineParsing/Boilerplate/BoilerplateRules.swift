import Foundation

/// Rules that recognise lines of page furniture in scraped text: navigation, comment forms,
/// sharing prompts, related-link lines, copyright and legal footers, cookie notices, app and
/// newsletter prompts, captions and video teasers.
///
/// The rules describe kinds of furniture, never a particular site.
enum BoilerplateRules {
  /// Where in the text a line stands; some rules apply only near the edges.
  enum Position {
    case header, body, footer
  }

  /// Why `line` is furniture, or nil if it may be article text.
  static func reason(forLine line: String, position: Position) -> String? {
    let text = trimmed(line)
    if text.isEmpty { return nil }
    // Furniture lines are short: a line of more than forty words is prose, whatever it says.
    let spaces = text.utf8.reduce(0) { $0 + ($1 == UInt8(ascii: " ") ? 1 : 0) }
    if spaces >= 40 { return nil }
    let lower = text.lowercased()
    let words = spaces <= 14 ? lower.split { !$0.isLetter && !$0.isNumber } : []
    let wordCount = spaces <= 14 ? words.count : spaces + 1

    if isNavigation(text) { return "navigation" }
    if wordCount <= 12 {
      for (prefixes, reason) in shortLinePrefixes where prefixes.contains(where: { lower.hasPrefix($0) }) {
        return reason
      }
      if exactShortLines.contains(lower.trimmingCharacters(in: .punctuationCharacters)) {
        return "site-furniture"
      }
      if isCommentCount(words) { return "comments" }
      if isVideoTeaser(text, words: words) { return "video-teaser" }
    }
    for (phrases, reason) in containedPhrases where phrases.contains(where: { contains(lower, $0) }) {
      if wordCount <= 40 { return reason }
    }
    if contains(lower, "©") || lower.hasPrefix("copyright") || lower.hasPrefix("(c) ") {
      if wordCount <= 25 { return "copyright" }
    }
    if wordCount <= 20, contains(lower, "all rights reserved") { return "copyright" }
    if position != .body, isBareURL(text) { return "url" }
    return nil
  }

  /// `text` without leading and trailing white space (a native, allocation-light trim).
  static func trimmed(_ text: String) -> String {
    guard let first = text.firstIndex(where: { !$0.isWhitespace }),
      let last = text.lastIndex(where: { !$0.isWhitespace })
    else { return "" }
    if first == text.startIndex && text.index(after: last) == text.endIndex { return text }
    return String(text[first...last])
  }

  /// Whether `text` has a navigation separator (`|`, `>`, or a multi-byte one such as `›` or `•`)
  /// or a gap of three spaces.
  static func mayHoldSeparators(_ text: String) -> Bool {
    var spaces = 0
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "|"), UInt8(ascii: ">"), 0xC2, 0xE2: return true
      case UInt8(ascii: " "):
        spaces += 1
        if spaces == 3 { return true }
      default: spaces = 0
      }
    }
    return false
  }

  /// Whether `text` contains `phrase`, by a byte search (Foundation's `contains` is far slower).
  static func contains(_ text: String, _ phrase: String) -> Bool {
    var text = text
    var phrase = phrase
    return text.withUTF8 { haystack in
      phrase.withUTF8 { needle in
        guard let first = needle.first else { return true }
        guard needle.count <= haystack.count else { return false }
        var index = 0
        let last = haystack.count - needle.count
        while index <= last {
          if haystack[index] == first {
            var offset = 1
            while offset < needle.count, haystack[index + offset] == needle[offset] { offset += 1 }
            if offset == needle.count { return true }
          }
          index += 1
        }
        return false
      }
    }
  }

  /// `Home | World | Business`, `News › Europe › France`, `Menu   Search   Log in`: several short
  /// items separated by bars, chevrons, bullets or wide gaps.
  static func isNavigation(_ text: String) -> Bool {
    // Most lines are prose with no separator at all: rule them out with one pass over the bytes.
    guard mayHoldSeparators(text) else { return false }
    let separators: Set<Character> = ["|", "›", "»", "•", "·", ">"]
    var items = text.split { separators.contains($0) }.map { trimmed(String($0)) }.filter { !$0.isEmpty }
    if items.count < 2 {
      items = text.components(separatedBy: "   ").map { trimmed($0) }.filter { !$0.isEmpty }
    }
    guard items.count >= 2 else { return false }
    let shortItems = items.filter { item in
      let count = item.split(separator: " ").count
      return count >= 1 && count <= 4 && !item.hasSuffix(".")
    }
    // Two items only as a breadcrumb or a pair of very short links: `World > Europe`, `Log in | Join`.
    if items.count == 2 {
      return shortItems.count == 2 && items.allSatisfy { $0.split(separator: " ").count <= 3 }
    }
    return shortItems.count >= items.count - 1 && Double(text.count) / Double(items.count) < 30
  }

  /// `12 comments`, `Comments (3)`, `37 Comments`.
  static func isCommentCount(_ words: [Substring]) -> Bool {
    guard words.count <= 3, words.contains(where: { $0 == "comments" || $0 == "comment" || $0 == "replies" })
    else { return false }
    return words.allSatisfy {
      $0 == "comments" || $0 == "comment" || $0 == "replies" || $0.allSatisfy(\.isNumber)
    }
  }

  /// `Video 2:34`, `WATCH: ... (01:12)`, `Play video 3:05`.
  static func isVideoTeaser(_ text: String, words: [Substring]) -> Bool {
    let lower = text.lowercased()
    let mentionsVideo = lower.hasPrefix("video") || lower.hasPrefix("watch") || contains(lower, "play video")
    let hasDuration = containsDuration(text)
    return (mentionsVideo && (hasDuration || words.count <= 8)) || (hasDuration && words.count <= 3)
  }

  /// Whether `text` holds a clock-style duration such as `2:34` or `01:12`.
  static func containsDuration(_ text: String) -> Bool {
    let scalars = Array(text.unicodeScalars)
    func isDigit(_ index: Int) -> Bool {
      index >= 0 && index < scalars.count && ("0"..."9").contains(scalars[index])
    }
    for index in scalars.indices where scalars[index] == ":" {
      guard isDigit(index - 1), isDigit(index + 1), isDigit(index + 2), !isDigit(index + 3) else { continue }
      let before = isDigit(index - 2) ? index - 2 : index - 1
      if !isDigit(before - 1) { return true }
    }
    return false
  }

  static func isBareURL(_ text: String) -> Bool {
    !text.contains(" ") && (text.hasPrefix("http://") || text.hasPrefix("https://") || text.hasPrefix("www."))
  }

  /// Lines that start like furniture, when short, from `Resources/boilerplate-phrases.tsv`.
  static var shortLinePrefixes: [([String], String)] { BoilerplatePhrases.bundled.prefixes }

  /// Whole lines that are furniture.
  static var exactShortLines: Set<String> { BoilerplatePhrases.bundled.wholeLines }

  /// Phrases that make a line furniture wherever they stand in it.
  static var containedPhrases: [([String], String)] { BoilerplatePhrases.bundled.containedPhrases }
}
