import BylineCore
import Foundation

/// Turns text scraped from a news page into an article: finds the headline, byline, date, URL and
/// outlet among the lines around the story, and removes page furniture (navigation, section
/// labels, comment forms, "See also" lines, lists of other headlines, copyright footers, author
/// bios, repeated paragraphs), keeping every removed line with its reason.
///
/// The story is located by its prose: lines of eight or more words that read as sentences. What
/// comes before the first of them is the header, what comes after the last is the footer; rules
/// for furniture apply everywhere, and stricter ones at the edges.
struct ScrapedTextCleaner {
  struct Line {
    let number: Int
    /// The line with white space collapsed.
    let text: String
    var wordCount: Int
    /// The line as written, trimmed; wide gaps in it can separate navigation items.
    var raw: String
  }

  /// What cleaning found.
  struct Result {
    var title = ""
    var paragraphs: [String] = []
    var outlet: String?
    var authors: [String] = []
    var published: PublicationDate?
    var url: URL?
    var removed: [RemovedText] = []
  }

  /// Cleans `text`; `reference` anchors relative and yearless dates (e.g. a file's date).
  static func clean(_ text: String, reference: Date? = nil) -> Result {
    // Paragraph blocks: runs of non-blank lines. Text without blank lines has one line per block.
    let lines: [Line?] = text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map {
      index, raw in
      let collapsed = HTMLText.collapse(String(raw))
      guard !collapsed.isEmpty else { return nil }
      return Line(
        number: index + 1, text: collapsed, wordCount: wordCount(collapsed),
        raw: BoilerplateRules.trimmed(String(raw)))
    }
    let textLines = lines.compactMap { $0 }
    guard !textLines.isEmpty else { return Result() }

    let proseIndices = textLines.indices.filter { isProse(textLines[$0]) }
    guard let firstProse = proseIndices.first, let lastProse = proseIndices.last else {
      // No prose at all: keep what is not furniture.
      var result = Result()
      result.paragraphs = textLines.filter {
        BoilerplateRules.reason(forLine: $0.text, position: .body) == nil
      }
      .map(\.text)
      result.title = result.paragraphs.first ?? ""
      return result
    }

    var pass = CleaningPass(lines: lines, textLines: textLines, reference: reference)
    let storyEnd = storyEnd(textLines, firstProse: firstProse, lastProse: lastProse)
    pass.cleanFooter(after: storyEnd)
    pass.cleanHeader(before: firstProse)
    pass.takeStandaloneHeadline(at: firstProse, storyEnd: storyEnd)
    pass.cleanStory(from: firstProse, through: storyEnd)
    pass.assembleParagraphs()
    pass.readDateline()
    return pass.result
  }

  /// The last line of the story: the last prose line, or the line before a "More Stories"-style
  /// heading that is followed mostly by lines that are not prose (a list of other headlines).
  static func storyEnd(_ textLines: [Line], firstProse: Int, lastProse: Int) -> Int {
    guard
      let heading = textLines.indices.first(where: { index in
        index > firstProse && isRelatedHeading(textLines[index].text)
      }), heading <= lastProse
    else { return lastProse }
    let following = textLines[(heading + 1)...]
    return following.filter({ isProse($0) }).count <= following.count / 3 ? heading - 1 : lastProse
  }

  // MARK: - Line kinds

  /// Whether blank lines separate lines of text (leading and trailing blank lines do not count).
  static func hasInnerBlankLines(_ lines: [Line?]) -> Bool {
    guard let first = lines.firstIndex(where: { $0 != nil }), let last = lines.lastIndex(where: { $0 != nil })
    else { return false }
    return lines[first...last].contains { $0 == nil }
  }

  /// A line of at most sixteen words, with no sentence break inside, alone in its block (blank
  /// lines around it, or every line its own block).
  static func isStandaloneHeadline(at index: Int, in lines: [Line?], textLines: [Line]) -> Bool {
    let line = textLines[index]
    guard line.wordCount <= 16, !BoilerplateRules.contains(String(line.text.dropLast(3)), ". ") else {
      return false
    }
    guard let position = lines.firstIndex(where: { $0?.number == line.number }) else { return false }
    let before = position == 0 || lines[position - 1] == nil
    let after = position + 1 >= lines.count || lines[position + 1] == nil
    return !hasInnerBlankLines(lines) || (before && after)
  }

  static func wordCount(_ text: String) -> Int {
    text.split { $0 == " " }.filter { $0.contains { $0.isLetter || $0.isNumber } }.count
  }

  /// A line of story text: eight or more words with sentence punctuation.
  static func isProse(_ line: Line) -> Bool {
    guard line.wordCount >= 8 else { return false }
    guard BoilerplateRules.reason(forLine: line.text, position: .body) == nil else { return false }
    let terminal = line.text.last.map { ".!?…\"”’»)".contains($0) } ?? false
    let hasSentence = BoilerplateRules.contains(line.text, ". ") || BoilerplateRules.contains(line.text, ", ")
    return terminal || hasSentence || line.wordCount >= 20
  }

