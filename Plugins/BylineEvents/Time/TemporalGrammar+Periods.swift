import BylineCore
import Foundation

// Named periods: quarters, seasons, holidays, centuries.
extension TemporalGrammar {
  /// "the third quarter", "third-quarter", "the fourth quarter of 2021", "Q3 2021", "the first half".
  func quarter(at index: Int) -> TemporalReading? {
    var at = index
    if word(at) == "the" { at += 1 }
    if word(at) == "fiscal" { at += 1 }
    var quarter: Int
    var isHalf = false
    if word(at) == "q", tight(at + 1), let value = number(at + 1), (1...4).contains(value) {
      quarter = value
      at += 2
    } else {
      guard let ordinal = word(at).flatMap({ Lexicon.ordinals[$0] }), (1...4).contains(ordinal) else {
        return nil
      }
      var next = at + 1
      if isHyphen(next) { next += 1 }
      if word(next) == "fiscal" { next += 1 }
      switch word(next) {
      case "quarter": quarter = ordinal
      case "half" where ordinal <= 2:
        quarter = ordinal
        isHalf = true
      default: return nil
      }
      at = next + 1
    }
    var year = today?.year
    if word(at) == "of", let explicit = yearNumber(at + 1) {
      year = explicit
      at += 1 + yearLength(at + 1)
    } else if let explicit = yearNumber(skipComma(at)), number(skipComma(at)) != nil {
      year = explicit
      at = skipComma(at) + 1
    } else if word(at) == "of", ["this", "last", "next"].contains(word(at + 1) ?? ""), word(at + 2) == "year",
      let today
    {
      year = today.year + (word(at + 1) == "last" ? -1 : word(at + 1) == "next" ? 1 : 0)
      at += 3
    }
    guard let year else {
      return TemporalReading(
        point: .unresolved("XXXX-\(isHalf ? "H" : "Q")\(quarter)", .month), start: index, end: at)
    }
    return TemporalReading(
      point: isHalf ? .half(year: year, half: quarter) : .quarter(year: year, quarter: quarter), start: index,
      end: at)
  }

  /// "summer 2012", "in the spring", "winter of 2010" (seasons with "this"/"last"/"next" are deictic).
  func season(at index: Int) -> TemporalReading? {
    var at = index
    if word(at) == "the" { at += 1 }
    guard let name = word(at), let season = Lexicon.seasons[name] else { return nil }
    var end = at + 1
    var year: Int?
    if word(end) == "of", let explicit = yearNumber(end + 1) {
      year = explicit
      end += 1 + yearLength(end + 1)
    } else if let explicit = yearNumber(end) {
      year = explicit
      end += yearLength(end)
    } else {
      // A bare season needs "the" or "in" before it ("fall" is also a verb).
      guard at > index || word(index - 1) == "in" || word(index - 1) == "during" || word(index - 1) == "this"
      else {
        return nil
      }
      year = today?.year
    }
    return TemporalReading(point: .season(year: year, code: season.code), start: index, end: end)
  }

  /// "Christmas", "Christmas Eve", "New Year's Day", "Thanksgiving", "Halloween", "Independence Day".
  func holiday(at index: Int) -> TemporalReading? {
    var month: Int
    var day: Int
    var end = index + 1
    switch word(index) {
    case "christmas":
      (month, day) = (12, 25)
      if word(end) == "eve" {
        day = 24
        end += 1
      } else if word(end) == "day" {
        end += 1
      }
    case "halloween": (month, day) = (10, 31)
    case "new"
    where word(index + 1) == "year" && (isPunct(index + 2, "'") || isPunct(index + 2, "\u{2019}"))
      && word(index + 3) == "s" && (word(index + 4) == "day" || word(index + 4) == "eve"):
      (month, day) = word(index + 4) == "day" ? (1, 1) : (12, 31)
      end = index + 5
    case "independence" where word(index + 1) == "day":
      (month, day) = (7, 4)
      end += 1
    case "thanksgiving":
      (month, day) = (11, 0)
      if word(end) == "day" { end += 1 }
    default: return nil
    }
    guard tokens[index].isCapitalized else { return nil }
    var year = self.year(month: month, day: max(day, 1), start: index, end: end)
    if let explicit = yearNumber(end) {
      year = explicit
      end += 1
    }
    if day == 0 {
      // The fourth Thursday of November.
      guard let year, let first = TemporalCalendar.date(year, 11, 1) else {
        return TemporalReading(point: .unresolved("XXXX-11-XX", .day), start: index, end: end)
      }
      let weekday = TemporalCalendar.parts(of: first).weekday
      day = 1 + (4 - weekday + 7) % 7 + 21
    }
    return TemporalReading(point: .day(year: year, month: month, day: day), start: index, end: end)
  }

  /// "the 20th century", "the twentieth century".
  func century(at index: Int) -> TemporalReading? {
    var at = index
    if word(at) == "the" { at += 1 }
    var ordinal: Int?
    var next = at + 1
    if let value = number(at), ["st", "nd", "rd", "th"].contains(word(at + 1) ?? ""), tight(at + 1) {
      ordinal = value
      next = at + 2
    } else if let value = word(at).flatMap({ Lexicon.ordinals[$0] }), value > 0 {
      ordinal = value
    } else if word(at) == "twenty", isHyphen(at + 1), word(at + 2) == "first" {
      ordinal = 21
      next = at + 3
    }
    if isHyphen(next) { next += 1 }
    guard let ordinal, (1...30).contains(ordinal), word(next) == "century" else { return nil }
    return TemporalReading(point: .century(ordinal - 1), start: index, end: next + 1)
  }
}
