import Model

/// Volume and issue as biblatex wants them: an integer volume (`9 Suppl 1` → volume 9,
/// number `Suppl 1`); what does not fit goes to the note.
struct BibTeXVolume {
  var volume: String?
  var number: String?
  var note: String?

  init(volume: String?, issue: String?) {
    number = issue
    guard let volume, !volume.isEmpty else {
      // An issue without a volume (Biodiversity Data Journal numbers its volumes so) is the
      // volume: BibTeX styles print a number only after a volume.
      if let issue, !issue.isEmpty, issue.allSatisfy({ $0.isASCII && $0.isNumber }) {
        self.volume = issue
        number = nil
      }
      return
    }
    if volume.utf8.allSatisfy({ (0x30...0x39).contains($0) }) {
      // Digits only, the usual case: the volume as it is.
      self.volume = volume
      return
    }
    let digits = volume.prefix { $0.isASCII && $0.isNumber }
    let rest = volume.dropFirst(digits.count).trimmingCharacters(in: " ,.()")
    if digits.isEmpty {
      note = "Vol. \(volume)"
    } else {
      self.volume = String(digits)
      if !rest.isEmpty {
        if number == nil { number = rest } else { note = "Vol. \(volume)" }
      }
    }
  }

  /// `Sci Agric 21(3):167--179, Publisher`: where a `misc` entry appeared, in one phrase.
  static func phrase(for reference: Reference, without title: String?) -> String? {
    var phrase = ""
    if let container = reference.container, container != title { phrase += container }
    if let volume = reference.volume { phrase += (phrase.isEmpty ? "" : " ") + volume }
    if let issue = reference.issue { phrase += "(\(issue))" }
    if let pages = reference.pages {
      phrase += (phrase.isEmpty ? "" : ":") + pages.first + (pages.last.map { "–" + $0 } ?? "")
    }
    if let publisher = reference.publisher { phrase += (phrase.isEmpty ? "" : ", ") + publisher }
    return phrase.isEmpty ? nil : phrase
  }
}
