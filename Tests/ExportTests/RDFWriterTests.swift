@testable import Export
import Model
import Testing
import TestSupport

/// Checks one N-Triples line against the grammar: `<iri> <iri> (<iri> | "literal"(^^<iri>)?) .`
/// with IRIs free of excluded characters and literals free of raw quotes, backslashes (other
/// than escapes), line breaks and control characters. Returns what is wrong, or `nil`.
private func problem(in line: Substring) -> String? {
  var rest = line[...]
  func iri() -> String? {
    guard rest.first == "<", let end = rest.firstIndex(of: ">") else { return "expected <iri>" }
    let text = String(rest[rest.index(after: rest.startIndex)..<end])
    rest = rest[rest.index(after: end)...]
    return IRIEncoding.isValid(text) ? nil : "invalid IRI <\(text)>"
  }
  func space() -> String? {
    guard rest.first == " " else { return "expected a space" }
    rest = rest.dropFirst()
    return nil
  }
  if let error = iri() ?? space() ?? iri() ?? space() { return error }
  if rest.first == "\"" {
    rest = rest.dropFirst()
    var closed = false
    while let character = rest.first {
      rest = rest.dropFirst()
      if character == "\"" {
        closed = true
        break
      }
      if character == "\\" {
        guard let escaped = rest.first else { return "dangling backslash" }
        rest = rest.dropFirst()
        if escaped == "u" {
          guard rest.prefix(4).count == 4, rest.prefix(4).allSatisfy(\.isHexDigit) else { return "bad \\u" }
          rest = rest.dropFirst(4)
        } else if !"btnfr\"'\\".contains(escaped) {
          return "bad escape \\\(escaped)"
        }
        continue
      }
      if character.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
        return "raw control character in a literal"
      }
    }
    guard closed else { return "unterminated literal" }
    if rest.hasPrefix("^^") {
      rest = rest.dropFirst(2)
      if let error = iri() { return error }
    }
  } else if let error = iri() {
    return error
  }
  return rest == " ." ? nil : "expected ' .' at the end, found '\(rest)'"
}

@Suite struct RDFEscaping {
  @Test(arguments: [
    ("plain", "\"plain\""),
    ("say \"hi\"", "\"say \\\"hi\\\"\""),
    ("a\\b", "\"a\\\\b\""),
    ("line\nbreak\r\n", "\"line\\nbreak\\r\\n\""),
    ("\t\u{8}\u{C}", "\"\\t\\b\\f\""),
    ("\u{0}\u{1}\u{1F}\u{7F}", "\"\\u0000\\u0001\\u001F\\u007F\""),
    ("𝛼 🧬 é κ", "\"𝛼 🧬 é κ\""),
    ("'<>{}|^`", "\"'<>{}|^`\""),
    ("", "\"\""),
  ])
  func literalsAreEscapedCanonically(_ input: String, _ expected: String) {
    #expect(LiteralEscaping.quoted(input) == expected)
  }

  @Test(arguments: [
    ("r1", "r1"),
    ("weird doc ü #1", "weird%20doc%20%C3%BC%20%231"),
    ("a/b?c", "a%2Fb%3Fc"),
    ("🧬", "%F0%9F%A7%AC"),
    ("50%", "50%25"),
    ("-._~", "-._~"),
  ])
  func pathSegmentsArePercentEncoded(_ input: String, _ expected: String) {
    #expect(IRIEncoding.segment(input) == expected)
  }