  /// A heading that introduces links to other stories: `More Stories`, `Related`, `Lire aussi`.
  static func isRelatedHeading(_ text: String) -> Bool {
    // Headings are short: rule out longer lines before any string work.
    guard text.utf8.count <= 60 else { return false }
    let lower = String(
      text.lowercased().drop { !$0.isLetter && !$0.isNumber }.reversed().drop { !$0.isLetter && !$0.isNumber }
        .reversed())
    let headings = [
      "more stories", "related stories", "related articles", "related", "related news", "latest posts",
      "latest news", "most read", "most popular", "recommended", "you may also like", "you might also like",
      "read more", "more news", "top stories", "trending", "popular", "more from", "you may like",
      "leia também", "veja também", "você pode gostar", "lea también", "te puede interesar", "lire aussi",
      "à lire aussi", "voir aussi", "lesen sie auch", "mehr zum thema", "читайте также",
    ]
    return headings.contains(where: {
      lower == $0 || (lower.hasPrefix($0) && lower.split(separator: " ").count <= 5)
    })
  }

  /// A quoted line of short fragments: `"Wannabe gamer. Beer buff. Incurable thinker."`.
  static func isAuthorBio(_ text: String) -> Bool {
    let quotes: Set<Character> = ["\"", "“", "”", "«", "»"]
    guard let first = text.first, let last = text.last, quotes.contains(first), quotes.contains(last) else {
      return false
    }
    return isFragmentList(String(text.dropFirst().dropLast()))
  }

  /// Text made of three or more very short fragments ending in periods.
  static func isFragmentList(_ text: String) -> Bool {
    let fragments = text.split(separator: ".").map { $0.trimmingCharacters(in: .whitespaces) }.filter {
      !$0.isEmpty
    }
    guard fragments.count >= 3 else { return false }
    return fragments.allSatisfy { $0.split(separator: " ").count <= 5 && !$0.contains(",") }
  }

  static func bareURL(_ text: String) -> URL? {
    guard BoilerplateRules.isBareURL(text) else { return nil }
    let absolute = text.hasPrefix("www.") ? "https://" + text : text
    return URL(string: absolute)
  }

  /// `Site Name – News, Breaking News, World`: a name, a dash, and a comma list of short items.
  static func siteHeader(_ text: String) -> (String, String)? {
    // `SITE NAME | English edition`: a name in capitals and a short label.
    if let bar = text.range(of: " | ") {
      let name = text[..<bar.lowerBound].trimmingCharacters(in: .whitespaces)
      let tail = text[bar.upperBound...].trimmingCharacters(in: .whitespaces)
      let letters = name.filter(\.isLetter)
      if !letters.isEmpty, letters.allSatisfy(\.isUppercase), name.split(separator: " ").count <= 5,
        tail.split(separator: " ").count <= 3
      {
        return (name.capitalized, tail)
      }
    }
    for separator in [" – ", " — ", " - ", " | "] {
      guard let range = text.range(of: separator) else { continue }
      let name = text[..<range.lowerBound].trimmingCharacters(in: .whitespaces)
      let tail = text[range.upperBound...]
      let items = tail.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
      if items.count >= 2, items.allSatisfy({ $0.split(separator: " ").count <= 3 }),
        name.split(separator: " ").count <= 4, !name.isEmpty
      {
        return (name, String(tail))
      }
    }
    return nil
  }

  /// `By Jane Doe`, `By Jane Doe and Ola Berg`, `Written by Jane Doe`, `Author: Jane Doe`.
  static func byline(_ text: String) -> [String]? {
    let lower = text.lowercased()
    var rest: Substring?
    for prefix in ["by ", "written by ", "author: ", "authors: ", "reporting by ", "words by "] {
      if lower.hasPrefix(prefix) { rest = text.dropFirst(prefix.count) }
    }
    guard var names = rest.map(String.init) else { return nil }
    // Drop a trailing date or role: "By Jane Doe, Economics Correspondent" keeps the name only.
    if let comma = names.firstIndex(of: ",") {
      let after = names[names.index(after: comma)...].trimmingCharacters(in: .whitespaces)
      if after.split(separator: " ").count <= 4, after.first?.isUppercase == true, !after.contains(" and ") {
        names = String(names[..<comma])
      }
    }
    if let separator = [" | ", " - ", " – ", " on "].compactMap({ names.range(of: $0) }).first {
      names = String(names[..<separator.lowerBound])
    }
    let list = names.replacingOccurrences(of: " and ", with: ",").replacingOccurrences(of: " & ", with: ",")
      .split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    guard !list.isEmpty, list.allSatisfy({ isNameLike($0) && $0.split(separator: " ").count <= 4 }) else {
      return nil
    }
    return list
  }

