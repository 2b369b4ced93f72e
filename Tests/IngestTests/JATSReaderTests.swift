import Foundation
import Ingest
import Model
import Testing
import TestSupport

private func readFixture(_ name: String) throws -> (Document, [Diagnostic]) {
  var diagnostics: [Diagnostic] = []
  let document = try JATSReader.read(
    Fixtures.bytes("jats/\(name)"), path: name, diagnostics: &diagnostics)
  return (document, diagnostics)
}

@Suite struct JATSCitationStyles {
  let document: Document

  init() throws { document = try readFixture("citation-styles.xml").0 }

  private func marker(_ label: String) -> CitationMarker? {
    document.markers.first { $0.label == label }
  }

  @Test func frontMatter() {
    let metadata = document.metadata
    #expect(metadata.title == "How IL-6 citations are written in JATS")
    #expect(metadata.authors == [PersonName(family: "Rodríguez", given: "María C"), PersonName(family: "The Citation Consortium")])
    #expect(metadata.affiliations == ["Department of Bibliometrics, Example University, Oslo, Norway"])
    #expect(metadata.journal == "Journal of Citation Styles")
    #expect(metadata.issn == "8765-4321")
    #expect(metadata.year == "2020")
    #expect(metadata.volume == "12")
    #expect(metadata.issue == "3")
    #expect(metadata.pages == PageRange(first: "101", last: "109"))
    #expect(metadata.doi == "10.5555/jcs.2020.001")
    #expect(metadata.pmid == "30000001")
    #expect(metadata.pmcid == "PMC6000001")
    #expect(metadata.keywords == ["citations", "JATS"])
    #expect(metadata.received == "2020-02-01")
    #expect(metadata.accepted == "2020-02-20")
    #expect(metadata.license == "http://creativecommons.org/licenses/by/4.0/")
  }

  @Test func sectionsNestAndCaptionsAreTheirOwnBlocks() {
    #expect(document.sections.map(\.title) == ["Abstract", "Numbered citations", "Author–year citations", "Sub-article: Author response"])
    #expect(document.sections[1].subsections.map(\.title) == ["Formulas and tables"])
    let text = document.sentencesWithSections.map(\.sentence.plainText)
    #expect(text.contains("Table 1 Values reported by others."))
    #expect(text.contains("Figure 1 Signalling through STAT3."))
    #expect(!text.joined().contains("secret cell text"))
  }

  @Test func formulaMarkupDoesNotLeakIntoSentencesButItsCharactersStay() throws {
    let sentence = try #require(document.sentencesWithSections.map(\.sentence).first { $0.plainText.hasPrefix("The rate") })
    #expect(sentence.plainText == "The rate k=2 was measured in A549 cells (Figure 1), as before.")
  }

  @Test func rangeWrittenAsTwoXrefsIsExpandedThroughTheListOrder() throws {
    let range = try #require(marker("[2–4]"))
    #expect(range.targets == ["B2", "B3", "B4"])
  }

  @Test func rangeInsideOneXrefIsExpanded() throws {
    let range = try #require(marker("2-4"))
    #expect(range.targets == ["B2", "B3", "B4"])
  }

  @Test func bracketedListIsOneMarkerAndSeveralRidsAreKept() throws {
    #expect(marker("[1, 3]")?.targets == ["B1", "B3"])
    #expect(marker("1,5")?.targets == ["B1", "B5"])
  }

  @Test func authorYearMarkersKeepWhatAReaderSees() throws {
    #expect(marker("(2010)")?.targets == ["B6"])
    #expect(marker("(Smith et al., 2010; Lee and Park, 2011)")?.targets == ["B6", "B7"])
  }

