import Model

/// One unit of paragraph content: a Unicode scalar (emphasised or not) or a citation marker,
/// by its index in the paragraph's `AtomText.markers`.
///
/// Four bytes: a marker has the top bit set and its index below; a scalar has its value in
/// the low 21 bits and bit 30 set when emphasised. Arrays of atoms copy without reference
/// counting, and a scan for a scalar (`.`, white space) compares one integer per atom.
struct Atom: Equatable {
  private var raw: UInt32

  private static let markerBit: UInt32 = 1 << 31
  private static let emphasisBit: UInt32 = 1 << 30

  @inline(__always) private init(raw: UInt32) { self.raw = raw }

  /// A scalar atom.
  @inline(__always) static func scalar(_ scalar: Unicode.Scalar, emphasised: Bool) -> Atom {
    Atom(raw: scalar.value | (emphasised ? emphasisBit : 0))
  }

  /// The ASCII byte `byte` (below 0x80) as a scalar atom.
  @inline(__always) static func ascii(_ byte: UInt8, emphasised: Bool) -> Atom {
    Atom(raw: UInt32(byte) | (emphasised ? emphasisBit : 0))
  }

  /// The atom of the marker numbered `number` in its `AtomText`.
  @inline(__always) static func marker(_ number: Int) -> Atom {
    Atom(raw: markerBit | UInt32(truncatingIfNeeded: number))
  }

  static let space = Atom.scalar(" ", emphasised: false)

  var scalar: Unicode.Scalar? {
    isMarker ? nil : Unicode.Scalar(raw & 0x1F_FFFF)
  }

  /// The marker's index in its `AtomText.markers`, if this atom is a marker.
  var markerNumber: Int? {
    isMarker ? Int(raw & ~Self.markerBit) : nil
  }

  @inline(__always) var isMarker: Bool { raw & Self.markerBit != 0 }

  /// Whether this is an emphasised scalar.
  @inline(__always) var isEmphasised: Bool { raw & (Self.markerBit | Self.emphasisBit) == Self.emphasisBit }

  /// Whether this is the scalar `scalar`, emphasised or not (one comparison).
  @inline(__always) func isScalar(_ scalar: Unicode.Scalar) -> Bool {
    raw & ~Self.emphasisBit == scalar.value
  }

  /// White space (a marker is not).
  var isSpace: Bool { scalar?.isSpaceFast ?? false }

  /// Whether `other` is a scalar with this atom's emphasis (both are scalars).
  @inline(__always) func hasSameKind(as other: Atom) -> Bool {
    (raw ^ other.raw) & (Self.markerBit | Self.emphasisBit) == 0
  }
}

/// A paragraph's content, scanned into atoms before it is split into sentences and regrouped
/// into `Inline`s.
struct AtomText {
  private(set) var atoms: [Atom] = []
  private(set) var markers: [CitationMarker] = []

  init() {}

  var count: Int { atoms.count }
  var isEmpty: Bool { atoms.isEmpty }
  subscript(index: Int) -> Atom { atoms[index] }

  mutating func reserveCapacity(_ count: Int) { atoms.reserveCapacity(count) }

  mutating func append(_ scalar: Unicode.Scalar, emphasised: Bool) {
    atoms.append(.scalar(scalar, emphasised: emphasised))
  }

  /// Every scalar of `character`.
  mutating func append(scalarsOf character: Character, emphasised: Bool) {
    for scalar in character.unicodeScalars { atoms.append(.scalar(scalar, emphasised: emphasised)) }
  }

  /// Appends scalar atoms (no markers: their numbers belong to another `AtomText`).
  mutating func append(scalars: ArraySlice<Atom>) {
    assert(!scalars.contains { $0.isMarker })
    atoms.append(contentsOf: scalars)
  }

  mutating func append(_ marker: CitationMarker) {
    atoms.append(.marker(markers.count))
    markers.append(marker)
  }

  mutating func removeLast() { atoms.removeLast() }

  func marker(at index: Int) -> CitationMarker? {
    atoms[index].markerNumber.map { markers[$0] }
  }

  /// The range without leading and trailing white space.
  func trimmed(_ range: Range<Int>) -> Range<Int> {
    var lower = range.lowerBound
    var upper = range.upperBound
    while lower < upper, atoms[lower].isSpace { lower += 1 }
    while upper > lower, atoms[upper - 1].isSpace { upper -= 1 }
    return lower..<upper
  }

  /// Whether the range holds a marker or a scalar that is not white space.
  func hasContent(_ range: Range<Int>) -> Bool {
    atoms[range].contains { !$0.isSpace }
  }

