/// A piece of a reference string prepared for keyword search, case-sensitive or not.
///
/// The parsers were written with `Character`-based searches (`lowercased()`, `firstRange(of:)`,
/// `contains(_:)`, `index(_:offsetBy:)`). This type answers the same questions from UTF-8 bytes
/// when that gives the same results, which is the case for nearly every reference string.
///
/// Positions are *units*: UTF-8 byte offsets when `isSimple`, `Character` offsets otherwise.
/// The text `isSimple` when every scalar is ASCII (no control characters) or from a few
/// alphabetic and punctuation blocks (Latin, Greek, Cyrillic, general punctuation) that
/// are never part of a multi-scalar `Character` and are not canonically equivalent to another
/// scalar, and each lower-cases to one scalar of the same UTF-8 length. Then a byte match is a
/// `Character` match, and a byte offset in the lower-cased bytes is the same offset in the
/// original. Other text (combining marks, CJK, emoji) is searched `Character` by `Character`,
/// exactly as before.
struct FoldedText {
  /// The text searched; indices returned by `index(_:)` are indices of it.
  let text: Substring
  private let storage: Storage

  private enum Storage {
    /// UTF-8 of the text, and the same bytes with every scalar lower-cased.
    case bytes(exact: [UInt8], lowered: [UInt8])
    /// The text's `Character`s, those of `text.lowercased()`, and each `Character`'s start.
    case characters(exact: [Character], lowered: [Character], starts: [String.Index])
  }

  init<Text: StringProtocol>(_ text: Text) where Text.SubSequence == Substring {
    self.text = text[...]
    if let lowered = Self.simpleLowered(self.text) {
      storage = .bytes(exact: Array(self.text.utf8), lowered: lowered)
    } else {
      storage = .characters(
        exact: Array(self.text), lowered: Array(self.text.lowercased()),
        starts: Array(self.text.indices))
    }
  }

  /// Whether `text` is simple (see the type's summary), without keeping its bytes.
  static func isSimple(_ text: Substring) -> Bool {
    simpleLowered(text) != nil
  }

  /// Whether `text` holds any of `patterns`, case-sensitive, as `_StringProcessing`'s
  /// `contains(_:)` finds them; without lower-casing or copying a simple text.
  static func containsAny(of patterns: [String], in text: Substring) -> Bool {
    if hasSimpleScalars(text),
      let found = text.utf8.withContiguousStorageIfAvailable({ bytes in
        patterns.contains { firstRange(of: Array($0.utf8), in: bytes, from: 0) != nil }
      })
    {
      return found
    }
    let characters = Array(text)
    return patterns.contains { firstRange(of: Array($0), in: characters, from: 0) != nil }
  }

  /// Whether positions are UTF-8 offsets (see the type's summary).
  var isSimple: Bool {
    switch storage {
    case .bytes: true
    case .characters: false
    }
  }

  /// The first match of `pattern` at or after `start`, in the lower-cased text when `lowered`
  /// (as `text.lowercased().firstRange(of: pattern)` finds it), else in the text itself.
  func firstRange(of pattern: String, lowered: Bool, from start: Int = 0) -> Range<Int>? {
    switch storage {
    case .bytes(let exact, let lowerBytes):
      let bytes = lowered ? lowerBytes : exact
      return pattern.utf8.withContiguousStorageIfAvailable {
        Self.firstRange(of: $0, in: bytes, from: start)
      } ?? Self.firstRange(of: Array(pattern.utf8), in: bytes, from: start)
    case .characters(let exact, let lowerCharacters, _):
      return Self.firstRange(of: Array(pattern), in: lowered ? lowerCharacters : exact, from: start)
    }
  }

  /// Whether the lower-cased text contains `word` delimited by non-letters.
  func containsWord(_ word: String) -> Bool {
    var start = 0
    while let range = firstRange(of: word, lowered: true, from: start) {
      if !isLetter(before: range.lowerBound), !isLetter(at: range.upperBound) { return true }
      start = range.upperBound
    }
    return false
  }

  /// The index in `text` of a position; nil past the end (a `Character` offset from the
  /// lower-cased text can exceed the text's length).
  func index(_ unit: Int) -> String.Index? {
    switch storage {
    case .bytes(let exact, _):
      guard unit <= exact.count else { return nil }
      return text.utf8.index(text.startIndex, offsetBy: unit)
    case .characters(_, _, let starts):
      if unit < starts.count { return starts[unit] }
      return unit == starts.count ? text.endIndex : nil
    }
  }

