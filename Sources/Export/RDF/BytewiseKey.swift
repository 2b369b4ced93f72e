/// A string compared and hashed by its UTF-8 bytes.
///
/// `String`'s own `Hashable` normalises Unicode (canonically equivalent strings are equal),
/// which is slow and, for RDF, wrong: two literals with different code points are different
/// terms. Sets of triples and lines use this instead.
struct BytewiseKey<Text: StringProtocol & Sendable>: Hashable, Sendable {
  var text: Text

  init(_ text: Text) { self.text = text }

  static func == (lhs: Self, rhs: Self) -> Bool { lhs.text.utf8.elementsEqual(rhs.text.utf8) }

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
