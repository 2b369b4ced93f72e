import Model

/// Builds the graph of documents: the article and every cited work (FaBiO, DCTERMS, PRISM,
/// FOAF), the reference list (BiRO), `cito:cites`, and each in-text citation as a C4O pointer
/// with its sentence. docs/rdf-model.md describes the model.
struct RDFGraphBuilder {
  let iris: RDFIRIMinter
  private typealias V = RDFVocabulary

  init(base: RDFBaseIRI) { iris = RDFIRIMinter(base: base) }

  /// The triples of `documents`, in document order, each once.
  func graph(_ documents: [Document]) -> RDFGraph {
    // A rough size (a reference gives some fifteen triples) spares most of the set's resizes.
    var graph = RDFGraph(capacity: documents.reduce(0) { $0 + 256 + 32 * $1.references.count })
    for document in documents { add(document, to: &graph) }
    return graph
  }

  private func add(_ document: Document, to graph: inout RDFGraph) {
    let metadata = document.metadata
    let article = iris.article(document)
    graph.add(article.iri, V.type, .iri(V.fabio + "JournalArticle"))
    graph.add(article.iri, V.cg + "documentId", text: document.id)
    addWork(
      article, title: metadata.title, authors: metadata.authors, hasEtAl: false,
      year: metadata.year, container: metadata.journal, volume: metadata.volume,
      issue: metadata.issue, pages: metadata.pages, doi: metadata.doi, pmid: metadata.pmid,
      to: &graph)
    for keyword in metadata.keywords { graph.add(article.iri, V.prism + "keyword", text: keyword) }
    graph.add(article.iri, V.fabio + "hasPubMedCentralId", text: metadata.pmcid)
    graph.add(article.iri, V.prism + "issn", text: metadata.issn)
    graph.add(article.iri, V.dcterms + "license", text: metadata.license)
    addDate(metadata.received, article.iri, V.dcterms + "dateSubmitted", to: &graph)
    addDate(metadata.accepted, article.iri, V.dcterms + "dateAccepted", to: &graph)

    let list = iris.referenceList(document)
    let referenceIDs = Set(document.references.map(\.id))
    if !document.references.isEmpty {
      graph.add(article.iri, V.frbr + "part", .iri(list))
      graph.add(list, V.type, .iri(V.biro + "ReferenceList"))
    }
    var works: [ReferenceID: String] = [:]  // each reference's work, for claims' evidence
    for reference in document.references {
      let entry = iris.reference(reference.id, in: document)
      let work = iris.work(reference)
      if works[reference.id] == nil { works[reference.id] = work.iri }
      graph.add(list, V.co + "element", .iri(entry))
      graph.add(entry, V.type, .iri(V.biro + "BibliographicReference"))
      graph.add(entry, V.dcterms + "identifier", text: reference.id.rawValue)
      graph.add(entry, V.cg + "label", text: reference.label)
      graph.add(entry, V.c4o + "hasContent", text: reference.raw)
      graph.add(entry, V.biro + "references", .iri(work.iri))
      graph.add(article.iri, V.cito + "cites", .iri(work.iri))
      graph.add(work.iri, V.type, .iri(V.fabioClass(reference.kind)))
      addWork(
        work, title: reference.title, authors: reference.authors, hasEtAl: reference.hasEtAl,
        year: reference.year, container: reference.container, volume: reference.volume,
        issue: reference.issue, pages: reference.pages, doi: reference.doi, pmid: reference.pmid,
        to: &graph)
      graph.add(work.iri, V.fabio + "hasPubMedCentralId", text: reference.pmcid)
      if let url = reference.url, IRIEncoding.isValid(url) {
        graph.add(work.iri, V.fabio + "hasURL", .literal(url, datatype: V.anyURI))
      }
      graph.add(work.iri, "http://purl.org/dc/elements/1.1/publisher", text: reference.publisher)
    }

    var methods: [MarkerAndReference: Citation.Method] = [:]
    for citation in document.citations {
      let key = MarkerAndReference(marker: citation.marker, reference: citation.reference)
      if methods[key] == nil { methods[key] = citation.method }
    }
    let context = BodyContext(
      document: document, article: article.iri, referenceIDs: referenceIDs, methods: methods)
    for (index, section) in document.sections.enumerated() {
      add(section, path: [index + 1], parent: article.iri, context: context, to: &graph)
    }
    addEntitiesAndClaims(document, works: works, to: &graph)
  }

