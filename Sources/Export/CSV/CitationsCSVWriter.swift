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
      document.forEachSentence { sectionTitle, sentence in
        let markers = sentence.markers
        guard !markers.isEmpty else { return }
        let text = sentence.plainText
        for marker in markers {
          occurrence += 1
          if marker.targets.isEmpty {
            addRow(
              to: &table, documentID: document.id, occurrence: occurrence, target: "",
              label: marker.citedLabels.joined(separator: ";"), marker: marker,
              sectionTitle: sectionTitle, sentence: sentence, text: text)
          }
          for target in marker.targets {
            addRow(
              to: &table, documentID: document.id, occurrence: occurrence,
              target: target.rawValue, label: labels[target] ?? "", marker: marker,
              sectionTitle: sectionTitle, sentence: sentence, text: text)
          }
        }
      }
    }
    return table.text
  }

  /// One row, its fields added one by one.
  private func addRow(
    to table: inout CSVTable, documentID: String, occurrence: Int, target: String,
    label: String, marker: CitationMarker, sectionTitle: String?, sentence: Sentence,
    text: String
  ) {
    table.addField(documentID)
    table.addField("c\(occurrence)")
    table.addField(target)
    table.addField(label)
    table.addField(marker.label)
    table.addField(sectionTitle ?? "")
    table.addField(sentence.id.rawValue)
    table.addField(text)
    table.endRow()
  }
}
