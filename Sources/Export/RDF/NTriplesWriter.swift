import Model

/// Writes N-Triples for bulk loading into a triple store (Oxigraph, Jena, GraphDB, Virtuoso):
/// one triple per line, no blank nodes, each triple once, in document order.
///
/// Literals are escaped in canonical form (`\"`, `\\`, `\n`, `\u0000`…) and every IRI is
/// percent-encoded where it must be, so a store's strict parser rejects no line whatever the
/// input held. Works with a DOI are `https://doi.org/<doi>`; the rest is minted under `baseIRI`.
public struct NTriplesWriter: Sendable {
  /// The namespace minted IRIs go under.
  public var baseIRI: RDFBaseIRI

  /// - Parameter baseIRI: where IRIs for works without a DOI and document parts are minted.
  public init(baseIRI: RDFBaseIRI = .standard) { self.baseIRI = baseIRI }

  /// The N-Triples text of `documents`.
  public func write(_ documents: [Document]) -> String {
    Self.write(RDFGraphBuilder(base: baseIRI).graph(documents))
  }

  /// The graph's N-Triples: the lines it was built as.
  static func write(_ graph: RDFGraph) -> String {
    String(lineWiseUTF8: graph.nTriples)
  }

  /// Several N-Triples texts as one, in order, each line once: the corpus file from the
  /// per-document files (the same work cited by two articles gives identical lines).
  ///
  /// - Complexity: O(*n*) in the total number of lines, with hashing.
  public static func merge(_ texts: [String]) -> String {
    var seen: Set<BytewiseKey<Substring>> = []
    var output = ""
    for text in texts {
      for bytes in text.utf8.split(separator: UInt8(ascii: "\n")) {
        let line = Substring(bytes)
        guard seen.insert(BytewiseKey(line)).inserted else { continue }
        output += line
        output += "\n"
      }
    }
    return output
  }
}
