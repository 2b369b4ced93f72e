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
    let (mentions, plainTexts) = mentionsAndTexts(document)
    document.entities = mentions
    document.claims = ClaimExtractor(filter: claimFilter).claims(
      document, mentions: mentions, plainTexts: plainTexts)
    return document
  }

  /// The claim filter's training rows for `document` (see `ClaimExtractor.pairs`).
  func claimPairs(_ document: Document) -> [ClaimPair] {
    let (mentions, plainTexts) = mentionsAndTexts(document)
    return ClaimExtractor().pairs(document, mentions: mentions, plainTexts: plainTexts)
  }

  /// The document's entity mentions, and the plain text of each sentence that has some.
  private func mentionsAndTexts(_ document: Document) -> ([EntityMention], [SentenceID: String]) {
    let sentences = EntityRecognizer(lexicon: lexicon).tagSentences(document)
    var plainTexts: [SentenceID: String] = [:]
    plainTexts.reserveCapacity(sentences.count)
    for sentence in sentences where !sentence.hits.isEmpty { plainTexts[sentence.id] = sentence.text }
    return (EntityRecognizer.mentions(sentences), plainTexts)
  }
}
