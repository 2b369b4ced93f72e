import Model

/// Collects the `name = {value}` lines of one entry, escaping each value for LaTeX.
struct BibTeXFields {
  private var lines: [(String, String)] = []
  var unknown: Set<Character>

  init(unknown: Set<Character>) { self.unknown = unknown }

  mutating func raw(_ name: String, _ value: String?) {
    guard let value, !value.isEmpty else { return }
    text(name, value)
  }

  mutating func text(_ name: String, _ value: String?) {
    guard let value, !value.isEmpty else { return }
    lines.append((name, LaTeXEscaper.escape(value, unknown: &unknown)))
  }

  /// DOIs and URLs: only the characters LaTeX itself chokes on are escaped.
  mutating func verbatim(_ name: String, _ value: String?) {
    guard let value, !value.isEmpty else { return }
    var escaped = ""
    for character in value {
      switch character {
      case "{", "}", "\\", " ": continue
      case "%", "#", "&", "_", "$": escaped += "\\\(character)"
      case "~": escaped += "\\textasciitilde{}"
      default:
        if character.isASCII { escaped.append(character) } else {
          escaped += LaTeXEscaper.escape(String(character), unknown: &unknown)
        }
      }
    }
    lines.append((name, escaped))
  }

  /// Titles: acronyms, gene names and words with digits are brace-protected (`{IL-6}`).
  mutating func title(_ name: String, _ value: String?) {
    guard let value, !value.isEmpty else { return }
    var text = ""
    text.reserveCapacity(value.utf8.count + 8)
    // Words end at ASCII spaces: found on the bytes, sliced without walking characters.
    let bytes = value.utf8
    var start = bytes.startIndex
    while start < bytes.endIndex {
      guard bytes[start] != 0x20 else {
        start = bytes.index(after: start)
        continue
      }
      let end = bytes[start...].firstIndex(of: 0x20) ?? bytes.endIndex
      let word = value[start..<end]
      if !text.isEmpty { text += " " }
      if Self.needsProtection(word) {
        text += "{"
        text += LaTeXEscaper.escape(word, unknown: &unknown)
        text += "}"
      } else {
        text += LaTeXEscaper.escape(word, unknown: &unknown)
      }
      start = end
    }
    if text.utf8.last == 0x2E, !text.hasSuffix("..") { text.removeLast() }
    lines.append((name, text))
  }

  mutating func names(_ name: String, _ people: [PersonName], etAl: Bool) {
    guard !people.isEmpty else { return }
    var parts = people.map { person -> String in
      let family = LaTeXEscaper.escape(person.family, unknown: &unknown)
      guard let given = person.given, !given.isEmpty else {
        // A group author or a one-word name: braces keep it from being split or inverted.
        return person.family.contains(" ") ? "{\(family)}" : family
      }
      let protectedFamily = Self.needsFamilyBraces(person.family) ? "{\(family)}" : family
      return "\(protectedFamily), \(LaTeXEscaper.escape(Self.initials(given), unknown: &unknown))"
    }
    if etAl { parts.append("others") }
    lines.append((name, parts.joined(separator: " and ")))
  }

  mutating func pages(_ pages: PageRange?) {
    guard let pages else { return }
    if let last = pages.last, !last.isEmpty {
      text("pages", "\(pages.first)--\(last)")
    } else {
      text("pages", pages.first)
    }
  }

  func entry(type: String, key: String) -> String {
    var output = "@"
    output.reserveCapacity(lines.reduce(32) { $0 + $1.0.utf8.count + $1.1.utf8.count + 8 })
    output += type
    output += "{"
    output += key
    output += ",\n"
    for (index, (name, value)) in lines.enumerated() {
      output += "  "
      output += name
      output += " = {"
      output += value
      output += index + 1 < lines.count ? "},\n" : "}\n"
    }
    output += "}\n"
    return output
  }

  /// NLM initials `GH` become `G. H.` so that styles abbreviate them correctly.
  static func initials(_ given: String) -> String {
    if given.utf8.count <= 4, given.utf8.allSatisfy({ (0x41...0x5A).contains($0) }) {
      // The usual NLM form (`GH`), on bytes.
      var result = ""
      for byte in given.utf8 {
        if !result.isEmpty { result += " " }
        result.unicodeScalars.append(Unicode.Scalar(byte))
        result += "."
      }
      return result
    }
    let letters = given.filter { $0 != "." && $0 != " " }
    guard (1...4).contains(letters.count), letters.allSatisfy({ $0.isUppercase }),
      !given.contains(" ") || given.count <= 4
    else { return given }
    if given.contains(".") { return given }
    return letters.map { "\($0)." }.joined(separator: " ")
  }

  /// Lower-case particles (`del Carmen Rodríguez`, `van Boxel-Dezaire`) stay with the family
  /// name when braced.
  static func needsFamilyBraces(_ family: String) -> Bool {
    family.contains(" ")
  }

  /// Acronyms (two capitals: `IL-6`, `STAT3`, `NF-κB`, `mRNA`), words with digits (`p53`),
  /// and Greek letters keep their case in every bibliography style.
  static func needsProtection(_ word: Substring) -> Bool {
    if word.utf8.allSatisfy({ $0 < 0x80 }) {
      // ASCII: the same test on bytes, without Unicode property lookups.
      var capitals = 0
      var hasDigit = false
      var hasLetter = false
      for (index, byte) in word.utf8.enumerated() {
        if (0x41...0x5A).contains(byte) { capitals += index == 0 ? 1 : 2 }
        if (0x30...0x39).contains(byte) { hasDigit = true }
        if (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) { hasLetter = true }
      }
      return capitals >= 2 || (hasDigit && hasLetter)
    }
    var capitals = 0
    var hasDigit = false
    var hasLetter = false
    var hasGreek = false
    for (index, character) in word.enumerated() {
      if character.isUppercase { capitals += index == 0 ? 1 : 2 }
      if character.isNumber { hasDigit = true }
      if character.isLetter { hasLetter = true }
      if let scalar = character.unicodeScalars.first, (0x0391...0x03C9).contains(scalar.value) {
        hasGreek = true
      }
    }
    return capitals >= 2 || (hasDigit && hasLetter) || hasGreek
  }
}
