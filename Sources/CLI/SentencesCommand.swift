import ArgumentParser
import Extract
import Foundation
import Ingest
import Model

/// `citegraph sentences FILE`: each sentence's id, section and plain text (the text claims are
/// read from), as TSV. Hidden: for annotating claims by hand without seeing citegraph's own.
struct SentencesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "sentences",
    abstract: "Write each sentence's id, section title and plain text (TSV).",
    shouldDisplay: false)

  @Argument(help: "An article file.")
  var input: String

  func run() throws {
    var diagnostics: [Diagnostic] = []
    let ingested: Document
    do {
      ingested = try Pipeline.ingest(path: input, diagnostics: &diagnostics)
    } catch {
      Output.report(diagnostics + [error.diagnostic])
      throw ExitCode(1)
    }
    let document = Extractor().referencesAndCitations(ingested, diagnostics: &diagnostics)
    var lines = ["sentence_id\tsection\tsentence"]
    for entry in document.sentencesWithSections {
      let fields = [entry.sentence.id.description, entry.sectionTitle ?? "", entry.sentence.plainText]
      lines.append(fields.map { $0.replacingOccurrences(of: "\t", with: " ") }.joined(separator: "\t"))
    }
    print(lines.joined(separator: "\n"))
  }
}
