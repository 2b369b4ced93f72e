import Model

/// Writes `citations.csv`: one row per (citation occurrence, reference it points to), in
/// document order; a marker that points nowhere still gets a row, with an empty `ref_id`.
public struct CitationsCSVWriter: Sendable {
  public static let header = [
    "doc_id", "citation_id", "ref_id", "label", "marker", "section", "sentence_id", "sentence",
  ]

  public init() {}

  public func write(_ documents: [Document]) -> String {
    var table = CSVTable(header: Self.header)
    for document in documents {
      let labels = Dictionary(
        document.references.map { ($0.id, $0.label ?? "") }, uniquingKeysWith: { first, _ in first })
      var occurrence = 0
      for entry in document.sentencesWithSections {
        let sentence = entry.sentence
        let markers = sentence.markers
        guard !markers.isEmpty else { continue }
        let text = sentence.plainText
        for marker in markers {
          occurrence += 1
          if marker.targets.isEmpty {
            addRow(
              to: &table, documentID: document.id, occurrence: occurrence, target: "",
              label: marker.citedLabels.joined(separator: ";"), marker: marker, entry: entry,
              text: text)
          }
          for target in marker.targets {
            addRow(
              to: &table, documentID: document.id, occurrence: occurrence,
              target: target.rawValue, label: labels[target] ?? "", marker: marker, entry: entry,
              text: text)
          }
        }
      }
    }
    return table.text
  }

  /// One row, its fields added one by one.
  private func addRow(
    to table: inout CSVTable, documentID: String, occurrence: Int, target: String,
    label: String, marker: CitationMarker, entry: Document.SectionedSentence, text: String
  ) {
    table.addField(documentID)
    table.addField("c\(occurrence)")
    table.addField(target)
    table.addField(label)
    table.addField(marker.label)
    table.addField(entry.sectionTitle ?? "")
    table.addField(entry.sentence.id.rawValue)
    table.addField(text)
    table.endRow()
  }
}