  @Test func referencesFromNestedListsWithStructuredFields() throws {
    #expect(document.references.map(\.id) == ["B1", "B2", "B3", "B4", "B5", "B6", "B7"])
    let gauldie = document.references[0]
    #expect(gauldie.isStructured)
    #expect(gauldie.authors.map(\.displayName) == ["Gauldie, J", "Northemann, W", "Fey, GH"])
    #expect(gauldie.pmid == "2110215")
    #expect(gauldie.raw == "Gauldie J, Northemann W, Fey GH. IL-6 functions as an exocrine hormone in inflammation. J Immunol. 1990;144:3804–3808. PMID: 2110215")
    let duchez = document.references[1]
    #expect(duchez.hasEtAl)
    #expect(duchez.pages == PageRange(first: "2684", last: "2691"))
    #expect(duchez.issue == "11")
    #expect(duchez.doi == "10.1111/trf.13217")
    #expect(duchez.raw == "Duchez P, et al.. Interleukin-6 enhances hematopoietic stem cells. Transfusion. 2015;55(11):2684–91. doi:10.1111/trf.13217")
    let kimura = document.references[2]
    #expect(!kimura.isStructured)
    #expect(kimura.raw == "Kimura T, Wang J, Minamiguchi H, et al. Signal through gp130 activated by soluble interleukin (IL)-6 receptor. Stem Cells 2000; 18: 444–52.")
    let chapter = document.references[3]
    #expect(chapter.kind == .chapter)
    #expect(chapter.authors == [PersonName(family: "World Health Organization")])
    #expect(chapter.title == "Cytokines in cancer")
    #expect(chapter.container == "Handbook of Inflammation")
    #expect(chapter.publisher == "WHO Press")
    let stark = document.references[4]
    #expect(stark.authors == [PersonName(family: "Stark", given: "GR")])
    #expect(stark.pages == PageRange(first: "a028555"))
    #expect(stark.doi == "10.1101/cshperspect.a028555")
  }

  @Test func subArticleCitationsAreRead() {
    let sub = document.sections.last
    #expect(sub?.subsections.first?.paragraphs.first?.sentences.first?.markers.first?.targets == ["B1"])
  }
}

@Suite struct BadJATSInput {
  @Test func truncatedFileIsNotWellFormed() throws {
    var diagnostics: [Diagnostic] = []
    do {
      _ = try JATSReader.read(Fixtures.bytes("jats/bad-truncated.xml"), path: "t.xml", diagnostics: &diagnostics)
      Issue.record("expected an error")
    } catch let error as IngestError {
      guard case .malformedXML(let path, let line, let reason) = error else {
        Issue.record("unexpected \(error)")
        return
      }
      #expect(path == "t.xml")
      #expect(line == 2)
      #expect(!reason.isEmpty && !reason.hasSuffix("\n"))
    }
  }

  @Test func otherRootIsNotJATS() throws {
    var diagnostics: [Diagnostic] = []
    #expect(throws: IngestError.notJATS(path: "h.xml", root: "html")) {
      _ = try JATSReader.read(Fixtures.bytes("jats/bad-not-jats.xml"), path: "h.xml", diagnostics: &diagnostics)
    }
  }

  /// `bytes` of one JATS file with its XML declaration and doctype removed, `copies` times
  /// inside a `<pmc-articleset>`, as PMC's OA and E-utilities services deliver articles.
  static func articleSet(_ bytes: [UInt8], copies: Int) -> [UInt8] {
    let text = String(decoding: bytes, as: UTF8.self)
    let start = text.range(of: "<article")!.lowerBound
    let article = text[start...]
    // As many lines before the first article as in the file, so that positions agree.
    let lines = text[..<start].filter { $0 == "\n" }.count
    let set = "<?xml version=\"1.0\"?>" + String(repeating: "\n", count: lines) + "<pmc-articleset>"
      + String(repeating: String(article), count: copies) + "</pmc-articleset>\n"
    return Array(set.utf8)
  }

  @Test func aPMCArticleSetOfOneArticleIsThatArticle() throws {
    let bytes = try Fixtures.bytes("jats/citation-styles.xml")
    var diagnostics: [Diagnostic] = []
    let bare = try JATSReader.read(bytes, path: "a.xml", diagnostics: &diagnostics)
    let wrapped = try JATSReader.read(Self.articleSet(bytes, copies: 1), path: "a.xml", diagnostics: &diagnostics)
    #expect(wrapped.references == bare.references)
    #expect(wrapped.sections == bare.sections)
    #expect(wrapped.metadata == bare.metadata)
    #expect(!bare.references.isEmpty)
  }

  @Test func aPMCArticleSetOfSeveralArticlesIsAnError() throws {
    let bytes = try Fixtures.bytes("jats/citation-styles.xml")
    var diagnostics: [Diagnostic] = []
    #expect(throws: IngestError.severalArticles(path: "s.xml", count: 2)) {
      _ = try JATSReader.read(Self.articleSet(bytes, copies: 2), path: "s.xml", diagnostics: &diagnostics)
    }
  }

  @Test func wrongEncodingIsAnError() throws {
    var diagnostics: [Diagnostic] = []
    do {
      _ = try JATSReader.read(Fixtures.bytes("jats/bad-encoding.xml"), path: "e.xml", diagnostics: &diagnostics)
      Issue.record("expected an error")
    } catch let error as IngestError {
      #expect(error.code == "ingest.xml.malformed")
      #expect(error.position.line == 3)
    }
  }

  @Test func externalEntitiesAreNeverLoaded() throws {
    let (document, _) = try readFixture("bad-external-entity.xml")
    #expect(document.metadata.title == "Entities")
    #expect(document.sentencesWithSections.map(\.sentence.plainText) == ["Body text here."])
  }

  @Test func entityExpansionBombIsRejectedOrNotExpanded() throws {
    var diagnostics: [Diagnostic] = []
    do {
      let document = try JATSReader.read(Fixtures.bytes("jats/bad-entity-expansion.xml"), path: "b.xml", diagnostics: &diagnostics)
      #expect(!(document.metadata.title ?? "").contains("lol"))
    } catch let error as IngestError {
      #expect(error.code == "ingest.xml.malformed")
    }
  }

  @Test func emptyFileIsAnError() {
    var diagnostics: [Diagnostic] = []
    #expect(throws: IngestError.empty(path: "z.xml")) {
      _ = try JATSReader.read([], path: "z.xml", diagnostics: &diagnostics)
    }
  }
}