  /// Whether the lower-cased `Character` ending at `unit` is a letter; false at the start.
  func isLetter(before unit: Int) -> Bool {
    switch storage {
    case .bytes(_, let lowered):
      guard unit > 0 else { return false }
      var start = unit - 1
      while start > 0, lowered[start] & 0xC0 == 0x80 { start -= 1 }
      return Self.isLetter(scalarAt: start, in: lowered)
    case .characters(_, let lowered, _):
      return unit > 0 && unit <= lowered.count && lowered[unit - 1].isLetter
    }
  }

  /// Whether the lower-cased `Character` starting at `unit` is a letter; false at the end.
  func isLetter(at unit: Int) -> Bool {
    switch storage {
    case .bytes(_, let lowered):
      return unit < lowered.count && Self.isLetter(scalarAt: unit, in: lowered)
    case .characters(_, let lowered, _):
      return unit < lowered.count && lowered[unit].isLetter
    }
  }
}

extension FoldedText {
  /// The first occurrence of `pattern` in `elements` at or after `start`.
  static func firstRange<
    Pattern: RandomAccessCollection, Elements: RandomAccessCollection
  >(
    of pattern: Pattern, in elements: Elements, from start: Int
  ) -> Range<Int>?
  where Pattern.Element: Equatable, Pattern.Index == Int, Elements.Element == Pattern.Element,
    Elements.Index == Int
  {
    guard let head = pattern.first, pattern.count <= elements.count else { return nil }
    let last = elements.count - pattern.count
    var index = start
    while index <= last {
      if elements[index] == head {
        var offset = 1
        while offset < pattern.count, elements[index + offset] == pattern[offset] { offset += 1 }
        if offset == pattern.count { return index..<(index + pattern.count) }
      }
      index += 1
    }
    return nil
  }

  /// Whether the scalar whose UTF-8 starts at `start` is a letter, as `Character.isLetter`.
  private static func isLetter(scalarAt start: Int, in bytes: [UInt8]) -> Bool {
    let lead = bytes[start]
    if lead < 0x80 { return (lead | 0x20) >= 0x61 && (lead | 0x20) <= 0x7A }
    var end = start + 1
    while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
    let decoded = String(decoding: bytes[start..<end], as: UTF8.self)
    return decoded.first?.isLetter ?? false
  }

  /// The lower-cased UTF-8 of `text` when it is simple (see the type's summary), else nil.
  private static func simpleLowered(_ text: Substring) -> [UInt8]? {
    var lowered: [UInt8] = []
    lowered.reserveCapacity(text.utf8.count)
    var isASCII = true
    for byte in text.utf8 {
      guard byte < 0x80 else {
        isASCII = false
        break
      }
      guard byte >= 0x20, byte != 0x7F else { return nil }
      lowered.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
    }
    if isASCII { return lowered }
    lowered.removeAll(keepingCapacity: true)
    for scalar in text.unicodeScalars {
      if scalar.isASCII {
        let byte = UInt8(scalar.value)
        guard byte >= 0x20, byte != 0x7F else { return nil }
        lowered.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
        continue
      }
      guard isSimpleScalar(scalar) else { return nil }
      let mapping = scalar.properties.lowercaseMapping.unicodeScalars
      guard mapping.count == 1, let lower = mapping.first, isSimpleScalar(lower),
        lower.utf8.count == scalar.utf8.count
      else { return nil }
      lowered.append(contentsOf: lower.utf8)
    }
    return lowered
  }

  /// Whether every scalar of `text` is printable ASCII or `isSimpleScalar`: each is then a
  /// `Character` of its own with no canonical equivalent, so byte and `Character` searches
  /// agree (case-sensitive).
  static func hasSimpleScalars(_ text: Substring) -> Bool {
    var isASCII = true
    for byte in text.utf8 {
      if byte >= 0x80 {
        isASCII = false
        break
      }
      if byte < 0x20 || byte == 0x7F { return false }
    }
    if isASCII { return true }
    return text.unicodeScalars.allSatisfy { scalar in
      scalar.isASCII ? scalar.value >= 0x20 && scalar.value != 0x7F : isSimpleScalar(scalar)
    }
  }

  /// A non-ASCII scalar that is always a `Character` of its own and has no canonical
  /// equivalent: Latin-1 to IPA and spacing modifiers, Greek, Cyrillic letters, Latin
  /// Extended Additional, general punctuation.
  private static func isSimpleScalar(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0xA0...0x2FF, 0x1E00...0x1EFF, 0x2010...0x2027, 0x2030...0x205E: true
    case 0x374, 0x37E, 0x387: false
    case 0x370...0x3FF, 0x400...0x482, 0x48A...0x4FF: true
    default: false
    }
  }
}
