/// Answers `text.lowercased().hasPrefix(_:)` for ASCII prefixes, without lower-casing a text
/// that `FoldedText` finds simple.
struct LoweredPrefixes {
  private enum Source {
    /// Simple text: its bytes, compared with A–Z folded to a–z.
    case bytes(Substring.UTF8View)
    /// Other text, lower-cased.
    case lowered(String)
  }

  private let source: Source

  /// Prefixes of `text`, which must be simple in `FoldedText`'s sense (as every piece of a
  /// simple text is): each scalar is its own `Character`, and no non-ASCII scalar lower-cases
  /// to ASCII.
  init(asciiOf text: Substring) {
    source = .bytes(text.utf8)
  }

  /// Prefixes of `lowered`, an already lower-cased text.
  init(_ lowered: String) {
    source = .lowered(lowered)
  }

  /// Whether the lower-cased text starts with `prefix`, which must be ASCII.
  func hasPrefix(_ prefix: String) -> Bool {
    switch source {
    case .bytes(let bytes):
      var iterator = bytes.makeIterator()
      for expected in prefix.utf8 {
        guard let byte = iterator.next() else { return false }
        let folded = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
        guard folded == expected else { return false }
      }
      return true
    case .lowered(let lowered):
      return lowered.hasPrefix(prefix)
    }
  }
}
