/// The one stable hash of the SDK: 64-bit FNV-1a over UTF-8 bytes.
///
/// Unlike `Hasher`, whose seed changes from process to process, it gives the same value for the same
/// bytes on every run and machine, so it can name things that outlive a process: derived article
/// identifiers, hashed model features, table slots built ahead of time.
///
/// ```swift
/// StableHash.fnv1a("a")  // 0xaf63dc4c8601ec8c
/// ```
///
/// The constants are those of the FNV specification (Fowler, Noll and Vo, IETF draft
/// draft-eastlake-fnv): offset basis 14695981039346656037, prime 1099511628211.
public enum StableHash {
  /// The FNV-1a 64-bit offset basis, the state before any byte.
  public static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
  /// The FNV-1a 64-bit prime.
  public static let prime: UInt64 = 0x0000_0100_0000_01b3

  /// The state after `byte` is added to `state`.
  @inlinable @inline(__always)
  public static func combine(_ state: UInt64, _ byte: UInt8) -> UInt64 {
    (state ^ UInt64(byte)) &* prime
  }

  /// The FNV-1a hash of `text`'s UTF-8 bytes, continuing from `state`.
  @inlinable
  public static func fnv1a(_ text: some StringProtocol, continuing state: UInt64 = offsetBasis) -> UInt64 {
    var state = state
    for byte in text.utf8 { state = combine(state, byte) }
    return state
  }

  /// The FNV-1a hash of `bytes`, continuing from `state`.
  @inlinable
  public static func fnv1a(bytes: some Sequence<UInt8>, continuing state: UInt64 = offsetBasis) -> UInt64 {
    var state = state
    for byte in bytes { state = combine(state, byte) }
    return state
  }
}