/// SciELO prints each reference in a `<mixed-citation>` and tags it again in an
/// `<element-citation>` beside it (scielo-2318-0889-tinf-33-e200068, reference B01).
@Suite struct PrintedAndTaggedCitation {
  static let article = """
    <article><front><article-meta><title-group><article-title>T</article-title></title-group>\
    </article-meta></front><back><ref-list><ref id="B01">
    <mixed-citation>Andraos, J. Scientific genealogies of physical and mechanistic organic chemists. \
    <italic>Canadian Journal of Chemistry</italic>, v. 83, n. 9, p. 1400-1414, 2005. \
    Doi: https://doi.org/10.1139/v05-158.</mixed-citation>
    <element-citation publication-type="journal"><person-group person-group-type="author">\
    <name><surname>Andraos</surname><given-names>J.</given-names></name></person-group>\
    <article-title>Scientific genealogies of physical and mechanistic organic chemists</article-title>\
    <source>Canadian Journal of Chemistry</source><volume>83</volume><issue>9</issue>\
    <fpage>1400</fpage><lpage>1414</lpage><year>2005</year></element-citation>
    </ref></ref-list></back></article>
    """

  @Test func theTagsAreReadAndThePrintedTextIsTheRawString() throws {
    var diagnostics: [Diagnostic] = []
    let document = try JATSReader.read(Array(Self.article.utf8), path: "s.xml", diagnostics: &diagnostics)
    let reference = try #require(document.references.first)
    #expect(reference.isStructured)
    #expect(reference.authors == [PersonName(family: "Andraos", given: "J.")])
    #expect(reference.title == "Scientific genealogies of physical and mechanistic organic chemists")
    #expect(reference.container == "Canadian Journal of Chemistry")
    #expect(reference.issue == "9")
    #expect(reference.pages == PageRange(first: "1400", last: "1414"))
    #expect(reference.raw.hasPrefix("Andraos, J. Scientific genealogies"))
    #expect(reference.raw.hasSuffix("Doi: https://doi.org/10.1139/v05-158."))
  }
}

/// A section title that cites (Hindawi, Adv Chem 8147421, section A.1.2).
@Suite struct CitationsInSectionTitles {
  static let article = """
    <article><body><sec id="secA.1.2"><title>A.1.2. General Procedure for Synthesis of 3 in Flow \
    [<xref ref-type="bibr" rid="B14a">20</xref>, <xref ref-type="bibr" rid="B14b">21</xref>]</title>
    <p>Synthesis was performed using a ChemTrix Labtrix S1 flow chemistry reactor.</p></sec></body>
    <back><ref-list><ref id="B14a"><label>20</label><mixed-citation>A. One. Flow. J 1, 1 (2010).</mixed-citation></ref>
    <ref id="B14b"><label>21</label><mixed-citation>B. Two. Flow. J 2, 2 (2011).</mixed-citation></ref></ref-list></back></article>
    """

