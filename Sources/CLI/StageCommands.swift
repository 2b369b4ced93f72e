import ArgumentParser
import Export
import Foundation
import Ingest
import Model

/// `citegraph ingest FILE --output JSON`: the Ingest stage alone, for the Makefile.
struct Ingest: ParsableCommand {
  static let configuration = CommandConfiguration(
    // Named here, not derived from the type's name: that costs a reflection of the type at
    // every start.
    commandName: "ingest",
    abstract: "Read one article into the pipeline's document JSON.")

  @Option(name: .shortAndLong, help: "Where to write the document JSON.")
  var output: String

  @Argument(help: "The article file.")
  var input: String

  func run() throws {
    var diagnostics: [Diagnostic] = []
    do {
      let document = try Pipeline.ingest(path: input, diagnostics: &diagnostics)
      Output.report(diagnostics)
      try Output.write(try Output.json(DocumentFile(document: document)), to: output)
    } catch let error as IngestError {
      Output.report(diagnostics + [error.diagnostic])
      throw ExitCode(1)
    }
  }
}

/// `citegraph extract IN --output OUT`: the Extract stage alone.
struct ExtractCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "extract", abstract: "Parse references and link citations in a document JSON.")

  @Option(name: .shortAndLong, help: "Where to write the extracted document JSON.")
  var output: String

  @Argument(help: "An ingested document JSON.")
  var input: String

  func run() throws {
    var diagnostics: [Diagnostic] = []
    let document = try Output.readDocument(input)
    let extracted = Pipeline.extract(document, diagnostics: &diagnostics)
    Output.report(diagnostics)
    try Output.write(try Output.json(DocumentFile(document: extracted)), to: output)
  }
}

/// `citegraph export IN --out DIR`: the exporters alone.
struct ExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Write CSV, BibTeX and RDF (N-Triples, Turtle) for an extracted document JSON.")

  @Option(name: .long, help: "Output folder; the document gets DIR/<doc-id>/.")
  var out = "out"

  @Option(name: .long, help: "Namespace for minted IRIs (works without a DOI, document parts).")
  var baseIRI: RDFBaseIRI = .standard

  @Argument(help: "An extracted document JSON.")
  var input: String

  func run() throws {
    var diagnostics: [Diagnostic] = []
    let document = try Output.readDocument(input)
    let outputs = Pipeline.exports(document, baseIRI: baseIRI, diagnostics: &diagnostics)
    Output.report(diagnostics)
    let folder = "\(out)/\(document.id)"
    if !outputs.isEmpty { try Output.createFolder(folder) }
    for (name, text) in outputs {
      try Output.write(text, toPathInExistingFolder: "\(folder)/\(name)")
    }
  }
}
