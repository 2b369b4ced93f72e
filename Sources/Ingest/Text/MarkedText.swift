import Model

/// A paragraph's content before it is split into sentences: UTF-8 text, the runs of it that are
/// emphasised, and citation markers, each standing in the text as one NUL byte (text never
/// holds NUL: XML forbids it, and `append` replaces it). Offsets are byte offsets into `utf8`.
///
/// Bytes, not decoded scalars: a paragraph is copied in, scanned for full stops and cut into
/// Strings with no decoding or encoding of its text.
struct MarkedText {
  private(set) var utf8: [UInt8] = []
  /// The emphasised runs of `utf8`, in order, apart and not empty (a marker's byte is never
  /// emphasised).
  private(set) var emphasis: [Range<Int>] = []
  private(set) var markers: [CitationMarker] = []
  /// The offset in `utf8` of each marker's byte, in order.
  private(set) var markerOffsets: [Int] = []

  /// The byte that stands for a marker.
  static let markerByte: UInt8 = 0

  init() {}

  var count: Int { utf8.count }
  var isEmpty: Bool { utf8.isEmpty }

  mutating func reserveCapacity(_ count: Int) { utf8.reserveCapacity(count) }

  /// Marks the bytes from `start` to the end as emphasised, joined to a run that ends there.
  private mutating func emphasise(from start: Int) {
    guard start < utf8.count else { return }
    if let last = emphasis.last, last.upperBound == start {
      emphasis[emphasis.count - 1] = last.lowerBound..<utf8.count
    } else {
      emphasis.append(start..<utf8.count)
    }
  }

  /// Appends `scalar` (NUL as U+FFFD).
  mutating func append(_ scalar: Unicode.Scalar, emphasised: Bool) {
    let start = utf8.count
    if scalar.isASCII, scalar.value != 0 {
      utf8.append(UInt8(truncatingIfNeeded: scalar.value))
    } else {
      UTF8.encode(scalar.value == 0 ? "\u{FFFD}" : scalar) { utf8.append($0) }
    }
    if emphasised { emphasise(from: start) }
  }

  /// Every scalar of `character`.
  mutating func append(scalarsOf character: Character, emphasised: Bool) {
    for scalar in character.unicodeScalars { append(scalar, emphasised: emphasised) }
  }

  mutating func append(_ marker: CitationMarker) {
    markerOffsets.append(utf8.count)
    markers.append(marker)
    utf8.append(Self.markerByte)
  }

  /// Appends the bytes `range` of `other`, which hold no marker (their numbers belong to
  /// `other`).
  mutating func append(_ range: Range<Int>, of other: MarkedText) {
    assert(!other.utf8[range].contains(Self.markerByte))
    let shift = utf8.count - range.lowerBound
    utf8.append(contentsOf: other.utf8[range])
    for run in other.emphasis[other.firstRun(endingAfter: range.lowerBound)...] {
      guard run.lowerBound < range.upperBound else { break }
      emphasise(from: max(run.lowerBound, range.lowerBound) + shift)
      // `emphasise` marked up to the end: give back what lies past this run.
      let end = min(run.upperBound, range.upperBound) + shift
      if end < utf8.count { emphasis[emphasis.count - 1] = emphasis[emphasis.count - 1].lowerBound..<end }
    }
  }

  /// The index in `emphasis` of the first run that ends after `offset`.
  private func firstRun(endingAfter offset: Int) -> Int {
    var low = 0
    var high = emphasis.count
    while low < high {
      let middle = (low + high) / 2
      if emphasis[middle].upperBound <= offset { low = middle + 1 } else { high = middle }
    }
    return low
  }

  /// Whether the byte at `offset` is emphasised.
  func isEmphasised(at offset: Int) -> Bool {
    let run = firstRun(endingAfter: offset)
    return run < emphasis.count && emphasis[run].contains(offset)
  }

  /// Removes the last scalar (not a marker).
  mutating func removeLastScalar() {
    guard let (_, start) = scalar(before: utf8.count) else { return }
    utf8.removeSubrange(start...)
    // The last emphasised run loses what was removed, or goes if nothing of it is left.
    if let last = emphasis.last, last.upperBound > start {
      if last.lowerBound >= start {
        emphasis.removeLast()
      } else {
        emphasis[emphasis.count - 1] = last.lowerBound..<start
      }
    }
  }

  /// Whether the byte at `offset` stands for a marker.
  @inline(__always) func isMarker(at offset: Int) -> Bool { utf8[offset] == Self.markerByte }

