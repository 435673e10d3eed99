import BylineCore

/// The bundled events plugin (in progress): time expressions, events, quotes.
public struct EventsPlugin: Plugin {
  /// Creates the plugin.
  public init() {}

  public var name: String { "events" }
  public var version: String { "0.1.0" }
  public var summary: String { "Time expressions, typed events fused across sources, quotes." }
}
