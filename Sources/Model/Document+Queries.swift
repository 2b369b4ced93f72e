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

  /// Whether some citation marker satisfies `predicate`; markers are looked at in reading
  /// order, none copied, and the search stops at the first.
  public func containsMarker(where predicate: (CitationMarker) -> Bool) -> Bool {
    func search(_ section: Section) -> Bool {
      for paragraph in section.paragraphs {
        for sentence in paragraph.sentences
        where sentence.content.contains(where: { $0.containsMarker(where: predicate) }) {
          return true
        }
      }
      return section.subsections.contains(where: search)
    }
    return sections.contains(where: search)
  }

  /// This document with every citation marker replaced by `transform(marker)`, called in
  /// reading order. Sentences without markers are left as they are, not rebuilt.
  public func rewritingMarkers(_ transform: (CitationMarker) -> CitationMarker) -> Document {
    var copy = self
    copy.rewriteMarkers { $0 = transform($0) }
    return copy
  }

  /// Changes every citation marker in place with `transform`, called in reading order: a
  /// document held once is not copied, and sentences without markers are not touched.
  public mutating func rewriteMarkers(_ transform: (inout CitationMarker) -> Void) {
    func rewrite(_ section: inout Section) {
      for paragraph in section.paragraphs.indices {
        for index in section.paragraphs[paragraph].sentences.indices
        where section.paragraphs[paragraph].sentences[index].hasMarkers {
          section.paragraphs[paragraph].sentences[index].rewriteMarkers(transform)
        }
      }
      for index in section.subsections.indices { rewrite(&section.subsections[index]) }
    }
    for index in sections.indices { rewrite(&sections[index]) }
  }
}
