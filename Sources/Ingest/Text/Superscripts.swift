/// Unicode superscript digits and signs, as PDF text extraction writes citation numbers.
enum Superscripts {
  /// The ASCII digit a superscript digit stands for.
  static func digit(_ character: Character) -> Character? {
    guard character.asciiValue == nil, let scalar = character.unicodeScalars.first,
      character.unicodeScalars.count == 1
    else { return nil }
    switch scalar.value {
    case 0x2070: return "0"
    case 0x00B9: return "1"
    case 0x00B2: return "2"
    case 0x00B3: return "3"
    case 0x2074...0x2079: return Character(Unicode.Scalar(UInt8(0x30 + scalar.value - 0x2070)))
    default: return nil
    }
  }

  static func isDigit(_ character: Character) -> Bool { digit(character) != nil }

  /// Separators that may stand between superscript numbers: commas and dashes, plain or raised.
  static func isSeparator(_ character: Character) -> Bool {
    ",˒–-—‐‑⁻".contains(character)
  }
}
