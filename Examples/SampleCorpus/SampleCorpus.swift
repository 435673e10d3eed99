import Foundation

/// The sample corpus that ships with Byline (`Examples/corpus`): fifteen invented articles about
/// three invented stories, each told by five outlets, in the messy forms real corpora have.
///
/// The interactive `byline` shell opens on it when started without paths.
public enum SampleCorpus {
  /// The directory holding the corpus files, or nil if the resource bundle is missing.
  public static var directory: String? {
    Bundle.module.resourceURL.map { $0.appendingPathComponent("corpus").path }
  }
}
