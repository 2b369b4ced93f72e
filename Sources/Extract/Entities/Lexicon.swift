import Foundation
import Model

/// The entity lexicon (`terms.tsv`: surface, CURIE, flags; `entities.tsv`: CURIE, type,
/// canonical name), loaded once per process from the Extract target's resources and indexed
/// by `LexiconKey.key(surface)` in an open-addressing table over the raw bytes.
struct Lexicon: Sendable {
  /// Row flags (`cs`, `amb`, `gen` in `terms.tsv`).
  struct Flags: OptionSet, Sendable {
    let rawValue: UInt8
    static let caseSensitive = Flags(rawValue: 1)
    static let ambiguous = Flags(rawValue: 2)
    static let generic = Flags(rawValue: 4)
  }

  /// One row of `terms.tsv`, as byte ranges into `termBytes`.
  struct Term: Sendable {
    var surface: Range<Int32>
    var curie: Range<Int32>
    var flags: Flags
    /// The next row with the same key, or -1.
    var next: Int32
  }

  /// A grounded entity: what a matched term stands for.
  struct Entry: Hashable, Sendable {
    var type: EntityType
    var curie: String
    var canonical: String
  }

  private let termBytes: [UInt8]
  private let entityBytes: [UInt8]
  private(set) var terms: [Term] = []
  /// Per key group: the key's bytes in `keyBytes`, its first and last row.
  private var groupKeys: [Range<Int32>] = []
  private var groupFirst: [Int32] = []
  private var groupLast: [Int32] = []
  private var keyBytes: [UInt8] = []
  private var slots: [Int32] = []
  private var mask = 0
  /// Bits for the tagger's two questions about a span's key bytes, by their hash: may a key
  /// start with them (every prefix of every key, the key itself included, sets a bit), and
  /// may they be a key. A clear bit means no. Both bits of a hash lie in one 512-bit block
  /// (a cache line) chosen by its top 15 bits, so both answers cost one memory access: a
  /// 2 MB table does not stay in cache, and the tagger asks for every span it tries.
  private var spanFilter = [UInt64](repeating: 0, count: 1 << 18)
  /// CURIE → (type, canonical) rows of `entities.tsv`.
  private var entityCuries: [Range<Int32>] = []
  private var entityTypes: [EntityType] = []
  private var entityCanonical: [Range<Int32>] = []
  private var entitySlots: [Int32] = []
  private var entityMask = 0

  /// Why the lexicon is empty, if it could not be read.
  private(set) var loadError: String?

  /// The lexicon shipped with citegraph, loaded on first use.
  static let shared: Lexicon = {
    guard let folder = LexiconLocation.folder() else {
      return Lexicon(
        terms: [], entities: [],
        error: "the lexicon is missing: looked in \(LexiconLocation.candidates().map(\.path)); set CITEGRAPH_LEXICON to a folder with terms.tsv and entities.tsv")
    }
    do {
      let terms = try Data(contentsOf: folder.appendingPathComponent("terms.tsv"))
      let entities = try Data(contentsOf: folder.appendingPathComponent("entities.tsv"))
      return Lexicon(terms: [UInt8](terms), entities: [UInt8](entities))
    } catch {
      return Lexicon(terms: [], entities: [], error: "cannot read the lexicon: \(error)")
    }
  }()

  /// Builds the index from the bytes of `terms.tsv` and `entities.tsv` (each with a header row).
  init(terms: [UInt8], entities: [UInt8], error: String? = nil) {
    termBytes = terms
    entityBytes = entities
    loadError = error
    indexEntities()
    indexTerms()
  }

  var isEmpty: Bool { terms.isEmpty }

  // MARK: Lookup

