import Export
import Model
import Testing

@Suite struct CSVOutput {
  @Test func fieldsWithCommasQuotesAndNewlinesAreQuoted() {
    let reference = Reference(
      id: "r1", label: "1", raw: "Smith J, \"Quoted\" title.\nNext", kind: .journalArticle,
      authors: [PersonName(family: "Smith", given: "J"), PersonName(family: "Lee", given: "K")],
      title: "A, B", year: "2001", pages: PageRange(first: "e0119980"))
    let text = ReferencesCSVWriter().write(references: [reference], documentID: "d")
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.first == "doc_id,ref_id,label,bibtex_key,type,authors,et_al,title,container,year,volume,issue,first_page,last_page,doi,pmid,raw")
    #expect(text.hasSuffix("\"Smith J, \"\"Quoted\"\" title.\nNext\"\n"))
    #expect(lines[1].hasPrefix("d,r1,1,smith2001b,journalArticle,\"Smith, J; Lee, K\",false,\"A, B\",,2001,,,e0119980,,,,"))
  }

  @Test func fieldsWithWhiteSpaceAtEitherEndAreQuoted() {
    // ASCII and non-ASCII white space (no-break space, thin space) at an end keep their quotes,
    // so a spreadsheet does not trim them; inner white space and accents need none.
    let titles = [" leading", "trailing\t", "\u{00A0}no-break", "thin\u{2009}", "in ner", "Rodríguez"]
    let references = titles.enumerated().map { index, title in
      Reference(id: ReferenceID("r\(index)"), raw: "x", title: title)
    }
    let rows = ReferencesCSVWriter().write(references: references, documentID: "d")
      .split(separator: "\n").dropFirst()
    let titleFields = rows.map { $0.split(separator: ",", omittingEmptySubsequences: false)[7] }
    #expect(titleFields == [
      "\" leading\"", "\"trailing\t\"", "\"\u{00A0}no-break\"", "\"thin\u{2009}\"", "in ner", "Rodríguez",
    ])
  }

  @Test func citationRowsPerTargetAndForUnresolvedMarkers() {
    let linked = CitationMarker(id: "m1", label: "^{1,2}", citedLabels: ["1", "2"], targets: ["r1", "r2"])
    let dangling = CitationMarker(id: "m2", label: "⁹", citedLabels: ["9"])
    let sentence = Sentence(id: "s1", content: [.text("IL-6 acts, "), .emphasis([.text("in vivo")]), .text("."), .citation(linked), .citation(dangling)])
    let document = Document(
      id: "d", sourcePath: "d.txt",
      sections: [Section(title: "Intro", paragraphs: [Paragraph(sentences: [sentence])])],
      references: [Reference(id: "r1", label: "1", raw: "A"), Reference(id: "r2", label: "2", raw: "B")])
    #expect(CitationsCSVWriter().write([document]) == """
      doc_id,citation_id,ref_id,label,marker,section,sentence_id,sentence
      d,c1,r1,1,"^{1,2}",Intro,s1,"IL-6 acts, in vivo."
      d,c1,r2,2,"^{1,2}",Intro,s1,"IL-6 acts, in vivo."
      d,c2,,9,⁹,Intro,s1,"IL-6 acts, in vivo."

      """)
  }
}
