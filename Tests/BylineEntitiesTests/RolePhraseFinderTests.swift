import BylineCore
import BylineEntities
import Testing

/// The role phrases the entities plugin publishes (``RolePhrasesKey``) for other plugins.
@Suite struct RolePhraseFinderTests {
  let finder = RolePhraseFinder()

  @Test func everyRoleEndingAtEachWordIsListedByEndThenStart() {
    let body = "Foreign Minister Ilsa Dravnik met Mr Tam Brode, the press secretary."
    let phrases = finder.phrases(in: body)
    #expect(
      phrases.map(\.text) == ["Foreign Minister", "Minister", "Mr", "press secretary", "secretary"])
    #expect(phrases.map(\.group) == ["government", "government", "honorific", "spokesperson", "government"])
    #expect(phrases.filter(\.isFormOfAddress).map(\.text) == ["Mr"])
    for phrase in phrases { #expect(String(phrase.span.text(in: body)) == phrase.text) }
  }

  @Test func punctuationEndsAPhraseAndJoinedWordsStayOneWord() {
    #expect(finder.phrases(in: "the foreign, minister").map(\.text) == ["minister"])
    #expect(finder.phrases(in: "Vice-President Orla Vennick").map(\.text) == ["Vice-President"])
    // A possessive is part of its word, as in the quote extractor's tokens: "president’s" is no role.
    #expect(finder.phrases(in: "the vice president’s office").isEmpty)
  }

  @Test func theEntitiesPluginPublishesThemWithItsMentions() async throws {
    var article = NewsArticle(title: "", body: "The foreign minister, Orla Vennick, arrived.")
    article.sentences = [TextSpan(start: 0, end: article.body.utf8.count)]
    article.tokens = article.body.ranges(of: /\w+|[^\w\s]/).map { TextSpan($0, in: article.body) }
    try await EntitiesPlugin().analyze(&article, context: AnalysisContext(pluginName: "entities"))
    let phrases = article.annotations[RolePhrasesKey.self] ?? []
    #expect(phrases.map(\.text) == ["foreign minister", "minister"])
  }
}
