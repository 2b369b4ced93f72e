import Export
import Extract
import Foundation
import Ingest
import Model

/// The stages, called in order; the only place where they meet.
enum Pipeline {
  static let textExtensions: Set<String> = ["txt", "md", "text"]
  static let xmlExtensions: Set<String> = ["xml", "nxml"]

  /// Reads and ingests one input file.
  static func ingest(path: String, diagnostics: inout [Diagnostic]) throws(IngestError) -> Document {
    let bytes: [UInt8]
    do {
      bytes = try FileBytes.read(path)
    } catch {
      throw .unreadable(path: path, reason: error.reason)
    }
    let ext = (path as NSString).pathExtension.lowercased()
    if xmlExtensions.contains(ext) {
      return try JATSReader.read(bytes, path: path, diagnostics: &diagnostics)
    }
    return try TextReader.read(bytes, path: path, diagnostics: &diagnostics)
  }

  /// Ingests one file and links its citations, for the hidden annotation and training
  /// commands; nil, after reporting why, when the file cannot be read.
  static func linkedDocument(path: String) -> Document? {
    var diagnostics: [Diagnostic] = []
    let document: Document
    do {
      document = try ingest(path: path, diagnostics: &diagnostics)
    } catch {
      Output.report(diagnostics + [error.diagnostic])
      return nil
    }
    return Extractor().referencesAndCitations(document, diagnostics: &diagnostics)
  }

  static func extract(
    _ document: Document, entitiesAndClaims: Bool = true, diagnostics: inout [Diagnostic]
  ) -> Document {
    Extractor(findsEntitiesAndClaims: entitiesAndClaims).extract(document, diagnostics: &diagnostics)
  }

  /// The files written for one document, by file name. Without `entitiesAndClaims` (nothing
  /// was looked for), claims.csv and entities.csv are left out rather than written empty.
  static func exports(
    _ document: Document, baseIRI: RDFBaseIRI = .standard,
    formats: Set<ExportFormat> = Set(ExportFormat.allCases), entitiesAndClaims: Bool = true,
    diagnostics: inout [Diagnostic]
  ) -> [(String, ExportText)] {
    var files: [(String, ExportText)] = []
    // references.csv and the .bib file share the citation keys: made once.
    let keys = formats.contains(.csv) || formats.contains(.bibtex) ? BibTeXKeys(document) : nil
    if formats.contains(.csv), let keys {
      files.append(("references.csv", .utf8(ReferencesCSVWriter().writeUTF8(document, keys: keys))))
      files.append(("citations.csv", .utf8(CitationsCSVWriter().writeUTF8([document]))))
      if entitiesAndClaims {
        files.append(("claims.csv", .string(ClaimsCSVWriter().write([document]))))
        files.append(("entities.csv", .string(EntitiesCSVWriter().write([document]))))
      }
    }
    if formats.contains(.bibtex), let keys {
      files.append(
        ("\(document.id).bib", .utf8(BibTeXWriter().writeUTF8(document, keys: keys, diagnostics: &diagnostics))))
    }
    if formats.contains(.rdf) {
      let rdf = RDFWriter(baseIRI: baseIRI).write([document])
      files.append(("\(document.id).nt", .string(rdf.nTriples)))
      files.append(("\(document.id).ttl", .string(rdf.turtle)))
    }
    assert(
      files.map(\.0)
        == exportFileNames(id: document.id, formats: formats, entitiesAndClaims: entitiesAndClaims),
      "exportFileNames must list what exports writes")
    return files
  }

  /// The names of the files `exports` writes for the document `id`, in the same order.
  static func exportFileNames(
    id: String, formats: Set<ExportFormat>, entitiesAndClaims: Bool = true
  ) -> [String] {
    var names: [String] = []
    if formats.contains(.csv) {
      names += ["references.csv", "citations.csv"]
      if entitiesAndClaims { names += ["claims.csv", "entities.csv"] }
    }
    if formats.contains(.bibtex) { names.append("\(id).bib") }
    if formats.contains(.rdf) { names += ["\(id).nt", "\(id).ttl"] }
    return names
  }

  /// Input files: files as given, folders searched recursively for known extensions, sorted.
  static func inputFiles(_ inputs: [String]) throws -> [String] {
    var files: [String] = []
    let manager = FileManager.default
    for input in inputs {
      var isDirectory: ObjCBool = false
      guard manager.fileExists(atPath: input, isDirectory: &isDirectory) else {
        throw ValidationError("no such file or folder: \(input)")
      }
      guard isDirectory.boolValue else {
        files.append(input)
        continue
      }
      let found = (manager.enumerator(atPath: input)?.allObjects as? [String] ?? [])
        .filter { name in
          let ext = (name as NSString).pathExtension.lowercased()
          return textExtensions.contains(ext) || xmlExtensions.contains(ext)
        }
        .sorted()
        .map { (input as NSString).appendingPathComponent($0) }
      files += found
    }
    return files
  }
}

import ArgumentParser

/// The contents of an output file: a writer's String, or the UTF-8 a writer built (written out
/// as it is, without being checked again as a String's contents).
enum ExportText: Sendable {
  case string(String)
  case utf8([UInt8])

  /// The contents as a String.
  var string: String {
    switch self {
    case .string(let text): text
    case .utf8(let bytes): String(decoding: bytes, as: UTF8.self)
    }
  }

  /// Calls `body` with the contents' UTF-8.
  func withUTF8<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
    switch self {
    case .string(var text): try text.withUTF8(body)
    case .utf8(let bytes): try bytes.withUnsafeBufferPointer(body)
    }
  }
}
