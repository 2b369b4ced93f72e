import Model
import Testing

@testable import Extract

/// The checks of `lexicon/measure.py` (lexicon-sources.md §5.1): each string tagged on its own
/// must give one hit spanning it with the expected grounding.
@Suite struct EntityTaggerTests {
  /// Expected: a CURIE, `sym:SYMBOL` (HGNC symbol), `type:Type`, or several joined by `|`.
  static let reviewStrings: [(String, String)] = [
    ("IL-6", "sym:IL6"), ("STAT-3", "sym:STAT3"), ("NF- κ B", "FPLX:NFkappaB"), ("k-ras", "sym:KRAS"),
    ("p65", "sym:RELA"), ("p53", "sym:TP53"), ("COX-2", "sym:PTGS2"), ("PGE2", "CHEBI:15551"),
    ("gp130", "sym:IL6ST"), ("CD130", "sym:IL6ST"), ("IL6ST", "sym:IL6ST"), ("CD133", "sym:PROM1"),
    ("PD-1", "sym:PDCD1"), ("PD-L1", "sym:CD274"), ("NKG2D", "sym:KLRK1"), ("DNMT3a", "sym:DNMT3A"),
    ("JAK", "FPLX:JAK"), ("MEK", "FPLX:MEK"), ("Erk", "FPLX:ERK"), ("Akt", "FPLX:AKT"),
    ("MAPK", "FPLX:MAPK"), ("IL-12", "FPLX:IL12"), ("IL-23", "FPLX:IL23"),
    ("TPCA-1", "MESH:C499326"), ("tocilizumab", "MESH:C502936"), ("siltuximab", "MESH:C504234"),
    ("homoharringtonine", "CHEBI:71019"), ("gefitinib", "CHEBI:49668"),
    ("erlotinib", "CHEBI:114785"), ("cisplatin", "CHEBI:27899"), ("metformin", "CHEBI:6801"),
    ("T cells", "CL:0000084"), ("macrophages", "CL:0000235"), ("NSCLC", "DOID:3908"),
    ("EMT", "GO:0001837"), ("apoptosis", "GO:0006915"), ("polyphyllin I", "MESH:C556217"),
    ("ISGF3", "MESH:D050832"), ("p22", "sym:CYBA"), ("HHT", "CHEBI:71019"), ("TPO", "sym:THPO"),
    ("EGFR", "sym:EGFR"), ("SOCS3", "sym:SOCS3"), ("NOX4", "sym:NOX4"), ("STAT1", "sym:STAT1"),
    ("DNMT1", "sym:DNMT1"), ("lung cancer", "DOID:1324"), ("breast cancer", "DOID:1612"),
    ("NK cells", "CL:0000623"), ("IL-8", "sym:CXCL8"),
    ("cancer stem cells", "MESH:D014411|CL:0001064"), ("inflammation", "GO:0006954|MESH:D007249"),
  ]
  static let extraVariants: [(String, String)] = [
    ("IL6", "sym:IL6"), ("interleukin-6", "sym:IL6"), ("Interleukin 6", "sym:IL6"),
    ("NF-κB", "FPLX:NFkappaB"), ("NF-kB", "FPLX:NFkappaB"), ("NFkB", "FPLX:NFkappaB"),
    ("NF-kappaB", "FPLX:NFkappaB"), ("CD274", "sym:CD274"), ("PTGS2", "sym:PTGS2"),
    ("JAK1", "sym:JAK1"), ("JAK2", "sym:JAK2"), ("STAT", "FPLX:STAT"), ("ERK", "FPLX:ERK"),
    ("STATs", "FPLX:STAT"), ("JAKs", "FPLX:JAK"), ("ROS", "MESH:D017382|CHEBI:26523"),
    ("ovarian cancer", "DOID:2394"), ("myeloma", "DOID:9538"), ("rheumatoid arthritis", "DOID:7148"),
    ("hematopoietic stem cells", "CL:0000037"), ("angiogenesis", "GO:0001525"),
    ("T-cells", "CL:0000084"), ("IL-6R", "sym:IL6R"), ("SOCS-3", "sym:SOCS3"), ("TNF-α", "sym:TNF"),
    ("ruxolitinib", "CHEBI:66919"), ("stattic", "type:Chemical"),
  ]

