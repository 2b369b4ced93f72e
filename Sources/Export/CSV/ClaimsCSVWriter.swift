import Model

/// Writes `claims.csv`: one row per claim, in reading order, with its sentence and the labels
/// of the references cited for it (their ids where they have no label), joined with `;`.
public struct ClaimsCSVWriter: Sendable {
  public static let header = [
    "doc_id", "claim_id", "subject", "subject_type", "subject_id", "predicate", "polarity",
    "object", "object_type", "object_id", "negated", "hedged", "sentence_id", "sentence",
    "ref_labels",
  ]

  public init() {}

  /// The CSV text for the claims of `documents`, in document then reading order.
  public func write(_ documents: [Document]) -> String {
    var table = CSVTable(header: Self.header)
    for document in documents {
      guard !document.claims.isEmpty else { continue }
      var labels: [ReferenceID: String] = [:]
      for reference in document.references where labels[reference.id] == nil {
        labels[reference.id] = reference.label ?? reference.id.rawValue
      }
      var texts: [SentenceID: String] = [:]
      let wanted = Set(document.claims.map(\.sentence))
      for entry in document.sentencesWithSections where wanted.contains(entry.sentence.id) {
        texts[entry.sentence.id] = entry.sentence.plainText
      }
      for claim in document.claims {
        table.addRow([
          document.id, claim.id.rawValue, claim.subject.canonical, claim.subject.type.rawValue,
          claim.subject.grounding, claim.predicate.rawValue, claim.polarity.rawValue,
          claim.object.canonical, claim.object.type.rawValue, claim.object.grounding,
          claim.isNegated ? "true" : "false", claim.isHedged ? "true" : "false",
          claim.sentence.rawValue, texts[claim.sentence] ?? "",
          claim.evidence.map { labels[$0] ?? $0.rawValue }.joined(separator: ";"),
        ])
      }
    }
    return table.text
  }
}
