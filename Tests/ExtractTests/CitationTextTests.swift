@testable import Extract
import Model
import Testing
import TestSupport

/// Author–year citations are words of their sentence; numbered ones are not (eLife, PeerJ,
/// Pensoft, Frontiers, Copernicus).
@Suite struct CitationText {
  private func sentence(_ content: [Inline]) -> Sentence { Sentence(id: "s1", content: content) }

  private func marker(_ label: String) -> Inline { .citation(CitationMarker(id: "m1", label: label)) }

  @Test func authorYearLabelsStayAndNumbersGo() {
    #expect(sentence([.text("Terminology followed "), marker("Townes (1969)"), .text(".")]).plainText
      == "Terminology followed Townes (1969).")
    #expect(sentence([.text("(Wynn-Williams, "), marker("1996"), .text(")")]).plainText
      == "(Wynn-Williams, 1996)")
    #expect(sentence([.text("survival."), marker("^{15–17}")]).plainText == "survival.")
    #expect(sentence([.text("shown "), marker("[3, 4]"), .text(".")]).plainText == "shown.")
  }

  @Test func aNarrativeCitationsNamesAreNotWrittenTwice() {
    // The text path leaves `Hu et al.` in the text and gives the marker `Hu et al. (2002)`.
    let text = sentence([.text("the tools of Hu et al. "), marker("Hu et al. (2002)"), .text(" were used.")])
    #expect(text.plainText == "the tools of Hu et al. (2002) were used.")
  }

  @Test func namesInCitationsAreNoEntities() {
    var document = Document.oneSentence("")
    document.sections[0].paragraphs[0].sentences[0].content = [
      .text("As "), marker("Myc et al. (2009)"), .text(" showed, IL-6 activates STAT3."),
    ]
    var diagnostics: [Diagnostic] = []
    let extracted = EntityAndClaimExtractor(claimFilter: .keepsAll)
      .extract(document, diagnostics: &diagnostics)
    #expect(!extracted.entities.contains { $0.text == "Myc" })
    #expect(extracted.claims.map(\.predicate) == [Claim.Predicate.activates])
  }
}
