extension PluginRegistry {
  /// Every setting the registered plugins declare, named `PLUGIN.NAME`, in registration order.
  public var settings: [(name: String, declaration: any SettingDeclaration)] {
    plugins.flatMap { plugin in plugin.settings.map { ("\(plugin.name).\($0.name)", $0) } }
  }

  /// The setting declared as `PLUGIN.NAME`.
  public func setting(named qualifiedName: String) -> (any SettingDeclaration)? {
    settings.first { $0.name == qualifiedName }?.declaration
  }

  /// Checks `value` for the plugin setting `qualifiedName` (`sentiment.threshold`) against the
  /// plugin's declaration.
  /// - Returns: the plugin's name, the setting's name within it, and the value in its usual
  ///   spelling.
  /// - Throws: ``BylineError`` with code ``BylineError/Code/unknownSetting`` (the hint lists the
  ///   settings there are) or ``BylineError/Code/invalidSetting`` (the hint lists what is allowed).
  public func validateSetting(_ qualifiedName: String, value: String) throws -> (
    plugin: String, name: String, value: String
  ) {
    let parts = qualifiedName.split(separator: ".", maxSplits: 1).map(String.init)
    guard parts.count == 2, let plugin = plugin(named: parts[0]) else {
      throw BylineError(
        .unknownSetting, "no setting named '\(qualifiedName)'", hint: Self.listHint(settings.map(\.name)))
    }
    guard let declaration = plugin.settings.first(where: { $0.name == parts[1] }) else {
      let names = plugin.settings.map { "\(plugin.name).\($0.name)" }
      throw BylineError(
        .unknownSetting, "plugin '\(plugin.name)' has no setting named '\(parts[1])'",
        hint: names.isEmpty ? "plugin '\(plugin.name)' has no settings" : Self.listHint(names))
    }
    do {
      return (plugin.name, declaration.name, try declaration.validate(value))
    } catch let error as BylineError {
      var error = error
      error.message = "'\(value)' is not a valid value for \(qualifiedName)"
      throw error
    }
  }

  private static func listHint(_ names: [String]) -> String {
    names.isEmpty ? "no plugin declares settings" : "plugin settings are " + names.joined(separator: ", ")
  }
}
