import BylineCore
import Foundation

// Durations: `three days`, `two and a half years`, `several weeks`.
extension TemporalGrammar {
  /// An amount at `index`: "two", "50", "a", "an", "twenty-five", "a few", "several", "a couple of",
  /// "1.5", "5 1/2". Nil amount means vague. Returns the index after it.
  func amount(at index: Int) -> (value: Double?, end: Int)? {
    if let value = number(index) {
      if index > 0, tight(index), isPunct(index - 1, "$") { return nil }
      var end = index + 1
      var total = Double(value)
      // "1,000"
      while isPunct(end, ","), tight(end), digits(end + 1) == 3, tight(end + 1), let more = number(end + 1) {
        total = total * 1000 + Double(more)
        end += 2
      }
      if isPunct(end, "."), tight(end), let fraction = number(end + 1), tight(end + 1) {
        total += Double(fraction) / pow(10, Double(digits(end + 1)))
        end += 2
      } else if number(end) == 1, isPunct(end + 1, "/"), number(end + 2) == 2 {
        total += 0.5
        end += 3
      }
      return (total, end)
    }
    guard let word = word(index) else { return nil }
    if word == "a" || word == "an" {
      if self.word(index + 1) == "few" { return (nil, index + 2) }
      if self.word(index + 1) == "couple", self.word(index + 2) == "of" { return (2, index + 3) }
      if self.word(index + 1) == "half" { return (0.5, index + 2) }
      return (1, index + 1)
    }
    if Lexicon.vagueAmounts.contains(word) { return (nil, index + 1) }
    if word == "half", self.word(index + 1) == "a" || self.word(index + 1) == "an" { return (0.5, index + 2) }
    guard let value = Lexicon.numbers[word] else { return nil }
    var total = value
    var end = index + 1
    // "twenty-five", "twenty five"
    if value >= 20, value < 100, isHyphen(end),
      let ones = self.word(end + 1).flatMap({ Lexicon.numbers[$0] }),
      ones < 10
    {
      total += ones
      end += 2
    }
    if self.word(end) == "hundred" {
      total *= 100
      end += 1
    }
    return (Double(total), end)
  }

  /// "50 minutes", "almost an hour", "an hour and a half", "two-hour", "the past two months", "for years".
  func durationReading(at index: Int) -> TemporalReading? {
    guard let (hedgeEnd, approximate) = durationHedge(at: index) else { return nil }
    var at = hedgeEnd
    var determiner = false
    if word(at) == "the" {
      at += 1
      determiner = true
    }
    if [
      "past", "last", "next", "first", "coming", "previous", "following", "final", "latest", "remaining",
      "recent", "another", "initial",
    ].contains(word(at) ?? "") {
      at += 1
      if word(at) == "few" { return vagueDuration(at: at + 1, start: index, approximate: approximate) }
    } else if determiner, word(at).flatMap({ Lexicon.numbers[$0] }) == nil, number(at) == nil {
      return nil
    }
    if let (value, afterAmount) = amount(at: at) {
      return countedDuration(
        value, amountAt: at, unitAt: afterAmount, start: index, approximate: approximate)
    }
    return barePluralDuration(at: at, start: index, approximate: approximate)
  }

  /// A hedge inside the extent of a duration ("nearly", "more than", "at least", "up to"): the index
  /// after it and whether there was one; nil for "more"/"less" without "than".
  func durationHedge(at index: Int) -> (Int, Bool)? {
    switch word(index) {
    case "nearly", "almost", "around", "just", "roughly", "approximately":
      return (index + 1, true)
    case "more", "less", "fewer":
      guard word(index + 1) == "than" else { return nil }
      return (index + 2, true)
    case "at" where word(index + 1) == "least" || word(index + 1) == "most":
      return (index + 2, true)
    case "up" where word(index + 1) == "to":
      return (index + 2, true)
    default:
      return (index, false)
    }
  }

  /// A duration with an amount (at `amountAt`, its unit from `unitAt`): "two weeks", "a two-hour",
  /// "two to three days", "two and a half years".
  func countedDuration(
    _ value: Double?, amountAt at: Int, unitAt afterAmount: Int, start index: Int, approximate: Bool
  ) -> TemporalReading? {
    var approximate = approximate
    var unitAt = afterAmount
    // "two-hour", "50-minute"
    let hyphenated = isHyphen(unitAt) && tight(unitAt)
    if hyphenated { unitAt += 1 }
    // "two more weeks", "eight trading days", "two straight years"
    if !hyphenated,
      [
        "more", "full", "straight", "consecutive", "trading", "business", "working", "calendar",
        "additional", "long",
      ].contains(word(unitAt) ?? "")
    {
      unitAt += 1
    }
    // "two to three weeks", "two or three days"
    if !hyphenated, word(unitAt) == "to" || word(unitAt) == "or" || isDash(unitAt),
      let (_, afterSecond) = amount(at: unitAt + 1)
    {
      unitAt = afterSecond
      approximate = true
    }
    guard let name = word(unitAt), let unit = Lexicon.units[name] else { return nil }
    if hyphenated, name.hasSuffix("s") { return nil }
    if value == 1, name.hasSuffix("s"), name != "hrs", name != "secs", name != "mins" { return nil }
    if value == nil, !name.hasSuffix("s") { return nil }
    var end = unitAt + 1
    var total = value
    if hyphenated {
      // "five-year-old" is an age, not a length of time.
      if isHyphen(end), word(end + 1) == "old" { return nil }
      if isHyphen(end), word(end + 1) == "long" { end += 2 }
    } else {
      if word(end) == "old" { return nil }
      if word(end) == "and", word(end + 1) == "a", word(end + 2) == "half" {
        total = total.map { $0 + 0.5 }
        end += 3
      } else if word(end) == "or", word(end + 1) == "so" {
        approximate = true
        end += 2
      }
    }
    // A number word "a"/"an" needs a singular unit ("a day"), and plain "a week" etc. are still lengths.
    if word(at) == "a" || word(at) == "an", value == 1, unit == .night { return nil }
    return TemporalReading(duration: unit, amount: total, start: index, end: end, isApproximate: approximate)
  }

  /// Bare plurals: "for years", "recent months", "the past weeks".
  func barePluralDuration(at: Int, start index: Int, approximate: Bool) -> TemporalReading? {
    guard let name = word(at), let unit = Lexicon.units[name], name.hasSuffix("s") else { return nil }
    let previous = word(index - 1)
    guard at > index || previous == "for" || previous == "over" || previous == "within" else { return nil }
    if word(at + 1) == "of" || isHyphen(at + 1) { return nil }
    if word(at + 1) == "ago" { return nil }
    return TemporalReading(duration: unit, amount: nil, start: index, end: at + 1, isApproximate: approximate)
  }

  func vagueDuration(at index: Int, start: Int, approximate: Bool) -> TemporalReading? {
    guard let name = word(index), let unit = Lexicon.units[name], name.hasSuffix("s") else { return nil }
    return TemporalReading(
      duration: unit, amount: nil, start: start, end: index + 1, isApproximate: approximate)
  }
}
