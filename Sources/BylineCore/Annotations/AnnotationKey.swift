/// A typed key under which a plugin stores its results on an article or a corpus.
///
/// The core never knows the value's type; the key carries it, so reading is type-safe and needs
/// no casts:
///
/// ```swift
/// enum SentimentKey: AnnotationKey {
///   typealias Value = Double
/// }
///
/// article.annotations[SentimentKey.self] = 0.42
/// let score = article.annotations[SentimentKey.self]  // Double?
/// ```
///
/// Values are Codable so that every result can be exported and read back, and Equatable so
/// that analysed articles can be compared in tests.
public protocol AnnotationKey: Sendable {
  /// The type of the value stored under this key.
  associatedtype Value: Codable & Sendable & Equatable

  /// The name the value is stored under in JSON. Defaults to the key type's name without its
  /// module, e.g. `SentimentKey`; override it to keep JSON stable when a type is renamed.
  static var name: String { get }
}

extension AnnotationKey {
  public static var name: String { String(describing: Self.self) }
}
