#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A set of byte ranges of one growing buffer, compared by their bytes: each distinct byte
/// string gets a number (0, 1, 2… in insertion order) without being copied out as a `String`.
///
/// The buffer is the caller's; it may grow between calls, and bytes after the last inserted
/// range may be dropped, but inserted ranges must keep their bytes. Open addressing, linear
/// probing, a power-of-two table at most half full.
struct ByteRangeSet {
  private struct Entry {
    var hash: UInt64
    var start: Int
    var count: Int
  }

  private var entries: [Entry] = []
  /// Entry number + 1 per slot; 0 is empty.
  private var slots: [Int32]
  private var mask: Int

  /// - Parameter capacity: room for this many ranges before the first resize.
  init(capacity: Int = 0) {
    var size = 16
    while size < capacity * 2 { size <<= 1 }
    slots = Array(repeating: 0, count: size)
    mask = size - 1
    entries.reserveCapacity(capacity)
  }

  /// The number of distinct ranges.
  var count: Int { entries.count }

  /// Adds `range` of `buffer` unless the same bytes are already there: its number, and
  /// whether it is new.
  mutating func insert(_ range: Range<Int>, of buffer: UnsafeBufferPointer<UInt8>) -> (
    inserted: Bool, number: Int
  ) {
    let base = buffer.baseAddress.map { $0 + range.lowerBound }
    let hash = Self.hash(base, range.count)
    var slot = Int(truncatingIfNeeded: hash) & mask
    while true {
      let occupant = Int(slots[slot])
      if occupant == 0 { break }
      let entry = entries[occupant - 1]
      if entry.hash == hash, entry.count == range.count,
        range.count == 0 || memcmp(buffer.baseAddress! + entry.start, base!, range.count) == 0
      {
        return (false, occupant - 1)
      }
      slot = (slot + 1) & mask
    }
    entries.append(Entry(hash: hash, start: range.lowerBound, count: range.count))
    slots[slot] = Int32(entries.count)
    if entries.count * 2 > slots.count { grow() }
    return (true, entries.count - 1)
  }

  private mutating func grow() {
    let size = slots.count * 2
    slots = Array(repeating: 0, count: size)
    mask = size - 1
    for (index, entry) in entries.enumerated() {
      var slot = Int(truncatingIfNeeded: entry.hash) & mask
      while slots[slot] != 0 { slot = (slot + 1) & mask }
      slots[slot] = Int32(index + 1)
    }
  }

  /// A fast 64-bit hash of `count` bytes, sixteen at a time in two independent lanes (only for
  /// this table: it decides where entries go, never what is written).
  private static func hash(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> UInt64 {
    var first: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(count)
    var second: UInt64 = 0xC2B2_AE3D_27D4_EB4F
    guard let bytes else { return first }
    let raw = UnsafeRawPointer(bytes)
    var offset = 0
    while offset + 16 <= count {
      first = mix(first ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
      second = mix(second ^ raw.loadUnaligned(fromByteOffset: offset + 8, as: UInt64.self))
      offset += 16
    }
    if offset + 8 <= count {
      first = mix(first ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
      offset += 8
    }
    if offset < count {
      var tail: UInt64 = 0
      for index in offset..<count { tail = tail << 8 | UInt64(bytes[index]) }
      second = mix(second ^ tail)
    }
    return mix(first ^ (second &* 0x1656_67B1_9E37_79F9))
  }

  private static func mix(_ value: UInt64) -> UInt64 {
    let product = value &* 0xFF51_AFD7_ED55_8CCD
    return product ^ (product >> 29)
  }
}
