import Model

/// Reads a plain-text article (as extracted from a PDF, or light markdown) into a `Document`.
///
/// Finds the front matter, the body's headings, paragraphs and sentences, the citation markers
/// in them, and the reference list's raw entries. Reference fields and citation links are left
/// to the Extract stage.
public enum TextReader {
  /// Reads `bytes`, the contents of the file at `path`.
  ///
  /// - Throws: `IngestError` when the file is empty, binary, not UTF-8, or has no text.
  public static func read(_ bytes: [UInt8], path: String, diagnostics: inout [Diagnostic])
    throws(IngestError) -> Document
  {
    let lines = try TextLines(bytes: bytes, path: path).lines
    let blocks = TextBlock.blocks(of: lines)
    guard !blocks.isEmpty else { throw .noContent(path: path) }

    let referencesStart = blocks.lastIndex { TextLayout.isReferencesHeading($0.text) }
    let mainBlocks = blocks[..<(referencesStart ?? blocks.endIndex)]
    let bodyStart = mainBlocks.firstIndex { TextLayout.isBodyStart($0.text) }
      ?? TextLayout.firstBodyBlockWithoutAbstract(Array(mainBlocks))
    let metadata = FrontMatterParser.metadata(from: Array(mainBlocks[..<bodyStart]))

    var scanner = MarkerScanner(path: path)
    var sentenceCount = 0
    var sections: [Section] = []
    var roles = SectionRoleTracker()
    for unit in TextLayout.bodyUnits(Array(mainBlocks[bodyStart...])) {
      switch unit {
      case .heading(let title):
        sections.append(Section(title: title, role: roles.role(of: title)))
      case .paragraph(let text, let line):
        let paragraph = scanner.markedText(of: TextNormalization.tidy(text), line: line)
        let sentences = SentenceSplitter.split(paragraph).map { range in
          sentenceCount += 1
          return Sentence(
            id: SentenceID(String(numberedID: sentenceCount, prefix: "s")), content: paragraph.inlines(range),
            position: SourcePosition(file: path, line: line))
        }
        if sections.isEmpty { sections.append(Section(title: nil)) }
        sections[sections.count - 1].paragraphs.append(Paragraph(sentences: sentences))
      }
    }

    var references: [Reference] = []
    if let referencesStart {
      references = ReferenceListSplitter.references(
        in: Array(blocks[(referencesStart + 1)...]), path: path)
    }
    if references.isEmpty {
      diagnostics.append(
        Diagnostic(
          .warning, code: "ingest.text.no-references",
          message: "no reference list found (expected a 'References' heading)",
          position: SourcePosition(file: path, line: lines.count)))
    }
    return Document(
      id: DocumentID.from(path: path), sourcePath: path, metadata: metadata, sections: sections,
      references: references)
  }
}
