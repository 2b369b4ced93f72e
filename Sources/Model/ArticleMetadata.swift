/// The article's own bibliographic data, from its front matter.
public struct ArticleMetadata: Hashable, Sendable, Codable {
  public var title: String?
  public var authors: [PersonName]
  public var affiliations: [String]
  public var keywords: [String]
  public var journal: String?
  public var year: String?
  public var volume: String?
  public var issue: String?
  public var pages: PageRange?
  public var doi: String?
  public var pmid: String?
  /// PubMed Central id (`PMC5828200`).
  public var pmcid: String?
  public var issn: String?
  /// The license statement or its URL.
  public var license: String?
  /// ISO dates (`2018-02-22`) where the source gives them.
  public var received: String?
  public var accepted: String?

  public init(
    title: String? = nil, authors: [PersonName] = [], affiliations: [String] = [],
    keywords: [String] = [], journal: String? = nil, year: String? = nil, volume: String? = nil,
    issue: String? = nil, pages: PageRange? = nil, doi: String? = nil, pmid: String? = nil,
    received: String? = nil, accepted: String? = nil, pmcid: String? = nil,
    issn: String? = nil, license: String? = nil
  ) {
    self.title = title
    self.authors = authors
    self.affiliations = affiliations
    self.keywords = keywords
    self.journal = journal
    self.year = year
    self.volume = volume
    self.issue = issue
    self.pages = pages
    self.doi = doi
    self.pmid = pmid
    self.received = received
    self.accepted = accepted
    self.pmcid = pmcid
    self.issn = issn
    self.license = license
  }
}
