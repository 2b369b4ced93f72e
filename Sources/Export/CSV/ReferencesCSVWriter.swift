import Model

/// Writes `references.csv`: one row per reference, fields parsed, raw text kept.
public struct ReferencesCSVWriter: Sendable {
  public static let header = [
    "doc_id", "ref_id", "label", "bibtex_key", "type", "authors", "et_al", "title", "container",
    "year", "volume", "issue", "first_page", "last_page", "doi", "pmid", "raw",
  ]

  public init() {}

  /// The CSV text for the references of `documents`, in document then list order.
  public func write(_ documents: [Document]) -> String {
    var table = CSVTable(header: Self.header)
    for document in documents { Self.addRows(of: document, keys: BibTeXKeys(document), to: &table) }
    return table.text
  }

  /// The CSV text for the references of `document`, with its keys made already.
  public func write(_ document: Document, keys: BibTeXKeys) -> String {
    String(decoding: writeUTF8(document, keys: keys), as: UTF8.self)
  }

  /// `write(_:keys:)` as UTF-8, for a caller that writes it to a file.
  public func writeUTF8(_ document: Document, keys: BibTeXKeys) -> [UInt8] {
    var table = CSVTable(header: Self.header)
    Self.addRows(of: document, keys: keys, to: &table)
    return table.utf8
  }

  private static func addRows(of document: Document, keys: BibTeXKeys, to table: inout CSVTable) {
    var scratch: [UInt8] = []
    for reference in document.references {
      addRow(
        reference, documentID: document.id, key: keys.key(for: reference.id), to: &table,
        scratch: &scratch)
    }
  }

  /// The rows of `references` outside any document (`citegraph refs`).
  public func write(references: [Reference], documentID: String = "") -> String {
    var table = CSVTable(header: Self.header)
    let keys = BibTeXKeys(Document(id: documentID, sourcePath: "", references: references))
    var scratch: [UInt8] = []
    for reference in references {
      Self.addRow(
        reference, documentID: documentID, key: keys.key(for: reference.id), to: &table,
        scratch: &scratch)
    }
    return table.text
  }

  /// One row, its fields added one by one (no array of fields); `scratch` is room for the
  /// authors' bytes, kept from row to row.
  private static func addRow(
    _ reference: Reference, documentID: String, key: String, to table: inout CSVTable,
    scratch: inout [UInt8]
  ) {
    table.addField(documentID)
    table.addField(reference.id.rawValue)
    table.addField(reference.label ?? "")
    table.addField(key)
    table.addField(reference.kind.rawValue)
    scratch.removeAll(keepingCapacity: true)
    appendAuthors(reference.authors, to: &scratch)
    scratch.withUnsafeBufferPointer { table.addField($0) }
    table.addField(reference.hasEtAl ? "true" : "false")
    table.addField(reference.title ?? "")
    table.addField(reference.container ?? "")
    table.addField(reference.year ?? "")
    table.addField(reference.volume ?? "")
    table.addField(reference.issue ?? "")
    table.addField(reference.pages?.first ?? "")
    table.addField(reference.pages?.last ?? "")
    table.addField(reference.doi ?? "")
    table.addField(reference.pmid ?? "")
    table.addField(reference.raw)
    table.endRow()
  }

  /// Appends `Family, Given; Family, Given` as UTF-8.
  private static func appendAuthors(_ names: [PersonName], to utf8: inout [UInt8]) {
    for (index, name) in names.enumerated() {
      if index > 0 { utf8.append(contentsOf: "; ".utf8) }
      utf8.append(contentsOf: name.family.utf8)
      if let given = name.given, !given.isEmpty {
        utf8.append(contentsOf: ", ".utf8)
        utf8.append(contentsOf: given.utf8)
      }
    }
  }
}