  @Test func doiPathsKeepSlashesAndEncodeTheRest() {
    #expect(IRIEncoding.doiPath("10.1111/1759-7714.12633") == "10.1111/1759-7714.12633")
    #expect(IRIEncoding.doiPath("10.1002/(sici)1097-4636:2<3::aid>") == "10.1002/(sici)1097-4636:2%3C3::aid%3E")
    #expect(
      IRIEncoding.doiPath(NastyDocuments.nastyDOI)
        == "10.1000/a%3Cb%3E%22c%7Bd%7D%7Ce%20f%5Cg%5Eh%60%23%3F%25i")
  }

  @Test(arguments: [
    ("https://doi.org/10.1/x", true), ("urn:isbn:123", true), ("https://x.org/ü", true),
    ("https://x.org/a b", false), ("https://x.org/<a>", false), ("relative/path", false),
    ("https://x.org/%zz", false), ("https://x.org/%4", false), (":nope", false),
    ("1http://x", false), ("https://x.org/\u{7F}", false), ("https://x.org/a\"b", false),
  ])
  func iriValidity(_ iri: String, _ isValid: Bool) {
    #expect(IRIEncoding.isValid(iri) == isValid)
  }

  @Test func baseIRIMustBeAbsoluteAndEndInSlashOrHash() {
    #expect(RDFBaseIRI("https://example.org/graph/")?.description == "https://example.org/graph/")
    #expect(RDFBaseIRI("https://example.org/ns#") != nil)
    #expect(RDFBaseIRI("https://example.org/graph") == nil)
    #expect(RDFBaseIRI("example/") == nil)
    #expect(RDFBaseIRI("https://exa mple.org/") == nil)
    #expect(RDFBaseIRI.standard.description == "https://w3id.org/citegraph/")
  }

  @Test func doisAreNormalisedOrRejected() {
    #expect(RDFIRIMinter.normalisedDOI(" DOI:10.1234/ABC def ") == "10.1234/abc def")
    #expect(RDFIRIMinter.normalisedDOI("https://doi.org/10.1234/X") == "10.1234/x")
    #expect(RDFIRIMinter.normalisedDOI("http://dx.doi.org/10.1234/X") == "10.1234/x")
    #expect(RDFIRIMinter.normalisedDOI("not-a-doi") == nil)
    #expect(RDFIRIMinter.normalisedDOI("10.1234/") == nil)
    #expect(RDFIRIMinter.normalisedDOI("10./x") == nil)
    #expect(RDFIRIMinter.normalisedDOI(nil) == nil)
  }

  @Test func fingerprintIgnoresCaseAccentsPunctuationAndSpacing() {
    let a = WorkFingerprint(
      authors: [PersonName(family: "Rodríguez")], year: "2004", title: "IL-6 deficiency: a study!")
    let b = WorkFingerprint(
      authors: [PersonName(family: "RODRIGUEZ", given: "M")], year: " 2004 ",
      title: "IL-6  Deficiency — a Study")
    #expect(a != nil && a == b)
    #expect(a?.slug.hasPrefix("rodriguez-2004-il-6-deficiency-a-study-") == true)
    let other = WorkFingerprint(
      authors: [PersonName(family: "Rodríguez")], year: "2005", title: "IL-6 deficiency: a study!")
    #expect(other != a)
    #expect(WorkFingerprint(authors: [], year: "2001", title: nil) == nil)
    #expect(WorkFingerprint(authors: [], year: nil, title: "𝛼 κ")?.slug.hasPrefix("u1d6fc-u3ba-") == true)
  }
}

@Suite struct RDFWriter {
  private let documents = [NastyDocuments.document, NastyDocuments.empty, NastyDocuments.secondArticle]

  @Test func everyNTriplesLineIsWellFormedWhateverTheInput() {
    let text = NTriplesWriter().write(documents)
    #expect(text.hasSuffix(" .\n"))
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
    #expect(lines.count > 50)
    for line in lines {
      let error = problem(in: line)
      #expect(error == nil, "\(error ?? ""): \(line)")
    }
    #expect(!text.contains("_:"), "no blank nodes")
  }

