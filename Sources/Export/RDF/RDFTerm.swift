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
  static func == (lhs: Self, rhs: Self) -> Bool {
    guard lhs.subject.hasSameBytes(as: rhs.subject), lhs.predicate.hasSameBytes(as: rhs.predicate)
    else { return false }
    switch (lhs.object, rhs.object) {
    case (.iri(let left), .iri(let right)):
      return left.hasSameBytes(as: right)
    case (.literal(let left, let leftType), .literal(let right, let rightType)):
      return left.hasSameBytes(as: right) && (leftType ?? "").hasSameBytes(as: rightType ?? "")
    default:
      return false
    }
  }

  func hash(into hasher: inout Hasher) {
    BytewiseKey(subject).hash(into: &hasher)
    BytewiseKey(predicate).hash(into: &hasher)
    switch object {
    case .iri(let iri):
      hasher.combine(0 as UInt8)
      BytewiseKey(iri).hash(into: &hasher)
    case .literal(let text, let datatype):
      hasher.combine(1 as UInt8)
      BytewiseKey(text).hash(into: &hasher)
      BytewiseKey(datatype ?? "").hash(into: &hasher)
    }
  }
}
