import BylineCore
import BylineEntities
import Foundation
import FuzzSupport

/// Fuzzes entity recognition and resolution: the bundled recognizer and role extractor on one to
/// four articles made from the input, cross-document resolution of what they found, name
/// comparison and gazetteer look-ups on the input's words and lines, and the two file formats the
/// plugin reads: CoNLL training data and model files.
enum FuzzEntities {
  static func run(_ input: FuzzInput) {
    let articles = FuzzAnalysis.recognizingEntities(in: FuzzArticles.articles(from: input))
    for article in articles {
      let length = article.body.utf8.count
      for mention in article.annotations[EntityMentionsKey.self] ?? [] {
        precondition(mention.span.end <= length, "mention \(mention.span) outside the body")
        precondition(mention.sentence < article.sentences.count, "mention in no sentence")
        precondition(mention.text == String(mention.span.text(in: article.body)), "mention text differs")
      }
    }
    let resolver = EntityResolver(extractsRoles: input.choice(below: 2) == 0)
    let ids = Set(articles.map(\.id))
    for entity in resolver.resolve(articles) {
      for occurrence in entity.occurrences {
        precondition(ids.contains(occurrence.articleID), "an occurrence in an unknown article")
      }
    }

    let words = input.words(limit: 48).map(String.init)
    for (first, second) in zip(words, words.dropFirst()) { compare(first, second) }
    let lines = input.lines(limit: 16).map(String.init)
    for (first, second) in zip(lines, lines.dropFirst()) { compare(first, second) }
    let gazetteer = Gazetteer.bundled
    _ = gazetteer.matches(in: words)
    for word in words.prefix(16) {
      _ = gazetteer.entries(named: word)
      _ = gazetteer.country(forAdjective: word)
      _ = gazetteer.roleGroup(of: word)
      _ = gazetteer.isGivenNameVariant(word)
    }

    readCoNLL(input.text)
    if let model = try? NERModel(data: input.data, source: "fuzz.bin") {
      _ = EntityRecognizer(model: model).tag(document: [words])
      _ = try? model.serialized()
    }
  }

  /// Every name comparison, both ways round.
  static func compare(_ first: String, _ second: String) {
    for (a, b) in [(first, second), (second, first)] {
      let score = NameSimilarity.jaroWinkler(a, b)
      precondition(score >= 0 && score <= 1 + 1e-9, "Jaro-Winkler \(score) out of range")
      _ = NameSimilarity.isNearMiss(a, b)
      _ = NameSimilarity.surnameSimilarity(a, b)
      _ = NameSimilarity.givenNameSimilarity(a, b)
      _ = NameSimilarity.personNameSimilarity(a, b)
    }
    _ = NameSimilarity.comparisonKey(first)
    _ = NameSimilarity.surnameKeys(first)
    _ = NameSimilarity.consonantSkeleton(first)
    _ = NameSimilarity.withoutPossessive(first)
    _ = NameSimilarity.wordKey(first)
  }

  /// Reads `text` as CoNLL, writes it back, and tags its first sentences with the bundled model.
  static func readCoNLL(_ text: String) {
    let (documents, problems) = CoNLLFormat.parse(text, file: "fuzz.conll")
    for problem in problems { _ = problem.description }
    guard !documents.isEmpty else { return }
    for sentence in documents.flatMap(\.sentences) {
      let chunks = EntityChunks.chunks(in: sentence.tags)
      for chunk in chunks {
        precondition(
          chunk.tokens.lowerBound >= 0 && chunk.tokens.upperBound <= sentence.tags.count, "chunk out of range"
        )
      }
      _ = EntityChunks.bilou(chunks, count: sentence.tags.count)
      _ = EntityChunks.iob1(chunks, count: sentence.tags.count)
    }
    _ = CoNLLFormat.write(documents, appending: documents.map { $0.sentences.map(\.tags) })
    let sentences = documents[0].sentences.prefix(8).map(\.tokens)
    _ = EntityRecognizer.bundled?.tag(document: Array(sentences))
  }
}

/// libFuzzer's entry point: recognizes, resolves and compares names in one input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  FuzzEntities.run(FuzzInput(data, size))
  return 0
}

@main
struct FuzzEntitiesMain {
  static func main() { FuzzDriver.run(fuzz) }
}
