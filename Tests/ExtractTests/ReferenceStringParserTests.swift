import Extract
import Model
import Testing

/// Parses one string with a fresh reference and returns the result with its diagnostics.
private func parse(_ raw: String, label: String? = nil) -> (Reference, [Diagnostic]) {
  var diagnostics: [Diagnostic] = []
  let reference = Reference(
    id: "r1", label: label, raw: raw, position: SourcePosition(file: "refs.txt", line: 3))
  return (ReferenceStringParser().parse(reference, diagnostics: &diagnostics), diagnostics)
}

private func families(_ reference: Reference) -> [String] { reference.authors.map(\.family) }

@Suite struct ReferenceStringParserTests {
  // MARK: Vancouver / NLM

  @Test func vancouverEntryIsParsedIntoAllFields() {
    let (reference, diagnostics) = parse(
      "Gauldie J, Northemann W, Fey GH. IL-6 functions as an exocrine hormone in inflammation. "
        + "Hepatocytes undergoing acute phase responses require exogenous IL-6. "
        + "J Immunol 1990; 144: 3804–8.")
    #expect(
      reference.authors == [
        PersonName(family: "Gauldie", given: "J"), PersonName(family: "Northemann", given: "W"),
        PersonName(family: "Fey", given: "GH"),
      ])
    #expect(
      reference.title
        == "IL-6 functions as an exocrine hormone in inflammation. Hepatocytes undergoing acute "
        + "phase responses require exogenous IL-6")
    #expect(reference.container == "J Immunol")
    #expect(reference.year == "1990")
    #expect(reference.volume == "144")
    #expect(reference.pages == PageRange(first: "3804", last: "3808"))
    #expect(reference.kind == .journalArticle)
    #expect(reference.hasEtAl == false)
    #expect(diagnostics == [])
  }

  @Test func idLabelRawAndPositionAreKept() {
    let raw = "Banks WA. Penetration. Neurosci Lett 1994; 179: 53–6."
    let (reference, _) = parse(raw, label: "5")
    #expect(reference.id == "r1")
    #expect(reference.label == "5")
    #expect(reference.raw == raw)
    #expect(reference.position == SourcePosition(file: "refs.txt", line: 3))
  }

  @Test func periodBetweenYearAndVolumeIsAccepted() {
    let (reference, _) = parse("Hamzic N, Tang Y. Fever. Brain Behav Immun 2013. 33: 123–30.")
    #expect(reference.year == "2013")
    #expect(reference.volume == "33")
    #expect(reference.pages == PageRange(first: "123", last: "130"))
    #expect(reference.container == "Brain Behav Immun")
  }

  @Test func etAlWithoutCommaSetsHasEtAl() {
    let (reference, _) = parse(
      "Hamzic N, Tang Y, Eskilsson A et al. Interleukin-6 mediates fever. Brain Behav Immun 2013. 33: 123–30.")
    #expect(families(reference) == ["Hamzic", "Tang", "Eskilsson"])
    #expect(reference.hasEtAl)
    #expect(reference.title == "Interleukin-6 mediates fever")
  }

  @Test func etAlAfterCommaSetsHasEtAl() {
    let (reference, _) = parse(
      "Duchez P, Rodriguez L, Chevaleyre J, et al. Title here. Transfusion 2015; 55: 2684–91.")
    #expect(reference.authors.count == 3)
    #expect(reference.hasEtAl)
  }

  @Test(arguments: [
    ("del Carmen Rodríguez M, Bernad A. T. Blood 2004. 103: 3349–54.", "del Carmen Rodríguez", "M"),
    ("von Burstin VA, Bernad A. T. Blood 2004. 103: 3349–54.", "von Burstin", "VA"),
    ("van Boxel-Dezaire AH, Bernad A. T. Blood 2004. 103: 3349–54.", "van Boxel-Dezaire", "AH"),
  ])
  func nameParticlesStayInTheFamilyName(raw: String, family: String, given: String) {
    let (reference, _) = parse(raw)
    #expect(reference.authors.first == PersonName(family: family, given: given))
  }

  @Test func particleInsideTheListIsParsed() {
    let (reference, _) = parse(
      "Wang Y, van Boxel-Dezaire AH, Cheon H, Yang J, Stark GR. STAT3 activation. "
        + "Proc Natl Acad Sci U S A 2013; 110: 16975–80.")
    #expect(families(reference) == ["Wang", "van Boxel-Dezaire", "Cheon", "Yang", "Stark"])
    #expect(reference.container == "Proc Natl Acad Sci U S A")
  }

  @Test func eLocationIsAFirstPageWithoutLast() {
    let (reference, _) = parse("Gigante B. Analysis. PLoS One 2015. 10: e0119980.")
    #expect(reference.pages == PageRange(first: "e0119980"))
  }

  @Test func articleNumberIsAFirstPageWithoutLast() {
    let (reference, _) = parse("Xu H. Macrophages. BMC Cancer 2014. 14: 330.")
    #expect(reference.volume == "14")
    #expect(reference.pages == PageRange(first: "330"))
  }

  @Test func piiLocationDropsThePrefix() {
    let (reference, _) = parse("Stark GR. Responses. Cold Spring Harb Perspect Biol 2018. 10: pii:a028555.")
    #expect(reference.pages == PageRange(first: "a028555"))
    #expect(reference.container == "Cold Spring Harb Perspect Biol")
  }

  @Test func erratumGoesToTheNote() {
    let (reference, _) = parse(
      "Kortylewski M, Xin H. Regulation. Cancer Cell 2009. 15: 114–23 "
        + "(Published erratum appears in Cancer Cell 2010; 18: 536).")
    #expect(reference.note == "Published erratum appears in Cancer Cell 2010; 18: 536")
    #expect(reference.pages == PageRange(first: "114", last: "123"))
    #expect(reference.year == "2009")
    #expect(reference.volume == "15")
  }

  @Test func issueIsReadFromBrackets() {
    let (reference, _) = parse("Song L, Haura EB. JAK1. Mol Cancer Ther. 2011;10(3):481-94.")
    #expect(reference.volume == "10")
    #expect(reference.issue == "3")
    #expect(reference.pages == PageRange(first: "481", last: "494"))
    #expect(reference.container == "Mol Cancer Ther")
  }

  @Test func monthAfterYearIsSkipped() {
    let (reference, _) = parse("Song L. JAK1. Mol Cancer Ther. 2011 Mar;10(3):481-94.")
    #expect(reference.year == "2011")
    #expect(reference.volume == "10")
  }

  // MARK: Labels

  @Test(arguments: ["[12] ", "12. ", "12 ", "(12) "])
  func leadingLabelIsStrippedAndKept(prefix: String) {
    let (reference, _) = parse(prefix + "Gauldie J. Title. J Immunol 1990; 144: 3804–8.")
    #expect(reference.label == "12")
    #expect(families(reference) == ["Gauldie"])
  }

  @Test func existingLabelIsNotReplaced() {
    let (reference, _) = parse("[12] Gauldie J. Title. J Immunol 1990; 144: 3804–8.", label: "7")
    #expect(reference.label == "7")
  }

  // MARK: Page ranges

  @Test(arguments: [
    ("3804–8", "3804", "3808"), ("2684–91", "2684", "2691"), ("11–9", "11", "19"),
    ("1360–8", "1360", "1368"), ("91–102", "91", "102"), ("S12–S15", "S12", "S15"),
    ("e1-e9", "e1", "e9"), ("S12–15", "S12", "S15"), ("pp. 65-85", "65", "85"),
  ])
  func abbreviatedPageRangesAreExpanded(printed: String, first: String, last: String) {
    let (reference, _) = parse("Smith J. Title. J Test 2001; 12: \(printed).")
    #expect(reference.pages == PageRange(first: first, last: last))
  }

  // MARK: APA / Harvard

  @Test func apaEntryIsParsed() {
    let (reference, _) = parse(
      "Chen, H., Tafalla, M., Greene, T. P., & Wilner, D. J. (1997). Dense cores in dark clouds. "
        + "The Astrophysical Journal, 475(2), 163–170. https://doi.org/10.1086/303587")
    #expect(families(reference) == ["Chen", "Tafalla", "Greene", "Wilner"])
    #expect(reference.authors[2].given == "T. P.")
    #expect(reference.year == "1997")
    #expect(reference.title == "Dense cores in dark clouds")
    #expect(reference.container == "The Astrophysical Journal")
    #expect(reference.volume == "475")
    #expect(reference.issue == "2")
    #expect(reference.pages == PageRange(first: "163", last: "170"))
    #expect(reference.doi == "10.1086/303587")
    #expect(reference.url == nil)
  }

  @Test func harvardYearAfterVancouverNames() {
    let (reference, _) = parse("Smith J (2010) A study of things. Journal of Tests 12:34–56")
    #expect(reference.authors == [PersonName(family: "Smith", given: "J")])
    #expect(reference.year == "2010")
    #expect(reference.title == "A study of things")
    #expect(reference.container == "Journal of Tests")
    #expect(reference.volume == "12")
    #expect(reference.pages == PageRange(first: "34", last: "56"))
  }

  @Test func naturalOrderNamesWithAnd() {
    let (reference, _) = parse(
      "M. A. Metlitski and T. Grover, Entanglement entropy of systems with broken symmetry, "
        + "arXiv:1112.5166.")
    #expect(reference.authors == [
      PersonName(family: "Metlitski", given: "M. A."), PersonName(family: "Grover", given: "T."),
    ])
    #expect(reference.kind == .preprint)
    #expect(reference.note == "arXiv:1112.5166")
  }

  /// An initial then a middle name in full (`J. Gerald Kennedy`): the last word is the family
  /// name, as BibTeX reads `First Last`; with a particle the words are one family name.
  @Test func naturalOrderMiddleNameAfterInitial() {
    let (reference, _) = parse(
      "J. Gerald Kennedy, E. Leigh Gibson, The title of the paper, J. Things 12 (2003) 1-10.")
    #expect(reference.authors == [
      PersonName(family: "Kennedy", given: "J. Gerald"), PersonName(family: "Gibson", given: "E. Leigh"),
    ])
    let (inverted, _) = parse("Smith, J. Gerald, and E. Leigh Gibson. 2003. A title of the work. Journal of Things 12: 1-10.")
    #expect(inverted.authors == [
      PersonName(family: "Smith", given: "J. Gerald"), PersonName(family: "Gibson", given: "E. Leigh"),
    ])
    let (particle, _) = parse("C. Ciofi degli Atti, S. Simula, Title of the paper, Phys. Rev. C 53 (1996) 1689.")
    #expect(particle.authors.first == PersonName(family: "Ciofi degli Atti", given: "C."))
  }

  @Test func physicsStyleVolumeYearPage() {
    let (reference, _) = parse(
      "M. M. Wolf, Violation of the entropic area law for Fermions, Phys. Rev. Lett. 96 (2006) 010404.")
    #expect(reference.title == "Violation of the entropic area law for Fermions")
    #expect(reference.container == "Phys. Rev. Lett.")
    #expect(reference.volume == "96")
    #expect(reference.year == "2006")
    #expect(reference.pages == PageRange(first: "010404"))
    #expect(reference.kind == .journalArticle)
  }

  @Test func bookWithPlaceAndPublisher() {
    let (reference, _) = parse(
      "Pate, C. Marvin. What Does the Future Hold? Grand Rapids: Baker, 2010.")
    #expect(reference.authors == [PersonName(family: "Pate", given: "C. Marvin")])
    #expect(reference.title == "What Does the Future Hold?")
    #expect(reference.publisher == "Baker")
    #expect(reference.year == "2010")
    #expect(reference.kind == .book)
  }

  // Copernicus (Adv. Sci. Res. 12, 23, 2015), printed mixed-citations.
  @Test func hyphenatedJournalAbbreviationAfterCommaTitle() {
    let (reference, _) = parse(
      "Best, M. J., Cox, P. M., and Warrilow, D.: determining the optimal soil temperature scheme "
        + "for atmospheric modeling applications, Bound.-Lay. Meteorol., 114, 111–142, 2005.")
    #expect(reference.title == "determining the optimal soil temperature scheme for atmospheric modeling applications")
    #expect(reference.container == "Bound.-Lay. Meteorol.")
    #expect(reference.volume == "114")
    #expect(reference.pages == PageRange(first: "111", last: "142"))
  }

  @Test func aYearBeforeThePagesIsNoVolume() {
    let (reference, _) = parse(
      "Kishimoto T. IL-6. In: Thomson AW, Lotze MT (Eds.), The Cytokine Handbook. Academic Press, "
        + "London, 2003: 281–304.")
    #expect(reference.volume == nil)
    #expect(reference.year == "2003")
    #expect(reference.pages == PageRange(first: "281", last: "304"))
  }

  @Test func chapterEditorsBeforeAnEdsMark() {
    let (reference, _) = parse(
      "Lieven, Elena V. M. 1978. Turn-taking and pragmatics: Two issues in early child language. "
        + "In R. N. Campbell & P. T. Smith (eds.), Recent advances in the psychology of language "
        + "(215–236). London: Plenum.")
    #expect(reference.kind == .chapter)
    #expect(reference.editors == [
      PersonName(family: "Campbell", given: "R. N."), PersonName(family: "Smith", given: "P. T."),
    ])
    #expect(reference.container == "Recent advances in the psychology of language")
  }

  @Test func chapterEditedByWithColonAndBarePages() {
    let (reference, _) = parse(
      "van Wijk, W. R. and de Vries, D. A.: Periodic temperature variations in homogeneous soil, in: "
        + "Physics of plant environment, edited by: van Wijk, W. R., North-Holland Publ. Co., "
        + "Amsterdam, 102–143, 1963.")
    #expect(reference.kind == .chapter)
    #expect(reference.title == "Periodic temperature variations in homogeneous soil")
    #expect(reference.container == "Physics of plant environment")
    #expect(reference.pages == PageRange(first: "102", last: "143"))
    #expect(reference.year == "1963")
    #expect(reference.publisher == "North-Holland Publ. Co")
    #expect(reference.editors == [PersonName(family: "van Wijk", given: "W. R.")])
    // A range of years in a chapter title is no page range.
    let (years, _) = parse("Smith, J.: Trends, 1990–2000, in: Climate, edited by: Doe, J., Springer, Berlin, 1999.")
    #expect(years.pages == nil)
  }

  @Test func chapterInEditedBook() {
    let (reference, _) = parse(
      "Py, J., & Somat, A. (1991). Normativité et clairvoyance. In J.-L. Beauvois (Eds.), "
        + "Perspectives cognitives et conduites sociales (pp. 167-193). Cousset: DelVal.")
    #expect(reference.kind == .chapter)
    #expect(reference.title == "Normativité et clairvoyance")
    #expect(reference.container == "Perspectives cognitives et conduites sociales")
    #expect(reference.pages == PageRange(first: "167", last: "193"))
    #expect(reference.publisher == "DelVal")
  }

  @Test func thesisIsRecognised() {
    let (reference, _) = parse(
      "Smith, J. (2004). Models of citation. PhD thesis, University of Somewhere.")
    #expect(reference.kind == .thesis)
    #expect(reference.title == "Models of citation")
  }

  @Test func webPageWithoutJournal() {
    let (reference, _) = parse(
      "World Health Organization. Fact sheet. Available at: https://www.who.int/facts. Accessed 2020.")
    #expect(reference.url == "https://www.who.int/facts")
    #expect(reference.kind == .web)
  }

  // MARK: Identifiers

  @Test(arguments: [
    "Smith J. Title. J Test 2001; 12: 1–5. doi: 10.1000/xyz123.",
    "Smith J. Title. J Test 2001; 12: 1–5. https://doi.org/10.1000/xyz123.",
    "Smith J. Title. J Test 2001; 12: 1–5. DOI 10.1000/xyz123",
    "Smith J. Title. J Test 2001; 12: 1–5. doi:10.1000/xyz123;",
  ])
  func doiIsFoundWithoutTrailingPunctuation(raw: String) {
    let (reference, _) = parse(raw)
    #expect(reference.doi == "10.1000/xyz123")
    #expect(reference.pages == PageRange(first: "1", last: "5"))
  }

  @Test func pmidIsExtracted() {
    let (reference, _) = parse("Smith J. Title. J Test 2001; 12: 1–5. PMID: 12345678.")
    #expect(reference.pmid == "12345678")
    #expect(reference.container == "J Test")
  }

  @Test func doiWithParenthesesKeepsThem() {
    let (reference, _) = parse("Smith J. Title. Lancet 2020; 395: 1–5. doi:10.1016/S0140-6736(20)30183-5.")
    #expect(reference.doi == "10.1016/S0140-6736(20)30183-5")
  }

  // MARK: Partial parses

  @Test func partialParseIsReportedWithWhatIsMissing() {
    let (reference, diagnostics) = parse("Tumour biology notes")
    #expect(reference.raw == "Tumour biology notes")
    #expect(
      diagnostics.map(\.description) == [
        "refs.txt:3: warning: reference r1 parsed in part: no authors, year [extract.reference.partial]"
      ])
  }

  @Test func emptyStringDoesNotCrash() {
    let (reference, diagnostics) = parse("")
    #expect(reference.authors == [])
    #expect(diagnostics.count == 1)
  }

  // MARK: The seed review's 47 references

  struct SeedCase: Sendable, CustomTestStringConvertible {
    var raw: String
    var authors: Int
    var first: String
    var etAl: Bool
    var year: String
    var volume: String
    var pages: PageRange
    var container: String
    var testDescription: String { String(raw.prefix(40)) }

    init(
      _ raw: String, authors: Int, first: String, etAl: Bool, year: String, volume: String,
      pages: (String, String?), container: String
    ) {
      self.raw = raw
      self.authors = authors
      self.first = first
      self.etAl = etAl
      self.year = year
      self.volume = volume
      self.pages = PageRange(first: pages.0, last: pages.1)
      self.container = container
    }
  }

  @Test(arguments: ReferenceStringParserTests.seedCases)
  func seedReviewReferenceParses(_ expected: SeedCase) {
    let (reference, diagnostics) = parse(expected.raw)
    #expect(reference.authors.count == expected.authors)
    #expect(reference.authors.first?.family == expected.first)
    #expect(reference.hasEtAl == expected.etAl)
    #expect(reference.year == expected.year)
    #expect(reference.volume == expected.volume)
    #expect(reference.pages == expected.pages)
    #expect(reference.container == expected.container)
    #expect(reference.title != nil)
    #expect(reference.kind == .journalArticle)
    #expect(diagnostics == [])
  }

  @Test func seedTableHasAllReferences() {
    #expect(Self.seedCases.count == 47)
  }

  static let seedCases: [SeedCase] = [
    SeedCase(
      "Gauldie J, Northemann W, Fey GH. IL-6 functions as an exocrine hormone in inflammation. Hepatocytes undergoing acute phase responses require exogenous IL-6. J Immunol 1990; 144: 3804–8.",
      authors: 3, first: "Gauldie", etAl: false, year: "1990", volume: "144",
      pages: ("3804", "3808"), container: "J Immunol"),
    SeedCase(
      "Duchez P, Rodriguez L, Chevaleyre J, et al. Interleukin-6 enhances the activity of in vivo long-term reconstituting hematopoietic stem cells in \"hypoxic-like\" expansion cultures ex vivo. Transfusion 2015; 55: 2684–91.",
      authors: 3, first: "Duchez", etAl: true, year: "2015", volume: "55",
      pages: ("2684", "2691"), container: "Transfusion"),
    SeedCase(
      "Kimura T, Wang J, Minamiguchi H, et al. Signal through gp130 activated by soluble interleukin (IL)-6 receptor (R) and IL-6 or IL-6R/IL-6 fusion protein enhances ex vivo expansion of human peripheral blood-derived hematopoietic progenitors. Stem Cells 2000; 18: 444–52.",
      authors: 3, first: "Kimura", etAl: true, year: "2000", volume: "18",
      pages: ("444", "452"), container: "Stem Cells"),
    SeedCase(
      "del Carmen Rodríguez M, Bernad A, Aracil M. Interleukin-6 deficiency affects bone marrow stromal precursors, resulting in defective hematopoietic support. Blood 2004. 103: 3349–54.",
      authors: 3, first: "del Carmen Rodríguez", etAl: false, year: "2004", volume: "103",
      pages: ("3349", "3354"), container: "Blood"),
    SeedCase(
      "Banks WA, Kastin AJ, Gutierrez EG. Penetration of interleukin-6 across the murine blood-brain barrier. Neurosci Lett 1994; 179: 53–6.",
      authors: 3, first: "Banks", etAl: false, year: "1994", volume: "179",
      pages: ("53", "56"), container: "Neurosci Lett"),
    SeedCase(
      "Hamzic N, Tang Y, Eskilsson A et al. Interleukin-6 primarily produced by non-hematopoietic cells mediates the lipopolysaccharide-induced febrile response. Brain Behav Immun 2013. 33: 123–30.",
      authors: 3, first: "Hamzic", etAl: true, year: "2013", volume: "33",
      pages: ("123", "130"), container: "Brain Behav Immun"),
    SeedCase(
      "Gigante B, Strawbridge RJ, Velasquez IM et al. Analysis of the role of interleukin 6 receptor haplotypes in the regulation of circulating levels of inflammatory biomarkers and risk of coronary heart disease. PLoS One 2015. 10: e0119980.",
      authors: 3, first: "Gigante", etAl: true, year: "2015", volume: "10",
      pages: ("e0119980", nil), container: "PLoS One"),
    SeedCase(
      "Kundakovic M, Chen Y, Guidotti A, Grayson DR. The reelin and GAD67 promoters are activated by epigenetic drugs that facilitate the disruption of local repressor complexes. Mol Pharmacol 2009; 75: 342–54.",
      authors: 4, first: "Kundakovic", etAl: false, year: "2009", volume: "75",
      pages: ("342", "354"), container: "Mol Pharmacol"),
    SeedCase(
      "Zhang J, Chi H, Xiao H et al. Interleukin 6 (IL-6) and tumor necrosis factor α (TNF- α) single nucleotide polymorphisms (SNPs), inflammation and metabolism in gestational diabetes mellitus in Inner Mongolia. Med Sci Monit 2017. 23: 4149–57.",
      authors: 3, first: "Zhang", etAl: true, year: "2017", volume: "23",
      pages: ("4149", "4157"), container: "Med Sci Monit"),
    SeedCase(
      "Dethlefsen C, Højfeldt G, Hojman P. The role of intratumoral and systemic IL-6 in breast cancer. Breast Cancer Res Treat 2013; 138: 657–64.",
      authors: 3, first: "Dethlefsen", etAl: false, year: "2013", volume: "138",
      pages: ("657", "664"), container: "Breast Cancer Res Treat"),
    SeedCase(
      "Kawano M, Hirano T, Matsuda T et al. Autocrine generation and requirement of BSF-2/IL-6 for human multiple myelomas. Nature 1988. 332: 83–5.",
      authors: 3, first: "Kawano", etAl: true, year: "1988", volume: "332",
      pages: ("83", "85"), container: "Nature"),
    SeedCase(
      "Lee SO, Yang X, Duan S et al. IL-6 promotes growth and epithelial-mesenchymal transition of CD133+ cells of non-small cell lung cancer. Oncotarget 2016. 7: 6626–38.",
      authors: 3, first: "Lee", etAl: true, year: "2016", volume: "7",
      pages: ("6626", "6638"), container: "Oncotarget"),
    SeedCase(
      "Bochet L, Meulle A, Imbert S, Salles B, Valet P, Muller C. Cancer-associated adipocytes promotes breast tumor radioresistance. Biochem Biophys Res Commun 2011; 411: 102–6.",
      authors: 6, first: "Bochet", etAl: false, year: "2011", volume: "411",
      pages: ("102", "106"), container: "Biochem Biophys Res Commun"),
    SeedCase(
      "Xu H, Lai W, Zhang Y et al. Tumor-associated macrophage-derived IL-6 and IL-8 enhance invasive activity of LoVo cells induced by PRL-3 in a KCNN4 channel-dependent manner. BMC Cancer 2014. 14: 330.",
      authors: 3, first: "Xu", etAl: true, year: "2014", volume: "14",
      pages: ("330", nil), container: "BMC Cancer"),
    SeedCase(
      "Bollrath J, Pheesse TJ, von Burstin VA et al. gp130-mediated Stat3 activation in enterocytes regulates cell survival and cell-cycle progression during colitis-associated tumorigenesis. Cancer Cell 2009; 15: 91–102.",
      authors: 3, first: "Bollrath", etAl: true, year: "2009", volume: "15",
      pages: ("91", "102"), container: "Cancer Cell"),
    SeedCase(
      "Grivennikov S, Karin E, Terzic J et al. IL-6 and Stat3 are required for survival of intestinal epithelial cells and development of colitis-associated cancer. Cancer Cell 2009. 15: 103–13.",
      authors: 3, first: "Grivennikov", etAl: true, year: "2009", volume: "15",
      pages: ("103", "113"), container: "Cancer Cell"),
    SeedCase(
      "Kortylewski M, Xin H, Kujawski M et al. Regulation of the IL-23 and IL-12 balance by Stat3 signaling in the tumor microenvironment. Cancer Cell 2009. 15: 114–23 (Published erratum appears in Cancer Cell 2010; 18: 536).",
      authors: 3, first: "Kortylewski", etAl: true, year: "2009", volume: "15",
      pages: ("114", "123"), container: "Cancer Cell"),
    SeedCase(
      "Song L, Rawal B, Nemeth JA, Haura EB. JAK1 activates STAT3 activity in non-small-cell lung cancer cells and IL-6 neutralizing antibodies can suppress JAK1-STAT3 signaling. Mol Cancer Ther 2011; 10: 481–94.",
      authors: 4, first: "Song", etAl: false, year: "2011", volume: "10",
      pages: ("481", "494"), container: "Mol Cancer Ther"),
    SeedCase(
      "Wang Y, van Boxel-Dezaire AH, Cheon H, Yang J, Stark GR. STAT3 activation in response to IL-6 is prolonged by the binding of IL-6 receptor to EGF receptor. Proc Natl Acad Sci U S A 2013; 110: 16975–80.",
      authors: 5, first: "Wang", etAl: false, year: "2013", volume: "110",
      pages: ("16975", "16980"), container: "Proc Natl Acad Sci U S A"),
    SeedCase(
      "Colomiere M, Ward AC, Riley C et al. Cross talk of signals between EGFR and IL-6R through JAK2/STAT3 mediate epithelial-mesenchymal transition in ovarian carcinomas. Br J Cancer 2009. 100: 134–44.",
      authors: 3, first: "Colomiere", etAl: true, year: "2009", volume: "100",
      pages: ("134", "144"), container: "Br J Cancer"),
    SeedCase(
      "Milagre CS, Gopinathan G, Everitt G et al. Adaptive upregulation of EGFR limits attenuation of tumor growth by neutralizing IL6 antibodies, with implications for combined therapy in ovarian cancer. Cancer Res 2015. 75: 1255–64.",
      authors: 3, first: "Milagre", etAl: true, year: "2015", volume: "75",
      pages: ("1255", "1264"), container: "Cancer Res"),
    SeedCase(
      "Husain H, Scur M, Murtuza A, Bui N, Woodward B, Kurzrock R. Strategies to overcome bypass mechanisms mediating clinical resistance to EGFR tyrosine kinase inhibition in lung cancer. Mol Cancer Ther 2017; 16: 265–72.",
      authors: 6, first: "Husain", etAl: false, year: "2017", volume: "16",
      pages: ("265", "272"), container: "Mol Cancer Ther"),
    SeedCase(
      "Testoni B, Völlenkle C, Guerrieri F, Gerbal-Chaloin S, Blandino G, Levrero M. Chromatin dynamics of gene activation and repression in response to interferon alpha (IFN(alpha)) reveal new roles for phosphorylated and unphosphorylated forms of the transcription factor STAT2. J Biol Chem 2011; 286: 20217–27.",
      authors: 6, first: "Testoni", etAl: false, year: "2011", volume: "286",
      pages: ("20217", "20227"), container: "J Biol Chem"),
    SeedCase(
      "Stark GR, Cheon H, Wang Y. Responses to cytokines and interferons that depend upon JAKs and STATs. Cold Spring Harb Perspect Biol 2018. 10: pii:a028555.",
      authors: 3, first: "Stark", etAl: false, year: "2018", volume: "10",
      pages: ("a028555", nil), container: "Cold Spring Harb Perspect Biol"),
    SeedCase(
      "Blaszczyk K, Olejnik A, Nowicka H et al. STAT2/IRF9 directs a prolonged ISGF3-like transcriptional response and antiviral activity in the absence of STAT1. Biochem J 2015. 466: 511–24.",
      authors: 3, first: "Blaszczyk", etAl: true, year: "2015", volume: "466",
      pages: ("511", "524"), container: "Biochem J"),
    SeedCase(
      "Grivennikov SI, Karin M. Dangerous liaisons: STAT3 and NF-kappaB collaboration and crosstalk in cancer. Cytokine Growth Factor Rev 2010; 21: 11–9.",
      authors: 2, first: "Grivennikov", etAl: false, year: "2010", volume: "21",
      pages: ("11", "19"), container: "Cytokine Growth Factor Rev"),
    SeedCase(
      "Tan X, Carretero J, Chen Z et al. Loss of p53 attenuates the contribution of IL-6 deletion on suppressed tumor progression and extended survival in Kras-driven murine lung cancer. PLoS One 2013; 8: e80885.",
      authors: 3, first: "Tan", etAl: true, year: "2013", volume: "8",
      pages: ("e80885", nil), container: "PLoS One"),
    SeedCase(
      "Nan J, Du Y, Chen X et al. TPCA-1 is a direct dual inhibitor of STAT3 and NF-kB and regresses mutant EGFR-associated human non-small cell lung cancers. Mol Cancer Ther 2014; 13: 617–29.",
      authors: 3, first: "Nan", etAl: true, year: "2014", volume: "13",
      pages: ("617", "629"), container: "Mol Cancer Ther"),
    SeedCase(
      "Wang Y, Nan J, Willard B, Wang X, Yang J, Stark GR. Negative regulation of type I IFN signaling by phosphorylation of STAT2 on T387. EMBO J 2017; 36: 202–12.",
      authors: 6, first: "Wang", etAl: false, year: "2017", volume: "36",
      pages: ("202", "212"), container: "EMBO J"),
    SeedCase(
      "Pal S, Vishwanath SN, Erdjument-Bromage H, Tempst P, Sif S. Human SWI/SNF-associated PRMT5 methylates histone H3 arginine 8 and negatively regulates expression of ST7 and NM23 tumor suppressor genes. Mol Cell Biol 2004; 24: 9630–45.",
      authors: 5, first: "Pal", etAl: false, year: "2004", volume: "24",
      pages: ("9630", "9645"), container: "Mol Cell Biol"),
    SeedCase(
      "Wei H, Wang B, Miyagi M et al. PRMT5 dimethylates R30 of the p65 subunit to activate NF-kB. Proc Natl Acad Sci U S A 2013; 110: 13516–21.",
      authors: 3, first: "Wei", etAl: true, year: "2013", volume: "110",
      pages: ("13516", "13521"), container: "Proc Natl Acad Sci U S A"),
    SeedCase(
      "Liu CC, Lin JH, Hsu TW et al. IL-6 enriched lung cancer stem-like cell population by inhibition of cell cycle regulators via DNMT1 upregulation. Int J Cancer 2015. 136: 547–59.",
      authors: 3, first: "Liu", etAl: true, year: "2015", volume: "136",
      pages: ("547", "559"), container: "Int J Cancer"),
    SeedCase(
      "Li J, Lan T, Zhang C et al. Reciprocal activation between IL-6/STAT3 and NOX4/Akt signalings promotes proliferation and survival of non-small cell lung cancer cells. Oncotarget 2015. 6: 1031–48.",
      authors: 3, first: "Li", etAl: true, year: "2015", volume: "6",
      pages: ("1031", "1048"), container: "Oncotarget"),
    SeedCase(
      "Silva EM, Mariano VS, Pastrez PRA et al. High systemic IL-6 is associated with worse prognosis in patients with non-small cell lung cancer. PLoS One 2017; 12: e0181125.",
      authors: 3, first: "Silva", etAl: true, year: "2017", volume: "12",
      pages: ("e0181125", nil), container: "PLoS One"),
    SeedCase(
      "Song L, Smith MA, Doshi P et al. Antitumor efficacy of the anti-interleukin-6 (IL-6) antibody siltuximab in mouse xenograft models of lung cancer. J Thorac Oncol 2014. 9: 974–82.",
      authors: 3, first: "Song", etAl: true, year: "2014", volume: "9",
      pages: ("974", "982"), container: "J Thorac Oncol"),
    SeedCase(
      "Lee JJ, Kim HJ, Yang CS et al. A high-affinity protein binder that blocks the IL-6/STAT3 signaling pathway effectively suppresses non-small cell lung cancer. Mol Ther 2014. 22: 1254–65.",
      authors: 3, first: "Lee", etAl: true, year: "2014", volume: "22",
      pages: ("1254", "1265"), container: "Mol Ther"),
    SeedCase(
      "Galluzzi L, Senovilla L, Vitale I et al. Molecular mechanisms of cisplatin resistance. Oncogene 2012. 31: 1869–83.",
      authors: 3, first: "Galluzzi", etAl: true, year: "2012", volume: "31",
      pages: ("1869", "1883"), container: "Oncogene"),
    SeedCase(
      "Li L, Han R, Xiao H et al. Metformin sensitizes EGFR-TKI-resistant human lung cancer cells in vitro and in vivo through inhibition of IL-6 signaling and EMT reversal. Clin Cancer Res 2014. 20: 2714–26.",
      authors: 3, first: "Li", etAl: true, year: "2014", volume: "20",
      pages: ("2714", "2726"), container: "Clin Cancer Res"),
    SeedCase(
      "Cao W, Liu Y, Zhang R et al. Homoharringtonine induces apoptosis and inhibits STAT3 via IL-6/JAK1/STAT3 signal pathway in gefitinib-resistant lung cancer cells. Sci Rep 2015. 5: 8477.",
      authors: 3, first: "Cao", etAl: true, year: "2015", volume: "5",
      pages: ("8477", nil), container: "Sci Rep"),
    SeedCase(
      "Lou W, Chen Y, Zhu KY, Deng H, Wu T, Wang J. Polyphyllin I overcomes EMT-associated resistance to erlotinib in lung cancer cells via IL-6/STAT3 pathway inhibition. Biol Pharm Bull 2017; 40: 1306–13.",
      authors: 6, first: "Lou", etAl: false, year: "2017", volume: "40",
      pages: ("1306", "1313"), container: "Biol Pharm Bull"),
    SeedCase(
      "Wang X, Yang X, Tsai Y et al. IL-6 mediates macrophage infiltration after irradiation via up-regulation of CCL2/CCL5 in non-small cell lung cancer. Radiat Res 2017. 187: 50–9.",
      authors: 3, first: "Wang", etAl: true, year: "2017", volume: "187",
      pages: ("50", "59"), container: "Radiat Res"),
    SeedCase(
      "Chen Y, Zhang F, Tsai Y et al. IL-6 signaling promotes DNA repair and prevents apoptosis in CD133+ stem-like cells of lung cancer after radiation. Radiat Oncol 2015. 10: 227.",
      authors: 3, first: "Chen", etAl: true, year: "2015", volume: "10",
      pages: ("227", nil), container: "Radiat Oncol"),
    SeedCase(
      "Fu ZZ, Peng Y, Cao LY, Chen YS, Li K, Fu BH. Correlations between serum IL-6 levels and radiation pneumonitis in lung cancer patients: A meta-analysis. J Clin Lab Anal 2016; 30: 145–54.",
      authors: 6, first: "Fu", etAl: false, year: "2016", volume: "30",
      pages: ("145", "154"), container: "J Clin Lab Anal"),
    SeedCase(
      "Zhang N, Zeng Y, Du W et al. The EGFR pathway is involved in the regulation of PD-L1 expression via the IL-6/JAK/STAT3 signaling pathway in EGFR-mutated non-small cell lung cancer. Int J Oncol 2016; 49: 1360–8.",
      authors: 3, first: "Zhang", etAl: true, year: "2016", volume: "49",
      pages: ("1360", "1368"), container: "Int J Oncol"),
    SeedCase(
      "Shen MJ, Xu LJ, Yang L et al. Radiation alters PD-L1/NKG2D ligand levels in lung cancer cells and leads to immune escape from NK cell cytotoxicity via IL-6-MEK/Erk signaling pathway. Oncotarget 2017; 8: 80506–20.",
      authors: 3, first: "Shen", etAl: true, year: "2017", volume: "8",
      pages: ("80506", "80520"), container: "Oncotarget"),
    SeedCase(
      "Liu H, Shen J, Lu K. IL-6 and PD-L1 blockade combination inhibits hepatocellular carcinoma cancer development in mouse model. Biochem Biophys Res Commun 2017; 486: 239–44.",
      authors: 3, first: "Liu", etAl: false, year: "2017", volume: "486",
      pages: ("239", "244"), container: "Biochem Biophys Res Commun"),
    SeedCase(
      "Mace TA, Shakya R, Pitarresi JR et al. IL-6 and PD-L1 antibody blockade combination therapy reduces tumour progression in murine models of pancreatic cancer. Gut 2018. 67: 320–32.",
      authors: 3, first: "Mace", etAl: true, year: "2018", volume: "67",
      pages: ("320", "332"), container: "Gut"),
  ]
}

