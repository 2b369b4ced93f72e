import Model

/// The Extract stage: parses reference strings and links citations.
public struct Extractor: Sendable {
  public init() {}

  /// The document with reference fields parsed and citation markers linked.
  public func extract(_ document: Document, diagnostics: inout [Diagnostic]) -> Document {
    var document = document
    let parser = ReferenceStringParser()
    document.references = document.references.map { reference in
      reference.isStructured ? reference : parser.parse(reference, diagnostics: &diagnostics)
    }
    return CitationLinker().link(document, diagnostics: &diagnostics)
  }
}
