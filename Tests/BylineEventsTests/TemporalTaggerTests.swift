import BylineCore
import BylineEvents
import Foundation
import Testing

/// Friday 31 December 2021.
private let reference = PublicationDate(iso8601: "2021-12-31")!.date

private func tag(_ text: String, reference date: Date? = reference) -> [TemporalExpression] {
  TemporalTagger().expressions(in: text, reference: date)
}

/// The single expression in `text`, as (text, value).
private func only(_ text: String, reference date: Date? = reference) -> (String, String)? {
  let found = tag(text, reference: date)
  guard found.count == 1 else { return nil }
  return (found[0].text, found[0].value)
}

@Suite struct TemporalTaggerTests {
  @Test(arguments: [
    ("It happened on December 30.", "December 30", "2021-12-30"),
    ("It happened on Dec. 30.", "Dec. 30", "2021-12-30"),
    ("It happened on 30 Dec 2021.", "30 Dec 2021", "2021-12-30"),
    ("It happened on December 30, 2021, in Rome.", "December 30, 2021", "2021-12-30"),
    ("Filed 2021-12-30 in court.", "2021-12-30", "2021-12-30"),
    ("Release 20211230 was signed.", "20211230", "2021-12-30"),
    ("Dated 14/03/2023 by the clerk.", "14/03/2023", "2023-03-14"),
    ("Dated 12/30/2021 by the clerk.", "12/30/2021", "2021-12-30"),
    ("Dated 03/04/2021 by the clerk.", "03/04/2021", "2021-03-04"),
    ("It rose in December 2020.", "December 2020", "2020-12"),
  ])
  func absoluteDates(text: String, expected: String, value: String) {
    #expect(only(text)?.0 == expected)
    #expect(only(text)?.1 == value)
  }

  @Test(arguments: [
    ("The talks ended on Tuesday.", "Tuesday", "2021-12-28"),
    ("Officials met Thursday.", "Thursday", "2021-12-30"),
    ("He spoke last Friday.", "last Friday", "2021-12-24"),
    ("She arrives next Monday.", "next Monday", "2022-01-03"),
    ("The court will rule on Monday.", "Monday", "2022-01-03"),
    ("The shop opened Friday.", "Friday", "2021-12-31"),
  ])
  func weekdays(text: String, expected: String, value: String) {
    #expect(only(text)?.0 == expected)
    #expect(only(text)?.1 == value)
  }

  @Test(arguments: [
    ("It closed today.", "today", "2021-12-31"),
    ("It closed yesterday.", "yesterday", "2021-12-30"),
    ("It opens tomorrow.", "tomorrow", "2022-01-01"),
    ("Prices rose last week.", "last week", "2021-W51"),
    ("Prices rose this month.", "this month", "2021-12"),
    ("Prices will rise next month.", "next month", "2022-01"),
    ("Prices rose last year.", "last year", "2020"),
    ("The deal collapsed two weeks ago.", "two weeks ago", "2021-W50"),
    ("The deal collapsed three days ago.", "three days ago", "2021-12-28"),
    ("The law passed earlier this month.", "earlier this month", "2021-12"),
    ("The law passed late last year.", "late last year", "2020"),
    ("The firm was founded in 2014.", "2014", "2014"),
    ("Sales fell in January.", "January", "2021-01"),
    ("Sales fell in early January.", "early January", "2021-01"),
    ("Sales fell in mid-March.", "mid-March", "2021-03"),
    ("Sales fell in late 2020.", "late 2020", "2020"),
    ("Profit rose in the third quarter.", "the third quarter", "2021-Q3"),
    ("Prices fell last summer.", "last summer", "2021-SU"),
    ("Prices rose in the 1990s.", "the 1990s", "199"),
  ])
  func relativeDates(text: String, expected: String, value: String) {
    #expect(only(text)?.0 == expected)
    #expect(only(text)?.1 == value)
  }

  @Test func modifiersMakeAnExpressionApproximate() {
    #expect(tag("Sales fell in early January.").first?.isApproximate == true)
    #expect(tag("Sales fell in January.").first?.isApproximate == false)
    let about = tag("It lasted about 50 minutes.")
    #expect(about.first?.text == "50 minutes")
    #expect(about.first?.isApproximate == true)
  }