  @Test func itsCitationsAreLinkedAndItKeepsItsTitle() throws {
    var diagnostics: [Diagnostic] = []
    let document = try JATSReader.read(Array(Self.article.utf8), path: "h.xml", diagnostics: &diagnostics)
    let section = try #require(document.sections.first)
    #expect(section.title == "A.1.2. General Procedure for Synthesis of 3 in Flow [20, 21]")
    #expect(document.markers.flatMap(\.targets) == ["B14a", "B14b"])
    #expect(section.paragraphs.count == 2)
  }
}

/// Copernicus marks no citation up: `(Hillel, 1998)` is plain text (Adv Sci Res 12: 23).
@Suite struct ArticleWithoutCitationMarkup {
  static let article = """
    <article><body><sec><title>Introduction</title><p>Of great importance in agriculture, soil \
    temperature affects plant growth directly (Hillel, 1998). It matters for surface moisture \
    retrieval (e.g. de Jeu et al., 2008). <italic>Hu et al. (2002)</italic> set bounds. One month \
    of data was used (e.g. November 2014).</p></sec></body>
    <back><ref-list><ref id="bib1.bib5"><label>5</label><mixed-citation>Hillel, D.: Environmental soil \
    physics, Academic press, 1998.</mixed-citation></ref></ref-list></back></article>
    """

  @Test func plainTextCitationsAreFoundAsInTheTextPath() throws {
    var diagnostics: [Diagnostic] = []
    let document = try JATSReader.read(Array(Self.article.utf8), path: "c.xml", diagnostics: &diagnostics)
    #expect(document.markers.map(\.citedLabels) == [["Hillel, 1998"], ["de Jeu et al., 2008"], ["Hu et al, 2002"]])
    let sentences = document.sentencesWithSections.map(\.sentence)
    #expect(sentences.count == 4)
    // The italics around the narrative citation are kept; a month and year is no citation.
    #expect(sentences[2].content.contains { if case .emphasis = $0 { true } else { false } })
    #expect(sentences[3].markers.isEmpty)
  }
}

/// Markup first seen in Pensoft, Frontiers, PeerJ, Copernicus and Hindawi articles (each snippet
/// is theirs, cut down).
@Suite struct PublisherMarkup {
  static let article = """
    <article xmlns:tp="http://www.plazi.org/taxpub"><front><article-meta><history>\
    <date date-type="received"><day>28</day><month>October</month><year>2014</year></date></history>\
    </article-meta></front><body><sec><title>Taxon treatments</title><tp:taxon-treatment>\
    <tp:nomenclature><tp:taxon-name><tp:taxon-name-part>Echthronomas</tp:taxon-name-part></tp:taxon-name> \
    <tp:taxon-authority>Forster, 1869</tp:taxon-authority></tp:nomenclature>\
    <tp:treatment-sec sec-type="Diagnosis"><title>Diagnosis</title><p>Terminology followed \
    <xref ref-type="bibr" rid="B1">Townes (1969)</xref>.</p></tp:treatment-sec></tp:taxon-treatment></sec>\
    <sec><title>Sites</title><table-wrap id="T1"><caption><p>Studies.</p></caption><table><tr>\
    <td>Dry Valleys</td><td>Aislabie et al. (<xref ref-type="bibr" rid="B2">2006</xref>)</td></tr></table>\
    </table-wrap><p>The light green solid m.p. 141.9–142.7 °C was kept.</p></sec></body>\
    <back><ref-list><ref id="B1"><label>Townes (1969)</label><element-citation publication-type="book">\
    <person-group><name><surname>Townes</surname><given-names>H</given-names></name></person-group>\
    <source>The genera of Ichneumonidae</source><year>1969</year></element-citation></ref>\
    <ref id="B2"><label>Aislabie et al. (2006)</label><element-citation publication-type="book">\
    <person-group><name><surname>Convey</surname><given-names>P.</given-names></name></person-group>\
    <year>2001</year><article-title>&#x0201C;Antarctic ecosystems,&#x0201D;</article-title> in \
    <source>Encyclopedia of Biodiversity</source></element-citation></ref></ref-list>\
    <app-group><app><title/></app></app-group></back>\
    <floats-group><fig id="F1"><label>Figure 1</label><caption><p>Habitus of the female.</p></caption></fig>\
    </floats-group></article>
    """

  let document: Document

  init() throws {
    var diagnostics: [Diagnostic] = []
    document = try JATSReader.read(Array(Self.article.utf8), path: "p.xml", diagnostics: &diagnostics)
  }

  private var texts: [String] { document.sentencesWithSections.map(\.sentence.plainText) }

