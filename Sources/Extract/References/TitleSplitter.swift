/// Splits the text between the author list and the volume–pages group into title and container
/// (`IL-6 functions … IL-6. J Immunol`, `Violation of …, Phys. Rev. Lett.`).
enum TitleSplitter {
  struct Parts {
    var title: String?
    var container: String?
    /// What follows the title when there is no container (publisher, place, edition).
    var remainder: String?
  }

  /// Splits `head`. With `endsWithContainer`, the last sentence (with any abbreviation
  /// fragments before it, `J. Biol. Chem.`) is the container; otherwise the first sentence
  /// is the title and the rest is `remainder`.
  static func split(_ head: Substring, endsWithContainer: Bool) -> Parts {
    let head = head.trimming(" ,;:")
    guard !head.isEmpty else { return Parts() }
    if let quoted = quotedTitle(head) {
      let after = stripIn(quoted.after.trimming(" ,.;:"))
      return endsWithContainer
        ? Parts(title: quoted.title, container: nonEmpty(after))
        : Parts(title: quoted.title, remainder: nonEmpty(after))
    }
    let pieces = sentences(head)
    guard endsWithContainer else {
      guard let first = pieces.first else { return Parts() }
      let rest = head[first.upperBound...].trimming(" .,;:")
      return Parts(title: clean(head[first]), remainder: nonEmpty(rest))
    }
    var start = pieces.count - 1
    while start > 0, isAbbreviationFragment(head[pieces[start - 1]]) { start -= 1 }
    var containerStart = pieces[start].lowerBound
    var titleEnd: String.Index? = start > 0 ? pieces[start - 1].upperBound : nil
    if start > 0 {
      // A comma-separated abbreviation ending the previous sentence: `…for Fermions, Phys. Rev.`
      let previous = head[pieces[start - 1]]
      if let comma = previous.lastIndex(of: ","),
        isAbbreviationFragment(previous[previous.index(after: comma)...])
      {
        containerStart = head.index(after: comma)
        titleEnd = comma
      }
    } else if pieces.count == 1, let comma = head.lastIndex(of: ",") {
      // One sentence: `Title, Physical Review Letters`.
      containerStart = head.index(after: comma)
      titleEnd = comma
    }
    let container = stripIn(head[containerStart...].trimming(" ,.;:"))
    let title = titleEnd.map { clean(head[..<$0]) } ?? nil
    return Parts(title: title, container: nonEmpty(container))
  }

  /// Sentence ranges: boundaries at `. `, `? `, `! ` (the mark stays with its sentence).
  static func sentences(_ text: Substring) -> [Range<String.Index>] {
    if FoldedText.hasSimpleScalars(text) { return ReferenceText.sentences(text) }
    var result: [Range<String.Index>] = []
    var start = text.startIndex
    var index = text.startIndex
    while index < text.endIndex {
      let character = text[index]
      let next = text.index(after: index)
      if ".?!".contains(character), next < text.endIndex, text[next] == " " {
        result.append(start..<next)
        start = text.index(after: next)
      }
      index = next
    }
    if start < text.endIndex { result.append(start..<text.endIndex) }
    return result
  }

  /// `J`, `Biol`, `Proc`, `IEEE Trans`, `U.S.A`, `Bound.-Lay`: a short capitalised abbreviation, as the
  /// parts of a dotted journal title are. A word of five letters or more counts only when it
  /// is a known abbreviation, so a one-word title (`Fever.`) is not taken for one.
  static func isAbbreviationFragment(_ piece: Substring) -> Bool {
    let words = piece.trimming(" .").split(separator: " ")
    guard (1...3).contains(words.count), let last = words.last else { return false }
    for word in words {
      guard let first = word.first, first.isUppercase || first == "&" else { return false }
    }
    // `Bound.-Lay.` (Boundary-Layer): a hyphen may join two abbreviated words.
    let core = last.split(whereSeparator: { $0 == "." || $0 == "-" }).last ?? last
    guard last.allSatisfy({ $0.isLetter || $0 == "." || $0 == "&" || $0 == "-" }) else { return false }
    return core.count <= 4 || NameToken.journalAbbreviations.contains(String(core))
  }

  private static func quotedTitle(_ head: Substring) -> (title: String, after: Substring)? {
    guard let open = head.first, let close = closingQuote(open) else { return nil }
    let body = head.dropFirst()
    guard let end = body.firstIndex(of: close) else { return nil }
    let title = clean(body[..<end])
    return title.map { ($0, body[body.index(after: end)...]) }
  }

  private static func closingQuote(_ open: Character) -> Character? {
    switch open {
    case "“": "”"
    case "\"": "\""
    case "«": "»"
    case "‘": "’"
    case "„": "“"
    default: nil
    }
  }

  /// `In: Proceedings …` → `Proceedings …`.
  private static func stripIn(_ text: Substring) -> Substring {
    for prefix in ["In: ", "in: ", "In ", "in "] where text.hasPrefix(prefix) {
      return text.dropFirst(prefix.count).trimming(" :")
    }
    return text
  }

  static func clean(_ text: Substring) -> String? {
    var trimmed = text.trimming(" ,;:")
    while trimmed.last == ".", !trimmed.hasSuffix("..") { trimmed = trimmed.dropLast().trimming(" ,;:") }
    if trimmed.first == "“" || trimmed.first == "\"", let last = trimmed.last, "”\"".contains(last) {
      trimmed = trimmed.dropFirst().dropLast().trimming(" ,.")
    }
    return trimmed.isEmpty ? nil : String(trimmed)
  }

  private static func nonEmpty(_ text: Substring) -> String? {
    let trimmed = text.trimming(" ,.;:")
    return trimmed.isEmpty ? nil : String(trimmed)
  }
}
