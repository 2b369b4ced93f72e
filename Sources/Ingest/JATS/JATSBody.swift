import Model

/// The article's text: abstract, body sections, back-matter sections and sub-articles, as
/// sections of sentences whose citation markers carry the `<xref>` targets.
struct JATSBody {
  var path: String
  var grouper: CitationGrouper
  /// Whether citations are found in the text, as the text path finds them (for articles
  /// that have references but mark no citation up with `<xref ref-type="bibr">`).
  var scansTextForCitations = false
  private var scanner: MarkerScanner
  /// The `<xref ref-type="bibr">` markers read so far.
  private(set) var markerCount = 0
  private var sentenceCount = 0

  init(path: String, referenceOrder: [ReferenceID]) {
    self.path = path
    self.grouper = CitationGrouper(order: referenceOrder)
    self.scanner = MarkerScanner(path: path)
  }

  mutating func sections(of article: XMLElement) -> [Section] {
    var sections: [Section] = []
    if let meta = article.child(.front)?.child(.articleMeta) {
      for abstract in meta.children(.abstract) + meta.children(.transAbstract) {
        // A structured abstract's "Methods" summarises the study, as the abstract does.
        var section = self.section(abstract).withoutRoles
        if section.title == nil { section.title = "Abstract" }
        sections.append(section)
      }
    }
    if let body = article.child(.body) { sections += topLevelSections(body) }
    if let back = article.child(.back) {
      for element in back.elements {
        switch element.xmlName {
        case .ack, .sec, .app, .notes, .glossary:
          var section = backSection(element)
          if section.title == nil, element.isNamed(.ack) { section.title = "Acknowledgments" }
          sections.append(section)
        case .appGroup:
          sections += element.elements.filter { $0.isNamed(.app) || $0.isNamed(.sec) }.map { self.section($0) }
        default: continue
        }
      }
    }
    // Figures and tables gathered after the back matter (`<floats-group>`, Pensoft, PMC).
    if let floats = article.child(.floatsGroup) {
      var section = Section(title: "Figures and tables")
      for element in floats.elements { blocks(element, into: &section) }
      sections.append(section)
    }
    for sub in article.children(.subArticle) {
      let title = sub.descendant("article-title")?.normalizedText ?? sub[attribute: .articleType] ?? "sub-article"
      var section = Section(title: "Sub-article: \(title)")
      if let body = sub.child(.body) { section.subsections = topLevelSections(body) }
      if let back = sub.child(.back) {
        section.subsections += back.elements.filter { $0.isNamed(.ack) || $0.isNamed(.sec) || $0.isNamed(.app) }
          .map { backSection($0) }
      }
      sections.append(section)
    }
    return sections.filter { !$0.isBlank }
  }

  /// A section of `<back>`: acknowledgements, notes and glossaries are back matter; a `<sec>`
  /// or appendix is what its type or heading says ("Competing interests"; not "Figures and
  /// Tables").
  private mutating func backSection(_ element: XMLElement) -> Section {
    var section = self.section(element)
    if element.isNamed(.ack) || element.isNamed(.notes) || element.isNamed(.glossary) {
      section.role = .backMatter
    }
    return section
  }

  /// Paragraphs before the first `<sec>` form an untitled section.
  private mutating func topLevelSections(_ body: XMLElement) -> [Section] {
    var sections: [Section] = []
    var loose = Section(title: nil)
    for element in body.elements {
      if element.isNamed(.sec) {
        sections.append(section(element))
      } else {
        blocks(element, into: &loose)
      }
    }
    if !loose.paragraphs.isEmpty || !loose.subsections.isEmpty { sections.insert(loose, at: 0) }
    return sections
  }

