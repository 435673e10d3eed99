import BylineCore

/// The bundled sentiment plugin (being assembled).
public struct SentimentPlugin: Plugin {
  /// Creates the plugin.
  public init() {}
  public var name: String { "sentiment" }
}
