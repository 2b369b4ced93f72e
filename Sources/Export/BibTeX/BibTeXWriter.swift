import Model

/// Writes BibTeX that compiles in a manuscript: one entry for the article itself, then one per
/// reference, ASCII-only, with LaTeX escapes, brace-protected acronyms and `--` page ranges.
public struct BibTeXWriter: Sendable {
  public init() {}

  /// The `.bib` text for `documents`; characters with no LaTeX form are reported.
  public func write(_ documents: [Document], diagnostics: inout [Diagnostic]) -> String {
    var output = ""
    for document in documents { output += write(document, keys: BibTeXKeys(document), diagnostics: &diagnostics) }
    return output
  }

  /// The `.bib` text for `document`, with its keys made already; characters with no LaTeX
  /// form are reported.
  public func write(_ document: Document, keys: BibTeXKeys, diagnostics: inout [Diagnostic]) -> String {
    String(decoding: writeUTF8(document, keys: keys, diagnostics: &diagnostics), as: UTF8.self)
  }

  /// `write(_:keys:diagnostics:)` as UTF-8, for a caller that writes it to a file.
  public func writeUTF8(_ document: Document, keys: BibTeXKeys, diagnostics: inout [Diagnostic])
    -> [UInt8]
  {
    // Every entry is written straight into the file's UTF-8.
    var output: [UInt8] = []
    output.reserveCapacity(512 * (document.references.count + 1))
    var unknown: Set<Character> = []
    appendEntry(for: document, key: keys.key(for: BibTeXKeys.articleID), unknown: &unknown, to: &output)
    for reference in document.references {
      output.append(0x0A)
      appendEntry(for: reference, key: keys.key(for: reference.id), unknown: &unknown, to: &output)
    }
    if !unknown.isEmpty {
      let list = unknown.sorted().map { "U+" + String($0.unicodeScalars.first?.value ?? 0, radix: 16, uppercase: true) }
      diagnostics.append(
        Diagnostic(
          .warning, code: "export.bibtex.unmapped-character",
          message: "characters with no LaTeX form were left out of \(document.id).bib: \(list.joined(separator: ", "))",
          position: SourcePosition(file: document.sourcePath, line: 1)))
    }
    return Self.definingT1Macro(output)
  }

  /// `write(_:diagnostics:)` without the diagnostics.
  public func write(_ documents: [Document]) -> String {
    var ignored: [Diagnostic] = []
    return write(documents, diagnostics: &ignored)
  }

  /// The entries of `references` outside any document (`citegraph refs --format bibtex`).
  public func write(references: [Reference]) -> String {
    let document = Document(id: "refs", sourcePath: "", references: references)
    let keys = BibTeXKeys(document)
    var unknown: Set<Character> = []
    var output: [UInt8] = []
    for (index, reference) in references.enumerated() {
      if index > 0 { output.append(0x0A) }
      appendEntry(for: reference, key: keys.key(for: reference.id), unknown: &unknown, to: &output)
    }
    return String(decoding: Self.definingT1Macro(output), as: UTF8.self)
  }

  /// `output` with `LaTeXEscaper.t1Preamble` in front when an entry uses the macro it defines.
  private static func definingT1Macro(_ output: [UInt8]) -> [UInt8] {
    let macro = Array(LaTeXEscaper.t1Macro.utf8)
    let usesMacro = output.withUnsafeBufferPointer { bytes in
      var index = bytes.firstIndex(of: macro[0])
      while let start = index, start + macro.count <= bytes.count {
        if bytes[start..<start + macro.count].elementsEqual(macro) { return true }
        index = bytes[(start + 1)...].firstIndex(of: macro[0])
      }
      return false
    }
    return usesMacro ? Array(LaTeXEscaper.t1Preamble.utf8) + output : output
  }

  private func appendEntry(
    for document: Document, key: String, unknown: inout Set<Character>, to output: inout [UInt8]
  ) {
    let metadata = document.metadata
    var fields = BibTeXFields(unknown: unknown)
    fields.names("author", metadata.authors, etAl: false)
    fields.title("title", metadata.title)
    fields.text("journal", metadata.journal)
    let year = BibTeXYear(metadata.year)
    let volume = BibTeXVolume(volume: metadata.volume, issue: metadata.issue)
    fields.raw("year", year.year)
    fields.raw("volume", volume.volume)
    fields.raw("number", volume.number)
    fields.pages(metadata.pages)
    fields.verbatim("doi", metadata.doi)
    if let pmid = metadata.pmid {
      fields.raw("eprint", pmid)
      fields.raw("eprinttype", "pubmed")
    }
    fields.text("keywords", metadata.keywords.isEmpty ? nil : metadata.keywords.joined(separator: ", "))
    fields.text("note", [year.note, volume.note].compactMap { $0 }.joined(separator: "; "))
    unknown = fields.unknown
    let article = Reference(
      id: BibTeXKeys.articleID, raw: "", kind: .journalArticle, authors: metadata.authors,
      title: metadata.title, container: metadata.journal, year: metadata.year)
    fields.appendEntry(type: BibTeXEntryType.type(for: article), key: key, to: &output)
  }

  private func appendEntry(
    for reference: Reference, key: String, unknown: inout Set<Character>, to output: inout [UInt8]
  ) {
    var fields = BibTeXFields(unknown: unknown)
    let type = BibTeXEntryType.type(for: reference)
    let volume = BibTeXVolume(volume: reference.volume, issue: reference.issue)
    let year = BibTeXYear(reference.year)
    fields.names("author", reference.authors, etAl: reference.hasEtAl)
    if type == "incollection" { fields.names("editor", reference.editors, etAl: false) }
    fields.title("title", reference.title ?? reference.container ?? reference.raw)
    switch type {
    case "article":
      fields.text("journal", reference.container)
    case "incollection", "inproceedings":
      fields.title("booktitle", reference.container)
      fields.text("publisher", reference.publisher)
      if type == "incollection" { fields.text("edition", reference.edition) }
    case "phdthesis":
      fields.text("school", reference.publisher ?? reference.container)
    case "techreport":
      fields.text("institution", reference.publisher ?? reference.container)
    case "book":
      fields.text("publisher", reference.publisher)
      fields.text("edition", reference.edition)
    default:
      // `misc` takes no volume, pages or publisher: say where it appeared in one phrase.
      let title = reference.title ?? reference.container
      fields.text("howpublished", BibTeXVolume.phrase(for: reference, without: title))
    }
    fields.raw("year", year.year)
    if type != "misc" {
      fields.raw("volume", volume.volume)
      fields.raw("number", volume.number)
      fields.pages(reference.pages)
    }
    if reference.authors.isEmpty {
      // BibTeX sorts by author or `key`.
      fields.text("key", reference.title ?? reference.container ?? reference.id.rawValue)
    }
    fields.verbatim("doi", reference.doi)
    if let pmid = reference.pmid {
      fields.raw("eprint", pmid)
      fields.raw("eprinttype", "pubmed")
    }
    fields.verbatim("url", reference.url)
    fields.text("note", [reference.note, year.note, volume.note].compactMap { $0 }.joined(separator: "; "))
    unknown = fields.unknown
    fields.appendEntry(type: type, key: key, to: &output)
  }
}
