import BylineCore
import Foundation

/// Reads gzip-compressed files (`page.html.gz`, `dump.jsonl.gz`): decompresses them and hands the
/// bytes to the reader for the inner format, keeping the original path as the provenance.
public struct GzipArticleReader: ArticleReader {
  /// The readers tried for the decompressed content.
  let inner: [any ArticleReader]

  /// Creates the reader; `inner` are tried for the decompressed bytes.
  public init(inner: [any ArticleReader]) { self.inner = inner }

  public var format: String { "gzip" }
  public var fileExtensions: Set<String> { ["gz", "gzip"] }
  public func recognizes(_ data: Data) -> Bool { Gzip.isCompressed(data) }

  public func read(_ data: Data, source: String) -> ReadOutcome {
    let bytes: Data
    do {
      bytes = try Gzip.decompress(data)
    } catch let error as BylineError {
      return .failure(InputProblem(source: source, message: "cannot decompress: \(error.message)"))
    } catch {
      return .failure(InputProblem(source: source, message: "cannot decompress: \(error)"))
    }
    let innerName = (source as NSString).deletingPathExtension
    let innerExtension = (innerName as NSString).pathExtension.lowercased()
    let readers = inner + ArticleLoader.builtInReaders
    let reader =
      readers.first { $0.fileExtensions.contains(innerExtension) } ?? readers.first { $0.recognizes(bytes) }
      ?? PlainTextArticleReader()
    return reader.read(bytes, source: source)
  }
}
