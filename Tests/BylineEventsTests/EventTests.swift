import BylineCore
import BylineEntities
import Foundation
import Testing

@testable import BylineEvents

@Suite struct EventTaxonomyTests {
  func types(_ sentence: String) -> [EventType] {
    let words = sentence.lowercased().split { !$0.isLetter && $0 != "-" }.map(String.init)
    return EventTaxonomy.standard.matches(in: words).map(\.type)
  }

  @Test func findsTheTriggersOfNewsEvents() {
    #expect(types("The two leaders held a phone call on Thursday") == [.call])
    #expect(types("Talks will resume in Orvala next week") == [.negotiation])
    #expect(types("The summit ended without a deal") == [.meeting, .agreement])
    #expect(types("New sanctions were announced") == [.sanction])
    #expect(types("The invasion began at dawn") == [.invasion])
  }

  @Test func takesNounsThatAreAlsoVerbsOnlyAsNouns() {
    #expect(types("They call it a mistake") == [])
    #expect(types("He called for calm and said the call was useful") == [.call])
    #expect(types("Leaders will call on both sides") == [])
  }

  @Test func takesTheLongestTriggerAndAcceptsNewOnes() {
    var taxonomy = EventTaxonomy()
    taxonomy.add("peace conference", as: .meeting)
    taxonomy.add("conference", as: .statement)
    let words = ["the", "peace", "conference", "opened"]
    let matches = taxonomy.matches(in: words)
    #expect(matches.count == 1)
    #expect(matches.first?.range == 1..<3)
    #expect(matches.first?.type == .meeting)
  }
}

@Suite struct QuantityExtractorTests {
  let extractor = QuantityExtractor()

  @Test func moneyWithItsCurrency() {
    let found = extractor.quantities(in: "The fund grew by $2.3 billion and €40m, or 100,000 rubles.")
    #expect(found.map(\.unit) == ["USD", "EUR", "RUB"])
    #expect(found.map(\.value) == [2.3e9, 4e7, 1e5])
  }

  @Test func countsLengthsAndPercentages() {
    let found = extractor.quantities(in: "More than 100,000 troops gathered 1,500 km away, up 4.5 percent.")
    #expect(found.count == 3)
    #expect(found[0].unit == "troops")
    #expect(found[0].value == 100_000)
    #expect(found[0].isApproximate)
    #expect(found[1].unit == "km")
    #expect(found[1].value == 1_500)
    #expect(found[2].unit == "percent")
  }

  @Test func yearsClockTimesAndDurationsAreNotCounts() {
    #expect(extractor.quantities(in: "In 2021 the talks at 3 pm lasted 50 minutes.").isEmpty)
  }
}

@Suite struct EventFusionTests {
  func article(_ id: String, outlet: String, _ mentions: [EventMention]) -> NewsArticle {
    var article = NewsArticle(id: ArticleID(id), title: id, body: String(repeating: "x", count: 400))
    article.outlet = outlet
    article.annotations[EventMentionsKey.self] = mentions
    return article
  }

  func day(_ text: String) -> EventTime {
    let parts = text.split(separator: "-").compactMap { Int($0) }
    var components = DateComponents()
    components.year = parts[0]
    components.month = parts[1]
    components.day = parts[2]
    components.timeZone = TimeZone(identifier: "UTC")
    return .instant(Calendar(identifier: .gregorian).date(from: components)!, granularity: .day)
  }

  func mention(
    _ article: String, _ type: EventType, day: String?, _ people: [String], place: String? = nil,
    sentence: Int = 0, minutes: Double? = nil, text: String = ""
  ) -> EventMention {
    EventMention(
      articleID: ArticleID(article), type: type, trigger: type.rawValue,
      triggerSpan: TextSpan(start: sentence * 10, end: sentence * 10 + 4), sentence: sentence,
      sentenceSpan: TextSpan(start: sentence * 10, end: sentence * 10 + 9),
      participants: people.map { EventParticipant(name: $0, role: .participant) }, time: day.map(self.day),
      location: place.map { EventLocation(name: $0) },
      quantities: minutes.map {
        [EventQuantity(value: $0, unit: "minutes", text: text, isApproximate: text.contains("almost"))]
      } ?? [])
  }

