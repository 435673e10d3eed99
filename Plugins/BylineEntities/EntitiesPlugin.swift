import BylineCore

/// The bundled entities plugin: finds people, organisations, places and other names in every
/// article and resolves them across the corpus.
public struct EntitiesPlugin: Plugin {
  /// Creates the plugin.
  public init() {}

  public var name: String { "entities" }
  public var version: String { "1.0.0" }
  public var summary: String { "People, organisations and places: recognition, resolution across sources, tone." }
}
