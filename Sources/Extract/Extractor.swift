import Model

/// The Extract stage: parses reference strings, links citations, finds entity mentions and
/// reads claims.
public struct Extractor: Sendable {
  /// Whether to find entity mentions and read claims (off only to time the rest).
  public var findsEntitiesAndClaims: Bool

  public init(findsEntitiesAndClaims: Bool = true) {
    self.findsEntitiesAndClaims = findsEntitiesAndClaims
  }

  /// The document with reference fields parsed, citation markers linked, entity mentions
  /// grounded and claims read (with the references cited in their sentences as evidence).
  public func extract(_ document: Document, diagnostics: inout [Diagnostic]) -> Document {
    var document = document
    let parser = ReferenceStringParser()
    document.references = document.references.map { reference in
      reference.isStructured ? reference : parser.parse(reference, diagnostics: &diagnostics)
    }
    document = CitationLinker().link(document, diagnostics: &diagnostics)
    guard findsEntitiesAndClaims else { return document }
    return EntityAndClaimExtractor().extract(document, diagnostics: &diagnostics)
  }
}
