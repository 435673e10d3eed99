import BylineCore
import Foundation

/// An event fused from the mentions of it in one or more articles.
public struct FusedEvent: Hashable, Sendable, Codable {
  /// The event: type, time, place, participants, quantities, evidence and sources.
  public var event: NewsEvent
  /// The mentions it was made from.
  public var mentions: [EventMention]
}

/// Fuses event mentions across articles: reports of the same happening become one event with all
/// its sources, evidence sentences per source and the union of participants; different
/// happenings (a call on one date, talks on another) stay apart.
///
/// Two mentions are the same happening when their types are of one family (a call is also
/// called "talks" or "a conversation"; see ``families``), their days agree when both are known,
/// they share a participant when both name any (not needed for ``placeDefined`` types on a known
/// day), and their places agree when both name one. A
/// mention without a day joins the one event of its family it shares most participants with in
/// its own article, or across articles when exactly one event fits.
public struct EventFusion: Sendable {
  /// Types that reports use for the same happening.
  public static let families: [Set<EventType>] = [
    [.call, .negotiation, .meeting], [.attack, .invasion], [.agreement], [.death, .injury],
  ]

  /// Types whose happenings are told apart by day and place, not by who is named: a fire, a
  /// flood, a protest on one day in one place is one event whoever the reports quote.
  public static let placeDefined: Set<EventType> = [
    .disaster, .accident, .protest, .economicPolicy, .death, .injury, .movement,
  ]

  /// Creates a fusion.
  public init() {}

  private static func family(of type: EventType) -> String {
    if let index = families.firstIndex(where: { $0.contains(type) }) { return "family\(index)" }
    return type.rawValue
  }

  private struct Cluster {
    var family: String
    var mentions: [Int]
    var days: Set<String>
    var participants: Set<String>
    var locations: Set<String>
    var articles: Set<ArticleID>
    var weekdays: Set<Int> = []
    var months: Set<String> = []
  }

  /// Fuses the mentions stored on `articles` (``EventMentionsKey``), naming participants and
  /// places by the resolved `entities`. Events come in time order, undated ones last.
  public func fuse(_ articles: [NewsArticle], entities: [NamedEntity]) -> [FusedEvent] {
    let mentions = Self.linkedMentions(articles, entities: entities)
    var clusters = Self.clusters(of: mentions)
    Self.joinUndated(&clusters, mentions: mentions)
    clusters.removeAll { $0.mentions.isEmpty }
    return Self.events(from: clusters, mentions: mentions, articles: articles)
  }

  /// The mentions of every article, in order, their participants and places linked to `entities`.
  private static func linkedMentions(_ articles: [NewsArticle], entities: [NamedEntity]) -> [EventMention] {
    let linker = EntityLinker(entities: entities)
    var mentions: [EventMention] = []
    for article in articles {
      for var mention in article.annotations[EventMentionsKey.self] ?? [] {
        for index in mention.participants.indices {
          mention.participants[index].entityID =
            linker.entity(named: mention.participants[index].name, in: article.id)?.id
        }
        if let location = mention.location {
          mention.location?.entityID = linker.entity(named: location.name, in: article.id)?.id
        }
        mentions.append(mention)
      }
    }
    return mentions
  }

  /// What a mention is clustered by: its family, its day, its participants and its place.
  private struct MentionKeys {
    var family: String
    var day: String?
    var people: Set<String>
    var place: String?

    init(_ mention: EventMention) {
      family = EventFusion.family(of: mention.type)
      day = EventFusion.day(of: mention)
      people = Set(mention.participants.map { $0.entityID?.rawValue ?? $0.name.lowercased() })
      place = mention.location.map { $0.entityID?.rawValue ?? $0.name.lowercased() }
    }
  }

  /// The `YYYY-MM-DD` of a mention dated to the day or finer.
  private static func day(of mention: EventMention) -> String? {
    guard let time = mention.time, time.granularity >= .day else { return nil }
    return String(time.iso8601.prefix(10))
  }

