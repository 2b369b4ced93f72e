import Model

/// Writes `citations.csv`: one row per (citation occurrence, reference it points to), in
/// document order; a marker that points nowhere still gets a row, with an empty `ref_id`.
public struct CitationsCSVWriter: Sendable {
  public static let header = [
    "doc_id", "citation_id", "ref_id", "label", "marker", "section", "sentence_id", "sentence",
  ]

  public init() {}

  public func write(_ documents: [Document]) -> String {
    String(decoding: writeUTF8(documents), as: UTF8.self)
  }

  /// `write(_:)` as UTF-8, for a caller that writes it to a file.
  public func writeUTF8(_ documents: [Document]) -> [UInt8] {
    var table = CSVTable(header: Self.header)
    for document in documents {
      let labels = Dictionary(
        document.references.map { ($0.id, $0.label ?? "") }, uniquingKeysWith: { first, _ in first })
      var occurrence = 0
      let documentID = CSVTable.encoded(document.id)
      document.forEachSentence { sectionTitle, sentence in
        // Most sentences cite nothing: answered without collecting their markers.
        guard sentence.hasMarkers else { return }
        let markers = sentence.markers
        guard !markers.isEmpty else { return }
        // The fields every row of the sentence repeats, scanned once.
        let shared = SentenceFields(
          documentID: documentID, section: sectionTitle ?? "", sentenceID: sentence.id.rawValue,
          text: sentence.plainTextUTF8.withUnsafeBufferPointer(CSVTable.encoded))
        for marker in markers {
          occurrence += 1
          if marker.targets.isEmpty {
            addRow(
              to: &table, occurrence: occurrence, target: "",
              label: marker.citedLabels.joined(separator: ";"), marker: marker, shared: shared)
          }
          for target in marker.targets {
            addRow(
              to: &table, occurrence: occurrence, target: target.rawValue,
              label: labels[target] ?? "", marker: marker, shared: shared)
          }
        }
      }
    }
    return table.utf8
  }

  /// The fields of a sentence's rows that do not change from row to row; the long ones
  /// encoded.
  private struct SentenceFields {
    var documentID: [UInt8]
    var section: String
    var sentenceID: String
    var text: [UInt8]
  }

  /// One row, its fields added one by one.
  private func addRow(
    to table: inout CSVTable, occurrence: Int, target: String, label: String,
    marker: CitationMarker, shared: SentenceFields
  ) {
    table.addEncodedField(shared.documentID)
    table.addField(prefix: UInt8(ascii: "c"), number: occurrence)
    table.addField(target)
    table.addField(label)
    table.addField(marker.label)
    table.addField(shared.section)
    table.addField(shared.sentenceID)
    table.addEncodedField(shared.text)
    table.endRow()
  }
}