  /// The first row of the group whose key is `key`, or nil; `hash` is `Lexicon.hash(key)`.
  func firstTerm(forKey key: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int32? {
    guard !slots.isEmpty, mayBeKey(hash: hash) else { return nil }
    var slot = Int(truncatingIfNeeded: hash) & mask
    while true {
      let group = slots[slot]
      if group < 0 { return nil }
      let range = groupKeys[Int(group)]
      if range.count == key.count {
        var equal = true
        var offset = Int(range.lowerBound)
        for byte in key {
          if keyBytes[offset] != byte {
            equal = false
            break
          }
          offset += 1
        }
        if equal { return groupFirst[Int(group)] }
      }
      slot = (slot + 1) & mask
    }
  }

  /// Whether some key may start with the bytes whose hash is `hash` (`Lexicon.hash`); false
  /// means none does.
  func mayStartKey(hash: UInt64) -> Bool {
    Self.filterHas(spanFilter, Self.spanFilterBits(hash).prefix)
  }

  /// Whether the bytes whose hash is `hash` may be a key; false means they are none.
  func mayBeKey(hash: UInt64) -> Bool {
    Self.filterHas(spanFilter, Self.spanFilterBits(hash).key)
  }

  /// The surface of a row as written in `terms.tsv`.
  func surface(_ term: Term) -> String {
    string(termBytes, term.surface)
  }

  /// Whether the row's surface contains a space.
  func surfaceHasSpace(_ term: Term) -> Bool {
    termBytes[Int(term.surface.lowerBound)..<Int(term.surface.upperBound)].contains(0x20)
  }

  /// The CURIEs that some row names as a receptor: a surface whose last word is `receptor(s)`
  /// (`HGF Receptor`, `cMet receptor`) or that says `receptor tyrosine kinase` or `receptor
  /// subunit` (not `non-receptor tyrosine kinase`). `the Met receptor` is MET itself, where
  /// `the TH receptor` is a receptor of thyroid hormone.
  func receptorCuries() -> Set<String> {
    let receptor = Array("receptor".utf8)
    let suffixes = [" tyrosine kinase", " subunit"].map { Array($0.utf8) }
    var curies: Set<String> = []
    termBytes.withUnsafeBufferPointer { bytes in
      /// Whether `word` is at `index` (ASCII letters compared in lower case).
      func matches(_ word: [UInt8], at index: Int, before end: Int) -> Bool {
        guard index + word.count <= end else { return false }
        for offset in word.indices where LexiconKey.lowercased(bytes[index + offset]) != word[offset] {
          return false
        }
        return true
      }
      for term in terms {
        let start = Int(term.surface.lowerBound), end = Int(term.surface.upperBound)
        var index = start
        while index + receptor.count <= end {
          defer { index += 1 }
          guard index == start || bytes[index - 1] == 0x20, matches(receptor, at: index, before: end)
          else { continue }
          let after = index + receptor.count
          if after == end || after + 1 == end && LexiconKey.lowercased(bytes[after]) == UInt8(ascii: "s")
            || suffixes.contains(where: { matches($0, at: after, before: end) })
          {
            curies.insert(string(termBytes, term.curie))
            break
          }
        }
      }
    }
    return curies
  }

  /// `casekey(surface)` of a row.
  func surfaceCasekey(_ term: Term) -> [UInt8] {
    let bytes = termBytes[Int(term.surface.lowerBound)..<Int(term.surface.upperBound)]
    if bytes.allSatisfy({ $0 < 0x80 }) {
      var output: [UInt8] = []
      LexiconKey.appendCasekey(ofMapped: Array(bytes), to: &output)
      return output
    }
    return LexiconKey.casekeyBytes(String(decoding: bytes, as: UTF8.self))
  }

  /// What a row stands for, or nil when its CURIE is missing from `entities.tsv`.
  func entry(_ term: Term) -> Entry? {
    entityIndex(term).map(entry(at:))
  }

  /// The `entities.tsv` row of a term's CURIE, or nil when it is missing.
  func entityIndex(_ term: Term) -> Int? {
    let curie = termBytes[Int(term.curie.lowerBound)..<Int(term.curie.upperBound)]
    guard !entitySlots.isEmpty else { return nil }
    var slot = Int(truncatingIfNeeded: Self.hash(curie)) & entityMask
    while true {
      let index = entitySlots[slot]
      if index < 0 { return nil }
      let range = entityCuries[Int(index)]
      if entityBytes[Int(range.lowerBound)..<Int(range.upperBound)].elementsEqual(curie) {
        return Int(index)
      }
      slot = (slot + 1) & entityMask
    }
  }

  /// The type of an `entities.tsv` row, without building its entry.
  func entityType(at index: Int) -> EntityType { entityTypes[index] }

  /// The entry of an `entities.tsv` row (`entityIndex`).
  func entry(at index: Int) -> Entry {
    Entry(
      type: entityTypes[index], curie: string(entityBytes, entityCuries[index]),
      canonical: string(entityBytes, entityCanonical[index]))
  }

  /// The row's type, without building its entry.
  func type(_ term: Term) -> EntityType? { entityIndex(term).map(entityType(at:)) }

  /// FNV-1a, 64 bits.
  @inline(__always)
  static func hash<C: Sequence<UInt8>>(_ bytes: C) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
    return hash
  }

