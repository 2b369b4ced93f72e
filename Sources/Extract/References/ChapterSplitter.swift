import Model

/// Splits a chapter head, `Title. In: J. Editor (Eds.), Book Title`, into chapter title and
/// book title.
enum ChapterSplitter {
  struct Parts {
    var title: String?
    var container: String?
    /// The book's editors, when printed before an `(Eds.)` mark.
    var editors: [PersonName] = []
  }

  /// The parts, or nil when `head` has no `In:` / `. In ` marker.
  static func split(_ head: Substring) -> Parts? {
    guard let marker = inMarker(head) else { return nil }
    let title = TitleSplitter.clean(head[..<marker.lowerBound])
    var book = head[marker.upperBound...].trimming(" :")
    // Drop the editors: up to `(Eds.),`, `(ed.)`, `eds.,` or `ed. Name Name,`.
    let folded = FoldedText(book)
    var editors: [PersonName] = []
    for editorMark in ["(eds.)", "(eds)", "(ed.)", "(ed)", "(hrsg.)", "(dir.)", "eds.", "(éd.)"] {
      if let range = folded.firstRange(of: editorMark, lowered: true) {
        if let start = folded.index(range.lowerBound) {
          editors = AuthorListParser.parse(book[..<start].trimming(" ,")).names
        }
        if let index = folded.index(range.upperBound) {
          book = book[index...].trimming(" ,.:")
        }
        break
      }
    }
    if book.lowercased().hasPrefix("ed. ") || book.lowercased().hasPrefix("edited by ") {
      if let comma = book.firstIndex(of: ",") { book = book[book.index(after: comma)...] }
    }
    // The book title ends at its first sentence or a `(pp.` group.
    if let paren = book.firstIndex(of: "(") { book = book[..<paren] }
    if let first = TitleSplitter.sentences(book.trimming()).first {
      book = book.trimming()[first]
    }
    var container = book.trimming(" ,.;:")
    // `Book Title, ed. Name,` / `, edited by Name` / `, edited by: Name` (Copernicus) after the
    // book title; a volume number.
    for marker in [", ed. ", ", edited by: ", ", edited by ", ", eds. ", ", hrsg. v. "] {
      let folded = FoldedText(container)
      if let range = folded.firstRange(of: marker, lowered: false),
        let end = folded.index(range.lowerBound)
      {
        container = container[..<end]
      }
    }
    if let comma = container.lastIndex(of: ","),
      container[container.index(after: comma)...].trimming().allSatisfy(\.isDigit)
    {
      container = container[..<comma]
    }
    return Parts(title: title, container: container.isEmpty ? nil : String(container), editors: editors)
  }

  private static func inMarker(_ head: Substring) -> Range<String.Index>? {
    let folded = FoldedText(head)
    for marker in [". In: ", ". In ", ", In: ", ", in: ", " In: ", ". in: ", "” In ", ",” in ", "” in "] {
      if let found = folded.firstRange(of: marker, lowered: false),
        let lower = folded.index(found.lowerBound), let upper = folded.index(found.upperBound)
      {
        let range = lower..<upper
        let start = head.index(range.lowerBound, offsetBy: 1, limitedBy: range.upperBound)
          ?? range.lowerBound
        return (marker.hasPrefix(" ") ? range.lowerBound : start)..<range.upperBound
      }
    }
    if head.hasPrefix("In: ") { return head.startIndex..<head.index(head.startIndex, offsetBy: 4) }
    return nil
  }
}
