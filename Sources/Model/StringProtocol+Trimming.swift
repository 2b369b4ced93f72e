extension StringProtocol {
  /// The text without leading and trailing characters that appear in `set`.
  public func trimmingCharacters(in set: String) -> String {
    if let trimmed = trimmingASCIIBytes(in: set) { return trimmed }
    var slice = Substring(self)
    while let first = slice.first, set.contains(first) { slice = slice.dropFirst() }
    while let last = slice.last, set.contains(last) { slice = slice.dropLast() }
    return String(slice)
  }

  /// `trimmingCharacters(in:)` on bytes, for the usual case: `set` ASCII (each character a
  /// byte, CR LF aside). A byte in `set` is dropped only when it is a character by itself, that
  /// is next to another ASCII byte (CR LF aside) or to the end. Trimming stops at a non-ASCII
  /// end, whose character is not in `set` unless it is one of the three canonically equal to
  /// an ASCII one (U+037E `;`, U+1FEF `` ` ``, U+212A `K`). nil when that cannot be told from
  /// the bytes: an ASCII byte of `set` next to a non-ASCII one, or a non-ASCII end when `set`
  /// holds `;`, `` ` `` or `K`.
  private func trimmingASCIIBytes(in set: String) -> String? {
    var previous: UInt8 = 0
    var hasNonASCIIEquivalent = false
    for byte in set.utf8 {
      guard byte < 0x80, !(previous == 0x0D && byte == 0x0A) else { return nil }
      previous = byte
      if byte == UInt8(ascii: ";") || byte == UInt8(ascii: "`") || byte == UInt8(ascii: "K") {
        hasNonASCIIEquivalent = true
      }
    }
    let text = Substring(self)
    let bytes = text.utf8
    var start = bytes.startIndex
    var end = bytes.endIndex
    while start < end {
      if bytes[start] >= 0x80, hasNonASCIIEquivalent { return nil }
      guard bytes[start] < 0x80, set.utf8.contains(bytes[start]) else { break }
      let next = bytes.index(after: start)
      if next < end {
        guard bytes[next] < 0x80, !(bytes[start] == 0x0D && bytes[next] == 0x0A) else { return nil }
      }
      start = next
    }
    while start < end {
      let last = bytes.index(before: end)
      if bytes[last] >= 0x80, hasNonASCIIEquivalent { return nil }
      guard bytes[last] < 0x80, set.utf8.contains(bytes[last]) else { break }
      if last > start {
        let before = bytes.index(before: last)
        guard bytes[before] < 0x80, !(bytes[before] == 0x0D && bytes[last] == 0x0A) else {
          return nil
        }
      }
      end = last
    }
    return String(text[start..<end])
  }
}
