import BylineCore
import Foundation

/// Finds the numbers a sentence states with what they count or measure: money with its currency
/// ("$2.3 billion", "€40m", "100,000 rubles"), lengths and areas ("1,500 km", "3 miles"),
/// percentages, and counts of things written in figures ("100,000 troops", "46 employees"; a
/// number in words counts only with a scale, "two million people", since "two sides" or "one
/// way" are rarely figures anyone reports).
///
/// Durations are time expressions and come from the temporal tagger.
public struct QuantityExtractor: Sendable {
  /// Creates an extractor.
  public init() {}

  /// Currency words and symbols, with the ISO 4217 code they stand for.
  static let currencies: [String: String] = [
    "$": "USD", "us$": "USD", "dollar": "USD", "dollars": "USD", "usd": "USD", "€": "EUR", "euro": "EUR",
    "euros": "EUR", "eur": "EUR", "£": "GBP", "pound": "GBP", "pounds": "GBP", "gbp": "GBP",
    "sterling": "GBP",
    "¥": "JPY", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "ruble": "RUB", "rubles": "RUB",
    "rouble": "RUB",
    "roubles": "RUB", "hryvnia": "UAH", "hryvnias": "UAH", "rupee": "INR", "rupees": "INR", "franc": "CHF",
    "francs": "CHF", "krone": "NOK", "kroner": "NOK", "krona": "SEK", "kronor": "SEK",
  ]
  /// Length and area units, with the unit they are reported in.
  static let lengthUnits: [String: (unit: String, factor: Double)] = [
    "km": ("km", 1), "kilometres": ("km", 1), "kilometers": ("km", 1), "kilometre": ("km", 1),
    "kilometer": ("km", 1), "miles": ("km", 1.609_344), "mile": ("km", 1.609_344), "m": ("m", 1),
    "metres": ("m", 1), "meters": ("m", 1), "metre": ("m", 1), "meter": ("m", 1), "feet": ("m", 0.3048),
    "ft": ("m", 0.3048), "hectares": ("ha", 1), "acres": ("ha", 0.404_686),
  ]
  static let scales: [String: Double] = [
    "thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6, "mln": 1e6, "billion": 1e9, "bn": 1e9,
    "b": 1e9, "trillion": 1e12, "tn": 1e12,
  ]
  static let numberWords: [String: Double] = [
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10,
    "eleven": 11, "twelve": 12, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100,
    "dozens": 24, "hundreds": 200, "thousands": 2000, "tens": 20,
  ]
  static let approximators: Set<String> = [
    "about", "around", "nearly", "almost", "roughly", "approximately", "some", "over", "than", "up", "least",
    "fewer", "under", "estimated", "est.",
  ]
  /// Nouns that do not make a count ("2021 elections", "3 p.m."): units of time, and words that
  /// follow years and clock times.
  static let notCounted: Set<String> = [
    "percent", "per", "cent", "a.m.", "p.m.", "am", "pm", "gmt", "utc", "years", "year", "months", "month",
    "weeks", "week", "days", "day", "hours", "hour", "minutes", "minute", "seconds", "second", "o'clock",
  ]

  /// The quantities in `text`, in order.
  public func quantities(in text: String) -> [EventQuantity] {
    let words = text.split(whereSeparator: { $0.isWhitespace }).map { word -> String in
      String(word).trimmingCharacters(in: CharacterSet(charactersIn: ",;:()\"“”'’."))
    }
    var result: [EventQuantity] = []
    var index = 0
    while index < words.count {
      guard let (number, used, prefixCurrency) = Self.number(at: index, in: words),
        // After a month name a number is a day ("January 10 talks").
        index == 0 || TemporalLexicon.months[words[index - 1].lowercased()] == nil
      else {
        index += 1
        continue
      }
      var value = number
      var end = index + used
      var unit: String?
      var currency = prefixCurrency
      let isNumberWord = Self.numberWords[words[index].lowercased()] != nil
      var scaled = false
      if end < words.count, let scale = Self.scales[words[end].lowercased()] {
        value *= scale
        end += 1
        scaled = true
      }
      let isApproximate = index > 0 && Self.approximators.contains(words[index - 1].lowercased())
      let next = end < words.count ? words[end].lowercased() : ""
      if currency == nil, let code = Self.currencies[next] {
        currency = code
        end += 1
      }
      if let currency {
        unit = currency
      } else if next == "%" || next == "percent" || next == "per" {
        unit = "percent"
        end += next == "per" ? 2 : 1
      } else if let length = Self.lengthUnits[next] {
        value *= length.factor
        unit = length.unit
        end += 1
      } else if !isNumberWord || scaled, !next.isEmpty, next.first?.isLetter == true,
        !Self.notCounted.contains(next), next.count > 2, next.hasSuffix("s") || value == 1
      {
        unit = next
        end += 1
      }
      if let unit, !(unit != "percent" && currency == nil && Self.isYear(words[index], value: number)) {
        result.append(
          EventQuantity(
            value: value, unit: unit, text: words[index..<min(end, words.count)].joined(separator: " "),
            isApproximate: isApproximate))
      }
      index = max(end, index + 1)
    }
    return result
  }

  private static func isYear(_ word: String, value: Double) -> Bool {
    word.count == 4 && (1800...2100).contains(value) && value == value.rounded()
  }

  /// A number starting at `index`: digits (with separators, a currency symbol glued in front, a
  /// scale glued behind such as "40m" or "2.3bn"), or a number word.
  private static func number(at index: Int, in words: [String]) -> (Double, Int, String?)? {
    var word = words[index]
    var currency: String?
    for (symbol, code) in [("US$", "USD"), ("$", "USD"), ("€", "EUR"), ("£", "GBP"), ("¥", "JPY")]
    where word.hasPrefix(symbol) {
      currency = code
      word.removeFirst(symbol.count)
      if word.isEmpty, index + 1 < words.count {
        guard let (value, used, _) = number(at: index + 1, in: words) else { return nil }
        return (value, used + 1, currency)
      }
      break
    }
    var digits = ""
    var rest = Substring(word)
    while let first = rest.first, first.isNumber || first == "," || first == "." {
      digits.append(first)
      rest = rest.dropFirst()
    }
    digits = digits.replacingOccurrences(of: ",", with: "")
    if digits.hasSuffix(".") { digits.removeLast() }
    if let value = Double(digits), !digits.isEmpty {
      let suffix = rest.lowercased()
      if suffix.isEmpty { return (value, 1, currency) }
      if let scale = scales[suffix] { return (value * scale, 1, currency) }
      return nil
    }
    if let value = numberWords[word.lowercased()] { return (value, 1, currency) }
    return nil
  }
}
