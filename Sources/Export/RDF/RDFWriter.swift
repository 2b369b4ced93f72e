import Model

/// Both RDF serialisations of the same graph, built once: N-Triples for loading, Turtle for
/// reading.
public struct RDFWriter: Sendable {
  /// The namespace minted IRIs go under.
  public var baseIRI: RDFBaseIRI

  public init(baseIRI: RDFBaseIRI = .standard) { self.baseIRI = baseIRI }

  /// The N-Triples and Turtle texts of `documents`.
  public func write(_ documents: [Document]) -> (nTriples: String, turtle: String) {
    let graph = RDFGraphBuilder(base: baseIRI).graph(documents)
    return (NTriplesWriter.write(graph), TurtleWriter.write(graph))
  }
}
