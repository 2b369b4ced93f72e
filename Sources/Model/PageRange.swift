/// Pages as cited: a first page and, for a range, an expanded last page (`3804–8` → 3804, 3808).
///
/// An article number or e-location (`e0119980`, `330`) is a `first` with no `last`.
public struct PageRange: Hashable, Sendable, Codable {
  public var first: String
  public var last: String?

  public init(first: String, last: String? = nil) {
    self.first = first
    self.last = last
  }
}

extension PageRange {
  /// Parses pages as printed: `3804–8` → 3804–3808, `S12–S15`, `e0119980`, `330`.
  ///
  /// Returns `nil` for empty text.
  public init?(printed text: some StringProtocol) {
    let text = Substring(text)
    let (trimmed, parts) =
      Self.isScalarSimple(text) ? Self.splitScalars(text) : Self.splitCharacters(text)
    guard !trimmed.isEmpty else { return nil }
    guard let first = parts.first.map(String.init) else { return nil }
    guard parts.count == 2, let last = parts.last.map(String.init) else {
      self.init(first: parts.count == 1 ? first : String(trimmed))
      return
    }
    self.init(first: first, last: Self.expand(last: last, first: first))
  }

  /// The text without edge punctuation, and its parts between dashes.
  private static func splitCharacters(_ text: Substring) -> (Substring, [Substring]) {
    var trimmed = text
    while let first = trimmed.first, isEdgePunctuation(first) { trimmed = trimmed.dropFirst() }
    while let last = trimmed.last, isEdgePunctuation(last) { trimmed = trimmed.dropLast() }
    return (trimmed, trimmed.split(whereSeparator: isDash))
  }

  /// `splitCharacters` on scalars, for text where every scalar is its own `Character`.
  private static func splitScalars(_ text: Substring) -> (Substring, [Substring]) {
    var scalars = text.unicodeScalars
    while let first = scalars.first, isEdgePunctuation(first) { scalars = scalars.dropFirst() }
    while let last = scalars.last, isEdgePunctuation(last) { scalars = scalars.dropLast() }
    return (Substring(scalars), scalars.split(whereSeparator: isDash).map(Substring.init))
  }

  /// Whether each scalar of `text` is a `Character` of its own and the tests can run on
  /// scalars: ASCII but CR (which joins a following LF) and the dashes, none of which join
  /// their neighbours.
  private static func isScalarSimple(_ text: Substring) -> Bool {
    text.unicodeScalars.allSatisfy { $0.isASCII ? $0 != "\r" : isDash($0) }
  }

  private static func isEdgePunctuation(_ scalar: Unicode.Scalar) -> Bool {
    scalar == " " || scalar == "." || scalar == "," || scalar == ";" || scalar == ":"
  }

  private static func isDash(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "-", "–", "—", "‐", "‑", "−": true
    default: false
    }
  }

  /// ` `, `.`, `,`, `;` or `:` (tested without hashing the `Character`).
  private static func isEdgePunctuation(_ character: Character) -> Bool {
    guard let ascii = character.asciiValue, character.utf8.count == 1 else { return false }
    return ascii == 0x20 || ascii == 0x2E || ascii == 0x2C || ascii == 0x3B || ascii == 0x3A
  }

  /// A hyphen, minus or dash: `-`, `–`, `—`, `‐`, `‑`, `−`.
  private static func isDash(_ character: Character) -> Bool {
    if let ascii = character.asciiValue { return ascii == 0x2D && character.utf8.count == 1 }
    switch character {
    case "–", "—", "‐", "‑", "−": return true
    default: return false
    }
  }

  /// `8` after `3804` is `3808`; `91` after `2684` is `2691`; `S15` after `S12` stays `S15`.
  public static func expand(last: String, first: String) -> String {
    // ASCII digits, tested on the bytes (the only ASCII characters that are numbers).
    let isDigits: (String) -> Bool = { !$0.isEmpty && $0.utf8.allSatisfy { (0x30...0x39).contains($0) } }
    guard isDigits(last), isDigits(first), last.count < first.count,
      let firstValue = Int(first)
    else { return last }
    let prefix = first.prefix(first.count - last.count)
    guard let expanded = Int(prefix + last), expanded >= firstValue else { return last }
    return String(expanded)
  }
}
