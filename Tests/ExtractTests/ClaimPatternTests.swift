import Model
import Testing

@testable import Extract

/// The reader's patterns for complexes, named drugs, nominal agents and quoted titles, each on
/// a sentence of the tuned real articles (PMC3441633, PMC3261204, PMC1289294, PMC3847091,
/// PMC4052680, elife-57410, elife-63326, elife-03751); the learned filter is off.
@Suite struct ClaimPatternTests {
  static func claims(_ text: String) -> [String] { ClaimReaderTests.claims(text) }

  @Test func aChainNamingAComplexBindsItsMembers() {
    #expect(Self.claims("The PI3KC2β-Ras complex may then translocate to distal sites.") == ["PIK3C2B binds RAS hedged"])
    #expect(Self.claims("Cells with low PTPN13 show increased ErbB2/EphrinB1 association.").contains("ERBB2 binds EFNB1"))
  }

  @Test func aPartnerNounAndAMutualVerbBind() {
    #expect(Self.claims("Ras interaction with PI3KC2β is disrupted by deletion of the RBD.") == ["RAS binds PIK3C2B"])
    #expect(Self.claims("We found that EphrinB1 and ErbB2 co-precipitate in cells.") == ["EFNB1 binds ERBB2"])
    #expect(Self.claims("A previous report suggested that PI3KC2β and Ras do not interact in vitro.") == ["PIK3C2B binds RAS negated hedged"])
  }

  @Test func drugsNamedByTheirTargetActOnIt() {
    #expect(Self.claims("Cells were pretreated with 10 µM SCH772984 (ERK inhibitor) 20 min before stimulation.") == ["SCH772984 inhibits ERK"])
    let list = "EBC1 cells were treated with AKT inhibitors GSK690693 and MK2206, and assessed for cell death."
    #expect(Self.claims(list) == ["GSK690693 inhibits AKT", "MK-2206 inhibits AKT"])
    #expect(Self.claims("ASPP2 is phosphorylated in cells treated with the AMPK activator berberine.") == ["berberine activates AMPK"])
  }

  @Test func aDrugNamedInAnAppositionIsTheRelativeClausesSubject() {
    let text = "We treated melanoma cells with U0126, a MEK inhibitor, which blocked serum-stimulated phosphorylation of both p70S6K and 4EBP1."
    #expect(Self.claims(text) == ["U0126 inhibits MEK", "U0126 inhibits P70S6K", "U0126 inhibits EIF4EBP1"])
  }

  @Test func anEntityBeforeANominalisationIsActedOnByTheAgentAfterBy() {
    #expect(Self.claims("These data indicate that ASPP2 phosphorylation by MAPK is necessary for its function.") == ["MAPK phosphorylates TP53BP2"])
    // Past the residue to the protein.
    #expect(Self.claims("Phosphorylation of Ser487 on AMPK-α1 by Akt inhibits subsequent events.") == ["AKT phosphorylates PRKAA1"])
  }

