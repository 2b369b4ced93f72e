import Model

/// The BibTeX entry type for a kind of work, falling back to `misc` when a required field is
/// missing, so that `bibtex` prints no "empty field" warning.
enum BibTeXEntryType {
  static func type(
    for kind: Reference.Kind, hasAuthor: Bool, hasTitle: Bool, hasContainer: Bool, hasYear: Bool
  ) -> String {
    let complete = hasAuthor && hasTitle && hasYear
    switch kind {
    case .journalArticle: return complete && hasContainer ? "article" : "misc"
    case .book: return complete ? "book" : "misc"
    case .chapter: return complete && hasContainer ? "incollection" : "misc"
    case .conference: return complete && hasContainer ? "inproceedings" : "misc"
    case .thesis: return complete && hasContainer ? "phdthesis" : "misc"
    case .report: return complete && hasContainer ? "techreport" : "misc"
    case .web, .patent, .preprint, .data, .other: return "misc"
    }
  }
}
