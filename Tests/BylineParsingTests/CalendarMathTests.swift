import BylineCore
import Foundation
import Testing

@testable import BylineParsing

@Suite struct CalendarMathTests {
  @Test func easternTimeFollowsTheRulesOfItsYear() {
    // Before 2007, US daylight saving time ran from the first Sunday in April to the last Sunday
    // in October: 20 March 2005 was standard time, 31 October 2005 too.
    #expect(DateTextParser.parse("March 20, 2005 10:00 ET")?.iso8601 == "2005-03-20T15:00Z")
    #expect(DateTextParser.parse("October 31, 2005 10:00 ET")?.iso8601 == "2005-10-31T15:00Z")
    #expect(DateTextParser.parse("July 4, 2005 10:00 ET")?.iso8601 == "2005-07-04T14:00Z")
    // Since 2007 it starts on the second Sunday in March.
    #expect(DateTextParser.parse("March 20, 2015 10:00 ET")?.iso8601 == "2015-03-20T14:00Z")
  }

  @Test func namedOffsetsAreFixed() {
    #expect(DateTextParser.parse("March 20, 2005 10:00 EDT")?.iso8601 == "2005-03-20T14:00Z")
    #expect(DateTextParser.parse("July 4, 2005 10:00 EST")?.iso8601 == "2005-07-04T15:00Z")
    #expect(DateTextParser.parse("October 31, 2005 10:00 PT")?.iso8601 == "2005-10-31T18:00Z")
  }

  @Test func datesAreCheckedByTheCalendar() {
    #expect(CalendarMath.isValid(year: 2024, month: 2, day: 29))
    #expect(!CalendarMath.isValid(year: 1900, month: 2, day: 29))
    #expect(!CalendarMath.isValid(year: 2025, month: 4, day: 31))
    #expect(CalendarMath.instant(year: 1970, month: 1, day: 2) == 86400)
    #expect(CalendarMath.date(of: 86400 * 365 - 1, addingDays: 1) == (1971, 1, 1))
  }
}
