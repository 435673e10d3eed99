import BylineCore
import BylineParsing
import Testing

@testable import BylineEntities

@Suite struct ArticleRecognitionTests {
  private let recognizer = TinyNERCorpus.recognizer

  /// An article with the parsing plugin's sentences and tokens.
  private func article(_ body: String) -> NewsArticle {
    NewsArticle(
      title: "", body: body, sentences: SentenceSegmenter.sentences(in: body, paragraphs: []),
      tokens: Tokenizer.tokens(in: body))
  }

  /// The UTF-8 span of the first `text` in `body`.
  private func span(of text: String, in body: String) throws -> TextSpan {
    TextSpan(try #require(body.range(of: text)), in: body)
  }

  /// Checks what every mention must satisfy: its span slices its text, it lies in its sentence,
  /// its confidence is a probability.
  private func checkInvariants(_ mentions: [EntityMention], in article: NewsArticle) {
    for mention in mentions {
      #expect(String(mention.span.text(in: article.body)) == mention.text)
      #expect(mention.confidence >= 0 && mention.confidence <= 1)
      if !article.sentences.isEmpty {
        #expect(article.sentences.indices.contains(mention.sentence))
        if article.sentences.indices.contains(mention.sentence) {
          #expect(article.sentences[mention.sentence].contains(mention.span))
        }
      } else {
        #expect(mention.sentence == 0)
      }
    }
  }

  @Test func findsNamesWithExactSpansAndSentences() throws {
    let body =
      "Mr Quendry said on Friday that the plan would work. Orla Vesk, a spokesman for Halvern Group, "
      + "said the talks ended. The Tolvanian delegation met Orla Vesk in Elsport."
    let article = article(body)
    #expect(article.sentences.count == 3)
    let mentions = recognizer.mentions(in: article)
    checkInvariants(mentions, in: article)
    #expect(
      mentions.map(\.text) == ["Quendry", "Orla Vesk", "Halvern Group", "Tolvanian", "Orla Vesk", "Elsport"])
    #expect(mentions.map(\.sentence) == [0, 1, 1, 2, 2, 2])
    #expect(
      mentions.map(\.kind) == [.person, .person, .organization, .miscellaneous, .person, .location])
    #expect(mentions[0].span == (try span(of: "Quendry", in: body)))
    #expect(mentions[2].span == (try span(of: "Halvern Group", in: body)))
    #expect(mentions.allSatisfy { $0.role == nil })
  }

  @Test func spansCountUTF8BytesAfterMultiByteCharacters() throws {
    let body =
      "the café’s crème brûlée — ½ price — sold out. Mr Brandt said on Tuesday that the plan would work."
    let article = article(body)
    let mentions = recognizer.mentions(in: article)
    checkInvariants(mentions, in: article)
    let mention = try #require(mentions.first { $0.text == "Brandt" })
    #expect(mention.span == (try span(of: "Brandt", in: body)))
    #expect(
      mention.span.start > body.distance(from: body.startIndex, to: body.range(of: "Brandt")!.lowerBound))
    #expect(mention.sentence == 1)
    #expect(mention.kind == .person)
  }

  @Test func splitsPossessivesFromNames() throws {
    for apostrophe in ["'", "\u{2019}"] {
      let body = "Mrs Kostani\(apostrophe)s office in Tolvane confirmed the report."
      let article = article(body)
      let mentions = recognizer.mentions(in: article)
      checkInvariants(mentions, in: article)
      #expect(mentions.map(\.text) == ["Kostani", "Tolvane"], "apostrophe \(apostrophe)")
      #expect(mentions.first?.span == (try span(of: "Kostani", in: body)))
      #expect(mentions.map(\.kind) == [.person, .location])
    }
  }

  @Test func splittingPossessiveCutsTheEnding() {
    func pieces(_ token: String) -> [String] {
      EntityRecognizer.splittingPossessive(TextSpan(start: 0, end: token.utf8.count), in: token).map {
        String($0.text(in: token))
      }
    }
    #expect(pieces("Brandt's") == ["Brandt", "'s"])
    #expect(pieces("Brandt\u{2019}s") == ["Brandt", "\u{2019}s"])
    #expect(pieces("ALLIES'S") == ["ALLIES", "'S"])
    #expect(pieces("Stellans'") == ["Stellans", "'"])
    #expect(pieces("Stellans\u{2019}") == ["Stellans", "\u{2019}"])
    #expect(pieces("Brandt") == ["Brandt"])
    #expect(pieces("'s") == ["'s"])
    #expect(pieces("s'") == ["s'"])
  }

  @Test func worksWithoutSentenceAndTokenSpans() throws {
    let body = "Mrs Kostani's office in Tolvane confirmed the report"
    let article = NewsArticle(title: "", body: body)
    let mentions = recognizer.mentions(in: article)
    checkInvariants(mentions, in: article)
    #expect(mentions.map(\.text) == ["Kostani", "Tolvane"])
    #expect(mentions.map(\.sentence) == [0, 0])
    #expect(mentions.first?.span == (try span(of: "Kostani", in: body)))
    #expect(recognizer.mentions(in: NewsArticle(title: "", body: "")).isEmpty)
  }

  @Test func fallbackTokensSplitWordsFromPunctuation() {
    let text = "Orla Vesk, in Tolvane."
    let tokens = EntityRecognizer.fallbackTokens(text).map { String($0.text(in: text)) }
    #expect(tokens == ["Orla", "Vesk", ",", "in", "Tolvane", "."])
  }

  @Test func kindsOfModelTypes() {
    #expect(EntityRecognizer.kind(of: "PER") == .person)
    #expect(EntityRecognizer.kind(of: "person") == .person)
    #expect(EntityRecognizer.kind(of: "ORG") == .organization)
    #expect(EntityRecognizer.kind(of: "ORGANISATION") == .organization)
    #expect(EntityRecognizer.kind(of: "LOC") == .location)
    #expect(EntityRecognizer.kind(of: "GPE") == .location)
    #expect(EntityRecognizer.kind(of: "MISC") == .miscellaneous)
    #expect(EntityRecognizer.kind(of: "NORP") == EntityKind(rawValue: "norp"))
    #expect(EntityRecognizer.kind(of: "Vessel") == EntityKind(rawValue: "vessel"))
  }
}