  /// Mentions in clusters, one pass in order: dated mentions first, so that undated ones join
  /// events that already have their days.
  private static func clusters(of mentions: [EventMention]) -> [Cluster] {
    let order = mentions.indices.sorted { first, second in
      let a = (day(of: mentions[first]) == nil ? 1 : 0, mentions[first].isTimeInherited ? 1 : 0)
      let b = (day(of: mentions[second]) == nil ? 1 : 0, mentions[second].isTimeInherited ? 1 : 0)
      return a != b ? a < b : first < second
    }
    var clusters: [Cluster] = []
    for index in order {
      let mention = mentions[index]
      let keys = MentionKeys(mention)
      let candidates = clusters.indices.filter { fits(mention, keys, clusters[$0]) }
      let best = candidates.max { a, b in
        let left = (clusters[a].participants.intersection(keys.people).count, clusters[a].mentions.count, -a)
        let right = (clusters[b].participants.intersection(keys.people).count, clusters[b].mentions.count, -b)
        return left < right
      }
      let undatedAcrossArticles =
        keys.day == nil && best.map { !clusters[$0].articles.contains(mention.articleID) } ?? false
      if let best, !(undatedAcrossArticles && candidates.count > 1) {
        clusters[best].mentions.append(index)
        if let day = keys.day, !mention.isTimeInherited { clusters[best].days.insert(day) }
        clusters[best].participants.formUnion(keys.people)
        if let place = keys.place { clusters[best].locations.insert(place) }
        clusters[best].articles.insert(mention.articleID)
        if let weekday = mention.weekday { clusters[best].weekdays.insert(weekday) }
        if let month = month(of: mention) { clusters[best].months.insert(month) }
      } else {
        var cluster = Cluster(
          family: keys.family, mentions: [index], days: keys.day.map { [$0] } ?? [],
          participants: keys.people,
          locations: keys.place.map { [$0] } ?? [], articles: [mention.articleID])
        if let weekday = mention.weekday { cluster.weekdays.insert(weekday) }
        if let month = month(of: mention) { cluster.months.insert(month) }
        clusters.append(cluster)
      }
    }
    return clusters
  }

  /// Whether `mention` (with its `keys`) may join `cluster`: same family, no clash of day, place,
  /// participants, weekday or month, and something that ties them.
  private static func fits(_ mention: EventMention, _ keys: MentionKeys, _ cluster: Cluster) -> Bool {
    let people = keys.people
    guard cluster.family == keys.family else { return false }
    if let day = keys.day, !cluster.days.isEmpty, !cluster.days.contains(day) { return false }
    if let place = keys.place, !cluster.locations.isEmpty, !cluster.locations.contains(place) { return false }
    if !people.isEmpty, !cluster.participants.isEmpty, people.isDisjoint(with: cluster.participants),
      !(placeDefined.contains(mention.type) && keys.day != nil)
    {
      return false
    }
    if keys.day == nil, let weekday = mention.weekday,
      cluster.days.contains(where: { Self.weekday(of: $0) != weekday })
    {
      return false
    }
    if keys.day == nil, let month = month(of: mention), cluster.days.contains(where: { !$0.hasPrefix(month) })
    {
      return false
    }
    if keys.day == nil, mention.hasUnresolvedTime, !cluster.days.isEmpty { return false }
    if keys.day == nil || cluster.days.isEmpty {
      // Without a day to agree on, the same article or a shared participant must tie them.
      return cluster.articles.contains(mention.articleID) || !people.isDisjoint(with: cluster.participants)
    }
    return !people.isEmpty || cluster.articles.contains(mention.articleID) || keys.place != nil
  }