  /// The marker whose byte is at `offset`, if any.
  func marker(at offset: Int) -> CitationMarker? {
    isMarker(at: offset) ? markers[firstMarker(atOrAfter: offset)] : nil
  }

  /// The index in `markers` of the first marker at `offset` or after it.
  private func firstMarker(atOrAfter offset: Int) -> Int {
    var low = 0
    var high = markerOffsets.count
    while low < high {
      let middle = (low + high) / 2
      if markerOffsets[middle] < offset { low = middle + 1 } else { high = middle }
    }
    return low
  }

  /// The scalar starting at `offset` and its length in bytes; nil at a marker or the end.
  func scalar(at offset: Int) -> (scalar: Unicode.Scalar, length: Int)? {
    guard offset < utf8.count, !isMarker(at: offset) else { return nil }
    return Self.decode(utf8, at: offset)
  }

  /// The scalar that ends at `offset` and where it starts; nil at a marker or the start.
  func scalar(before offset: Int) -> (scalar: Unicode.Scalar, start: Int)? {
    guard offset > 0, !isMarker(at: offset - 1) else { return nil }
    var start = offset - 1
    while start > 0, utf8[start] & 0xC0 == 0x80 { start -= 1 }
    return (Self.decode(utf8, at: start).scalar, start)
  }

  /// The last scalar, if the text does not end with a marker.
  var lastScalar: Unicode.Scalar? { scalar(before: utf8.count)?.scalar }

  /// Up to `limit` scalars that end at `offset`, back to a marker or the start, in text order.
  func scalars(before offset: Int, limit: Int) -> String.UnicodeScalarView {
    var start = offset
    var taken = 0
    while taken < limit, let (_, previous) = scalar(before: start) {
      start = previous
      taken += 1
    }
    return String(decoding: utf8[start..<offset], as: UTF8.self).unicodeScalars
  }

  /// Whether the scalar at `offset` is white space (a marker is not).
  func isSpace(at offset: Int) -> Bool {
    let byte = utf8[offset]
    if byte < 0x80 { return byte == 0x20 || (0x09...0x0D).contains(byte) }
    return scalar(at: offset)?.scalar.isSpaceFast ?? false
  }

  /// The range without leading and trailing white space.
  func trimmed(_ range: Range<Int>) -> Range<Int> {
    var lower = range.lowerBound
    var upper = range.upperBound
    while lower < upper, isSpace(at: lower) { lower += scalar(at: lower)?.length ?? 1 }
    while upper > lower, let (scalar, start) = scalar(before: upper), scalar.isSpaceFast { upper = start }
    return lower..<upper
  }

  /// Whether the range holds a marker or a scalar that is not white space.
  func hasContent(_ range: Range<Int>) -> Bool {
    var offset = range.lowerBound
    while offset < range.upperBound {
      guard let (scalar, length) = scalar(at: offset) else { return true }
      if !scalar.isSpaceFast { return true }
      offset += length
    }
    return false
  }

  /// The bytes in `range` regrouped into inlines: runs of plain text, runs of emphasis, markers.
  func inlines(_ range: Range<Int>) -> [Inline] {
    var marker = firstMarker(atOrAfter: range.lowerBound)
    var run = firstRun(endingAfter: range.lowerBound)
    // Room for them all at once: each marker and each emphasised run adds at most two inlines
    // to the first.
    let markerCount = firstMarker(atOrAfter: range.upperBound) - marker
    let lastRun = firstRun(endingAfter: range.upperBound)
    let lastRunStarts = lastRun < emphasis.count && emphasis[lastRun].lowerBound < range.upperBound
    let runCount = lastRun - run + (lastRunStarts ? 1 : 0)
    var result: [Inline] = []
    result.reserveCapacity(1 + 2 * (markerCount + runCount))
    utf8.withUnsafeBufferPointer { utf8 in
      var offset = range.lowerBound
      while offset < range.upperBound {
        if utf8[offset] == Self.markerByte {
          result.append(.citation(markers[marker]))
          marker += 1
          offset += 1
          continue
        }
        // The text up to the next marker, the end, or where emphasis begins or ends.
        while run < emphasis.count, emphasis[run].upperBound <= offset { run += 1 }
        let emphasised = run < emphasis.count && emphasis[run].lowerBound <= offset
        let runEnd = run < emphasis.count ? (emphasised ? emphasis[run].upperBound : emphasis[run].lowerBound) : Int.max
        let end = min(range.upperBound, runEnd, marker < markerOffsets.count ? markerOffsets[marker] : Int.max)
        let text = String(decoding: UnsafeBufferPointer(rebasing: utf8[offset..<end]), as: UTF8.self)
        result.append(emphasised ? .emphasis([.text(text)]) : .text(text))
        offset = end
      }
    }
    return result
  }

