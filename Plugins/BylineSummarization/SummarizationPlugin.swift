import BylineCore

/// The summarization plugin (in progress): extractive single- and multi-article summaries.
public struct SummarizationPlugin: Plugin {
  /// Creates the plugin.
  public init() {}
  public var name: String { "summarization" }
  public var requires: [Capability] { [.sentences] }
}
