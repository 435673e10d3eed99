import BylineCore

/// A fact about a fused event on which its sources differ.
public struct Disagreement: Hashable, Sendable, Codable {
  /// One value reported, with the articles that report it.
  public struct Value: Hashable, Sendable, Codable {
    /// The value as written (or, for dates, normalised).
    public var value: String
    /// The articles that report it.
    public var sources: [ArticleID]
  }

  /// The event.
  public var event: EventID
  /// What they differ on: `duration`, `date`, `location`, `participants`, or a quantity's unit
  /// (`troops`, `USD`, `km`, …).
  public var attribute: String
  /// The different values, most reported first.
  public var values: [Value]
}

/// Lists, for a fused event, the facts its sources report differently: numbers (durations,
/// amounts, lengths, counts), dates, places and participants, each source's value named.
///
/// Values are compared normalised: durations in minutes (an approximate value such as "almost
/// an hour" differs from an exact "50 minutes"), amounts in their unit, dates by day, places by
/// entity, participants by entity. A source that does not state a fact does not disagree.
public struct DisagreementFinder: Sendable {
  /// Creates a finder.
  public init() {}

  /// Each value reported for one fact, keyed by its normalised form: as written, and by whom.
  typealias Reports = [String: (text: String, sources: Set<ArticleID>)]

  /// The disagreements among the sources of `fused`. With `kinds` (the kind of each resolved
  /// entity), participants are compared among people only, which is what readers compare; without
  /// it, among every named participant.
  public func disagreements(in fused: FusedEvent, kinds: [EntityID: EntityKind]? = nil) -> [Disagreement] {
    let byUnit = Self.quantities(in: fused)
    var facts: [(attribute: String, reports: Reports)] = byUnit.keys.sorted().map { ($0, byUnit[$0]!) }
    facts.append(("date", Self.dates(in: fused)))
    facts.append(("location", Self.places(in: fused)))
    let sets = Self.participantSets(in: fused, kinds: kinds)
    if sets.count > 1 {
      let all = sets.keys.map { Set($0.split(separator: "|").map(String.init)) }
      // Only when neither source's list contains the other's: naming fewer is not disagreeing.
      let conflicting = all.contains { a in all.contains { b in !a.isSubset(of: b) && !b.isSubset(of: a) } }
      if conflicting { facts.append(("participants", sets)) }
    }
    return facts.compactMap { fact in
      guard fact.reports.count > 1 else { return nil }
      let values = fact.reports.values.sorted { a, b in
        a.sources.count != b.sources.count ? a.sources.count > b.sources.count : a.text < b.text
      }.map { Disagreement.Value(value: $0.text, sources: $0.sources.sorted()) }
      return Disagreement(event: fused.event.id, attribute: fact.attribute, values: values)
    }
  }

  /// Numbers, by unit (durations under `duration`), each keyed by its value rounded to two
  /// decimals and marked when approximate.
  static func quantities(in fused: FusedEvent) -> [String: Reports] {
    var byUnit: [String: Reports] = [:]
    for mention in fused.mentions {
      for quantity in mention.quantities {
        let unit = quantity.unit == "minutes" ? "duration" : quantity.unit
        let rounded = (quantity.value * 100).rounded() / 100
        let key = "\(rounded)\(quantity.isApproximate ? "~" : "")"
        var entry = byUnit[unit, default: [:]][key] ?? (quantity.text, [])
        entry.sources.insert(mention.articleID)
        byUnit[unit, default: [:]][key] = entry
      }
    }
    return byUnit
  }

  /// Dates stated (not inherited), by day.
  static func dates(in fused: FusedEvent) -> Reports {
    var dates: Reports = [:]
    for mention in fused.mentions where !mention.isTimeInherited {
      guard let time = mention.time, time.isInstant, time.granularity >= .day else { continue }
      let key = String(time.iso8601.prefix(10))
      dates[key, default: (key, [])].sources.insert(mention.articleID)
    }
    return dates
  }

  /// Places, by entity (else by name).
  static func places(in fused: FusedEvent) -> Reports {
    var places: Reports = [:]
    for mention in fused.mentions {
      guard let location = mention.location else { continue }
      let key = location.entityID?.rawValue ?? location.name.lowercased()
      places[key, default: (location.name, [])].sources.insert(mention.articleID)
    }
    return places
  }

  /// The set of participants each source names (people only, with `kinds`), keyed by their
  /// entities (else names) joined with `|`.
  static func participantSets(in fused: FusedEvent, kinds: [EntityID: EntityKind]?) -> Reports {
    var named: [ArticleID: Set<String>] = [:]
    var names: [String: String] = [:]
    for mention in fused.mentions {
      for participant in mention.participants {
        if let kinds {
          guard let id = participant.entityID, kinds[id] == .person else { continue }
        }
        let key = participant.entityID?.rawValue ?? participant.name.lowercased()
        named[mention.articleID, default: []].insert(key)
        names[key] = names[key] ?? participant.name
      }
    }
    var sets: Reports = [:]
    for (article, keys) in named {
      let key = keys.sorted().joined(separator: "|")
      let text = keys.compactMap { names[$0] }.sorted().joined(separator: ", ")
      sets[key, default: (text, [])].sources.insert(article)
    }
    return sets
  }
}
