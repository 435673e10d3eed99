import BylineCore

extension EventType {
  /// A telephone or video call between parties.
  public static let call: EventType = "contact.call"
  /// A visit by a person or delegation to a place.
  public static let visit: EventType = "movement.visit"
  /// An invasion of a country.
  public static let invasion: EventType = "conflict.invasion"
  /// Troops or weapons moved to or massed at a place.
  public static let deployment: EventType = "military.deployment"
}

/// The words that announce an event of each type ("talks", "summit", "sanctions", "phone call"),
/// which is how the events plugin finds event mentions. Open: add your own triggers with
/// ``add(_:as:)``, or build a taxonomy from scratch for another domain.
///
/// A trigger is a word or a phrase of words, matched in lower case; a noun trigger that is also
/// a common verb ("call", "strike") is only taken after a determiner or a modifier ("a call",
/// "the phone call", "an air strike"), which ``add(_:as:needsDeterminer:)`` states.
public struct EventTaxonomy: Sendable {
  struct Trigger: Sendable {
    var words: [String]
    var type: EventType
    var needsDeterminer: Bool
  }

  private(set) var triggersByFirstWord: [String: [Trigger]] = [:]

  /// An empty taxonomy.
  public init() {}

  /// Adds a trigger phrase for `type`.
  /// - Parameter needsDeterminer: take the phrase only after a determiner or a modifier (for
  ///   nouns that are also common verbs).
  public mutating func add(_ phrase: String, as type: EventType, needsDeterminer: Bool = false) {
    let words = phrase.lowercased().split(separator: " ").map(String.init)
    guard let first = words.first else { return }
    triggersByFirstWord[first, default: []].append(
      Trigger(words: words, type: type, needsDeterminer: needsDeterminer))
  }

  /// Every type with at least one trigger.
  public var types: [EventType] {
    Array(Set(triggersByFirstWord.values.flatMap { $0.map(\.type) })).sorted { $0.rawValue < $1.rawValue }
  }

  /// The triggers in `words` (lower-cased words of one sentence): each match's word range and
  /// type, longest first at each position, never overlapping.
  func matches(in words: [String]) -> [(range: Range<Int>, type: EventType)] {
    var result: [(Range<Int>, EventType)] = []
    var index = 0
    while index < words.count {
      var best: Trigger?
      for trigger in triggersByFirstWord[words[index]] ?? []
      where trigger.words.count > (best?.words.count ?? 0) {
        let end = index + trigger.words.count
        guard end <= words.count, Array(words[index..<end]) == trigger.words else { continue }
        if trigger.needsDeterminer {
          guard index > 0, !Self.notModifiers.contains(words[index - 1]),
            words[index - 1].first?.isLetter == true
          else { continue }
          if end < words.count, Self.verbFollowers.contains(words[end]) { continue }
        }
        best = trigger
      }
      if let best {
        result.append((index..<(index + best.words.count), best.type))
        index += best.words.count
      } else {
        index += 1
      }
    }
    return result
  }

  /// Words after which a trigger that needs a determiner is a verb, not a noun.
  static let notModifiers: Set<String> = [
    "to", "will", "would", "could", "should", "can", "may", "might", "must", "not", "i", "we", "they", "you",
    "he", "she", "it", "who", "which", "that", "so", "did", "do", "does", "also", "and", "or", "be",
  ]
  /// Words after a trigger that show it is a verb ("called for", "call on").
  static let verbFollowers: Set<String> = [
    "for", "on", "off", "up", "out", "him", "her", "them", "it", "me", "us",
  ]

