import Foundation
import Testing
import TestSupport

/// `citegraph run` writes `<doc-id>.nt`, `<doc-id>.ttl` and `corpus.nt`; `--base-iri` is checked.
@Suite struct RDFCommandLine {
  private static let citegraph: URL? = {
    let candidates = [
      URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
      Bundle.main.bundleURL.deletingLastPathComponent(),
    ].map { $0.appendingPathComponent("citegraph") }
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
  }()

  private func run(_ arguments: [String], in folder: URL) throws -> Int32 {
    let process = Process()
    process.executableURL = try #require(Self.citegraph)
    process.arguments = arguments
    process.currentDirectoryURL = folder
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    return process.terminationStatus
  }

  @Test func runWritesPerDocumentRDFAndTheCorpusInInputOrder() throws {
    guard Self.citegraph != nil else {
      print("skipping: no citegraph executable beside the test bundle")
      return
    }
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("citegraph-rdf-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("in"), withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let review = try Fixtures.bytes("text/il6-crosstalk-review.txt")
    try Data(review).write(to: folder.appendingPathComponent("in/a.txt"))
    try Data(review).write(to: folder.appendingPathComponent("in/b.txt"))
    #expect(try run(["run", "--jobs", "2", "--base-iri", "https://example.org/kg/", "--out", "out", "in"], in: folder) == 0)
    func text(_ path: String) throws -> String {
      try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)
    }
    let a = try text("out/a/a.nt"), b = try text("out/b/b.nt")
    #expect(try text("out/a/a.ttl").contains("@prefix cito: <http://purl.org/spar/cito/> ."))
    #expect(a.contains("<https://example.org/kg/doc/a/sentence/s15>"))
    let corpus = try text("out/corpus.nt")
    #expect(corpus.hasPrefix(a), "the first document's triples come first")
    let works = corpus.split(separator: "\n").filter { $0.contains("<http://purl.org/spar/cito/cites>") }
    #expect(works.count == 47, "both copies cite the same 47 works, each once")
    #expect(corpus.split(separator: "\n").count < a.split(separator: "\n").count + b.split(separator: "\n").count)
    #expect(try run(["run", "--base-iri", "not an iri", "--out", "out", "in"], in: folder) == 64)
    #expect(try run(["run", "--base-iri", "https://example.org/no-slash", "--out", "out", "in"], in: folder) == 64)
  }
}
