import Model

/// Reads a JATS XML article (PubMed Central, eLife, PLOS, BMC, …) into a `Document`, the same
/// model as the text path, with citation markers already linked to their `<ref>` ids.
public enum JATSReader {
  /// Reads `bytes`, the contents of the file at `path`.
  ///
  /// A `<pmc-articleset>` holding one `<article>` (what PMC's OA and E-utilities services
  /// return) is read as that article.
  ///
  /// - Throws: `IngestError` when the file is empty, not well-formed XML, not a JATS
  ///   `<article>`, or an article set of several articles.
  public static func read(_ bytes: [UInt8], path: String, diagnostics: inout [Diagnostic])
    throws(IngestError) -> Document
  {
    let root = try article(in: XMLTree.parse(bytes, path: path), path: path)
    let references = JATSReferenceList.references(in: root, path: path, diagnostics: &diagnostics)
    var body = JATSBody(path: path, referenceOrder: references.map(\.id))
    var sections = body.sections(of: root)
    if body.markerCount == 0, !references.isEmpty {
      // No citation is marked up (Copernicus writes `(Hillel, 1998)` as text): read the body
      // again, finding citations in the text as the text path does.
      body = JATSBody(path: path, referenceOrder: references.map(\.id))
      body.scansTextForCitations = true
      sections = body.sections(of: root)
    }
    return Document(
      id: DocumentID.from(path: path), sourcePath: path,
      metadata: JATSFrontMatter.metadata(from: root), sections: sections, references: references)
  }

  /// The `<article>` element: the root, or the only article of a `<pmc-articleset>`.
  private static func article(in root: XMLElement, path: String) throws(IngestError) -> XMLElement {
    if root.name == "article" { return root }
    guard root.name == "pmc-articleset" else { throw .notJATS(path: path, root: root.name) }
    let articles = root.children("article")
    guard articles.count == 1 else {
      if articles.isEmpty { throw .notJATS(path: path, root: "pmc-articleset (no <article> in it)") }
      throw .severalArticles(path: path, count: articles.count)
    }
    return articles[0]
  }
}