  /// Entities (identifiers.org IRIs), their mentions, and claims as reified `rdf:Statement`s
  /// with their sentence and the works cited for them (docs/rdf-model.md, "Claims and entities").
  private func addEntitiesAndClaims(
    _ document: Document, works: [ReferenceID: String], to graph: inout RDFGraph
  ) {
    // An entity's triples are added on its first mention; later mentions reuse its IRI.
    var entities: [String: String] = [:]
    func addEntity(_ curie: String, _ type: EntityType, _ canonical: String) -> String {
      if let iri = entities[curie] { return iri }
      let iri = RDFIRIMinter.entity(curie)
      graph.add(iri, V.type, .iri(V.cg + V.entityClass(type)))
      graph.add(iri, V.rdfs + "label", text: canonical)
      graph.add(iri, V.dcterms + "identifier", text: curie)
      entities[curie] = iri
      return iri
    }
    for mention in document.entities {
      let entity = addEntity(mention.grounding, mention.type, mention.canonical)
      let node = iris.mention(mention.id, in: document)
      graph.add(node, V.type, .iri(V.cg + "EntityMention"))
      graph.add(node, V.cg + "mentions", .iri(entity))
      graph.add(node, V.c4o + "hasContent", .literal(mention.text))
      graph.add(node, V.prov + "wasDerivedFrom", .iri(iris.sentence(mention.sentence, in: document)))
    }
    guard !document.claims.isEmpty else { return }
    for claim in document.claims {
      let node = iris.claim(claim.id, in: document)
      let subject = addEntity(claim.subject.grounding, claim.subject.type, claim.subject.canonical)
      let object = addEntity(claim.object.grounding, claim.object.type, claim.object.canonical)
      graph.add(node, V.type, .iri(V.cg + "Claim"))
      graph.add(node, V.type, .iri(V.rdf + "Statement"))
      graph.add(node, V.rdf + "subject", .iri(subject))
      graph.add(node, V.rdf + "predicate", .iri(V.cg + V.predicateName(claim.predicate)))
      graph.add(node, V.rdf + "object", .iri(object))
      let polarity: String
      switch claim.polarity {
      case .positive: polarity = "1"
      case .negative: polarity = "-1"
      case .neutral: polarity = "0"
      }
      graph.add(node, V.cg + "polarity", .literal(polarity, datatype: V.integer))
      graph.add(node, V.cg + "isNegated", .literal(claim.isNegated ? "true" : "false", datatype: V.boolean))
      graph.add(node, V.cg + "isHedged", .literal(claim.isHedged ? "true" : "false", datatype: V.boolean))
      graph.add(node, V.prov + "wasDerivedFrom", .iri(iris.sentence(claim.sentence, in: document)))
      for reference in claim.evidence {
        guard let work = works[reference] else { continue }
        graph.add(node, V.cito + "citesAsEvidence", .iri(work))
      }
    }
  }

  private struct MarkerAndReference: Hashable {
    var marker: MarkerID
    var reference: ReferenceID
  }

  private struct BodyContext {
    var document: Document
    var article: String
    var referenceIDs: Set<ReferenceID>
    var methods: [MarkerAndReference: Citation.Method]
  }

