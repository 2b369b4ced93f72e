import ArgumentParser
import Export
import Extract
import Foundation
import Ingest
import Model

/// `citegraph run`: every stage, every document, in one process.
struct Run: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    // Named here, not derived from the type's name: that costs a reflection of the type at
    // every start.
    commandName: "run",
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

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Keep a claim when the claim filter gives it at least this probability, 0 to 1 (0 keeps every reading of the rules; default: the trained threshold).",
      discussion: "With --incremental, documents whose outputs are up to date are not redone."))
  var claimThreshold: Double?

  /// For `make bench`: skip entity recognition and claims to time them apart.
  @Flag(name: .long, help: .hidden)
  var noEntities = false

  /// For `make bench`: print the seconds spent in each stage to standard error at the end.
  @Flag(name: .long, help: .hidden)
  var stageTimes = false

  @Flag(
    name: .long,
    help: "Skip a document whose output files are all newer than it and than citegraph (as `make` does).")
  var incremental = false

  @Argument(help: "Article files (.txt, .md; .xml, .nxml) or folders searched recursively.")
  var inputs: [String]

  func validate() throws {
    guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
    if let claimThreshold, !(0...1).contains(claimThreshold) {
      throw ValidationError("--claim-threshold must be between 0 and 1")
    }
  }

  func run() async throws {
    let files = try Pipeline.inputFiles(inputs)
    var corpus = formats.contains(.rdf) ? try CorpusFile(path: "\(out)/corpus.nt", baseIRI: baseIRI) : nil
    var failed = false
    var warned = false
    var seen: [String: String] = [:]
    var times = StageTimes()
    let upToDate = UpToDate()
    let (out, formats, noEntities, incremental) = (out, formats, noEntities, incremental)
    // Each document is written as soon as it and those before it are done: memory holds only
    // the documents in flight, whatever the size of the batch.
    await Self.process(
      files, jobs: jobs, baseIRI: baseIRI, formats: formats,
      extractor: Extractor(findsEntitiesAndClaims: !noEntities, claimThreshold: claimThreshold),
      isUpToDate: { file in
        guard incremental else { return false }
        let id = DocumentID.from(path: file)
        return upToDate.isUpToDate(
          file, outputs: Pipeline.exportFileNames(id: id, formats: formats, entitiesAndClaims: !noEntities),
          in: "\(out)/\(id)")
      }
    ) { file, result in
      Output.report(result.diagnostics)
      times += result.times
      warned = warned || result.diagnostics.contains { $0.severity != .note }
      guard let id = result.documentID, result.outputs != nil || result.isUpToDate else {
        failed = true
        return
      }
      if let first = seen[id] {
        Output.report([Diagnostic(.error, code: "cli.duplicate-id",
          message: "document id '\(id)' is also the id of \(first); skipped",
          position: SourcePosition(file: file, line: 1))])
        failed = true
        return
      }
      seen[id] = file
      if result.isUpToDate {
        // Not redone: its N-Triples still go into the corpus file, read from the last run.
        do {
          if corpus != nil { try corpus?.append(String(contentsOfFile: "\(out)/\(id)/\(id).nt", encoding: .utf8)) }
        } catch {
          Output.report([Diagnostic(.error, code: "cli.read", message: "\(error)",
            position: SourcePosition(file: file, line: 1))])
          failed = true
        }
        return
      }
      let outputs = result.outputs ?? []
      do {
        try StageTimes.timed(&times.writing) {
          let folder = "\(out)/\(id)"
          if !outputs.isEmpty { try Output.createFolder(folder) }
          for (name, text) in outputs {
            try Output.write(text, toPathInExistingFolder: "\(folder)/\(name)")
            if name == "\(id).nt" { try corpus?.append(text.string) }
          }
        }
      } catch {
        Output.report([Diagnostic(.error, code: "cli.write", message: "\(error)",
          position: SourcePosition(file: file, line: 1))])
        failed = true
      }
    }
    do {
      try corpus?.finish()
    } catch {
      Output.report([Diagnostic(.error, code: "cli.write", message: "\(error)")])
      failed = true
    }
    if stageTimes { Output.report(line: times.line) }
    if failed || (strict && warned) { throw ExitCode(1) }
  }

  struct Result: Sendable {
    var documentID: String?
    var outputs: [(String, ExportText)]?
    var diagnostics: [Diagnostic] = []
    var times = StageTimes()
    /// Skipped by `--incremental`: `outputs` is nil, the files of the last run stand.
    var isUpToDate = false
  }

  /// Processes files with at most `jobs` at once and hands each result to `handle` in input
  /// order, as soon as it and every earlier one are done.
  static func process(
    _ files: [String], jobs: Int, baseIRI: RDFBaseIRI, formats: Set<ExportFormat>,
    extractor: Extractor = Extractor(),
    isUpToDate: @escaping @Sendable (String) -> Bool = { _ in false },
    handle: (String, Result) -> Void
  ) async {
    if jobs == 1 {
      // One at a time: each file is read and handled in turn on this task, without handing
      // it to another thread and waking this one for its result.
      for file in files {
        let result = isUpToDate(file)
          ? Result(documentID: DocumentID.from(path: file), isUpToDate: true)
          : processOne(file, baseIRI: baseIRI, formats: formats, extractor: extractor)
        handle(file, result)
      }
      return
    }
    await withTaskGroup(of: (Int, Result).self) { group in
      var waiting: [Int: Result] = [:]
      var next = 0
      var handled = 0
      // Finished results wait only for slower earlier ones; cap how far ahead work may run.
      let window = max(4 * jobs, 8)
      func start() {
        let index = next
        let file = files[index]
        next += 1
        group.addTask {
          if isUpToDate(file) {
            return (index, Result(documentID: DocumentID.from(path: file), isUpToDate: true))
          }
          return (index, processOne(file, baseIRI: baseIRI, formats: formats, extractor: extractor))
        }
      }
      for _ in 0..<min(jobs, files.count) { start() }
      while let (index, result) = await group.next() {
        waiting[index] = result
        while let ready = waiting.removeValue(forKey: handled) {
          handle(files[handled], ready)
          handled += 1
        }
        let inFlight = { next - handled - waiting.count }
        while next < files.count, next - handled < window, inFlight() < jobs { start() }
      }
    }
  }

  static func processOne(
    _ file: String, baseIRI: RDFBaseIRI, formats: Set<ExportFormat>, extractor: Extractor = Extractor()
  ) -> Result {
    var diagnostics: [Diagnostic] = []
    var times = StageTimes()
    let entitiesAndClaims = extractor.findsEntitiesAndClaims
    do {
      var extracted = try StageTimes.timed(&times.ingest) { () throws(IngestError) in
        try Pipeline.ingest(path: file, diagnostics: &diagnostics)
      }
      StageTimes.timed(&times.referencesAndCitations) {
        extractor.linkReferencesAndCitations(in: &extracted, diagnostics: &diagnostics)
      }
      if entitiesAndClaims {
        extracted = StageTimes.timed(&times.entitiesAndClaims) {
          extractor.entitiesAndClaims(extracted, diagnostics: &diagnostics)
        }
      }
      let outputs = StageTimes.timed(&times.export) {
        Pipeline.exports(
          extracted, baseIRI: baseIRI, formats: formats, entitiesAndClaims: entitiesAndClaims,
          diagnostics: &diagnostics)
      }
      return Result(documentID: extracted.id, outputs: outputs, diagnostics: diagnostics, times: times)
    } catch {
      return Result(diagnostics: diagnostics + [error.diagnostic], times: times)
    }
  }
}
