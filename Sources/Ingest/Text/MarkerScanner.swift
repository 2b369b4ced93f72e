import Model

/// Turns a paragraph's text into `MarkedText`: markdown emphasis noise becomes emphasis, and
/// citation markers (`¹²`, `^{15–17}`, `<sup>5</sup>`, `[3–5]`, `(Smith et al., 2010)`) become
/// markers.
///
/// Digits that belong to names (`H3R8`, `p22`, `CD133+`, `Tyr705`, `IL-6`) are never markers:
/// only raised digits, `^{}`/`<sup>` groups, bracketed number lists and author–year
/// parentheses are.
struct MarkerScanner {
  var path: String
  /// Numbers the next marker; shared across the document so ids are unique.
  var nextMarkerNumber = 1

  init(path: String) { self.path = path }

  /// The marked text of `text`, which starts at source line `line`.
  mutating func markedText(of text: String, line: Int) -> MarkedText {
    let characters = Array(text)
    var paragraph = MarkedText()
    paragraph.reserveCapacity(characters.count)
    var emphasised = false
    var index = 0
    while index < characters.count {
      let character = characters[index]
      if character == "*" {
        // `*x*` and `**x**` are emphasis noise from the PDF extraction: toggle, drop the stars.
        var end = index
        while end < characters.count, characters[end] == "*" { end += 1 }
        emphasised.toggle()
        index = end
        continue
      }
      if let (marker, end) = marker(in: characters, at: index, precededBy: paragraph, line: line) {
        paragraph.append(marker)
        index = end
        continue
      }
      paragraph.append(scalarsOf: character, emphasised: emphasised)
      index += 1
    }
    return paragraph
  }

  /// `paragraph`, the text of a JATS paragraph whose article marks no citation up (no `<xref>`:
  /// Copernicus writes `(Hillel, 1998)` as text), with the citations this scanner finds in its
  /// text made markers, as the text path does. Emphasis is kept; text that already holds a
  /// marker is returned as it is.
  mutating func findingMarkers(in paragraph: MarkedText, line: Int) -> MarkedText {
    guard paragraph.markers.isEmpty else { return paragraph }
    var scalars = String.UnicodeScalarView()
    var emphasis: [Bool] = []
    var offset = 0
    while let (scalar, length) = paragraph.scalar(at: offset) {
      scalars.append(scalar)
      emphasis.append(paragraph.isEmphasised(at: offset))
      offset += length
    }
    let characters = Array(String(scalars))
    var result = MarkedText()
    result.reserveCapacity(paragraph.count)
    var index = 0
    var scalarIndex = 0
    while index < characters.count {
      if let (marker, end) = marker(in: characters, at: index, precededBy: result, line: line) {
        for character in characters[index..<end] { scalarIndex += character.unicodeScalars.count }
        result.append(marker)
        index = end
        continue
      }
      result.append(scalarsOf: characters[index], emphasised: emphasis[scalarIndex])
      scalarIndex += characters[index].unicodeScalars.count
      index += 1
    }
    return result
  }

  private mutating func makeMarker(label: String, cited: [String], line: Int) -> CitationMarker {
    defer { nextMarkerNumber += 1 }
    return CitationMarker(
      id: MarkerID(String(numberedID: nextMarkerNumber, prefix: "m")), label: label, citedLabels: cited,
      position: SourcePosition(file: path, line: line))
  }

  /// A marker starting at `index`, and the index just past it.
  private mutating func marker(
    in characters: [Character], at index: Int, precededBy paragraph: MarkedText, line: Int
  ) -> (CitationMarker, Int)? {
    let character = characters[index]
    if let ascii = character.asciiValue, ascii != 0x5E, ascii != 0x3C, ascii != 0x5B, ascii != 0x28 {
      return nil  // only `^{`, `<sup>`, `[`, `(` and raised digits can start a marker
    }
    if Superscripts.isDigit(character) {
      return superscriptMarker(in: characters, at: index, precededBy: paragraph, line: line)
    }
    if character == "^", index + 1 < characters.count, characters[index + 1] == "{" {
      guard let close = characters[(index + 2)...].firstIndex(of: "}") else { return nil }
      return numberedGroup(characters, from: index, contentRange: (index + 2)..<close, end: close + 1, line: line)
    }
    if character == "<", characters.starts(with: "<sup>", at: index) {
      let contentStart = index + 5
      guard let close = characters.firstIndex(of: "</sup>", from: contentStart) else { return nil }
      return numberedGroup(characters, from: index, contentRange: contentStart..<close, end: close + 6, line: line)
    }
    if character == "[" {
      guard let close = characters[(index + 1)...].prefix(80).firstIndex(of: "]") else { return nil }
      return numberedGroup(characters, from: index, contentRange: (index + 1)..<close, end: close + 1, line: line)
    }
    if character == "(" {
      return authorYearMarker(in: characters, at: index, line: line)
        ?? narrativeMarker(in: characters, at: index, precededBy: paragraph, line: line)
    }
    return nil
  }

