import BylineCore
import BylineParsing
import Foundation
import Testing

@Suite struct DateTextParserTests {
  /// An instant from ISO 8601 text, for references.
  private static func instant(_ text: String) -> Date {
    guard let date = PublicationDate(iso8601: text) else { fatalError("bad test date \(text)") }
    return date.date
  }

  /// A reference on Saturday 15 March 2025, 12:45 UTC.
  private let saturday = Self.instant("2025-03-15T12:45:00Z")

  /// What `parse` or `firstDate` gave, flattened for comparison.
  private struct Reading: Equatable, CustomStringConvertible {
    var iso: String
    var precision: DatePrecision
    var inferred: Bool = false
    /// The matched text (`sourceText`, and for `firstDate` also the text of the range).
    var text: String

    var description: String { "\(iso) \(precision) inferred=\(inferred) \"\(text)\"" }
  }

  private func parsed(_ text: String, reference: Date? = nil) -> Reading? {
    guard let date = DateTextParser.parse(text, reference: reference) else { return nil }
    return Reading(
      iso: date.iso8601, precision: date.precision, inferred: date.isInferred, text: date.sourceText ?? "")
  }

  private func found(_ line: String, reference: Date? = nil) -> Reading? {
    guard let (date, range) = DateTextParser.firstDate(in: line, reference: reference) else { return nil }
    let text = String(line[range])
    #expect(date.sourceText == text, "sourceText should be the matched text")
    return Reading(iso: date.iso8601, precision: date.precision, inferred: date.isInferred, text: text)
  }

  /// A text, and the ISO 8601 text and precision it should parse to.
  struct Example: CustomTestStringConvertible, Sendable {
    var text: String
    var iso: String
    var precision: DatePrecision
    init(_ text: String, _ iso: String, _ precision: DatePrecision = .day) {
      self.text = text
      self.iso = iso
      self.precision = precision
    }
    var testDescription: String { text }
  }

  // MARK: parse: formats

