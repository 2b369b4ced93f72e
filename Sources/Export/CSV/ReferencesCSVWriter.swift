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
    for reference in document.references {
      table.addRow(row(reference, documentID: document.id, key: keys.key(for: reference.id)))
    }
  }

  /// The rows of `references` outside any document (`citegraph refs`).
  public func write(references: [Reference], documentID: String = "") -> String {
    var table = CSVTable(header: Self.header)
    let keys = BibTeXKeys(Document(id: documentID, sourcePath: "", references: references))
    for reference in references {
      table.addRow(Self.row(reference, documentID: documentID, key: keys.key(for: reference.id)))
    }
    return table.text
  }

  private static func row(_ reference: Reference, documentID: String, key: String) -> [String] {
    [
      documentID, reference.id.rawValue, reference.label ?? "", key, reference.kind.rawValue,
      reference.authors.map(\.displayName).joined(separator: "; "),
      reference.hasEtAl ? "true" : "false", reference.title ?? "", reference.container ?? "",
      reference.year ?? "", reference.volume ?? "", reference.issue ?? "",
      reference.pages?.first ?? "", reference.pages?.last ?? "", reference.doi ?? "",
      reference.pmid ?? "", reference.raw,
    ]
  }
}