  @Test func nastyLiteralsRoundTripThroughTheEscapes() {
    let text = NTriplesWriter().write([NastyDocuments.document])
    #expect(text.contains(
      "\"He said \\\"IL-6\\\" \\\\ backslash\\nnew line\\r\\ttab \\u0000nul \\bbs \\fff \\u001Fus \\u007Fdel 𝛼-helix 🧬 e\u{301} \u{2028}ls \u{FEFF}bom ' < > & { } | ^ ` end\""))
  }

  @Test func nastyDOIsBecomeValidDOIIRIsAndBadOnesFallBack() {
    let text = NTriplesWriter().write(documents)
    #expect(text.contains("<https://doi.org/10.1000/a%3Cb%3E%22c%7Bd%7D%7Ce%20f%5Cg%5Eh%60%23%3F%25i> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://purl.org/spar/fabio/JournalArticle> ."))
    #expect(text.contains("<https://doi.org/10.1234/abc%20def> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://purl.org/spar/fabio/Book> ."))
    #expect(text.contains("<https://w3id.org/citegraph/work/lee-2003-title-"))
    #expect(text.contains("<http://prismstandard.org/namespaces/basic/2.0/doi> \"not-a-doi\" ."))
    #expect(!text.contains("http://x.org/a b"), "an invalid URL is left out")
  }

  @Test func theSameWorkCitedTwiceOrByTwoArticlesIsOneNode() {
    let builder = RDFGraphBuilder(base: .standard)
    let first = builder.iris.work(NastyDocuments.document.references[0])
    let second = builder.iris.work(NastyDocuments.document.references[1])
    let elsewhere = builder.iris.work(NastyDocuments.secondArticle.references[0])
    #expect(first == second)
    #expect(first == elsewhere)
    let doiWork = builder.iris.work(NastyDocuments.secondArticle.references[1])
    #expect(doiWork == builder.iris.work(NastyDocuments.document.references[2]))
    let text = NTriplesWriter().write([NastyDocuments.document])
    let cites = text.split(separator: "\n").filter { $0.contains("<http://purl.org/spar/cito/cites>") }
    #expect(cites.count == 4, "r1 and r2 are one work: \(cites)")
  }

  @Test func markersPointingNowhereGetAPointerWithoutDenotes() {
    let text = NTriplesWriter().write([NastyDocuments.document])
    let base = "https://w3id.org/citegraph/doc/weird%20doc%20%C3%BC%20%231/"
    #expect(text.contains("<\(base)citation/m%203> <http://purl.org/spar/c4o/hasContext> <\(base)sentence/s2> ."))
    #expect(!text.contains("citation/m%203> <http://purl.org/spar/c4o/denotes>"))
    #expect(text.contains("<\(base)citation/m2> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"), "r99 is not a reference")
    #expect(!text.contains("reference/r99"))
    #expect(text.contains("<\(base)citation/m4/r%205%2F%C3%BC> <http://purl.org/spar/c4o/denotes> <\(base)reference/r%205%2F%C3%BC> ."))
    #expect(text.contains("<\(base)citation/m4/r%205%2F%C3%BC> <https://w3id.org/citegraph/ns#linkMethod> \"authorYear\" ."))
  }

  @Test func invalidDatesAreNotTypedAsDates() {
    let text = NTriplesWriter().write([NastyDocuments.document])
    #expect(text.contains("<http://purl.org/dc/terms/dateSubmitted> \"2020-02-30\" ."))
    #expect(text.contains("<http://purl.org/dc/terms/dateAccepted> \"2020-01-31\"^^<http://www.w3.org/2001/XMLSchema#date> ."))
    #expect(text.contains("<http://purl.org/spar/fabio/hasPublicationYear> \"2001a\" ."))
  }

  @Test func outputIsDeterministicAndTheBaseIRIIsUsed() throws {
    #expect(NTriplesWriter().write(documents) == NTriplesWriter().write(documents))
    #expect(TurtleWriter().write(documents) == TurtleWriter().write(documents))
    let base = try #require(RDFBaseIRI("https://example.org/kg/"))
    let text = NTriplesWriter(baseIRI: base).write([NastyDocuments.secondArticle])
    #expect(text.contains("<https://example.org/kg/work/roe-2021-second-article-"))
    #expect(!text.contains("w3id.org/citegraph/work"))
  }

  @Test func mergeKeepsOrderAndDropsRepeatedLines() {
    let first = NTriplesWriter().write([NastyDocuments.document])
    let second = NTriplesWriter().write([NastyDocuments.secondArticle])
    let merged = NTriplesWriter.merge([first, second])
    #expect(merged.hasPrefix(first))
    #expect(merged == NTriplesWriter().write([NastyDocuments.document, NastyDocuments.secondArticle]))
    #expect(NTriplesWriter.merge([]) == "")
  }

  @Test func turtleDeclaresPrefixesAndGroupsBySubject() {
    let text = TurtleWriter().write([NastyDocuments.secondArticle])
    #expect(text.hasPrefix("@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .\n"))
    #expect(text.contains("\n  a fabio:JournalArticle ;\n"))
    #expect(text.contains("  cito:cites\n    <https://w3id.org/citegraph/work/smith-2001-il-6-signalling-"))
    #expect(text.hasSuffix(" .\n"))
  }
}
