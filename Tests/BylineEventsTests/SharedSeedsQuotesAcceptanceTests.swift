import BylineCore
import BylineEntities
import BylineParsing
import BylineTesting
import Foundation
import Testing

@testable import BylineEvents

/// Quotes in the five real articles of `../shared/seeds` (machine translation, curly quotes, quotes
/// split over paragraphs). The properties below were checked by reading the articles.
@Suite(.enabled(if: AcceptanceData.isAvailable("seeds"), Comment(rawValue: AcceptanceData.skipMessage)))
struct SharedSeedsQuotesAcceptanceTests {
  static let seeds = AcceptanceData.url("seeds")

  static func analyse() async throws -> (quotes: [Quote], entities: [ResolvedEntity], articles: [NewsArticle])
  {
    let loaded = try await ArticleLoader(readers: ParsingPlugin().readers).load([seeds.path])
    let registry = try PluginRegistry([ParsingPlugin(), EntitiesPlugin(), EntityResolutionPlugin()])
    let result = try await Pipeline(plan: registry.plan(providing: [.entities])).run(Corpus(loaded.articles))
    #expect(result.failures.isEmpty, "\(result.failures)")
    let entities = result.corpus.annotations[ResolvedEntitiesKey.self] ?? []
    return (
      QuoteExtractor().quotes(in: result.corpus.articles, entities: entities), entities,
      result.corpus.articles
    )
  }

  /// The entity that goes by `name`.
  static func entity(named name: String, in entities: [ResolvedEntity]) -> ResolvedEntity? {
    entities.first { $0.canonicalName == name || $0.aliases.contains(name) }
  }

  @Test func quotesOfTheSeedArticles() async throws {
    try #require(FileManager.default.fileExists(atPath: Self.seeds.path), "\(Self.seeds.path) is missing")
    let (quotes, entities, articles) = try await Self.analyse()
    let direct = quotes.filter(\.isDirect)
    // Every article but the one whose quotation marks were stripped has direct quotes; read by
    // hand there are more than 25 in all, most of them attributed by name or description.
    #expect(direct.count >= 25, "\(direct.count) direct quotes")
    #expect(Set(direct.map(\.articleID)).count == articles.count - 1)
    #expect(quotes.contains { !$0.isDirect && $0.articleID == articles.first { !$0.body.contains("“") }?.id })
    #expect(direct.filter { $0.speakerName != nil }.count >= direct.count * 9 / 10)
    #expect(quotes.filter { $0.speakerEntityID != nil }.count >= 30)

    // Nothing empty, and no lone word in quotation marks without a speech verb.
    for quote in quotes {
      #expect(!quote.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty)
      if quote.isDirect, !quote.text.contains(" ") { #expect(quote.verb != nil, "scare quote \(quote.text)") }
      #expect((0...1).contains(quote.confidence))
    }
    #expect(!quotes.contains { $0.text.hasPrefix("delights") }, "a scare quote in the BBC article")

    // Every speaker entity is a person or an organisation.
    let byID = Dictionary(entities.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    for id in quotes.compactMap(\.speakerEntityID) {
      let kind = try #require(byID[id]).kind
      #expect(kind == .person || kind == .organization, "\(id) is a \(kind)")
    }

    // The people quoted by name in several articles are linked to their one resolved entity,
    // however the machine translation spelled them.
    for (name, spellings) in [
      ("Yuri Ushakov", ["Ushakov"]), ("Dmitry Peskov", ["Peskov"]),
      ("Jen Psaki", ["Psaki", "Zaki", "Zhaki"]),
    ] {
      let person = try #require(Self.entity(named: name, in: entities), "no entity \(name)")
      let theirs = quotes.filter { quote in
        spellings.contains { quote.speakerName?.contains($0) ?? false }
      }
      #expect(theirs.count >= 2, "\(name) is quoted \(theirs.count) times")
      for quote in theirs {
        #expect(
          quote.speakerEntityID == person.id,
          "\(quote.speakerName ?? "") → \(quote.speakerEntityID?.rawValue ?? "nil")")
      }
    }
    let ushakov = try #require(Self.entity(named: "Yuri Ushakov", in: entities))
    #expect(quotes.filter { $0.speakerEntityID == ushakov.id }.count >= 8)
    #expect(Set(quotes.filter { $0.speakerEntityID == ushakov.id }.map(\.articleID)).count >= 4)

    // Anonymous officials are kept as written and never linked to a person.
    let anonymous = quotes.filter { $0.speakerName?.lowercased().hasPrefix("a senior") ?? false }
    #expect(anonymous.count >= 3)
    #expect(anonymous.allSatisfy { $0.speakerEntityID == nil })
  }
}
