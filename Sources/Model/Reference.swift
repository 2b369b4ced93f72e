/// One entry of a reference list: the text as printed and the fields parsed from it.
public struct Reference: Hashable, Sendable, Codable {
  /// What kind of work the entry cites; decides the BibTeX entry type and the FaBiO class.
  public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
    case journalArticle, book, chapter, conference, thesis, report, web, patent, preprint, data,
      other
  }

  public var id: ReferenceID
  /// The number or label as printed (`15`), or the position in a numbered list.
  public var label: String?
  /// The entry as printed, with extraction noise (`*…*`, `**…**`) removed.
  public var raw: String
  public var kind: Kind
  public var authors: [PersonName]
  /// Editors of the book or proceedings a chapter or paper appears in.
  public var editors: [PersonName] = []
  /// The author list ends with `et al.`.
  public var hasEtAl: Bool
  public var title: String?
  /// Journal, book or proceedings title.
  public var container: String?
  public var year: String?
  public var volume: String?
  public var issue: String?
  public var pages: PageRange?
  public var doi: String?
  public var pmid: String?
  /// PubMed Central id (`PMC5828200`).
  public var pmcid: String?
  public var url: String?
  public var publisher: String?
  /// The edition of a book, as printed (`2nd`).
  public var edition: String?
  /// Anything else printed with the entry, e.g. an erratum notice.
  public var note: String?
  /// Where the entry starts in the input.
  public var position: SourcePosition?
  /// The fields came from markup (JATS `<element-citation>`), not from parsing `raw`; the
  /// reference-string parser leaves such a reference alone.
  public var isStructured: Bool

  public init(
    id: ReferenceID, label: String? = nil, raw: String, kind: Kind = .other,
    authors: [PersonName] = [], hasEtAl: Bool = false, title: String? = nil,
    container: String? = nil, year: String? = nil, volume: String? = nil, issue: String? = nil,
    pages: PageRange? = nil, doi: String? = nil, pmid: String? = nil, url: String? = nil,
    publisher: String? = nil, note: String? = nil, position: SourcePosition? = nil,
    pmcid: String? = nil, isStructured: Bool = false
  ) {
    self.id = id
    self.label = label
    self.raw = raw
    self.kind = kind
    self.authors = authors
    self.hasEtAl = hasEtAl
    self.title = title
    self.container = container
    self.year = year
    self.volume = volume
    self.issue = issue
    self.pages = pages
    self.doi = doi
    self.pmid = pmid
    self.url = url
    self.publisher = publisher
    self.note = note
    self.position = position
    self.pmcid = pmcid
    self.isStructured = isStructured
  }
}
