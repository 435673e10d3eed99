/// A plugin that failed on one article (or on the corpus), or was skipped because a plugin it
/// requires failed there. The pipeline records it and goes on with the rest.
public struct PipelineFailure: Error, Sendable, CustomStringConvertible {
  /// Why the plugin did not produce its results.
  public enum Reason: Sendable {
    /// The plugin threw this error.
    case threw(any Error)
    /// The plugin did not run because `plugin`, which provides something it requires, failed.
    case skipped(becauseOf: String)
  }

  /// The plugin that did not produce its results.
  public let plugin: String
  /// The article it failed on, or nil when it failed on the corpus as a whole.
  public let articleID: ArticleID?
  /// Where the article was read from, when known.
  public let provenance: Provenance?
  /// Why.
  public let reason: Reason

  /// Creates a failure record.
  public init(plugin: String, articleID: ArticleID?, provenance: Provenance?, reason: Reason) {
    self.plugin = plugin
    self.articleID = articleID
    self.provenance = provenance
    self.reason = reason
  }

  /// `source:line: error: plugin 'x' failed on article a…: message`, or the corpus form.
  public var description: String {
    let place = provenance.map { "\($0): " } ?? ""
    let target = articleID.map { "article \($0)" } ?? "the corpus"
    switch reason {
    case .threw(let error):
      return "\(place)error: plugin '\(plugin)' failed on \(target): \(error)"
    case .skipped(let dependency):
      return "\(place)warning: plugin '\(plugin)' skipped on \(target) because '\(dependency)' failed"
    }
  }
}
