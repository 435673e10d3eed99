import BylineCore

/// The bundled summarization plugin: extractive summaries of one article or of a story told by
/// several, key phrases, and ROUGE evaluation (`RougeScorer`).
public struct SummarizationPlugin: Plugin {
  /// Creates the plugin.
  public init() {}
  public var name: String { "summarization" }
  public var version: String { "1.0.0" }
  public var summary: String { "Extractive summaries (LexRank, TextRank, lead), key phrases, ROUGE." }
  public var requires: [Capability] { [.sentences] }
  public var provides: [Capability] { [.summaries] }
}
