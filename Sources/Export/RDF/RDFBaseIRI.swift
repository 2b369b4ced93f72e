/// The namespace under which citegraph mints IRIs for what has no DOI: works, people, and the
/// parts of each document (reference list, references, sections, sentences, citations).
///
/// Defaults to `https://w3id.org/citegraph/`; pass your own (`--base-iri`) to keep your graph's
/// IRIs under a domain you control. Works with a DOI always get `https://doi.org/<doi>`.
public struct RDFBaseIRI: Hashable, Sendable, CustomStringConvertible {
  /// `https://w3id.org/citegraph/`.
  public static let standard = RDFBaseIRI(unchecked: "https://w3id.org/citegraph/")

  /// The IRI text, ending in `/` or `#`.
  public let description: String

  /// A base IRI from text, or `nil` when it is not an absolute IRI that can be written in
  /// N-Triples, or does not end in `/` or `#`.
  public init?(_ text: String) {
    guard text.hasSuffix("/") || text.hasSuffix("#"), IRIEncoding.isValid(text) else { return nil }
    description = text
  }

  private init(unchecked text: String) { description = text }
}
