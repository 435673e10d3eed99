import BylineCore
import Foundation

/// A trained named-entity model: weights for hashed features and label transitions.
///
/// The file is compact: only features with a weight are kept, each weight as a 16-bit integer
/// scaled by one factor for the model. ``bundled`` is the English news model trained on
/// CoNLL-2003; ``NERTrainer`` makes new ones from annotated data.
public struct NERModel: Sendable {
  let labels: LabelSet
  /// `(labels + 1) × labels` transition scores; the last row is from the sentence start.
  let transitions: [Float]
  /// What one unit of a stored weight is worth.
  let scale: Float
  let table: FeatureTable
  /// Where each feature's weights start in ``entryLabels`` and ``entryValues``; one more than rows.
  let rowStarts: [UInt32]
  let entryLabels: [UInt8]
  let entryValues: [Int16]
  /// Facts about the model: its training data, epochs, date, and its scores on held-out data.
  public let metadata: [String: String]

  /// How many times a document is tagged: 2 when the model was trained to re-tag each document
  /// knowing what every occurrence of each word was tagged as the first time.
  public var documentPasses: Int { Int(metadata["documentPasses"] ?? "1") ?? 1 }

  /// The entity types the model tags, e.g. `["LOC", "MISC", "ORG", "PER"]`.
  public var types: [String] { labels.types }
  /// The number of features with a weight.
  public var featureCount: Int { rowStarts.count - 1 }

  init(
    labels: LabelSet, transitions: [Float], scale: Float, hashes: [UInt64], rowStarts: [UInt32],
    entryLabels: [UInt8], entryValues: [Int16], metadata: [String: String]
  ) {
    self.labels = labels
    self.transitions = transitions
    self.scale = scale
    self.table = FeatureTable(hashes: hashes)
    self.rowStarts = rowStarts
    self.entryLabels = entryLabels
    self.entryValues = entryValues
    self.metadata = metadata
  }

  /// Builds a model from dense weights (`rows × labels`), keeping the rows with any weight.
  init(labels: LabelSet, hashes: [UInt64], weights: [Float], transitions: [Float], metadata: [String: String])
  {
    let width = labels.count
    let largest = weights.reduce(Float(0)) { max($0, abs($1)) }
    let scale = largest > 0 ? largest / Float(Int16.max) : 1
    var keptHashes: [UInt64] = []
    var rowStarts: [UInt32] = [0]
    var entryLabels: [UInt8] = []
    var entryValues: [Int16] = []
    for (row, hash) in hashes.enumerated() {
      var any = false
      for label in 0..<width {
        let quantised = Int16((weights[row * width + label] / scale).rounded())
        if quantised != 0 {
          entryLabels.append(UInt8(label))
          entryValues.append(quantised)
          any = true
        }
      }
      if any {
        keptHashes.append(hash)
        rowStarts.append(UInt32(entryLabels.count))
      }
    }
    self.init(
      labels: labels, transitions: transitions, scale: scale, hashes: keptHashes, rowStarts: rowStarts,
      entryLabels: entryLabels, entryValues: entryValues, metadata: metadata)
  }

  /// Scores every label of every token from its features: `tokens × labels`, row-major.
  func emissions(_ features: SentenceFeatures) -> [Float] {
    var scores = Array(repeating: Float(0), count: features.count * labels.count)
    addEmissions(&scores, features)
    return scores
  }

  /// Adds the scores of more features, given token by token, to `scores`.
  func addEmissions(_ scores: inout [Float], _ features: [[UInt64]]) {
    addEmissions(&scores, count: features.count) { features[$0][...] }
  }

  /// Adds the scores of `features` to `scores` (`tokens × labels`, row-major).
  func addEmissions(_ scores: inout [Float], _ features: SentenceFeatures) {
    addEmissions(&scores, count: features.count) { features[$0] }
  }

