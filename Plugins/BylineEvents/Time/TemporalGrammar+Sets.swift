import BylineCore
import Foundation

// Sets: `every Monday`, `each year`, `weekly`.
extension TemporalGrammar {
  /// "every week", "each year", "every other day", "every Monday", "daily", "weekly", "Sundays".
  func setReading(at index: Int) -> TemporalReading? {
    switch word(index) {
    case "daily":
      return TemporalReading(type: .set, value: "P1D", start: index, end: index + 1, duration: .init(day: 1))
    case "nightly":
      return TemporalReading(type: .set, value: "P1D", start: index, end: index + 1, duration: .init(day: 1))
    case "weekly":
      return TemporalReading(type: .set, value: "P1W", start: index, end: index + 1, duration: .init(day: 7))
    case "monthly":
      return TemporalReading(
        type: .set, value: "P1M", start: index, end: index + 1, duration: .init(month: 1))
    case "annually", "yearly":
      return TemporalReading(type: .set, value: "P1Y", start: index, end: index + 1, duration: .init(year: 1))
    case "hourly":
      return TemporalReading(
        type: .set, value: "PT1H", start: index, end: index + 1, duration: .init(hour: 1))
    case "every", "each":
      var at = index + 1
      var multiplier: Double = 1
      if word(at) == "other" {
        multiplier = 2
        at += 1
      } else if let (value, afterAmount) = amount(at: at), word(at) != "a" {
        multiplier = value ?? 0
        at = afterAmount
      }
      guard let name = word(at) else { return nil }
      if let unit = Lexicon.units[name] {
        let value = multiplier == 0 ? nil : multiplier
        return TemporalReading(
          type: .set, value: unit.durationValue(value), start: index, end: at + 1,
          duration: unit.components(value))
      }
      if let weekday = Lexicon.weekdays[name], Lexicon.fullWeekdays.contains(name) {
        return TemporalReading(type: .set, value: "XXXX-WXX-\(weekday)", start: index, end: at + 1)
      }
      if let month = Lexicon.months[name], name.count > 3 {
        return TemporalReading(
          type: .set, value: "XXXX-" + TemporalPoint.pad(month), start: index, end: at + 1)
      }
      if let season = Lexicon.seasons[name] {
        return TemporalReading(type: .set, value: "XXXX-" + season.code, start: index, end: at + 1)
      }
      if let part = Lexicon.partsOfDay[name] {
        return TemporalReading(type: .set, value: "XXXX-XX-XXT" + part, start: index, end: at + 1)
      }
      return nil
    default:
      // "Sundays", "on Mondays"
      guard let name = word(index), name.hasSuffix("s"), tokens[index].isCapitalized,
        let weekday = Lexicon.weekdays[String(name.dropLast())],
        Lexicon.fullWeekdays.contains(String(name.dropLast()))
      else { return nil }
      return TemporalReading(type: .set, value: "XXXX-WXX-\(weekday)", start: index, end: index + 1)
    }
  }
}
