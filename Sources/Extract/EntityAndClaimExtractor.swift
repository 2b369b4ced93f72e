import Model

/// Entity mentions and claims for a document whose citations are linked.
struct EntityAndClaimExtractor {
  let lexicon: Lexicon

  init(lexicon: Lexicon = .shared) { self.lexicon = lexicon }

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
    let sentences = EntityRecognizer(lexicon: lexicon).tagSentences(document)
    document.entities = EntityRecognizer.mentions(sentences)
    var plainTexts: [SentenceID: String] = [:]
    plainTexts.reserveCapacity(sentences.count)
    for sentence in sentences where !sentence.hits.isEmpty { plainTexts[sentence.id] = sentence.text }
    document.claims = ClaimExtractor().claims(
      document, mentions: document.entities, plainTexts: plainTexts)
    return document
  }
}