  /// A line that is mostly a date: `Published 14 March 2025, 10:32`, `20211230`, `2 hours ago`.
  static func dateLine(_ text: String, reference: Date?) -> PublicationDate? {
    guard wordCount(text) <= 10, let found = DateTextParser.firstDate(in: text, reference: reference) else {
      return nil
    }
    let matched = text[found.range].count
    let rest = text.replacingCharacters(in: found.range, with: "").lowercased()
    let allowed: Set<String> = [
      "published", "updated", "posted", "on", "at", "last", "modified", "date", "by", "admin", "first",
    ]
    let others = rest.split { !$0.isLetter }.filter { !allowed.contains(String($0)) }
    guard matched * 2 >= text.count || others.count <= 2 else { return nil }
    return found.date
  }

  /// Capitalised words, as names of people and outlets are written.
  static func isNameLike(_ text: String) -> Bool {
    let words = text.split(separator: " ")
    guard !words.isEmpty, words.count <= 6 else { return false }
    let capitalised = words.filter { $0.first?.isUppercase == true || $0.first?.isNumber == true }
    let connectors: Set<String> = [
      "de", "da", "van", "von", "der", "la", "le", "bin", "al", "of", "the", "and",
    ]
    return capitalised.count + words.filter { connectors.contains(String($0)) }.count == words.count
      && !BoilerplateRules.exactShortLines.contains(text.lowercased())
  }

  /// `© 2025 Harbour Courier. All rights reserved.` → `Harbour Courier`.
  static func outletFromCopyright(_ text: String) -> String? {
    let lower = text.lowercased()
    guard lower.contains("©") || lower.hasPrefix("copyright") else { return nil }
    var rest = text.replacingOccurrences(of: "©", with: " ").replacingOccurrences(of: "Copyright", with: " ")
      .replacingOccurrences(of: "copyright", with: " ")
    if let sentence = rest.range(of: ". ") { rest = String(rest[..<sentence.lowerBound]) }
    for phrase in ["All rights reserved", "all rights reserved"] {
      rest = rest.replacingOccurrences(of: phrase, with: "")
    }
    let words = rest.split(separator: " ").filter { word in
      !word.allSatisfy { $0.isNumber || $0 == "-" || $0 == "–" }
    }
    let name = words.joined(separator: " ").trimmingCharacters(in: .punctuationCharacters.union(.whitespaces))
    guard !name.isEmpty, name.split(separator: " ").count <= 6 else { return nil }
    return name
  }

  /// `Source: Outlet Name`.
  static func outletFromSourceLine(_ text: String) -> String? {
    let lower = text.lowercased()
    guard lower.hasPrefix("source:") else { return nil }
    let name = text.dropFirst("source:".count).trimmingCharacters(in: .whitespaces)
    return !name.isEmpty && name.split(separator: " ").count <= 5 ? name : nil
  }

  /// A key for spotting repeated lines: ASCII letters lower-cased, ASCII punctuation and spaces
  /// dropped, other characters kept as they are.
  static func normalized(_ text: String) -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.utf8.count)
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "A")...UInt8(ascii: "Z"): bytes.append(byte + 32)
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), 0x80...:
        bytes.append(byte)
      default: break
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  static func firstSentence(of text: String) -> String {
    let words = text.split(separator: " ")
    var sentence: [Substring] = []
    for word in words {
      sentence.append(word)
      if sentence.count >= 4, let last = word.last, ".!?".contains(last) { break }
      if sentence.count >= 20 { break }
    }
    return sentence.joined(separator: " ")
  }
}

/// The dateline that opens a wire story: `LISBON, March 14 (Reuters) - ...`, `(CNN) – ...`.
struct Dateline {
  /// The dateline text, without the dash.
  let text: String
  /// The outlet it names, if any.
  let outlet: String?

  init?(_ paragraph: String) {
    let head = paragraph.prefix(160)
    guard
      let dash = [" - ", " – ", " — ", " -", " –"].compactMap({ head.range(of: $0) }).min(by: {
        $0.lowerBound < $1.lowerBound
      })
    else { return nil }
    let prefix = head[..<dash.lowerBound].trimmingCharacters(in: .whitespaces)
    guard !prefix.isEmpty, prefix.split(separator: " ").count <= 10 else { return nil }
    let hasParenthesis = prefix.contains("(") && prefix.hasSuffix(")")
    let letters = prefix.filter(\.isLetter)
    let isUppercase = !letters.isEmpty && letters.filter(\.isUppercase).count * 10 >= letters.count * 6
    guard hasParenthesis || isUppercase else { return nil }
    text = prefix
    if hasParenthesis, let open = prefix.lastIndex(of: "(") {
      let inside = prefix[prefix.index(after: open)..<prefix.index(before: prefix.endIndex)]
        .trimmingCharacters(in: .whitespaces)
      outlet = inside.contains(where: \.isLetter) && inside.split(separator: " ").count <= 4 ? inside : nil
    } else if let comma = prefix.lastIndex(of: ",") {
      let tail = prefix[prefix.index(after: comma)...].split(separator: " ")
      outlet = tail.count >= 2 ? tail.last.map { $0.prefix(1) + $0.dropFirst().lowercased() } : nil
    } else {
      outlet = nil
    }
  }
}
