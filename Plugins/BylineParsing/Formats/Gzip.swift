import BylineCore
import CZlib
import Foundation

/// Decompresses gzip (and zlib) data, so compressed corpora are read transparently.
public enum Gzip {
  /// Whether `data` starts with the gzip magic bytes.
  public static func isCompressed(_ data: Data) -> Bool {
    data.count >= 2 && data[data.startIndex] == 0x1F && data[data.startIndex + 1] == 0x8B
  }

  /// The decompressed bytes of `data`; concatenated gzip members are all decompressed.
  /// - Parameter limit: refuse to produce more than this many bytes (a guard against bombs).
  /// - Throws: ``BylineError`` with code ``BylineError/Code/invalidData`` saying what zlib
  ///   reported.
  public static func decompress(_ data: Data, limit: Int = 1 << 30) throws -> Data {
    var stream = z_stream()
    guard byline_inflate_init_auto(&stream) == Z_OK else {
      throw BylineError(.invalidData, "cannot start zlib")
    }
    defer { inflateEnd(&stream) }
    var output = Data()
    let chunkSize = 1 << 16
    var chunk = [UInt8](repeating: 0, count: chunkSize)
    try data.withUnsafeBytes { (input: UnsafeRawBufferPointer) in
      guard let base = input.baseAddress else { return }
      stream.next_in = UnsafeMutablePointer(mutating: base.assumingMemoryBound(to: Bytef.self))
      stream.avail_in = uInt(input.count)
      while true {
        let status = chunk.withUnsafeMutableBufferPointer { buffer -> Int32 in
          stream.next_out = buffer.baseAddress
          stream.avail_out = uInt(chunkSize)
          return inflate(&stream, Z_NO_FLUSH)
        }
        let produced = chunkSize - Int(stream.avail_out)
        output.append(contentsOf: chunk[0..<produced])
        guard output.count <= limit else {
          throw BylineError(.invalidData, "decompressed data is larger than \(limit) bytes")
        }
        switch status {
        case Z_STREAM_END:
          // Another gzip member may follow.
          guard stream.avail_in > 0 else { return }
          guard inflateReset(&stream) == Z_OK else { throw BylineError(.invalidData, "cannot reset zlib") }
        case Z_OK:
          continue
        case Z_BUF_ERROR:
          if stream.avail_in == 0 { throw BylineError(.invalidData, "the compressed data is truncated") }
        default:
          let message = stream.msg.map { String(cString: $0) } ?? "error \(status)"
          throw BylineError(.invalidData, "corrupt gzip data: \(message)")
        }
      }
    }
    return output
  }
}