  @Test func taxonTreatmentsAreRead() {
    #expect(texts.contains("Echthronomas Forster, 1869"))
    #expect(document.sections.first?.subsections.first?.title == "Diagnosis")
    #expect(document.markers.first?.targets == ["B1"])
  }

  @Test func aTableCellThatCitesIsASentenceAndTheRestOfTheTableIsNot() {
    #expect(document.markers.map(\.targets).contains(["B2"]))
    #expect(!texts.contains { $0.contains("Dry Valleys") })
  }

  @Test func floatsGroupCaptionsAndNoBlankSections() {
    #expect(document.sections.map(\.title).contains("Figures and tables"))
    #expect(texts.contains("Figure 1 Habitus of the female."))
    #expect(!document.sections.contains { ($0.title ?? "").isEmpty && $0.paragraphs.isEmpty && $0.subsections.isEmpty })
  }

  @Test func aMeltingPointDoesNotEndTheSentence() {
    #expect(texts.contains("The light green solid m.p. 141.9–142.7 °C was kept."))
  }

  @Test func monthNamesBecomeNumbers() {
    #expect(document.metadata.received == "2014-10-28")
  }

  @Test func authorYearLabelsKeepTheirParenthesesAndQuotedChapterTitlesLoseTheirQuotes() {
    #expect(document.references.map(\.label) == ["Townes (1969)", "Aislabie et al. (2006)"])
    #expect(document.references[1].kind == .chapter)
    #expect(document.references[1].title == "Antarctic ecosystems")
    #expect(document.references[1].container == "Encyclopedia of Biodiversity")
  }
}

/// Inline MathML is part of the sentence (Copernicus, Adv Sci Res 12: 23; Hindawi 8147421).
@Suite struct InlineMath {
  static let article = """
    <article xmlns:mml="http://www.w3.org/1998/Math/MathML"><body><sec><p>Limits apply at \
    <inline-formula><mml:math display="inline"><mml:mo>-</mml:mo></mml:math></inline-formula>10 cm. \
    It was extracted with EtOAc (<inline-formula><alternatives><tex-math>3\\times 120</tex-math>\
    <mml:math><mml:mrow><mml:mn>3</mml:mn><mml:mo>×</mml:mo><mml:mn>120</mml:mn></mml:mrow></mml:math>\
    </alternatives></inline-formula> ml).</p><disp-formula><mml:math><mml:mi>x</mml:mi></mml:math>\
    </disp-formula></sec></body></article>
    """

  @Test func itsCharactersAreKeptAndTeXAndDisplayFormulasAreNot() throws {
    var diagnostics: [Diagnostic] = []
    let document = try JATSReader.read(Array(Self.article.utf8), path: "m.xml", diagnostics: &diagnostics)
    #expect(document.sentencesWithSections.map(\.sentence.plainText) == [
      "Limits apply at -10 cm.", "It was extracted with EtOAc (3×120 ml).",
    ])
  }
}

/// Edition, access date and a comment that only repeats the link, as MDPI prints them
/// (mdpi-nutrients-3-49, references 22 and 26).
@Suite struct JATSReferenceNotesTests {
  static let article = """
    <article><front><article-meta/></front><body><p>Text <xref ref-type="bibr" rid="B22">22</xref>, \
    <xref ref-type="bibr" rid="B26">26</xref>.</p></body><back><ref-list>\
    <ref id="B22"><label>22.</label><citation citation-type="web">\
    <collab>Australian New Zealand Clinical Trials Registry</collab>\
    <article-title>Effect of mandatory folic acid fortification policy on folate status</article-title>\
    <access-date>(accessed on 4 December 2008)</access-date>\
    <comment>Available online:<ext-link xmlns:xlink="http://www.w3.org/1999/xlink" \
    xlink:href="http://www.anzctr.org.au/trial_view.aspx?ID=83422" ext-link-type="uri">\
    http://www.anzctr.org.au/trial_view.aspx?ID=83422</ext-link></comment></citation></ref>\
    <ref id="B26"><label>26.</label><citation citation-type="book"><person-group person-group-type="author">\
    <name><surname>Gibson</surname><given-names>R.S.</given-names></name></person-group>\
    <source>Principles of Nutritional Assessment</source><edition>2nd ed.</edition>\
    <publisher-name>Oxford University Press</publisher-name><year>2005</year></citation></ref>\
    </ref-list></back></article>
    """

