import BylineCore
import BylineTesting
import Foundation
import Testing

@Suite struct TextLayerTests {
  let text =
    "Mr. Tomás Ferreira-Lindqvist of U.S. Widgetry paid $2,300 on 10:30 at https://example.org/a, "
    + "wrote jo@example.org #launch. Then he left!"

  func token(_ written: String, in layer: TextLayer) -> Token {
    layer.tokens.first { $0.text(in: text) == written }!
  }

  @Test func tokensCarryTheirKinds() {
    let layer = TextLayer(text: text)
    #expect(token("Mr.", in: layer).kind == .abbreviation)
    #expect(token("U.S.", in: layer).kind == .abbreviation)
    #expect(token("Ferreira-Lindqvist", in: layer).kind == .word)
    #expect(token("2,300", in: layer).kind == .number)
    #expect(token("10:30", in: layer).kind == .number)
    #expect(token("$", in: layer).kind == .symbol)
    #expect(token("https://example.org/a", in: layer).kind == .url)
    #expect(token("jo@example.org", in: layer).kind == .email)
    #expect(token("#launch", in: layer).kind == .tag)
    #expect(token(",", in: layer).kind == .punctuation)
    #expect(token("!", in: layer).kind == .punctuation)
  }

  @Test func tokensCarryTheirFlags() {
    let layer = TextLayer(text: text)
    #expect(token("Tomás", in: layer).flags == [.capitalized, .spaceBefore])
    #expect(token("U.S.", in: layer).flags == [.capitalized, .allCapitals, .spaceBefore])
    #expect(token("2,300", in: layer).flags == [.hasDigit])
    #expect(token("Mr.", in: layer).isSentenceStart)
    #expect(token("Then", in: layer).isSentenceStart)
    #expect(!token("Tomás", in: layer).isSentenceStart)
    #expect(!token(".", in: layer).hasSpaceBefore)
  }

  @Test func tokensFoldAndHaveShapes() {
    let layer = TextLayer(text: text)
    #expect(token("Tomás", in: layer).folded(in: text) == "tomas")
    #expect(token("Mr.", in: layer).folded(in: text) == "mr.")
    #expect(token("Tomás", in: layer).shape(in: text) == "Xxxxx")
    #expect(token("Ferreira-Lindqvist", in: layer).shape(in: text) == "Xxxxx-Xxxxx")
    #expect(token("U.S.", in: layer).shape(in: text) == "X.X.")
    #expect(token("2,300", in: layer).shape(in: text) == "d,ddd")
    #expect(TextFolding.folded("Ünïcödé\u{2019}s Café") == "unicode's cafe")
    #expect(TextFolding.folded("MARKET") == "market")
  }

  @Test func sentencesAndTheirTokens() {
    let layer = TextLayer(text: text)
    #expect(layer.sentences.count == 2)
    #expect(
      layer.tokens(inSentence: 1).map { layer.tokens[$0].text(in: text) } == ["Then", "he", "left", "!"])
    #expect(layer.tokenSpans == Tokenizer.tokens(in: text))
  }

  @Test func givenSpansKeepTheirPlace() {
    let body = "Rates rose. Markets fell."
    let sentences = [TextSpan(start: 0, end: 25)]
    let layer = TextLayer(text: body, sentences: sentences, tokens: [TextSpan(start: 0, end: 5)])
    #expect(layer.sentences == sentences)
    #expect(
      Array(layer.tokens) == [
        Token(
          span: TextSpan(start: 0, end: 5), kind: .word, flags: [.capitalized, .spaceBefore, .sentenceStart])
      ])
  }

  @Test func stableHashIsFNV1a() {
    // Reference values of the FNV specification's 64-bit FNV-1a.
    #expect(StableHash.fnv1a("") == 0xcbf2_9ce4_8422_2325)
    #expect(StableHash.fnv1a("a") == 0xaf63_dc4c_8601_ec8c)
    #expect(StableHash.fnv1a("foobar") == 0x8594_4171_f739_67e8)
    #expect(StableHash.fnv1a(bytes: Array("foobar".utf8)) == StableHash.fnv1a("foobar"))
    #expect(StableHash.fnv1a("bar", continuing: StableHash.fnv1a("foo")) == StableHash.fnv1a("foobar"))
    #expect(ArticleID.derived(fromContent: "a") == ArticleID("aaf63dc4c8601ec8c"))
  }

  @Test func dateLexiconKnowsSeveralLanguages() {
    #expect(DateLexicon.month(named: "march") == 3)
    #expect(DateLexicon.month(named: "märz") == 3)
    #expect(DateLexicon.month(named: "марта") == 3)
    #expect(DateLexicon.month(named: "décembre") == 12)
    #expect(DateLexicon.weekday(named: "miércoles").map { [$0.weekday] } == [3])
    #expect(DateLexicon.weekday(named: "miércoles")?.isFull == true)
    #expect(DateLexicon.weekday(named: "thurs")?.weekday == 4)
    #expect(DateLexicon.weekday(named: "thurs")?.isFull == false)
    #expect(DateLexicon.weekday(named: "sábado")?.weekday == 6)
    #expect(DateLexicon.dayShift(of: "gestern") == -1)
    #expect(DateLexicon.dayShift(of: "hoje") == 0)
    #expect(DateLexicon.dayShift(of: "tomorrow") == 1)
    #expect(DateLexicon.months(in: [.english])["mars"] == nil)
    #expect(DateLexicon.months(in: [.french])["mars"] == 3)
    #expect(DateLexicon.months(in: [.english]).count == 24)
  }

  @Test func theArticleKeepsItsLayerOutOfEqualityAndJSON() throws {
    var article = NewsArticle(title: "T", body: "Rates rose. Markets fell.")
    let plain = article
    article.prepareText()
    #expect(article.textLayer?.sentences.count == 2)
    #expect(article.sentences == article.textLayer?.sentences)
    #expect(article.tokens.count == 6)
    let decoded = try JSONDecoder().decode(NewsArticle.self, from: JSONEncoder().encode(article))
    #expect(decoded.textLayer == nil)
    #expect(decoded == article)
    #expect(plain.analyzedText == article.textLayer)
  }

  @Test func thePipelineComputesTheLayerOnceBeforeThePlugins() async throws {
    let marker = TextLayer(text: "x")
    let first = TestPlugin("first", provides: [.annotation(IndexKey.self), .sentences]) { article in
      // The layer is there before the first plugin runs; replacing it shows it is not recomputed.
      article.annotations[IndexKey.self] = article.textLayer?.tokens.count ?? -1
      article.textLayer = marker
    }
    let second = TestPlugin(
      "second", requires: [.annotation(IndexKey.self)], provides: [.annotation(LengthKey.self)]
    ) {
      article in
      article.annotations[LengthKey.self] = article.textLayer == marker ? 1 : 0
    }
    let pipeline = Pipeline(plan: try PluginRegistry([first, second]).plan())
    var corpus = Corpus([NewsArticle(title: "", body: "Rates rose. Markets fell.")])
    let result = try await pipeline.run(corpus)
    #expect(result.corpus.articles[0].annotations[IndexKey.self] == 6)
    #expect(result.corpus.articles[0].annotations[LengthKey.self] == 1)
    #expect(result.corpus.articles[0].sentences.count == 2)
    corpus = result.corpus
    let again = try await pipeline.run(corpus)
    #expect(again.corpus.articles[0].annotations[IndexKey.self] == 1)
  }
}
