/// The plugins an application knows, and the place that orders them into an ``ExecutionPlan``.
///
/// ```swift
/// var registry = PluginRegistry()
/// try registry.register(ParsingPlugin())
/// try registry.register(SentimentPlugin())
/// let plan = try registry.plan(providing: [.sentiment])
/// ```
///
/// Ordering follows the capabilities plugins require and provide; among plugins that do not
/// depend on each other, registration order is kept, so plans are deterministic.
public struct PluginRegistry: Sendable {
  /// The registered plugins, in registration order.
  public private(set) var plugins: [any Plugin] = []

  /// Creates an empty registry.
  public init() {}

  /// Creates a registry holding `plugins`, in order.
  /// - Throws: ``PluginRegistryError/duplicatePlugin(name:)``.
  public init(_ plugins: [any Plugin]) throws {
    for plugin in plugins { try register(plugin) }
  }

  /// Adds a plugin.
  /// - Throws: ``PluginRegistryError/duplicatePlugin(name:)`` if its name is taken.
  public mutating func register(_ plugin: any Plugin) throws {
    guard self.plugin(named: plugin.name) == nil else {
      throw PluginRegistryError.duplicatePlugin(name: plugin.name)
    }
    plugins.append(plugin)
  }

  /// The plugin called `name`, if registered.
  public func plugin(named name: String) -> (any Plugin)? {
    plugins.first { $0.name == name }
  }

  /// The plugins that provide `capability`, in registration order.
  public func providers(of capability: Capability) -> [any Plugin] {
    plugins.filter { $0.provides.contains(capability) }
  }

  /// Every input format the registered plugins can read, in registration order.
  public var readers: [any ArticleReader] { plugins.flatMap(\.readers) }

  /// Orders every registered plugin.
  /// - Parameter available: capabilities the input already has (``Capability/text`` always).
  /// - Throws: ``PluginRegistryError/missingRequirement(plugin:capability:)`` or
  ///   ``PluginRegistryError/dependencyCycle(_:)``.
  public func plan(available: Set<Capability> = []) throws -> ExecutionPlan {
    try order(plugins.indices.map { $0 }, available: available)
  }

  /// Orders the named plugins together with everything they need, directly or indirectly.
  /// - Throws: ``PluginRegistryError/unknownPlugin(name:)`` and the errors of ``plan(available:)``.
  public func plan(running names: [String], available: Set<Capability> = []) throws -> ExecutionPlan {
    var roots: [Int] = []
    for name in names {
      guard let index = plugins.firstIndex(where: { $0.name == name }) else {
        throw PluginRegistryError.unknownPlugin(name: name)
      }
      roots.append(index)
    }
    return try order(try closure(of: roots, available: available), available: available)
  }

  /// Orders the plugins that provide `capabilities` together with everything they need.
  /// - Throws: ``PluginRegistryError/missingRequirement(plugin:capability:)`` naming
  ///   `(requested)` when nothing provides a requested capability.
  public func plan(providing capabilities: [Capability], available: Set<Capability> = [])
    throws -> ExecutionPlan
  {
    var roots: [Int] = []
    for capability in capabilities where !isAvailable(capability, in: available) {
      let providers = plugins.indices.filter { plugins[$0].provides.contains(capability) }
      guard !providers.isEmpty else {
        throw PluginRegistryError.missingRequirement(plugin: "(requested)", capability: capability)
      }
      roots.append(contentsOf: providers)
    }
    return try order(try closure(of: roots, available: available), available: available)
  }

  private func isAvailable(_ capability: Capability, in available: Set<Capability>) -> Bool {
    capability == .text || available.contains(capability)
  }

  /// The indices of `roots` and every plugin they transitively require.
  private func closure(of roots: [Int], available: Set<Capability>) throws -> [Int] {
    var chosen = Set<Int>()
    var pending = roots
    while let index = pending.popLast() {
      guard chosen.insert(index).inserted else { continue }
      let plugin = plugins[index]
      for capability in plugin.requires
      where !isAvailable(capability, in: available) && !plugin.provides.contains(capability) {
        let providers = plugins.indices.filter { plugins[$0].provides.contains(capability) }
        guard !providers.isEmpty else {
          throw PluginRegistryError.missingRequirement(plugin: plugin.name, capability: capability)
        }
        pending.append(contentsOf: providers)
      }
    }
    return chosen.sorted()
  }

  /// Kahn's algorithm over `indices`, taking the earliest registered ready plugin each time.
  private func order(_ indices: [Int], available: Set<Capability>) throws -> ExecutionPlan {
    // dependencies[i]: the plugins (among `indices`) that plugin i must run after.
    var dependencies: [Int: Set<Int>] = [:]
    for index in indices {
      let plugin = plugins[index]
      var needs = Set<Int>()
      for capability in plugin.requires
      where !isAvailable(capability, in: available) && !plugin.provides.contains(capability) {
        let providers = indices.filter { plugins[$0].provides.contains(capability) }
        guard !providers.isEmpty else {
          throw PluginRegistryError.missingRequirement(plugin: plugin.name, capability: capability)
        }
        needs.formUnion(providers)
      }
      needs.remove(index)
      dependencies[index] = needs
    }
    var ordered: [Int] = []
    var remaining = Set(indices)
    while !remaining.isEmpty {
      guard let next = remaining.filter({ dependencies[$0]!.isDisjoint(with: remaining) }).min()
      else {
        throw PluginRegistryError.dependencyCycle(cycle(in: remaining, dependencies: dependencies))
      }
      ordered.append(next)
      remaining.remove(next)
    }
    return ExecutionPlan(plugins: ordered.map { plugins[$0] })
  }

  /// Names one cycle among `remaining`, where every plugin waits on another.
  private func cycle(in remaining: Set<Int>, dependencies: [Int: Set<Int>]) -> [String] {
    var path: [Int] = []
    var current = remaining.min()!
    while !path.contains(current) {
      path.append(current)
      current = dependencies[current]!.intersection(remaining).min()!
    }
    let loop = path[path.firstIndex(of: current)!...]
    return (Array(loop) + [current]).map { plugins[$0].name }
  }
}