  /// Undated events join a dated event of their family that fits them and that they share an
  /// article or a participant with, when exactly one fits best; repeated until nothing moves. A
  /// cluster that joins another is left empty.
  private static func joinUndated(_ clusters: inout [Cluster], mentions: [EventMention]) {
    var moved = true
    while moved {
      moved = false
      for undated in clusters.indices
      where clusters[undated].days.isEmpty && !clusters[undated].mentions.isEmpty {
        let source = clusters[undated]
        if source.mentions.allSatisfy({ mentions[$0].hasUnresolvedTime }) { continue }
        let fits = clusters.indices.filter { target in
          target != undated && datedCluster(clusters[target], canTake: source)
        }
        let scored = fits.map { target in
          (
            target,
            clusters[target].participants.intersection(source.participants).count
              + (clusters[target].articles.isDisjoint(with: source.articles) ? 0 : 2)
          )
        }.sorted { $0.1 > $1.1 }
        guard let best = scored.first, scored.count == 1 || scored[1].1 < best.1 else { continue }
        clusters[best.0].mentions += source.mentions
        clusters[best.0].participants.formUnion(source.participants)
        clusters[best.0].locations.formUnion(source.locations)
        clusters[best.0].articles.formUnion(source.articles)
        clusters[undated].mentions = []
        moved = true
      }
    }
  }

  /// Whether the undated `source` may join the dated `cluster`: same family, no clash of weekday,
  /// month or place, and an article or a participant in common.
  private static func datedCluster(_ cluster: Cluster, canTake source: Cluster) -> Bool {
    guard cluster.family == source.family, !cluster.days.isEmpty else { return false }
    if cluster.days.contains(where: { day in
      source.weekdays.contains { $0 != weekday(of: day) } || source.months.contains { !day.hasPrefix($0) }
    }) {
      return false
    }
    if !source.locations.isEmpty, !cluster.locations.isEmpty,
      source.locations.isDisjoint(with: cluster.locations)
    {
      return false
    }
    return !source.articles.isDisjoint(with: cluster.articles)
      || !source.participants.isDisjoint(with: cluster.participants)
  }

  /// One event per cluster that has something to stand on, in time order, undated ones last.
  private static func events(from clusters: [Cluster], mentions: [EventMention], articles: [NewsArticle])
    -> [FusedEvent]
  {
    let outlets = Dictionary(articles.map { ($0.id, $0.outlet) }, uniquingKeysWith: { first, _ in first })
    let bodies = Dictionary(articles.map { ($0.id, $0.body) }, uniquingKeysWith: { first, _ in first })
    var events: [FusedEvent] = []
    for cluster in clusters {
      let members = cluster.mentions.sorted().map { mentions[$0] }
      // An event needs something to stand on: a time, a participant or more than one report.
      guard members.contains(where: { $0.time != nil || !$0.participants.isEmpty }) || members.count > 1
      else {
        continue
      }
      events.append(
        FusedEvent(event: event(from: members, outlets: outlets, bodies: bodies), mentions: members))
    }
    return events.sorted { a, b in
      switch (a.event.time, b.event.time) {
      case (let left?, let right?) where left.start != right.start: return left.start < right.start
      case (nil, _?): return false
      case (_?, nil): return true
      default: return a.event.id < b.event.id
      }
    }
  }

  /// The `YYYY-MM` of a mention dated only to the month.
  static func month(of mention: EventMention) -> String? {
    guard let time = mention.time, time.granularity == .month else { return nil }
    return String(time.iso8601.prefix(7))
  }

