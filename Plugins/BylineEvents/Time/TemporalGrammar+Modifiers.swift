import BylineCore
import Foundation

// Modifiers before an expression: `early`, `late`, `the end of`, `mid-`.
extension TemporalGrammar {
  /// "early January", "late last year", "mid-March", "earlier this month", "the end of 2021".
  func modified(at index: Int) -> TemporalReading? {
    var at = index
    var deicticOnly = false
    switch word(index) {
    case "early", "late":
      at = index + 1
      if isHyphen(at), tight(at) { at += 1 }
    case "mid":
      at = index + 1
      if isHyphen(at) { at += 1 }
    case "earlier", "later":
      at = index + 1
      deicticOnly = true
    case "the", "end", "beginning", "start", "middle":
      var first = word(index) == "the" ? index + 1 : index
      if word(first) == "very" { first += 1 }
      guard ["end", "beginning", "start", "middle", "close"].contains(word(first) ?? ""),
        word(first + 1) == "of"
      else { return nil }
      at = first + 2
    default: return nil
    }
    guard at > index, let core = point(at: at), core.type != .duration else { return nil }
    if deicticOnly {
      guard ["this", "last", "next", "today", "yesterday", "tomorrow", "tonight"].contains(word(at) ?? "")
      else {
        return nil
      }
    }
    if case .unresolved(let value, _)? = core.point, value.hasSuffix("_REF") { return nil }
    return core.extended(from: index, approximate: true)
  }
}