  @Test func reportsOfOneCallInSeveralArticlesBecomeOneEvent() {
    let fused = EventFusion().fuse(
      [
        article("a", outlet: "One", [mention("a", .call, day: "2031-05-08", ["Orla Vesk", "Tam Brode"])]),
        article("b", outlet: "Two", [mention("b", .call, day: "2031-05-08", ["Vesk"])]),
        article("c", outlet: "Three", [mention("c", .negotiation, day: "2031-05-08", ["Tam Brode"])]),
      ],
      entities: [
        ResolvedEntity(
          id: "person:orla-vesk", canonicalName: "Orla Vesk", kind: .person, aliases: ["Vesk"],
          occurrences: [
            EntityOccurrence(articleID: "b", sentence: 0, span: TextSpan(start: 0, end: 4), text: "Vesk")
          ])
      ])
    #expect(fused.count == 1)
    let event = fused[0].event
    #expect(event.type == .call)
    #expect(event.sources.map(\.articleID) == ["a", "b", "c"])
    #expect(event.sources.map(\.outlet) == ["One", "Two", "Three"])
    #expect(event.evidence.count == 3)
    #expect(Set(event.participants.map(\.name)) == ["Orla Vesk", "Tam Brode"])
    #expect(event.participants.first { $0.name == "Orla Vesk" }?.entityID == "person:orla-vesk")
    #expect(event.time?.iso8601 == "2031-05-08")
  }

  @Test func talksOnDifferentDaysOrInDifferentPlacesStayApart() {
    let fused = EventFusion().fuse(
      [
        article(
          "a", outlet: "One",
          [
            mention("a", .call, day: "2031-05-08", ["Orla Vesk"], sentence: 0),
            mention("a", .negotiation, day: "2031-06-10", ["Orla Vesk"], place: "Tolvane", sentence: 1),
            mention("a", .negotiation, day: "2031-06-12", ["Orla Vesk"], place: "Marsk", sentence: 2),
          ]),
        article(
          "b", outlet: "Two", [mention("b", .negotiation, day: "2031-06-10", ["Orla Vesk"], place: "Tolvane")]
        ),
      ], entities: [])
    #expect(fused.map { $0.event.time?.iso8601 ?? "" } == ["2031-05-08", "2031-06-10", "2031-06-12"])
    #expect(fused[1].event.sources.count == 2)
    #expect(fused[1].event.location?.name == "Tolvane")
    #expect(fused[2].event.sources.count == 1)
  }

  @Test func differentTypesOfEventNeverFuse() {
    let fused = EventFusion().fuse(
      [
        article(
          "a", outlet: "One",
          [
            mention("a", .sanction, day: "2031-05-08", ["Orla Vesk"], sentence: 0),
            mention("a", .call, day: "2031-05-08", ["Orla Vesk"], sentence: 1),
          ])
      ], entities: [])
    #expect(fused.count == 2)
  }

  @Test func anUndatedMentionJoinsTheEventItsArticleDates() {
    let fused = EventFusion().fuse(
      [
        article(
          "a", outlet: "One",
          [
            mention("a", .call, day: "2031-05-08", ["Orla Vesk"], sentence: 0),
            mention("a", .call, day: nil, [], sentence: 3, minutes: 50, text: "50 minutes"),
          ])
      ], entities: [])
    #expect(fused.count == 1)
    #expect(fused[0].mentions.count == 2)
    #expect(fused[0].event.quantities.first?.value == 50)
  }

  @Test func sourcesThatStateDifferentLengthsDisagree() {
    let fused = EventFusion().fuse(
      [
        article(
          "a", outlet: "One",
          [mention("a", .call, day: "2031-05-08", ["Orla Vesk"], minutes: 50, text: "50 minutes")]),
        article(
          "b", outlet: "Two",
          [mention("b", .call, day: "2031-05-08", ["Orla Vesk"], minutes: 60, text: "almost an hour")]),
        article(
          "c", outlet: "Three",
          [mention("c", .call, day: "2031-05-08", ["Orla Vesk"], minutes: 60, text: "almost an hour")]),
      ], entities: [])
    #expect(fused.count == 1)
    let disagreements = DisagreementFinder().disagreements(in: fused[0])
    let duration = disagreements.first { $0.attribute == "duration" }
    #expect(duration?.values.map(\.value) == ["almost an hour", "50 minutes"])
    #expect(duration?.values.map(\.sources) == [["b", "c"], ["a"]])
    #expect(!disagreements.contains { $0.attribute == "date" })
  }

  @Test func aSourceThatLeavesAFactOutDoesNotDisagree() {
    let fused = EventFusion().fuse(
      [
        article(
          "a", outlet: "One",
          [
            mention(
              "a", .call, day: "2031-05-08", ["Orla Vesk", "Tam Brode"], minutes: 50, text: "50 minutes")
          ]),
        article("b", outlet: "Two", [mention("b", .call, day: "2031-05-08", ["Orla Vesk"])]),
      ], entities: [])
    #expect(DisagreementFinder().disagreements(in: fused[0]).isEmpty)
  }
}