  /// The atoms in `range` regrouped into inlines: runs of plain text, runs of emphasis, markers.
  ///
  /// One pass over the atoms: each run is encoded into a scratch buffer (four bytes per atom
  /// at most) as it is scanned, and becomes a String when it ends.
  func inlines(_ range: Range<Int>) -> [Inline] {
    var result: [Inline] = []
    atoms.withUnsafeBufferPointer { atoms in
      withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 4 * range.count) { bytes in
        var index = range.lowerBound
        while index < range.upperBound {
          let first = atoms[index]
          if let number = first.markerNumber {
            result.append(.citation(markers[number]))
            index += 1
            continue
          }
          var count = 0
          while index < range.upperBound, atoms[index].hasSameKind(as: first), let scalar = atoms[index].scalar {
            count = Self.encode(scalar, into: bytes, at: count)
            index += 1
          }
          let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[..<count]), as: UTF8.self)
          result.append(first.isEmphasised ? .emphasis([.text(text)]) : .text(text))
        }
      }
    }
    return result
  }

  /// Writes the UTF-8 of `scalar` into `buffer` at `offset`; the offset after it.
  @inline(__always)
  private static func encode(_ scalar: Unicode.Scalar, into buffer: UnsafeMutableBufferPointer<UInt8>, at offset: Int)
    -> Int
  {
    if scalar.isASCII {
      buffer[offset] = UInt8(truncatingIfNeeded: scalar.value)
      return offset + 1
    }
    var offset = offset
    UTF8.encode(scalar) { byte in
      buffer[offset] = byte
      offset += 1
    }
    return offset
  }

  /// Appends the scalars of the UTF-8 `text`, each run of white space as one space, and none
  /// right after a space already there.
  ///
  /// The atoms are decoded into a scratch buffer and appended at once: an append per scalar
  /// would check the array's uniqueness and capacity every time.
  mutating func appendCollapsingSpaces(_ text: UnsafeBufferPointer<UInt8>, emphasised: Bool) {
    guard !text.isEmpty else { return }
    var lastIsSpace = false
    if let last = atoms.last, last.isScalar(" ") { lastIsSpace = true }
    let decoded = withUnsafeTemporaryAllocation(of: Atom.self, capacity: text.count) { buffer in
      guard let count = Self.decodeCollapsingSpaces(text, emphasised: emphasised, lastIsSpace: lastIsSpace, into: buffer)
      else { return false }
      atoms.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[..<count]))
      return true
    }
    guard !decoded else { return }
    // Not valid UTF-8 (libxml2 gives valid UTF-8): its scalars as a String repairs them.
    for scalar in String(decoding: text, as: UTF8.self).unicodeScalars {
      if scalar.isSpaceFast {
        if lastIsSpace { continue }
        atoms.append(.scalar(" ", emphasised: emphasised))
        lastIsSpace = true
      } else {
        atoms.append(.scalar(scalar, emphasised: emphasised))
        lastIsSpace = false
      }
    }
  }

  /// Decodes the valid UTF-8 `text` into `buffer` (as long as `text` at least), white space
  /// collapsed; the number of atoms written, or nil if `text` is not valid UTF-8.
  private static func decodeCollapsingSpaces(
    _ text: UnsafeBufferPointer<UInt8>, emphasised: Bool, lastIsSpace: Bool,
    into buffer: UnsafeMutableBufferPointer<Atom>
  ) -> Int? {
    var lastIsSpace = lastIsSpace
    var count = 0
    var index = 0
    while index < text.count {
      // A run of printable ASCII (no white space among it), copied in a tight loop.
      if Self.isPrintableASCII(text[index]) {
        repeat {
          buffer.initializeElement(at: count, to: .ascii(text[index], emphasised: emphasised))
          count += 1
          index += 1
        } while index < text.count && Self.isPrintableASCII(text[index])
        lastIsSpace = false
        continue
      }
      let lead = text[index]
      let scalar: Unicode.Scalar
      if lead < 0x80 {
        scalar = Unicode.Scalar(lead)
        index += 1
      } else {
        guard let (decoded, length) = decodeMultibyte(text, at: index) else { return nil }
        scalar = decoded
        index += length
      }
      if scalar.isSpaceFast {
        if lastIsSpace { continue }
        buffer.initializeElement(at: count, to: .scalar(" ", emphasised: emphasised))
        lastIsSpace = true
      } else {
        buffer.initializeElement(at: count, to: .scalar(scalar, emphasised: emphasised))
        lastIsSpace = false
      }
      count += 1
    }
    return count
  }

  /// An ASCII byte from `!` to DEL: neither white space nor part of a multi-byte scalar.
  @inline(__always)
  private static func isPrintableASCII(_ byte: UInt8) -> Bool { byte &- 0x21 < 0x5F }

  /// The scalar of two to four bytes at `index` and its length; nil if the bytes there are
  /// not valid UTF-8.
  private static func decodeMultibyte(_ text: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int)? {
    let lead = text[index]
    let length: Int
    let minimum: UInt32
    switch lead {
    case 0xC2...0xDF: (length, minimum) = (2, 0x80)
    case 0xE0...0xEF: (length, minimum) = (3, 0x800)
    case 0xF0...0xF4: (length, minimum) = (4, 0x10000)
    default: return nil
    }
    guard index + length <= text.count else { return nil }
    var value = UInt32(lead) & (0x7F >> length)
    for offset in 1..<length {
      let byte = text[index + offset]
      guard byte & 0xC0 == 0x80 else { return nil }
      value = value << 6 | UInt32(byte & 0x3F)
    }
    guard value >= minimum, let scalar = Unicode.Scalar(value) else { return nil }
    return (scalar, length)
  }
}
