import BylineCore

// Dates with a month name, perhaps after a weekday: `Friday, March 14, 2025`, `14 de marzo de 2025`.
extension DateTextParser.Matcher {
  /// A weekday name, then a date: `Friday, March 14, 2025`, `sexta-feira, 14 de março de 2025`.
  func weekdayThenDate(at index: Int) -> Found? {
    guard let name = word(index), let isFullName = Self.weekdays[name] else { return nil }
    var next = index + 1
    if Self.feiraWeekdays.contains(name), isPunct(next, "-"), tight(next), tight(next + 1),
      word(next + 1) == "feira"
    {
      next += 2
    }
    var punctuated = false
    if isPunct(next, "."), tight(next) {
      next += 1
      punctuated = true
    }
    if isPunct(next, ",") {
      next += 1
      punctuated = true
    }
    // An abbreviation needs punctuation or a month name after it: `Fri, 14 Mar`, `Mon Mar 17 2025`.
    let monthFollows = word(next).map { Self.months[$0] != nil } ?? false
    guard isFullName || punctuated || monthFollows, let found = dated(at: next), found.precision >= .day
    else { return nil }
    return found
  }

  /// `14 March 2025`, `14th March 2025`, `14. März 2025`, `14 de marzo de 2025`, `14 марта 2025 г.`,
  /// and without a year `14 March`.
  func dayFirstDate(at index: Int) -> DateParts? {
    let day = tokens[index]
    guard (1...2).contains(day.digits), (1...31).contains(day.value) else { return nil }
    var next = index + 1
    if isPunct(next, "."), tight(next) {
      next += 1
    } else if let suffix = word(next), tight(next), Self.ordinals.contains(suffix) {
      next += 1
    }
    if let connector = word(next), connector == "de" || connector == "of" { next += 1 }
    guard let name = word(next), let month = Self.months[name] else { return nil }
    let monthIndex = next
    next += 1
    let monthEnd = next
    if isPunct(next, "."), tight(next) { next += 1 }
    if let (year, end) = year(after: next) {
      return DateParts(year: year, month: month, day: day.value, end: end)
    }
    guard !Self.unsafeWithoutYear.contains(name),
      !Self.englishMonths.contains(name) || tokens[monthIndex].isCapitalized
    else { return nil }
    return DateParts(year: nil, month: month, day: day.value, end: monthEnd)
  }

  /// `March 14, 2025`, `Mar. 14, 2025`, `March 14th, 2025`, `March 2025`, `marzo de 2025`, and without a
  /// year `March 14`.
  func monthFirstDate(at index: Int) -> DateParts? {
    guard let name = word(index), let month = Self.months[name] else { return nil }
    var next = index + 1
    if isPunct(next, "."), tight(next) { next += 1 }
    if let (year, end) = year(after: next) {
      return DateParts(year: year, month: month, day: nil, end: end)
    }
    guard let day = number(next), (1...2).contains(day.digits), (1...31).contains(day.value) else {
      return nil
    }
    next += 1
    if let suffix = word(next), tight(next), Self.ordinals.contains(suffix) { next += 1 }
    if let (year, end) = year(after: next) {
      return DateParts(year: year, month: month, day: day.value, end: end)
    }
    guard Self.englishMonths.contains(name), tokens[index].isCapitalized else { return nil }
    return DateParts(year: nil, month: month, day: day.value, end: next)
  }

  /// A four-digit year at `index`, after an optional comma or `de`/`del`/`of`, with a Russian `г.` or
  /// `года` after it; returns the year and the index after it.
  func year(after index: Int) -> (Int, Int)? {
    var next = index
    if isPunct(next, ",") { next += 1 }
    if let connector = word(next), Self.yearConnectors.contains(connector) { next += 1 }
    guard let year = number(next), year.digits == 4, Self.years.contains(year.value) else { return nil }
    next += 1
    if word(next) == "г" {
      next += 1
      if isPunct(next, "."), tight(next) { next += 1 }
    } else if let suffix = word(next), suffix == "года" || suffix == "году" {
      next += 1
    }
    return (year.value, next)
  }
}
