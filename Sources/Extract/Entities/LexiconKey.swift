import Foundation

/// The lexicon's normalised keys (lexicon-sources.md Appendix A, `lexicon/norm.py`):
/// `casekey` is NFKC, Greek letters to their Latin initial, spelled-out Greek names at a name
/// boundary to their initial, then only `[0-9A-Za-z]` kept; `key` is `casekey` lower-cased.
/// So IL-6 = IL6 = il-6, NF-κB = NF- κ B = NF-kB = NF-kappaB, STAT-3 = STAT3.
enum LexiconKey {
  /// `casekey(s)` of `norm.py`.
  static func casekey(_ text: String) -> String {
    String(decoding: casekeyBytes(text), as: UTF8.self)
  }

  /// `key(s)` of `norm.py`.
  static func key(_ text: String) -> String {
    String(decoding: casekeyBytes(text).map(lowercased), as: UTF8.self)
  }

  /// `casekey` as ASCII bytes; ASCII input, Greek letters and µ take a fast path without
  /// Foundation's NFKC.
  static func casekeyBytes(_ text: String) -> [UInt8] {
    var mapped: [UInt8] = []
    mapped.reserveCapacity(text.utf8.count)
    if text.unicodeScalars.allSatisfy({ $0.isASCII || greekTable[$0.value] != nil }) {
      for scalar in text.unicodeScalars { appendMapped(scalar, to: &mapped) }
    } else {
      let normalised = text.precomposedStringWithCompatibilityMapping
      for scalar in normalised.unicodeScalars {
        if scalar.isASCII {
          mapped.append(UInt8(scalar.value))
        } else if let latin = greekLetters[scalar] {
          mapped.append(latin)
        } else {
          mapped.append(0)
        }
      }
    }
    var output: [UInt8] = []
    output.reserveCapacity(mapped.count)
    appendCasekey(ofMapped: mapped, to: &output)
    return output
  }

  /// Appends the mapped form of one scalar of a token (ASCII, Greek block or µ): ASCII as is,
  /// Greek through NFKC and the Greek table, anything else as a 0 placeholder (a non-letter).
  @inline(__always)
  static func appendMapped(_ scalar: Unicode.Scalar, to mapped: inout [UInt8]) {
    if scalar.isASCII {
      mapped.append(UInt8(scalar.value))
    } else if let latin = greekTable[scalar.value] {
      mapped.append(contentsOf: latin)
    } else {
      mapped.append(0)
    }
  }

  /// Replaces spelled-out Greek names in `mapped` (ASCII plus 0 placeholders) and appends the
  /// `[0-9A-Za-z]` bytes of the result to `output`.
  static func appendCasekey(ofMapped mapped: [UInt8], to output: inout [UInt8]) {
    mapped.withUnsafeBufferPointer { appendCasekey(ofMapped: $0, to: &output) }
  }

  /// `appendCasekey(ofMapped:to:)` over bytes in place (an ASCII token or surface is its own
  /// mapped form).
  static func appendCasekey(ofMapped mapped: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
    guard !mapped.isEmpty else { return }
    let start = output.count
    output.append(contentsOf: repeatElement(0, count: mapped.count))
    let written = output.withUnsafeMutableBufferPointer { buffer in
      writeCasekey(
        ofMapped: mapped, to: UnsafeMutableBufferPointer(rebasing: buffer[start...]))
    }
    output.removeLast(mapped.count - written)
  }

  /// Writes the casekey of `mapped` (see `appendCasekey(ofMapped:to:)`) to the start of
  /// `output` and returns its length. A casekey is never longer than its mapped form, so
  /// `mapped.count` bytes of room suffice. The tagger calls this once per token and the
  /// lexicon once per row: it stores bytes in place, with no Array append per byte or run.
  static func writeCasekey(
    ofMapped mapped: UnsafeBufferPointer<UInt8>, to output: UnsafeMutableBufferPointer<UInt8>
  ) -> Int {
    var position = 0
    var written = 0
    let count = mapped.count
    while position < count {
      let byte = mapped[position]
      if isGreekInitial(byte), position == 0 || !isLower(mapped[position - 1]),
        let (length, initial) = greekName(in: mapped, at: position)
      {
        var isUpper = true
        for index in position..<(position + length) where isLower(mapped[index]) {
          isUpper = false
        }
        output[written] = isUpper ? initial &- 32 : initial
        written += 1
        position += length
        continue
      }
      if isAlphanumeric(byte) {
        output[written] = byte
        written += 1
      }
      position += 1
    }
    return written
  }

  /// The most bytes `greekTable` maps one scalar to: a token's casekey has at most this many
  /// bytes per byte of the token.
  static let greekTableMaximumLength = max(1, greekTable.values.map(\.count).max() ?? 1)

  // MARK: Tables

