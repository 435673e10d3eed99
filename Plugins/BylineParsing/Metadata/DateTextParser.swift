import BylineCore
import Foundation

/// Reads publication dates from the text news pages carry: meta tag content, `<time>` elements, bylines
/// and datelines.
///
/// Understood forms, in English, Spanish, French, German, Portuguese and Russian:
///
/// - ISO 8601: `2025-03-14`, `2025-03-14T10:32:05Z`, `2025-03-14T10:32:05.123+01:00`,
///   `2025-03-14 10:32`; also `2025/03/14`.
/// - Compact `20211230` (a valid date with a year from 1990 to 2100).
/// - Numeric day, month and year separated by `/`, `.` or `-`: `14/03/2025`, `03/14/2025`, `14.03.2025`,
///   `14-03-2025`, and `14/03/25` (two-digit years, read as 20yy, only with slashes). The order is
///   day-first when the first number is over 12, month-first when the second is over 12, and
///   **day-first when both could be a month** (`04/03/2025` is 4 March).
/// - Month names, full or abbreviated: `March 14, 2025`, `Mar. 14, 2025`, `14 March 2025`,
///   `14th March 2025`, `14 de marzo de 2025`, `14. März 2025`, `1er mars 2025`, `14 de março de 2025`,
///   `14 марта 2025 г.`, and `March 2025` / `marzo de 2025` (month precision). A weekday may lead:
///   `Friday, March 14, 2025`.
/// - A time after the date (or just before it): `10:32`, `10:32:05`, `10:32 a.m.`, `10.32am`,
///   `10h32`, `10:32 Uhr`, followed by an optional zone: `GMT`, `UTC`, `BST`, `CET`, `CEST`, `EET`,
///   `EEST`, `MSK`, `EST`, `EDT`, `CST`, `CDT`, `MST`, `MDT`, `PST`, `PDT`, `ET`/`CT`/`MT`/`PT` (with
///   US daylight saving time applied), `IST` (India, +05:30) and a few more, `GMT+1`, `+01:00`, `-0500`.
///   A time without a zone is taken as UTC.
///
/// With a `reference` date (usually when the page was fetched) ``firstDate(in:reference:)`` and
/// ``parse(_:reference:)`` also read:
///
/// - Dates without a year (`March 14`, `14 марта`, as in a wire dateline `LISBON, March 14 (Reuters) -`):
///   the year is the one giving the latest such date not after `reference` plus two days.
/// - Relative dates: `2 hours ago`, `3 days ago`, `an hour ago`, `hace 2 horas`, `il y a 3 jours`,
///   `vor 2 Stunden`, `há 2 dias`, `2 часа назад`; `yesterday` (`ayer`, `gestern`, `ontem`, `вчера`),
///   optionally with a time (`Yesterday, 16:40`); `today` and its translations only with a time
///   (`Today at 9:15 AM`), since a bare "Today" is too often a name.
///
/// Such dates are marked ``PublicationDate/isInferred``; without a reference they are not dates.
///
/// Dates must be real (no 30 February) and years have four digits from 1800 to 2200 unless noted above.
/// The precision is the day for dates, the month for month and year, and the hour, minute or second for
/// dates with a time. Scanning is hand-written and bounded: `parse` gives up on text longer than 256
/// Unicode scalars and `firstDate` looks only at a line's first 16,384.
public enum DateTextParser {
  /// The longest text, in Unicode scalars, that ``parse(_:reference:)`` considers.
  static let maximumDateScalars = 256

  /// How many Unicode scalars of a line ``firstDate(in:reference:)`` scans.
  static let maximumLineScalars = 16_384