  @Test func aDrugGivenToInhibitAnEntityInhibitsItAndActsOnWhatFollows() {
    let text = "Indeed, mTORC1 inhibition with rapamycin or Torin1 significantly decreased total glutathione levels."
    #expect(Self.claims(text) == [
      "sirolimus inhibits mTORC1", "torin 1 inhibits mTORC1", "sirolimus decreases_amount glutathione",
      "torin 1 decreases_amount glutathione",
    ])
  }

  /// PMC3261204: a present participle after a comma has the clause's subject.
  @Test func aParticipleClauseAfterACommaHasTheClausesSubject() {
    let text = "Glondu-Lassis et al showed in the mouse that PTPN13 directly de-phosphorylates this tyrosine residue, inactivating Src."
    #expect(Self.claims(text) == ["PTPN13 inhibits SRC"])
    #expect(Self.claims("ASPP2 binds active RAS at the plasma membrane, thereby increasing RAS signaling.").contains("TP53BP2 increases_amount RAS"))
  }

  /// PMC1289294 and PMC3441633: `plus` joins two drugs, a second drug's dose and `in vitro`
  /// after the verb are asides.
  @Test func asidesOfTheExperimentDoNotHideArguments() {
    let text = "Combination treatment with a 10 nM dose of rapamycin plus a 10 nM dose of BAY43-9006 blocked phosphorylation of p70S6K and 4EBP1 as effectively as either drug alone."
    #expect(Self.claims(text) == [
      "sirolimus inhibits P70S6K", "sirolimus inhibits EIF4EBP1", "sorafenib inhibits P70S6K",
      "sorafenib inhibits EIF4EBP1",
    ])
    #expect(Self.claims("Treatment with LY294002 (10 uM) inhibits in vitro PI3KC2β activity as expected.") == ["LY294002 inhibits PIK3C2B"])
    // A contrast set off by commas, and the enzyme activity of the entity after `of`.
    #expect(Self.claims("Interestingly, addition of Ras, but not RasGTPγS, dose dependently inhibits PI3KC2β activity.") == ["RAS inhibits PIK3C2B"])
    #expect(Self.claims("Furthermore, Ras inhibits the lipid kinase activity of PI3KC2β in vitro.") == ["RAS inhibits PIK3C2B"])
  }

  /// PMC534114: an opening adverbial phrase ends at its comma; the list after it is the
  /// subject. Every member listed before `undergo … in response to X` responds to X.
  @Test func anOpeningPhraseDoesNotJoinTheSubjectList() {
    let text = "However, in cells expressing ErbB3, EGF and neuroregulin can stimulate PI-3 kinase and Akt activation in a Gab1-dependent or Gab1-independent manner."
    #expect(Self.claims(text) == [
      "EGF activates PI3K", "EGF activates AKT", "NRG activates PI3K", "NRG activates AKT",
    ])
    #expect(Self.claims("Both Gab1 and ErbB3 undergo tyrosine phosphorylation in response to EGF treatment.") == ["EGF activates GAB1", "EGF activates ERBB3"])
    #expect(Self.claims("Wild type Gab1 forms a stable complex with Shp2 in response to EGF treatment, while the mutants do not.").contains("GAB1 binds PTPN11"))
    #expect(Self.claims("Previous work demonstrated an elevated and sustained activation of PI-3 kinase and Akt in response to EGF treatment.") == ["EGF activates PI3K", "EGF activates AKT"])
    #expect(Self.claims("ErbB3 expression can partially rescue EGF-induced activation of the PI-3 kinase/Akt cell survival pathway.").contains("EGF activates AKT"))
    #expect(Self.claims("In both cells the Gab1-associated PI-3 kinase activity is augmented by EGF treatment.").contains("EGF activates PI3K"))
  }

  /// PMC4052680, PMC3441633, elife-57410: a regulator named after a copula or `act as`, with
  /// its direction when an adjective gives it; `had no effect on` is a negated association.
  @Test func aRegulatorAndAnEffectOnAreRead() {
    #expect(Self.claims("In a lymphoma model, AMPK appeared to act as a negative regulator of the rapid glycolysis.") == ["AMPK inhibits glycolytic process"])
    #expect(Self.claims("ITSN1 was initially discovered as a regulator of endocytosis.") == ["ITSN1 associated_with endocytosis"])
    #expect(Self.claims("However, Rap1GAP had no effect on cytosolic ERK activity (Figure 3D,F).") == ["RAP1GAP associated_with ERK negated"])
  }

  /// PMC4234027: a cell type before the process it undergoes is no argument.
  @Test func aCellTypeBeforeItsProcessIsNoArgument() {
    let text = "The Ras/MAPK and PI3K/Akt pathways are important regulators of RTK-mediated epithelial cell transformation."
    #expect(!Self.claims(text).contains { $0.hasSuffix("epithelial cell") })
  }

  /// PMC3261204 and elife-03751: a relative clause right after an entity, a participle after a
  /// preposition (an adjective), `X is the kinase that …`, `cause suppression of`, `protect
  /// from`, `following X activation`, and a change in amount after `correlates with`.
  @Test func relativesAdjectivesAndCausesAreRead() {
    #expect(Self.claims("Figure 3 ErbB2 associates with activated Src which phosphorylates EphrinB1.") == ["ERBB2 binds SRC", "SRC phosphorylates EFNB1"])
    #expect(Self.claims("Our studies also demonstrate that Src is the kinase that activates EphrinB1.") == ["SRC activates EFNB1"])
    #expect(Self.claims("MK2206 and GSK690693 cause sustained suppression of AKT-dependent BAD phosphorylation.").contains("MK-2206 inhibits BAD"))
    #expect(Self.claims("Note that GSK690693 does not protect from PI3K-inhibitor-induced cell death.") == ["GSK690693 prevents cell death negated"])
    #expect(Self.claims("AKT becomes fully activated following PI3K activation and subsequent phosphorylation.") == ["PI3K activates AKT"])
    #expect(Self.claims("Decreased PTPN13 expression correlates with increased EphrinB1 phosphorylation.") == ["PTPN13 decreases_amount EFNB1"])
  }

  /// elife-26109: the enzyme whose activity it is acts on the substrate before the
  /// nominalisation; a negative nominalisation after `X-mediated Y` says what X does; an
  /// adverb before the verb of a relative clause; a title in straight quotes states nothing.
  @Test func enzymeActivitiesAndMediatorsAreRead() {
    let title = "Sephin1’s effect on the eIF2α-P dephosphorylation activity of the human PP1-PPP1R15A-G-actin holophosphatase in vitro."
    #expect(Self.claims(title) == ["PPP1 inhibits EIF2S1", "PPP1R15A inhibits EIF2S1", "G_actin inhibits EIF2S1"])
    #expect(Self.claims("A tripartite assay for human PPP1R15A-dependent eIF2α-P dephosphorylation.") == ["PPP1R15A inhibits EIF2S1"])
    #expect(Self.claims("Cells are exposed to a brief pulse of thapsigargin, which rapidly activates the eIF2α kinase PERK.") == ["thapsigargin activates EIF2AK3"])
    #expect(Self.claims("Thank you for submitting your article \"PPP1R15A-mediated eIF2α-P dephosphorylation is unaffected by Sephin1\" for consideration by eLife.").isEmpty)
  }

  /// PMC3847091, PMC1289294: `the protein kinase activity of RAF` stands for RAF (not a
  /// GTPase activity, which a GAP enhances to inactivate Ras); `more effective at inhibiting`.
  @Test func anActivityOfAnEntityAndEfficacyAreRead() {
    #expect(Self.claims("Activated RAS promotes the protein kinase activity of RAF, which phosphorylates MEK.").contains("RAS promotes RAF"))
    #expect(Self.claims("In contrast, GAPs enhance the intrinsic GTPase activity of Ras to facilitate the hydrolysis of GTP.").isEmpty)
    #expect(Self.claims("Rapamycin is more effective at inhibiting melanoma cell proliferation than BAY43-9006 alone.").contains("sirolimus inhibits cell population proliferation"))
  }

  @Test func aParticipleOpeningThePhraseIsAnAdjective() {
    #expect(Self.claims("Activated MAPK phosphorylates ASPP2 which can then relocate to the nucleus.") == ["MAPK phosphorylates TP53BP2"])
  }

  @Test func membersListedAfterAPlainNounAreTheObject() {
    let text = "As expected, rapamycin inhibited the phosphorylation of mTOR substrates, p70S6K and 4EBP1."
    // (The members are mTOR's substrates too.)
    #expect(Self.claims(text) == [
      "sirolimus inhibits P70S6K", "sirolimus inhibits EIF4EBP1", "MTOR phosphorylates P70S6K",
      "MTOR phosphorylates EIF4EBP1",
    ])
  }

  @Test func aChangeInAmountIsReadThroughTheVerb() {
    let text = "Insulin stimulated an increase in ATF4 protein in MEFs, which was decreased with rapamycin."
    #expect(Self.claims(text).contains("sirolimus decreases_amount ATF4"))
    #expect(Self.claims(text).contains("INS increases_amount ATF4"))
  }

  @Test func aQuotedTitleStatesNoFinding() {
    let text = "We discuss these results in subsection “Rap1 GTPase significantly contributes to plasma membrane ERK activity” and in the Discussion."
    #expect(Self.claims(text).isEmpty)
    #expect(ClaimExtractor.quotedRanges("a “b” c") == [5..<6])
  }

  @Test func aTagIsNoPartner() {
    let text = "Purified Ras was incubated with either GST-Raf-RBD, GST-PI3KC2β-RBD, or GST bound to glutathione beads."
    #expect(!Self.claims(text).contains { $0.contains("glutathione") })
  }
}
