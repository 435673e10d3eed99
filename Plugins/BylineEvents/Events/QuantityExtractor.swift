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

  /// Currency words and symbols (`Resources/currencies.tsv`, lower case), with the ISO 4217 code
  /// they stand for.
  static let currencies: [String: String] = Dictionary(
    BundledResource.rows("currencies.tsv").map { ($0[0].lowercased(), $0[1]) },
    uniquingKeysWith: { first, _ in first })
  /// Currency symbols that may be glued to the front of a number ("$40m"), longest first.
  static let currencySymbols: [(symbol: String, code: String)] = BundledResource.rows("currencies.tsv")
    .filter { $0[2] == "symbol" }.map { ($0[0], $0[1]) }.sorted { $0.symbol.count > $1.symbol.count }
  /// Length and area units (`Resources/units.tsv`), with the unit they are reported in.
  static let lengthUnits: [String: (unit: String, factor: Double)] = Dictionary(
    BundledResource.rows("units.tsv").map { ($0[0], ($0[1], Double($0[2]) ?? 1)) },
    uniquingKeysWith: { first, _ in first })
  /// Scale words (`Resources/numbers.tsv`): "million", "bn".
  static let scales = numbers(ofKind: "scale")
  /// Numbers written as words (`Resources/numbers.tsv`).
  static let numberWords = numbers(ofKind: "number")
  /// Words before a number that make it approximate.
  static let approximators = EventWords.lists.words("approximators")
  /// Nouns that do not make a count ("2021 elections", "3 p.m."): units of time, and words that
  /// follow years and clock times.
  static let notCounted = EventWords.lists.words("not-counted")

  private static func numbers(ofKind kind: String) -> [String: Double] {
    Dictionary(
      BundledResource.rows("numbers.tsv").filter { $0[2] == kind }.compactMap { row in
        Double(row[1]).map { (row[0], $0) }
      }, uniquingKeysWith: { first, _ in first })
  }

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
    for (symbol, code) in currencySymbols where word.hasPrefix(symbol) {
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
