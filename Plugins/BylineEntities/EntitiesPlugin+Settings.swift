import BylineCore

extension EntitiesPlugin {
  /// `entities.model FILE`: a model made with `train ner`, used instead of the bundled one.
  public static let model = Setting<String>(
    "model", default: "", help: "A model file made with 'train ner'; empty for the bundled model")

  public var settings: [any SettingDeclaration] { [Self.model] }
}
