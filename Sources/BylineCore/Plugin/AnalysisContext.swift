/// What a plugin is given besides the article or corpus it analyses.
public struct AnalysisContext: Sendable {
  /// The name of the plugin being run.
  public let pluginName: String
  /// Settings for this plugin, from ``Pipeline/Options/pluginSettings`` or the shell's
  /// `set PLUGIN.NAME VALUE`; read them through the plugin's ``Setting`` declarations:
  /// `context.settings[MyPlugin.threshold]`.
  public let settings: PluginSettings

  /// Creates a context.
  public init(pluginName: String, settings: [String: String] = [:]) {
    self.pluginName = pluginName
    self.settings = PluginSettings(settings)
  }

  /// Creates a context with typed settings.
  public init(pluginName: String, settings: PluginSettings) {
    self.pluginName = pluginName
    self.settings = settings
  }
}
