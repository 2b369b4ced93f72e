extension Document {
  /// A sentence together with the heading of the section it falls under, and that section's
  /// role (its own, or the nearest enclosing section's; none for a caption).
  public struct SectionedSentence: Sendable {
    public var sectionTitle: String?
    public var role: SectionRole?
    public var sentence: Sentence
  }

  /// Calls `body` with every sentence in reading order and its nearest section heading,
  /// without collecting them.
  public func forEachSentence(_ body: (_ sectionTitle: String?, _ sentence: Sentence) -> Void) {
    forEachSectionedSentence { body($0.sectionTitle, $0.sentence) }
  }

  /// Calls `body` with every sentence in reading order, its nearest section heading and role.
  public func forEachSectionedSentence(_ body: (SectionedSentence) -> Void) {
    func visit(_ section: Section, inheriting role: SectionRole?) {
      let role = section.role ?? role
      for paragraph in section.paragraphs {
        let role = paragraph.isCaption ? nil : role
        for sentence in paragraph.sentences {
          body(SectionedSentence(sectionTitle: section.title, role: role, sentence: sentence))
        }
      }
      for subsection in section.subsections { visit(subsection, inheriting: role) }
    }
    for section in sections { visit(section, inheriting: nil) }
  }

  /// Every sentence in reading order, with its nearest section heading and role.
  public var sentencesWithSections: [SectionedSentence] {
    var result: [SectionedSentence] = []
    forEachSectionedSentence { result.append($0) }
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
