import BylineCore
import Foundation
import Testing

enum ScoreKey: AnnotationKey { typealias Value = Double }
enum TagsKey: AnnotationKey { typealias Value = [String] }

/// Encodes, decodes, and compares, so every core type proves it survives JSON unchanged.
func roundTrip<Value: Codable & Equatable>(_ value: Value) throws -> Value {
  let data = try JSONEncoder().encode(value)
  let decoded = try JSONDecoder().decode(Value.self, from: data)
  #expect(decoded == value, "round trip changed \(Value.self): \(String(decoding: data, as: UTF8.self))")
  return decoded
}

@Suite struct CodableRoundTripTests {
  let body = "Ministers met in Lisbon. «Agreement», said Aalund — at last…"

  @Test func spansAndIdentifiers() throws {
    _ = try roundTrip(TextSpan(start: 3, end: 9))
    _ = try roundTrip(ArticleID("a1"))
    _ = try roundTrip(EntityID("e1"))
    _ = try roundTrip(EventID("v1"))
    _ = try roundTrip(Provenance(source: "feed.jsonl", line: 12, record: 11))
    _ = try roundTrip(RemovedText(reason: "comments", text: "Leave a Reply"))
  }

  @Test(arguments: DatePrecision.allCases)
  func publicationDateAtEveryPrecision(_ precision: DatePrecision) throws {
    let date = Date(timeIntervalSince1970: 1_741_948_325.75)  // 2025-03-14T10:32:05.75Z
    let published = PublicationDate(date, precision: precision, isInferred: true, sourceText: "x")
    let decoded = try roundTrip(published)
    #expect(decoded.precision == precision)
  }

  @Test func eventTimes() throws {
    let start = Date(timeIntervalSince1970: 1_741_948_325)
    _ = try roundTrip(EventTime.instant(start, granularity: .day, sourceText: "Friday"))
    let interval = try roundTrip(
      EventTime.interval(from: start, to: start.addingTimeInterval(86_400 * 40), granularity: .month))
    #expect(interval.iso8601 == "2025-03/2025-04")
  }

  @Test func fullArticleWithAnnotations() throws {
    var annotations = Annotations()
    annotations[ScoreKey.self] = 0.25
    annotations[TagsKey.self] = ["fishing", "trade"]
    let article = NewsArticle(
      id: "fishing-1", title: "Talks end", body: body, outlet: "Meridian Wire",
      url: URL(string: "https://example.org/a?b=1"), authors: ["Jane Doe", "Ola Berg"],
      published: PublicationDate(iso8601: "2025-04-03T10:32+02:00"), language: "en",
      provenance: Provenance(source: "corpus/a.txt", line: 1),
      paragraphs: [TextSpan(start: 0, end: body.utf8.count)],
      sentences: [TextSpan(start: 0, end: 24), TextSpan(start: 25, end: body.utf8.count)],
      tokens: [TextSpan(start: 0, end: 9)],
      removed: [RemovedText(reason: "navigation", text: "Home | World", line: 1)], annotations: annotations)
    let decoded = try roundTrip(article)
    #expect(decoded.annotations[ScoreKey.self] == 0.25)
    #expect(decoded.annotations[TagsKey.self] == ["fishing", "trade"])
    #expect(decoded.published?.precision == .minute)
    #expect(decoded.published?.iso8601 == "2025-04-03T08:32Z")
  }

  @Test func entityEventAndCorpus() throws {
    let mention = Mention(articleID: "a1", span: TextSpan(start: 0, end: 9), text: "Ministers")
    let entity = NamedEntity(
      id: "e1", canonicalName: "Henrike Aalund", kind: .person, aliases: ["Aalund", "Olund"],
      mentions: [mention], knowledgeBaseIDs: ["wikidata": "Q1"])
    _ = try roundTrip(entity)
    let event = NewsEvent(
      id: "v1", type: .agreement, summary: "Provisional fishing deal",
      time: .instant(Date(timeIntervalSince1970: 1_743_638_400), granularity: .day),
      location: EventLocation(name: "Lisbon", entityID: "e9"),
      participants: [EventParticipant(name: "Brenmark", entityID: "e2", role: .agent)],
      quantities: [EventQuantity(value: 46, unit: "percent", text: "46%", isApproximate: false)],
      evidence: [EventEvidence(articleID: "a1", sentence: TextSpan(start: 0, end: 24))],
      sources: [EventSource(articleID: "a1", outlet: "Meridian Wire")])
    _ = try roundTrip(event)
    var corpus = Corpus([NewsArticle(title: "t", body: "b")])
    corpus.annotations[TagsKey.self] = ["x"]
    _ = try roundTrip(corpus)
    _ = try roundTrip(EntityKind("weapon"))
    _ = try roundTrip(EventType.attack)
    _ = try roundTrip(ParticipantRole.victim)
    _ = try roundTrip(Capability.annotation(TagsKey.self))
    _ = try roundTrip(JSONValue.object(["a": .array([.number(1.5), .bool(true), .null, .string("s")])]))
  }

  @Test func annotationsFromUnknownPluginsSurviveReexport() throws {
    let json = #"{"body":"Text.","annotations":{"ForeignKey":{"nested":[1,2]},"ScoreKey":0.5}}"#
    let article = try JSONDecoder().decode(NewsArticle.self, from: Data(json.utf8))
    #expect(article.annotations[ScoreKey.self] == 0.5)
    #expect(article.annotations.names == ["ForeignKey", "ScoreKey"])
    #expect(
      article.annotations.jsonValue(named: "ForeignKey")
        == .object(["nested": .array([.number(1), .number(2)])]))
    let again = try roundTrip(article)
    #expect(
      again.annotations.jsonValue(named: "ForeignKey") == article.annotations.jsonValue(named: "ForeignKey"))
  }

  @Test func typedAndDecodedAnnotationsCompareByValue() throws {
    var typed = Annotations()
    typed[ScoreKey.self] = 0.5
    let decoded = try JSONDecoder().decode(Annotations.self, from: Data(#"{"ScoreKey":0.5}"#.utf8))
    #expect(typed == decoded)
    typed[ScoreKey.self] = 0.6
    #expect(typed != decoded)
  }

  @Test func lenientArticleDecodingDerivesID() throws {
    let one = try JSONDecoder().decode(NewsArticle.self, from: Data(#"{"title":"T","body":"B"}"#.utf8))
    let two = try JSONDecoder().decode(NewsArticle.self, from: Data(#"{"title":"T","body":"B"}"#.utf8))
    #expect(one.id == two.id)
    #expect(one.id.rawValue.count == 17)
    #expect(one.authors.isEmpty && one.sentences.isEmpty)
  }

  @Test func invalidInputIsRejectedNotCrashed() {
    #expect(throws: DecodingError.self) {
      try JSONDecoder().decode(TextSpan.self, from: Data(#"{"start":5,"end":2}"#.utf8))
    }
    #expect(throws: DecodingError.self) {
      try JSONDecoder().decode(
        NewsArticle.self, from: Data(#"{"body":"ab","sentences":[{"start":0,"end":9}]}"#.utf8))
    }
    #expect(throws: DecodingError.self) {
      try JSONDecoder().decode(PublicationDate.self, from: Data(#"{"date":"14 March"}"#.utf8))
    }
    #expect(throws: DecodingError.self) {
      try JSONDecoder().decode(NewsArticle.self, from: Data(#"{"title":"no body"}"#.utf8))
    }
  }
}
