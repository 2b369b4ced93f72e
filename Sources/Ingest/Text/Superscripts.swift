/// Unicode superscript digits and signs, as PDF text extraction writes citation numbers.
enum Superscripts {
  /// The ASCII digit a superscript digit stands for.
  static func digit(_ character: Character) -> Character? {
    switch character {
    case "⁰": "0"
    case "¹": "1"
    case "²": "2"
    case "³": "3"
    case "⁴": "4"
    case "⁵": "5"
    case "⁶": "6"
    case "⁷": "7"
    case "⁸": "8"
    case "⁹": "9"
    default: nil
    }
  }

  static func isDigit(_ character: Character) -> Bool { digit(character) != nil }

  /// Separators that may stand between superscript numbers: commas and dashes, plain or raised.
  static func isSeparator(_ character: Character) -> Bool {
    ",˒–-—‐‑⁻".contains(character)
  }
}
