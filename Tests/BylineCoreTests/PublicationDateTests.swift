import BylineCore
import Foundation
import Testing

@Suite struct PublicationDateTests {
  @Test(arguments: [
    ("2025", DatePrecision.year, "2025"),
    ("2025-03", .month, "2025-03"),
    ("2025-03-14", .day, "2025-03-14"),
    ("2025-03-14T10Z", .hour, "2025-03-14T10Z"),
    ("2025-03-14T10:32Z", .minute, "2025-03-14T10:32Z"),
    ("2025-03-14T10:32:05.250Z", .second, "2025-03-14T10:32:05Z"),
    ("2025-03-14T23:30:00-02:00", .second, "2025-03-15T01:30:00Z"),
    ("2025-03-14 10:32", .minute, "2025-03-14T10:32Z"),
  ])
  func parsesISO8601(_ text: String, _ precision: DatePrecision, _ normalised: String) throws {
    let date = try #require(PublicationDate(iso8601: text))
    #expect(date.precision == precision)
    #expect(date.iso8601 == normalised)
  }

  @Test(arguments: [
    "", "14/03/2025", "2025-13", "2025-03-32", "2025-02-30", "2025-03-14T25:00Z", "2025-03-14junk",
  ])
  func rejectsWhatIsNotISO8601(_ text: String) {
    #expect(PublicationDate(iso8601: text) == nil)
  }

  @Test func truncatesToPrecision() {
    let date = PublicationDate(iso8601: "2025-03-14T10:32Z")!.date
    let month = PublicationDate(date, precision: .month)
    #expect(month.iso8601 == "2025-03")
    #expect(month.date == PublicationDate(iso8601: "2025-03-01")!.date)
    #expect(month.description == "2025-03")
    #expect(PublicationDate(date, isInferred: true).description == "2025-03-14 (inferred)")
  }

  @Test func eventTypeHierarchy() {
    #expect(EventType.attack.parent == "conflict")
    #expect(EventType.attack.isKind(of: "conflict"))
    #expect(!EventType("conflicted").isKind(of: "conflict"))
    #expect(EventType.statement.parent == nil)
  }
}
