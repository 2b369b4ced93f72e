/// Escapes the text of a literal for `"…"` in N-Triples and Turtle, in the canonical form of
/// RDF 1.2 N-Triples: `\b \t \n \f \r \" \\` as ECHAR, every other control character
/// (U+0000–U+001F, U+007F) as `\u00XX`; everything else, non-BMP characters (`𝛼`, emoji)
/// included, as UTF-8. A Swift `String` holds no lone surrogates, so the output is always valid.
enum LiteralEscaping {
  static func quoted(_ text: String) -> String {
    var bytes: [UInt8] = []
    appendQuoted(text, to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Appends `"text"`, escaped, to `output`.
  static func appendQuoted(_ text: String, to output: inout [UInt8]) {
    var text = text
    text.withUTF8 { appendQuoted($0, to: &output) }
  }

  /// Appends `"text"`, escaped, to `output`: `text` is valid UTF-8.
  static func appendQuoted(_ bytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
    output.append(0x22)
    // Every escape is for an ASCII byte, so the work is on UTF-8 bytes: multi-byte sequences
    // pass through untouched. Runs without an escape are copied at once.
    var runStart = 0
    for index in 0..<bytes.count where needsEscape(bytes[index]) {
      output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
      appendEscape(bytes[index], to: &output)
      runStart = index + 1
    }
    output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
    output.append(0x22)
  }

  private static func needsEscape(_ byte: UInt8) -> Bool {
    byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x7F
  }

  private static func appendEscape(_ byte: UInt8, to output: inout [UInt8]) {
    output.append(UInt8(ascii: "\\"))
    switch byte {
    case 0x08: output.append(UInt8(ascii: "b"))
    case 0x09: output.append(UInt8(ascii: "t"))
    case 0x0A: output.append(UInt8(ascii: "n"))
    case 0x0C: output.append(UInt8(ascii: "f"))
    case 0x0D: output.append(UInt8(ascii: "r"))
    case 0x22: output.append(0x22)
    case 0x5C: output.append(0x5C)
    default:
      output += "u00".utf8
      output.append(hexDigits[Int(byte >> 4)])
      output.append(hexDigits[Int(byte & 0xF)])
    }
  }

  private static let hexDigits: [UInt8] = Array("0123456789ABCDEF".utf8)
}