  @inline(__always)
  static func hash(_ hash: UInt64, adding byte: UInt8) -> UInt64 {
    (hash ^ UInt64(byte)) &* 0x100_0000_01b3
  }

  static let emptyHash: UInt64 = 0xcbf2_9ce4_8422_2325

  /// The `spanFilter` bits of a hash: its block (top 15 bits), and in it the prefix bit
  /// (bits 40–48) and the key bit (bits 31–39).
  @inline(__always)
  private static func spanFilterBits(_ hash: UInt64) -> (prefix: Int, key: Int) {
    let block = Int(truncatingIfNeeded: hash >> 49) << 9
    return (
      block | Int(truncatingIfNeeded: (hash >> 40) & 511),
      block | Int(truncatingIfNeeded: (hash >> 31) & 511)
    )
  }

  @inline(__always)
  private static func filterHas(_ filter: [UInt64], _ bit: Int) -> Bool {
    filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0
  }

  /// Marks `hash` as a key's in `spanFilter`.
  private mutating func addKey(_ hash: UInt64) {
    let bit = Self.spanFilterBits(hash).key
    spanFilter[bit >> 6] |= 1 << UInt64(bit & 63)
  }

  // MARK: Building

  private mutating func indexEntities() {
    let bytes = entityBytes
    bytes.withUnsafeBufferPointer { indexEntities($0) }
  }

  /// Reads the rows of `entities.tsv` (`bytes`): rows of exactly three fields whose type is an
  /// `EntityType`, found in place (some 75 000 rows, once per process).
  private mutating func indexEntities(_ bytes: UnsafeBufferPointer<UInt8>) {
    let typeNames = EntityType.allCases.map { (name: Array($0.rawValue.utf8), type: $0) }
    var lineStart = Self.endOfLine(bytes, from: 0) + 1  // skip the header
    while lineStart < bytes.count {
      let lineEnd = Self.endOfLine(bytes, from: lineStart)
      var end = lineEnd
      if end > lineStart, bytes[end - 1] == 0x0D { end -= 1 }
      let curieStart = lineStart
      lineStart = lineEnd + 1
      let curieEnd = Self.fieldEnd(bytes, from: curieStart, to: end)
      let typeEnd = Self.fieldEnd(bytes, from: curieEnd + 1, to: end)
      guard typeEnd < end, Self.fieldEnd(bytes, from: typeEnd + 1, to: end) == end else {
        continue
      }
      let name = bytes[(curieEnd + 1)..<typeEnd]
      guard let type = typeNames.first(where: { $0.name.elementsEqual(name) })?.type else {
        continue
      }
      entityCuries.append(Int32(curieStart)..<Int32(curieEnd))
      entityTypes.append(type)
      entityCanonical.append(Int32(typeEnd + 1)..<Int32(end))
    }
    let capacity = Self.capacity(for: entityCuries.count)
    entitySlots = Self.slotTable(for: entityCuries, in: entityBytes, capacity: capacity)
    entityMask = capacity - 1
  }

  private mutating func indexTerms() {
    let bytes = termBytes
    bytes.withUnsafeBufferPointer { indexTerms($0) }
  }

