import BylineCore
import Foundation

/// One cleaning of scraped text: which lines are kept, and what was learnt from the dropped ones.
///
/// ``ScrapedTextCleaner/clean(_:reference:)`` runs the steps in order: the footer, the header,
/// a standalone headline, the story itself, then paragraphs and the dateline.
struct CleaningPass {
  typealias Line = ScrapedTextCleaner.Line

  /// Every line of the input; `nil` for a blank line.
  let lines: [Line?]
  /// The lines that are not blank.
  let textLines: [Line]
  /// The date that anchors relative and yearless dates.
  let reference: Date?
  /// Whether each of ``textLines`` is still kept.
  private(set) var keep: [Bool]
  /// The index in ``textLines`` of the line taken as the headline.
  private(set) var titleIndex: Int?
  /// What was found so far.
  private(set) var result = ScrapedTextCleaner.Result()

  init(lines: [Line?], textLines: [Line], reference: Date?) {
    self.lines = lines
    self.textLines = textLines
    self.reference = reference
    self.keep = [Bool](repeating: true, count: textLines.count)
  }

  /// Drops line `index` (once), recording why.
  mutating func drop(_ index: Int, _ reason: String) {
    guard keep[index] else { return }
    keep[index] = false
    result.removed.append(
      RemovedText(reason: reason, text: textLines[index].text, line: textLines[index].number))
  }

  /// Footer: everything after the story that is not long prose, read for the outlet on the way.
  mutating func cleanFooter(after storyEnd: Int) {
    for index in textLines.indices where index > storyEnd {
      let line = textLines[index]
      if result.outlet == nil {
        result.outlet =
          ScrapedTextCleaner.outletFromCopyright(line.text)
          ?? ScrapedTextCleaner.outletFromSourceLine(line.text)
      }
      if let reason = BoilerplateRules.reason(forLine: line.text, position: .footer) {
        drop(index, reason)
      } else if ScrapedTextCleaner.isRelatedHeading(line.text) {
        drop(index, "related-links")
      } else if ScrapedTextCleaner.isAuthorBio(line.text) {
        drop(index, "author-bio")
      } else if !ScrapedTextCleaner.isProse(line) || line.wordCount < 10 {
        drop(index, "footer")
      } else if ScrapedTextCleaner.isFragmentList(line.text) {
        drop(index, "author-bio")
      }
    }
  }

  /// Header: before the first prose line — the URL, site header, byline, date, furniture, short
  /// labels, and the headline.
  mutating func cleanHeader(before firstProse: Int) {
    for index in textLines.indices where index < firstProse {
      let line = textLines[index]
      if takeMetadata(from: line, at: index) { continue }
      if let reason = BoilerplateRules.reason(forLine: line.raw, position: .header) {
        drop(index, reason)
        continue
      }
      let bare = line.text.hasPrefix("- ") ? String(line.text.dropFirst(2)) : line.text
      if line.wordCount <= 3 || line.text.hasPrefix("- ") {
        if result.outlet == nil, ScrapedTextCleaner.isNameLike(bare), line.wordCount >= 2 {
          result.outlet = bare
        }
        drop(index, "header")
        continue
      }
      if titleIndex == nil {
        titleIndex = index
        result.title = line.text
        drop(index, "title")
      } else if ScrapedTextCleaner.normalized(line.text) == ScrapedTextCleaner.normalized(result.title) {
        drop(index, "title")
      }
    }
  }

  /// Reads a header line that is a bare URL, a site header, a byline or a date into the result and
  /// drops it; returns whether it was one.
  private mutating func takeMetadata(from line: Line, at index: Int) -> Bool {
    if let url = ScrapedTextCleaner.bareURL(line.text) {
      if result.url == nil { result.url = url }
      drop(index, "url")
    } else if let (outlet, _) = ScrapedTextCleaner.siteHeader(line.text) {
      if result.outlet == nil { result.outlet = outlet }
      drop(index, "site-header")
    } else if let authors = ScrapedTextCleaner.byline(line.text) {
      addAuthors(authors)
      drop(index, "byline")
    } else if let date = ScrapedTextCleaner.dateLine(line.text, reference: reference) {
      if result.published == nil { result.published = date }
      drop(index, "date")
    } else {
      return false
    }
    return true
  }

  private mutating func addAuthors(_ authors: [String]) {
    for author in authors where !result.authors.contains(author) { result.authors.append(author) }
  }

  /// Without a headline above the story, a short first line standing alone is the headline.
  mutating func takeStandaloneHeadline(at firstProse: Int, storyEnd: Int) {
    guard titleIndex == nil, firstProse < storyEnd,
      ScrapedTextCleaner.isStandaloneHeadline(at: firstProse, in: lines, textLines: textLines)
    else { return }
    titleIndex = firstProse
    result.title = textLines[firstProse].text
    drop(firstProse, "title")
  }

  /// The story itself: furniture, repeated paragraphs, and a short date or byline line.
  mutating func cleanStory(from firstProse: Int, through storyEnd: Int) {
    var seen = Set<String>()
    if !result.title.isEmpty { seen.insert(ScrapedTextCleaner.normalized(result.title)) }
    var index = firstProse
    while index <= storyEnd {
      defer { index += 1 }
      guard keep[index] else { continue }
      let line = textLines[index]
      if let reason = BoilerplateRules.reason(forLine: line.text, position: .body) {
        drop(index, reason)
        // "See also:" on its own line introduces the headline on the next line.
        if reason == "related-links", line.text.hasSuffix(":"), index + 1 <= storyEnd,
          textLines[index + 1].wordCount <= 16, !textLines[index + 1].text.hasSuffix(".")
        {
          drop(index + 1, reason)
          index += 1
        }
        continue
      }
      let key = ScrapedTextCleaner.normalized(line.text)
      if line.wordCount >= 4, seen.contains(key) {
        drop(index, index == titleIndex ? "title" : "duplicate")
        continue
      }
      seen.insert(key)
      guard line.wordCount <= 8 else { continue }
      if result.published == nil, let date = ScrapedTextCleaner.dateLine(line.text, reference: reference) {
        result.published = date
        drop(index, "date")
      } else if let authors = ScrapedTextCleaner.byline(line.text) {
        addAuthors(authors)
        drop(index, "byline")
      }
    }
  }

  /// Paragraphs: kept lines, joined within blocks that were separated by blank lines.
  mutating func assembleParagraphs() {
    let hasBlankLines = ScrapedTextCleaner.hasInnerBlankLines(lines)
    var paragraph: [String] = []
    var textIndex = 0
    func flush() {
      if !paragraph.isEmpty { result.paragraphs.append(paragraph.joined(separator: " ")) }
      paragraph = []
    }
    for line in lines {
      guard let line else {
        flush()
        continue
      }
      defer { textIndex += 1 }
      guard keep[textIndex] else {
        flush()
        continue
      }
      paragraph.append(line.text)
      if !hasBlankLines { flush() }
    }
    flush()
  }

  /// A dateline opening the story names the outlet, and sometimes the date; without a headline,
  /// the first sentence stands for one.
  mutating func readDateline() {
    if let first = result.paragraphs.first, let dateline = Dateline(first) {
      if result.outlet == nil, let outlet = dateline.outlet { result.outlet = outlet }
      if result.published == nil, let date = DateTextParser.firstDate(in: dateline.text, reference: reference)
      {
        result.published = date.date
      }
    }
    if result.title.isEmpty, let first = result.paragraphs.first {
      result.title = ScrapedTextCleaner.firstSentence(of: first)
    }
  }
}
