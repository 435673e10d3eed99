import BylineCore
import BylineEntities
import BylineEvents
import Foundation
import FuzzSupport

/// Fuzzes time, events and quotes: the temporal tagger on the input's text (with and without a
/// reference date), on the text of the input read as a TimeML document, and scored against that
/// document's annotations; the events plugin's per-article steps (reference date, event mentions,
/// quantities, quotes) on one to four articles made from the input; and fusion across them, with
/// speakers linked to resolved entities and disagreements between sources.
enum FuzzEvents {
  static let reference = Date(timeIntervalSince1970: 1_741_910_400)

  static func run(_ input: FuzzInput) {
    let tagger = TemporalTagger()
    let text = input.text
    for date in [nil, reference] {
      check(tagger.expressions(in: text, reference: date), in: text)
    }
    if let document = try? TimeMLDocument(xml: text, name: "fuzz") {
      let expressions = tagger.expressions(in: document.text, reference: document.creationDate)
      check(expressions, in: document.text)
      var evaluation = TimexEvaluation()
      _ = evaluation.add(reference: document.timexes, system: expressions)
      _ = (evaluation.strict, evaluation.relaxed, evaluation.value, evaluation.type)
    }

    let extractor = EventExtractor()
    let articles = FuzzAnalysis.recognizingEntities(in: FuzzArticles.articles(from: input)).map { article in
      var article = article
      let expressions = tagger.expressions(
        in: article.body, reference: EventsPlugin.referenceDate(of: article, tagger: tagger))
      article.annotations[TimeExpressionsKey.self] = expressions
      let mentions = extractor.mentions(in: article, times: expressions.map(TimeFact.init))
      for mention in mentions {
        precondition(mention.sentence < article.sentences.count, "an event mention in no sentence")
        precondition(mention.triggerSpan.end <= article.body.utf8.count, "a trigger outside the body")
      }
      article.annotations[EventMentionsKey.self] = mentions
      let quotes = QuoteExtractor().quotes(in: article)
      for quote in quotes {
        precondition(quote.span.end <= article.body.utf8.count, "a quote outside the body")
      }
      article.annotations[QuotesKey.self] = quotes
      return article
    }
    _ = QuantityExtractor().quantities(in: text)

    let entities = EntityResolver(extractsRoles: false).resolve(articles)
    _ = QuoteExtractor().quotes(in: articles, entities: entities)
    let kinds = Dictionary(entities.map { ($0.id, $0.kind) }, uniquingKeysWith: { first, _ in first })
    let finder = DisagreementFinder()
    for fused in EventFusion().fuse(articles, entities: entities) {
      _ = finder.disagreements(in: fused)
      _ = finder.disagreements(in: fused, kinds: kinds)
    }
  }

  /// Checks that every expression lies inside `text` and says what its span covers.
  static func check(_ expressions: [TemporalExpression], in text: String) {
    let length = text.utf8.count
    for expression in expressions {
      precondition(expression.span.end <= length, "time expression \(expression.span) outside the text")
      _ = TimeFact(expression)
    }
  }
}

/// libFuzzer's entry point: finds times, events and quotes in one input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  FuzzEvents.run(FuzzInput(data, size))
  return 0
}

@main
struct FuzzEventsMain {
  static func main() { FuzzDriver.run(fuzz) }
}
