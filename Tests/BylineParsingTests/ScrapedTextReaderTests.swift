import BylineCore
import BylineParsing
import Foundation
import Testing

/// Reads `text` as a scraped-text file and returns the single article.
func readScraped(_ text: String, source: String = "page.txt") throws -> NewsArticle {
  let outcome = ScrapedTextArticleReader().read(Data(text.utf8), source: source)
  return try #require(outcome.articles.first, "problems: \(outcome.problems)")
}

let storyParagraphs = [
  "The city council voted on Tuesday to close the old harbour bridge for repairs, officials said.",
  "Engineers found that two of the bridge's steel supports had corroded faster than expected, and the work will take about six months, according to the council.",
  "“We cannot take risks with a structure this old,” the council leader, Mara Quint, told reporters after the vote.",
]

@Suite struct ScrapedTextReaderTests {
  @Test func findsTitleBylineDateAndDropsNavigation() throws {
    let text = """
      Skip to content
      Home | News | Sport | Weather | Culture
      Bridge to close for six months of repairs
      By Tomas Lind and Ada Berg
      Published 14 March 2025, 10:32 GMT

      \(storyParagraphs.joined(separator: "\n\n"))
      """
    let article = try readScraped(text)
    #expect(article.title == "Bridge to close for six months of repairs")
    #expect(article.authors == ["Tomas Lind", "Ada Berg"])
    #expect(article.published?.iso8601 == "2025-03-14T10:32Z")
    #expect(article.paragraphs.map { String(article.text(of: $0)) } == storyParagraphs)
    #expect(Set(article.removed.map(\.reason)) == ["navigation", "title", "byline", "date"])
    #expect(article.removed.first { $0.reason == "navigation" }?.line == 1)
    // Sentences are the text layer's, computed when the article is loaded or analysed.
    #expect(article.analyzedText.sentences.map { String(article.text(of: $0)) } == storyParagraphs)
    #expect(article.language == "en")
  }

  @Test(arguments: [
    ("Leave a Reply", "comments"),
    ("Your email address will not be published. Required fields are marked *", "comments"),
    ("12 comments", "comments"),
    ("© 2025 Valley Post. All rights reserved.", "copyright"),
    ("Back to top", "navigation"),
    ("Download our app to get the latest news", "app-prompt"),
    (
      "We use cookies to improve your experience. By continuing to use this site, you agree.", "cookie-notice"
    ),
    ("Share this article", "sharing"),
    ("Video 2:34", "video-teaser"),
    ("Photo: Council press office", "caption"),
  ])
  func dropsFurnitureLines(_ line: String, _ reason: String) throws {
    let text =
      "Bridge to close for repairs\n\n" + storyParagraphs.joined(separator: "\n\n") + "\n\n" + line + "\n"
    let article = try readScraped(text)
    #expect(!article.body.contains(line), "kept: \(line)")
    #expect(article.removed.contains { $0.text == line && $0.reason == reason }, "\(article.removed)")
    #expect(article.paragraphs.count == 3)
  }

  @Test func dropsSeeAlsoLinesAndTheHeadlineTheyIntroduce() throws {
    let text = """
      Bridge to close for repairs

      \(storyParagraphs[0])

      See also:
      Ferry timetable changes for the spring

      \(storyParagraphs[1])

      Read more: Why old bridges rust from the inside

      \(storyParagraphs[2])
      """
    let article = try readScraped(text)
    #expect(article.paragraphs.map { String(article.text(of: $0)) } == storyParagraphs)
    #expect(article.removed.filter { $0.reason == "related-links" }.count == 3)
  }

  @Test func dropsListsOfOtherHeadlinesAtTheEnd() throws {
    let text = """
      Bridge to close for repairs
      \(storyParagraphs.joined(separator: "\n"))
      More Stories
      Couple wins prize for largest pumpkin
      Local team promoted after dramatic final
      Storm warning issued for the weekend
      """
    let article = try readScraped(text)
    #expect(article.paragraphs.count == 3)
    #expect(!article.body.contains("pumpkin"))
    #expect(article.removed.filter { $0.reason == "footer" || $0.reason == "related-links" }.count == 4)
  }

  @Test func findsTheOutletInSiteHeadersCopyrightLinesAndDatelines() throws {
    let siteHeader = try readScraped(
      "The Daily Ledger – News, Sport, Opinion\nWorld\nBridge to close for six months of repairs\n\n"
        + storyParagraphs.joined(separator: "\n\n"))
    #expect(siteHeader.outlet == "The Daily Ledger")
    #expect(siteHeader.title == "Bridge to close for six months of repairs")
    let copyright = try readScraped(
      "Bridge to close for repairs\n\n" + storyParagraphs.joined(separator: "\n\n")
        + "\n\nCopyright © 2024 North Shore Gazette\n")
    #expect(copyright.outlet == "North Shore Gazette")
    let dateline = try readScraped(
      "Bridge to close for repairs\n\nHAVERBY, March 14 (Coastal Wire) - " + storyParagraphs[0] + "\n\n"
        + storyParagraphs[1])
    #expect(dateline.outlet == "Coastal Wire")
    #expect(dateline.body.hasPrefix("HAVERBY, March 14 (Coastal Wire) - The city council"))
  }

  @Test func dropsRepeatedParagraphsAndARepeatedTitle() throws {
    let title = "Bridge to close for six months of repairs"
    let text =
      "\(title)\n\n\(title)\n\n" + storyParagraphs.joined(separator: "\n\n") + "\n\n" + storyParagraphs[1]
    let article = try readScraped(text)
    #expect(article.title == title)
    #expect(article.paragraphs.count == 3)
    #expect(article.removed.contains { $0.reason == "duplicate" && $0.text == storyParagraphs[1] })
  }

  @Test func readsTheURLAndACompactDateFromTheHeader() throws {
    let text =
      "Bridge to close for six months of repairs\n20250314\nhttps://www.example-news.org/local/bridge\n"
      + storyParagraphs.joined(separator: "\n")
    let article = try readScraped(text)
    #expect(article.published?.iso8601 == "2025-03-14")
    #expect(article.url?.absoluteString == "https://www.example-news.org/local/bridge")
    #expect(article.outlet == "example-news.org")
    #expect(article.paragraphs.count == 3)
  }

  @Test func neverLosesAStoryParagraph() throws {
    let text = "Menu\nSearch\n" + storyParagraphs.joined(separator: "\n\n") + "\n\nLeave a comment\n"
    let article = try readScraped(text)
    for paragraph in storyParagraphs { #expect(article.body.contains(paragraph)) }
  }
}
