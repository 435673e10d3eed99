import Foundation

/// VADER's constants and word lists, as in vaderSentiment 3.3.2.
enum VaderRules {
  /// The rise in intensity from a booster word ("very").
  static let boosterIncrement = 0.293
  /// The fall in intensity from a dampener word ("slightly").
  static let boosterDecrement = -0.293
  /// The rise in intensity from an ALL-CAPS word in a text that mixes case.
  static let capsIncrement = 0.733
  /// The scalar applied to a negated valence.
  static let negationScalar = -0.74
  /// The alpha in `score / sqrt(score² + alpha)`.
  static let normalizationAlpha = 15.0
  /// The rise per exclamation mark (at most 4 count).
  static let exclamationIncrement = 0.292
  /// The rise per question mark when there are 2 or 3.
  static let questionIncrement = 0.18
  /// The rise for 4 or more question marks.
  static let questionCap = 0.96

  /// VADER's rule word lists, from `Resources/vader_rules.tsv` (generated from vaderSentiment by
  /// `scripts/build_vader_rules.py`).
  static let lists: VaderRuleLists = {
    let text = Bundle.module.requiredText(of: "Resources/vader_rules.tsv")
    do {
      return try VaderRuleLists(parsing: text)
    } catch {
      fatalError("BylineSentiment: Resources/\(error)")
    }
  }()

  /// Negation words (`NEGATE`); any word containing "n't" negates as well.
  static var negations: [String] { lists.negations }

  /// Booster words (`BOOSTER_DICT` entries worth +0.293).
  static var boosters: [String] { lists.boosters }

  /// Dampener words (`BOOSTER_DICT` entries worth -0.293), the two-word ones included.
  static var dampeners: [String] { lists.dampeners }

  /// Idioms and phrases whose valence replaces the word's (`SPECIAL_CASES`).
  static var specialCases: [(phrase: String, valence: Double)] { lists.specialCases }

  /// Words the rules compare tokens with.
  static let functionWords = [
    "no", "or", "nor", "never", "so", "this", "without", "doubt", "least", "at", "very", "kind", "of", "but",
  ]
}
