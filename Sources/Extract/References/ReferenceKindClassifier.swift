import Model

/// Decides what kind of work a parsed entry cites, from its fields and words in its text.
enum ReferenceKindClassifier {
  static func classify(
    _ reference: Reference, text: String, isChapter: Bool, isEditors: Bool, arXiv: String?
  ) -> Reference.Kind {
    // `containsWord` lower-cases what it searches; the old code searched `text.lowercased()`,
    // which for simple text is the same.
    let plain = FoldedText(text)
    let folded = plain.isSimple ? plain : FoldedText(text.lowercased())
    func has(_ words: [String]) -> Bool { words.contains { folded.containsWord($0) } }
    if has(["thesis", "dissertation", "phd", "ph.d", "doctoral", "master's", "diss", "habilitation"]) {
      return .thesis
    }
    if isChapter { return .chapter }
    if has(["patent", "pat."]) { return .patent }
    let hasLocator = reference.volume != nil || reference.pages != nil
    let container = FoldedText(reference.container ?? "")
    let isProceedings = ["proceedings", "proc. of", "conference", "symposium", "workshop",
      "congress", "meeting"].contains { container.firstRange(of: $0, lowered: true) != nil }
    if arXiv != nil || has(["biorxiv", "medrxiv", "preprint", "ssrn", "e-prints", "eprint"]),
      reference.volume == nil
    {
      return .preprint
    }
    if reference.container != nil, isProceedings, reference.volume == nil { return .conference }
    if reference.container != nil, hasLocator { return .journalArticle }
    if has(["dataset", "data set", "[data set]"]) { return .data }
    if has(["technical report", "tech. rep.", "report no", "working paper", "white paper"]) {
      return .report
    }
    if reference.publisher != nil || isEditors { return .book }
    if reference.url != nil, reference.container == nil { return .web }
    if reference.container != nil, isProceedings { return .conference }
    if reference.container != nil { return .journalArticle }
    return .other
  }
}
