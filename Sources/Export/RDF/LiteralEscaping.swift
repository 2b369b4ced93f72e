/// Escapes the text of a literal for `"…"` in N-Triples and Turtle, in the canonical form of
/// RDF 1.2 N-Triples: `\b \t \n \f \r \" \\` as ECHAR, every other control character
/// (U+0000–U+001F, U+007F) as `\u00XX`; everything else, non-BMP characters (`𝛼`, emoji)
/// included, as UTF-8. A Swift `String` holds no lone surrogates, so the output is always valid.
enum LiteralEscaping {
  static func quoted(_ text: String) -> String {
    // Every escape is for an ASCII byte, so the work is on UTF-8 bytes: multi-byte sequences
    // pass through untouched. Most literals need no escape at all.
    let needsEscape: (UInt8) -> Bool = { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x7F }
    guard text.utf8.contains(where: needsEscape) else { return "\"" + text + "\"" }
    var bytes: [UInt8] = [0x22]
    bytes.reserveCapacity(text.utf8.count + 16)
    for byte in text.utf8 {
      guard needsEscape(byte) else {
        bytes.append(byte)
        continue
      }
      switch byte {
      case 0x08: bytes += Array("\\b".utf8)
      case 0x09: bytes += Array("\\t".utf8)
      case 0x0A: bytes += Array("\\n".utf8)
      case 0x0C: bytes += Array("\\f".utf8)
      case 0x0D: bytes += Array("\\r".utf8)
      case 0x22: bytes += Array("\\\"".utf8)
      case 0x5C: bytes += Array("\\\\".utf8)
      default:
        let hex = String(byte, radix: 16, uppercase: true)
        bytes += Array(("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8)
      }
    }
    bytes.append(0x22)
    return String(decoding: bytes, as: UTF8.self)
  }
}
