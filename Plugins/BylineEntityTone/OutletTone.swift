/// How one outlet writes about an entity: the mean tone of its sentences that mention it.
public struct OutletTone: Hashable, Sendable, Codable {
  /// The outlet's name, `"(unknown)"` for articles without one.
  public var outlet: String
  /// The mean VADER compound score of those sentences, from -1 to 1.
  public var compound: Double
  /// The number of sentences.
  public var sentences: Int

  /// Creates an outlet's tone.
  public init(outlet: String, compound: Double, sentences: Int) {
    self.outlet = outlet
    self.compound = compound
    self.sentences = sentences
  }
}
