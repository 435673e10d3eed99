/// What kind of thing an entity is. Open: plugins add kinds with an extension.
public struct EntityKind: OpenVocabulary {
  public let rawValue: String
  public init(rawValue: String) { self.rawValue = rawValue }

  /// A person, real or fictional.
  public static let person: EntityKind = "person"
  /// A company, agency, institution, party, team or other organisation.
  public static let organization: EntityKind = "organization"
  /// A place: country, city, region, body of water, address.
  public static let location: EntityKind = "location"
  /// A nationality, religious or political group (spaCy's NORP).
  public static let group: EntityKind = "group"
  /// A named event such as a war, summit or storm.
  public static let namedEvent: EntityKind = "namedEvent"
  /// A product, vehicle, weapon or work.
  public static let product: EntityKind = "product"
  /// A named thing that fits no other kind (CoNLL's MISC).
  public static let miscellaneous: EntityKind = "miscellaneous"
}
