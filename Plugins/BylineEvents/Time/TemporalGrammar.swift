import BylineCore
import Foundation

/// The patterns of the temporal tagger. Each pattern looks at a handful of tokens from a start
/// token and returns a reading; ``reading(at:)`` keeps the longest.
struct TemporalGrammar {
  typealias Lexicon = TemporalLexicon

  let tokens: [TemporalToken]
  let reference: Date?
  /// The reference day, if any.
  let today: (year: Int, month: Int, day: Int, weekday: Int)?

  init(tokens: [TemporalToken], reference: Date?) {
    self.tokens = tokens
    self.reference = reference.map { DatePrecision.day.truncate($0) }
    self.today = reference.map { TemporalCalendar.parts(of: $0) }
  }

  func word(_ index: Int) -> String? {
    index >= 0 && index < tokens.count && tokens[index].kind == .word ? tokens[index].lower : nil
  }

  func number(_ index: Int) -> Int? {
    index >= 0 && index < tokens.count && tokens[index].kind == .number ? tokens[index].number : nil
  }

  func digits(_ index: Int) -> Int {
    index >= 0 && index < tokens.count && tokens[index].kind == .number ? tokens[index].text.utf8.count : 0
  }

  func isPunct(_ index: Int, _ text: String) -> Bool {
    index >= 0 && index < tokens.count && tokens[index].kind == .punct && tokens[index].text == text
  }

  func isHyphen(_ index: Int) -> Bool {
    isPunct(index, "-") || isPunct(index, "\u{2010}") || isPunct(index, "\u{2011}")
  }

  func isDash(_ index: Int) -> Bool {
    isHyphen(index) || isPunct(index, "\u{2013}") || isPunct(index, "\u{2014}")
  }

  /// Whether the token touches the one before it.
  func tight(_ index: Int) -> Bool { index < tokens.count && !tokens[index].spaced }

  /// The index after an optional abbreviation period.
  func skipPeriod(_ index: Int) -> Int { isPunct(index, ".") && tight(index) ? index + 1 : index }

  /// The index after an optional comma.
  func skipComma(_ index: Int) -> Int { isPunct(index, ",") ? index + 1 : index }

  /// The longest expression starting at token `index`.
  func reading(at index: Int) -> TemporalReading? {
    guard index < tokens.count, tokens[index].kind != .punct else { return nil }
    return longest(
      modified(at: index), point(at: index), inFuture(at: index), durationReading(at: index),
      setReading(at: index), generic(at: index))
  }

  func longest(_ readings: TemporalReading?...) -> TemporalReading? {
    var best: TemporalReading?
    for case let reading? in readings where reading.end > (best?.end ?? Int.min) { best = reading }
    return best
  }

  /// A second date joined to a first: "January 10 and 12", "January 10-12", "10 and 12 January" is not
  /// handled.
  func continuation(of reading: TemporalReading) -> TemporalReading? {
    guard case .day(let firstYear, let month, _)? = reading.point else { return nil }
    let joiner = reading.end
    guard isDash(joiner) || ["and", "to", "through", "or", "until", "till"].contains(word(joiner) ?? "")
    else {
      return nil
    }
    let at = joiner + 1
    guard let day = number(at), digits(at) <= 2, (1...31).contains(day) else { return nil }
    // "January 10 and 12 people": the number must not be an amount.
    if let next = word(at + 1), Lexicon.units[next] != nil || Lexicon.months[next] != nil { return nil }
    if isPunct(at + 1, ":") || isPunct(at + 1, "%") || isPunct(at + 1, ".") && number(at + 2) != nil {
      return nil
    }
    var end = at + 1
    var year = firstYear
    if word(end) == "st" || word(end) == "nd" || word(end) == "rd" || word(end) == "th", tight(end) {
      end += 1
    }
    if let explicit = yearNumber(skipComma(end)), isPunct(end, ",") || !tight(skipComma(end)) {
      year = explicit
      end = skipComma(end) + 1
    }
    guard TemporalCalendar.date(year ?? 2000, month, day) != nil else { return nil }
    return TemporalReading(point: .day(year: year, month: month, day: day), start: at, end: end)
  }
}