/// A tagged reference keeps its tags; only the identifiers its printed text names and its tags
/// lack are taken from that text (SciELO's `Doi: https://doi.org/…`).
@Suite struct TaggedReferenceIdentifiers {
  private func extracted(_ reference: Reference) -> Reference? {
    var diagnostics: [Diagnostic] = []
    let document = Document(id: "d", sourcePath: "d.xml", references: [reference])
    return Extractor(findsEntitiesAndClaims: false)
      .referencesAndCitations(document, diagnostics: &diagnostics).references.first
  }

  private func tagged(raw: String, doi: String? = nil) -> Reference {
    var reference = Reference(
      id: "B01", label: nil, raw: raw, position: SourcePosition(file: "d.xml", line: 1),
      isStructured: true)
    reference.title = "Scientific genealogies of physical and mechanistic organic chemists"
    reference.doi = doi
    return reference
  }

  @Test func aDOIOnlyInThePrintedTextIsTaken() {
    let raw = "Andraos, J. Scientific genealogies of physical and mechanistic organic chemists. "
      + "Canadian Journal of Chemistry, v. 83, n. 9, p. 1400-1414, 2005. Doi: https://doi.org/10.1139/v05-158."
    let reference = extracted(tagged(raw: raw))
    #expect(reference?.doi == "10.1139/v05-158")
    #expect(reference?.title == "Scientific genealogies of physical and mechanistic organic chemists")
  }

  @Test func aTaggedDOIWinsAndTextWithoutOneIsLeftAlone() {
    let raw = "Andraos J. Scientific genealogies. Can J Chem. 2005;83(9):1400–1414. doi:10.1139/v05-158"
    #expect(extracted(tagged(raw: raw, doi: "10.1000/tagged"))?.doi == "10.1000/tagged")
    #expect(extracted(tagged(raw: "Andraos J. Scientific genealogies. Can J Chem. 2005;83:1400."))?.doi == nil)
  }
}
