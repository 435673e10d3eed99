/// Plugins in an order that satisfies every requirement, as made by ``PluginRegistry``.
public struct ExecutionPlan: Sendable {
  /// The plugins, each after every plugin it requires.
  public let plugins: [any Plugin]

  /// Creates a plan from plugins that are already in a valid order.
  public init(plugins: [any Plugin]) {
    self.plugins = plugins
  }

  /// The plugins' names, in order.
  public var pluginNames: [String] { plugins.map(\.name) }

  /// Every capability the plan provides.
  public var provides: Set<Capability> { Set(plugins.flatMap(\.provides)) }

  /// Whether any plugin needs the whole corpus, so the plan cannot only stream.
  public var hasCorpusWork: Bool { plugins.contains { $0.scope.contains(.corpus) } }
}
