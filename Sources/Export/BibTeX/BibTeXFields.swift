import Model

/// Collects the `name = {value}` lines of one entry, escaping each value for LaTeX straight into
/// the entry's UTF-8.
struct BibTeXFields {
  /// The lines so far, `  name = {value}`, separated by `,\n`.
  private var body: [UInt8] = []
  var unknown: Set<Character>

  init(unknown: Set<Character>) {
    self.unknown = unknown
    // Room for a typical entry, so that the body is not regrown field by field.
    body.reserveCapacity(512)
  }

  /// Starts the line of the field `name`, up to its opening brace.
  private mutating func open(_ name: StaticString) {
    if !body.isEmpty { append(",\n") }
    append("  ")
    append(name)
    append(" = {")
  }

  /// Appends a literal: its bytes are copied as a buffer, not walked as a String's.
  private mutating func append(_ text: StaticString) {
    text.withUTF8Buffer { body.append(contentsOf: $0) }
  }

  mutating func raw(_ name: StaticString, _ value: String?) {
    guard let value, !value.isEmpty else { return }
    text(name, value)
  }

  mutating func text(_ name: StaticString, _ value: String?) {
    guard let value, !value.isEmpty else { return }
    open(name)
    LaTeXEscaper.escape(value, into: &body, unknown: &unknown)
    append("}")
  }

