import Model

/// One unit of paragraph content: a Unicode scalar (emphasised or not) or a citation marker,
/// by its index in the paragraph's `AtomText.markers`.
///
/// A plain value of eight bytes: arrays of atoms copy without reference counting.
enum Atom: Equatable {
  case scalar(Unicode.Scalar, emphasised: Bool)
  case marker(Int32)

  static let space = Atom.scalar(" ", emphasised: false)

  var scalar: Unicode.Scalar? {
    if case .scalar(let scalar, _) = self { return scalar }
    return nil
  }

  var isMarker: Bool {
    if case .marker = self { return true }
    return false
  }

  /// White space (a marker is not).
  var isSpace: Bool { scalar?.isSpaceFast ?? false }
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
    atoms.append(.marker(Int32(markers.count)))
    markers.append(marker)
  }

  mutating func removeLast() { atoms.removeLast() }

  func marker(at index: Int) -> CitationMarker? {
    if case .marker(let number) = atoms[index] { return markers[Int(number)] }
    return nil
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
          switch atoms[index] {
          case .marker(let number):
            result.append(.citation(markers[Int(number)]))
            index += 1
          case .scalar(_, let emphasised):
            var count = 0
            while index < range.upperBound, case .scalar(let scalar, emphasised) = atoms[index] {
              count = Self.encode(scalar, into: bytes, at: count)
              index += 1
            }
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[..<count]), as: UTF8.self)
            result.append(emphasised ? .emphasis([.text(text)]) : .text(text))
          }
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
    if case .scalar(" ", _) = atoms.last { lastIsSpace = true }
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
          buffer.initializeElement(at: count, to: .scalar(Unicode.Scalar(text[index]), emphasised: emphasised))
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