  /// Reads the rows of `terms.tsv` (`bytes`) into `terms` and the key table. This runs once
  /// per process over some 180 000 rows, so it reads the bytes in place: an ASCII surface is
  /// its own mapped form, and each key is lower-cased and hashed in one pass.
  private mutating func indexTerms(_ bytes: UnsafeBufferPointer<UInt8>) {
    var lineStart = Self.endOfLine(bytes, from: 0) + 1
    terms.reserveCapacity(bytes.count / 28)
    groupKeys.reserveCapacity(bytes.count / 28)
    groupFirst.reserveCapacity(bytes.count / 28)
    groupLast.reserveCapacity(bytes.count / 28)
    keyBytes.reserveCapacity(bytes.count / 2)
    let capacity = Self.capacity(for: bytes.count / 28)
    slots = [Int32](repeating: -1, count: capacity)
    mask = capacity - 1
    // The row's key in `key[..<keyLength]`, its predecessor's in `previousKey[..<previousLength]`:
    // buffers written in place and swapped, grown only for a longer surface.
    var key = [UInt8](repeating: 0, count: 64)
    var keyLength = 0
    var previousKey = [UInt8](repeating: 0, count: 64)
    var previousLength = 0
    // `terms.tsv` is sorted by key, so a row's key is either its predecessor's (same group)
    // or new (no probing for an equal key); `isSorted` turns false, and every insert does the
    // full lookup, if a file ever is not.
    var isSorted = true
    let count = bytes.count
    while lineStart < count {
      // surface TAB curie TAB flags (CR) LF, found without allocating; a malformed row is
      // skipped whole.
      let index = Self.endOfLine(bytes, from: lineStart)
      let surfaceEnd = Self.fieldEnd(bytes, from: lineStart, to: index)
      let curieStart = surfaceEnd + 1
      let curieEnd = Self.fieldEnd(bytes, from: curieStart, to: index)
      let flagsStart = curieEnd + 1
      guard surfaceEnd < index, curieEnd < index,
        Self.fieldEnd(bytes, from: flagsStart, to: index) == index
      else {
        lineStart = index + 1
        continue
      }
      var flagsEnd = index
      if flagsEnd > flagsStart, bytes[flagsEnd - 1] == 0x0D { flagsEnd -= 1 }
      let surfaceStart = lineStart
      lineStart = index + 1
      guard surfaceEnd > surfaceStart else { continue }
      let flags = Self.flags(UnsafeBufferPointer(rebasing: bytes[flagsStart..<flagsEnd]))
      let surface = UnsafeBufferPointer(rebasing: bytes[surfaceStart..<surfaceEnd])
      if surface.allSatisfy({ $0 < 0x80 }) {
        // A casekey is never longer than its (here ASCII) surface.
        if key.count < surface.count { key = [UInt8](repeating: 0, count: surface.count) }
        keyLength = key.withUnsafeMutableBufferPointer {
          LexiconKey.writeCasekey(ofMapped: surface, to: $0)
        }
      } else {
        let casekey = LexiconKey.casekeyBytes(String(decoding: surface, as: UTF8.self))
        if key.count < casekey.count { key = [UInt8](repeating: 0, count: casekey.count) }
        key.replaceSubrange(0..<casekey.count, with: casekey)
        keyLength = casekey.count
      }
      guard keyLength > 0 else { continue }
      var hash = Self.emptyHash
      key.withUnsafeMutableBufferPointer { key in
        spanFilter.withUnsafeMutableBufferPointer { filter in
          for index in 0..<keyLength {
            let lower = LexiconKey.lowercased(key[index])
            key[index] = lower
            hash = Self.hash(hash, adding: lower)
            let bit = Self.spanFilterBits(hash).prefix
            filter[bit >> 6] |= 1 << UInt64(bit & 63)
          }
        }
      }
      let row = Int32(terms.count)
      terms.append(
        Term(
          surface: Int32(surfaceStart)..<Int32(surfaceEnd),
          curie: Int32(curieStart)..<Int32(curieEnd), flags: flags, next: -1))
      let rowKey = key[..<keyLength]
      let previous = previousKey[..<previousLength]
      if isSorted, !groupKeys.isEmpty, rowKey == previous {
        let group = groupKeys.count - 1
        terms[Int(groupLast[group])].next = row
        groupLast[group] = row
        continue
      }
      if isSorted, !groupKeys.isEmpty, !rowKey.lexicographicallyPrecedes(previous) {
        insertNew(rowKey, hash: hash, row: row)
      } else {
        if !groupKeys.isEmpty { isSorted = false }
        insert(rowKey, hash: hash, row: row)
      }
      swap(&previousKey, &key)
      previousLength = keyLength
    }
  }

  /// The flags of a row's comma-separated flags field; unknown flags are ignored.
  private static func flags(_ field: UnsafeBufferPointer<UInt8>) -> Flags {
    var flags: Flags = []
    for flag in field.split(separator: 0x2C) {
      if flag.elementsEqual("cs".utf8) {
        flags.insert(.caseSensitive)
      } else if flag.elementsEqual("amb".utf8) {
        flags.insert(.ambiguous)
      } else if flag.elementsEqual("gen".utf8) {
        flags.insert(.generic)
      }
    }
    return flags
  }

