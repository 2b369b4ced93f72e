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
          let base = [document.id, "c\(occurrence)"]
          let context = [marker.label, entry.sectionTitle ?? "", sentence.id.rawValue, text]
          if marker.targets.isEmpty {
            table.addRow(base + ["", marker.citedLabels.joined(separator: ";")] + context)
          }
          for target in marker.targets {
            table.addRow(base + [target.rawValue, labels[target] ?? ""] + context)
          }
        }
      }
    }
    return table.text
  }
}
