import Model

/// The vocabularies the graph uses (SPAR and friends) and the prefixes Turtle declares for them.
///
/// `cg:` is citegraph's own small vocabulary for what SPAR has no term for; docs/rdf-model.md
/// describes every term. Its namespace does not move with `--base-iri`.
enum RDFVocabulary {
  /// Prefix and namespace, in the order Turtle declares them.
  static let prefixes: [(prefix: String, namespace: String)] = [
    ("rdf", rdf), ("rdfs", rdfs), ("xsd", xsd), ("dcterms", dcterms), ("foaf", foaf),
    ("fabio", fabio), ("biro", biro), ("c4o", c4o), ("cito", cito), ("co", co), ("doco", doco),
    ("frbr", frbr), ("prism", prism), ("prov", prov), ("cg", cg),
  ]

  static let rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
  static let rdfs = "http://www.w3.org/2000/01/rdf-schema#"
  static let xsd = "http://www.w3.org/2001/XMLSchema#"
  static let dcterms = "http://purl.org/dc/terms/"
  static let foaf = "http://xmlns.com/foaf/0.1/"
  static let fabio = "http://purl.org/spar/fabio/"
  static let biro = "http://purl.org/spar/biro/"
  static let c4o = "http://purl.org/spar/c4o/"
  static let cito = "http://purl.org/spar/cito/"
  static let co = "http://purl.org/co/"
  static let doco = "http://purl.org/spar/doco/"
  static let frbr = "http://purl.org/vocab/frbr/core#"
  static let prism = "http://prismstandard.org/namespaces/basic/2.0/"
  static let prov = "http://www.w3.org/ns/prov#"
  static let cg = "https://w3id.org/citegraph/ns#"

  static let type = rdf + "type"

  /// The `cg:` class of an entity type (docs/rdf-model.md).
  static func entityClass(_ type: EntityType) -> String {
    switch type {
    case .gene: "GeneOrProtein"
    case .family, .complex: "FamilyOrComplex"
    case .chemical: "ChemicalOrDrug"
    case .disease: "Disease"
    case .cellType: "CellType"
    case .process: "BiologicalProcess"
    case .pathway: "Pathway"
    }
  }

  /// The `cg:` property name of a claim predicate (`increases_amount` → `increasesAmount`).
  static func predicateName(_ predicate: Claim.Predicate) -> String {
    switch predicate {
    case .activates: "activates"
    case .inhibits: "inhibits"
    case .increasesAmount: "increasesAmount"
    case .decreasesAmount: "decreasesAmount"
    case .binds: "binds"
    case .phosphorylates: "phosphorylates"
    case .methylates: "methylates"
    case .promotes: "promotes"
    case .prevents: "prevents"
    case .associatedWith: "associatedWith"
    }
  }
  static let gYear = xsd + "gYear"
  static let date = xsd + "date"
  static let integer = xsd + "integer"
  static let boolean = xsd + "boolean"
  static let anyURI = xsd + "anyURI"

  /// The FaBiO class of a cited work of `kind`.
  static func fabioClass(_ kind: Reference.Kind) -> String {
    switch kind {
    case .journalArticle: fabio + "JournalArticle"
    case .book: fabio + "Book"
    case .chapter: fabio + "BookChapter"
    case .conference: fabio + "ConferencePaper"
    case .thesis: fabio + "Thesis"
    case .report: fabio + "ReportDocument"
    case .web: fabio + "WebContent"
    case .patent: fabio + "PatentDocument"
    case .preprint: fabio + "Preprint"
    case .data: fabio + "DataFile"
    case .other: fabio + "Expression"
    }
  }

  // The terms the graph uses, each spelled out once.

  static let biroBibliographicReference = biro + "BibliographicReference"
  static let biroReferenceList = biro + "ReferenceList"
  static let biroReferences = biro + "references"
  static let c4oInTextReferencePointer = c4o + "InTextReferencePointer"
  static let c4oDenotes = c4o + "denotes"
  static let c4oHasContent = c4o + "hasContent"
  static let c4oHasContext = c4o + "hasContext"
  static let cgClaim = cg + "Claim"
  static let cgEntityMention = cg + "EntityMention"
  static let cgAuthorPosition = cg + "authorPosition"
  static let cgDocumentId = cg + "documentId"
  static let cgHasMoreAuthors = cg + "hasMoreAuthors"
  static let cgIsHedged = cg + "isHedged"
  static let cgIsNegated = cg + "isNegated"
  static let cgLabel = cg + "label"
  static let cgLinkMethod = cg + "linkMethod"
  static let cgMentions = cg + "mentions"
  static let cgPolarity = cg + "polarity"
  static let citoCites = cito + "cites"
  static let citoCitesAsEvidence = cito + "citesAsEvidence"
  static let coElement = co + "element"
  static let dctermsCreator = dcterms + "creator"
  static let dctermsDateAccepted = dcterms + "dateAccepted"
  static let dctermsDateSubmitted = dcterms + "dateSubmitted"
  static let dctermsIdentifier = dcterms + "identifier"
  static let dctermsLicense = dcterms + "license"
  static let dctermsTitle = dcterms + "title"
  static let docoSection = doco + "Section"
  static let docoSentence = doco + "Sentence"
  static let fabioJournalArticle = fabio + "JournalArticle"
  static let fabioHasPubMedCentralId = fabio + "hasPubMedCentralId"
  static let fabioHasPubMedId = fabio + "hasPubMedId"
  static let fabioHasPublicationYear = fabio + "hasPublicationYear"
  static let fabioHasURL = fabio + "hasURL"
  static let foafPerson = foaf + "Person"
  static let foafFamilyName = foaf + "familyName"
  static let foafGivenName = foaf + "givenName"
  static let foafName = foaf + "name"
  static let frbrPart = frbr + "part"
  static let prismDoi = prism + "doi"
  static let prismEndingPage = prism + "endingPage"
  static let prismIssn = prism + "issn"
  static let prismIssueIdentifier = prism + "issueIdentifier"
  static let prismKeyword = prism + "keyword"
  static let prismPublicationName = prism + "publicationName"
  static let prismStartingPage = prism + "startingPage"
  static let prismVolume = prism + "volume"
  static let provWasDerivedFrom = prov + "wasDerivedFrom"
  static let rdfStatement = rdf + "Statement"
  static let rdfObject = rdf + "object"
  static let rdfPredicate = rdf + "predicate"
  static let rdfSubject = rdf + "subject"
  static let rdfsLabel = rdfs + "label"
  static let dcPublisher = "http://purl.org/dc/elements/1.1/publisher"

  /// The FaBiO class of every kind of cited work.
  static let fabioClasses = Dictionary(
    uniqueKeysWithValues: Reference.Kind.allCases.map { ($0, fabioClass($0)) })
  /// The `cg:` class IRI of every entity type.
  static let entityClasses = Dictionary(
    uniqueKeysWithValues: EntityType.allCases.map { ($0, cg + entityClass($0)) })
  /// The `cg:` property IRI of every claim predicate.
  static let claimPredicates = Dictionary(
    uniqueKeysWithValues: Claim.Predicate.allCases.map { ($0, cg + predicateName($0)) })
}
