import BylineCore
import Foundation

/// Finds words and phrases the way `search` does: whole words only, ignoring case and accents,
/// with word boundaries wherever a character is neither a letter nor a digit in Unicode's sense.
///
/// `fire` matches "Fire broke out" and "the fire-fighters", not "ceasefire"; the phrase
/// `interest rate` matches "Interest  rate" across any spaces or punctuation, but not
/// "interest rates".
struct WordMatcher {
  /// Each term's words, folded.
  let phrases: [[Substring]]

  /// A matcher for `terms`, each a word or a phrase.
  /// - Throws: ``BylineError`` for a term with no letters or digits in it.
  init(terms: [String]) throws {
    phrases = try terms.map { term in
      let words = Self.words(of: term)
      guard !words.isEmpty else {
        throw BylineError(
          .invalidArgument, "'\(term)' has no letters or digits to search for", argument: term)
      }
      return words
    }
  }

  /// The words of `text`, in order, with case and accents folded away.
  static func words(of text: String) -> [Substring] {
    let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    return folded.split { !($0.isLetter || $0.isNumber) }
  }

  /// Which of the phrases occur in `texts`, each text searched on its own (a phrase does not run
  /// from one text into the next).
  func matchedPhrases(in texts: [String]) -> [Bool] {
    let textWords = texts.map(Self.words(of:))
    return phrases.map { phrase in textWords.contains { Self.contains(phrase, in: $0) } }
  }

  /// Whether `phrase` occurs as consecutive words of `words`.
  static func contains(_ phrase: [Substring], in words: [Substring]) -> Bool {
    guard let first = phrase.first, words.count >= phrase.count else { return false }
    for start in 0...(words.count - phrase.count) where words[start] == first {
      if phrase.indices.allSatisfy({ words[start + $0] == phrase[$0] }) { return true }
    }
    return false
  }
}