  static func isExpected(_ entry: Lexicon.Entry?, _ expected: String) -> Bool {
    guard let entry else { return false }
    return expected.split(separator: "|").contains { option in
      if option.hasPrefix("sym:") {
        return entry.curie.hasPrefix("HGNC:") && entry.canonical == option.dropFirst(4)
      }
      if option.hasPrefix("type:") { return entry.type.rawValue == option.dropFirst(5) }
      return entry.curie == option
    }
  }

  static func whole(_ text: String) -> Lexicon.Entry? {
    let hits = EntityTagger().tag(text)
    guard hits.count == 1, let hit = hits.first, hit.range == 0..<text.utf8.count else { return nil }
    return hit.entry
  }

  /// measure.py on the committed lexicon: 49 of 52; polyphyllin I and cancer stem cells are not
  /// in the core lexicon, and TPO needs its in-document definition (thrombopoietin (TPO)).
  @Test func reviewStringsMatchTheReferenceMatcher() {
    let failing = Self.reviewStrings.filter { !Self.isExpected(Self.whole($0.0), $0.1) }.map(\.0)
    #expect(failing == ["polyphyllin I", "TPO", "cancer stem cells"])
  }

  @Test func extraVariantsAllMatch() {
    let failing = Self.extraVariants.filter { !Self.isExpected(Self.whole($0.0), $0.1) }.map(\.0)
    #expect(failing == [])
  }

  @Test func passageWithAbbreviationsHasNoWrongGrounding() {
    let passage =
      "Interleukin-6 (IL-6) binds the IL-6 receptor (IL-6R) and gp130, which activates JAK1 and JAK2 "
      + "and then STAT3. Phosphorylated STAT-3 moves to the nucleus together with NF-κB and drives "
      + "SOCS3, Bcl-2 and cyclin D1. In non-small cell lung cancer (NSCLC), EGFR signaling through "
      + "Akt and Erk increases IL-6 secretion, and tocilizumab or siltuximab block the pathway. "
      + "Homoharringtonine (HHT) inhibited STAT3 phosphorylation, and thrombopoietin (TPO) promoted "
      + "megakaryocyte growth. ISGF3 and p22phox were studied in macrophages and T cells, where NOX4 "
      + "produced ROS. Metformin reversed resistance to gefitinib in ovarian cancer cells."
    let document = Document(
      id: "passage", sourcePath: "passage.txt",
      sections: [Section(title: nil, paragraphs: [Paragraph(sentences: [Sentence(id: "s1", content: [.text(passage)])])])])
    let sentences = EntityRecognizer().tagSentences(document)
    let mentions = EntityRecognizer.mentions(sentences)
    let pairs = mentions.map { "\($0.text)=\($0.grounding)" }
    #expect(mentions.count == 38)
    #expect(pairs.contains("TPO=HGNC:11795"))
    #expect(pairs.contains("HHT=CHEBI:71019"))
    #expect(pairs.contains("ISGF3=MESH:D050832"))
    #expect(pairs.contains("NF-κB=FPLX:NFkappaB"))
  }

  @Test func plainEnglishGetsNoGeneHits() {
    let text = "The cat sat on the mat and was not at all bad; can you set the rest of it down?"
    #expect(EntityTagger().tag(text).filter { $0.entry.type == .gene || $0.entry.type == .family }.isEmpty)
    let shouted = "THE SOFTWARE IS PROVIDED AS IS, WITHOUT WARRANTY OF ANY KIND, AND CAT OR SET"
    #expect(EntityTagger().tag(shouted).filter { $0.entry.type == .gene }.isEmpty)
  }

  /// Class nouns that a gene alias had turned into one gene (`method_stoplist.tsv`): elife-02304,
  /// and a public variant-benchmark paper found with the search tool.
  @Test func enzymeClassNounsNameNoSingleGene() {
    let dehydrogenases = "These observations suggest that the clade features dehydrogenases with altered substrate specificity."
    #expect(!EntityTagger().tag(dehydrogenases).contains { $0.entry.curie == "HGNC:23316" })
    let kinase = "SRC is a non-receptor tyrosine kinase whose GOF variants are associated with cancer and neurological conditions [13]."
    let hits = EntityTagger().tag(kinase)
    #expect(!hits.contains { $0.entry.curie == "HGNC:6906" })
    #expect(hits.contains { $0.entry.curie == "HGNC:11283" })
  }

