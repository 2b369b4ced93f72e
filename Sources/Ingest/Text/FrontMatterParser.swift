import Model

/// Reads the article's own metadata from the blocks before the body: title, authors,
/// affiliations, keywords, DOI, journal line, received and accepted dates.
///
/// Superscripts after author names are affiliation numbers, not citations.
enum FrontMatterParser {
  static func metadata(from blocks: [TextBlock]) -> ArticleMetadata {
    var metadata = ArticleMetadata()
    var titleIndex: Int?
    for (index, block) in blocks.enumerated() where titleIndex == nil {
      let text = clean(block.text)
      let words = text.split(separator: " ")
      guard words.count >= 3, text != text.uppercased(), !isLabelled(text) else { continue }
      titleIndex = index
      metadata.title = text
    }
    if let titleIndex, titleIndex + 1 < blocks.count {
      let candidate = blocks[titleIndex + 1].text
      if looksLikeAuthorList(candidate) { metadata.authors = authors(in: candidate) }
    }
    var expectingKeywords = false
    for block in blocks {
      let text = clean(block.text)
      let lower = text.lowercased()
      if expectingKeywords {
        metadata.keywords = keywords(in: text)
        expectingKeywords = false
        continue
      }
      if lower == "keywords" || lower == "key words" {
        expectingKeywords = true
      } else if lower.hasPrefix("keywords:") || lower.hasPrefix("key words:") {
        metadata.keywords = keywords(in: String(text.drop { $0 != ":" }.dropFirst()))
      } else if let affiliation = affiliation(in: text) {
        metadata.affiliations.append(affiliation)
      } else if lower.hasPrefix("received") {
        metadata.received = DateText.isoDate(in: text)
      } else if lower.hasPrefix("accepted") {
        metadata.accepted = DateText.isoDate(in: text)
      }
      if metadata.doi == nil, let doi = Identifiers.doi(in: text) { metadata.doi = doi }
      if metadata.journal == nil, let line = JournalLine(text) {
        metadata.journal = line.journal
        metadata.volume = line.volume
        metadata.year = line.year
        metadata.pages = line.pages
      }
    }
    if metadata.year == nil {
      metadata.year = (metadata.accepted ?? metadata.received).map { String($0.prefix(4)) }
    }
    return metadata
  }

  private static func clean(_ text: String) -> String {
    TextNormalization.removingEmphasisMarks(
      String(text.drop { $0 == "#" || $0 == " " }))
  }

  /// `Tel: …`, `Email: …`, `doi: …` lines are never titles.
  private static func isLabelled(_ text: String) -> Bool {
    guard let colon = text.firstIndex(of: ":") else { return false }
    return text[..<colon].split(separator: " ").count <= 2
  }

  private static func looksLikeAuthorList(_ text: String) -> Bool {
    guard !text.hasSuffix("."), text.count < 2000 else { return false }
    let names = nameParts(of: text)
    return !names.isEmpty && names.allSatisfy { name in
      let words = name.split(separator: " ")
      return (1...5).contains(words.count) && words.allSatisfy { $0.first?.isUppercase ?? false
        || ["de", "van", "von", "der", "del", "da", "la", "le", "di"].contains($0) }
    }
  }

  private static func nameParts(of text: String) -> [String] {
    let stripped = String(text.map { Superscripts.isDigit($0) || "*†‡§".contains($0) ? " " : $0 })
    return stripped.replacingAll(" & ", with: ",").replacingAll(" and ", with: ",")
      .split(separator: ",").map { $0.trimmingWhitespace }
      .filter { !$0.isEmpty && !$0.allSatisfy { $0.isNumber || $0 == " " } }
  }

  private static func authors(in text: String) -> [PersonName] {
    nameParts(of: text).map { name in
      let words = name.split(separator: " ").map(String.init)
      guard let family = words.last else { return PersonName(family: name) }
      let given = words.dropLast().joined(separator: " ")
      return PersonName(family: family, given: given.isEmpty ? nil : given)
    }
  }

  private static func keywords(in text: String) -> [String] {
    text.split(whereSeparator: { $0 == ";" || $0 == "," })
      .map { $0.trimmingWhitespace.trimmingCharacters(in: ".") }
      .filter { !$0.isEmpty }
  }

  /// `1 Department of …` or `¹Department of …`.
  private static func affiliation(in text: String) -> String? {
    var rest = Substring(text)
    let digits = rest.prefix { ($0.isASCII && $0.isNumber) || Superscripts.isDigit($0) }
    guard !digits.isEmpty, digits.count <= 2 else { return nil }
    rest = rest.dropFirst(digits.count)
    let body = rest.trimmingWhitespace
    guard let first = body.first, first.isUppercase, body.split(separator: " ").count >= 2 else {
      return nil
    }
    return body
  }
}

extension String {
  func replacingAll(_ target: String, with replacement: String) -> String {
    guard !target.isEmpty else { return self }
    var result = ""
    var rest = Substring(self)
    while let range = rest.range(of: target) {
      result += rest[..<range.lowerBound]
      result += replacement
      rest = rest[range.upperBound...]
    }
    result += rest
    return result
  }
}

extension Substring {
  /// The range of the first occurrence of `target`.
  func range(of target: String) -> Range<Index>? {
    guard let first = target.first else { return nil }
    var index = startIndex
    while let found = self[index...].firstIndex(of: first) {
      if self[found...].hasPrefix(target) {
        return found..<(self.index(found, offsetBy: target.count))
      }
      index = self.index(after: found)
    }
    return nil
  }
}