  @Test func twoDatesAfterOneMonth() {
    let found = tag("Votes were held on January 10 and 12.")
    #expect(found.map(\.text) == ["January 10", "12"])
    #expect(found.map(\.value) == ["2021-01-10", "2021-01-12"])
    // In the present tense, the nearer January: ten days after the reference, not a year before.
    let range = tag("The fair runs January 10-12.")
    #expect(range.map(\.value) == ["2022-01-10", "2022-01-12"])
  }

  @Test(arguments: [
    ("The vote is at 3 p.m. in Paris.", "3 p.m.", "2021-12-31T15:00"),
    ("Markets open at 15:00 GMT.", "15:00 GMT", "2021-12-31T15:00"),
    ("He left this morning.", "this morning", "2021-12-31TMO"),
    ("He left Thursday evening.", "Thursday evening", "2021-12-30TEV"),
    ("He left tonight.", "tonight", "2021-12-31TNI"),
  ])
  func times(text: String, expected: String, value: String) {
    let found = tag(text)
    #expect(found.count == 1)
    #expect(found.first?.text == expected)
    #expect(found.first?.value == value)
    #expect(found.first?.type == .time)
  }

  @Test(arguments: [
    ("The meeting lasted 50 minutes.", "50 minutes", "PT50M"),
    ("The meeting lasted almost an hour.", "almost an hour", "PT1H"),
    ("The meeting lasted nearly an hour.", "nearly an hour", "PT1H"),
    ("The meeting lasted an hour and a half.", "an hour and a half", "PT1H30M"),
    ("After a two-hour meeting they left.", "two-hour", "PT2H"),
    ("The strike lasted three days.", "three days", "P3D"),
    ("They have argued for years.", "years", "PXY"),
    ("Profit rose in the past two months.", "the past two months", "P2M"),
  ])
  func durations(text: String, expected: String, value: String) {
    let found = tag(text)
    #expect(found.count == 1)
    #expect(found.first?.text == expected)
    #expect(found.first?.value == value)
    #expect(found.first?.type == .duration)
  }

  @Test func inThreeDaysIsADurationLeadingToADate() throws {
    let found = try #require(tag("The team will return in three days.").first)
    #expect(found.text == "three days")
    #expect(found.value == "P3D")
    #expect(found.date?.iso8601 == "2022-01-03")
  }

  @Test func durationComponents() {
    #expect(tag("It took an hour and a half.").first?.duration == DateComponents(hour: 1, minute: 30))
    #expect(tag("It took 50 minutes.").first?.duration == DateComponents(minute: 50))
    #expect(tag("They waited for years.").first?.duration == nil)
  }

  @Test(arguments: [
    ("They meet every week.", "every week", "P1W"), ("It is published daily.", "daily", "P1D"),
    ("They meet every Monday.", "every Monday", "XXXX-WXX-1"),
  ])
  func sets(text: String, expected: String, value: String) {
    let found = tag(text)
    #expect(found.first?.text == expected)
    #expect(found.first?.value == value)
    #expect(found.first?.type == .set)
  }

  @Test(arguments: [
    ("Prices are high now.", "now", "PRESENT_REF"), ("Prices rose recently.", "recently", "PAST_REF"),
    ("Prices may rise in the future.", "the future", "FUTURE_REF"),
  ])
  func genericReferences(text: String, expected: String, value: String) {
    #expect(only(text)?.0 == expected)
    #expect(only(text)?.1 == value)
  }

  @Test func withoutAReferenceUnknownPartsAreX() {
    #expect(only("It happened on December 30.", reference: nil)?.1 == "XXXX-12-30")
    #expect(only("It happened on Tuesday.", reference: nil)?.1 == "XXXX-WXX-2")
    #expect(only("It happened in 2014.", reference: nil)?.1 == "2014")
    #expect(tag("It happened on December 30.", reference: nil).first?.date == nil)
  }

  @Test func datesAndSpans() throws {
    let text = "Café owners met on Thursday."
    let found = try #require(tag(text).first)
    #expect(found.span.text(in: text) == "Thursday")
    #expect(found.granularity == .day)
    #expect(found.date?.iso8601 == "2021-12-30")
    let month = try #require(tag("Sales fell in March.").first?.date)
    #expect(month.iso8601 == "2021-03/2021-03")
    #expect(month.granularity == .month)
  }

  @Test func numbersThatAreNotTimes() {
    #expect(tag("The index rose 8.50 points to 2,014 and 2014 people came.").isEmpty)
    #expect(tag("It cost $2014 and 45% of users left.").isEmpty)
    #expect(tag("A five-year-old boy may march.").isEmpty)
  }
}
