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
    graph.add(article.iri, V.type, .iri(V.fabioJournalArticle))
    graph.add(article.iri, V.cgDocumentId, text: document.id)
    addWork(
      article, title: metadata.title, authors: metadata.authors, hasEtAl: false,
      year: metadata.year, container: metadata.journal, volume: metadata.volume,
      issue: metadata.issue, pages: metadata.pages, doi: metadata.doi, pmid: metadata.pmid,
      to: &graph)
    for keyword in metadata.keywords { graph.add(article.iri, V.prismKeyword, text: keyword) }
    graph.add(article.iri, V.fabioHasPubMedCentralId, text: metadata.pmcid)
    graph.add(article.iri, V.prismIssn, text: metadata.issn)
    graph.add(article.iri, V.dctermsLicense, text: metadata.license)
    addDate(metadata.received, article.iri, V.dctermsDateSubmitted, to: &graph)
    addDate(metadata.accepted, article.iri, V.dctermsDateAccepted, to: &graph)

    let parts = iris.parts(of: document)
    let list = parts.referenceList
    let referenceIDs = Set(document.references.map(\.id))
    if !document.references.isEmpty {
      graph.add(article.iri, V.frbrPart, .iri(list))
      graph.add(list, V.type, .iri(V.biroReferenceList))
    }
    var works: [ReferenceID: String] = [:]  // each reference's work, for claims' evidence
    for reference in document.references {
      let entry = parts.reference(reference.id)
      let work = iris.work(reference)
      if works[reference.id] == nil { works[reference.id] = work.iri }
      graph.add(list, V.coElement, .iri(entry))
      graph.add(entry, V.type, .iri(V.biroBibliographicReference))
      graph.add(entry, V.dctermsIdentifier, text: reference.id.rawValue)
      graph.add(entry, V.cgLabel, text: reference.label)
      graph.add(entry, V.c4oHasContent, text: reference.raw)
      graph.add(entry, V.biroReferences, .iri(work.iri))
      graph.add(article.iri, V.citoCites, .iri(work.iri))
      graph.add(work.iri, V.type, .iri(V.fabioClasses[reference.kind]!))
      addWork(
        work, title: reference.title, authors: reference.authors, hasEtAl: reference.hasEtAl,
        year: reference.year, container: reference.container, volume: reference.volume,
        issue: reference.issue, pages: reference.pages, doi: reference.doi, pmid: reference.pmid,
        to: &graph)
      graph.add(work.iri, V.fabioHasPubMedCentralId, text: reference.pmcid)
      if let url = reference.url, IRIEncoding.isValid(url) {
        graph.add(work.iri, V.fabioHasURL, .literal(url, datatype: V.anyURI))
      }
      graph.add(work.iri, V.dcPublisher, text: reference.publisher)
    }

    var methods: [MarkerAndReference: Citation.Method] = [:]
    for citation in document.citations {
      let key = MarkerAndReference(marker: citation.marker, reference: citation.reference)
      if methods[key] == nil { methods[key] = citation.method }
    }
    let context = BodyContext(
      parts: parts, article: article.iri, referenceIDs: referenceIDs, methods: methods)
    for (index, section) in document.sections.enumerated() {
      add(section, path: [index + 1], parent: article.iri, context: context, to: &graph)
    }
    addEntitiesAndClaims(document, parts: parts, works: works, to: &graph)
  }

  /// Entities (identifiers.org IRIs), their mentions, and claims as reified `rdf:Statement`s
  /// with their sentence and the works cited for them (docs/rdf-model.md, "Claims and entities").
  private func addEntitiesAndClaims(
    _ document: Document, parts: RDFIRIMinter.DocumentParts, works: [ReferenceID: String],
    to graph: inout RDFGraph
  ) {
    // An entity's triples are added on its first mention; later mentions reuse its IRI.
    var entities: [String: String] = [:]
    func addEntity(_ curie: String, _ type: EntityType, _ canonical: String) -> String {
      if let iri = entities[curie] { return iri }
      let iri = RDFIRIMinter.entity(curie)
      graph.add(iri, V.type, .iri(V.entityClasses[type]!))
      graph.add(iri, V.rdfsLabel, text: canonical)
      graph.add(iri, V.dctermsIdentifier, text: curie)
      entities[curie] = iri
      return iri
    }
    for mention in document.entities {
      let entity = addEntity(mention.grounding, mention.type, mention.canonical)
      let node = parts.mention(mention.id)
      graph.add(node, V.type, .iri(V.cgEntityMention))
      graph.add(node, V.cgMentions, .iri(entity))
      graph.add(node, V.c4oHasContent, .literal(mention.text))
      graph.add(node, V.provWasDerivedFrom, .iri(parts.sentence(mention.sentence)))
    }
    guard !document.claims.isEmpty else { return }
    for claim in document.claims {
      let node = parts.claim(claim.id)
      let subject = addEntity(claim.subject.grounding, claim.subject.type, claim.subject.canonical)
      let object = addEntity(claim.object.grounding, claim.object.type, claim.object.canonical)
      graph.add(node, V.type, .iri(V.cgClaim))
      graph.add(node, V.type, .iri(V.rdfStatement))
      graph.add(node, V.rdfSubject, .iri(subject))
      graph.add(node, V.rdfPredicate, .iri(V.claimPredicates[claim.predicate]!))
      graph.add(node, V.rdfObject, .iri(object))
      let polarity: String
      switch claim.polarity {
      case .positive: polarity = "1"
      case .negative: polarity = "-1"
      case .neutral: polarity = "0"
      }
      graph.add(node, V.cgPolarity, .literal(polarity, datatype: V.integer))
      graph.add(node, V.cgIsNegated, .literal(claim.isNegated ? "true" : "false", datatype: V.boolean))
      graph.add(node, V.cgIsHedged, .literal(claim.isHedged ? "true" : "false", datatype: V.boolean))
      graph.add(node, V.provWasDerivedFrom, .iri(parts.sentence(claim.sentence)))
      for reference in claim.evidence {
        guard let work = works[reference] else { continue }
        graph.add(node, V.citoCitesAsEvidence, .iri(work))
      }
    }
  }

  private struct MarkerAndReference: Hashable {
    var marker: MarkerID
    var reference: ReferenceID
  }

  private struct BodyContext {
    var parts: RDFIRIMinter.DocumentParts
    var article: String
    var referenceIDs: Set<ReferenceID>
    var methods: [MarkerAndReference: Citation.Method]
  }

  private func add(
    _ section: Section, path: [Int], parent: String, context: BodyContext,
    to graph: inout RDFGraph
  ) {
    let node = context.parts.section(path)
    graph.add(parent, V.frbrPart, .iri(node))
    graph.add(node, V.type, .iri(V.docoSection))
    graph.add(node, V.dctermsTitle, text: section.title)
    for paragraph in section.paragraphs {
      for sentence in paragraph.sentences {
        let sentenceIRI = context.parts.sentence(sentence.id)
        graph.add(node, V.frbrPart, .iri(sentenceIRI))
        graph.add(sentenceIRI, V.type, .iri(V.docoSentence))
        graph.add(sentenceIRI, V.dctermsIdentifier, text: sentence.id.rawValue)
        graph.add(sentenceIRI, V.c4oHasContent, literalUTF8: sentence.plainTextUTF8)
        for marker in sentence.markers {
          let targets = marker.targets.filter { context.referenceIDs.contains($0) }
          let pointers: [ReferenceID?] = targets.isEmpty ? [nil] : targets
          for target in pointers {
            let pointer = context.parts.pointer(marker.id, to: target)
            graph.add(pointer, V.type, .iri(V.c4oInTextReferencePointer))
            graph.add(pointer, V.c4oHasContent, .literal(marker.label))
            graph.add(pointer, V.c4oHasContext, .iri(sentenceIRI))
            guard let target else { continue }
            graph.add(pointer, V.c4oDenotes, .iri(context.parts.reference(target)))
            let key = MarkerAndReference(marker: marker.id, reference: target)
            if let method = context.methods[key] {
              graph.add(pointer, V.cgLinkMethod, .literal(method.rawValue))
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
    graph.add(iri, V.dctermsTitle, text: title)
    for (index, author) in authors.enumerated() {
      let person = iris.author(of: work, position: index + 1)
      graph.add(iri, V.dctermsCreator, .iri(person))
      graph.add(person, V.type, .iri(V.foafPerson))
      graph.add(person, V.foafFamilyName, text: author.family)
      graph.add(person, V.foafGivenName, text: author.given)
      let name = [author.given ?? "", author.family].filter { !$0.isEmpty }.joined(separator: " ")
      graph.add(person, V.foafName, text: name)
      graph.add(person, V.cgAuthorPosition, .literal(String(index + 1), datatype: V.integer))
    }
    if hasEtAl { graph.add(iri, V.cgHasMoreAuthors, .literal("true", datatype: V.boolean)) }
    if let year {
      let isYear = year.count == 4 && year.allSatisfy { $0.isASCII && $0.isNumber }
      if isYear {
        graph.add(iri, V.fabioHasPublicationYear, .literal(year, datatype: V.gYear))
      } else {
        graph.add(iri, V.fabioHasPublicationYear, text: year)
      }
    }
    graph.add(iri, V.prismPublicationName, text: container)
    graph.add(iri, V.prismVolume, text: volume)
    graph.add(iri, V.prismIssueIdentifier, text: issue)
    graph.add(iri, V.prismStartingPage, text: pages?.first)
    graph.add(iri, V.prismEndingPage, text: pages?.last)
    graph.add(iri, V.prismDoi, text: RDFIRIMinter.normalisedDOI(doi) ?? doi)
    graph.add(iri, V.fabioHasPubMedId, text: pmid)
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
