import Export
import Extract
import Foundation
import Ingest
import Model
import Testing
import TestSupport

/// The review through every stage, as `citegraph run` does it.
func reviewDocument() throws -> (Document, [Diagnostic]) {
  var diagnostics: [Diagnostic] = []
  let ingested = try TextReader.read(
    Fixtures.bytes("text/il6-crosstalk-review.txt"), path: "il6-crosstalk-review.txt",
    diagnostics: &diagnostics)
  let document = Extractor().extract(ingested, diagnostics: &diagnostics)
  return (document, diagnostics)
}

@Suite struct ReviewPipeline {
  @Test func all47ReferencesAreParsed() throws {
    let (document, _) = try reviewDocument()
    #expect(document.references.count == 47)
    for reference in document.references {
      #expect(!reference.authors.isEmpty, "\(reference.id): no authors")
      #expect(reference.title != nil, "\(reference.id): no title")
      #expect(reference.container != nil, "\(reference.id): no journal")
      #expect(reference.year != nil, "\(reference.id): no year")
      #expect(reference.pages != nil, "\(reference.id): no pages")
    }
    let first = try #require(document.references.first)
    #expect(first.authors.map(\.displayName) == ["Gauldie, J", "Northemann, W", "Fey, GH"])
    #expect(first.pages == PageRange(first: "3804", last: "3808"))
  }

  @Test func everyCitationInTheBodyIsLinked() throws {
    let (document, diagnostics) = try reviewDocument()
    #expect(document.markers.allSatisfy { !$0.targets.isEmpty && $0.targets.count == $0.citedLabels.count })
    #expect(Set(document.citations.map(\.reference)) == Set(document.references.map(\.id)))
    #expect(!diagnostics.contains { $0.code.hasPrefix("extract.citation") || $0.code == "extract.reference.uncited" })
    let cited = document.markers.first { $0.label == "^{15–17}" }
    #expect(cited?.targets == ["r15", "r16", "r17"])
  }

  @Test func documentJSONRoundTrips() throws {
    let (document, _) = try reviewDocument()
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    let data = try encoder.encode(DocumentFile(document: document))
    let decoded = try JSONDecoder().decode(DocumentFile.self, from: data)
    #expect(decoded.document == document)
    #expect(decoded.schemaVersion == DocumentFile.currentSchemaVersion)
  }

  @Test func documentJSONAfterIngestAndExtractMatchGoldens() throws {
    var diagnostics: [Diagnostic] = []
    let ingested = try TextReader.read(
      Fixtures.bytes("text/il6-crosstalk-review.txt"), path: "il6-crosstalk-review.txt",
      diagnostics: &diagnostics)
    let extracted = Extractor().extract(ingested, diagnostics: &diagnostics)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
    func json(_ document: Document) throws -> String {
      String(decoding: try encoder.encode(DocumentFile(document: document)), as: UTF8.self) + "\n"
    }
    try expectGolden(json(ingested), named: "il6-crosstalk-review.ingested.json")
    try expectGolden(json(extracted), named: "il6-crosstalk-review.extracted.json")
  }

  @Test func il6ActivatesSTAT3WithItsReferences() throws {
    let (document, _) = try reviewDocument()
    let claims = document.claims.filter {
      $0.subject.grounding == "HGNC:6018" && $0.predicate == .activates
        && $0.object.grounding == "HGNC:11364"
    }
    #expect(claims.count >= 4)
    #expect(claims.contains { $0.evidence == ["r19"] })
    #expect(claims.contains { $0.evidence == ["r26"] })
    #expect(claims.allSatisfy { !$0.isNegated })
    let csv = ClaimsCSVWriter().write([document])
    #expect(csv.hasPrefix(
      "doc_id,claim_id,subject,subject_type,subject_id,predicate,polarity,object,object_type,object_id,negated,hedged,sentence_id,sentence,ref_labels\n"))
    #expect(csv.contains(",IL6,Gene,HGNC:6018,activates,+,STAT3,Gene,HGNC:11364,false,false,"))
    let entities = EntitiesCSVWriter().write([document])
    #expect(entities.hasPrefix("doc_id,entity_id,name,type,mentions,first_sentence_id\n"))
    #expect(entities.contains("il6-crosstalk-review,HGNC:6018,IL6,Gene,"))
  }

  @Test func exportsMatchGoldens() throws {
    let (document, _) = try reviewDocument()
    try expectGolden(ReferencesCSVWriter().write([document]), named: "il6-crosstalk-review.references.csv")
    try expectGolden(CitationsCSVWriter().write([document]), named: "il6-crosstalk-review.citations.csv")
    try expectGolden(ClaimsCSVWriter().write([document]), named: "il6-crosstalk-review.claims.csv")
    try expectGolden(EntitiesCSVWriter().write([document]), named: "il6-crosstalk-review.entities.csv")
    try expectGolden(BibTeXWriter().write([document]), named: "il6-crosstalk-review.bib")
  }
}