  private mutating func section(_ element: XMLElement) -> Section {
    let title = element.child(.title)
    var section = Section(title: title?.normalizedText)
    section.role = element[attribute: "sec-type"].flatMap(SectionRole.init(secType:))
      ?? section.title.flatMap(SectionRole.init(heading:))
    // A title that cites ("Synthesis of 3 in Flow [20, 21]") is also a sentence of the
    // section, so that its citations are linked like any other.
    if let title, title.citesReferences {
      paragraphs(of: title, into: &section)
    }
    for child in element.elements where !child.isNamed(.title) && !child.isNamed(.label) {
      if child.isNamed(.sec) {
        let subsection = self.section(child)
        if !subsection.isBlank { section.subsections.append(subsection) }
      } else {
        blocks(child, into: &section)
      }
    }
    return section
  }

  /// Adds the paragraphs of a block-level element to `section`.
  private mutating func blocks(_ element: XMLElement, into section: inout Section) {
    switch element.xmlName {
    case .p, .title, .attrib, .def, .term:
      paragraphs(of: element, into: &section)
    case .list, .listItem, .defList, .defItem, .boxedText, .dispQuote, .statement, .glossary:
      for child in element.elements {
        if child.isNamed(.sec) { section.subsections.append(self.section(child)) } else {
          blocks(child, into: &section)
        }
      }
    case .fig, .tableWrap, .figGroup, .tableWrapGroup, .supplementaryMaterial, .media, .chemStructWrap:
      if let caption = element.child(.caption) {
        var paragraph = MarkedText()
        if let label = element.child(.label) {
          for child in label.children { appendContent(child, emphasised: false, into: &paragraph) }
          paragraph.append(" ", emphasised: false)
        }
        for child in caption.elements {
          appendInline(child, emphasised: false, into: &paragraph)
          paragraph.append(" ", emphasised: false)
        }
        append(paragraph, line: element.line, to: &section, isCaption: true)
      }
      for child in element.elements where child.isNamed(.fig) || child.isNamed(.tableWrap) {
        blocks(child, into: &section)
      }
      for footnote in element.descendants(.tableWrapFoot) {
        for child in footnote.elements { blocks(child, into: &section) }
      }
      if element.isNamed(.tableWrap) { citingRows(of: element, into: &section) }
    case .fn, .fnGroup, .tableWrapFoot:
      for child in element.elements { blocks(child, into: &section) }
    case .taxonTreatment:
      // TaxPub (Pensoft): the name and its citations, then sections of diagnosis, material, ...
      for child in element.elements {
        switch child.xmlName {
        case .nomenclature: paragraphs(of: child, into: &section)
        case .treatmentSec: section.subsections.append(self.section(child))
        default: blocks(child, into: &section)
        }
      }
    default:
      return
    }
  }

  /// A table's cells that cite (`<td>Aislabie et al. (<xref …>2006</xref>)</td>`, Frontiers),
  /// each as a paragraph, so that the citations are linked; the rest of the table (and so
  /// any claim its rows might seem to make) stays out of the text.
  private mutating func citingRows(of table: XMLElement, into section: inout Section) {
    for cell in table.descendants(.td, .th)
    where cell.citesReferences {
      var paragraph = MarkedText()
      for child in cell.children { appendContent(child, emphasised: false, into: &paragraph) }
      append(paragraph, line: cell.line, to: &section)
    }
  }

  /// A `<p>`: inline content becomes sentences; block elements inside it become their own
  /// paragraphs.
  private mutating func paragraphs(of element: XMLElement, into section: inout Section) {
    var paragraph = MarkedText()
    for child in element.children {
      if case .element(let inner) = child, Self.blockNames.contains(inner.xmlName) {
        append(paragraph, line: element.line, to: &section)
        paragraph = MarkedText()
        blocks(inner, into: &section)
      } else {
        appendContent(child, emphasised: false, into: &paragraph)
      }
    }
    append(paragraph, line: element.line, to: &section)
  }

  private static let blockNames: [XMLName] = [
    .list, .fig, .tableWrap, .boxedText, .dispQuote, .figGroup, .tableWrapGroup, .statement,
    .defList, .supplementaryMaterial, .p,
  ]

