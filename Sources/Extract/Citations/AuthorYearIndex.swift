import Model

/// Finds references by first author's family name and year, for `Smith et al., 2010` markers.
struct AuthorYearIndex {
  private var byKey: [String: ReferenceID] = [:]

  init(_ references: [Reference]) {
    var seen: [String: Int] = [:]
    for reference in references {
      guard let family = reference.authors.first?.family, let year = reference.year else {
        continue
      }
      let base = Self.key(family: family, year: year)
      let count = seen[base, default: 0]
      seen[base] = count + 1
      // `2010a`, `2010b` for works that share author and year, in list order.
      let suffix = Character(Unicode.Scalar(UInt8(97 + min(count, 25))))
      if byKey[base] == nil { byKey[base] = reference.id }
      byKey[base + String(suffix)] = reference.id
    }
  }

  /// The reference a cited label such as `Smith et al., 2010a` names.
  func reference(for cited: String) -> ReferenceID? {
    guard let comma = cited.lastIndex(of: ",") else { return nil }
    let year = cited[cited.index(after: comma)...].filter { !$0.isWhitespace }
    // The first author's family name: its lower-case particles and the first capitalised
    // word (`de Jeu et al.` → `de Jeu`, `van Wijk and de Vries` → `van Wijk`).
    var family: [Substring] = []
    for word in cited[..<comma].split(separator: " ") {
      family.append(word)
      if word.first?.isUppercase ?? true { break }
    }
    guard !family.isEmpty else { return nil }
    return byKey[Self.key(family: family.joined(separator: " "), year: year)]
  }

  private static func key(family: String, year: String) -> String {
    if family.utf8.allSatisfy({ $0 < 0x80 }) {
      // ASCII: its alphabetic scalars are the letters, lower-cased on bytes.
      var bytes: [UInt8] = []
      bytes.reserveCapacity(family.utf8.count + 1 + year.utf8.count)
      for byte in family.utf8 {
        switch byte {
        case 0x41...0x5A: bytes.append(byte + 0x20)
        case 0x61...0x7A: bytes.append(byte)
        default: continue
        }
      }
      bytes.append(UInt8(ascii: "|"))
      bytes.append(contentsOf: year.lowercased().utf8)
      return String(decoding: bytes, as: UTF8.self)
    }
    let folded = family.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic }
    return String(String.UnicodeScalarView(folded)) + "|" + year.lowercased()
  }
}
