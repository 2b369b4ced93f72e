import Model
import TestSupport
import Testing

@testable import Extract

/// Hits the context rejects, each on a sentence of ehp-116-1694.
@Suite struct HitFilterTests {
  /// The (text, CURIE) of the mentions found in one sentence.
  static func mentions(_ text: String) -> [String] {
    let document = Document.oneSentence(text)
    // Generic rows (`Thyroid` is one) count here whatever the number of gene mentions.
    var recognizer = EntityRecognizer()
    recognizer.minimumSpecificMentions = 0
    let sentences = recognizer.tagSentences(document)
    return EntityRecognizer.mentions(sentences).map { "\($0.text) \($0.grounding)" }
  }

  @Test func anOrganNamedAloneIsNoDisease() {
    let text = "Polybrominated diphenyl ether (PBDE) flame retardants have been implicated as disruptors of the hypothalamic-pituitary-thyroid axis."
    #expect(!Self.mentions(text).contains { $0.hasPrefix("thyroid ") })
  }

  @Test func authorInitialsAreNoGeneSymbol() {
    let text = "The genes for TRs themselves contain TREs, so that transcripts for TRα and TRβ are autoinduced by T3 (Lema SC, Dickey JT, Schultz IR, Swanson P, unpublished data; )."
    let mentions = Self.mentions(text)
    #expect(!mentions.contains { $0.hasPrefix("IR ") })
    #expect(mentions.contains("TRα HGNC:11796"))
  }

  @Test func aResidueCodeIsNoChemical() {
    let mentions = Self.mentions("In canonical LDHs, the neutral Gln interacts with the neutral pyruvate methyl group.")
    #expect(!mentions.contains { $0.hasPrefix("Gln ") })
    #expect(mentions.contains { $0.hasPrefix("pyruvate ") })
  }

  @Test func aChemicalBeforeLocantsStartsALongerName() {
    let text = "Incubation with GSK690693 increased binding of AKT to PtdIns(3,4)P2 and PtdIns (3,4,5)P3, and phosphatidylinositol (3,4,5) triphosphate binds Gab1."
    #expect(!Self.mentions(text).contains { $0.hasSuffix("CHEBI:16749") })
    #expect(Self.mentions("Phosphatidylinositol is a lipid.").contains { $0.hasSuffix("CHEBI:16749") })
  }

  @Test func aFusionTagIsNoEnzyme() {
    let mentions = Self.mentions("Neither GST-PI3KC2β-RBD nor GST alone interacted with Ras-GDP, while glutathione S-transferase activity rose.")
    #expect(!mentions.contains { $0.hasPrefix("GST ") })
  }

  @Test func erStressIsNoEstrogenReceptor() {
    let stress = Self.mentions("Only 8% of ATF4 gene targets induced by ER stress were also stimulated by insulin.")
    #expect(!stress.contains { $0.contains("FPLX:ESR") })
    // The estrogen receptor itself is still found.
    let receptor = Self.mentions("Tamoxifen binds ER in breast cancer cells.")
    #expect(receptor.contains { $0.contains("FPLX:ESR") })
  }
}
