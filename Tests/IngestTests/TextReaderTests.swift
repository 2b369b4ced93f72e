import Ingest
import Model
import Testing
import TestSupport

private func read(_ text: String, path: String = "t.txt") throws -> (Document, [Diagnostic]) {
  var diagnostics: [Diagnostic] = []
  let document = try TextReader.read(Array(text.utf8), path: path, diagnostics: &diagnostics)
  return (document, diagnostics)
}

private func sentences(_ document: Document) -> [Sentence] {
  document.sentencesWithSections.map(\.sentence)
}

@Suite struct ReviewFrontMatter {
  let document: Document

  init() throws {
    var diagnostics: [Diagnostic] = []
    document = try TextReader.read(
      Fixtures.bytes("text/il6-crosstalk-review.txt"), path: "il6-crosstalk-review.txt",
      diagnostics: &diagnostics)
  }

  @Test func titleAuthorsAndJournal() {
    let metadata = document.metadata
    #expect(metadata.title == "Molecular cross-talk of IL-6 in tumors and new progress in combined therapy")
    #expect(metadata.authors.map(\.displayName) == ["Song, Zuoqing", "Ren, Dian", "Xu, Xiaohong", "Wang, Yuxin"])
    #expect(metadata.journal == "Thoracic Cancer")
    #expect(metadata.volume == "9")
    #expect(metadata.year == "2018")
    #expect(metadata.pages == PageRange(first: "669", last: "675"))
    #expect(metadata.doi == "10.1111/1759-7714.12633")
  }

  @Test func affiliationsKeywordsAndDates() {
    let metadata = document.metadata
    #expect(metadata.affiliations.count == 3)
    #expect(metadata.affiliations.first == "Department of Lung Cancer Surgery, Tianjin Medical University General Hospital, Tianjin, China")
    #expect(metadata.keywords == ["Combined therapy", "cross-talk", "IL-6", "new progress", "tumor"])
    #expect(metadata.received == "2018-02-22")
    #expect(metadata.accepted == "2018-02-26")
  }

  @Test func affiliationSuperscriptsAreNotCitations() {
    #expect(document.markers.allSatisfy { $0.position?.line ?? 0 > 40 })
  }

  @Test func headingsAreFoundAndTidied() {
    let titles = document.sections.compactMap(\.title)
    #expect(titles.first == "Abstract")
    #expect(titles.contains("IL-6 and STAT-3"))
    #expect(titles.contains("IL-6 and NF-κB pathway"))
    #expect(titles.contains("IL6 and immunotherapy"))
    #expect(!titles.contains("References"))
  }

  @Test func referenceListHas47EntriesWithPageBreakJoined() throws {
    #expect(document.references.count == 47)
    let fourteen = try #require(document.references.dropFirst(13).first)
    #expect(fourteen.raw.hasPrefix("Xu H, Lai W, Zhang Y et al. Tumor-associated"))
    #expect(fourteen.raw.contains("LoVo cells induced by PRL-3"))
    #expect(fourteen.label == nil)
    #expect(document.references[14].label == "15")
    #expect(document.references[3].raw.hasPrefix("del Carmen Rodríguez M"))
    #expect(!document.references.contains { $0.raw.contains("*") })
  }

  @Test func pageBreakInsideParagraphIsJoined() {
    let text = sentences(document).map(\.plainText)
    #expect(text.contains { $0.hasPrefix("It is involved in humoral immune responses") })
    #expect(text.contains { $0.contains("dimethylation of R30 of the p65, which") })
  }

  @Test func markersAreTheCitationsOnly() {
    let labels = document.markers.map(\.label)
    // 47 references; ^{5,6}, ^{13,14}, ^{15–17}, ^{46,47} cite several, ²² is cited twice.
    #expect(labels.count == 43)
    #expect(labels.prefix(5) == ["¹", "²", "³", "⁴", "^{5,6}"])
    #expect(labels.contains("^{15–17}"))
    let fifteen = document.markers.first { $0.label == "^{15–17}" }
    #expect(fifteen?.citedLabels == ["15", "16", "17"])
    let numbers = Set(document.markers.flatMap(\.citedLabels))
    #expect(numbers == Set((1...47).map(String.init)))
  }

  @Test func namesWithDigitsStayText() {
    let text = sentences(document).map(\.plainText).joined(separator: " ")
    for name in ["H3R8", "H4R3", "p22", "CD133+", "Tyr705", "T790M", "A549", "IL-6", "Th2", "NOX4"] {
      #expect(text.contains(name), "\(name) should remain in the text")
    }
  }

  @Test func sentencesDoNotSplitAtEtAl() {
    let text = sentences(document).map(\.plainText)
    #expect(text.contains { $0.hasPrefix("Wei et al. found that PRMT5 catalyzes") })
    #expect(text.contains { $0.hasPrefix("Song et al. found high IL-6 expression levels") })
  }

  @Test func markerAfterFullStopStaysWithItsSentence() throws {
    let sentence = try #require(sentences(document).first { $0.markers.first?.label == "¹" })
    #expect(sentence.plainText.hasSuffix("elimination of pathogens from the body."))
  }

  @Test func greekLetterSpacingIsRepaired() {
    let text = sentences(document).map(\.plainText).joined(separator: " ")
    #expect(text.contains("NF-κB"))
    #expect(!text.contains("NF- κ B"))
  }
}