  /// For each of `count` tokens, adds the weights of every feature of it the model has, summed as
  /// integers and scaled once, to its row of `scores`.
  private func addEmissions(
    _ scores: inout [Float], count: Int, _ featuresOf: (Int) -> ArraySlice<UInt64>
  ) {
    let width = labels.count
    let mask = table.mask
    let scale = scale
    withUnsafeTemporaryAllocation(of: Int32.self, capacity: width) { sums in
      table.slots.withUnsafeBufferPointer { slots in
        table.fingerprints.withUnsafeBufferPointer { fingerprints in
          rowStarts.withUnsafeBufferPointer { starts in
            entryLabels.withUnsafeBufferPointer { entryLabels in
              entryValues.withUnsafeBufferPointer { entryValues in
                scores.withUnsafeMutableBufferPointer { scores in
                  for position in 0..<count {
                    let hashes = featuresOf(position)
                    guard !hashes.isEmpty else { continue }
                    for label in 0..<width { sums[label] = 0 }
                    for hash in hashes {
                      guard
                        let row = FeatureTable.row(
                          for: hash, in: slots, fingerprints: fingerprints, mask: mask)
                      else { continue }
                      for entry in Int(starts[row])..<Int(starts[row + 1]) {
                        sums[Int(entryLabels[entry])] &+= Int32(entryValues[entry])
                      }
                    }
                    let base = position * width
                    for label in 0..<width { scores[base + label] += Float(sums[label]) * scale }
                  }
                }
              }
            }
          }
        }
      }
    }
  }

  // MARK: - Files

  private static let magic = Array("BYLNER01".utf8)

  private struct Header: Codable {
    var types: [String]
    var scale: Float
    var features: Int
    var entries: Int
    var metadata: [String: String]
  }

  /// The model's bytes, in the format ``init(contentsOf:)`` reads.
  public func serialized() throws -> Data {
    var data = Data(Self.magic)
    let encoder = JSONEncoder()
    encoder.outputFormatting = .sortedKeys
    let header = try encoder.encode(
      Header(
        types: labels.types, scale: scale, features: featureCount, entries: entryLabels.count,
        metadata: metadata))
    Self.append(UInt32(header.count), to: &data)
    data.append(header)
    for value in transitions { Self.append(value.bitPattern, to: &data) }
    for hash in table.hashesInRowOrder { Self.append(hash, to: &data) }
    for start in rowStarts { Self.append(start, to: &data) }
    data.append(contentsOf: entryLabels)
    for value in entryValues { Self.append(UInt16(bitPattern: value), to: &data) }
    return data
  }

  /// Writes the model to `url`.
  public func write(to url: URL) throws { try serialized().write(to: url) }

  /// Reads a model written by ``write(to:)``.
  /// - Throws: ``BylineError`` (code ``BylineError/Code/invalidData``) when the file is not a model or is cut short.
  public init(contentsOf url: URL) throws {
    try self.init(data: Data(contentsOf: url), source: url.path)
  }

  /// Reads a model from its bytes.
  public init(data: Data, source: String = "<model>") throws {
    var reader = ByteReader(bytes: [UInt8](data), source: source)
    guard try reader.bytes(Self.magic.count) == Self.magic else {
      throw BylineError.unreadableModel(source, "not a Byline entity model (bad magic number)")
    }
    let headerLength = Int(try reader.integer(UInt32.self))
    let header: Header
    do {
      header = try JSONDecoder().decode(Header.self, from: Data(try reader.bytes(headerLength)))
    } catch let error as BylineError {
      throw error
    } catch {
      throw BylineError.unreadableModel(source, "unreadable header: \(error)")
    }
    let remaining = data.count - reader.offset
    guard !header.types.isEmpty, header.types.count <= 60, header.features >= 0, header.entries >= 0,
      header.features <= remaining / 12, header.entries <= remaining / 3, header.scale.isFinite
    else {
      throw BylineError.unreadableModel(source, "the header's counts do not fit the file")
    }
    let labels = LabelSet(types: header.types)
    let transitionCount = (labels.count + 1) * labels.count
    var transitions: [Float] = []
    for _ in 0..<transitionCount { transitions.append(Float(bitPattern: try reader.integer(UInt32.self))) }
    var hashes: [UInt64] = []
    hashes.reserveCapacity(header.features)
    for _ in 0..<header.features { hashes.append(try reader.integer(UInt64.self)) }
    var rowStarts: [UInt32] = []
    rowStarts.reserveCapacity(header.features + 1)
    for _ in 0...header.features { rowStarts.append(try reader.integer(UInt32.self)) }
    let entryLabels = try reader.bytes(header.entries)
    var entryValues: [Int16] = []
    entryValues.reserveCapacity(header.entries)
    for _ in 0..<header.entries { entryValues.append(Int16(bitPattern: try reader.integer(UInt16.self))) }
    guard rowStarts.first == 0, rowStarts.last.map(Int.init) == header.entries,
      zip(rowStarts, rowStarts.dropFirst()).allSatisfy({ $0 <= $1 }),
      entryLabels.allSatisfy({ Int($0) < labels.count })
    else {
      throw BylineError.unreadableModel(source, "inconsistent weight tables")
    }
    self.init(
      labels: labels, transitions: transitions, scale: header.scale, hashes: hashes, rowStarts: rowStarts,
      entryLabels: entryLabels, entryValues: entryValues, metadata: header.metadata)
  }

