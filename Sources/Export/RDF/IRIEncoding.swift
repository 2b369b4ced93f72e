/// Percent-encoding for the IRIs we mint, and the check every IRI passes before it is written.
///
/// Minted IRIs are plain ASCII URIs (so every IRI is also a valid URI): anything outside the
/// allowed set is written as UTF-8 bytes `%XX` with upper-case hex digits.
enum IRIEncoding {
  /// Encodes one path segment: only RFC 3986 unreserved characters stay (`A–Z a–z 0–9 - . _ ~`).
  static func segment(_ text: String) -> String {
    encode(text) { isUnreserved($0) }
  }

  /// Encodes a DOI as the path of `https://doi.org/…`: `/` stays (`10.1002/abc`), and so do the
  /// sub-delimiters, `:` and `@`; `%`, `#`, `?`, spaces, `<>"{}|\^` and non-ASCII are encoded.
  static func doiPath(_ doi: String) -> String {
    encode(doi) { isUnreserved($0) || isSubDelimiter($0) || $0 == "/" || $0 == ":" || $0 == "@" }
  }

  /// Whether `iri` can be written between `<` and `>` in N-Triples and Turtle: it has a scheme,
  /// and no space, control character, `<>"{}|^`\` or malformed `%` escape.
  static func isValid(_ iri: String) -> Bool {
    let scalars = Array(iri.unicodeScalars)
    guard let colon = scalars.firstIndex(of: ":"), colon > 0,
      isASCIILetter(scalars[0]),
      scalars[..<colon].allSatisfy({
        isASCIILetter($0) || isDigit($0) || "+-.".unicodeScalars.contains($0)
      })
    else { return false }
    var index = 0
    while index < scalars.count {
      let scalar = scalars[index]
      let isExcluded = "<>\"{}|^`\\".unicodeScalars.contains(scalar)
      if scalar.value <= 0x20 || (0x7F...0x9F).contains(scalar.value) || isExcluded { return false }
      if scalar == "%" {
        guard index + 2 < scalars.count, scalars[index + 1].properties.isASCIIHexDigit,
          scalars[index + 2].properties.isASCIIHexDigit
        else { return false }
        index += 2
      }
      index += 1
    }
    return true
  }

  /// `text` with every byte not kept written `%XX`: the text itself when every byte is kept.
  /// Multi-byte characters are never kept (`keep` sees only ASCII), so they are all encoded.
  private static func encode(_ text: String, keeping keep: (Unicode.Scalar) -> Bool) -> String {
    func isKept(_ byte: UInt8) -> Bool { byte < 0x80 && keep(Unicode.Scalar(byte)) }
    guard !text.utf8.allSatisfy(isKept) else { return text }
    var result: [UInt8] = []
    result.reserveCapacity(text.utf8.count * 3)
    for byte in text.utf8 {
      if isKept(byte) {
        result.append(byte)
      } else {
        result.append(UInt8(ascii: "%"))
        result.append(hexDigits[Int(byte >> 4)])
        result.append(hexDigits[Int(byte & 0xF)])
      }
    }
    return String(decoding: result, as: UTF8.self)
  }

  private static let hexDigits: [UInt8] = Array("0123456789ABCDEF".utf8)

  private static func isASCIILetter(_ scalar: Unicode.Scalar) -> Bool {
    ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
  }

  private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }

  private static func isUnreserved(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "a"..."z", "A"..."Z", "0"..."9", "-", ".", "_", "~": true
    default: false
    }
  }

  private static func isSubDelimiter(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "!", "$", "&", "'", "(", ")", "*", "+", ",", ";", "=": true
    default: false
    }
  }
}