  /// Ca2+ is the calcium ion (the key `ca2` is also CA2's, carbonic anhydrase 2, which keeps its
  /// capitals); a bare `migration` beside `proliferation` is cell migration (published text).
  @Test func calciumIonAndBareMigrationGround() {
    let lpa = "1-oleoyl-LPA induced an increase in intracellular Ca2+ concentration and stimulated adenylyl cyclase activity."
    #expect(EntityTagger().tag(lpa).contains { $0.entry.curie == "CHEBI:29108" })
    #expect(Self.whole("CA2")?.curie == "HGNC:1373")
    let ddx19a = "DDX19A promotes gastric cancer cell proliferation and migration by activating the PI3K/AKT pathway."
    let curies = EntityTagger().tag(ddx19a).map(\.entry.curie)
    #expect(curies.contains("GO:0008283") && curies.contains("GO:0016477"), "\(curies)")
  }

  @Test func definedAbbreviationOverridesTheLexicon() {
    let document = Self.paragraph([
      "Cells were treated with homoharringtonine (HHT).", "HHT inhibited STAT3 phosphorylation.",
    ])
    let mentions = EntityRecognizer.mentions(EntityRecognizer().tagSentences(document))
    let hht = mentions.filter { $0.text == "HHT" }
    #expect(hht.count == 2)
    #expect(hht.allSatisfy { $0.grounding == "CHEBI:71019" })
    #expect(hht.last?.utf8Offsets == 0..<3)
  }

