/// One node or value of an RDF graph: an IRI or a literal. There are no blank nodes, so every
/// node has a name that is the same in every run and in every file it appears in.
enum RDFTerm: Hashable, Sendable {
  /// An absolute IRI, already encoded (see `IRIEncoding`).
  case iri(String)
  /// A literal with an optional datatype IRI; `nil` is `xsd:string`.
  case literal(String, datatype: String? = nil)

  /// A plain string literal.
  static func string(_ value: String) -> RDFTerm { .literal(value) }
}

/// One statement: subject and predicate are IRIs, the object an IRI or a literal.
struct RDFTriple: Hashable, Sendable {
  var subject: String
  var predicate: String
  var object: RDFTerm

  /// Triples are the same when their terms are the same code points (see `BytewiseKey`).
  static func == (lhs: Self, rhs: Self) -> Bool { lhs.key == rhs.key }

  func hash(into hasher: inout Hasher) { hasher.combine(key) }

  private var key: [BytewiseKey<String>] {
    switch object {
    case .iri(let iri):
      [BytewiseKey(subject), BytewiseKey(predicate), BytewiseKey("<"), BytewiseKey(iri)]
    case .literal(let text, let datatype):
      [BytewiseKey(subject), BytewiseKey(predicate), BytewiseKey("\""), BytewiseKey(text),
        BytewiseKey(datatype ?? "")]
    }
  }
}
