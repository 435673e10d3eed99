import BylineCore

// Times of day and time zones: `10:32 GMT`, `3 p.m. ET`, `T10:32:05+01:00`.
extension DateTextParser.Matcher {
  /// A time after a date: `T10:32:05Z` for ISO dates, otherwise after an optional `,`, `-`, `|`, `at`,
  /// `um`, `à`, `a las`, `в`….
  func timeAfterDate(at index: Int, isISO: Bool) -> TimeParts? {
    if isISO, tight(index), let letter = word(index), letter == "t" {
      guard tight(index + 1) else { return nil }
      return time(at: index + 1, isISO: true)
    }
    var next = index
    if let scalar = punct(next), Self.dateTimeSeparators.contains(scalar) { next += 1 }
    if let connector = word(next), Self.timeConnectors.contains(connector) {
      next += 1
      if let article = word(next), Self.timeArticles.contains(article) { next += 1 }
    }
    return time(at: next, isISO: isISO)
  }

  /// `10:32`, `10:32:05.123`, `10:32 a.m.`, `10.32am`, `10 pm`, `10h32`, `10:32 Uhr`, each with an
  /// optional zone. An hour alone needs `am`/`pm` or `Uhr`; `10.32` needs one of those too.
  func time(at index: Int, isISO: Bool) -> TimeParts? {
    guard let hourToken = number(index), (1...2).contains(hourToken.digits), hourToken.value < 24 else {
      return nil
    }
    var hour = hourToken.value
    var time = TimeParts(hour: hour, precision: .hour, end: index + 1)
    var next = index + 1
    var needsMarker = false
    if tight(next), isPunct(next, ":"), tight(next + 1), let minute = twoDigits(next + 1, below: 60) {
      time.minute = minute
      time.precision = .minute
      next += 2
      if tight(next), isPunct(next, ":"), tight(next + 1), let second = twoDigits(next + 1, below: 60) {
        time.second = second
        time.precision = .second
        next += 2
        if tight(next), isPunct(next, ".") || isPunct(next, ","), tight(next + 1),
          tokens[next + 1].kind == .number
        {
          next += 2
        }
      }
    } else if tight(next), isPunct(next, "."), tight(next + 1),
      let minute = twoDigits(next + 1, below: 60)
    {
      time.minute = minute
      time.precision = .minute
      next += 2
      needsMarker = true
    } else if tight(next), word(next) == "h", tight(next + 1), let minute = twoDigits(next + 1, below: 60) {
      time.minute = minute
      time.precision = .minute
      next += 2
    } else {
      needsMarker = true
    }
    if let (isPM, end) = meridiem(at: next) {
      guard (1...12).contains(hour) else { return nil }
      hour = hour % 12 + (isPM ? 12 : 0)
      time.hour = hour
      next = end
    } else if let suffix = word(next), Self.hourWords.contains(suffix) {
      next += 1
    } else if needsMarker {
      return nil
    }
    if let (zone, end) = zone(at: next, allowsTightOffset: isISO || time.precision == .second) {
      time.zone = zone
      next = end
    }
    time.end = next
    return time
  }

  func twoDigits(_ index: Int, below limit: Int) -> Int? {
    guard let token = number(index), token.digits == 2, token.value < limit else { return nil }
    return token.value
  }

  /// `am`, `pm`, `a.m.`, `p. m.`; returns whether it is afternoon and the index after it.
  func meridiem(at index: Int) -> (Bool, Int)? {
    guard let letters = word(index) else { return nil }
    if letters == "am" || letters == "pm" { return (letters == "pm", index + 1) }
    guard letters == "a" || letters == "p" else { return nil }
    var next = index + 1
    var dotted = false
    if isPunct(next, "."), tight(next) {
      next += 1
      dotted = true
    }
    guard word(next) == "m", dotted || tight(next) else { return nil }
    next += 1
    if isPunct(next, "."), tight(next) { next += 1 }
    return (letters == "p", next)
  }

  /// `Z` (touching the time), an upper-case abbreviation such as `GMT` or `GMT+1` (perhaps in
  /// parentheses), or an offset such as `+01:00`; an offset apart from the time must have minutes
  /// (`-0500`, `+05:30`).
  func zone(at index: Int, allowsTightOffset: Bool) -> (Zone, Int)? {
    guard index < count else { return nil }
    let token = tokens[index]
    if isPunct(index, "("), tight(index + 1), index + 1 < count, tokens[index + 1].kind == .word {
      // `(GMT)`, `(UTC+1)`
      guard let (zone, end) = zone(at: index + 1, allowsTightOffset: false), isPunct(end, ")"), tight(end)
      else { return nil }
      return (zone, end + 1)
    }
    if token.kind == .word {
      guard token.isUpper else { return nil }
      if token.lower == "z" { return token.spaced ? nil : (.fixed(0), index + 1) }
      guard let zone = Self.zones[token.lower] else { return nil }
      if token.lower == "gmt" || token.lower == "utc", tight(index + 1),
        let (seconds, end) = offset(at: index + 1, needsMinutes: false)
      {
        return (.fixed(seconds), end)
      }
      return (zone, index + 1)
    }
    if token.spaced {
      guard let (seconds, end) = offset(at: index, needsMinutes: true) else { return nil }
      return (.fixed(seconds), end)
    }
    guard allowsTightOffset, let (seconds, end) = offset(at: index, needsMinutes: false) else { return nil }
    return (.fixed(seconds), end)
  }

  /// `+01:00`, `-0500`, `+01`; returns the offset in seconds and the index after it.
  func offset(at index: Int, needsMinutes: Bool) -> (Int, Int)? {
    guard let sign = punct(index), sign == "+" || sign == "-" || sign == "\u{2212}", tight(index + 1),
      let first = number(index + 1)
    else { return nil }
    var next = index + 2
    var hours = first.value
    var minutes = 0
    if first.digits == 4 {
      hours = first.value / 100
      minutes = first.value % 100
    } else if (1...2).contains(first.digits) {
      if tight(next), isPunct(next, ":"), tight(next + 1), let value = twoDigits(next + 1, below: 60) {
        minutes = value
        next += 2
      } else if needsMinutes {
        return nil
      }
    } else {
      return nil
    }
    guard hours <= 14, minutes < 60 else { return nil }
    return ((sign == "+" ? 1 : -1) * (hours * 3600 + minutes * 60), next)
  }
}