  @Test func editionAccessDateAndLinkComment() throws {
    var diagnostics: [Diagnostic] = []
    let document = try JATSReader.read(Array(Self.article.utf8), path: "m.xml", diagnostics: &diagnostics)
    let web = try #require(document.references.first)
    #expect(web.url == "http://www.anzctr.org.au/trial_view.aspx?ID=83422")
    #expect(web.note == "Accessed 4 December 2008")
    let book = try #require(document.references.last)
    #expect(book.edition == "2nd")
    #expect(book.note == nil)
  }
}

/// A narrative citation that opens a sentence ends the one before it (peerj-3360, Discussion).
@Suite struct NarrativeCitationStartsASentenceTests {
  @Test func narrativeCitationAfterAFullStopStartsTheNextSentence() throws {
    let article = """
      <article><front><article-meta/></front><body><p>Storm effects appeared to be influenced by \
      the timing of a storm in relation to the tidal regime. <xref ref-type="bibr" rid="ref-34">\
      Masselink et al. (2016)</xref> found that storms impacts were highest at spring high tides. \
      The same holds for waves [<xref ref-type="bibr" rid="ref-35">1</xref>]. \
      <xref ref-type="bibr" rid="ref-35">1</xref> is no sentence start.</p></body><back><ref-list>\
      <ref id="ref-34"><element-citation publication-type="journal"><person-group><name>\
      <surname>Masselink</surname><given-names>G</given-names></name></person-group><year>2016</year>\
      </element-citation></ref><ref id="ref-35"><element-citation publication-type="journal">\
      <person-group><name><surname>Mateo</surname><given-names>M</given-names></name></person-group>\
      <year>2012</year></element-citation></ref></ref-list></back></article>
      """
    var diagnostics: [Diagnostic] = []
    let document = try JATSReader.read(Array(article.utf8), path: "p.xml", diagnostics: &diagnostics)
    let texts = document.sentencesWithSections.map(\.sentence.plainText)
    #expect(texts == [
      "Storm effects appeared to be influenced by the timing of a storm in relation to the tidal regime.",
      "Masselink et al. (2016) found that storms impacts were highest at spring high tides.",
      "The same holds for waves. is no sentence start.",
    ])
  }
}

/// Affiliations whose parts are tagged one after another (eLife, elife-35190; Hindawi,
/// hindawi-ac-8147421) read with commas between the parts; SciELO's printed original wins.
@Suite struct AffiliationTextTests {
  static func affiliations(_ affs: String) throws -> [String] {
    let article = """
      <article><front><article-meta><contrib-group>\(affs)</contrib-group></article-meta></front>\
      <body><p>Text.</p></body></article>
      """
    var diagnostics: [Diagnostic] = []
    return try JATSReader.read(Array(article.utf8), path: "a.xml", diagnostics: &diagnostics)
      .metadata.affiliations
  }

  @Test func taggedPartsAreJoinedWithCommas() throws {
    #expect(
      try Self.affiliations(
        """
        <aff id="aff1"><label>1</label><institution content-type="dept">Department of Molecular and \
        Cell Biology</institution><institution>University of California, Berkeley</institution>\
        <addr-line><named-content content-type="city">Berkeley</named-content></addr-line>\
        <country>United States</country></aff>
        <aff id="I1">
          <sup>1</sup>
          <addr-line>Department of Chemistry</addr-line>
          <addr-line>Kent State University</addr-line>
          <addr-line>MA 02115</addr-line>
          <country>USA</country>
          <ext-link ext-link-type="domain-name">kent.edu</ext-link></aff>
        <aff id="aff2">Department of Human Nutrition, University of Otago, Dunedin 9054, New Zealand; \
        Email: <email>a.b@otago.ac.nz</email></aff>
        <aff id="aff3"><institution content-type="orgname">Universidade Federal da Paraíba</institution>\
        <country>Brasil</country><institution content-type="original">Universidade Federal da Paraíba. \
        João Pessoa, PB, Brasil.</institution></aff>
        """)
        == [
          "Department of Molecular and Cell Biology, University of California, Berkeley, Berkeley, United States",
          "Department of Chemistry, Kent State University, MA 02115, USA",
          "Department of Human Nutrition, University of Otago, Dunedin 9054, New Zealand; Email: a.b@otago.ac.nz",
          "Universidade Federal da Paraíba. João Pessoa, PB, Brasil.",
        ])
  }
}
