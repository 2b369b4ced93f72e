import ArgumentParser
import Export
import Foundation
import Ingest
import Model

/// `citegraph run`: every stage, every document, in one process.
struct Run: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Read articles and write references.csv, citations.csv and <doc-id>.bib per document.",
    discussion: """
      Each document also gets <doc-id>.nt and <doc-id>.ttl (RDF), and DIR/corpus.nt holds the \
      N-Triples of every document of the run, in input order.
      """)

  @Option(name: .long, help: "Output folder; each document gets DIR/<doc-id>/.")
  var out = "out"

  @Option(name: .long, help: "Documents processed at once (output is the same for any value).")
  var jobs = ProcessInfo.processInfo.activeProcessorCount

  @Option(name: .long, help: "Namespace for minted IRIs (works without a DOI, document parts).")
  var baseIRI: RDFBaseIRI = .standard

  @Option(
    name: .long,
    help: "Outputs to write, comma-separated: csv, bibtex, rdf (default: all).",
    transform: ExportFormat.list)
  var formats: Set<ExportFormat> = Set(ExportFormat.allCases)

  @Flag(name: .long, help: "Exit 1 if any warning was reported.")
  var strict = false

  /// For `make bench`: skip entity recognition and claims to time them apart.
  @Flag(name: .long, help: .hidden)
  var noEntities = false

  @Argument(help: "Article files (.txt, .md; .xml, .nxml) or folders searched recursively.")
  var inputs: [String]

  func validate() throws {
    guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
  }

  func run() async throws {
    let files = try Pipeline.inputFiles(inputs)
    let results = await Self.process(
      files, jobs: jobs, baseIRI: baseIRI, formats: formats, entitiesAndClaims: !noEntities)
    var corpus: [String] = []
    var failed = false
    var warned = false
    var seen: [String: String] = [:]
    for (file, result) in zip(files, results) {
      Output.report(result.diagnostics)
      warned = warned || result.diagnostics.contains { $0.severity != .note }
      guard let outputs = result.outputs, let id = result.documentID else {
        failed = true
        continue
      }
      if let first = seen[id] {
        Output.report([Diagnostic(.error, code: "cli.duplicate-id",
          message: "document id '\(id)' is also the id of \(first); skipped",
          position: SourcePosition(file: file, line: 1))])
        failed = true
        continue
      }
      seen[id] = file
      do {
        for (name, text) in outputs {
          try Output.write(text, to: "\(out)/\(id)/\(name)")
          if name == "\(id).nt" { corpus.append(text) }
        }
      } catch {
        Output.report([Diagnostic(.error, code: "cli.write", message: "\(error)",
          position: SourcePosition(file: file, line: 1))])
        failed = true
      }
    }
    do {
      if formats.contains(.rdf) {
        try Output.write(NTriplesWriter.merge(corpus), to: "\(out)/corpus.nt")
      }
    } catch {
      Output.report([Diagnostic(.error, code: "cli.write", message: "\(error)")])
      failed = true
    }
    if failed || (strict && warned) { throw ExitCode(1) }
  }

  struct Result: Sendable {
    var documentID: String?
    var outputs: [(String, String)]?
    var diagnostics: [Diagnostic]
  }

  /// Processes files with at most `jobs` at once; results come back in input order.
  static func process(
    _ files: [String], jobs: Int, baseIRI: RDFBaseIRI, formats: Set<ExportFormat>,
    entitiesAndClaims: Bool = true
  ) async -> [Result] {
    await withTaskGroup(of: (Int, Result).self) { group in
      var results = [Result?](repeating: nil, count: files.count)
      var next = 0
      func start() {
        guard next < files.count else { return }
        let index = next
        let file = files[index]
        next += 1
        group.addTask {
          (index, processOne(
            file, baseIRI: baseIRI, formats: formats, entitiesAndClaims: entitiesAndClaims))
        }
      }
      for _ in 0..<min(jobs, files.count) { start() }
      while let (index, result) = await group.next() {
        results[index] = result
        start()
      }
      return results.map { $0 ?? Result(diagnostics: []) }
    }
  }

  static func processOne(
    _ file: String, baseIRI: RDFBaseIRI, formats: Set<ExportFormat>, entitiesAndClaims: Bool = true
  ) -> Result {
    var diagnostics: [Diagnostic] = []
    do {
      let document = try Pipeline.ingest(path: file, diagnostics: &diagnostics)
      let extracted = Pipeline.extract(
        document, entitiesAndClaims: entitiesAndClaims, diagnostics: &diagnostics)
      let outputs = Pipeline.exports(
        extracted, baseIRI: baseIRI, formats: formats, diagnostics: &diagnostics)
      return Result(documentID: extracted.id, outputs: outputs, diagnostics: diagnostics)
    } catch {
      return Result(diagnostics: diagnostics + [error.diagnostic])
    }
  }
}
