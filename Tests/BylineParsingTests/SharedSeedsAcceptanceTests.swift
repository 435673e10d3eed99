import BylineCore
import BylineParsing
import BylineTesting
import Foundation
import Testing

/// Acceptance on ../shared/seeds: five real articles about one event, scraped from five outlets.
@Suite(.enabled(if: AcceptanceData.isAvailable("seeds"), Comment(rawValue: AcceptanceData.skipMessage)))
struct SharedSeedsAcceptanceTests {
  static let seeds = AcceptanceData.url("seeds").path

  func load() async throws -> [String: NewsArticle] {
    try #require(FileManager.default.fileExists(atPath: Self.seeds), "../shared/seeds is missing")
    let report = try await ArticleLoader(readers: ParsingPlugin().readers, preparesText: true).load([
      Self.seeds
    ])
    #expect(report.problems.isEmpty, "\(report.problems)")
    var byPrefix: [String: NewsArticle] = [:]
    for article in report.articles {
      let name = (article.provenance!.source as NSString).lastPathComponent
      byPrefix[String(name.prefix(3))] = article
    }
    return byPrefix
  }

  @Test func findsEveryStatedTitleOutletAndDate() async throws {
    let seeds = try await load()
    #expect(seeds.count == 5)
    #expect(seeds["001"]?.title == "Biden threatens Putin with tough sanctions if he invades Ukraine")
    #expect(seeds["002"]?.title == "Putin warns Biden of colossal mistake if the West imposes sanctions")
    #expect(seeds["002"]?.outlet == "The Independent.in")
    #expect(seeds["003"]?.title == "Putin tells Biden new sanctions could rupture USRussia ties")
    #expect(seeds["003"]?.published?.iso8601 == "2021-12-30")
    #expect(seeds["003"]?.url?.host == "www.straitstimes.com")
    #expect(seeds["004"]?.title == "Putin warns Pita that sanctions are a “massive mistake.”")
    #expect(seeds["004"]?.outlet == "CNN")
    for (_, article) in seeds {
      #expect(article.language == "en")
      #expect(!article.sentences.isEmpty)
    }
  }

  @Test func leavesNoFurnitureInABody() async throws {
    let furniture = [
      "Leave a Reply", "Your email address will not be published", "More Stories", "Latest Posts",
      "Back to top", "To Top", "Now you can get notifications", "Copyright ©",
      "- Draft", "Source: Nachrichten",
    ]
    for (name, article) in try await load() {
      for line in furniture {
        #expect(!article.body.contains(line), "\(name) keeps '\(line)'")
      }
      #expect(!article.removed.isEmpty)
    }
  }

  @Test func losesNoSentenceOfTheStory() async throws {
    let seeds = try await load()
    let sentences = [
      ("000", "In a phone call on Thursday, Putin said sanctions were ultimately a “massive mistake.”"),
      ("000", "Tensions between Russia and Ukraine are not new."),
      ("001", "In a phone call, he called on President Vladimir Putin to de-escalate"),
      ("002", "Russia also wants that Ukraine should not be given the membership of NATO."),
      (
        "003",
        "Ushakov said Putin had told Biden that such a move could lead to a breakdown in US-Russia ties."
      ),
      ("004", "The 50-minute phone call did not lead to major improvements"),
    ]
    for (name, sentence) in sentences {
      #expect(seeds[name]?.body.contains(sentence) == true, "\(name) lost: \(sentence)")
    }
  }
}
