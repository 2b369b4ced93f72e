import Model

/// Writes `entities.csv`: one row per grounded entity (CURIE) of a document, in order of first
/// mention, with its canonical name, type, number of mentions and first sentence.
public struct EntitiesCSVWriter: Sendable {
  public static let header = [
    "doc_id", "entity_id", "name", "type", "mentions", "first_sentence_id",
  ]

  public init() {}

  /// The CSV text for the entities of `documents`, in document then first-mention order.
  public func write(_ documents: [Document]) -> String {
    var table = CSVTable(header: Self.header)
    for document in documents {
      var order: [String] = []
      var first: [String: EntityMention] = [:]
      var counts: [String: Int] = [:]
      for mention in document.entities {
        if first[mention.grounding] == nil {
          first[mention.grounding] = mention
          order.append(mention.grounding)
        }
        counts[mention.grounding, default: 0] += 1
      }
      for curie in order {
        guard let mention = first[curie] else { continue }
        table.addRow([
          document.id, curie, mention.canonical, mention.type.rawValue,
          String(counts[curie] ?? 0), mention.sentence.rawValue,
        ])
      }
    }
    return table.text
  }
}
