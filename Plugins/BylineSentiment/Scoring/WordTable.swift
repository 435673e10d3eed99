import BylineCore

/// What one word means to VADER: its lexicon valence, its booster scalar, whether it negates.
struct WordInfo: Sendable {
  /// The word is in the lexicon; `valence` is its mean valence.
  static let inLexicon: UInt8 = 1
  /// The word is a booster or dampener; `booster` is its scalar.
  static let isBooster: UInt8 = 2
  /// The word is one of VADER's negations (or contains "n't").
  static let isNegation: UInt8 = 4
  /// The word is part of a special-case idiom or a booster phrase ("kind of").
  static let inPhrase: UInt8 = 8

  /// The mean valence from the lexicon (0 when the word is not in it).
  var valence: Double = 0
  /// The booster scalar, ±0.293 (0 when the word is not a booster).
  var booster: Double = 0
  /// `inLexicon`, `isBooster`, `isNegation` and `inPhrase`.
  var flags: UInt8 = 0
}

/// A key of up to 16 bytes packed into two little-endian words, for hashing and comparing at once.
struct PackedKey: Equatable {
  /// Bytes 0..<8 (byte i in bits 8i..<8i+8), zero-padded.
  var low: UInt64 = 0
  /// Bytes 8..<16, zero-padded.
  var high: UInt64 = 0

  /// The longest key that fits.
  static let capacity = 16

  /// Adds `byte` at `offset` (below 16).
  @inline(__always)
  mutating func set(_ byte: UInt8, at offset: Int) {
    if offset < 8 {
      low |= UInt64(byte) &<< UInt64(offset &* 8)
    } else {
      high |= UInt64(byte) &<< UInt64((offset &- 8) &* 8)
    }
  }

  /// The hash of the packed key of `length` bytes.
  @inline(__always)
  func hash(length: Int) -> UInt64 {
    var hash = (low &* 0x9E37_79B9_7F4A_7C15) ^ (high &* 0xC2B2_AE3D_27D4_EB4F) ^ UInt64(length)
    hash ^= hash &>> 29
    hash = hash &* 0xD6E8_FEB8_6659_FD93
    return hash ^ (hash &>> 32)
  }
}

/// The words the scorer knows (lexicon entries, boosters, negations and the words the rules compare),
/// in an open-addressing hash table keyed by lower-cased UTF-8 bytes, so that looking a token up
/// needs no `String`.
///
/// Keys of up to 16 bytes are stored packed in their entry and compared as two words; longer keys
/// are compared byte by byte. Each slot holds an 8-bit tag of the hash besides the entry index, so a
/// miss rarely touches an entry.
final class WordTable: Sendable {
  /// One entry: its key, packed when short, and where its bytes are in the arena.
  struct Entry {
    var key: PackedKey
    var start: Int32
    var length: Int32
  }

  /// Every key's bytes, one after the other (for keys longer than 16 bytes).
  private let arena: [UInt8]
  /// The entries, in the order they were added.
  private let entries: [Entry]
  /// Each entry's meaning.
  private let infos: [WordInfo]
  /// `tag << 24 | entry index + 1`, 0 for an empty slot; a power of two long.
  private let slots: [UInt32]
  /// A Bloom filter of the keys' hashes (two bits each in 2^16), small enough to stay in the L1
  /// cache, so that most words that are not in the table are ruled out without touching `slots`.
  private let filter: [UInt64]

  /// Builds a table of `entries` (unique keys).
  init(entries: [(key: [UInt8], info: WordInfo)]) {
    precondition(entries.count < 1 << 24, "too many words")
    var arena: [UInt8] = []
    var table: [Entry] = []
    var capacity = 16
    while capacity < entries.count * 2 { capacity <<= 1 }
    var slots = [UInt32](repeating: 0, count: capacity)
    var filter = [UInt64](repeating: 0, count: Self.filterBits / 64)
    let mask = capacity - 1
    for (index, entry) in entries.enumerated() {
      let hash = entry.key.withUnsafeBufferPointer { Self.hash($0.baseAddress!, $0.count) }
      var packed = PackedKey()
      if entry.key.count <= PackedKey.capacity {
        for (offset, byte) in entry.key.enumerated() { packed.set(byte, at: offset) }
      }
      table.append(Entry(key: packed, start: Int32(arena.count), length: Int32(entry.key.count)))
      arena.append(contentsOf: entry.key)
      var slot = Int(truncatingIfNeeded: hash) & mask
      while slots[slot] != 0 { slot = (slot + 1) & mask }
      slots[slot] = Self.tag(hash) | UInt32(index + 1)
      let (first, second) = Self.filterBits(hash)
      filter[first >> 6] |= 1 << UInt64(first & 63)
      filter[second >> 6] |= 1 << UInt64(second & 63)
    }
    self.filter = filter
    self.arena = arena
    self.entries = table
    self.infos = entries.map(\.info)
    self.slots = slots
  }

  /// The number of entries.
  var count: Int { entries.count }

  /// The meaning of entry `id`.
  func info(_ id: Int32) -> WordInfo { infos[Int(id)] }

  /// The size of the Bloom filter in bits.
  static let filterBits = 1 << 16

