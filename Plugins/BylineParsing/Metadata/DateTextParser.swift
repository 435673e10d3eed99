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