  private mutating func append(
    _ paragraph: MarkedText, line: Int, to section: inout Section, isCaption: Bool = false
  ) {
    let grouped = scansTextForCitations ? scanner.findingMarkers(in: paragraph, line: line) : grouper.group(paragraph)
    let sentences = SentenceSplitter.split(grouped).compactMap { range -> Sentence? in
      let trimmed = grouped.trimmed(range)
      guard !trimmed.isEmpty else { return nil }
      sentenceCount += 1
      return Sentence(
        id: SentenceID(String(numberedID: sentenceCount, prefix: "s")), content: grouped.inlines(trimmed),
        position: SourcePosition(file: path, line: line))
    }
    if !sentences.isEmpty { section.paragraphs.append(Paragraph(sentences: sentences, isCaption: isCaption)) }
  }

  private mutating func appendContent(_ content: XMLContent, emphasised: Bool, into paragraph: inout MarkedText) {
    switch content {
    case .text(let text):
      // Scalars, not grapheme clusters: much faster, and regrouping the paragraph into a String
      // rebuilds the same clusters.
      text.withUTF8 { paragraph.appendCollapsingSpaces($0, emphasised: emphasised) }
    case .element(let element):
      appendInline(element, emphasised: emphasised, into: &paragraph)
    }
  }

  private mutating func appendInline(_ element: XMLElement, emphasised: Bool, into paragraph: inout MarkedText) {
    switch element.xmlName {
    case .xref where element.attribute(.refType, is: "bibr"):
      markerCount += 1
      let label = element.normalizedText
      let targets = Self.words(of: element[attribute: .rid] ?? "").map { ReferenceID($0) }
      paragraph.append(
        CitationMarker(
          id: MarkerID(String(numberedID: markerCount, prefix: "m")), label: label,
          citedLabels: targets.isEmpty ? NumberList.expand(label) ?? [label] : targets.map(\.rawValue),
          targets: targets, position: SourcePosition(file: path, line: element.line)))
    case .inlineFormula, .math, .alternatives:
      // Inline MathML is part of the sentence ("at −10 cm", "pyrido[2,3-b]"): its characters
      // without markup or layout white space; TeX source and images of formulas are left out.
      guard let math = element.isNamed(.math) ? element : element.descendant("math") else { return }
      var text = ""
      math.forEachText { text += $0.trimmingCharacters(in: " \t\n\r") }
      for scalar in text.unicodeScalars { paragraph.append(scalar, emphasised: emphasised) }
    case .dispFormula, .texMath, .inlineGraphic, .graphic, .fn, .tableWrap, .fig, .table, .objectID, .label:
      return
    case .italic, .bold, .underline, .em:
      for child in element.children { appendContent(child, emphasised: true, into: &paragraph) }
    case .break:
      paragraph.append(" ", emphasised: emphasised)
    default:
      for child in element.children { appendContent(child, emphasised: emphasised, into: &paragraph) }
    }
  }
}

extension JATSBody {
  /// The words of `text` between spaces (`split(separator: " ")`), split on the bytes when
  /// `text` is ASCII, as ids are.
  fileprivate static func words(of text: String) -> [String] {
    guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return text.split(separator: " ").map(String.init) }
    return text.utf8.split(separator: 0x20).map { String(Substring($0)) }
  }
}

extension XMLElement {
  /// Whether an `<xref ref-type="bibr">` is inside.
  fileprivate var citesReferences: Bool {
    descendants(.xref).contains { $0.attribute(.refType, is: "bibr") }
  }
}

extension Section {
  /// The section and its subsections with no role.
  fileprivate var withoutRoles: Section {
    var section = self
    section.role = nil
    section.subsections = subsections.map(\.withoutRoles)
    return section
  }

  /// No title, no paragraphs, no subsections (`<app><title/></app>`).
  fileprivate var isBlank: Bool {
    (title ?? "").isEmpty && paragraphs.isEmpty && subsections.isEmpty
  }
}