  /// DOIs and URLs: only the characters LaTeX itself chokes on are escaped.
  mutating func verbatim(_ name: StaticString, _ value: String?) {
    guard let value, !value.isEmpty else { return }
    open(name)
    if value.utf8.allSatisfy({ $0 < 0x80 }) {
      // ASCII, the usual case: the same rules on bytes.
      for byte in value.utf8 {
        switch byte {
        case UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "\\"), UInt8(ascii: " "): continue
        case UInt8(ascii: "%"), UInt8(ascii: "#"), UInt8(ascii: "&"), UInt8(ascii: "_"),
          UInt8(ascii: "$"):
          body.append(UInt8(ascii: "\\"))
          body.append(byte)
        case UInt8(ascii: "~"): append("\\textasciitilde{}")
        default: body.append(byte)
        }
      }
    } else {
      for character in value {
        switch character {
        case "{", "}", "\\", " ": continue
        case "%", "#", "&", "_", "$":
          body.append(UInt8(ascii: "\\"))
          body.append(contentsOf: character.utf8)
        case "~": append("\\textasciitilde{}")
        default:
          if character.isASCII { body.append(contentsOf: character.utf8) } else {
            LaTeXEscaper.escape(String(character), into: &body, unknown: &unknown)
          }
        }
      }
    }
    append("}")
  }

  /// Titles: acronyms, gene names and words with digits are brace-protected (`{IL-6}`); a
  /// final period goes (styles add their own), an ellipsis stays.
  mutating func title(_ name: StaticString, _ value: String?) {
    guard let value, !value.isEmpty else { return }
    open(name)
    var contiguous = value
    let isPlain = contiguous.withUTF8 { utf8 in
      guard utf8.allSatisfy(LaTeXEscaper.isPlain) else { return false }
      appendPlainTitle(utf8)
      return true
    }
    if !isPlain { appendTitle(value) }
    append("}")
  }

  /// A title of printable ASCII that needs no escape, on its bytes.
  private mutating func appendPlainTitle(_ utf8: UnsafeBufferPointer<UInt8>) {
    let valueStart = body.count
    // Unprotected words one space apart are copied as one run, not word by word.
    var run = 0..<0
    func flushRun() {
      if !run.isEmpty { body.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[run])) }
      run = 0..<0
    }
    Self.forEachWord(in: utf8) { words in
      let word = UnsafeBufferPointer(rebasing: utf8[words])
      let isProtected = Self.needsProtection(asciiWord: word)
      if !isProtected, !run.isEmpty, words.lowerBound == run.upperBound + 1 {
        run = run.lowerBound..<words.upperBound
      } else {
        flushRun()
        if body.count > valueStart { body.append(0x20) }
        if isProtected {
          body.append(UInt8(ascii: "{"))
          body.append(contentsOf: word)
          body.append(UInt8(ascii: "}"))
        } else {
          run = words
        }
      }
    }
    flushRun()
    if body.count > valueStart, body[body.count - 1] == 0x2E,
      body.count - valueStart < 2 || body[body.count - 2] != 0x2E
    {
      body.removeLast()
    }
  }

  /// Any other title: words escaped one by one, the period tested on `Character`s.
  private mutating func appendTitle(_ value: String) {
    var text: [UInt8] = []
    text.reserveCapacity(value.utf8.count + 8)
    var contiguous = value
    contiguous.withUTF8 { utf8 in
      Self.forEachWord(in: utf8) { words in
        let (start, end) = (words.lowerBound, words.upperBound)
        if !text.isEmpty { text.append(0x20) }
        let bytes = UnsafeBufferPointer(rebasing: utf8[words])
        if bytes.allSatisfy(LaTeXEscaper.isPlain) {
          // Most words of such a title are plain ASCII still: on their bytes, as in
          // `appendPlainTitle`, no Substring made.
          let isProtected = Self.needsProtection(asciiWord: bytes)
          if isProtected { text.append(UInt8(ascii: "{")) }
          text.append(contentsOf: bytes)
          if isProtected { text.append(UInt8(ascii: "}")) }
        } else {
          let offsets = value.utf8
          let word = value[
            offsets.index(offsets.startIndex, offsetBy: start)..<offsets.index(
              offsets.startIndex, offsetBy: end)]
          if Self.needsProtection(word) {
            text.append(UInt8(ascii: "{"))
            LaTeXEscaper.escape(word, into: &text, unknown: &unknown)
            text.append(UInt8(ascii: "}"))
          } else {
            LaTeXEscaper.escape(word, into: &text, unknown: &unknown)
          }
        }
      }
    }
    if text.last == 0x2E {
      var string = String(decoding: text, as: UTF8.self)
      if !string.hasSuffix("..") { string.removeLast() }
      body.append(contentsOf: string.utf8)
    } else {
      body.append(contentsOf: text)
    }
  }

  /// Calls `body` with the byte range of each word of `utf8`, words being what lies between
  /// ASCII spaces: found on the bytes, sliced without walking characters.
  private static func forEachWord(in utf8: UnsafeBufferPointer<UInt8>, _ body: (Range<Int>) -> Void) {
    var start = 0
    while start < utf8.count {
      guard utf8[start] != 0x20 else {
        start += 1
        continue
      }
      var end = start
      while end < utf8.count, utf8[end] != 0x20 { end += 1 }
      body(start..<end)
      start = end
    }
  }

  mutating func names(_ name: StaticString, _ people: [PersonName], etAl: Bool) {
    guard !people.isEmpty else { return }
    open(name)
    for (index, person) in people.enumerated() {
      if index > 0 { append(" and ") }
      // A group author or a one-word name: braces keep it from being split or inverted.
      let given = person.given.flatMap { $0.isEmpty ? nil : $0 }
      let braced = given == nil ? Self.containsSpace(person.family) : Self.needsFamilyBraces(person.family)
      if braced { append("{") }
      LaTeXEscaper.escape(person.family, into: &body, unknown: &unknown)
      if braced { append("}") }
      if let given {
        // BibTeX's `Family, Jr., Given` for a generational suffix (`Christopher Jr.`, `A Sr.`).
        let (forename, suffix) = Self.splittingSuffix(given)
        if let suffix {
          append(", ")
          LaTeXEscaper.escape(suffix, into: &body, unknown: &unknown)
        }
        if !forename.isEmpty {
          append(", ")
          appendInitials(forename)
        }
      }
    }
    if etAl { append(" and others") }
    append("}")
  }

  /// Appends `initials(given)`, escaped. The usual NLM form (`GH` → `G. H.`) is written
  /// straight as bytes, no String made: capitals and periods need no escape.
  private mutating func appendInitials(_ given: String) {
    let isNLM = given.utf8.count <= 4 && given.allBytes { (0x41...0x5A).contains($0) }
    guard isNLM else {
      LaTeXEscaper.escape(Self.initials(given), into: &body, unknown: &unknown)
      return
    }
    for (index, byte) in given.utf8.enumerated() {
      if index > 0 { body.append(0x20) }
      body.append(byte)
      body.append(UInt8(ascii: "."))
    }
  }

  mutating func pages(_ pages: PageRange?) {
    guard let pages else { return }
    if let last = pages.last, !last.isEmpty {
      text("pages", "\(pages.first)--\(last)")
    } else {
      text("pages", pages.first)
    }
  }

  /// Appends the entry, `@type{key,` then the fields, to the UTF-8 `output`.
  func appendEntry(type: String, key: String, to output: inout [UInt8]) {
    output.append(UInt8(ascii: "@"))
    output.append(contentsOf: type.utf8)
    output.append(UInt8(ascii: "{"))
    output.append(contentsOf: key.utf8)
    output.append(contentsOf: ",\n".utf8)
    output.append(contentsOf: body)
    if !body.isEmpty { output.append(0x0A) }
    output.append(contentsOf: "}\n".utf8)
  }

  /// NLM initials `GH` become `G. H.` so that styles abbreviate them correctly.
  /// `Christopher Jr.` → (`Christopher`, `Jr.`); `J.F. III.` → (`J.F.`, `III`).
  static func splittingSuffix(_ given: String) -> (given: String, suffix: String?) {
    // Most given names hold no space byte, and so no space: no walk over their characters.
    guard given.hasSpaceByte, let space = given.lastIndex(of: " ") else { return (given, nil) }
    let last = given[given.index(after: space)...]
    let word = last.hasSuffix(".") && !["Jr.", "Sr."].contains(last) ? last.dropLast() : last
    guard ["Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV", "2nd", "3rd"].contains(word) else { return (given, nil) }
    return (String(given[..<space]).trimmingCharacters(in: " ,"), String(word))
  }

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
    containsSpace(family)
  }

  /// Whether `text` holds the character " ", its characters walked only if a space byte is
  /// there (a space followed by a combining mark is another character).
  private static func containsSpace(_ text: String) -> Bool {
    text.hasSpaceByte && text.contains(" ")
  }

  /// Acronyms (two capitals: `IL-6`, `STAT3`, `NF-κB`, `mRNA`), words with digits (`p53`),
  /// and Greek letters keep their case in every bibliography style.
  static func needsProtection(_ word: Substring) -> Bool {
    // ASCII, the usual case: on the contiguous bytes.
    let ascii = word.utf8.withContiguousStorageIfAvailable { utf8 -> Bool? in
      utf8.allSatisfy { $0 < 0x80 } ? needsProtection(asciiWord: utf8) : nil
    }
    if let ascii, let ascii { return ascii }
    if ascii == nil, word.utf8.allSatisfy({ $0 < 0x80 }) { return needsProtection(asciiWord: word.utf8) }
    var capitals = 0
    var hasDigit = false
    var hasLetter = false
    var hasGreek = false
    var isFirst = true
    // Most characters of a word with a Greek letter or a dash are still ASCII: their byte
    // answers without Unicode property lookups.
    func visit(ascii: UInt8) {
      defer { isFirst = false }
      if (0x41...0x5A).contains(ascii) { capitals += isFirst ? 1 : 2 }
      if (0x30...0x39).contains(ascii) { hasDigit = true }
      if (0x41...0x5A).contains(ascii) || (0x61...0x7A).contains(ascii) { hasLetter = true }
    }
    func visit(_ character: Character) {
      if let ascii = character.asciiValue { return visit(ascii: ascii) }
      defer { isFirst = false }
      if character.isUppercase { capitals += isFirst ? 1 : 2 }
      if character.isNumber { hasDigit = true }
      if character.isLetter { hasLetter = true }
      if let scalar = character.unicodeScalars.first, (0x0391...0x03C9).contains(scalar.value) {
        hasGreek = true
      }
    }
    if word.unicodeScalars.allSatisfy(LaTeXEscaper.isOwnCharacter) {
      // Each scalar a character of its own, the usual case: walking scalars costs far less
      // than finding grapheme breaks.
      for scalar in word.unicodeScalars {
        if scalar.isASCII { visit(ascii: UInt8(scalar.value)) } else { visit(Character(scalar)) }
      }
    } else {
      for character in word { visit(character) }
    }
    return capitals >= 2 || (hasDigit && hasLetter) || hasGreek
  }

  /// `needsProtection` for an ASCII word, on its bytes, without Unicode property lookups.
  static func needsProtection(asciiWord word: some Sequence<UInt8>) -> Bool {
    var capitals = 0
    var hasDigit = false
    var hasLetter = false
    for (index, byte) in word.enumerated() {
      if (0x41...0x5A).contains(byte) { capitals += index == 0 ? 1 : 2 }
      if (0x30...0x39).contains(byte) { hasDigit = true }
      if (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) { hasLetter = true }
    }
    return capitals >= 2 || (hasDigit && hasLetter)
  }
}

private extension String {
  /// Whether every UTF-8 byte satisfies `predicate`, read from contiguous storage: walking a
  /// short String's `utf8` view byte by byte costs several times more.
  func allBytes(_ predicate: (UInt8) -> Bool) -> Bool {
    utf8.withContiguousStorageIfAvailable { $0.allSatisfy(predicate) } ?? utf8.allSatisfy(predicate)
  }

  /// Whether the UTF-8 holds a space byte.
  var hasSpaceByte: Bool { !allBytes { $0 != 0x20 } }
}