@Suite struct CitationMarkerStyles {
  @Test(arguments: [
    ("Tumors grow.¹² Next.", ["¹²"], [["12"]]),
    ("Tumors grow.¹⁻³ Next.", ["¹⁻³"], [["1", "2", "3"]]),
    ("Tumors grow.^{15–17} Next.", ["^{15–17}"], [["15", "16", "17"]]),
    ("Tumors grow<sup>4,5</sup>. Next.", ["<sup>4,5</sup>"], [["4", "5"]]),
    ("Tumors grow [3–5]. Next [1], [2,3].", ["[3–5]", "[1]", "[2,3]"], [["3", "4", "5"], ["1"], ["2", "3"]]),
    ("Tumors grow [1, 3-5].", ["[1, 3-5]"], [["1", "3", "4", "5"]]),
    ("As Smith et al. (2010, 2012) and Lee (2011) showed, tumors grow.", ["Smith et al. (2010, 2012)", "Lee (2011)"], [["Smith et al, 2010", "Smith et al, 2012"], ["Lee, 2011"]]),
    ("Tumors grow (Smith et al., 2010; Lee and Park 2011a).", ["(Smith et al., 2010; Lee and Park 2011a)"], [["Smith et al., 2010", "Lee and Park, 2011a"]]),
  ])
  func markerIsRecognised(text: String, labels: [String], cited: [[String]]) throws {
    let (document, _) = try read("Title of the paper here\n\nIntroduction\n\n\(text)\n")
    #expect(document.markers.map(\.label) == labels)
    #expect(document.markers.map(\.citedLabels) == cited)
  }

  @Test(arguments: [
    "Methylating histones H2A, H3R8, and H4R3 matters.",
    "The enzyme binds p22 and CD133+ cells at Tyr705.",
    "Cells were grown at 10⁶ per cm² in A549 lines.",
    "The values [a] and [n = 3] and (see Table 1) are not citations.",
    "Mutations such as T790M and IL-6 (2 mg) are text.",
  ])
  func noMarkerInNamesOrUnits(text: String) throws {
    let (document, _) = try read("Title of the paper here\n\nIntroduction\n\n\(text)\n")
    #expect(document.markers.isEmpty)
  }
}

@Suite struct SentenceSplitting {
  @Test(arguments: [
    ("Wei et al. found it. Then it rose.", 2),
    ("A value of 3.5 was seen, i.e. high. It rose.", 2),
    ("It was shown in Fig. 2 that it rose. Next.", 2),
    ("G. R. Stark showed it vs. controls. Next one.", 2),
    ("The first.¹ The second.^{2,3} The third.", 3),
  ])
  func sentenceCount(text: String, count: Int) throws {
    let (document, _) = try read("Title of the paper here\n\nIntroduction\n\n\(text)\n")
    #expect(sentences(document).count == count)
  }
}

@Suite struct BadTextInput {
  @Test func emptyFileIsAnError() {
    #expect(throws: IngestError.empty(path: "e.txt")) { _ = try read("\n  \n", path: "e.txt") }
  }

  @Test func binaryFileIsAnError() {
    var diagnostics: [Diagnostic] = []
    #expect(throws: IngestError.binary(path: "b.txt", line: 2)) {
      _ = try TextReader.read([0x41, 0x0A, 0x00, 0x01, 0x0A], path: "b.txt", diagnostics: &diagnostics)
    }
  }

  @Test func invalidUTF8IsAnErrorWithItsLine() {
    var diagnostics: [Diagnostic] = []
    #expect(throws: IngestError.invalidUTF8(path: "l.txt", line: 3)) {
      _ = try TextReader.read(Array("a\nb\nRodr".utf8) + [0xED, 0x67, 0x0A], path: "l.txt", diagnostics: &diagnostics)
    }
  }

  @Test func hugeLineIsAnError() {
    var diagnostics: [Diagnostic] = []
    let bytes = [UInt8](repeating: 0x61, count: 50 << 20)
    #expect(throws: IngestError.lineTooLong(path: "h.txt", line: 1, bytes: 50 << 20, limit: 1 << 20)) {
      _ = try TextReader.read(bytes, path: "h.txt", diagnostics: &diagnostics)
    }
  }

  @Test func errorMessageSaysWhatAndWhere() {
    let error = IngestError.invalidUTF8(path: "l.txt", line: 3)
    #expect(error.diagnostic.description == "l.txt:3: error: 'l.txt' is not valid UTF-8 at line 3; re-encode it as UTF-8 (e.g. iconv -f latin1 -t utf-8) [ingest.encoding]")
  }

  @Test func missingReferenceListIsReported() throws {
    let (_, diagnostics) = try read("Title of the paper here\n\nIntroduction\n\nText.\n", path: "n.txt")
    #expect(diagnostics.map(\.code) == ["ingest.text.no-references"])
  }
}

@Suite struct ReferenceListSplitting {
  @Test func numberedBracketedAndWrappedEntries() throws {
    let text = """
      Title of the paper here

      Introduction

      Text [1,2].

      References

      [1] Smith J, Jones K. A title that wraps
      over two lines. J Biol 2001; 3: 1-5.
      [2] Lee A. Another title. Nature 2002; 4: 6-9.
      """
    let (document, _) = try read(text)
    #expect(document.references.map(\.label) == ["1", "2"])
    #expect(document.references.first?.raw == "Smith J, Jones K. A title that wraps over two lines. J Biol 2001; 3: 1-5.")
    #expect(document.references.first?.position == SourcePosition(file: "t.txt", line: 9))
  }
}