  private func add(
    _ section: Section, path: [Int], parent: String, context: BodyContext,
    to graph: inout RDFGraph
  ) {
    let document = context.document
    let node = iris.section(path, in: document)
    graph.add(parent, V.frbr + "part", .iri(node))
    graph.add(node, V.type, .iri(V.doco + "Section"))
    graph.add(node, V.dcterms + "title", text: section.title)
    for paragraph in section.paragraphs {
      for sentence in paragraph.sentences {
        let sentenceIRI = iris.sentence(sentence.id, in: document)
        graph.add(node, V.frbr + "part", .iri(sentenceIRI))
        graph.add(sentenceIRI, V.type, .iri(V.doco + "Sentence"))
        graph.add(sentenceIRI, V.dcterms + "identifier", text: sentence.id.rawValue)
        graph.add(sentenceIRI, V.c4o + "hasContent", .literal(sentence.plainText))
        for marker in sentence.markers {
          let targets = marker.targets.filter { context.referenceIDs.contains($0) }
          let pointers: [ReferenceID?] = targets.isEmpty ? [nil] : targets
          for target in pointers {
            let pointer = iris.pointer(marker.id, to: target, in: document)
            graph.add(pointer, V.type, .iri(V.c4o + "InTextReferencePointer"))
            graph.add(pointer, V.c4o + "hasContent", .literal(marker.label))
            graph.add(pointer, V.c4o + "hasContext", .iri(sentenceIRI))
            guard let target else { continue }
            graph.add(pointer, V.c4o + "denotes", .iri(iris.reference(target, in: document)))
            let key = MarkerAndReference(marker: marker.id, reference: target)
            if let method = context.methods[key] {
              graph.add(pointer, V.cg + "linkMethod", .literal(method.rawValue))
            }
          }
        }
      }
    }
    for (index, subsection) in section.subsections.enumerated() {
      add(subsection, path: path + [index + 1], parent: node, context: context, to: &graph)
    }
  }

  private func addWork(
    _ work: RDFIRIMinter.Work, title: String?, authors: [PersonName], hasEtAl: Bool,
    year: String?, container: String?, volume: String?, issue: String?, pages: PageRange?,
    doi: String?, pmid: String?, to graph: inout RDFGraph
  ) {
    let iri = work.iri
    graph.add(iri, V.dcterms + "title", text: title)
    for (index, author) in authors.enumerated() {
      let person = iris.author(of: work, position: index + 1)
      graph.add(iri, V.dcterms + "creator", .iri(person))
      graph.add(person, V.type, .iri(V.foaf + "Person"))
      graph.add(person, V.foaf + "familyName", text: author.family)
      graph.add(person, V.foaf + "givenName", text: author.given)
      let name = [author.given ?? "", author.family].filter { !$0.isEmpty }.joined(separator: " ")
      graph.add(person, V.foaf + "name", text: name)
      graph.add(person, V.cg + "authorPosition", .literal(String(index + 1), datatype: V.integer))
    }
    if hasEtAl { graph.add(iri, V.cg + "hasMoreAuthors", .literal("true", datatype: V.boolean)) }
    if let year {
      let isYear = year.count == 4 && year.allSatisfy { $0.isASCII && $0.isNumber }
      if isYear {
        graph.add(iri, V.fabio + "hasPublicationYear", .literal(year, datatype: V.gYear))
      } else {
        graph.add(iri, V.fabio + "hasPublicationYear", text: year)
      }
    }
    graph.add(iri, V.prism + "publicationName", text: container)
    graph.add(iri, V.prism + "volume", text: volume)
    graph.add(iri, V.prism + "issueIdentifier", text: issue)
    graph.add(iri, V.prism + "startingPage", text: pages?.first)
    graph.add(iri, V.prism + "endingPage", text: pages?.last)
    graph.add(iri, V.prism + "doi", text: RDFIRIMinter.normalisedDOI(doi) ?? doi)
    graph.add(iri, V.fabio + "hasPubMedId", text: pmid)
  }

  private func addDate(
    _ date: String?, _ subject: String, _ predicate: String, to graph: inout RDFGraph
  ) {
    guard let date else { return }
    let digits = date.split(separator: "-", omittingEmptySubsequences: false)
    let numbers = digits.compactMap { part in
      part.allSatisfy { $0.isASCII && $0.isNumber } ? Int(part) : nil
    }
    var isISO = digits.map(\.count) == [4, 2, 2] && numbers.count == 3
    if isISO {
      let (year, month, day) = (numbers[0], numbers[1], numbers[2])
      let isLeap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
      let days = [31, isLeap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
      isISO = (1...12).contains(month) && (1...days[month - 1]).contains(day)
    }
    if isISO {
      graph.add(subject, predicate, .literal(date, datatype: V.date))
    } else {
      graph.add(subject, predicate, text: date)
    }
  }
}
