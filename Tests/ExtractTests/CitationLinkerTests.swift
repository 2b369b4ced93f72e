import Extract
import Model
import Testing

private func document(markers: [CitationMarker], references: [Reference]) -> Document {
  let sentence = Sentence(id: "s1", content: [.text("Text")] + markers.map { .citation($0) })
  return Document(
    id: "d", sourcePath: "d.txt",
    sections: [Section(title: "Intro", paragraphs: [Paragraph(sentences: [sentence])])],
    references: references)
}

@Suite struct CitationLinking {
  @Test func numberedMarkersLinkByLabelAndPosition() {
    let doc = document(
      markers: [CitationMarker(id: "m1", label: "^{1–3}", citedLabels: ["1", "2", "3"])],
      references: [
        Reference(id: "r1", raw: "A"), Reference(id: "r2", raw: "B"),
        Reference(id: "r3", label: "3", raw: "C"),
      ])
    var diagnostics: [Diagnostic] = []
    let linked = CitationLinker().link(doc, diagnostics: &diagnostics)
    #expect(linked.markers.first?.targets == ["r1", "r2", "r3"])
    #expect(linked.citations.map(\.reference) == ["r1", "r2", "r3"])
    #expect(linked.references.map(\.label) == ["1", "2", "3"])
    #expect(diagnostics.isEmpty)
  }

  @Test func unresolvedMarkerAndUncitedReferenceAreReported() {
    let position = SourcePosition(file: "d.txt", line: 4)
    let doc = document(
      markers: [CitationMarker(id: "m1", label: "⁹", citedLabels: ["9"], position: position)],
      references: [Reference(id: "r1", label: "1", raw: "A", position: SourcePosition(file: "d.txt", line: 9))])
    var diagnostics: [Diagnostic] = []
    let linked = CitationLinker().link(doc, diagnostics: &diagnostics)
    #expect(linked.citations.isEmpty)
    #expect(diagnostics.map(\.description) == [
      "d.txt:4: warning: citation '⁹' names '9', which is not in the reference list [extract.citation.unresolved]",
      "d.txt:9: warning: reference 1 is never cited in the text [extract.reference.uncited]",
    ])
  }

  @Test func authorYearMarkersLinkByFirstAuthorAndYear() {
    let doc = document(
      markers: [CitationMarker(id: "m1", label: "(Smith et al., 2010b; Lee, 2011)", citedLabels: ["Smith et al., 2010b", "Lee, 2011"])],
      references: [
        Reference(id: "r1", raw: "A", authors: [PersonName(family: "Lee")], year: "2011"),
        Reference(id: "r2", raw: "B", authors: [PersonName(family: "Smith")], year: "2010"),
        Reference(id: "r3", raw: "C", authors: [PersonName(family: "Smith")], year: "2010"),
      ])
    var diagnostics: [Diagnostic] = []
    let linked = CitationLinker().link(doc, diagnostics: &diagnostics)
    #expect(linked.markers.first?.targets == ["r3", "r1"])
    #expect(linked.citations.map(\.method) == [.authorYear, .authorYear])
  }

  /// Copernicus, Adv Sci Res 12: 23 (2015): family names with particles.
  @Test func familyNamesWithParticlesLink() {
    let doc = document(
      markers: [
        CitationMarker(id: "m1", label: "(e.g. de Jeu et al., 2008)", citedLabels: ["de Jeu et al., 2008"]),
        CitationMarker(id: "m2", label: "(van Wijk and de Vries, 1963)", citedLabels: ["van Wijk and de Vries, 1963"]),
      ],
      references: [
        Reference(id: "b3", raw: "A", authors: [PersonName(family: "de Jeu", given: "R. A. M.")], year: "2008"),
        Reference(id: "b9", raw: "B", authors: [PersonName(family: "van Wijk", given: "W. R."), PersonName(family: "de Vries", given: "D. A.")], year: "1963"),
      ])
    var diagnostics: [Diagnostic] = []
    let linked = CitationLinker().link(doc, diagnostics: &diagnostics)
    #expect(linked.markers.map(\.targets) == [["b3"], ["b9"]])
    #expect(diagnostics.isEmpty)
  }
}
