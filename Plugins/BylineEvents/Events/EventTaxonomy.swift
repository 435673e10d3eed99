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
  static let notModifiers = EventWords.lists.words("not-modifiers")
  /// Words after a trigger that show it is a verb ("called for", "call on").
  static let verbFollowers = EventWords.lists.words("verb-followers")

  /// The taxonomy bundled with Byline (`Resources/event-taxonomy.tsv`): diplomacy, conflict,
  /// politics, economy, disasters, justice.
  public static let standard: EventTaxonomy = {
    do {
      return try EventTaxonomy(tsv: BundledResource.text("event-taxonomy.tsv"))
    } catch {
      preconditionFailure("the events plugin's \(error)")
    }
  }()

  /// A taxonomy read from tab-separated text: a header line, then one trigger a line with its
  /// phrase, its type and whether it needs a determiner (`yes` or `no`); lines starting with `#`
  /// are comments.
  ///
  /// ```
  /// phrase	type	needsDeterminer
  /// phone call	contact.call	no
  /// call	contact.call	yes
  /// ```
  /// - Throws: ``BylineError`` with code ``BylineError/Code/invalidData`` at `file` and the line
  ///   of a row that is not a phrase, a type and `yes` or `no`.
  public init(tsv text: String, file: String = "event-taxonomy.tsv") throws {
    self.init()
    var sawHeader = false
    for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      if line.isEmpty || line.hasPrefix("#") { continue }
      guard sawHeader else {
        sawHeader = true
        continue
      }
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
      guard fields.count == 3, !fields[0].isEmpty, !fields[1].isEmpty, ["yes", "no"].contains(fields[2])
      else {
        throw BylineError(
          .invalidData, "expected a phrase, a type and yes or no, separated by tabs",
          location: InputLocation(file: file, line: number + 1, column: 1), sourceLine: String(line),
          length: line.count, hint: "the columns are phrase, type and needsDeterminer")
      }
      add(String(fields[0]), as: EventType(rawValue: String(fields[1])), needsDeterminer: fields[2] == "yes")
    }
  }
}
