import BylineCore

// Numeric dates: `2025-03-14`, `14/03/2025`, `20211230`.
extension DateTextParser.Matcher {
  /// `2025-03-14`, `2025/03/14`, `20211230`, `14/03/2025`, `03/14/2025`, `14.03.2025`, `14-03-2025`,
  /// `14/03/25`; and, for `parse` only, `2025-03`.
  func numericDate(at index: Int) -> DateParts? {
    let first = tokens[index]
    if first.digits == 8 { return compactDate(at: index) }
    guard tight(index + 1), let separator = punct(index + 1), Self.dateSeparators.contains(separator),
      tight(index + 2), let second = number(index + 2), (1...2).contains(second.digits)
    else { return nil }
    let third: Token?
    if isPunct(index + 3, separator), tight(index + 3), tight(index + 4), let last = number(index + 4) {
      third = last
    } else {
      third = nil
    }
    if first.digits == 4 {
      guard Self.years.contains(first.value) else { return nil }
      guard let third else {
        // ISO year and month, only as a whole text.
        guard whole, separator == "-", second.digits == 2, index + 3 == count,
          (1...12).contains(second.value)
        else { return nil }
        return DateParts(year: first.value, month: second.value, day: nil, end: index + 3)
      }
      guard (1...2).contains(third.digits),
        CalendarMath.isValid(year: first.value, month: second.value, day: third.value)
      else { return nil }
      return DateParts(
        year: first.value, month: second.value, day: third.value, end: index + 5, isISO: separator == "-")
    }
    guard (1...2).contains(first.digits), let third else { return nil }
    let year: Int
    if third.digits == 4, Self.years.contains(third.value) {
      year = third.value
    } else if third.digits == 2, separator == "/" {
      year = 2000 + third.value
    } else {
      return nil
    }
    // Day-first unless only month-first makes sense.
    let monthFirst = first.value <= 12 && second.value > 12
    let (day, month) = monthFirst ? (second.value, first.value) : (first.value, second.value)
    guard CalendarMath.isValid(year: year, month: month, day: day) else { return nil }
    return DateParts(year: year, month: month, day: day, end: index + 5)
  }

  /// `20211230`: eight digits making a valid date in 1990–2100, not one group of a longer number.
  func compactDate(at index: Int) -> DateParts? {
    let value = tokens[index].value
    let (year, month, day) = (value / 10000, value / 100 % 100, value % 100)
    guard (1990...2100).contains(year), CalendarMath.isValid(year: year, month: month, day: day) else {
      return nil
    }
    // Phone numbers: `+49 30 20211230`, `20211230 55`.
    if index > 0, tokens[index - 1].kind == .number || isPunct(index - 1, "+") { return nil }
    if number(index + 1) != nil { return nil }
    return DateParts(year: year, month: month, day: day, end: index + 1)
  }
}