  /// HGNC approved names of up to 8 words are surfaces: the STAT names have 7 (Boyle et al.
  /// 2015, Ann Rheum Dis, abstract).
  @Test func longApprovedNamesGround() {
    #expect(
      Self.groundings([
        "Changes in synovial phosphorylation of signal transducer and activator of transcription 1 (STAT1) and STAT3 strongly correlated with 4-month clinical responses (p<0.002)."
      ]).starts(with: ["signal transducer and activator of transcription 1=HGNC:11362"]))
  }

  /// elife-02200 names Nutlin-3 and then writes Nutlin for it: the bare name is the compound.
  @Test func aBareDrugNameIsTheNumberedCompoundTheDocumentNames() {
    let groundings = Self.groundings([
      "For example, Nutlin-3, the first-in-class compound, binds to the hydrophobic pocket in MDM2 required for binding to p53, thus acting as a competitive inhibitor (Vassilev et al., 2004).",
      "Strikingly, Nutlin leads to p53-dependent transcriptional activation of hundreds of genomic loci prior to any significant increase in total p53 levels, thus highlighting the critical role of MDM2 in masking the p53 transactivation domain.",
    ])
    #expect(groundings.contains("Nutlin-3=CHEBI:46742"))
    #expect(groundings.contains("Nutlin=CHEBI:46742"))
    #expect(EntityRecognizer.stemOfNumberedCompound("Nutlin-3a") == "Nutlin")
    #expect(EntityRecognizer.stemOfNumberedCompound("IL-6") == nil)
  }

  /// A document of one paragraph whose sentences are `s1`, `s2`, … in order.
  private static func paragraph(_ sentences: [String]) -> Document {
    Document(
      id: "d", sourcePath: "d.txt",
      sections: [
        Section(
          title: nil,
          paragraphs: [
            Paragraph(
              sentences: sentences.enumerated().map { index, text in
                Sentence(id: SentenceID("s\(index + 1)"), content: [.text(text)])
              })
          ])
      ])
  }

  /// Mentions of `sentences` (one paragraph) as `text=CURIE`, in order.
  private static func groundings(_ sentences: [String]) -> [String] {
    EntityRecognizer.mentions(EntityRecognizer().tagSentences(paragraph(sentences))).map {
      "\($0.text)=\($0.grounding)"
    }
  }

  @Test func aDeclaredAliasHoldsFromItsSentenceOn() {
    let mentions = Self.groundings([
      "Ras is a small GTPase.",
      "We reported that ITSN1 stimulates H-Ras (hereafter referred to as Ras) activation.",
      "Ras binds PI3KC2β.",
    ])
    #expect(mentions.first == "Ras=FPLX:RAS")
    #expect(mentions.last { $0.hasPrefix("Ras=") } == "Ras=HGNC:5173")
  }

  @Test func aFamPlexShortFormKeepsItsOwnFamily() {
    let mentions = Self.groundings([
      "ERK is phosphorylated by the protein kinase mitogen-activated protein kinase kinase (MEK).",
      "Furthermore, addition of U0126, an inhibitor of the upstream kinase MEK, led to decreases in the slope.",
    ])
    // At the definition the long form means the short form's family too.
    #expect(mentions.contains("mitogen-activated protein kinase kinase=FPLX:MEK"))
    #expect(mentions.filter { $0.hasPrefix("MEK=") } == ["MEK=FPLX:MEK", "MEK=FPLX:MEK"])
  }

  @Test func aProteinsUsualSpellingIsFound() {
    let mentions = Self.groundings(["Ras activates Raf, which activates Mek."])
    #expect(mentions == ["Ras=FPLX:RAS", "Raf=FPLX:RAF", "Mek=FPLX:MEK"])
  }

  @Test func aShortFormSetOffByCommasIsDefinedToo() {
    let mentions = Self.groundings([
      "The cytokine thrombopoietin, TPO, promotes platelet production.",
      "TPO levels rose in these patients.",
    ])
    #expect(mentions.filter { $0.hasPrefix("TPO=") } == ["TPO=HGNC:11795", "TPO=HGNC:11795"])
  }


  /// elife-20304 defines `CRD` as the cysteine-rich domain; the lexicon's CRD (an alias of CRX)
  /// is ambiguous, so the document's definition wins even beside a gene.
  @Test func anAmbiguousShortFormDefinedAsPlainWordsIsNoEntity() {
    let mentions = Self.groundings([
      "Unlike many GPCRs, which are regulated by cholesterol through their heptahelical transmembrane domains, SMO is activated by cholesterol through its extracellular cysteine-rich domain (CRD).",
      "Cholesterol binding is predicted to induce a clockwise rotation of the CRD on the 7TMD pedestal, perhaps driving SMO activation.",
    ])
    #expect(!mentions.contains { $0.hasPrefix("CRD=") })
    #expect(mentions.filter { $0.hasPrefix("SMO=") } == ["SMO=HGNC:11119", "SMO=HGNC:11119"])
    // Without the definition, CRD beside a gene is read as the gene (the `amb` rule).
    #expect(Self.groundings(["Mutations in CRD and RHO cause retinal dystrophy."]).contains("CRD=HGNC:2383"))
  }

  /// Names the generated lexicon lacked (overrides.tsv): brands, usual short names, a fusion.
  @Test func usualNamesOfDrugsAndProteinsAreFound() {
    let mentions = Self.groundings([
      "Under these circumstances, single chemical inhibitors are efficacious, such as Gleevec inhibition of BCR-ABL in CML.",
      "Hypothetical model for mTORC1-dependent LARP1-interacting RP mRNA translation. mTOR Complex 1 (mTORC1) is activated by growth factors and amino acids on the lysosomal surface.",
      "Cholesterol influences Hh signaling by directly activating Smoothened (SMO), an orphan GPCR.",
    ])
    #expect(mentions.contains("Gleevec=CHEBI:45783"))
    #expect(mentions.contains("BCR-ABL=MESH:D016044"))
    #expect(mentions.contains("mTOR Complex 1=FPLX:mTORC1"))
    #expect(mentions.contains("Smoothened=HGNC:11119"))
    // β-arrestin 2 is ARRB2, not ARR3 (cone arrestin, HGNC's "arrestin 3").
    #expect(Self.groundings(["We previously showed that silencing β-arrestin 1 and β-arrestin 2 endogeneous expressions with siRNA decreased CCR5 internalization."]).starts(with: ["β-arrestin 1=HGNC:711", "β-arrestin 2=HGNC:712"]))
  }

  /// Published sentences (a yeast ceramide synthase's PMID 10702247 quote; a knockout
  /// summary): a chemical before an enzyme noun names the enzyme, and a letter-and-digit code
  /// beside a chemical is part of its name, not a gene (HGNC aliases B1, C2, C6).
  @Test func enzymeNamesAndChemicalCodesAreNoChemicalOrGene() {
    let mentions = Self.groundings([
      "This ceramide synthase activity is CoA-independent and is resistant to fumonisin B1.",
      "Embryonic fibroblasts from Apaf1−/− animals were markedly resistant to multiple apoptotic stimuli (anti-Fas, C6-ceramide, staurosporine).",
      "Scyphostatin blocks, C2/C6-ceramide mimics mechanosignaling.",
    ])
    #expect(mentions.filter { $0.hasPrefix("ceramide=") }.count == 2)
    #expect(!mentions.contains { $0.hasPrefix("B1=") || $0.hasPrefix("C6=") || $0.hasPrefix("C2=") })
    // Beside no chemical, the codes stay what the lexicon says.
    #expect(Self.groundings(["Mutations in C6 and B1 were found."]).contains { $0.hasPrefix("C6=HGNC") })
  }

  /// PMC4234027 writes the MET receptor `Met`; the lexicon's MET is case-sensitive (`met`).
  @Test func aCapitalisedSymbolBeforeAGeneNounNamesTheGeneThroughout() {
    let mentions = Self.groundings([
      "Oncogenic activation of Met was revealed to induce morphological transformation.",
      "Constitutively activated forms of the Met receptor promoted transformation.",
    ])
    #expect(mentions.filter { $0.hasPrefix("Met=") } == ["Met=HGNC:7029", "Met=HGNC:7029"])
    // Without a gene noun in the document, `Met` is no gene.
    #expect(!Self.groundings(["They met at the bench, where Met residues were counted."]).contains { $0.hasPrefix("Met=") })
  }

  /// PMC4052680: `the α1 subunit of AMPK` is the member the lexicon knows as AMPK-α1.
  @Test func aGreekSubunitOfAFamilyIsItsMember() {
    #expect(Self.groundings(["Akt phosphorylates the α1 subunit of AMPK at Ser487."]).contains("α1 subunit of AMPK=HGNC:9376"))
  }

  /// Laboratory materials and methods (lexicon/method_stoplist.tsv) are no genes.
  @Test func laboratoryAbbreviationsAreNoGenes() {
    let mentions = Self.groundings([
      "Cells were grown in DMEM with 10% FBS, lysed in 1% SDS and imaged by CFP/YFP FRET.",
      "HEK 293 cells and MEFs were treated with 10 mol of the compound (HR 2.6).",
    ])
    #expect(!mentions.contains { $0.hasPrefix("HGNC:") || $0.contains("=HGNC:") })
  }

  /// elife-06857: `TF binding sites` are transcription factors' (not transferrin, TF) and the
  /// `NDR` a nucleosome-depleted region (not HEMGN); siRNA is the reagent.
  @Test func chromatinAndKnockdownAbbreviationsAreNoGenes() {
    let mentions = Self.groundings([
      "The nucleosomes flanking the TF binding sites are bound by BRG1, and MITF binds the NDR.",
      "siRNA-mediated MITF silencing identified these sites.",
    ])
    #expect(mentions.contains("MITF=HGNC:7105"))
    #expect(!mentions.contains { $0.hasPrefix("TF=") || $0.hasPrefix("NDR=") || $0.hasPrefix("siRNA=") })
  }

  /// elife-40202: the eLife apostrophe (`’`) and the straight one join a disease's name; a
  /// phosphorylated protein written `pRab10` is Rab10; `Shh` is Sonic hedgehog.
  @Test func apostrophesPhosphoPrefixesAndShhAreFound() {
    let mentions = Self.groundings([
      "Parkinson’s disease-associated LRRK2 kinase phosphorylates Rab10, and pRab10 binds RILPL1.",
      "Alzheimer's disease and pSTAT3 and Shh signalling, but not pTyr or pH.",
    ])
    for expected in ["Parkinson’s disease=DOID:14330", "Alzheimer's disease=DOID:10652", "STAT3=HGNC:11364", "Shh=HGNC:10848"] {
      #expect(mentions.contains(expected), "\(expected) in \(mentions)")
    }
    #expect(mentions.filter { $0 == "Rab10=HGNC:9759" }.count == 2)
    #expect(!mentions.contains { $0.hasPrefix("pTyr=") || $0.hasPrefix("pH=") })
  }

  /// PMC4052680: `CaMKKβ` is CAMKK2 (CAMKKB); camel case is no English word.
  @Test func aCamelCaseSpellingOfASymbolIsFound() {
    #expect(Self.groundings(["AMPK is activated by CaMKKβ in these cells."]).contains("CaMKKβ=HGNC:1470"))
  }

  @Test func anAmbiguousShortFormNeedsACueOfItsKind() {
    let mentions = Self.groundings([
      "The combined use of PPI and erlotinib can possibly reverse the acquired resistance to EGFR-TKIs.",
      "The enzyme dimer complexes formed by the binding of NOX4 to subunit p22 serve the function of catalyzing the electron transport.",
    ])
    #expect(!mentions.contains { $0.hasPrefix("PPI=") })
    #expect(mentions.contains("p22=HGNC:2577"))
  }
}
