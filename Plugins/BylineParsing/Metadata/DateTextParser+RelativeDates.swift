import BylineCore

// Dates relative to a reference: `2 hours ago`, `hace 3 días`, `yesterday, 16:40`.
extension DateTextParser.Matcher {
  /// `2 hours ago`, `hace 3 días`, `yesterday`, `Yesterday, 16:40`, `today at 9:15`; only with a reference.
  func relative(at index: Int) -> Found? {
    guard let reference else { return nil }
    if let name = word(index), let shift = Self.dayWords[name] {
      return dayWord(at: index, shift: shift, reference: reference)
    }
    var next = index
    var prefixed = false
    if let lead = word(next) {
      if Self.agoPrefixes.contains(lead) {
        next += 1
        prefixed = true
      } else if lead == "il", word(next + 1) == "y", word(next + 2) == "a" {
        next += 3
        prefixed = true
      }
    }
    let amount: Int
    if let value = number(next), value.digits <= 4 {
      amount = value.value
    } else if let name = word(next), let value = Self.amountWords[name] {
      amount = value
    } else {
      return nil
    }
    next += 1
    guard let unitName = word(next), let unit = Self.units[unitName] else { return nil }
    next += 1
    if !prefixed {
      var after = next
      if isPunct(after, "."), tight(after) { after += 1 }  // `2 hrs. ago`
      guard let suffix = word(after), Self.agoSuffixes.contains(suffix) else { return nil }
      next = after + 1
    }
    switch unit {
    case .month, .year:
      let (year, month, _) = CalendarMath.date(of: reference)
      let months = year * 12 + (month - 1) - amount * (unit == .year ? 12 : 1)
      let newYear = months >= 0 ? months / 12 : -((-months + 11) / 12)
      guard newYear >= 1,
        let seconds = CalendarMath.instant(year: newYear, month: months - newYear * 12 + 1, day: 1)
      else { return nil }
      return Found(end: next, seconds: seconds, precision: unit == .year ? .year : .month, isInferred: true)
    default:
      return Found(
        end: next, seconds: reference - amount * unit.seconds, precision: unit.precision, isInferred: true)
    }
  }

  /// `yesterday`, `Yesterday, 16:40`, `today at 10:32 GMT`, `aujourd'hui à 10h32`.
  func dayWord(at index: Int, shift: Int, reference: Int) -> Found? {
    var next = index + 1
    let name = tokens[index].lower
    if name == "aujourd" {
      guard let apostrophe = punct(next), apostrophe == "'" || apostrophe == "\u{2019}", tight(next),
        tight(next + 1), word(next + 1) == "hui"
      else { return nil }
      next += 2
    }
    var timeIndex = next
    if let scalar = punct(timeIndex), Self.dateTimeSeparators.contains(scalar) { timeIndex += 1 }
    if let connector = word(timeIndex), Self.timeConnectors.contains(connector) {
      timeIndex += 1
      if let article = word(timeIndex), Self.timeArticles.contains(article) { timeIndex += 1 }
    }
    if let time = time(at: timeIndex, isISO: false) {
      // The day is counted in the time's own zone (its standard time, for a region's zone).
      let approximateOffset = time.zone?.standardOffset(at: reference) ?? 0
      let (year, month, day) = CalendarMath.date(of: reference + approximateOffset, addingDays: shift)
      guard let seconds = instant(year: year, month: month, day: day, time: time) else { return nil }
      return Found(end: time.end, seconds: seconds, precision: time.precision, isInferred: true)
    }
    guard !Self.dayWordsNeedingTime.contains(name) else { return nil }
    let (year, month, day) = CalendarMath.date(of: reference, addingDays: shift)
    guard let seconds = CalendarMath.instant(year: year, month: month, day: day) else { return nil }
    return Found(end: next, seconds: seconds, precision: .day, isInferred: true)
  }
}