  @Test(arguments: [
    Example("2025-03-14", "2025-03-14"),
    Example("2025-03-14T10:32:05Z", "2025-03-14T10:32:05Z", .second),
    Example("2025-03-14T10:32:05+01:00", "2025-03-14T09:32:05Z", .second),
    Example("2025-03-14T10:32:05.123-05:00", "2025-03-14T15:32:05Z", .second),
    Example("2025-03-14T10:32:05.123456Z", "2025-03-14T10:32:05Z", .second),
    Example("2025-03-14T23:30:00-02:00", "2025-03-15T01:30:00Z", .second),
    Example("2025-03-14T10:32+05:30", "2025-03-14T05:02Z", .minute),
    Example("2025-03-14T10:32:05+0100", "2025-03-14T09:32:05Z", .second),
    Example("2025-03-14 10:32", "2025-03-14T10:32Z", .minute),
    Example("2025-03-14 10:32:05", "2025-03-14T10:32:05Z", .second),
    Example("2025/03/14", "2025-03-14"),
    Example("2025-03", "2025-03", .month),
  ])
  func parsesISO8601(_ example: Example) {
    #expect(
      parsed(example.text) == Reading(iso: example.iso, precision: example.precision, text: example.text))
  }

  @Test(arguments: [
    Example("20211230", "2021-12-30"),
    Example("19900101", "1990-01-01"),
    Example("21001231", "2100-12-31"),
    Example("20240229", "2024-02-29"),
  ])
  func parsesCompactDates(_ example: Example) {
    #expect(parsed(example.text) == Reading(iso: example.iso, precision: .day, text: example.text))
  }

  @Test(arguments: ["19891231", "21010101", "20211330", "20211200", "20230229", "12345678", "202112301"])
  func rejectsCompactNonDates(_ text: String) {
    #expect(parsed(text) == nil)
  }

  @Test(arguments: [
    Example("14/03/2025", "2025-03-14"),
    Example("03/14/2025", "2025-03-14"),
    Example("3/14/2025", "2025-03-14"),
    Example("14.03.2025", "2025-03-14"),
    Example("14-03-2025", "2025-03-14"),
    Example("03-14-2025", "2025-03-14"),
    Example("14/03/25", "2025-03-14"),
    Example("3/14/25", "2025-03-14"),
    Example("29/02/2024", "2024-02-29"),
  ])
  func parsesNumericDates(_ example: Example) {
    #expect(parsed(example.text) == Reading(iso: example.iso, precision: .day, text: example.text))
  }

  @Test func ambiguousNumericDatesAreDayFirst() {
    #expect(parsed("04/03/2025")?.iso == "2025-03-04")
    #expect(parsed("04.03.2025")?.iso == "2025-03-04")
    #expect(parsed("12/11/2025")?.iso == "2025-11-12")
    #expect(parsed("12/12/2025")?.iso == "2025-12-12")
  }

  @Test(arguments: [
    Example("March 14, 2025", "2025-03-14"),
    Example("Mar. 14, 2025", "2025-03-14"),
    Example("Mar 14 2025", "2025-03-14"),
    Example("MARCH 14, 2025", "2025-03-14"),
    Example("March 14th, 2025", "2025-03-14"),
    Example("Sept. 1, 2025", "2025-09-01"),
    Example("14 March 2025", "2025-03-14"),
    Example("14 March, 2025", "2025-03-14"),
    Example("14th March 2025", "2025-03-14"),
    Example("1st Dec 2024", "2024-12-01"),
    Example("22nd of February 2025", "2025-02-22"),
    Example("14 Mar 2025", "2025-03-14"),
    Example("March 2025", "2025-03", .month),
    Example("Dec 2024", "2024-12", .month),
    Example("Friday, March 14, 2025", "2025-03-14"),
    Example("Friday 14 March 2025", "2025-03-14"),
    Example("Fri, 14 Mar 2025", "2025-03-14"),
    Example("Fri Mar 14 2025", "2025-03-14"),
  ])
  func parsesEnglishMonthNames(_ example: Example) {
    #expect(
      parsed(example.text) == Reading(iso: example.iso, precision: example.precision, text: example.text))
  }

  @Test(arguments: [
    Example("14 de marzo de 2025", "2025-03-14"),
    Example("1 de enero del 2025", "2025-01-01"),
    Example("viernes, 14 de marzo de 2025", "2025-03-14"),
    Example("14 dic. 2024", "2024-12-14"),
    Example("marzo de 2025", "2025-03", .month),
    Example("14 mars 2025", "2025-03-14"),
    Example("1er mars 2025", "2025-03-01"),
    Example("vendredi 14 février 2025", "2025-02-14"),
    Example("3 août 2024", "2024-08-03"),
    Example("14 déc. 2024", "2024-12-14"),
    Example("14. März 2025", "2025-03-14"),
    Example("Freitag, 14. März 2025", "2025-03-14"),
    Example("3. Okt. 2024", "2024-10-03"),
    Example("März 2025", "2025-03", .month),
    Example("14 de março de 2025", "2025-03-14"),
    Example("sexta-feira, 14 de março de 2025", "2025-03-14"),
    Example("7 de dezembro de 2024", "2024-12-07"),
    Example("14 set 2024", "2024-09-14"),
    Example("14 марта 2025", "2025-03-14"),
    Example("14 марта 2025 г.", "2025-03-14"),
    Example("1 сентября 2024 года", "2024-09-01"),
    Example("пятница, 14 марта 2025", "2025-03-14"),
    Example("14 МАРТА 2025", "2025-03-14"),
    Example("март 2025", "2025-03", .month),
    Example("5 дек. 2024", "2024-12-05"),
  ])
  func parsesOtherLanguages(_ example: Example) {
    #expect(
      parsed(example.text) == Reading(iso: example.iso, precision: example.precision, text: example.text))
  }

  @Test func decomposedAccentsMatchMonthNames() {
    #expect(parsed("14 de marc\u{327}o de 2025")?.iso == "2025-03-14")
    #expect(parsed("14. Ma\u{308}rz 2025")?.iso == "2025-03-14")
  }

  @Test(arguments: [
    Example("14 March 2025, 10:32", "2025-03-14T10:32Z", .minute),
    Example("14 March 2025 10:32:05", "2025-03-14T10:32:05Z", .second),
    Example("14 March 2025, 10:32 GMT", "2025-03-14T10:32Z", .minute),
    Example("March 14, 2025 10:32 a.m. ET", "2025-03-14T14:32Z", .minute),
    Example("January 14, 2025 10:32 a.m. ET", "2025-01-14T15:32Z", .minute),
    Example("March 14, 2025 4:05 p.m. PT", "2025-03-14T23:05Z", .minute),
    Example("March 14, 2025, 10.32am", "2025-03-14T10:32Z", .minute),
    Example("March 14, 2025 at 12:05 AM", "2025-03-14T00:05Z", .minute),
    Example("March 14, 2025 at 12:05 PM", "2025-03-14T12:05Z", .minute),
    Example("14 March 2025 at 5 pm", "2025-03-14T17Z", .hour),
    Example("14.03.2025 16:40 CET", "2025-03-14T15:40Z", .minute),
    Example("14/03/2025 - 16:40 CEST", "2025-03-14T14:40Z", .minute),
    Example("14 March 2025 10:32 IST", "2025-03-14T05:02Z", .minute),
    Example("14 March 2025 10:32 GMT+2", "2025-03-14T08:32Z", .minute),
    Example("14 March 2025 10:32 UTC-03:00", "2025-03-14T13:32Z", .minute),
    Example("14 March 2025 10:32 -0500", "2025-03-14T15:32Z", .minute),
    Example("14 March 2025 10:32 +05:45", "2025-03-14T04:47Z", .minute),
    Example("Fri, 14 Mar 2025 10:32:05 +0000", "2025-03-14T10:32:05Z", .second),
    Example("14. März 2025, 10:32 Uhr", "2025-03-14T10:32Z", .minute),
    Example("14 de marzo de 2025 a las 10:32", "2025-03-14T10:32Z", .minute),
    Example("14 mars 2025 à 10h32", "2025-03-14T10:32Z", .minute),
    Example("14 марта 2025, 16:40 MSK", "2025-03-14T13:40Z", .minute),
    Example("Tuesday, 4 February 2025 - 10:32 (GMT)", "2025-02-04T10:32Z", .minute),
    Example("4 February 2025, 10:32 (UTC+1)", "2025-02-04T09:32Z", .minute),
    Example("10:32 GMT, 14 March 2025", "2025-03-14T10:32Z", .minute),
    Example("4pm on March 14, 2025", "2025-03-14T16Z", .hour),
    Example("16:40, 14 марта 2025", "2025-03-14T16:40Z", .minute),
  ])
  func parsesTimesAndZones(_ example: Example) {
    #expect(
      parsed(example.text) == Reading(iso: example.iso, precision: example.precision, text: example.text))
  }

  @Test(arguments: [
    ("GMT", "10:32"), ("UTC", "10:32"), ("BST", "09:32"), ("CET", "09:32"), ("CEST", "08:32"),
    ("EET", "08:32"), ("EEST", "07:32"), ("MSK", "07:32"), ("EST", "15:32"), ("EDT", "14:32"),
    ("CST", "16:32"), ("CDT", "15:32"), ("MST", "17:32"), ("MDT", "16:32"), ("PST", "18:32"),
    ("PDT", "17:32"), ("ET", "14:32"), ("PT", "17:32"), ("IST", "05:02"),
  ])
  func zoneAbbreviations(_ zone: String, _ utc: String) {
    // 14 March 2025 is after the US switch to daylight time (9 March), so ET is EDT and PT is PDT.
    #expect(parsed("March 14, 2025 10:32 \(zone)")?.iso == "2025-03-14T\(utc)Z")
  }

  @Test func usDaylightSavingBoundaries() {
    #expect(parsed("March 9, 2025 1:30 a.m. ET")?.iso == "2025-03-09T06:30Z")
    #expect(parsed("March 9, 2025 3:30 a.m. ET")?.iso == "2025-03-09T07:30Z")
    #expect(parsed("November 2, 2025 3:00 p.m. ET")?.iso == "2025-11-02T20:00Z")
    #expect(parsed("November 1, 2025 3:00 p.m. ET")?.iso == "2025-11-01T19:00Z")
  }

  @Test func lowerCaseWordsAreNotZones() {
    // "et" is French for "and": the time stands, in UTC, and the whole text is not a date.
    #expect(parsed("14 mars 2025 10:32 et") == nil)
    #expect(found("14 mars 2025 10:32 et 11:00")?.text == "14 mars 2025 10:32")
  }

  @Test func allowsATrailingPeriodAndSurroundingSpace() {
    #expect(
      parsed("  March 14, 2025.\n") == Reading(iso: "2025-03-14", precision: .day, text: "March 14, 2025"))
  }

  // MARK: parse: rejections

  @Test(arguments: [
    "February 30, 2025", "30 February 2025", "29 February 2023", "2025-02-30", "2025-13-01", "2025-00-10",
    "31/06/2025", "13/13/2025", "32.01.2025", "0/1/2025", "2025-03-14T25:00Z", "2025-03-14T10:60Z",
    "14 March 2025 10:61", "2025-03-14T10:32+15:00", "31 de abril de 2025", "30 февраля 2025",
  ])
  func rejectsInvalidDates(_ text: String) {
    #expect(parsed(text) == nil)
  }

  @Test(arguments: [
    "", "   ", "Chapter 11", "2,000 troops", "version 1.2.3", "1.2.3", "+1 (555) 123-4567", "555-123-4567",
    "+44 20 7946 0958", "020 7946 0958", "+7 495 123-45-67", "1234", "2025", "March", "10:32", "10:32 GMT",
    "14.03.25", "14 March 1066", "14/03/0025", "March 14 2025 foo", "Friday", "hace", "2 hours", "14 03 2025",
    "14/03-2025", "2025-03-14-01",
  ])
  func rejectsNonDates(_ text: String) {
    #expect(parsed(text) == nil)
  }

  @Test func needsAReferenceForYearlessAndRelativeDates() {
    #expect(parsed("March 14") == nil)
    #expect(parsed("14 марта") == nil)
    #expect(parsed("2 hours ago") == nil)
    #expect(parsed("yesterday") == nil)
    #expect(
      parsed("March 14", reference: saturday)
        == Reading(iso: "2025-03-14", precision: .day, inferred: true, text: "March 14"))
    #expect(
      parsed("2 hours ago", reference: saturday)
        == Reading(iso: "2025-03-15T10Z", precision: .hour, inferred: true, text: "2 hours ago"))
  }

  @Test func textTooLongIsNotADate() {
    let padded = String(repeating: " ", count: 300) + "2025-03-14"
    #expect(parsed(padded) == nil)
  }

  // MARK: firstDate

  @Test func findsDatesInBylines() {
    #expect(
      found("Posted on March 15, 2023 by admin")
        == Reading(iso: "2023-03-15", precision: .day, text: "March 15, 2023"))
    #expect(
      found("Published 14 March 2025, 10:32 GMT")
        == Reading(iso: "2025-03-14T10:32Z", precision: .minute, text: "14 March 2025, 10:32 GMT"))
    #expect(found("Updated: 14/03/2025") == Reading(iso: "2025-03-14", precision: .day, text: "14/03/2025"))
    #expect(found("Updated:14/03/2025") == Reading(iso: "2025-03-14", precision: .day, text: "14/03/2025"))
    #expect(
      found("By Jane Doe | Friday, March 14, 2025 | 4 min read")
        == Reading(iso: "2025-03-14", precision: .day, text: "Friday, March 14, 2025"))
    #expect(
      found("Publicado el 14 de marzo de 2025 a las 10:32 CET")
        == Reading(iso: "2025-03-14T09:32Z", precision: .minute, text: "14 de marzo de 2025 a las 10:32 CET"))
    #expect(
      found("Опубликовано: 14 марта 2025 г., 16:40")
        == Reading(iso: "2025-03-14T16:40Z", precision: .minute, text: "14 марта 2025 г., 16:40"))
    #expect(
      found("Stand: 14.03.2025, 10:32 Uhr")
        == Reading(iso: "2025-03-14T10:32Z", precision: .minute, text: "14.03.2025, 10:32 Uhr"))
    #expect(
      found("Archive edition 20211230 (print)")
        == Reading(iso: "2021-12-30", precision: .day, text: "20211230"))
    #expect(
      found("<time datetime=\"2025-03-14T10:32:05Z\">")
        == Reading(iso: "2025-03-14T10:32:05Z", precision: .second, text: "2025-03-14T10:32:05Z"))
    #expect(
      found("Updated March 2025 with new figures")
        == Reading(iso: "2025-03", precision: .month, text: "March 2025"))
  }

  @Test func rangeLocatesTheMatchInTheLine() throws {
    let line = "Filed — 14 March 2025 — from Lisbon"
    let (_, range) = try #require(DateTextParser.firstDate(in: line))
    #expect(line[line.startIndex..<range.lowerBound] == "Filed — ")
    #expect(line[range.upperBound...] == " — from Lisbon")
  }

  @Test func skipsInvalidDatesToFindALaterOne() {
    #expect(found("Feb 30, 2025 was a typo for March 1, 2025")?.text == "March 1, 2025")
    #expect(found("Ref 1.14.03.2025 then 15/03/2025")?.text == "15/03/2025")
  }

  @Test(arguments: [
    "Chapter 11 bankruptcy was filed", "2,000 troops were deployed", "Update to version 1.2.3 today",
    "Call +1 (555) 123-4567 now", "Call 555-123-4567 now", "Tel. +49 30 20211230", "Phone: 20211230 55",
    "Order x20211230 shipped", "Score 14/03 at half time", "The Sun 14 points", "you may 5 times",
    "5 out of 10 readers", "USA Today reports", "Mars 2 landed", "the March 14 rally",
    "2 hours ago", "yesterday", "Page 3 of 12", "Room 101, floor 2", "The 1990s", "pi is 3.14159",
  ])
  func findsNothingInNonDates(_ line: String) {
    // No reference: yearless and relative dates are not dates either.
    #expect(found(line) == nil)
  }

  @Test(arguments: [
    "Chapter 11 bankruptcy was filed", "2,000 troops were deployed", "Update to version 1.2.3 today",
    "Call +1 (555) 123-4567 now", "USA Today reports", "5 out of 10 readers", "they march 14 miles",
    "Mars 2 landed", "I said hier 3 times",
  ])
  func findsNothingInNonDatesEvenWithAReference(_ line: String) {
    #expect(found(line, reference: saturday) == nil)
  }

  // MARK: firstDate: datelines

  @Test func datelinesTakeTheYearFromTheReference() {
    let line = "LISBON, March 14 (Reuters) - Portugal's president said"
    #expect(found(line) == nil)
    #expect(
      found(line, reference: saturday)
        == Reading(iso: "2025-03-14", precision: .day, inferred: true, text: "March 14"))
    // Up to two days after the reference is still this year…
    #expect(found(line, reference: Self.instant("2025-03-12T20:00:00Z"))?.iso == "2025-03-14")
    // …later than that is last year.
    #expect(found(line, reference: Self.instant("2025-03-11T20:00:00Z"))?.iso == "2024-03-14")
    #expect(
      found("MOSCOW, 14 марта (Reuters) -", reference: saturday)
        == Reading(iso: "2025-03-14", precision: .day, inferred: true, text: "14 марта"))
    #expect(found("WASHINGTON, Sept. 3 (AP) —", reference: saturday)?.iso == "2024-09-03")
    #expect(found("BERLIN, 14. März (dpa) -", reference: saturday)?.text == "14. März")
  }

  @Test func datelinesAcrossNewYear() {
    #expect(
      found("NEW YORK, Dec. 31 (Reuters) -", reference: Self.instant("2025-01-01T09:00:00Z"))?.iso
        == "2024-12-31")
    #expect(
      found("TOKYO, Jan. 1 (Reuters) -", reference: Self.instant("2024-12-31T09:00:00Z"))?.iso
        == "2025-01-01")
    // 29 February exists only in leap years.
    #expect(found("PARIS, Feb. 29 (AFP) -", reference: saturday)?.iso == "2024-02-29")
  }

  @Test func yearlessDatesWithTimes() {
    #expect(
      found("Updated March 14, 10:32 GMT", reference: saturday)
        == Reading(iso: "2025-03-14T10:32Z", precision: .minute, inferred: true, text: "March 14, 10:32 GMT"))
  }

  // MARK: firstDate: relative dates

  @Test(arguments: [
    ("Updated 2 hours ago", "2025-03-15T10Z", DatePrecision.hour, "2 hours ago"),
    ("posted 30 minutes ago", "2025-03-15T12:15Z", .minute, "30 minutes ago"),
    ("an hour ago", "2025-03-15T11Z", .hour, "an hour ago"),
    ("3 days ago", "2025-03-12", .day, "3 days ago"),
    ("2h ago", "2025-03-15T10Z", .hour, "2h ago"),
    ("1 day ago", "2025-03-14", .day, "1 day ago"),
    ("2 weeks ago", "2025-03-01", .day, "2 weeks ago"),
    ("3 months ago", "2024-12", .month, "3 months ago"),
    ("a year ago", "2024", .year, "a year ago"),
    ("yesterday", "2025-03-14", .day, "yesterday"),
    ("Yesterday, 16:40", "2025-03-14T16:40Z", .minute, "Yesterday, 16:40"),
    ("Yesterday at 4:40 pm ET", "2025-03-14T20:40Z", .minute, "Yesterday at 4:40 pm ET"),
    ("Today at 9:15 AM", "2025-03-15T09:15Z", .minute, "Today at 9:15 AM"),
    ("hace 2 horas", "2025-03-15T10Z", .hour, "hace 2 horas"),
    ("ayer, 16:40", "2025-03-14T16:40Z", .minute, "ayer, 16:40"),
    ("il y a 3 jours", "2025-03-12", .day, "il y a 3 jours"),
    ("hier à 16h40", "2025-03-14T16:40Z", .minute, "hier à 16h40"),
    ("vor 2 Stunden", "2025-03-15T10Z", .hour, "vor 2 Stunden"),
    ("gestern", "2025-03-14", .day, "gestern"),
    ("há 2 dias", "2025-03-13", .day, "há 2 dias"),
    ("ontem às 16:40", "2025-03-14T16:40Z", .minute, "ontem às 16:40"),
    ("2 часа назад", "2025-03-15T10Z", .hour, "2 часа назад"),
    ("вчера в 16:40", "2025-03-14T16:40Z", .minute, "вчера в 16:40"),
  ])
  func relativeDates(_ line: String, _ iso: String, _ precision: DatePrecision, _ text: String) {
    #expect(
      found(line, reference: saturday)
        == Reading(iso: iso, precision: precision, inferred: true, text: text))
  }

  @Test func relativeDatesNeedAReference() {
    #expect(found("Updated 2 hours ago") == nil)
    #expect(found("Yesterday, 16:40") == nil)
  }

  @Test func yesterdayIsCountedInTheTimesZone() {
    // 00:30 UTC on 15 March is already 15 March in Moscow (03:30), so yesterday there is 14 March.
    let reference = Self.instant("2025-03-15T00:30:00Z")
    #expect(found("Yesterday, 23:00 MSK", reference: reference)?.iso == "2025-03-14T20:00Z")
    #expect(found("Yesterday, 23:00", reference: reference)?.iso == "2025-03-14T23:00Z")
  }

  @Test func explicitDatesAreNotInferredEvenWithAReference() {
    #expect(found("Posted on March 15, 2023 by admin", reference: saturday)?.inferred == false)
  }

  // MARK: Robustness

  @Test(arguments: [
    "", " ", "\u{0}", "\u{301}", "1\u{301}4 March 2025", "14\u{301}/03/2025", "🇵🇹 14 March 2025 👍🏽",
    "\u{600}14 March 2025", "\u{202E}14 March 2025", "\u{FEFF}2025-03-14", "१४ मार्च २०२५", "2025年3月14日",
    "++--..//::", "9999999999999999999999/99/9999", "14/03/2025\u{200D}", "March\u{200B}14,\u{00A0}2025",
    "a.m. p.m. GMT+", "10:", "2025-03-14T", "2025-03-14T10:32:05.", "Yesterday,", "il y a", "-",
  ])
  func neverCrashes(_ text: String) {
    _ = DateTextParser.parse(text)
    _ = DateTextParser.parse(text, reference: saturday)
    _ = DateTextParser.firstDate(in: text)
    _ = DateTextParser.firstDate(in: text, reference: saturday)
  }

  @Test func unusualSpacingAndMarks() {
    #expect(found("March\u{200B}14,\u{00A0}2025")?.iso == "2025-03-14")
    #expect(found("🇵🇹 14 March 2025 👍🏽")?.text == "14 March 2025")
    // A combining mark on a digit spoils the number it is on.
    #expect(found("1\u{301}4/03/2025") == nil)
  }

  @Test func extremeReferencesAreIgnored() {
    #expect(found("2 hours ago", reference: .distantFuture)?.iso != nil)
    #expect(found("2 hours ago", reference: Date(timeIntervalSince1970: .infinity)) == nil)
    #expect(found("LISBON, March 14 (Reuters)", reference: Date(timeIntervalSince1970: -1e300)) == nil)
  }

  @Test func workIsBoundedOnHugeInput() {
    let clock = ContinuousClock()
    let noise = String(repeating: "1.2.3 2,000 Chapter 11 +1 (555) 123-4567 May 5 ", count: 20_000)
    let elapsed = clock.measure {
      #expect(DateTextParser.firstDate(in: noise) == nil)
      #expect(DateTextParser.parse(noise) == nil)
      #expect(DateTextParser.firstDate(in: String(repeating: "9", count: 1_000_000)) == nil)
      #expect(DateTextParser.firstDate(in: String(repeating: "\u{301}", count: 100_000)) == nil)
    }
    #expect(elapsed < .seconds(10))
    // Only the start of a line is scanned.
    let late = String(repeating: "x ", count: 10_000) + "14 March 2025"
    #expect(DateTextParser.firstDate(in: late) == nil)
    let early = String(repeating: "x ", count: 1_000) + "14 March 2025"
    #expect(DateTextParser.firstDate(in: early)?.date.iso8601 == "2025-03-14")
  }
}