  /// Parses text that is a date (possibly with time and zone), e.g. meta tag content or a `<time>` element.
  /// Returns nil if it is not a date.
  ///
  /// The whole text, less surrounding whitespace and one trailing period, must be a date in one of the
  /// forms listed on ``DateTextParser``; the source text of the result is that trimmed text.
  ///
  /// ```swift
  /// DateTextParser.parse("14 March 2025, 10:32 GMT")?.iso8601  // "2025-03-14T10:32Z"
  /// DateTextParser.parse("version 1.2.3")                       // nil
  /// ```
  ///
  /// - Parameters:
  ///   - text: The text to read.
  ///   - reference: When the text was current, for dates without a year and relative dates.
  public static func parse(_ text: String, reference: Date? = nil) -> PublicationDate? {
    let tokens = Tokenizer.tokens(of: text, limit: maximumDateScalars)
    guard !tokens.truncated, !tokens.items.isEmpty else { return nil }
    let matcher = Matcher(tokens: tokens.items, reference: referenceSeconds(reference), whole: true)
    guard let found = matcher.match(at: 0) else { return nil }
    let count = tokens.items.count
    guard found.end == count || (found.end == count - 1 && matcher.isPunct(found.end, ".")) else {
      return nil
    }
    let range = tokens.items[0].start..<tokens.items[found.end - 1].end
    return found.publicationDate(sourceText: String(text.unicodeScalars[range]))
  }

  /// Finds the first date inside a longer line such as `"Posted on March 15, 2023 by admin"`,
  /// `"Published 14 March 2025, 10:32 GMT"`, `"Updated: 14/03/2025"`, or a wire dateline
  /// `"LISBON, March 14 (Reuters) -"`. Returns the date and the range of the matched text in the line.
  ///
  /// Besides the forms ``parse(_:reference:)`` reads, and only when `reference` is given:
  ///
  /// - A date without a year takes the year that makes it the closest such date not after
  ///   `reference` plus two days, and is marked inferred. Without a reference it is skipped.
  /// - Relative dates (`"2 hours ago"`, `"3 days ago"`, `"yesterday"`, `"Yesterday, 16:40"`) count back
  ///   from `reference` and are marked inferred. Their precision is the day, or the hour or minute when a
  ///   time is given or the amount is in hours or minutes.
  ///
  /// A match must stand apart from neighbouring digits and letters, so `1.14.03.2025`, `x14/03/2025` and
  /// a compact date inside a phone number are not dates. The matched text is the `sourceText` of the
  /// result.
  ///
  /// - Parameters:
  ///   - line: The text to search; only its first 16,384 Unicode scalars are looked at.
  ///   - reference: When the line was current, for dates without a year and relative dates.
  public static func firstDate(
    in line: String, reference: Date? = nil
  ) -> (date: PublicationDate, range: Range<String.Index>)? {
    let tokens = Tokenizer.tokens(of: line, limit: maximumLineScalars).items
    let matcher = Matcher(tokens: tokens, reference: referenceSeconds(reference), whole: false)
    for start in tokens.indices {
      guard let found = matcher.match(at: start), matcher.standsApart(start, found.end) else { continue }
      let range = tokens[start].start..<tokens[found.end - 1].end
      // A match must begin and end on character boundaries (not inside a combining sequence).
      guard range.lowerBound.samePosition(in: line) != nil, range.upperBound.samePosition(in: line) != nil
      else { continue }
      return (found.publicationDate(sourceText: String(line[range])), range)
    }
    return nil
  }

  /// Whole seconds since 1970 of a usable reference date.
  private static func referenceSeconds(_ reference: Date?) -> Int? {
    guard let interval = reference?.timeIntervalSince1970, interval.isFinite, abs(interval) < 1e11 else {
      return nil
    }
    return Int(interval.rounded(.down))
  }
}

extension DateTextParser {
  // MARK: - Tokens

  /// What a token is.
  fileprivate enum TokenKind {
    /// A run of ASCII digits.
    case number
    /// A run of letters (with their combining marks).
    case word
    /// One other visible scalar: punctuation or a symbol.
    case punct
    /// Digits or punctuation carrying combining marks: never part of a date.
    case junk
  }

