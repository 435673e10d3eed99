import BylineCore
import Foundation

/// One input from libFuzzer, and the views of it that the fuzz targets feed to Byline.
public struct FuzzInput: Sendable {
  /// The raw bytes.
  public let data: Data

  /// Copies the `size` bytes at `bytes`, as libFuzzer hands them to `LLVMFuzzerTestOneInput`.
  public init(_ bytes: UnsafePointer<UInt8>, _ size: Int) {
    data = Data(UnsafeBufferPointer(start: bytes, count: size))
  }

  /// Wraps `data`.
  public init(data: Data) {
    self.data = data
  }

  /// The bytes as text, decoded as every reader decodes a file: UTF-8 without a byte order mark,
  /// else Windows-1252.
  public var text: String { TextDecoding.decode(data).text }

  /// The lines of ``text``, without their line ends, at most `limit` of them.
  public func lines(limit: Int = 64) -> [Substring] {
    Array(text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).prefix(limit))
  }

  /// The words of ``text`` (runs of characters between white space), at most `limit` of them.
  public func words(limit: Int = 256) -> [Substring] {
    Array(text.split(whereSeparator: \.isWhitespace).prefix(limit))
  }

  /// A small number from the input's first byte, below `count`; 0 for an empty input or a
  /// `count` of zero. Targets use it to vary options without losing the rest of the input.
  public func choice(below count: Int) -> Int {
    guard count > 0, let first = data.first else { return 0 }
    return Int(first) % count
  }
}
