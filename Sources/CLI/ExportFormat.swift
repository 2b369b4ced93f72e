import ArgumentParser

/// The groups of output files `run` and `export` can write.
enum ExportFormat: String, CaseIterable, Sendable {
  /// `references.csv`, `citations.csv`, `claims.csv`, `entities.csv`.
  case csv
  /// `<doc-id>.bib`.
  case bibtex
  /// `<doc-id>.nt`, `<doc-id>.ttl` and, for `run`, `corpus.nt`.
  case rdf

  /// Parses a comma-separated list such as `csv,bibtex`.
  static func list(_ text: String) throws -> Set<ExportFormat> {
    var formats: Set<ExportFormat> = []
    for name in text.split(separator: ",") {
      guard let format = ExportFormat(rawValue: name.trimmingCharacters(in: .whitespaces).lowercased()) else {
        throw ValidationError("unknown format '\(name)'; use any of csv, bibtex, rdf")
      }
      formats.insert(format)
    }
    guard !formats.isEmpty else { throw ValidationError("--formats needs at least one of csv, bibtex, rdf") }
    return formats
  }
}

import Foundation
