import Model

/// Entity mentions and claims for a document whose citations are linked.
struct EntityAndClaimExtractor {
  let lexicon: Lexicon
  /// Drops the claim reader's unlikely readings; `.keepsAll` to see every reading.
  let claimFilter: ClaimFilter

  init(lexicon: Lexicon = .shared, claimFilter: ClaimFilter = .shared) {
    self.lexicon = lexicon
    self.claimFilter = claimFilter
  }

  /// The document with `entities` and `claims` filled in.
  func extract(_ document: Document, diagnostics: inout [Diagnostic]) -> Document {
    if let error = lexicon.loadError {
      diagnostics.append(
        Diagnostic(
          .warning, code: "extract.entities.lexicon",
          message: "\(error); no entities or claims (reinstall citegraph or run `make`)"))
      return document
    }
    var document = document
    // Made once: both the entities and the claims read every sentence.
    let sentences = document.sentencesWithSections
    let (mentions, plainTexts) = mentionsAndTexts(sentences)
    document.entities = mentions
    document.claims = ClaimExtractor(filter: claimFilter).claims(
      sentences, mentions: mentions, plainTexts: plainTexts)
    return document
  }

  /// The claim filter's training rows for `document` (see `ClaimExtractor.pairs`).
  func claimPairs(_ document: Document) -> [ClaimPair] {
    let sentences = document.sentencesWithSections
    let (mentions, plainTexts) = mentionsAndTexts(sentences)
    return ClaimExtractor().pairs(sentences, mentions: mentions, plainTexts: plainTexts)
  }

  /// The entity mentions of a document's `sentences`, and the plain text of each sentence that
  /// has some.
  private func mentionsAndTexts(_ sentences: [Document.SectionedSentence])
    -> ([EntityMention], [SentenceID: String])
  {
    let sentences = EntityRecognizer(lexicon: lexicon).tagSentences(sentences)
    var plainTexts: [SentenceID: String] = [:]
    plainTexts.reserveCapacity(sentences.count)
    for sentence in sentences where !sentence.hits.isEmpty { plainTexts[sentence.id] = sentence.text }
    return (EntityRecognizer.mentions(sentences), plainTexts)
  }
}
