import ArgumentParser
import Export
import Extract
import Foundation
import Model

/// `citegraph refs`: parse reference strings, one per line.
struct Refs: ParsableCommand {
  static let configuration = CommandConfiguration(
    // Named here, not derived from the type's name: that costs a reflection of the type at
    // every start.
    commandName: "refs",
    abstract: "Parse reference strings (one per line) from files or standard input.")

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case csv, bibtex, json
  }

  @Option(name: .long, help: "Output format: csv (references.csv columns), bibtex or json.")
  var format: Format = .csv

  @Argument(help: "Files with one reference per line; standard input when none.")
  var files: [String] = []

  func run() throws {
    var diagnostics: [Diagnostic] = []
    var references: [Reference] = []
    let sources: [(String, Data)]
    if files.isEmpty {
      sources = [("<stdin>", FileHandle.standardInput.readDataToEndOfFile())]
    } else {
      sources = try files.map { ($0, try Data(contentsOf: URL(fileURLWithPath: $0))) }
    }
    let parser = ReferenceStringParser()
    for (name, data) in sources {
      let text = String(decoding: data, as: UTF8.self)
      for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
        let raw = line.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !raw.isEmpty else { continue }
        let reference = Reference(
          id: ReferenceID("r\(references.count + 1)"), raw: raw,
          position: SourcePosition(file: name, line: index + 1))
        references.append(parser.parse(reference, diagnostics: &diagnostics))
      }
    }
    switch format {
    case .csv: Output.printData(ReferencesCSVWriter().write(references: references))
    case .bibtex: Output.printData(BibTeXWriter().write(references: references))
    case .json: Output.printData(try Output.json(references))
    }
    Output.report(diagnostics)
  }
}
