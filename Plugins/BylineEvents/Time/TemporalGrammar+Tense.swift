import BylineCore
import Foundation

// Tense: whether the words around an expression point to the past or the future.
extension TemporalGrammar {
  /// Whether words near the expression point to the future ("will", "next", "scheduled").
  func isFuture(_ start: Int, _ end: Int) -> Bool {
    var index = start - 1
    var seen = 0
    while index >= 0, seen < 8 {
      if tokens[index].kind == .punct, [".", "!", "?", ";"].contains(tokens[index].text),
        !(index > 0 && tokens[index - 1].text.count <= 4 && tokens[index].text == ".")
      {
        break
      }
      if let word = word(index) {
        if Lexicon.futureCues.contains(word) { return true }
        if ["said", "was", "were", "had", "did", "ago", "last"].contains(word) { return false }
      }
      index -= 1
      seen += 1
    }
    index = end
    seen = 0
    while index < tokens.count, seen < 3 {
      if tokens[index].kind == .punct, [".", "!", "?", ";"].contains(tokens[index].text) { break }
      if let word = word(index), Lexicon.futureCues.contains(word) { return true }
      index += 1
      seen += 1
    }
    return false
  }

  /// Whether words before the expression, in its sentence, put it in the past ("were held on
  /// January 10"), with no future cue nearer to it.
  func isPast(_ start: Int, _ end: Int) -> Bool {
    var index = start - 1
    var seen = 0
    while index >= 0, seen < 8 {
      if tokens[index].kind == .punct, [".", "!", "?", ";"].contains(tokens[index].text) { break }
      if let word = word(index) {
        if Lexicon.futureCues.contains(word) { return false }
        if ["was", "were", "had", "did", "held", "took", "happened", "ago", "last"].contains(word) {
          return true
        }
      }
      index -= 1
      seen += 1
    }
    return false
  }
}
