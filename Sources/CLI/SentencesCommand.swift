import ArgumentParser
import Extract
import Foundation
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
    guard let document = Pipeline.linkedDocument(path: input) else { throw ExitCode(1) }
    var lines = ["sentence_id\tsection\tsentence"]
    for entry in document.sentencesWithSections {
      let fields = [entry.sentence.id.description, entry.sectionTitle ?? "", entry.sentence.plainText]
      lines.append(fields.map { $0.replacingOccurrences(of: "\t", with: " ") }.joined(separator: "\t"))
    }
    print(lines.joined(separator: "\n"))
  }
}
