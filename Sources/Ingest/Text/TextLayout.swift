/// Decides what each block of a plain-text article is: heading, paragraph, or list boundary.
enum TextLayout {
  enum Unit: Equatable {
    case heading(String)
    case paragraph(String, line: Int)
  }

  static func isReferencesHeading(_ text: String) -> Bool {
    guard text.utf8.count <= 80 else { return false }  // a paragraph, not a heading
    let name = headingText(text).lowercased()
    return ["references", "reference", "bibliography", "literature cited", "works cited",
      "references and notes", "cited literature"].contains(name)
  }

  static func isBodyStart(_ text: String) -> Bool {
    guard text.utf8.count <= 80 else { return false }  // a paragraph, not a heading
    let name = headingText(text).lowercased()
    return ["abstract", "summary", "introduction", "background", "1. introduction",
      "1 introduction"].contains(name)
  }

  /// Without an `Abstract`/`Introduction` heading: the title (if any) is front matter.
  static func firstBodyBlockWithoutAbstract(_ blocks: [TextBlock]) -> Int {
    guard let first = blocks.first, blocks.count > 1, isHeadingCandidate(first.text) else {
      return 0
    }
    return 1
  }

  /// Headings, and paragraphs re-joined across page breaks, in reading order.
  static func bodyUnits(_ blocks: [TextBlock]) -> [Unit] {
    var units: [Unit] = []
    var index = 0
    while index < blocks.count {
      var text = blocks[index].text
      let line = blocks[index].line
      var next = index + 1
      // A page break splits a paragraph: the next chunk starts in lower case.
      while next < blocks.count, !endsSentence(text), startsLowercase(blocks[next].text) {
        text += " " + blocks[next].text
        next += 1
      }
      let joined = next > index + 1
      if !joined, blocks[index].lines.count == 1, isHeadingCandidate(text) {
        units.append(.heading(TextNormalization.tidy(headingText(text))))
      } else {
        units.append(.paragraph(text, line: line))
      }
      index = next
    }
    return units
  }

  /// The heading without markdown `#`, bold stars or a trailing colon.
  static func headingText(_ text: String) -> String {
    var name = Substring(text.trimmingWhitespace)
    while name.first == "#" { name = name.dropFirst() }
    let cleaned = String(name).filter { $0 != "*" }.trimmingWhitespace
    return cleaned.hasSuffix(":") ? String(cleaned.dropLast()) : cleaned
  }

  static func isHeadingCandidate(_ text: String) -> Bool {
    let trimmed = text.trimmingWhitespace
    if trimmed.hasPrefix("#") { return true }
    // At most 150 characters: a paragraph is turned down after reading 151 of them.
    guard trimmed.prefix(400).count <= 250 else { return false }
    let name = headingText(trimmed)
    guard let first = name.first, !name.isEmpty, name.prefix(151).count <= 150 else { return false }
    let words = name.split(separator: " ")
    guard words.count <= 18, !first.isLowercase || isLowercaseGeneName(String(words[0])) else {
      return false
    }
    if let last = name.last, ".,;?!".contains(last) || Superscripts.isDigit(last) { return false }
    if name.hasSuffix("}") || name.hasSuffix("]") { return false }
    if let lastWord = words.last, trailingFunctionWords.contains(lastWord.lowercased()) {
      return false
    }
    return true
  }

  private static let trailingFunctionWords: Set<String> = [
    "a", "an", "the", "of", "in", "on", "to", "for", "with", "by", "from", "that", "which",
    "as", "at", "or", "is", "are", "was", "were", "be",
  ]

  private static func endsSentence(_ text: String) -> Bool {
    var trimmed = Substring(text)
    while let last = trimmed.last, last.isWhitespace { trimmed = trimmed.dropLast() }
    // Markers after the full stop (`body.¹`, `tumors.^{5,6}`) belong to the sentence.
    while let last = trimmed.last, Superscripts.isDigit(last) || Superscripts.isSeparator(last) {
      trimmed = trimmed.dropLast()
    }
    if trimmed.hasSuffix("}"), let open = trimmed.lastIndex(of: "^") {
      trimmed = trimmed[..<open]
    }
    guard let last = trimmed.last else { return true }
    return ".?!:;".contains(last) || "\"”)".contains(last) && trimmed.dropLast().last == "."
  }

  private static func startsLowercase(_ text: String) -> Bool {
    guard let first = text.trimmingWhitespace.first else { return false }
    return first.isLowercase
  }

  private static func isLowercaseGeneName(_ word: String) -> Bool {
    word.contains(where: \.isNumber)
  }
}
