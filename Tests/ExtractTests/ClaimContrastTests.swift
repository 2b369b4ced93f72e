import Model
import Testing

@testable import Extract

/// Contrasts (`A but not B`, `not only A but also B`), complexes named by their subunits, and
/// `identify X as an activator of Y`, each on a sentence of the tuned real articles
/// (elife-25237, elife-06857, elife-20304, elife-02200, PMC3441633); the learned filter is off.
@Suite struct ClaimContrastTests {
  static func claims(_ text: String) -> [String] { ClaimReaderTests.claims(text) }

  @Test func theEntityAfterButNotIsDenied() {
    #expect(Self.claims("HA-Raptor but not HA-Rictor co-IPs Myc-LARP1 in HEK293T cells.") == [
      "RPTOR binds LARP1", "RICTOR binds LARP1 negated",
    ])
    // A contrast set off by commas that names no entity is an aside.
    let aside = "Interestingly, addition of nucleotide-free Ras, but not RasGTPγS, dose dependently inhibits PI3KC2β activity."
    #expect(Self.claims(aside) == ["RAS inhibits PIK3C2B"])
  }

  @Test func butAlsoAddsToTheList() {
    let text = "As expected, LARP1 co-IPed not only mTORC1 and PABP1, but also eIF4E, a 5’CAP mRNA binding initiation factor."
    #expect(Self.claims(text) == ["LARP1 binds mTORC1", "LARP1 binds PABPC1", "LARP1 binds EIF4E"])
  }

  @Test func aComplexNamedByItsSubunitsIsThePartner() {
    let text = "We show that MITF interacts with a PBAF chromatin remodelling complex comprising BRG1 and CHD7."
    #expect(Self.claims(text) == ["MITF binds SMARCA4", "MITF binds CHD7", "SMARCA4 binds CHD7"])
  }

  /// `X in (a) complex with Y` binds them (elife-12813, elife-26109).
  @Test func inComplexWithBindsThePartners() {
    #expect(Self.claims("(A) Ribbon structure of Rab8a in complex with Rabin8 (PDB: 4LHY).") == ["RAB8A binds RAB3IP"])
    let pp1 = "These observations suggest that the previously-reported attenuation of the recovery of PP1 in complex with PPP1R15A, when both were purified from lysates of cells treated with Sephin1 was unlikely to be a direct consequence of Sephin1 interference with complex formation or of destabilization by Sephin1 of a pre-existing complex and also call into question the importance of any indirect disruption of the PP1-PPP1R15A complex that may occur in vivo and remain undetected by our assays."
    #expect(Self.claims(pp1).contains("PPP1 binds PPP1R15A hedged"), "\(Self.claims(pp1))")
  }

  /// `the Met receptor` is MET, which the lexicon names as a receptor (PMC4234027); a receptor
  /// of an entity the lexicon knows as no receptor is no argument (ehp-116-1694: the TH receptor).
  @Test func aReceptorByItsOwnNameIsTheEntity() {
    let met = "While binding to TM-Grb2 and TM-Shc oncoproteins by Grb2-dependent mechanisms, Gab1 also interacts directly with the Met receptor."
    #expect(Self.claims(met).contains("GAB1 binds MET"), "\(Self.claims(met))")
    #expect(ClaimReader.receptorEntities.contains("HGNC:7029"))
    #expect(!ClaimReader.receptorEntities.contains("HGNC:11283"), "SRC: a non-receptor tyrosine kinase")
    #expect(!ClaimReader.receptorEntities.contains("HGNC:6018"), "IL6 is the ligand of its receptor")
  }

  @Test func identifyingAsAnActivatorNamesTheAgent() {
    let text = "In this study, Rohatgi and colleagues identify cholesterol as a bona fide activator of Smoothened (Smo) that works through its extracellular cysteine rich domain (CRD) to induce low-level signaling."
    // (A richer document: `cholesterol`, an English word too, is read as a lipid.)
    #expect(ClaimReaderTests.claims(text, inRichDocument: true) == ["cholesterol activates SMO"])
  }

  @Test func anInducibleTargetIsActivated() {
    let text = "Other cell cycle inhibitory pathways may also converge on E2F4 repressive complexes, such as the p53-inducible miRNA miR-34a, which targets the mRNAs encoding G1-S cyclins (Lal et al., 2011)."
    #expect(Self.claims(text).contains("TP53 activates MIR34A hedged"))
  }

  /// elife-12813, elife-25237, PMC4052680: the members named after `X substrates` (or `its
  /// substrates`) are phosphorylated by X.
  @Test func membersAfterASubstrateNounArePhosphorylated() {
    let including = "Therefore, it is possible that different LRRK2 substrates, including Rab isoforms, are phosphorylated in a cell-type specific manner."
    #expect(Self.claims(including) == ["LRRK2 phosphorylates RAB hedged"])
    let its = "Moreover, wild type LARP1 supports greater association of mTORC1 with its substrates S6K1 and 4EBP1 than the LARP1 4A mutant (Figure 5G and H)."
    #expect(Self.claims(its) == ["mTORC1 phosphorylates RPS6KB1", "mTORC1 phosphorylates EIF4EBP1"])
    let known = "For comparison, we used an inactive (D200A) mutant of the known Akt substrate GSK3β, with or without mutation of the Akt site (Ser9)."
    #expect(Self.claims(known).contains("AKT phosphorylates GSK3B"))
  }

  /// elife-20304, elife-66222, elife-12813: `X bound to Y`, `did not affect`, `PD-associated`.
  @Test func boundToAffectAndDiseaseAssociatedGenes() {
    #expect(ClaimReaderTests.claims("The structure of SMO bound to cholesterol (PDB 5L7D) is shown embedded in a lipid bilayer.", inRichDocument: true) == ["SMO binds cholesterol"])
    let affect = "IL20RA did not affect proliferation or migration of OC cells but resulted in increased metastasis."
    #expect(ClaimReaderTests.claims(affect, inRichDocument: true).contains("IL20RA associated_with cell population proliferation negated"))
    let disease = "In particular, Parkinson disease-associated LRRK2 mutations would shift the membrane-cytosol balance of Rabs."
    #expect(Self.claims(disease) == ["LRRK2 associated_with Parkinson's disease"])
  }

  /// elife-25237: `the 3’UTR of RP mRNAs`, where RP was defined as `ribosome proteins`.
  @Test func aUTRStandsForTheProteinFamilyWhoseMRNAsItIsPartOf() {
    let text = "However, LARP1 interacts with the 3’UTR of RP mRNAs under growth conditions while it interacts with the 5’UTR under starvation."
    let claims = ClaimReaderTests.claims(text, after: "The RNA binding protein LARP1 regulates the translation of mRNAs encoding ribosome proteins (RP).")
    #expect(claims == ["LARP1 binds Ribosomal Proteins"])
  }

  /// elife-02200, elife-12813, elife-63326: a duration before a treatment, `X-mediated A or B
  /// phosphorylation`, `an X-mediated increase in Y`.
  @Test func durationsMediatorsAndIncreasesAfterAModifier() {
    let duration = "Furthermore, Western blot analysis shows that 1 hr of Nutlin treatment does not increase total p53 or p21 protein levels to a significant degree."
    #expect(Self.claims(duration) == ["Nutlin increases_amount TP53 negated", "Nutlin increases_amount CDKN1A negated"])
    let mediated = "In addition, the authors used a panel of pathogenic LRRK2 mutants to demonstrate correlation between LRRK2-mediated RAB8A or RAB12 phosphorylation and GDI1/2 binding."
    #expect(Self.claims(mediated) == ["LRRK2 phosphorylates RAB8A", "LRRK2 phosphorylates RAB12"])
    #expect(Self.claims("The result is an mTORC1-mediated increase in glycolysis even when oxygen is not limiting.") == ["mTORC1 increases_amount glycolytic process"])
  }

  /// elife-66222, elife-06857, elife-40202: `X ligands A and B`, `co-precipitation of A with
  /// B, C and D`, `A that was bound to B`.
  @Test func ligandsCoPrecipitationAndBoundInARelativeClause() {
    let ligands = "Interestingly, mesothelial cells in peritoneum produce IL20RA ligands IL20 and IL24 when OC cells are injected."
    #expect(Self.claims(ligands) == ["IL20RA binds IL20", "IL20RA binds IL24"])
    let list = "Immunoprecipitation with an anti-BRG1 antibody showing co-precipitation of BRG1 with BAF200, BAF155, BAF53A, BAF180, and BAF170."
    #expect(Self.claims(list) == ["SMARCA4 binds ARID2", "SMARCA4 binds SMARCC1", "SMARCA4 binds ACTL6A", "SMARCA4 binds PBRM1", "SMARCA4 binds SMARCC2"])
    let relative = "Graph at bottom quantified the relative amount of Rab10 that was bound to RILPL1 in panel B."
    #expect(Self.claims(relative) == ["RAB10 binds RILPL1"])
    // `its cofactor` after a list: `its` is no member of the list.
    let partners = "Previously described MITF partners such as its heterodimerisation partners TFEB, TFE3 and TFEC (Steingrimsson et al., 2002) and its cofactor β-catenin were identified."
    #expect(!Self.claims(partners).contains("TFEC binds CTNNB1"))
  }

  /// PMC3441633, elife-35190, elife-63326: `a role for X in V-ing Y`, `the (in)ability of X to
  /// V Y`.
  @Test func aRoleInDoingAndAnAbilityToDoNameTheAgent() {
    let role = "Indeed, our results reveal a unique role for nucleotide-free Ras in negatively regulating PI3KC2β activity."
    #expect(Self.claims(role) == ["RAS inhibits PIK3C2B"])
    let inability = "Thus the inability of Lck to phosphorylate LAT and SLP-76 efficiently was striking."
    #expect(Self.claims(inability) == ["LCK phosphorylates LAT negated", "LCK phosphorylates LCP2 negated"])
    let ability = "C/EBPγ knockdown also blocked the ability of insulin to increase ATF4 transcript levels."
    #expect(Self.claims(ability).contains("INS increases_amount ATF4"))
  }

  /// elife-02200, PMC4052680: a progressive is active, a verb after `but` shares the clause's
  /// subject, and an apposition names the entity right before it even after `of`.
  @Test func progressivesSharedSubjectsAndAppositionsAfterOf() {
    let progressive = "They relate to the observation that Mdm2 is constitutively repressing p53 activation of some of its targets."
    #expect(Self.claims(progressive) == ["MDM2 inhibits TP53"])
    let but = "MDM4 lacks E3 ligase activity, but represses p53 transactivation potential (Riemenschneider et al., 1999)."
    #expect(Self.claims(but) == ["MDM4 inhibits TP53"])
    let apposition = "To confirm that Ser487 was phosphorylated directly by Akt in the cells, we tested the effects of rapamycin, an inhibitor of mTORC1."
    #expect(Self.claims(apposition).contains("sirolimus inhibits mTORC1"))
  }

  /// elife-00090, elife-06857, elife-12813: `X-induced synthesis of Y`, a `by V-ing` clause
  /// after an opening phrase, `loss of either A or B`, `X thus V Y`.
  @Test func productionLossOfEitherAndConnectives() {
    #expect(Self.claims("Doxorubicin-induced synthesis of ceramide stimulates cleavage of CREB3L1.").contains("doxorubicin increases_amount ceramide"))
    let opening = "In addition to blocking cell proliferation, doxorubicin induces renal fibrosis in mice by stimulating production of collagen (Lee and Harris, 2011)."
    #expect(Self.claims(opening).contains("doxorubicin increases_amount Collagen"))
    #expect(Self.claims("Loss of either BRG1 or MITF therefore induced senescence of 501Mel cells.") == [
      "SMARCA4 inhibits cellular senescence", "MITF inhibits cellular senescence",
    ])
    #expect(Self.claims("LRRK2 thus phosphorylates only a subset of Rab GTPases in mouse fibroblasts.") == ["LRRK2 phosphorylates RAB"])
  }
}
