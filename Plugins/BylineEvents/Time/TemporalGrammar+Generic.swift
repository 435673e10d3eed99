import BylineCore
import Foundation

// Generic references: `now`, `the past`, `recently`, `the future`.
extension TemporalGrammar {
  /// "now", "currently", "recently", "the past", "the future", "these days".
  func generic(at index: Int) -> TemporalReading? {
    func reference(_ value: String, _ end: Int) -> TemporalReading {
      TemporalReading(point: .unresolved(value, nil), start: index, end: end)
    }
    switch word(index) {
    case "now", "currently", "nowadays", "presently": return reference("PRESENT_REF", index + 1)
    case "current":
      // "current account", "current affairs" are not times.
      if ["account", "accounts", "affairs", "events"].contains(word(index + 1) ?? "") { return nil }
      return reference("PRESENT_REF", index + 1)
    case "these" where word(index + 1) == "days": return reference("PRESENT_REF", index + 2)
    case "recently", "lately": return reference("PAST_REF", index + 1)
    case "recent":
      return reference("PAST_REF", index + 1)
    case "the":
      var at = index + 1
      if ["near", "distant", "foreseeable", "immediate", "recent", "distant"].contains(word(at) ?? "") {
        at += 1
      }
      switch word(at) {
      case "future": return reference("FUTURE_REF", at + 1)
      case "past" where at == index + 1:
        if let next = word(at + 1),
          Lexicon.units[next] != nil || Lexicon.numbers[next] != nil
            || Lexicon.vagueAmounts.contains(next)
        {
          return nil
        }
        if number(at + 1) != nil { return nil }
        return reference("PAST_REF", at + 1)
      case "past" where word(index + 1) == "recent" || word(index + 1) == "distant":
        return reference("PAST_REF", at + 1)
      case "present" where at == index + 1: return reference("PRESENT_REF", at + 1)
      default: return nil
      }
    case "future" where word(index - 1) == "in" || word(index - 1) == "near":
      return reference("FUTURE_REF", index + 1)
    default: return nil
    }
  }
}
