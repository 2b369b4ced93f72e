import Model

/// Small hand-made documents whose text and identifiers break naive RDF writers: quotes,
/// backslashes, line breaks, control characters, non-BMP characters, DOIs and ids that need
/// percent-encoding, missing fields, a work cited twice, markers that point nowhere.
public enum NastyDocuments {
  /// Every character class a literal escaper must handle, in one string.
  public static let nastyText =
    "He said \"IL-6\" \\ backslash\nnew line\r\ttab \u{0}nul \u{8}bs \u{C}ff \u{1F}us \u{7F}del "
    + "𝛼-helix 🧬 e\u{301} \u{2028}ls \u{FEFF}bom ' < > & { } | ^ ` end"

  /// A DOI with every character an IRI must not hold raw.
  public static let nastyDOI = "10.1000/a<b>\"c{d}|e f\\g^h`#?%i"

  /// The nasty document: id with spaces and non-ASCII, nasty metadata and references.
  public static let document: Document = {
    let metadata = ArticleMetadata(
      title: nastyText, authors: [PersonName(family: "Ünlü \"Q\"", given: "Ä\\B"), PersonName(family: "X")],
      keywords: ["a\"b", "c\nd"], journal: "J \"Nasty\"", year: "2020", volume: "1\\2",
      issue: "3\n4", pages: PageRange(first: "e\"1", last: nil), doi: nastyDOI, pmid: "123\n",
      received: "2020-02-30", accepted: "2020-01-31", pmcid: "PMC1", issn: "1234-5678",
      license: "https://creativecommons.org/licenses/by/4.0/")
    let references = [
      Reference(
        id: "r1", label: "1", raw: "Smith J. IL-6 signalling! J X 2001;1:1-2.", kind: .journalArticle,
        authors: [PersonName(family: "Smith", given: "J")], title: "IL-6 signalling!",
        container: "J X", year: "2001", pages: PageRange(first: "1", last: "2")),
      Reference(
        id: "r2", label: "2", raw: "SMITH, J.: IL-6  Signalling. J. X. (2001)", kind: .journalArticle,
        authors: [PersonName(family: "SMITH", given: "J.")], title: "IL-6  Signalling",
        container: "J. X. ¿Qué? ¡Sí! n.º 5, 3ª ed. ´ € £ ¥ ¢ ‰ ¬ ÷", year: "2001"),
      Reference(
        id: "r3", label: "3", raw: nastyText, kind: .book,
        authors: [PersonName(family: "Ωmega 🧬", given: nil)], hasEtAl: true, title: nastyText,
        year: "2001a", doi: " DOI:10.1234/ABC def ", url: "http://x.org/a b"),
      Reference(id: "r4", label: "4", raw: "???", kind: .other),
      Reference(
        id: "r 5/ü", label: "5\"", raw: "Lee K. Title. 2003", kind: .web, authors: [PersonName(family: "Lee", given: "K")],
        title: "Title", year: "2003", doi: "not-a-doi", url: "https://example.org/x?y=1&z=\"2\""),
    ]
    let linked = CitationMarker(
      id: "m1", label: "^{1–3}\n\"x\"", citedLabels: ["1", "2", "3"], targets: ["r1", "r2", "r3"])
    let dangling = CitationMarker(id: "m2", label: "⁹⁹", citedLabels: ["99"], targets: ["r99"])
    let nowhere = CitationMarker(id: "m 3", label: "[?]", citedLabels: [])
    let unusual = CitationMarker(id: "m4", label: "(Lee, 2003)", citedLabels: ["Lee 2003"], targets: ["r 5/ü"])
    let sentences = [
      Sentence(id: "s1", content: [.text(nastyText), .citation(linked)]),
      Sentence(id: "s2", content: [.emphasis([.text("in vivo \"q\"")]), .citation(dangling), .citation(nowhere)]),
      Sentence(id: "s3", content: [.text("Lee showed it."), .citation(unusual)]),
    ]
    return Document(
      id: "weird doc ü #1", sourcePath: "weird.txt", metadata: metadata,
      sections: [
        Section(
          title: nil, paragraphs: [Paragraph(sentences: [sentences[0]])],
          subsections: [
            Section(title: "Sub \"section\"\n2", paragraphs: [Paragraph(sentences: Array(sentences[1...]))])
          ])
      ],
      references: references,
      citations: [
        Citation(marker: "m1", reference: "r1", method: .numberedLabel),
        Citation(marker: "m1", reference: "r2", method: .numberedLabel),
        Citation(marker: "m1", reference: "r3", method: .numberedLabel),
        Citation(marker: "m4", reference: "r 5/ü", method: .authorYear),
      ])
  }()

  /// A document with nothing in it but an id.
  public static let empty = Document(id: "empty", sourcePath: "empty.txt")

  /// A second article that cites the nasty document's first work (printed differently) and a
  /// work by DOI in upper case, so the corpus has shared nodes.
  public static let secondArticle = Document(
    id: "second", sourcePath: "second.txt",
    metadata: ArticleMetadata(title: "Second article", authors: [PersonName(family: "Roe", given: "R")], year: "2021"),
    references: [
      Reference(
        id: "r1", label: "1", raw: "Smith, J (2001) IL-6 Signalling. J X", kind: .journalArticle,
        authors: [PersonName(family: "Smith", given: "J")], title: "IL-6 Signalling.", container: "J X",
        year: "2001"),
      Reference(id: "r2", label: "2", raw: "doi:10.1234/abc DEF", doi: "https://doi.org/10.1234/ABC DEF"),
    ])
}
