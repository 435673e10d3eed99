import BylineCore
import BylineEntities
import BylineEntityTone
import BylineSentiment
import BylineSummarization
import Foundation
import FuzzSupport

/// Fuzzes tone and summaries: the VADER scorer on the whole input and on each line, sentiment per
/// article and per outlet, entity-level tone on the entities resolved in one to four articles made
/// from the input, a lexicon read from the input, every summary method at sentence and word
/// lengths (with and without a topic), key phrases, ROUGE of one half of the lines against the
/// other, and the Porter stemmer on every word. Scores must stay in their documented ranges.
enum FuzzSentimentSummary {
  static func run(_ input: FuzzInput) {
    let text = input.text
    let scorer = SentimentScorer()
    check(scorer.scores(for: text))
    for line in input.lines(limit: 32) { check(scorer.scores(for: String(line))) }
    if let lexicon = try? SentimentLexicon(text: text, source: "fuzz.txt") {
      check(SentimentScorer(lexicon: lexicon).scores(for: text))
    }

    let articles = FuzzAnalysis.recognizingEntities(in: FuzzArticles.articles(from: input))
    let analysis = SentimentAnalysis()
    for article in articles {
      let sentiment = analysis.sentiment(of: article)
      check(sentiment.whole)
      for sentence in sentiment.sentences { check(sentence.scores) }
    }
    _ = analysis.outlets(articles)
    let entities = EntityResolver(extractsRoles: false).resolve(articles)
    for tone in EntityToneAnalysis(scorer: analysis).tones(of: entities, in: articles).values {
      precondition(tone.compound.isFinite && abs(tone.compound) <= 1, "entity tone \(tone.compound)")
    }

    let words = input.words(limit: 256)
    let topic = words.first.map(String.init)
    for method in SummaryMethod.allCases {
      let summarizer = Summarizer(method: method)
      for length in [SummaryLength.sentences(3), .words(60)] {
        for query in [nil, topic] {
          for sentence in summarizer.summarize(articles, length: length, about: query) {
            precondition(sentence.score.isFinite, "summary score \(sentence.score)")
          }
        }
      }
    }
    for phrase in KeyphraseExtractor.keyphrases(in: articles.map(\.body), top: 10) {
      precondition(phrase.score.isFinite, "key phrase score \(phrase.score)")
    }

    let lines = input.lines(limit: 64).map(String.init)
    let half = lines.count / 2
    let candidate = lines[..<half].joined(separator: "\n")
    let references = [lines[half...].joined(separator: "\n"), text]
    for scorer in [RougeScorer(), RougeScorer(wordLimit: nil, stemming: false, mapsIrregularForms: false)] {
      let result = scorer.score(candidate: candidate, references: references)
      for score in [result.rouge1, result.rouge2, result.rougeL] {
        for value in [score.recall, score.precision, score.f] {
          precondition(value >= 0 && value <= 1, "ROUGE \(value) out of range")
        }
      }
      _ = RougeScorer.mean([result, result])
    }
    for word in words.prefix(64) { _ = PorterStemmer.stem(String(word).lowercased()) }
  }

  /// Checks the ranges VADER's scores are documented to stay in.
  static func check(_ scores: SentimentScores) {
    for proportion in [scores.negative, scores.neutral, scores.positive] {
      precondition(proportion >= 0 && proportion <= 1, "a VADER proportion of \(proportion)")
    }
    precondition(scores.compound >= -1 && scores.compound <= 1, "a VADER compound of \(scores.compound)")
  }
}

/// libFuzzer's entry point: scores the tone of one input and summarizes it.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  FuzzSentimentSummary.run(FuzzInput(data, size))
  return 0
}

@main
struct FuzzSentimentSummaryMain {
  static func main() { FuzzDriver.run(fuzz) }
}