  /// The ISO weekday (1 is Monday) of a `YYYY-MM-DD` day.
  static func weekday(of day: String) -> Int? {
    let parts = day.split(separator: "-").compactMap { Int($0) }
    guard parts.count == 3 else { return nil }
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC")!
    guard let date = calendar.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2]))
    else {
      return nil
    }
    return (calendar.component(.weekday, from: date) + 5) % 7 + 1
  }

  private static func event(
    from mentions: [EventMention], outlets: [ArticleID: String?], bodies: [ArticleID: String]
  ) -> NewsEvent {
    func majority<Value: Hashable>(_ values: [Value], tieBreak: (Value, Value) -> Bool) -> Value? {
      let counts = Dictionary(values.map { ($0, 1) }, uniquingKeysWith: +)
      return counts.max { a, b in a.value != b.value ? a.value < b.value : tieBreak(b.key, a.key) }?.key
    }
    let types = mentions.map(\.type)
    let type = majority(types) { $0.rawValue < $1.rawValue } ?? mentions[0].type
    let stated = mentions.filter { !$0.isTimeInherited }.compactMap(\.time)
    let time = majority(stated.isEmpty ? mentions.compactMap(\.time) : stated) { a, b in
      a.granularity != b.granularity ? a.granularity > b.granularity : a.iso8601 < b.iso8601
    }
    let location = majority(mentions.compactMap(\.location)) { $0.name < $1.name }
    // Each kept once, in the order first met; sets, so that an event with thousands of mentions
    // costs no more than their number.
    var participants: [EventParticipant] = []
    var seenEntities: Set<EntityID> = []
    var seenNames: Set<String> = []
    for participant in mentions.flatMap(\.participants) {
      let known = participant.entityID.map(seenEntities.contains) ?? false
      guard !known && !seenNames.contains(participant.name) else { continue }
      participants.append(participant)
      if let id = participant.entityID { seenEntities.insert(id) }
      seenNames.insert(participant.name)
    }
    var quantities: [EventQuantity] = []
    var seenQuantities: Set<EventQuantity> = []
    for quantity in mentions.flatMap(\.quantities) where seenQuantities.insert(quantity).inserted {
      quantities.append(quantity)
    }
    var evidence: [EventEvidence] = []
    var seenEvidence: Set<EventEvidence> = []
    var sources: [EventSource] = []
    var seenSources: Set<ArticleID> = []
    for mention in mentions {
      let item = EventEvidence(articleID: mention.articleID, sentence: mention.sentenceSpan)
      if seenEvidence.insert(item).inserted { evidence.append(item) }
      if seenSources.insert(mention.articleID).inserted {
        sources.append(EventSource(articleID: mention.articleID, outlet: outlets[mention.articleID] ?? nil))
      }
    }
    let first = mentions[0]
    // No more of the sentence is copied than the summary keeps.
    let summary =
      bodies[first.articleID].map { String(first.sentenceSpan.text(in: $0).prefix(241)) } ?? first.trigger
    let identity =
      ([type.rawValue, time?.iso8601 ?? "", location?.name ?? ""]
      + participants.map { $0.entityID?.rawValue ?? $0.name }.sorted()).joined(separator: "|")
    // The same hash the core derives article ids with, marked "e" for an event.
    let hex = ArticleID.derived(fromContent: identity).rawValue.dropFirst()
    return NewsEvent(
      id: EventID("e" + hex), type: type,
      summary: summary.count > 240 ? String(summary.prefix(239)) + "…" : summary, time: time,
      location: location,
      participants: participants, quantities: quantities, evidence: evidence, sources: sources)
  }
}

/// Names in an article matched to resolved entities.
struct EntityLinker {
  private var byArticleAndName: [String: NamedEntity] = [:]
  private var byName: [String: NamedEntity] = [:]

  init(entities: [NamedEntity]) {
    for entity in entities {
      for occurrence in entity.occurrences {
        byArticleAndName[occurrence.articleID.rawValue + "\u{0}" + occurrence.text] = entity
      }
      for name in [entity.canonicalName] + entity.aliases where byName[name.lowercased()] == nil {
        byName[name.lowercased()] = entity
      }
    }
  }

  func entity(named name: String, in article: ArticleID) -> NamedEntity? {
    byArticleAndName[article.rawValue + "\u{0}" + name] ?? byName[name.lowercased()]
  }
}