  /// Adds a group for `key` (whose hash is `hash`), known not to be in the table yet.
  private mutating func insertNew(_ key: ArraySlice<UInt8>, hash: UInt64, row: Int32) {
    if groupKeys.count * 2 >= slots.count { grow() }
    addKey(hash)
    var slot = Int(truncatingIfNeeded: hash) & mask
    while slots[slot] >= 0 { slot = (slot + 1) & mask }
    place(key, row: row, at: slot)
  }

  /// Stores `key` as a new group whose only row is `row`, in the free `slot`.
  private mutating func place(_ key: ArraySlice<UInt8>, row: Int32, at slot: Int) {
    let start = Int32(keyBytes.count)
    keyBytes.append(contentsOf: key)
    slots[slot] = Int32(groupKeys.count)
    groupKeys.append(start..<Int32(keyBytes.count))
    groupFirst.append(row)
    groupLast.append(row)
  }

  /// Adds `row` to the group for `key` (whose hash is `hash`), making the group when it is new.
  private mutating func insert(_ key: ArraySlice<UInt8>, hash: UInt64, row: Int32) {
    addKey(hash)
    var slot = Int(truncatingIfNeeded: hash) & mask
    while true {
      let group = slots[slot]
      if group < 0 { break }
      let range = groupKeys[Int(group)]
      if range.count == key.count, Self.equal(keyBytes, Int(range.lowerBound), key) {
        let last = groupLast[Int(group)]
        terms[Int(last)].next = row
        groupLast[Int(group)] = row
        return
      }
      slot = (slot + 1) & mask
    }
    if groupKeys.count * 2 >= slots.count {
      grow()
      insert(key, hash: hash, row: row)
      return
    }
    place(key, row: row, at: slot)
  }

  private mutating func grow() {
    let capacity = slots.count * 2
    slots = Self.slotTable(for: groupKeys, in: keyBytes, capacity: capacity)
    mask = capacity - 1
  }

  /// An open-addressing table (linear probing, `capacity` a power of two) holding each
  /// range's index at the slot its bytes hash to.
  private static func slotTable(for ranges: [Range<Int32>], in bytes: [UInt8], capacity: Int)
    -> [Int32]
  {
    var table = [Int32](repeating: -1, count: capacity)
    let mask = capacity - 1
    for (index, range) in ranges.enumerated() {
      var slot =
        Int(truncatingIfNeeded: hash(bytes[Int(range.lowerBound)..<Int(range.upperBound)])) & mask
      while table[slot] >= 0 { slot = (slot + 1) & mask }
      table[slot] = Int32(index)
    }
    return table
  }

  @inline(__always)
  private static func equal(_ bytes: [UInt8], _ start: Int, _ key: ArraySlice<UInt8>) -> Bool {
    var offset = start
    for byte in key {
      if bytes[offset] != byte { return false }
      offset += 1
    }
    return true
  }

  private static func capacity(for count: Int) -> Int {
    var capacity = 16
    while capacity < count * 2 { capacity <<= 1 }
    return capacity
  }

  /// The index of the LF that ends the line at `start`, or the end of `bytes`.
  private static func endOfLine(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    firstIndex(of: 0x0A, in: bytes, from: start, to: bytes.count)
  }

  /// The index of the first TAB in `start..<end`, or `end` (`start` when it is past `end`).
  private static func fieldEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int)
    -> Int
  {
    firstIndex(of: 0x09, in: bytes, from: start, to: end)
  }

  /// The index of the first `byte` in `start..<end`, or `end` (`start` when it is past
  /// `end`). `memchr`: the load looks for some 1.3 million TABs and LFs in 7.6 MB.
  private static func firstIndex(
    of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int
  ) -> Int {
    guard start < end, let base = bytes.baseAddress else { return max(start, end) }
    guard let found = memchr(base + start, Int32(byte), end - start) else { return end }
    return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
  }

  private func string(_ bytes: [UInt8], _ range: Range<Int32>) -> String {
    String(decoding: bytes[Int(range.lowerBound)..<Int(range.upperBound)], as: UTF8.self)
  }
}
