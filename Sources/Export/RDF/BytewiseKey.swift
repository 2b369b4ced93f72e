#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A string compared and hashed by its UTF-8 bytes.
///
/// `String`'s own `Hashable` normalises Unicode (canonically equivalent strings are equal),
/// which is slow and, for RDF, wrong: two literals with different code points are different
/// terms. Sets of triples and lines use this instead.
struct BytewiseKey<Text: StringProtocol & Sendable>: Hashable, Sendable {
  var text: Text

  init(_ text: Text) { self.text = text }

  static func == (lhs: Self, rhs: Self) -> Bool { lhs.text.hasSameBytes(as: rhs.text) }

  func hash(into hasher: inout Hasher) {
    hasher.combine(text.utf8.count)
    let hashed: Void? = text.utf8.withContiguousStorageIfAvailable { bytes in
      hasher.combine(bytes: UnsafeRawBufferPointer(bytes))
    }
    if hashed == nil {
      for byte in text.utf8 { hasher.combine(byte) }
    }
  }
}

extension StringProtocol {
  /// Whether the two have the same UTF-8 bytes: compared as buffers when both are contiguous
  /// (native strings are), element by element otherwise.
  func hasSameBytes(as other: some StringProtocol) -> Bool {
    guard utf8.count == other.utf8.count else { return false }
    let compared: Bool?? = utf8.withContiguousStorageIfAvailable { mine in
      other.utf8.withContiguousStorageIfAvailable { theirs in
        mine.isEmpty || memcmp(mine.baseAddress!, theirs.baseAddress!, mine.count) == 0
      }
    }
    if let compared, let compared { return compared }
    return utf8.elementsEqual(other.utf8)
  }

  /// Whether the UTF-8 bytes start with those of `prefix`.
  func hasBytePrefix(_ prefix: some StringProtocol) -> Bool {
    let count = prefix.utf8.count
    guard utf8.count >= count else { return false }
    let compared: Bool?? = utf8.withContiguousStorageIfAvailable { mine in
      prefix.utf8.withContiguousStorageIfAvailable { theirs in
        count == 0 || memcmp(mine.baseAddress!, theirs.baseAddress!, count) == 0
      }
    }
    if let compared, let compared { return compared }
    return utf8.starts(with: prefix.utf8)
  }
}
