import Model

/// The Extract stage: parses reference strings, links citations, finds entity mentions and
/// reads claims.
public struct Extractor: Sendable {
  /// Whether to find entity mentions and read claims (off only to time the rest).
  public var findsEntitiesAndClaims: Bool
  /// The claim filter's threshold, in place of the trained one (0 keeps every reading).
  public var claimThreshold: Double?

  public init(findsEntitiesAndClaims: Bool = true, claimThreshold: Double? = nil) {
    self.findsEntitiesAndClaims = findsEntitiesAndClaims
    self.claimThreshold = claimThreshold
  }

  /// The document with reference fields parsed, citation markers linked, entity mentions
  /// grounded and claims read (with the references cited in their sentences as evidence).
  public func extract(_ document: Document, diagnostics: inout [Diagnostic]) -> Document {
    let linked = referencesAndCitations(document, diagnostics: &diagnostics)
    guard findsEntitiesAndClaims else { return linked }
    return entitiesAndClaims(linked, diagnostics: &diagnostics)
  }

  /// The first half of `extract`: reference fields parsed, citation markers linked.
  public func referencesAndCitations(_ document: Document, diagnostics: inout [Diagnostic])
    -> Document
  {
    var document = document
    linkReferencesAndCitations(in: &document, diagnostics: &diagnostics)
    return document
  }

  /// `referencesAndCitations` in place: a document held once is not copied.
  public func linkReferencesAndCitations(in document: inout Document, diagnostics: inout [Diagnostic]) {
    let parser = ReferenceStringParser()
    // In place: a tagged reference, mostly left as it is, is neither copied nor destroyed.
    for index in document.references.indices {
      if document.references[index].isStructured {
        IdentifierExtractor.complete(&document.references[index])
      } else {
        document.references[index] = parser.parse(document.references[index], diagnostics: &diagnostics)
      }
    }
    CitationLinker().link(&document, diagnostics: &diagnostics)
  }

  /// The second half of `extract`, on a document `referencesAndCitations` returned: entity
  /// mentions grounded, claims read. The lexicon is loaded on the first call in a process.
  public func entitiesAndClaims(_ document: Document, diagnostics: inout [Diagnostic]) -> Document
  {
    let filter = claimThreshold.map { ClaimFilter.shared.withThreshold($0) } ?? .shared
    return EntityAndClaimExtractor(claimFilter: filter).extract(document, diagnostics: &diagnostics)
  }

  /// Every ordered pair of differently grounded mentions in each sentence of a document
  /// `referencesAndCitations` returned, with the claim filter's features: its training rows.
  public func claimPairs(_ document: Document) -> [ClaimPair] {
    EntityAndClaimExtractor().claimPairs(document)
  }
}
