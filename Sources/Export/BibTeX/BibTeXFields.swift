import Model

/// Collects the `name = {value}` lines of one entry, escaping each value for LaTeX straight into
/// the entry's text.
struct BibTeXFields {
  /// The lines so far, `  name = {value}`, separated by `,\n`.
  private var body = ""
  var unknown: Set<Character>

  init(unknown: Set<Character>) { self.unknown = unknown }

  /// Starts the line of the field `name`, up to its opening brace.
  private mutating func open(_ name: String) {
    body += body.isEmpty ? "  " : ",\n  "
    body += name
    body += " = {"
  }

  mutating func raw(_ name: String, _ value: String?) {
    guard let value, !value.isEmpty else { return }
    text(name, value)
  }

  mutating func text(_ name: String, _ value: String?) {
    guard let value, !value.isEmpty else { return }
    open(name)
    LaTeXEscaper.escape(value, into: &body, unknown: &unknown)
    body += "}"
  }

  /// DOIs and URLs: only the characters LaTeX itself chokes on are escaped.
  mutating func verbatim(_ name: String, _ value: String?) {
    guard let value, !value.isEmpty else { return }
    open(name)
    for character in value {
      switch character {
      case "{", "}", "\\", " ": continue
      case "%", "#", "&", "_", "$": body += "\\\(character)"
      case "~": body += "\\textasciitilde{}"
      default:
        if character.isASCII { body.append(character) } else {
          LaTeXEscaper.escape(String(character), into: &body, unknown: &unknown)
        }
      }
    }
    body += "}"
  }

  /// Titles: acronyms, gene names and words with digits are brace-protected (`{IL-6}`).
  mutating func title(_ name: String, _ value: String?) {
    guard let value, !value.isEmpty else { return }
    open(name)
    let valueStart = body.utf8.count
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
      if body.utf8.count > valueStart { body += " " }
      if Self.needsProtection(word) {
        body += "{"
        LaTeXEscaper.escape(word, into: &body, unknown: &unknown)
        body += "}"
      } else {
        LaTeXEscaper.escape(word, into: &body, unknown: &unknown)
      }
      start = end
    }
    // A final period goes (styles add their own), an ellipsis stays; the value follows `{`.
    if body.utf8.last == 0x2E, !body.hasSuffix("..") { body.removeLast() }
    body += "}"
  }

  mutating func names(_ name: String, _ people: [PersonName], etAl: Bool) {
    guard !people.isEmpty else { return }
    open(name)
    for (index, person) in people.enumerated() {
      if index > 0 { body += " and " }
      // A group author or a one-word name: braces keep it from being split or inverted.
      let given = person.given.flatMap { $0.isEmpty ? nil : $0 }
      let braced = given == nil ? person.family.contains(" ") : Self.needsFamilyBraces(person.family)
      if braced { body += "{" }
      LaTeXEscaper.escape(person.family, into: &body, unknown: &unknown)
      if braced { body += "}" }
      if let given {
        body += ", "
        LaTeXEscaper.escape(Self.initials(given), into: &body, unknown: &unknown)
      }
    }
    if etAl { body += " and others" }
    body += "}"
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
    output.reserveCapacity(body.utf8.count + type.utf8.count + key.utf8.count + 8)
    output += type
    output += "{"
    output += key
    output += ",\n"
    output += body
    if !body.isEmpty { output += "\n" }
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
