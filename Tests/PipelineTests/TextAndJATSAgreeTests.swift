import Extract
import Ingest
import Model
import Testing
import TestSupport

/// The review read twice — as PDF-extracted text and as hand-written JATS — must give the same
/// references and the same citation links.
@Suite struct TextAndJATSAgree {
  let text: Document
  let jats: Document

  init() throws {
    var diagnostics: [Diagnostic] = []
    text = Extractor().extract(
      try TextReader.read(Fixtures.bytes("text/il6-crosstalk-review.txt"), path: "review.txt", diagnostics: &diagnostics),
      diagnostics: &diagnostics)
    jats = Extractor().extract(
      try JATSReader.read(Fixtures.bytes("jats/il6-crosstalk-review.xml"), path: "review.xml", diagnostics: &diagnostics),
      diagnostics: &diagnostics)
  }

  @Test func sameMetadata() {
    #expect(text.metadata.title == jats.metadata.title)
    #expect(text.metadata.authors == jats.metadata.authors)
    #expect(text.metadata.affiliations == jats.metadata.affiliations)
    #expect(text.metadata.keywords == jats.metadata.keywords)
    #expect(text.metadata.doi == jats.metadata.doi)
    #expect(text.metadata.journal == jats.metadata.journal)
    #expect(text.metadata.year == jats.metadata.year)
    #expect(text.metadata.volume == jats.metadata.volume)
    #expect(text.metadata.pages == jats.metadata.pages)
    #expect(text.metadata.received == jats.metadata.received)
    #expect(text.metadata.accepted == jats.metadata.accepted)
  }

  @Test func sameReferenceFields() throws {
    try #require(text.references.count == 47)
    try #require(jats.references.count == 47)
    for (fromText, fromJATS) in zip(text.references, jats.references) {
      let label = fromJATS.label ?? "?"
      #expect(fromText.label == fromJATS.label)
      #expect(fromText.authors == fromJATS.authors, "reference \(label)")
      #expect(fromText.hasEtAl == fromJATS.hasEtAl, "reference \(label)")
      #expect(fromText.title == fromJATS.title, "reference \(label)")
      #expect(fromText.container == fromJATS.container, "reference \(label)")
      #expect(fromText.year == fromJATS.year, "reference \(label)")
      #expect(fromText.volume == fromJATS.volume, "reference \(label)")
      #expect(fromText.pages == fromJATS.pages, "reference \(label)")
      #expect(fromText.kind == fromJATS.kind, "reference \(label)")
    }
  }

  /// Each citation as (the sentence it stands in, the labels of the references it links).
  private func links(_ document: Document) -> [(String, [String])] {
    let labels = Dictionary(uniqueKeysWithValues: document.references.map { ($0.id, $0.label ?? "") })
    return document.sentencesWithSections.flatMap { entry in
      entry.sentence.markers.map { marker in
        (entry.sentence.plainText, marker.targets.map { labels[$0] ?? "?" })
      }
    }
  }

  @Test func sameCitationLinksInTheSameSentences() {
    let fromText = links(text)
    let fromJATS = links(jats)
    #expect(fromText.count == fromJATS.count)
    for (a, b) in zip(fromText, fromJATS) {
      #expect(a.1 == b.1)
      #expect(a.0 == b.0)
    }
  }

  @Test func sameSectionHeadings() {
    func titles(_ sections: [Section]) -> [String] {
      sections.flatMap { [$0.title].compactMap { $0 } + titles($0.subsections) }
    }
    #expect(titles(text.sections) == titles(jats.sections))
  }
}
