import BylineCore
import BylineEntities
import BylineParsing
import Foundation
import Testing

@testable import BylineEvents

@Suite struct EventExtractorTests {
  static let reference = PublicationDate(iso8601: "2031-05-09")!.date

  /// An article with sentences, entity mentions at every occurrence of `names`, and the times the
  /// temporal tagger finds.
  func mentions(_ body: String, names: [(String, EntityKind)]) -> [EventMention] {
    var article = NewsArticle(title: "", body: body)
    article.sentences = SentenceSegmenter.sentences(
      in: body, paragraphs: [TextSpan(start: 0, end: body.utf8.count)])
    var entityMentions: [EntityMention] = []
    for (name, kind) in names {
      var searchStart = body.startIndex
      while let range = body.range(of: name, range: searchStart..<body.endIndex) {
        let span = TextSpan(range, in: body)
        let sentence = article.sentences.firstIndex { $0.contains(span) } ?? 0
        entityMentions.append(
          EntityMention(span: span, text: name, kind: kind, confidence: 1, sentence: sentence))
        searchStart = range.upperBound
      }
    }
    article.annotations[EntityMentionsKey.self] = entityMentions.sorted { $0.span < $1.span }
    let times = TemporalTagger().expressions(in: body, reference: Self.reference).map(TimeFact.init)
    return EventExtractor().mentions(in: article, times: times)
  }

  @Test func participantsTimeAndPlaceComeFromTheSentence() throws {
    let found = mentions(
      "Orla Vesk and Tam Brode met in Tolvane on Tuesday.",
      names: [("Orla Vesk", .person), ("Tam Brode", .person), ("Tolvane", .location)])
    let meeting = try #require(found.first)
    #expect(meeting.type == .meeting)
    #expect(meeting.participants.map(\.name) == ["Orla Vesk", "Tam Brode"])
    #expect(meeting.participants.allSatisfy { $0.role == .participant })
    #expect(meeting.location?.name == "Tolvane")
    #expect(meeting.time?.iso8601 == "2031-05-06")
    #expect(!meeting.isTimeInherited)
  }

  @Test func directedEventsHaveAnAgentAndATarget() throws {
    let found = mentions(
      "Veldoria attacked Marsk on Monday.", names: [("Veldoria", .location), ("Marsk", .location)])
    let attack = try #require(found.first { $0.type == .attack })
    #expect(attack.participants.first { $0.name == "Veldoria" }?.role == .agent)
    #expect(attack.participants.first { $0.name == "Marsk" }?.role == .target)
  }

  @Test func whoeverReportsTheEventIsNotTakingPartInIt() throws {
    let found = mentions(
      "Dana Krell said the talks with Orla Vesk failed.",
      names: [("Dana Krell", .person), ("Orla Vesk", .person)])
    let talks = try #require(found.first)
    #expect(talks.participants.map(\.name) == ["Orla Vesk"])
  }

  @Test func aLaterSentenceTakesTheTimeOfTheEventAndItsDuration() throws {
    let found = mentions(
      "Orla Vesk held a phone call with Tam Brode on Thursday. The call lasted almost an hour.",
      names: [("Orla Vesk", .person), ("Tam Brode", .person)])
    #expect(found.count == 2)
    #expect(found[1].time == found[0].time)
    #expect(found[1].isTimeInherited)
    let length = try #require(found[1].quantities.first { $0.unit == "minutes" })
    #expect(length.value == 60)
    #expect(length.isApproximate)
  }

  @Test func aSentenceWithItsOwnUnresolvedTimeInheritsNone() throws {
    var article = NewsArticle(
      title: "",
      body: "A phone call took place on Thursday. An earlier call was at the beginning of December.")
    article.sentences = SentenceSegmenter.sentences(
      in: article.body, paragraphs: [TextSpan(start: 0, end: article.body.utf8.count)])
    let times = TemporalTagger().expressions(in: article.body, reference: nil).map(TimeFact.init)
    let found = EventExtractor().mentions(in: article, times: times)
    #expect(found.count == 2)
    #expect(found[0].weekday == 4)
    #expect(found[1].weekday == nil)
    #expect(found[1].hasUnresolvedTime)
  }

  @Test func oneSentenceWithSeveralDatesAndPlacesGivesOneEventEach() throws {
    let found = mentions(
      "Talks will be held with Marsk in Tolvane on May 12, and with Orla Vesk in Karvo on May 14.",
      names: [("Marsk", .organization), ("Tolvane", .location), ("Orla Vesk", .person), ("Karvo", .location)])
    #expect(found.map { $0.time?.iso8601 ?? "" } == ["2031-05-12", "2031-05-14"])
    #expect(found.map { $0.location?.name ?? "" } == ["Tolvane", "Karvo"])
    #expect(found.map { $0.participants.map(\.name) } == [["Marsk"], ["Orla Vesk"]])
  }
}
