/// One sentence of body text.
public struct Sentence: Hashable, Sendable, Codable {
  public var id: SentenceID
  public var content: [Inline]
  public var position: SourcePosition?

  public init(id: SentenceID, content: [Inline], position: SourcePosition? = nil) {
    self.id = id
    self.content = content
    self.position = position
  }

  /// The sentence as a reader sees it, citation markers removed and spaces tidied.
  public var plainText: String {
    let joined = content.map(\.plainText).joined()
    var result = ""
    result.reserveCapacity(joined.utf8.count)
    var lastWasSpace = true
    for character in joined {
      if character.isWhitespace {
        if !lastWasSpace { result.append(" ") }
        lastWasSpace = true
      } else {
        if lastWasSpace, !result.isEmpty, ".,;:)".contains(character) { result.removeLast() }
        result.append(character)
        lastWasSpace = false
      }
    }
    if result.hasSuffix(" ") { result.removeLast() }
    return result
  }

  /// The citation markers in the sentence, in order.
  public var markers: [CitationMarker] { content.flatMap(\.markers) }
}

/// A paragraph: a run of sentences.
public struct Paragraph: Hashable, Sendable, Codable {
  public var sentences: [Sentence]
  public init(sentences: [Sentence]) { self.sentences = sentences }
}

/// A section of the body, with its heading, paragraphs and subsections.
public struct Section: Hashable, Sendable, Codable {
  public var title: String?
  public var paragraphs: [Paragraph]
  public var subsections: [Section]

  public init(title: String?, paragraphs: [Paragraph] = [], subsections: [Section] = []) {
    self.title = title
    self.paragraphs = paragraphs
    self.subsections = subsections
  }
}
