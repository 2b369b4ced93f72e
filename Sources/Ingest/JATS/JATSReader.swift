import Model

/// Reads a JATS XML article (PubMed Central, eLife, PLOS, BMC, …) into a `Document`, the same
/// model as the text path, with citation markers already linked to their `<ref>` ids.
public enum JATSReader {
  /// Reads `bytes`, the contents of the file at `path`.
  ///
  /// - Throws: `IngestError` when the file is empty, not well-formed XML, or not a JATS
  ///   `<article>`.
  public static func read(_ bytes: [UInt8], path: String, diagnostics: inout [Diagnostic])
    throws(IngestError) -> Document
  {
    let root = try XMLTree.parse(bytes, path: path)
    guard root.name == "article" else { throw .notJATS(path: path, root: root.name) }
    let references = JATSReferenceList.references(in: root, path: path, diagnostics: &diagnostics)
    var body = JATSBody(path: path, referenceOrder: references.map(\.id))
    let sections = body.sections(of: root)
    return Document(
      id: DocumentID.from(path: path), sourcePath: path,
      metadata: JATSFrontMatter.metadata(from: root), sections: sections, references: references)
  }
}
