import Export
import Model
import Testing

private func bib(_ reference: Reference) -> String {
  BibTeXWriter().write(references: [reference])
}

@Suite struct BibTeXEntries {
  let gauldie = Reference(
    id: "r1", raw: "…", kind: .journalArticle,
    authors: [PersonName(family: "Gauldie", given: "J"), PersonName(family: "Northemann", given: "W"), PersonName(family: "Fey", given: "GH")],
    title: "IL-6 functions as an exocrine hormone in inflammation", container: "J Immunol",
    year: "1990", volume: "144", pages: PageRange(first: "3804", last: "3808"))

  @Test func journalArticleEntry() {
    #expect(bib(gauldie) == """
      @article{gauldie1990il6,
        author = {Gauldie, J. and Northemann, W. and Fey, G. H.},
        title = {{IL-6} functions as an exocrine hormone in inflammation},
        journal = {J Immunol},
        year = {1990},
        volume = {144},
        pages = {3804--3808}
      }

      """)
  }

  @Test func aBooksEditionIsItsOwnField() {
    var book = Reference(
      id: "r2", raw: "…", kind: .book, authors: [PersonName(family: "Gibson", given: "R.S.")],
      title: "Principles of Nutritional Assessment", year: "2005", publisher: "Oxford University Press")
    book.edition = "2nd"
    #expect(bib(book).contains("  edition = {2nd},\n"))
  }

  @Test func unicodeNamesBecomeLaTeX() {
    var reference = gauldie
    reference.authors = [
      PersonName(family: "del Carmen Rodríguez", given: "M"), PersonName(family: "Højfeldt", given: "G"),
      PersonName(family: "Völlenkle", given: "C"),
    ]
    reference.hasEtAl = true
    #expect(bib(reference).contains(#"author = {{del Carmen Rodr{\'\i}guez}, M. and H{\o}jfeldt, G. and V{\"o}llenkle, C. and others}"#))
  }

  @Test func generationalSuffixesTakeBibTeXsJrPlace() {
    var reference = gauldie
    reference.authors = [
      PersonName(family: "Patrick", given: "Christopher Jr."), PersonName(family: "Carraway", given: "KL 3rd"),
      PersonName(family: "Gregory", given: "J.F. III."),
    ]
    #expect(bib(reference).contains("author = {Patrick, Jr., Christopher and Carraway, 3rd, K. L. and Gregory, III, J.F.}"))
  }

  @Test func aLongGroupAuthorGivesAShortKey() {
    var reference = gauldie
    reference.authors = [PersonName(family: "Department of Health Scottish Office Home and Health Department")]
    reference.year = "1992"
    reference.title = "Report from an Expert Advisory Group"
    #expect(bib(reference).hasPrefix("@article{departmenthealthscottish1992report,"))
  }

  @Test func aYearSuffixIsDroppedAndAYearThatIsNoNumberIsANote() {
    var reference = gauldie
    reference.year = "1990b"
    #expect(bib(reference).contains("year = {1990},"))
    reference.year = "in press"
    #expect(!bib(reference).contains("year ="))
    #expect(bib(reference).contains("note = {in press}"))
  }

  @Test func controlCharactersAreLeftOutAndSpanishPunctuationHasItsCommands() {
    var reference = gauldie
    reference.title = "\u{0C}¿Qué es la interleucina\u{7F}? n.º 6"
    let entry = bib(reference)
    #expect(entry.contains(#"title = {{{\textquestiondown}Qu{\'e}} es la interleucina? {n.{\textordmasculine}} 6}"#))
  }

  @Test func titleAcronymsGreekAndSpecialCharactersAreProtected() {
    var reference = gauldie
    reference.title = "STAT3 and NF-κB: 50% of p53 & TNF-α_1 in #1 {x}"
    #expect(bib(reference).contains(##"title = {{STAT3} and {NF-$\kappa$B:} 50\% of {p53} \& {TNF-$\alpha$\_1} in \#1 \{x\}}"##))
  }

  @Test func clashingKeysGetLetterSuffixesInListOrder() {
    var second = gauldie
    second.id = "r2"
    let text = BibTeXWriter().write(references: [gauldie, second])
    #expect(text.contains("@article{gauldie1990il6a,"))
    #expect(text.contains("@article{gauldie1990il6b,"))
  }

  @Test func entryMissingRequiredFieldsIsMisc() {
    let reference = Reference(id: "r1", raw: "x", kind: .journalArticle, authors: [PersonName(family: "Wolf", given: "M. M.")], container: "Phys. Rev. Lett.", year: "2006", volume: "96", pages: PageRange(first: "010404"))
    #expect(bib(reference).hasPrefix("@misc{wolf2006phys,"))
  }

  @Test func doiAndPubMedIdentifiers() {
    var reference = gauldie
    reference.doi = "10.1000/a_b%c"
    reference.pmid = "2341771"
    let text = bib(reference)
    #expect(text.contains(#"doi = {10.1000/a\_b\%c}"#))
    #expect(text.contains("eprint = {2341771}"))
    #expect(text.contains("eprinttype = {pubmed}"))
  }
}