  /// The two filter bits of `hash` (bits 24..<40 and 40..<56; the slot uses the low bits and the
  /// tag the top 8).
  @inline(__always)
  static func filterBits(_ hash: UInt64) -> (Int, Int) {
    (Int(truncatingIfNeeded: hash &>> 24) & 0xFFFF, Int(truncatingIfNeeded: hash &>> 40) & 0xFFFF)
  }

  /// The slot tag of `hash`: its top 8 bits, in the top 8 bits.
  @inline(__always)
  static func tag(_ hash: UInt64) -> UInt32 { UInt32(truncatingIfNeeded: hash &>> 56) &<< 24 }

  /// The hash of the `count` bytes at `key`: of the packed key up to 16 bytes, FNV-1a beyond.
  static func hash(_ key: UnsafePointer<UInt8>, _ count: Int) -> UInt64 {
    if count <= PackedKey.capacity {
      var packed = PackedKey()
      for offset in 0..<count { packed.set(key[offset], at: offset) }
      return packed.hash(length: count)
    }
    let hash = StableHash.fnv1a(bytes: UnsafeBufferPointer(start: key, count: count))
    return hash ^ (hash &>> 31)
  }

  /// Calls `body` with a view of the table for fast look-ups.
  @inline(__always)
  func withView<Result>(_ body: (View) -> Result) -> Result {
    arena.withUnsafeBufferPointer { arena in
      entries.withUnsafeBufferPointer { entries in
        infos.withUnsafeBufferPointer { infos in
          slots.withUnsafeBufferPointer { slots in
            filter.withUnsafeBufferPointer { filter in
              body(
                View(
                  arena: arena, entries: entries, infos: infos, slots: slots, filter: filter,
                  mask: slots.count - 1))
            }
          }
        }
      }
    }
  }

  /// The entry for `key` (already lower-cased), or -1.
  func find(_ key: UnsafeBufferPointer<UInt8>) -> Int32 {
    guard let base = key.baseAddress else { return withView { $0.find(packed: PackedKey(), length: 0) } }
    return withView { $0.find(base, key.count) }
  }

  /// The table's storage, valid inside ``WordTable/withView(_:)``.
  struct View {
    let arena: UnsafeBufferPointer<UInt8>
    let entries: UnsafeBufferPointer<Entry>
    let infos: UnsafeBufferPointer<WordInfo>
    let slots: UnsafeBufferPointer<UInt32>
    let filter: UnsafeBufferPointer<UInt64>
    let mask: Int

    /// Whether `hash` may be in the table (false: surely not).
    @inline(__always)
    func mayContain(_ hash: UInt64) -> Bool {
      let (first, second) = WordTable.filterBits(hash)
      return filter[first >> 6] &>> UInt64(first & 63) & filter[second >> 6] &>> UInt64(second & 63) & 1 != 0
    }

    /// The entry for a key of up to 16 bytes, packed, or -1.
    @inline(__always)
    func find(packed key: PackedKey, length: Int) -> Int32 {
      let hash = key.hash(length: length)
      guard mayContain(hash) else { return -1 }
      let tag = WordTable.tag(hash)
      var slot = Int(truncatingIfNeeded: hash) & mask
      while true {
        let value = slots[slot]
        if value == 0 { return -1 }
        if value & 0xFF00_0000 == tag {
          let id = Int(value & 0x00FF_FFFF) - 1
          let entry = entries[id]
          if entry.key == key && Int(entry.length) == length { return Int32(id) }
        }
        slot = (slot + 1) & mask
      }
    }

    /// The entry for the `count` bytes at `key` (already lower-cased), or -1.
    func find(_ key: UnsafePointer<UInt8>, _ count: Int) -> Int32 {
      if count <= PackedKey.capacity {
        var packed = PackedKey()
        for offset in 0..<count { packed.set(key[offset], at: offset) }
        return find(packed: packed, length: count)
      }
      let hash = WordTable.hash(key, count)
      guard mayContain(hash) else { return -1 }
      let tag = WordTable.tag(hash)
      var slot = Int(truncatingIfNeeded: hash) & mask
      while true {
        let value = slots[slot]
        if value == 0 { return -1 }
        if value & 0xFF00_0000 == tag {
          let id = Int(value & 0x00FF_FFFF) - 1
          let entry = entries[id]
          if Int(entry.length) == count {
            let stored = arena.baseAddress! + Int(entry.start)
            var offset = 0
            while offset < count && stored[offset] == key[offset] { offset += 1 }
            if offset == count { return Int32(id) }
          }
        }
        slot = (slot + 1) & mask
      }
    }

    /// The ASCII bytes `text[first..<last]` lower-cased, looked up; -1 when absent.
    @inline(__always)
    func findLowercasingASCII(_ text: UnsafeBufferPointer<UInt8>, _ first: Int, _ last: Int) -> Int32 {
      let count = last - first
      if count <= PackedKey.capacity {
        var packed = PackedKey()
        var offset = 0
        while offset < count {
          packed.set(PythonText.asciiLower(text[first + offset]), at: offset)
          offset += 1
        }
        return find(packed: packed, length: count)
      }
      let lowered = (first..<last).map { PythonText.asciiLower(text[$0]) }
      return lowered.withUnsafeBufferPointer { find($0.baseAddress!, count) }
    }
  }
}
