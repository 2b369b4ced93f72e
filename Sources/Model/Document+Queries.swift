extension Document {
  /// A sentence together with the heading of the section it falls under.
  public struct SectionedSentence: Sendable {
    public var sectionTitle: String?
    public var sentence: Sentence
  }

  /// Calls `body` with every sentence in reading order and its nearest section heading,
  /// without collecting them.
  public func forEachSentence(_ body: (_ sectionTitle: String?, _ sentence: Sentence) -> Void) {
    func visit(_ section: Section) {
      for paragraph in section.paragraphs {
        for sentence in paragraph.sentences { body(section.title, sentence) }
      }
      section.subsections.forEach(visit)
    }
    sections.forEach(visit)
  }

  /// Every sentence in reading order, with its nearest section heading.
  public var sentencesWithSections: [SectionedSentence] {
    var result: [SectionedSentence] = []
    forEachSentence { title, sentence in
      result.append(SectionedSentence(sectionTitle: title, sentence: sentence))
    }
    return result
  }

  /// Every citation marker in reading order.
  public var markers: [CitationMarker] {
    var result: [CitationMarker] = []
    forEachSentence { _, sentence in
      for inline in sentence.content { inline.appendMarkers(to: &result) }
    }
    return result
  }

  /// This document with every citation marker replaced by `transform(marker)`, called in
  /// reading order. Sentences without markers are left as they are, not rebuilt.
  public func rewritingMarkers(_ transform: (CitationMarker) -> CitationMarker) -> Document {
    func rewrite(_ section: inout Section) {
      for paragraph in section.paragraphs.indices {
        for index in section.paragraphs[paragraph].sentences.indices
        where section.paragraphs[paragraph].sentences[index].content.contains(where: \.hasMarkers) {
          section.paragraphs[paragraph].sentences[index].content =
            section.paragraphs[paragraph].sentences[index].content.map {
              $0.rewritingMarkers(transform)
            }
        }
      }
      for index in section.subsections.indices { rewrite(&section.subsections[index]) }
    }
    var copy = self
    for index in copy.sections.indices { rewrite(&copy.sections[index]) }
    return copy
  }
}
