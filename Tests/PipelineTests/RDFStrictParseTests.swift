import Export
import Foundation
import Testing
import TestSupport

/// Every `.nt` and `.ttl` written for the review as text and as JATS, and for the real JATS
/// articles in ../shared, parses with a strict parser (pyoxigraph), with the same triples in
/// both serialisations, and loads into one store with them all.
@Suite struct RDFStrictParse {
  @Test func everyDocumentsRDFParsesStrictlyAndLoadsTogether() throws {
    guard let python = try pythonWithOxigraph() else { return }
    let folder = try temporaryFolder(prefix: "citegraph-rdf-strict")
    defer { try? FileManager.default.removeItem(at: folder) }
    var names: [String] = []
    var perDocument: [String] = []
    for (index, name) in ClientCheckedDocuments.names.enumerated() {
      let rdf = RDFWriter().write([try ClientCheckedDocuments.document(name)])
      try Data(rdf.nTriples.utf8).write(to: folder.appendingPathComponent("doc\(index).nt"))
      try Data(rdf.turtle.utf8).write(to: folder.appendingPathComponent("doc\(index).ttl"))
      perDocument.append(rdf.nTriples)
      names.append("doc\(index)")
    }
    try Data(NTriplesWriter.merge(perDocument).utf8).write(to: folder.appendingPathComponent("corpus.nt"))
    let script = """
      import pyoxigraph as ox
      for name in \(names):
          nt = set(ox.parse(path=name + ".nt", format=ox.RdfFormat.N_TRIPLES))
          ttl = set(ox.parse(path=name + ".ttl", format=ox.RdfFormat.TURTLE))
          assert nt == ttl, (name, len(nt), len(ttl))
          print("PARSED", name, len(nt))
      store = ox.Store()
      store.load(path="corpus.nt", format=ox.RdfFormat.N_TRIPLES)
      articles = list(store.query("PREFIX cito: <http://purl.org/spar/cito/> SELECT DISTINCT ?a WHERE { ?a cito:cites ?w }"))
      print("ARTICLES", len(articles))
      """
    try Data(script.utf8).write(to: folder.appendingPathComponent("check.py"))
    let result = try runTool(python, ["check.py"], in: folder)
    #expect(result.status == 0, "python: \(result.output.suffix(3000))")
    let lines = result.output.split(separator: "\n")
    #expect(lines.filter { $0.hasPrefix("PARSED ") }.count == names.count)
    // The review as text and as JATS is one article (same DOI); each real article is another.
    #expect(lines.contains("ARTICLES \(names.count - 1)"), "\(result.output.suffix(500))")
  }
}
