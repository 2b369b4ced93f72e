import Model

/// Mints every IRI the graph uses, deterministically, from the document and `--base-iri`.
///
///     https://doi.org/10.1111/1759-7714.12633               a work with a DOI
///     <base>work/gauldie-1990-il-6-functions-…-3f2a9c1e      a work without one (fingerprint)
///     <base>work/…/author/1, <base>doi/10.1111%2F…/author/1   its authors, in order
///     <base>doc/<doc-id>/references                          the document's reference list
///     <base>doc/<doc-id>/reference/r1                        one entry of it
///     <base>doc/<doc-id>/section/2.1                         a section (1-based path)
///     <base>doc/<doc-id>/sentence/s15                        a sentence
///     <base>doc/<doc-id>/citation/m13/r15                    one in-text pointer to one reference
struct RDFIRIMinter: Sendable {
  /// The IRI of a work and the path under the base its own nodes (authors) hang from.
  struct Work: Hashable, Sendable {
    var iri: String
    var localPath: String
  }

  let base: String

  init(base: RDFBaseIRI) { self.base = base.description }

  /// The article itself: its DOI, else its fingerprint, else the document id.
  func article(_ document: Document) -> Work {
    let metadata = document.metadata
    if let work = work(doi: metadata.doi) { return work }
    if let fingerprint = WorkFingerprint(
      authors: metadata.authors, year: metadata.year, title: metadata.title)
    {
      return work(path: "work/" + fingerprint.slug)
    }
    return work(path: "work/" + IRIEncoding.segment("doc-" + document.id))
  }

  /// A cited work: its DOI, else its fingerprint, else a fingerprint of the raw entry.
  func work(_ reference: Reference) -> Work {
    if let work = work(doi: reference.doi) { return work }
    let fingerprint =
      WorkFingerprint(
        authors: reference.authors, year: reference.year, title: reference.title ?? reference.container)
      ?? WorkFingerprint(text: reference.raw)
    return work(path: "work/" + fingerprint.slug)
  }

  /// The `position`th (1-based) author of `work`.
  func author(of work: Work, position: Int) -> String {
    base + work.localPath + "/author/\(position)"
  }

  /// The IRIs of `document`'s parts, all under `<base>doc/<doc-id>/`.
  func parts(of document: Document) -> DocumentParts {
    DocumentParts(path: base + "doc/" + IRIEncoding.segment(document.id) + "/")
  }

  /// Mints the IRIs of one document's parts under its path, encoded once.
  struct DocumentParts: Sendable {
    /// `<base>doc/<doc-id>/`.
    let path: String

    var referenceList: String { path + "references" }

    func reference(_ id: ReferenceID) -> String {
      path + "reference/" + IRIEncoding.segment(id.rawValue)
    }

    /// A section by its 1-based path (`[2, 1]` → `section/2.1`).
    func section(_ numbers: [Int]) -> String {
      path + "section/" + numbers.map(String.init).joined(separator: ".")
    }

    func sentence(_ id: SentenceID) -> String {
      path + "sentence/" + IRIEncoding.segment(id.rawValue)
    }

    /// A claim: `doc/<doc-id>/claim/k12`.
    func claim(_ id: ClaimID) -> String { path + "claim/" + IRIEncoding.segment(id.rawValue) }

    /// An entity mention: `doc/<doc-id>/mention/e7`.
    func mention(_ id: EntityMentionID) -> String {
      path + "mention/" + IRIEncoding.segment(id.rawValue)
    }

    /// An in-text pointer: one per (marker, reference); `nil` for a marker that points nowhere.
    func pointer(_ marker: MarkerID, to reference: ReferenceID?) -> String {
      let pointer = path + "citation/" + IRIEncoding.segment(marker.rawValue)
      guard let reference else { return pointer }
      return pointer + "/" + IRIEncoding.segment(reference.rawValue)
    }
  }

  /// An entity: its identifiers.org IRI with a lower-case prefix (`HGNC:6018` →
  /// `https://identifiers.org/hgnc:6018`).
  static func entity(_ curie: String) -> String {
    guard let colon = curie.firstIndex(of: ":") else {
      return "https://identifiers.org/" + IRIEncoding.segment(curie)
    }
    let prefix = curie[..<colon].lowercased()
    let local = curie[curie.index(after: colon)...]
    return "https://identifiers.org/" + IRIEncoding.segment(prefix) + ":"
      + IRIEncoding.segment(String(local))
  }

  /// A DOI as printed, normalised: trimmed, `doi:` or resolver prefix dropped, lower-cased
  /// (DOIs are case-insensitive); `nil` unless it looks like `10.<registrant>/<suffix>`.
  static func normalisedDOI(_ text: String?) -> String? {
    guard var doi = text?.trimmingWhitespace() else { return nil }
    let lowered = doi.lowercased()
    for prefix in [
      "https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/", "doi:",
    ] where lowered.hasPrefix(prefix) {
      doi = String(doi.dropFirst(prefix.count)).trimmingWhitespace()
      break
    }
    doi = doi.lowercased()
    guard doi.hasPrefix("10."), let slash = doi.firstIndex(of: "/"),
      doi.index(after: slash) < doi.endIndex, doi.index(doi.startIndex, offsetBy: 3) < slash
    else { return nil }
    return doi
  }

  private func work(doi text: String?) -> Work? {
    guard let doi = Self.normalisedDOI(text) else { return nil }
    return Work(
      iri: "https://doi.org/" + IRIEncoding.doiPath(doi),
      localPath: "doi/" + IRIEncoding.segment(doi))
  }

  private func work(path: String) -> Work { Work(iri: base + path, localPath: path) }
}

extension String {
  fileprivate func trimmingWhitespace() -> String {
    var slice = Substring(self)
    while slice.first?.isWhitespace == true { slice = slice.dropFirst() }
    while slice.last?.isWhitespace == true { slice = slice.dropLast() }
    return String(slice)
  }
}
