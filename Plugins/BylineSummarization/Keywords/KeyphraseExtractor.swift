import BylineCore

/// A keyphrase and its score.
public struct Keyphrase: Hashable, Sendable, Codable {
  /// The phrase, lower-cased, e.g. `interest rates`.
  public var phrase: String
  /// Its RAKE score: the sum of its words' degree-to-frequency ratios.
  public var score: Double
  /// How often it occurs.
  public var count: Int
}

/// Finds keyphrases with RAKE (rapid automatic keyword extraction): candidate phrases are runs of
/// content words between stop words and punctuation; each word scores its degree (co-occurrence
/// within phrases) over its frequency; a phrase scores the sum of its words.
public enum KeyphraseExtractor {
  /// The `top` best phrases of `texts`, taken together.
  public static func keyphrases(in texts: [String], top: Int = 10) -> [Keyphrase] {
    var phrases: [[String]] = []
    for text in texts { phrases.append(contentsOf: candidates(in: text)) }
    var frequency: [String: Int] = [:]
    var degree: [String: Int] = [:]
    for phrase in phrases {
      for word in phrase {
        frequency[word, default: 0] += 1
        degree[word, default: 0] += phrase.count
      }
    }
    var scores: [String: (score: Double, count: Int)] = [:]
    for phrase in phrases {
      let key = phrase.joined(separator: " ")
      let score = phrase.reduce(0.0) { $0 + Double(degree[$1]!) / Double(frequency[$1]!) }
      scores[key] = (score, (scores[key]?.count ?? 0) + 1)
    }
    return scores.filter { $0.value.count >= 2 || $0.key.contains(" ") }
      .map {
        Keyphrase(
          phrase: $0.key, score: $0.value.score * Double(min($0.value.count, 5)), count: $0.value.count)
      }
      .sorted { ($0.score, $1.phrase) > ($1.score, $0.phrase) }
      .prefix(top).map { $0 }
  }

  /// Runs of one to four content words, split at stop words, punctuation and numbers.
  static func candidates(in text: String) -> [[String]] {
    var phrases: [[String]] = []
    var current: [String] = []
    func close() {
      if !current.isEmpty && current.count <= 4 { phrases.append(current) }
      current = []
    }
    var word = ""
    func endWord(punctuation: Bool) {
      if !word.isEmpty {
        let lower = word.lowercased()
        if StopWords.english.contains(lower) || lower.count < 3 {
          close()
        } else {
          current.append(lower)
        }
        word = ""
      }
      if punctuation { close() }
    }
    for character in text {
      if character.isLetter || character == "'" || character == "’" || character == "-" {
        word.append(character == "’" ? "'" : character)
      } else if character.isNumber {
        endWord(punctuation: true)
      } else {
        endWord(punctuation: !(character == " " || character == "\n"))
      }
    }
    endWord(punctuation: true)
    return phrases
  }
}

/// The words at which keyphrases are split, from `Resources/keyphrase-stop-words.txt`.
enum StopWords {
  static let english = WordList.bundled("keyphrase-stop-words")
}