  /// Greek letters to Latin initials (`norm.py` GREEK_CHARS), upper-case added as there.
  static let greekLetters: [Unicode.Scalar: UInt8] = {
    let lower: [(Unicode.Scalar, Character)] = [
      ("α", "a"), ("β", "b"), ("γ", "g"), ("δ", "d"), ("ε", "e"), ("ϵ", "e"), ("ζ", "z"),
      ("η", "h"), ("θ", "q"), ("ι", "i"), ("κ", "k"), ("ϰ", "k"), ("λ", "l"), ("μ", "m"),
      ("µ", "m"), ("ν", "n"), ("ξ", "x"), ("ο", "o"), ("π", "p"), ("ρ", "r"), ("σ", "s"),
      ("ς", "s"), ("τ", "t"), ("υ", "u"), ("φ", "f"), ("ϕ", "f"), ("χ", "c"), ("ψ", "y"),
      ("ω", "w"),
    ]
    var table: [Unicode.Scalar: UInt8] = [:]
    for (greek, latin) in lower { table[greek] = latin.asciiValue ?? 0 }
    for (greek, latin) in lower {
      let upper = String(greek).uppercased().unicodeScalars
      guard upper.count == 1, let scalar = upper.first, scalar != greek, table[scalar] == nil
      else { continue }
      table[scalar] = (latin.asciiValue ?? 0) &- 32
    }
    return table
  }()

  /// Every scalar a token may hold besides ASCII (U+0370–U+03FF and µ) to its mapped bytes:
  /// NFKC, then the Greek letters table; other results become the 0 placeholder.
  static let greekTable: [UInt32: [UInt8]] = {
    var table: [UInt32: [UInt8]] = [:]
    for value in Array(0x370...0x3FF) + [0xB5] {
      guard let scalar = Unicode.Scalar(UInt32(value)) else { continue }
      let normalised = String(Character(scalar)).precomposedStringWithCompatibilityMapping
      var bytes: [UInt8] = []
      for piece in normalised.unicodeScalars {
        if piece.isASCII {
          bytes.append(UInt8(piece.value))
        } else if let latin = greekLetters[piece] {
          bytes.append(latin)
        } else {
          bytes.append(0)
        }
      }
      table[UInt32(value)] = bytes
    }
    return table
  }()

  /// Whether `byte` is a letter that starts a Greek name (`abdegklostz`, either case): a
  /// quick test before trying them, as a bit mask so that no table is loaded per byte.
  @inline(__always)
  private static func isGreekInitial(_ byte: UInt8) -> Bool {
    let lower = byte | 0x20
    guard lower >= 0x61, lower <= 0x7A else { return false }
    // Bits a, b, d, e, g, k, l, o, s, t, z (bit n for the letter 0x61 + n).
    let initials: UInt32 = 0b10_0000_1100_0100_1100_0101_1011
    return (initials >> UInt32(lower &- 0x61)) & 1 != 0
  }

  /// The spelled-out Greek name (`norm.py` GREEK_NAMES) starting with each lower-case letter
  /// of `abdegklostz` (each starts exactly one), and its initial: a switch over static
  /// strings, as the tagger asks at most word starts of every sentence.
  private static func greekName(startingWith letter: UInt8) -> (name: StaticString, initial: UInt8)? {
    switch letter {
    case UInt8(ascii: "a"): ("alpha", UInt8(ascii: "a"))
    case UInt8(ascii: "b"): ("beta", UInt8(ascii: "b"))
    case UInt8(ascii: "d"): ("delta", UInt8(ascii: "d"))
    case UInt8(ascii: "e"): ("epsilon", UInt8(ascii: "e"))
    case UInt8(ascii: "g"): ("gamma", UInt8(ascii: "g"))
    case UInt8(ascii: "k"): ("kappa", UInt8(ascii: "k"))
    case UInt8(ascii: "l"): ("lambda", UInt8(ascii: "l"))
    case UInt8(ascii: "o"): ("omega", UInt8(ascii: "w"))
    case UInt8(ascii: "s"): ("sigma", UInt8(ascii: "s"))
    case UInt8(ascii: "t"): ("theta", UInt8(ascii: "q"))
    case UInt8(ascii: "z"): ("zeta", UInt8(ascii: "z"))
    default: nil
    }
  }

  /// A Greek name matching case-insensitively at `position`, followed by the end, a
  /// non-letter, an upper-case letter, or one letter and then the end or a non-letter.
  private static func greekName(in bytes: UnsafeBufferPointer<UInt8>, at position: Int)
    -> (Int, UInt8)?
  {
    let count = bytes.count
    guard let (name, initial) = greekName(startingWith: lowercased(bytes[position])) else {
      return nil
    }
    let length = name.utf8CodeUnitCount
    let end = position + length
    guard end <= count else { return nil }
    let letters = name.utf8Start
    for offset in 1..<length where lowercased(bytes[position + offset]) != letters[offset] {
      return nil
    }
    if end == count || !isLetter(bytes[end]) || isUpperLetter(bytes[end]) { return (length, initial) }
    if end + 1 == count || !isLetter(bytes[end + 1]) { return (length, initial) }
    return nil
  }

  @inline(__always) static func isLetter(_ byte: UInt8) -> Bool {
    (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
  }
  @inline(__always) static func isLower(_ byte: UInt8) -> Bool { byte >= 0x61 && byte <= 0x7A }
  @inline(__always) static func isUpperLetter(_ byte: UInt8) -> Bool {
    byte >= 0x41 && byte <= 0x5A
  }
  @inline(__always) static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
  @inline(__always) static func isAlphanumeric(_ byte: UInt8) -> Bool {
    isLetter(byte) || isDigit(byte)
  }
  @inline(__always) static func lowercased(_ byte: UInt8) -> UInt8 {
    isUpperLetter(byte) ? byte | 0x20 : byte
  }
}
