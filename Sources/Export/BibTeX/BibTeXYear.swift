/// The year as biblatex's data model wants it, an integer: `2001a` (an author–year list's
/// suffix, which the bibliography style adds by itself) → `2001`; a year that is no number
/// (`in press`, `n.d.`) goes to the note instead.
struct BibTeXYear {
  var year: String?
  var note: String?

  init(_ printed: String?) {
    guard let printed, !printed.isEmpty else { return }
    let digits = printed.prefix { $0.isASCII && $0.isNumber }
    let suffix = printed.dropFirst(digits.count)
    if digits.count == 4, suffix.isEmpty || (suffix.count == 1 && suffix.first!.isLowercase) {
      year = String(digits)
    } else {
      note = printed
    }
  }
}
