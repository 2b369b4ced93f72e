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
