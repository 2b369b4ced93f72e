extension Document {
  /// A sentence together with the heading of the section it falls under.
  public struct SectionedSentence: Sendable {
    public var sectionTitle: String?
    public var sentence: Sentence
  }

  /// Every sentence in reading order, with its nearest section heading.
  public var sentencesWithSections: [SectionedSentence] {
    var result: [SectionedSentence] = []
    func visit(_ section: Section) {
      for paragraph in section.paragraphs {
        for sentence in paragraph.sentences {
          result.append(SectionedSentence(sectionTitle: section.title, sentence: sentence))
        }
      }
      section.subsections.forEach(visit)
    }
    sections.forEach(visit)
    return result
  }

  /// Every citation marker in reading order.
  public var markers: [CitationMarker] {
    sentencesWithSections.flatMap(\.sentence.markers)
  }

  /// This document with every citation marker replaced by `transform(marker)`.
  public func rewritingMarkers(_ transform: (CitationMarker) -> CitationMarker) -> Document {
    func rewrite(_ section: Section) -> Section {
      var section = section
      section.paragraphs = section.paragraphs.map { paragraph in
        Paragraph(
          sentences: paragraph.sentences.map { sentence in
            var sentence = sentence
            sentence.content = sentence.content.map { $0.rewritingMarkers(transform) }
            return sentence
          })
      }
      section.subsections = section.subsections.map(rewrite)
      return section
    }
    var copy = self
    copy.sections = sections.map(rewrite)
    return copy
  }
}
