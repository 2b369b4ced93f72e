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

  /// The sentence as a reader sees it, spaces tidied: numbered citation markers (`¹²`, `[3–5]`)
  /// removed, author–year ones kept as printed ("as Townes (1969) did", "(Smith et al.,
  /// 2010)"), for their names are words of the sentence.
  public var plainText: String { plainTextAndCitationSpans.text }

  /// `plainText`, and the UTF-8 byte ranges in it that author–year citations take (so that a
  /// reader of the text, such as the entity tagger, can leave them out).
  public var plainTextAndCitationSpans: (text: String, citationSpans: [Range<Int>]) {
    // UTF-8 bytes, not a scalar view: the appends are plain byte copies. While `lastWasSpace`
    // holds and the buffer is not empty, its last byte is the one space appended.
    var result: [UInt8] = []
    result.reserveCapacity(64)
    var lastWasSpace = true
    var spans: [Range<Int>] = []
    for inline in content {
      Self.appendPlainText(of: inline, to: &result, lastWasSpace: &lastWasSpace, spans: &spans)
    }
    if result.last == 0x20 { result.removeLast() }
    spans = spans.map { $0.clamped(to: 0..<result.count) }.filter { !$0.isEmpty }
    return (String(decoding: result, as: UTF8.self), spans)
  }

  private static func appendPlainText(
    of inline: Inline, to result: inout [UInt8], lastWasSpace: inout Bool, spans: inout [Range<Int>]
  ) {
    switch inline {
    case .citation(let marker):
      guard marker.isAuthorYear else { return }
      var label = Substring(marker.label)
      // A narrative citation the text path found (`Hu et al. (2002)`) follows its names, which
      // the text holds already: only `(2002)` is added.
      if let paren = label.firstIndex(of: "("), paren > label.startIndex, label.hasSuffix(")"),
        label[label.index(before: paren)] == " "
      {
        let names = Array(label[..<label.index(before: paren)].utf8)
        let written = result.last == 0x20 ? result.dropLast() : result[...]
        if written.count >= names.count, written.suffix(names.count).elementsEqual(names) {
          label = label[paren...]
        }
      }
      let start = result.count
      appendPlainText(of: .text(String(label)), to: &result, lastWasSpace: &lastWasSpace, spans: &spans)
      spans.append(min(start, result.count)..<result.count)
    case .emphasis(let inlines):
      for inner in inlines {
        appendPlainText(of: inner, to: &result, lastWasSpace: &lastWasSpace, spans: &spans)
      }
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