  private static func append<Value: FixedWidthInteger>(_ value: Value, to data: inout Data) {
    withUnsafeBytes(of: value.littleEndian) { data.append(contentsOf: $0) }
  }

  /// The English news model bundled with the plugin, or `nil` if the resource is missing.
  public static let bundled: NERModel? = {
    guard
      let url = Bundle.module.url(
        forResource: "ner-en", withExtension: "bin", subdirectory: "Resources/model")
    else { return nil }
    return try? NERModel(contentsOf: url)
  }()
}

extension BylineError {
  /// A model file that cannot be read: code ``BylineError/Code/invalidData``, located at the
  /// file as a whole.
  static func unreadableModel(_ source: String, _ message: String) -> BylineError {
    BylineError(
      .invalidData, message, location: InputLocation(file: source, line: nil),
      hint: "give a model written by `train ner`, or leave --model out for the bundled one")
  }
}

/// Reads little-endian integers from bytes, failing cleanly at the end.
private struct ByteReader {
  let bytes: [UInt8]
  let source: String
  private(set) var offset = 0

  init(bytes: [UInt8], source: String) {
    self.bytes = bytes
    self.source = source
  }

  mutating func bytes(_ count: Int) throws -> [UInt8] {
    guard count >= 0, offset + count <= bytes.count else {
      throw BylineError.unreadableModel(source, "the file ends early (at byte \(offset))")
    }
    defer { offset += count }
    return Array(bytes[offset..<(offset + count)])
  }

  mutating func integer<Value: FixedWidthInteger>(_ type: Value.Type) throws -> Value {
    let size = MemoryLayout<Value>.size
    guard offset + size <= bytes.count else {
      throw BylineError.unreadableModel(source, "the file ends early (at byte \(offset))")
    }
    var value: Value = 0
    for index in 0..<size { value |= Value(bytes[offset + index]) << (8 * index) }
    offset += size
    return value
  }
}

/// An open-addressing table from feature hash to row. Beside the slots, a small array of
/// 16-bit fingerprints (0 for an empty slot) answers most lookups (most features of a text are
/// not in the model) without touching the larger slots.
struct FeatureTable: Sendable {
  struct Slot {
    var key: UInt64
    var row: Int
  }
  let slots: [Slot]
  let fingerprints: [UInt16]
  let mask: Int
  /// The hashes, row 0 first.
  let hashesInRowOrder: [UInt64]

  @inline(__always)
  static func fingerprint(_ hash: UInt64) -> UInt16 { UInt16(truncatingIfNeeded: hash >> 48) | 1 }

  init(hashes: [UInt64]) {
    var capacity = 16
    while capacity < hashes.count * 2 { capacity *= 2 }
    var slots = Array(repeating: Slot(key: 0, row: -1), count: capacity)
    var fingerprints = Array(repeating: UInt16(0), count: capacity)
    let mask = capacity - 1
    for (row, hash) in hashes.enumerated() {
      var slot = Int(truncatingIfNeeded: hash) & mask
      while slots[slot].key != 0 && slots[slot].key != hash { slot = (slot + 1) & mask }
      slots[slot] = Slot(key: hash, row: row)
      fingerprints[slot] = Self.fingerprint(hash)
    }
    self.slots = slots
    self.fingerprints = fingerprints
    self.mask = mask
    self.hashesInRowOrder = hashes
  }

  @inline(__always)
  func row(for hash: UInt64) -> Int? {
    slots.withUnsafeBufferPointer { slots in
      fingerprints.withUnsafeBufferPointer { fingerprints in
        FeatureTable.row(for: hash, in: slots, fingerprints: fingerprints, mask: mask)
      }
    }
  }

  @inline(__always)
  static func row(
    for hash: UInt64, in slots: UnsafeBufferPointer<Slot>, fingerprints: UnsafeBufferPointer<UInt16>,
    mask: Int
  ) -> Int? {
    let wanted = fingerprint(hash)
    var slot = Int(truncatingIfNeeded: hash) & mask
    while true {
      let found = fingerprints[slot]
      if found == 0 { return nil }
      if found == wanted, slots[slot].key == hash { return slots[slot].row }
      slot = (slot + 1) & mask
    }
  }
}
