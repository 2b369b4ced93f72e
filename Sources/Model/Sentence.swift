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
    // UTF-8 bytes, not a scalar view: the appends are plain byte copies. While `lastWasSpace`
    // holds and the buffer is not empty, its last byte is the one space appended.
    var result: [UInt8] = []
    result.reserveCapacity(64)
    var lastWasSpace = true
    for inline in content {
      Self.appendPlainText(of: inline, to: &result, lastWasSpace: &lastWasSpace)
    }
    if result.last == 0x20 { result.removeLast() }
    return String(decoding: result, as: UTF8.self)
  }

  private static func appendPlainText(
    of inline: Inline, to result: inout [UInt8], lastWasSpace: inout Bool
  ) {
    switch inline {
    case .citation: return
    case .emphasis(let inlines):
      for inner in inlines { appendPlainText(of: inner, to: &result, lastWasSpace: &lastWasSpace) }
    case .text(let text):
      for scalar in text.unicodeScalars {
        if scalar.isSpaceFast {
          if !lastWasSpace { result.append(0x20) }
          lastWasSpace = true
        } else {
          if lastWasSpace, !result.isEmpty,
            scalar == "." || scalar == "," || scalar == ";" || scalar == ":" || scalar == ")"
          {
            result.removeLast()
          }
          if scalar.isASCII {
            result.append(UInt8(truncatingIfNeeded: scalar.value))
          } else {
            UTF8.encode(scalar) { result.append($0) }
          }
          lastWasSpace = false
        }
      }
    }
  }

  /// The citation markers in the sentence, in order.
  public var markers: [CitationMarker] {
    var result: [CitationMarker] = []
    for inline in content { inline.appendMarkers(to: &result) }
    return result
  }
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