  /// A piece of scanned text, with its place in the string.
  fileprivate struct Token {
    var kind: TokenKind
    var start: String.Index
    var end: String.Index
    /// Whether whitespace separates it from the token before.
    var spaced: Bool
    /// The value of a number, or -1 when it has more than nine digits.
    var value = 0
    /// How many digits a number has.
    var digits = 0
    /// The scalar of a punctuation token.
    var scalar: Unicode.Scalar = " "
    /// A word in lower case; empty for words too long to be anything this parser knows.
    var lower = ""
    /// Whether a word has no lower-case letters.
    var isUpper = false
    /// Whether a word begins with an upper-case letter.
    var isCapitalized = false
  }

  /// Splits text into numbers, words and punctuation, skipping whitespace.
  fileprivate enum Tokenizer {
    /// Words longer than this are kept but never compared.
    static let longestWord = 16

    static func tokens(of text: String, limit: Int) -> (items: [Token], truncated: Bool) {
      let scalars = text.unicodeScalars
      var items: [Token] = []
      var index = scalars.startIndex
      var used = 0
      var spaced = false
      while index < scalars.endIndex, used < limit {
        let scalar = scalars[index]
        if isDigit(scalar) {
          var token = Token(kind: .number, start: index, end: index, spaced: spaced)
          var value = 0
          var digits = 0
          while index < scalars.endIndex, used < limit, isDigit(scalars[index]) {
            if digits < 9 { value = value * 10 + Int(scalars[index].value - 48) }
            digits += 1
            used += 1
            index = scalars.index(after: index)
          }
          token.end = index
          token.value = digits <= 9 ? value : -1
          token.digits = digits
          items.append(token)
          spaced = false
        } else if isLetter(scalar) {
          var token = Token(kind: .word, start: index, end: index, spaced: spaced)
          var word = String.UnicodeScalarView()
          var length = 0
          var hasLower = false
          token.isCapitalized = scalar.properties.isUppercase
          while index < scalars.endIndex, used < limit, isLetter(scalars[index]) || isMark(scalars[index]) {
            let letter = scalars[index]
            length += 1
            if length <= longestWord { word.append(letter) }
            if letter.properties.isLowercase { hasLower = true }
            used += 1
            index = scalars.index(after: index)
          }
          token.end = index
          token.lower = length <= longestWord ? String(word).lowercased() : ""
          token.isUpper = !hasLower
          items.append(token)
          spaced = false
        } else if isSpace(scalar) {
          spaced = true
          used += 1
          index = scalars.index(after: index)
        } else {
          let next = scalars.index(after: index)
          if isMark(scalar), !spaced, let last = items.indices.last, items[last].end == index {
            // A combining mark on a digit or a symbol spoils it; on a letter it would have been taken above.
            items[last].end = next
            if items[last].kind != .word { items[last].kind = .junk }
          } else {
            var token = Token(kind: isMark(scalar) ? .junk : .punct, start: index, end: next, spaced: spaced)
            token.scalar = scalar
            items.append(token)
            spaced = false
          }
          used += 1
          index = next
        }
      }
      let truncated = index < scalars.endIndex
      // The last token may have been cut short.
      if truncated, !items.isEmpty { items.removeLast() }
      return (items, truncated)
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 48 && scalar.value <= 57 }

    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
      if scalar.isASCII {
        return (scalar.value | 0x20) >= 97 && (scalar.value | 0x20) <= 122
      }
      return scalar.properties.isAlphabetic && !isMark(scalar)
    }

