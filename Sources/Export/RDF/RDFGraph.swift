/// Triples in the order they were added, each once: the order of the document (article, its
/// reference list, its body), so the files are deterministic and read top to bottom.
struct RDFGraph: Sendable {
  private(set) var triples: [RDFTriple] = []
  private var seen: Set<RDFTriple> = []

  /// - Parameter capacity: room for this many triples before the first resize.
  init(capacity: Int = 0) {
    triples.reserveCapacity(capacity)
    seen.reserveCapacity(capacity)
  }

  /// Adds `subject predicate object` unless it is already there.
  mutating func add(_ subject: String, _ predicate: String, _ object: RDFTerm) {
    let triple = RDFTriple(subject: subject, predicate: predicate, object: object)
    guard seen.insert(triple).inserted else { return }
    triples.append(triple)
  }

  /// Adds a string literal when `value` is present and not blank.
  mutating func add(_ subject: String, _ predicate: String, text value: String?) {
    guard let value, value.contains(where: { !$0.isWhitespace }) else { return }
    add(subject, predicate, .literal(value))
  }

  /// Adds a typed literal when `value` is present and not blank.
  mutating func add(_ subject: String, _ predicate: String, text value: String?, datatype: String)
  {
    guard let value, value.contains(where: { !$0.isWhitespace }) else { return }
    add(subject, predicate, .literal(value, datatype: datatype))
  }
}
