import BylineCore
import Foundation

// Clock times: `10:30 a.m.`, `noon`, `3 p.m. ET`.
extension TemporalGrammar {
  /// "3 p.m.", "3:30 pm", "15:00 GMT", "noon", "midnight Friday", "10 a.m. EST, Oct. 9".
  func clock(at index: Int) -> TemporalReading? {
    guard let (hour, minute, timeEnd) = clockTime(at: index) else { return nil }
    var end = timeEnd
    if let zone = word(end), Lexicon.zones.contains(zone) { end += 1 }
    // The day: a following weekday, relative day or date, else the reference day.
    var day: TemporalPoint? = reference.map(TemporalCalendar.day)
    let dayAt = skipComma(end)
    if let following = longest(
      weekdayReading(at: dayAt), relativeDay(at: dayAt), monthFirst(at: dayAt), dayFirst(at: dayAt)),
      case .day? = following.point
    {
      day = following.point
      end = following.end
    } else if word(dayAt) == "on",
      let following = longest(weekdayReading(at: dayAt + 1), monthFirst(at: dayAt + 1)),
      case .day? = following.point
    {
      day = following.point
      _ = following
    }
    guard case .day(let year, let month, let dayOfMonth)? = day else {
      return TemporalReading(
        point: .unresolved("XXXX-XX-XXT\(TemporalPoint.pad(hour)):\(TemporalPoint.pad(minute))", .minute),
        start: index, end: end)
    }
    return TemporalReading(
      point: .clock(year: year, month: month, day: dayOfMonth, hour: hour, minute: minute), start: index,
      end: end)
  }

  /// The hour, minute and end of the clock time at `index`: "noon", "midnight", "3 p.m.", "15:00",
  /// "10 o'clock".
  func clockTime(at index: Int) -> (hour: Int, minute: Int, end: Int)? {
    if word(index) == "noon" || word(index) == "midday" { return (12, 0, index + 1) }
    if word(index) == "midnight" { return (24, 0, index + 1) }
    guard let value = number(index), digits(index) <= 2, value <= 24 else { return nil }
    if index > 0, tight(index), tokens[index - 1].kind == .punct,
      [":", ".", "$", "/"].contains(tokens[index - 1].text)
    {
      return nil
    }
    var hour = value
    var minute = 0
    var end = index + 1
    var hasMinutes = false
    if isPunct(end, ":") || isPunct(end, "."), tight(end), digits(end + 1) == 2, tight(end + 1),
      let minutes = number(end + 1), minutes < 60
    {
      minute = minutes
      hasMinutes = true
      end += 2
      if isPunct(end, ":"), tight(end), digits(end + 1) == 2 { end += 2 }
    }
    let meridiem: String?
    (meridiem, end) = self.meridiem(at: end)
    if isPunct(index + 1, "."), hasMinutes, meridiem == nil { return nil }
    if let meridiem {
      guard (1...12).contains(hour) else { return nil }
      if meridiem == "pm", hour < 12 { hour += 12 }
      if meridiem == "am", hour == 12 { hour = 0 }
    } else if !(hasMinutes && (isPunct(index + 1, ":")) && hour < 24) && end == index + 1 {
      return nil
    } else if !hasMinutes && end == index + 1 {
      return nil
    }
    return (hour, minute, end)
  }

  /// "am", "pm", "a.m.", "p.m." (as "am" or "pm") or "o'clock" (nil) at `end`, and the index after.
  func meridiem(at end: Int) -> (String?, Int) {
    if let word = word(end), word == "am" || word == "pm" {
      return (word, skipPeriod(end + 1))
    }
    if let word = word(end), word == "a" || word == "p", isPunct(end + 1, "."), tight(end + 1),
      self.word(end + 2) == "m", tight(end + 2)
    {
      return (word + "m", skipPeriod(end + 3))
    }
    if word(end) == "o", isPunct(end + 1, "'") || isPunct(end + 1, "\u{2019}"), word(end + 2) == "clock" {
      return (nil, end + 3)
    }
    return (nil, end)
  }
}