    static func isMark(_ scalar: Unicode.Scalar) -> Bool {
      if scalar.isASCII { return false }
      switch scalar.properties.generalCategory {
      case .nonspacingMark, .spacingMark, .enclosingMark: return true
      default: return false
      }
    }

    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
      if scalar.isASCII { return scalar.value <= 32 || scalar.value == 127 }
      let properties = scalar.properties
      switch properties.generalCategory {
      case .format, .control: return true  // zero-width spaces and joiners, soft hyphens
      default: return properties.isWhitespace
      }
    }
  }

  // MARK: - Matching

  /// A fixed offset from UTC, or a region's time zone whose rules (daylight saving time included,
  /// as they were in each year) come from the system's time zone database.
  fileprivate enum Zone {
    case fixed(Int)
    case region(TimeZone)

    /// The offset from UTC that the zone names as its standard time, at `instant`.
    func standardOffset(at instant: Int) -> Int {
      switch self {
      case .fixed(let seconds): return seconds
      case .region(let zone):
        let date = Date(timeIntervalSince1970: TimeInterval(instant))
        return zone.secondsFromGMT(for: date) - Int(zone.daylightSavingTimeOffset(for: date))
      }
    }
  }

  /// A calendar date read from text; `year` is nil for dates such as "March 14", `day` for "March 2025".
  fileprivate struct DateParts {
    var year: Int?
    var month: Int
    var day: Int?
    /// Index of the token after the date.
    var end: Int
    /// Whether the date is ISO-like (`2025-03-14`), which allows a `T` before the time.
    var isISO = false
  }

  /// A time of day read from text.
  fileprivate struct TimeParts {
    var hour: Int
    var minute = 0
    var second = 0
    var precision: DatePrecision
    var zone: Zone?
    var end: Int

    var secondsOfDay: Int { hour * 3600 + minute * 60 + second }
  }

  /// A date found in the tokens.
  fileprivate struct Found {
    /// Index of the token after the match.
    var end: Int
    /// The instant, in seconds since 1970, UTC.
    var seconds: Int
    var precision: DatePrecision
    var isInferred: Bool

    func publicationDate(sourceText: String) -> PublicationDate {
      PublicationDate(
        Date(timeIntervalSince1970: TimeInterval(seconds)), precision: precision, isInferred: isInferred,
        sourceText: sourceText)
    }
  }

  /// Recognises dates at a token position. Every pattern looks at a handful of tokens, so one attempt costs
  /// constant time.
  fileprivate struct Matcher {
    let tokens: [Token]
    /// The reference instant in seconds since 1970, if any.
    let reference: Int?
    /// Whether the tokens must be a date as a whole (`parse`) rather than contain one.
    let whole: Bool

    private var count: Int { tokens.count }

    // MARK: Token tests

    func isPunct(_ index: Int, _ scalar: Unicode.Scalar) -> Bool {
      index < count && tokens[index].kind == .punct && tokens[index].scalar == scalar
    }

    private func punct(_ index: Int) -> Unicode.Scalar? {
      index < count && tokens[index].kind == .punct ? tokens[index].scalar : nil
    }

    private func word(_ index: Int) -> String? {
      index < count && tokens[index].kind == .word && !tokens[index].lower.isEmpty ? tokens[index].lower : nil
    }

    private func number(_ index: Int) -> Token? {
      index < count && tokens[index].kind == .number && tokens[index].value >= 0 ? tokens[index] : nil
    }

    /// Whether the token exists and touches the one before it.
    private func tight(_ index: Int) -> Bool { index < count && !tokens[index].spaced }

    // MARK: Entry

    /// The date starting at token `index`, if one does.
    func match(at index: Int) -> Found? {
      guard index < count else { return nil }
      switch tokens[index].kind {
      case .number:
        return dated(at: index) ?? relative(at: index) ?? timeThenDate(at: index)
      case .word:
        guard !tokens[index].lower.isEmpty else { return nil }
        return weekdayThenDate(at: index) ?? dated(at: index) ?? relative(at: index)
      case .punct, .junk:
        return nil
      }
    }

    /// Whether a match from `start` to `end` is not glued to neighbouring digits or letters
    /// (`1.14.03.2025`, `x20211230`, `14/03/2025/7`).
    func standsApart(_ start: Int, _ end: Int) -> Bool {
      let first = tokens[start]
      if start > 0, !first.spaced {
        let before = tokens[start - 1]
        if before.kind != .punct { return false }
        if first.kind == .number {
          if before.scalar == "+" { return false }
          if Self.numberJoiners.contains(before.scalar), !before.spaced, start >= 2,
            tokens[start - 2].kind == .number
          {
            return false
          }
        }
      }
      if end < count, !tokens[end].spaced, tokens[end - 1].kind != .punct {
        let after = tokens[end]
        if after.kind != .punct { return false }
        if Self.numberJoiners.contains(after.scalar), tight(end + 1), tokens[end + 1].kind == .number {
          return false
        }
      }
      return true
    }

    // MARK: Dates

    /// An explicit date at `index`, with a time after it if there is one.
    private func dated(at index: Int) -> Found? {
      guard let date = explicitDate(at: index) else { return nil }
      let time = date.day == nil ? nil : timeAfterDate(at: date.end, isISO: date.isISO)
      return resolve(date, time: time, end: time?.end ?? date.end)
    }

    /// A weekday name, then a date: `Friday, March 14, 2025`, `sexta-feira, 14 de março de 2025`.
    private func weekdayThenDate(at index: Int) -> Found? {
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

    /// A time, then a date: `10:32 GMT, 14 March 2025`, `16:40, 14 марта 2025`.
    private func timeThenDate(at index: Int) -> Found? {
      guard let time = time(at: index, isISO: false) else { return nil }
      var next = time.end
      if let scalar = punct(next), Self.timeDateSeparators.contains(scalar) { next += 1 }
      if let connector = word(next), Self.timeDateConnectors.contains(connector) { next += 1 }
      guard let date = explicitDate(at: next), date.day != nil else { return nil }
      return resolve(date, time: time, end: date.end)
    }

    /// A date without time: numeric, day-first with a month name, or month-first.
    private func explicitDate(at index: Int) -> DateParts? {
      if number(index) != nil { return numericDate(at: index) ?? dayFirstDate(at: index) }
      if let name = word(index), Self.months[name] != nil { return monthFirstDate(at: index) }
      return nil
    }

    /// `2025-03-14`, `2025/03/14`, `20211230`, `14/03/2025`, `03/14/2025`, `14.03.2025`, `14-03-2025`,
    /// `14/03/25`; and, for `parse` only, `2025-03`.
    private func numericDate(at index: Int) -> DateParts? {
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
    private func compactDate(at index: Int) -> DateParts? {
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

    /// `14 March 2025`, `14th March 2025`, `14. März 2025`, `14 de marzo de 2025`, `14 марта 2025 г.`,
    /// and without a year `14 March`.
    private func dayFirstDate(at index: Int) -> DateParts? {
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
    private func monthFirstDate(at index: Int) -> DateParts? {
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
    private func year(after index: Int) -> (Int, Int)? {
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

    /// Turns a date and optional time into an instant, inferring a missing year from the reference.
    private func resolve(_ date: DateParts, time: TimeParts?, end: Int) -> Found? {
      guard let day = date.day else {
        guard let year = date.year, let seconds = CalendarMath.instant(year: year, month: date.month, day: 1)
        else { return nil }
        return Found(end: end, seconds: seconds, precision: .month, isInferred: false)
      }
      let precision = time?.precision ?? .day
      if let year = date.year {
        guard let seconds = instant(year: year, month: date.month, day: day, time: time) else { return nil }
        return Found(end: end, seconds: seconds, precision: precision, isInferred: false)
      }
      guard let reference else { return nil }
      let latest = reference + 2 * 86400
      let referenceYear = CalendarMath.date(of: reference).year
      // The latest year (up to leap-year gaps) that puts the date no later than two days after the reference.
      for year in stride(from: referenceYear + 1, through: referenceYear - 8, by: -1) {
        if let seconds = instant(year: year, month: date.month, day: day, time: time), seconds <= latest {
          return Found(end: end, seconds: seconds, precision: precision, isInferred: true)
        }
      }
      return nil
    }

    private func instant(year: Int, month: Int, day: Int, time: TimeParts?) -> Int? {
      let secondsOfDay = time?.secondsOfDay ?? 0
      switch time?.zone {
      case .region(let zone):
        return CalendarMath.instant(year: year, month: month, day: day, secondsOfDay: secondsOfDay, in: zone)
      case .fixed(let offset):
        return CalendarMath.instant(year: year, month: month, day: day, secondsOfDay: secondsOfDay)
          .map { $0 - offset }
      case nil:
        return CalendarMath.instant(year: year, month: month, day: day, secondsOfDay: secondsOfDay)
      }
    }

    // MARK: Times

    /// A time after a date: `T10:32:05Z` for ISO dates, otherwise after an optional `,`, `-`, `|`, `at`,
    /// `um`, `à`, `a las`, `в`….
    private func timeAfterDate(at index: Int, isISO: Bool) -> TimeParts? {
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
    private func time(at index: Int, isISO: Bool) -> TimeParts? {
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

    private func twoDigits(_ index: Int, below limit: Int) -> Int? {
      guard let token = number(index), token.digits == 2, token.value < limit else { return nil }
      return token.value
    }

    /// `am`, `pm`, `a.m.`, `p. m.`; returns whether it is afternoon and the index after it.
    private func meridiem(at index: Int) -> (Bool, Int)? {
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
    private func zone(at index: Int, allowsTightOffset: Bool) -> (Zone, Int)? {
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
    private func offset(at index: Int, needsMinutes: Bool) -> (Int, Int)? {
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

    // MARK: Relative dates

    /// `2 hours ago`, `hace 3 días`, `yesterday`, `Yesterday, 16:40`, `today at 9:15`; only with a reference.
    private func relative(at index: Int) -> Found? {
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
    private func dayWord(at index: Int, shift: Int, reference: Int) -> Found? {
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

    // MARK: Tables

    /// Years accepted in dates other than compact ones.
    static let years = 1800...2200

    static let dateSeparators: Set<Unicode.Scalar> = ["/", ".", "-"]
    static let numberJoiners: Set<Unicode.Scalar> = [".", ",", "/", "-", ":"]
    static let dateTimeSeparators: Set<Unicode.Scalar> = [",", "-", "|", "·", "•", "–", "—", "/", "@"]
    static let timeDateSeparators: Set<Unicode.Scalar> = [",", "-", "|", "·", "•", "–", "—"]
    static let timeConnectors: Set<String> = [
      "at", "um", "à", "a", "as", "às", "alle", "ore", "om", "kl", "в", "о",
    ]
    static let timeArticles: Set<String> = ["las", "la", "les"]
    static let timeDateConnectors: Set<String> = ["on", "le", "el", "am", "den", "du", "de"]
    static let yearConnectors: Set<String> = ["de", "del", "of"]
    static let hourWords: Set<String> = ["uhr", "h", "hs", "hrs", "ч"]
    static let ordinals: Set<String> = ["st", "nd", "rd", "th", "er", "re", "º", "ª"]

    /// Month names in every language of the ``DateLexicon``.
    static let months = DateLexicon.months(in: Set(DateLexicon.Language.allCases))

    /// English month names: only these may start a date without a year (`March 14`), capitalised.
    static let englishMonths = Set(DateLexicon.months(in: [.english]).keys)

    /// Month abbreviations that are ordinary words (`5 out of 10`, `2 set`, `3 ago`), so need a year.
    static let unsafeWithoutYear: Set<String> = ["ago", "out", "set"]

    /// Weekday names; the value says whether it is a full name (an abbreviation needs `.` or `,` after it).
    static let weekdays = DateLexicon.weekdays(in: Set(DateLexicon.Language.allCases)).mapValues(\.isFull)

    /// Portuguese weekdays that may be followed by `-feira`.
    static let feiraWeekdays: Set<String> = ["segunda", "terça", "terca", "quarta", "quinta", "sexta"]

    /// The zone of a region, by its IANA name; its standard offset should the system lack the
    /// time zone database.
    private static func region(_ identifier: String, standard: Int) -> Zone {
      TimeZone(identifier: identifier).map(Zone.region) ?? .fixed(standard)
    }

    static let zones: [String: Zone] = [
      "gmt": .fixed(0), "utc": .fixed(0), "wet": .fixed(0), "west": .fixed(3600), "bst": .fixed(3600),
      "cet": .fixed(3600), "cest": .fixed(7200), "mez": .fixed(3600), "mesz": .fixed(7200),
      "eet": .fixed(7200), "eest": .fixed(10800), "msk": .fixed(10800), "ist": .fixed(19800),
      "est": .fixed(-18000), "edt": .fixed(-14400), "cst": .fixed(-21600), "cdt": .fixed(-18000),
      "mst": .fixed(-25200), "mdt": .fixed(-21600), "pst": .fixed(-28800), "pdt": .fixed(-25200),
      "akst": .fixed(-32400), "akdt": .fixed(-28800), "hst": .fixed(-36000),
      "et": region("America/New_York", standard: -18000),
      "ct": region("America/Chicago", standard: -21600), "mt": region("America/Denver", standard: -25200),
      "pt": region("America/Los_Angeles", standard: -28800),
      "jst": .fixed(32400), "kst": .fixed(32400), "hkt": .fixed(28800), "sgt": .fixed(28800),
      "aest": .fixed(36000), "aedt": .fixed(39600), "awst": .fixed(28800), "nzst": .fixed(43200),
      "nzdt": .fixed(46800), "sast": .fixed(7200), "cat": .fixed(7200), "eat": .fixed(10800),
      "wat": .fixed(3600), "brt": .fixed(-10800),
    ]

    /// Words for a day relative to the reference.
    /// (A publication date is never tomorrow, and `morgen` and `mañana` are also "morning".)
    static let dayWords = DateLexicon.dayWords(in: Set(DateLexicon.Language.allCases)).filter { $0.value <= 0 }

    /// Day words read only with a time: "Today" names newspapers, and `hier` is German for "here".
    static let dayWordsNeedingTime: Set<String> = [
      "today", "hoy", "hoje", "heute", "aujourd", "сегодня", "hier",
    ]

    static let agoPrefixes: Set<String> = ["hace", "há", "ha", "vor"]
    static let agoSuffixes: Set<String> = ["ago", "назад"]

    static let amountWords: [String: Int] = [
      "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
      "eight": 8, "nine": 9, "ten": 10, "un": 1, "una": 1, "uno": 1, "um": 1, "uma": 1, "une": 1,
      "ein": 1, "eine": 1, "einem": 1, "einer": 1, "einen": 1,
    ]

    static let units: [String: TimeUnit] = {
      let names: [TimeUnit: [String]] = [
        .second: [
          "second", "seconds", "sec", "secs", "s", "segundo", "segundos", "seconde", "secondes", "sekunde",
          "sekunden", "sek", "секунду", "секунды", "секунд", "сек",
        ],
        .minute: [
          "minute", "minutes", "min", "mins", "m", "minuto", "minutos", "minuten", "минуту", "минуты",
          "минут", "мин",
        ],
        .hour: [
          "hour", "hours", "hr", "hrs", "h", "hora", "horas", "heure", "heures", "stunde", "stunden", "std",
          "час", "часа", "часов", "ч",
        ],
        .day: [
          "day", "days", "d", "día", "días", "dia", "dias", "jour", "jours", "tag", "tage", "tagen", "день",
          "дня", "дней",
        ],
        .week: [
          "week", "weeks", "wk", "wks", "w", "semana", "semanas", "semaine", "semaines", "woche", "wochen",
          "неделю", "недели", "недель",
        ],
        .month: [
          "month", "months", "mes", "meses", "mês", "mois", "monat", "monate", "monaten", "месяц", "месяца",
          "месяцев",
        ],
        .year: [
          "year", "years", "yr", "yrs", "año", "años", "ano", "anos", "an", "ans", "année", "années", "jahr",
          "jahre", "jahren", "год", "года", "лет",
        ],
      ]
      var table: [String: TimeUnit] = [:]
      for (unit, list) in names {
        for name in list { table[name] = unit }
      }
      return table
    }()
  }

  /// Units of relative dates.
  fileprivate enum TimeUnit: Hashable {
    case second, minute, hour, day, week, month, year

    var seconds: Int {
      switch self {
      case .second: 1
      case .minute: 60
      case .hour: 3600
      case .day: 86400
      case .week: 604_800
      case .month: 2_629_746
      case .year: 31_556_952
      }
    }

    var precision: DatePrecision {
      switch self {
      case .second, .minute: .minute
      case .hour: .hour
      case .day, .week: .day
      case .month: .month
      case .year: .year
      }
    }
  }
}
