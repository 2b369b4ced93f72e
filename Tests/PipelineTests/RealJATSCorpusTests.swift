import Export
import Extract
import Foundation
import Ingest
import Model
import Testing
import TestSupport

/// Real articles written by others: those in `../shared/corpus-real/jats/` (never copied
/// here), the CC BY held-out articles committed in `Tests/Fixtures/claims/articles/`, and the
/// CC BY articles of other publishers in `Tests/Fixtures/jats/publishers/`.
enum RealJATS {
  static var folder: URL? {
    Fixtures.shared?.appendingPathComponent("corpus-real/jats")
  }

  static let committedFolder = Fixtures.root.appendingPathComponent("claims/articles")
  static let publishersFolder = Fixtures.root.appendingPathComponent("jats/publishers")

  /// Paths of every real article: the shared ones (when ../shared is there), then the
  /// committed ones.
  static var paths: [String] {
    [folder, committedFolder, publishersFolder].compactMap { $0 }.flatMap { folder in
      ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
        .filter { $0.hasSuffix(".xml") }.sorted()
        .map { folder.appendingPathComponent($0).path }
    }
  }

  /// What the file itself says, counted from its text without libxml2: `<ref>` elements,
  /// `<xref ref-type="bibr">` targets, and DOIs/PMIDs inside `<ref>`s.
  struct Expected {
    var refCount = 0
    var xrefTargets: Set<String> = []
    var refsWithDOI = 0
    var refsWithPMID = 0
  }

  static func expected(_ text: String) -> Expected {
    var expected = Expected()
    let refs = text.components(separatedBy: "<ref ").dropFirst() + text.components(separatedBy: "<ref>").dropFirst()
    expected.refCount = refs.count
    for ref in refs {
      let body = ref.components(separatedBy: "</ref>").first ?? ""
      if body.contains("pub-id-type=\"doi\"") || body.contains("doi.org/10.") { expected.refsWithDOI += 1 }
      if body.contains("pub-id-type=\"pmid\"") { expected.refsWithPMID += 1 }
    }
    for xref in text.components(separatedBy: "<xref ").dropFirst() {
      let tag = xref.components(separatedBy: ">").first ?? ""
      guard tag.contains("ref-type=\"bibr\""), let rid = tag.components(separatedBy: "rid=\"").dropFirst().first?
        .components(separatedBy: "\"").first
      else { continue }
      expected.xrefTargets.formUnion(rid.split(separator: " ").map(String.init))
    }
    return expected
  }
}

@Suite struct RealJATSArticles {
  @Test func sharedCorpusIsPresentOrSkipped() {
    if RealJATS.folder == nil {
      print("skipping the shared real JATS articles: ../shared/corpus-real/jats is absent (a fresh clone has none); the committed ones still run")
    }
    #expect(RealJATS.paths.count >= 7)
  }

  @Test(arguments: RealJATS.paths)
  func referencesCitationsAndIdentifiersComeThrough(_ path: String) throws {
    let name = URL(fileURLWithPath: path).lastPathComponent
    let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
    let expected = RealJATS.expected(String(decoding: bytes, as: UTF8.self))
    var diagnostics: [Diagnostic] = []
    let ingested = try JATSReader.read(bytes, path: name, diagnostics: &diagnostics)
    let document = Extractor().extract(ingested, diagnostics: &diagnostics)

    #expect(document.references.count == expected.refCount)
    let linked = Set(document.citations.map(\.reference.rawValue))
    #expect(expected.xrefTargets.subtracting(linked).isEmpty, "unlinked: \(expected.xrefTargets.subtracting(linked).sorted())")
    #expect(!diagnostics.contains { $0.code == "extract.citation.unresolved" })
    #expect(document.references.filter { $0.doi != nil }.count >= expected.refsWithDOI)
    #expect(document.references.filter { $0.pmid != nil }.count == expected.refsWithPMID)
    #expect(document.metadata.title?.isEmpty == false)
    #expect(!document.metadata.authors.isEmpty)
    let sentences = document.sentencesWithSections.map(\.sentence.plainText)
    #expect(!sentences.contains { $0.contains("<") && $0.contains("mml:") })
    // Ranges are expanded: no marker cites fewer references than its numbers say.
    for marker in document.markers {
      if let numbers = numbersIn(marker.label), numbers > 1 {
        #expect(marker.targets.count >= numbers, "\(marker.label) → \(marker.targets)")
      }
    }
  }

  @Test(arguments: RealJATS.paths)
  func exportsPassTheirReadersChecks(_ path: String) throws {
    let name = URL(fileURLWithPath: path).lastPathComponent
    var diagnostics: [Diagnostic] = []
    let document = Extractor().extract(
      try JATSReader.read([UInt8](try Data(contentsOf: URL(fileURLWithPath: path))), path: name, diagnostics: &diagnostics),
      diagnostics: &diagnostics)
    let bib = BibTeXWriter().write([document])
    #expect(bib.allSatisfy { $0.isASCII })
    // One entry for the article and one per reference (a `@preamble` is no entry).
    let entries = bib.components(separatedBy: "\n@").filter { !$0.hasPrefix("@preamble") && !$0.hasPrefix("preamble") }
    #expect(entries.count == document.references.count + 1)
    let csv = ReferencesCSVWriter().write([document])
    #expect(csv.split(separator: "\n").count >= document.references.count + 1)
  }
}

/// How many numbers a numeric label such as `[2–4]` or `1,5` names; `nil` for other labels.
private func numbersIn(_ label: String) -> Int? {
  let inner = label.trimmingCharacters(in: CharacterSet(charactersIn: "[]() "))
  guard !inner.isEmpty, inner.allSatisfy({ $0.isNumber || ",–- ".contains($0) }) else { return nil }
  var count = 0
  for part in inner.split(separator: ",") {
    let bounds = part.split(whereSeparator: { "–-".contains($0) }).compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
    if bounds.count == 2, bounds[1] > bounds[0] { count += bounds[1] - bounds[0] + 1 } else { count += 1 }
  }
  return count
}
