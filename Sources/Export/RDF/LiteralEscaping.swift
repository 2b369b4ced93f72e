/// Escapes the text of a literal for `"…"` in N-Triples and Turtle, in the canonical form of
/// RDF 1.2 N-Triples: `\b \t \n \f \r \" \\` as ECHAR, every other control character
/// (U+0000–U+001F, U+007F) as `\u00XX`; everything else, non-BMP characters (`𝛼`, emoji)
/// included, as UTF-8. A Swift `String` holds no lone surrogates, so the output is always valid.
enum LiteralEscaping {
  static func quoted(_ text: String) -> String {
    var result = "\""
    result.reserveCapacity(text.utf8.count + 2)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\u{8}": result += "\\b"
      case "\t": result += "\\t"
      case "\n": result += "\\n"
      case "\u{C}": result += "\\f"
      case "\r": result += "\\r"
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      default:
        if scalar.value < 0x20 || scalar.value == 0x7F {
          let hex = String(scalar.value, radix: 16, uppercase: true)
          result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          result.unicodeScalars.append(scalar)
        }
      }
    }
    return result + "\""
  }
}
