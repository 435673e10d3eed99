public import ArgumentParser
public import BylineCore

/// The `--kind` of entity a command keeps: `person`, `organization`, `location` or `misc`, or one
/// of their other names (`people`, `organisation`, `org`, `place`, `loc`, `gpe`, ...).
public enum EntityKindOption: String, CaseIterable, Sendable, ExpressibleByArgument {
  /// People.
  case person
  /// Companies, institutions, teams.
  case organization
  /// Places.
  case location
  /// Everything else that is named.
  case misc

  /// The kind called `argument`, ignoring case, under any of its names.
  public init?(argument: String) {
    switch argument.lowercased() {
    case "person", "people", "per": self = .person
    case "organization", "organisation", "org": self = .organization
    case "location", "place", "loc", "gpe": self = .location
    case "misc", "miscellaneous": self = .misc
    default: return nil
    }
  }

  /// The core's kind.
  public var kind: EntityKind {
    switch self {
    case .person: return .person
    case .organization: return .organization
    case .location: return .location
    case .misc: return .miscellaneous
    }
  }
}
