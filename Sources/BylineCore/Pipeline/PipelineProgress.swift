/// How far a pipeline run has got, reported through ``Pipeline/Options/progress``.
public struct PipelineProgress: Sendable, Hashable {
  /// The plugins of the stage being run, e.g. `["sentences", "sentiment"]`.
  public let plugins: [String]
  /// Articles (or, for corpus work, corpora) finished in this stage.
  public let completed: Int
  /// How many there are in this stage, when known (nil while streaming).
  public let total: Int?

  /// Creates a progress report.
  public init(plugins: [String], completed: Int, total: Int?) {
    self.plugins = plugins
    self.completed = completed
    self.total = total
  }

  /// `completed / total`, or nil when the total is unknown.
  public var fraction: Double? {
    guard let total, total > 0 else { return nil }
    return Double(completed) / Double(total)
  }
}
