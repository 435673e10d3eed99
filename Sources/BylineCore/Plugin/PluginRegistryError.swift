/// Why plugins could not be registered or ordered.
public enum PluginRegistryError: Error, Hashable, CustomStringConvertible {
  /// A plugin with this name is registered already.
  case duplicatePlugin(name: String)
  /// No registered plugin has this name.
  case unknownPlugin(name: String)
  /// `plugin` requires `capability` and no registered plugin provides it.
  case missingRequirement(plugin: String, capability: Capability)
  /// These plugins require each other in a circle: each requires the next, and the first is
  /// repeated at the end.
  case dependencyCycle([String])

  public var description: String {
    switch self {
    case .duplicatePlugin(let name):
      return "a plugin named '\(name)' is registered already"
    case .unknownPlugin(let name):
      return "no plugin named '\(name)' is registered"
    case .missingRequirement(let plugin, let capability):
      return "plugin '\(plugin)' requires '\(capability)', which no registered plugin provides"
    case .dependencyCycle(let names):
      return "plugins require each other in a cycle: " + names.joined(separator: " -> ")
    }
  }
}
