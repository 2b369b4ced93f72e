extension String {
  /// The text of `bytes`, UTF-8 built from `String`s and ASCII, made into a `String` a part at
  /// a time so that the check of its bytes stays fast.
  ///
  /// `String(decoding:as:)` checks a text of only ASCII eight bytes at a time, but any other
  /// byte sends it through the whole text byte by byte. Most lines of an RDF file are ASCII:
  /// the lines holding other bytes are decoded on their own, the long ASCII runs between them
  /// on theirs, and the parts appended (which copies them without checking them again).
  /// Parts are cut only at line feeds, which are never inside a character.
  init(lineWiseUTF8 bytes: [UInt8]) {
    self = bytes.withUnsafeBufferPointer { buffer in
      guard let nonASCII = Self.firstNonASCII(buffer, from: 0) else {
        return String(decoding: buffer, as: UTF8.self)
      }
      var result = ""
      result.reserveCapacity(buffer.count)
      func append(_ range: Range<Int>) {
        guard !range.isEmpty else { return }
        result.append(String(decoding: UnsafeBufferPointer(rebasing: buffer[range]), as: UTF8.self))
      }
      var asciiStart = 0  // the ASCII run not yet appended starts here
      var found: Int? = nonASCII
      while let first = found {
        var start = first
        while start > asciiStart, buffer[start - 1] != 0x0A { start -= 1 }
        var end = Self.lineEnd(buffer, from: first)
        found = Self.firstNonASCII(buffer, from: end)
        // Lines close together go as one part: fewer small Strings.
        while let following = found, following - end < 256 {
          end = Self.lineEnd(buffer, from: following)
          found = Self.firstNonASCII(buffer, from: end)
        }
        append(asciiStart..<start)
        append(start..<end)
        asciiStart = end
      }
      append(asciiStart..<buffer.count)
      return result
    }
  }

  /// Just after the line feed ending the line that holds `index`, or the end.
  private static func lineEnd(_ buffer: UnsafeBufferPointer<UInt8>, from index: Int) -> Int {
    var end = index
    while end < buffer.count, buffer[end] != 0x0A { end += 1 }
    return Swift.min(end + 1, buffer.count)
  }

  /// The first byte at or after `index` that is not ASCII, eight bytes at a time.
  private static func firstNonASCII(_ buffer: UnsafeBufferPointer<UInt8>, from index: Int) -> Int? {
    guard let base = buffer.baseAddress else { return nil }
    let raw = UnsafeRawPointer(base)
    var offset = index
    while offset + 8 <= buffer.count {
      let word = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
      let high = UInt64(littleEndian: word) & 0x8080_8080_8080_8080
      if high != 0 { return offset + high.trailingZeroBitCount / 8 }
      offset += 8
    }
    while offset < buffer.count {
      if buffer[offset] >= 0x80 { return offset }
      offset += 1
    }
    return nil
  }
}
