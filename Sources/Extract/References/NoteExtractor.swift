/// Finds notices printed with an entry (errata, retractions, comments, `[in Chinese]`) and
/// removes them, so they do not disturb the volume and page search.
enum NoteExtractor {
  private static let openings = [
    "published erratum", "erratum in", "erratum:", "erratum appears", "retraction in",
    "retracted", "comment in", "comment on", "epub ahead of print", "corrigendum",
    "in press", "ahead of print", "in chinese", "in japanese", "in german", "in french", "in spanish", "in russian",
  ]

  /// `text` without its notices, and the notices joined by `; `.
  static func extract(from text: String) -> (remaining: String, note: String?) {
    var remaining = text
    var notes: [String] = []
    let folded = FoldedText(text)
    for opening in openings {
      guard let range = folded.firstRange(of: opening, lowered: true),
        let start = folded.index(range.lowerBound)
      else { continue }
      // Within brackets: take the bracketed text; otherwise up to the end.
      let before = remaining[..<start]
      if let opener = before.last(where: { $0 == "(" || $0 == "[" }),
        let openIndex = before.lastIndex(of: opener),
        !remaining[openIndex..<start].contains(opener == "(" ? ")" : "]")
      {
        let closer: Character = opener == "(" ? ")" : "]"
        var depth = 0
        var end = remaining.endIndex
        var index = openIndex
        while index < remaining.endIndex {
          if remaining[index] == opener { depth += 1 }
          if remaining[index] == closer {
            depth -= 1
            if depth == 0 {
              end = remaining.index(after: index)
              break
            }
          }
          index = remaining.index(after: index)
        }
        let inner = remaining[remaining.index(after: openIndex)..<end].trimming(" )]")
        notes.append(String(inner.trimming(" .")))
        remaining.removeSubrange(openIndex..<end)
      } else {
        notes.append(String(remaining[start...].trimming(" .")))
        remaining.removeSubrange(start...)
      }
      return (IdentifierExtractor.tidy(remaining), notes.joined(separator: "; "))
    }
    return (remaining, nil)
  }
}
