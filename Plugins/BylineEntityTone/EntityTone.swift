/// The tone of the sentences that mention an entity, with the entity's own name masked so that a
/// name such as "Happy Valley Trust" does not colour its own score.
public struct EntityTone: Hashable, Sendable, Codable {
  /// The mean VADER compound score of the sentences, from -1 to 1; 0 when there are none.
  public var compound: Double
  /// The number of sentences that mention the entity.
  public var sentences: Int
  /// The same per outlet, most sentences first, then by name.
  public var byOutlet: [OutletTone]

  /// Creates a tone.
  public init(compound: Double, sentences: Int, byOutlet: [OutletTone] = []) {
    self.compound = compound
    self.sentences = sentences
    self.byOutlet = byOutlet
  }
}
