import Model

/// The BibTeX entry type for a reference: the type its kind calls for when every field that
/// type requires — in `bibtex`'s standard styles and in biblatex's data model alike — is
/// present, and `misc` otherwise, so that neither `bibtex` nor `biber` warns.
enum BibTeXEntryType {
  static func type(for reference: Reference) -> String {
    let core = !reference.authors.isEmpty && reference.title != nil && reference.year != nil
    let inContainer = core && reference.container != nil
    switch reference.kind {
    case .journalArticle: return inContainer ? "article" : "misc"
    case .book: return core && reference.publisher != nil ? "book" : "misc"
    case .chapter:
      return inContainer && !reference.editors.isEmpty && reference.publisher != nil
        ? "incollection" : "misc"
    case .conference: return inContainer ? "inproceedings" : "misc"
    case .thesis: return core && (reference.publisher ?? reference.container) != nil ? "phdthesis" : "misc"
    case .report: return core && (reference.publisher ?? reference.container) != nil ? "techreport" : "misc"
    case .web, .patent, .preprint, .data, .other: return "misc"
    }
  }
}
