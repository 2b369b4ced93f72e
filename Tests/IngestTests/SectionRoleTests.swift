import Ingest
import Model
import Testing
import TestSupport

@Suite struct SectionRoleNames {
  @Test(arguments: [
    ("Methods", SectionRole.methods), ("2. Materials and Methods", .methods),
    ("Materials & methods", .methods), ("STAR★Methods", .methods),
    ("EXPERIMENTAL PROCEDURES", .methods), ("Patients and methods:", .methods),
    ("Acknowledgements", .backMatter), ("Authors’ contributions", .backMatter),
    ("5. Conflict of interest", .backMatter), ("Data availability statement", .backMatter),
  ])
  func headingNamesItsRole(heading: String, role: SectionRole) {
    #expect(SectionRole(heading: heading) == role)
  }

  @Test(arguments: ["Results", "Discussion", "A new method to map IL-6 signalling", "Methods of STAT3 inhibition in tumours", "Figures and Tables"])
  func otherHeadingsHaveNoRole(heading: String) {
    #expect(SectionRole(heading: heading) == nil)
  }

  @Test func secTypeNamesItsRole() {
    #expect(SectionRole(secType: "materials|methods") == .methods)
    #expect(SectionRole(secType: "methods") == .methods)
    #expect(SectionRole(secType: "additional-information") == .backMatter)
    #expect(SectionRole(secType: "supplementary-material") == .backMatter)
    #expect(SectionRole(secType: "results") == nil)
  }
}

@Suite struct SectionRolesOfRealArticles {
  private func roles(_ name: String) throws -> [String: (role: SectionRole?, title: String?)] {
    var diagnostics: [Diagnostic] = []
    let document = try JATSReader.read(
      Fixtures.bytes("claims/articles/\(name)"), path: name, diagnostics: &diagnostics)
    var result: [String: (role: SectionRole?, title: String?)] = [:]
    for entry in document.sentencesWithSections {
      result[entry.sentence.plainText] = (entry.role, entry.sectionTitle)
    }
    return result
  }

  /// PLOS ONE places figures where they are first cited, here inside Materials and Methods
  /// (`sec-type="materials|methods"`): the methods are methods, the captions are not.
  @Test func methodsSubsectionsAreMethodsButFigureCaptionsPlacedThereAreNot() throws {
    let roles = try roles("PMC3441633.xml")
    let pulldown = try #require(roles["The reaction was stopped with 20 mM MgCl2 and kept on ice."])
    #expect(pulldown.role == .methods)
    #expect(pulldown.title == "In vitro pulldowns")
    let caption = try #require(roles["Figure 6 Nucleotide free Ras inhibits PI3KC2β activity."])
    #expect(caption.role == nil)
    #expect(caption.title == "Protein purification")
    #expect(roles.values.contains { $0.role == .backMatter && $0.title == "Acknowledgments" })
  }

  /// A structured abstract's "Methods" paragraph summarises the study; the body's Methods are
  /// methods, and the back's `<ack>` and competing-interests notes are back matter.
  @Test func theAbstractsMethodsParagraphIsNotMethods() throws {
    let roles = try roles("PMC1289294.xml")
    let abstract = try #require(roles["Proliferation was measured by quantitating melanoma cell numbers with a luciferase for ATP."])
    #expect(abstract.title == "Methods")
    #expect(abstract.role == nil)
    let reagents = try #require(roles["Rapamycin (R-5000) was purchased from LC Laboratories and a stock solution was made in DMSO."])
    #expect(reagents.role == .methods)
    #expect(roles.values.contains { $0.role == .backMatter && $0.title == "Competing interests" })
  }
}

@Suite struct SectionRolesOfPlainText {
  private func roles(_ headings: [String]) throws -> [SectionRole?] {
    let body = headings.map { "\($0)\n\nIL-6 activates STAT3 in tumour cells." }.joined(separator: "\n\n")
    let text = "A review of IL-6\n\nAbstract\n\nIL-6 is a cytokine.\n\n\(body)\n\nReferences\n\n1. Smith J. A paper. J Biol. 2001;1:1-2.\n"
    var diagnostics: [Diagnostic] = []
    let document = try TextReader.read(Array(text.utf8), path: "t.txt", diagnostics: &diagnostics)
    return document.sections.filter { headings.contains($0.title ?? "") }.map(\.role)
  }

  @Test func methodsRunOnThroughTheirSubheadingsUntilResults() throws {
    #expect(
      try roles(["Introduction", "Methods", "Cell culture", "Results", "Acknowledgements", "Funding"])
        == [nil, .methods, .methods, nil, .backMatter, .backMatter])
  }

  @Test func aNewTopLevelNumberEndsTheMethods() throws {
    #expect(
      try roles(["1. Introduction", "2. Materials and methods", "2.1 Cell culture", "3. STAT3 is activated"])
        == [nil, .methods, .methods, nil])
  }
}
