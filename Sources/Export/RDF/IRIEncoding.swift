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

  private static func encode(_ text: String, keeping keep: (Unicode.Scalar) -> Bool) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      if scalar.isASCII && keep(scalar) {
        result.unicodeScalars.append(scalar)
        continue
      }
      for byte in String(scalar).utf8 {
        result += "%" + hexDigits[Int(byte >> 4)] + hexDigits[Int(byte & 0xF)]
      }
    }
    return result
  }

  private static let hexDigits = "0123456789ABCDEF".map(String.init)

  private static func isASCIILetter(_ scalar: Unicode.Scalar) -> Bool {
    ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
  }

  private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }

  private static func isUnreserved(_ scalar: Unicode.Scalar) -> Bool {
    isASCIILetter(scalar) || isDigit(scalar) || "-._~".unicodeScalars.contains(scalar)
  }

  private static func isSubDelimiter(_ scalar: Unicode.Scalar) -> Bool {
    "!$&'()*+,;=".unicodeScalars.contains(scalar)
  }
}