  private mutating func numberedGroup(
    _ characters: [Character], from start: Int, contentRange: Range<Int>, end: Int, line: Int
  ) -> (CitationMarker, Int)? {
    guard let cited = NumberList.expand(String(characters[contentRange])) else { return nil }
    let label = String(characters[start..<end])
    return (makeMarker(label: label, cited: cited, line: line), end)
  }

  private mutating func superscriptMarker(
    in characters: [Character], at index: Int, precededBy paragraph: MarkedText, line: Int
  ) -> (CitationMarker, Int)? {
    // A raised digit right after a digit or a unit is an exponent (10⁶, cm²), not a citation.
    if let previous = paragraph.lastScalar {
      if previous.isNumberFast || previous == "^" { return nil }
      let last = paragraph.scalars(before: paragraph.count, limit: 4)
      let word = String.UnicodeScalarView(last[(last.lastIndex { !$0.isLetterFast }.map(last.index(after:)) ?? last.startIndex)...])
      if Self.units.contains(String(word)) { return nil }
    }
    var end = index
    while end < characters.count {
      let character = characters[end]
      if Superscripts.isDigit(character) {
        end += 1
      } else if Superscripts.isSeparator(character), end + 1 < characters.count,
        Superscripts.isDigit(characters[end + 1])
      {
        end += 1
      } else if character == ",", end + 2 < characters.count, characters[end + 1] == " ",
        Superscripts.isDigit(characters[end + 2])
      {
        end += 2
      } else {
        break
      }
    }
    let label = String(characters[index..<end])
    guard let cited = NumberList.expand(label) else { return nil }
    return (makeMarker(label: label, cited: cited, line: line), end)
  }

  /// `(Smith et al., 2010; Jones and Lee 2011a)`: every part must be names and a year.
  private mutating func authorYearMarker(in characters: [Character], at index: Int, line: Int)
    -> (CitationMarker, Int)?
  {
    guard let close = characters[(index + 1)...].prefix(400).firstIndex(of: ")") else {
      return nil
    }
    let content = String(characters[(index + 1)..<close])
    let parts = content.split(separator: ";").map { $0.trimmingWhitespace }
    guard !parts.isEmpty else { return nil }
    var cited: [String] = []
    for part in parts {
      guard let citations = AuthorYear.citations(in: part) else { return nil }
      cited += citations
    }
    let label = String(characters[index...close])
    return (makeMarker(label: label, cited: cited, line: line), close + 1)
  }

  /// `Smith et al. (2010)`: the names stay in the sentence; the marker is the parenthesis and
  /// its label the whole citation as a reader sees it.
  private mutating func narrativeMarker(
    in characters: [Character], at index: Int, precededBy paragraph: MarkedText, line: Int
  ) -> (CitationMarker, Int)? {
    guard let close = characters[(index + 1)...].prefix(40).firstIndex(of: ")") else {
      return nil
    }
    let years = characters[(index + 1)..<close].split(whereSeparator: { $0 == "," || $0 == " " })
      .map { String($0) }
    guard !years.isEmpty, years.allSatisfy({ AuthorYear.isYear($0) }) else { return nil }
    let names = AuthorYear.names(endingAt: paragraph)
    guard let names,
      let cited = AuthorYear.citations(in: names + " " + years.joined(separator: ", "))
    else { return nil }
    let written = names.hasSuffix("et al") ? names + "." : names
    let label = written + " " + String(characters[index...close])
    return (makeMarker(label: label, cited: cited, line: line), close + 1)
  }

  private static let units: Set<String> = [
    "m", "cm", "mm", "km", "nm", "μm", "µm", "ft", "kg", "g", "s", "mg", "L", "dm",
  ]
}

extension Array where Element == Character {
  fileprivate func starts(with text: String, at index: Int) -> Bool {
    var position = index
    for character in text {
      guard position < count, self[position] == character else { return false }
      position += 1
    }
    return true
  }

  fileprivate func firstIndex(of text: String, from start: Int) -> Int? {
    var index = start
    while index < count {
      if starts(with: text, at: index) { return index }
      index += 1
    }
    return nil
  }
}
