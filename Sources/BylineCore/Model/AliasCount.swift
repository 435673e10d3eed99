/// One name an entity is written under, with how often it was used.
public struct AliasCount: Hashable, Sendable, Codable {
  /// The name as written (without a possessive), e.g. `"Mr Dravnik"`.
  public var name: String
  /// The number of mentions that use it.
  public var count: Int

  /// Creates an alias count.
  public init(name: String, count: Int) {
    self.name = name
    self.count = count
  }
}
