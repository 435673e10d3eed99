/// The word lists of the event extractor, read once from `Resources/event-words.txt`.
enum EventWords {
  /// The lists, by name.
  static let lists = WordListFile.bundled("event-words.txt")
}