  /// The taxonomy bundled with Byline: diplomacy, conflict, politics, economy, disasters, justice.
  public static let standard: EventTaxonomy = {
    var taxonomy = EventTaxonomy()
    for phrase in [
      "call", "phone call", "telephone call", "video call", "phone conversation", "telephone conversation",
      "video conference", "videoconference", "video link", "phone talks", "telephone talks",
    ] {
      taxonomy.add(phrase, as: .call, needsDeterminer: phrase == "call")
    }
    for phrase in [
      "spoke by phone", "talked by phone", "spoke by telephone", "held a call", "held a phone call",
    ] {
      taxonomy.add(phrase, as: .call)
    }
    for phrase in [
      "talks", "negotiations", "negotiation", "negotiated", "negotiating", "dialogue", "consultations",
      "round of talks", "peace talks", "security talks",
    ] {
      taxonomy.add(phrase, as: .negotiation)
    }
    for phrase in [
      "meeting", "meetings", "met", "meet", "meets", "summit", "summits", "talks in person", "conference",
      "council meeting",
    ] {
      taxonomy.add(phrase, as: .meeting)
    }
    for phrase in [
      "agreement", "agreements", "deal", "accord", "treaty", "signed", "signing", "joint declaration", "pact",
      "ceasefire", "truce",
    ] {
      taxonomy.add(phrase, as: .agreement)
    }
    for phrase in ["sanctions", "sanction", "sanctioned", "embargo", "export controls", "asset freeze"] {
      taxonomy.add(phrase, as: .sanction)
    }
    for phrase in ["invasion", "invade", "invaded", "invades", "invading", "incursion"] {
      taxonomy.add(phrase, as: .invasion)
    }
    for phrase in [
      "attack", "attacks", "attacked", "shelling", "shelled", "bombing", "bombed", "air strike", "airstrike",
      "missile strike", "offensive", "assault", "clashes",
    ] {
      taxonomy.add(phrase, as: .attack, needsDeterminer: phrase == "attack")
    }
    for phrase in [
      "troop buildup", "military buildup", "build-up", "buildup", "deployed", "deployment", "massed",
    ] {
      taxonomy.add(phrase, as: .deployment)
    }
    for phrase in ["threatened", "threatens", "threat", "threats", "ultimatum"] {
      taxonomy.add(phrase, as: .threat)
    }
    for phrase in ["election", "elections", "referendum", "vote", "runoff", "polls"] {
      taxonomy.add(phrase, as: .election, needsDeterminer: phrase == "vote")
    }
    for phrase in [
      "protest", "protests", "demonstration", "demonstrations", "rally", "march", "strike action",
    ] {
      taxonomy.add(phrase, as: .protest, needsDeterminer: phrase == "march" || phrase == "rally")
    }
    for phrase in [
      "fire", "blaze", "explosion", "explosions", "earthquake", "flood", "floods", "flooding", "storm",
      "hurricane", "wildfire", "landslide",
    ] {
      taxonomy.add(phrase, as: .disaster, needsDeterminer: phrase == "fire" || phrase == "storm")
    }
    for phrase in ["crash", "collision", "derailment", "accident"] {
      taxonomy.add(phrase, as: .accident, needsDeterminer: phrase == "crash")
    }
    for phrase in ["arrested", "arrest", "detained", "detention"] {
      taxonomy.add(phrase, as: .arrest)
    }
    for phrase in ["trial", "convicted", "sentenced", "indicted", "charged"] {
      taxonomy.add(phrase, as: .trial, needsDeterminer: phrase == "trial")
    }
    for phrase in [
      "rate rise", "rate hike", "rate cut", "raised interest rates", "cut interest rates", "raised rates",
      "cut rates", "interest rate decision", "quota", "quotas", "tariffs", "duties",
    ] {
      taxonomy.add(phrase, as: .economicPolicy)
    }
    for phrase in ["killed", "died", "death", "deaths", "dead"] {
      taxonomy.add(phrase, as: .death)
    }
    for phrase in ["injured", "wounded", "hurt", "injuries"] {
      taxonomy.add(phrase, as: .injury)
    }
    for phrase in ["visit", "visited", "visiting", "trip", "evacuated", "evacuation"] {
      taxonomy.add(
        phrase, as: phrase.hasPrefix("evacua") ? .movement : .visit, needsDeterminer: phrase == "visit")
    }
    return taxonomy
  }()
}