  /// Appends the UTF-8 `text`, each run of white space as one space, and none right after a
  /// space already there.
  ///
  /// The bytes are copied into a scratch buffer and appended at once: an append per byte would
  /// check the arrays' uniqueness and capacity every time.
  mutating func appendCollapsingSpaces(_ text: UnsafeBufferPointer<UInt8>, emphasised: Bool) {
    guard !text.isEmpty else { return }
    let lastIsSpace = utf8.last == 0x20
    let copied = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: text.count) { buffer in
      guard let count = Self.copyCollapsingSpaces(text, lastIsSpace: lastIsSpace, into: buffer) else { return false }
      let start = utf8.count
      utf8.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[..<count]))
      if emphasised { emphasise(from: start) }
      return true
    }
    guard !copied else { return }
    // Not valid UTF-8 (libxml2 gives valid UTF-8): its scalars as a String repairs them.
    var lastWasSpace = lastIsSpace
    for scalar in String(decoding: text, as: UTF8.self).unicodeScalars {
      if scalar.isSpaceFast {
        if lastWasSpace { continue }
        append(" ", emphasised: emphasised)
        lastWasSpace = true
      } else {
        append(scalar, emphasised: emphasised)
        lastWasSpace = false
      }
    }
  }

  /// Copies `text` into `buffer` (as long as `text` at least), white space collapsed; the
  /// number of bytes written, or nil if `text` is not valid UTF-8 or holds NUL (the caller's
  /// slow path handles both).
  private static func copyCollapsingSpaces(
    _ text: UnsafeBufferPointer<UInt8>, lastIsSpace: Bool, into buffer: UnsafeMutableBufferPointer<UInt8>
  ) -> Int? {
    var lastIsSpace = lastIsSpace
    var count = 0
    var index = 0
    let base = UnsafeRawPointer(text.baseAddress!)
    let output = UnsafeMutableRawPointer(buffer.baseAddress!)
    while index < text.count {
      // Eight bytes of ASCII from space to DEL with no two spaces in a row (nor a space after
      // a space already written), copied at once: most of a paragraph's text.
      if index + 8 <= text.count {
        let word = ByteWord.load(base, at: index)
        let spaces = ByteWord.bytes(word, equalTo: 0x20)
        if ByteWord.isSpaceToDEL(word), spaces & (spaces >> 8) == 0, !(lastIsSpace && spaces & 0x80 != 0) {
          output.storeBytes(of: word.littleEndian, toByteOffset: count, as: UInt64.self)
          count += 8
          index += 8
          lastIsSpace = spaces >> 63 != 0
          continue
        }
      }
      // A run of printable ASCII (no white space among it), copied in a tight loop.
      if isPrintableASCII(text[index]) {
        repeat {
          buffer[count] = text[index]
          count += 1
          index += 1
        } while index < text.count && isPrintableASCII(text[index])
        lastIsSpace = false
        continue
      }
      let lead = text[index]
      let length: Int
      let isSpace: Bool
      if lead < 0x80 {
        guard lead != 0 else { return nil }
        length = 1
        isSpace = lead == 0x20 || (0x09...0x0D).contains(lead)
      } else {
        guard let (scalar, scalarLength) = decodeMultibyte(text, at: index) else { return nil }
        length = scalarLength
        isSpace = scalar.isSpaceFast
      }
      if isSpace {
        index += length
        if lastIsSpace { continue }
        buffer[count] = 0x20
        count += 1
        lastIsSpace = true
      } else {
        for _ in 0..<length {
          buffer[count] = text[index]
          count += 1
          index += 1
        }
        lastIsSpace = false
      }
    }
    return count
  }

  /// An ASCII byte from `!` to DEL: neither white space nor part of a multi-byte scalar.
  @inline(__always)
  private static func isPrintableASCII(_ byte: UInt8) -> Bool { byte &- 0x21 < 0x5F }

  /// The scalar at `offset` of valid UTF-8 and its length.
  private static func decode(_ utf8: [UInt8], at offset: Int) -> (scalar: Unicode.Scalar, length: Int) {
    let lead = utf8[offset]
    if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
    let length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    var value = UInt32(lead) & (0x7F >> length)
    for index in (offset + 1)..<min(offset + length, utf8.count) { value = value << 6 | UInt32(utf8[index] & 0x3F) }
    return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
  }

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
