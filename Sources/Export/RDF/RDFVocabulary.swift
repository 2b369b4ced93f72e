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
}
