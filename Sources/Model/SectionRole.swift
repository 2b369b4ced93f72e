/// What a section is for, when it is not the article's own account of its findings: the
/// methods (reagents, doses, protocols) and the back matter (acknowledgements, funding, author
/// contributions, competing interests). Claims are read only outside such sections; a curator
/// does not record "cells were treated with rapamycin to inhibit mTOR" as a finding.
public enum SectionRole: String, Hashable, Sendable, Codable {
  case methods
  case backMatter

  /// The role a heading names ("2. Materials and Methods", "Acknowledgements", "STAR★Methods"),
  /// or nil for any other heading.
  public init?(heading: String) {
    let name = Self.key(heading)
    if Self.methodsHeadings.contains(name) {
      self = .methods
    } else if Self.backMatterHeadings.contains(name) {
      self = .backMatter
    } else {
      return nil
    }
  }

  /// The role a JATS `sec-type` names (`methods`, `materials|methods`, `additional-information`),
  /// or nil.
  public init?(secType: String) {
    let parts = secType.lowercased().split { $0 == "|" || $0 == " " }
    if parts.contains(where: { $0 == "methods" || $0 == "materials" || $0 == "materials-methods" }) {
      self = .methods
    } else if parts.contains(where: Self.backMatterSecTypes.contains) {
      self = .backMatter
    } else {
      return nil
    }
  }

  /// The heading lowercased, without its numbering ("2.", "II.", "A.") and final punctuation,
  /// with `&` read as `and` and runs of spaces made one.
  public static func key(_ heading: String) -> String {
    var words = heading.lowercased().split(whereSeparator: \.isWhitespace).map(String.init)
    if let first = words.first, words.count > 1, Self.isNumbering(first) { words.removeFirst() }
    let text = words.map { $0 == "&" ? "and" : $0 }.joined(separator: " ")
    return String(text.reversed().drop { ".:;".contains($0) }.reversed())
  }

  /// "2.", "2.1", "II.", "A." and the like.
  private static func isNumbering(_ word: String) -> Bool {
    let body = word.hasSuffix(".") ? word.dropLast() : Substring(word)
    guard !body.isEmpty else { return false }
    if body.allSatisfy({ $0.isNumber || $0 == "." }) { return true }
    return word.hasSuffix(".") && (body.count == 1 || body.allSatisfy { "ivx".contains($0) })
  }

  private static let methodsHeadings: Set<String> = [
    "methods", "method", "materials and methods", "material and methods", "methods and materials",
    "materials and method", "experimental procedures", "experimental procedure",
    "experimental section", "experimental", "experimental methods", "patients and methods",
    "subjects and methods", "methods summary", "online methods", "star methods", "star★methods",
    "methodology", "materials", "experimental design and methods",
  ]

  private static let backMatterHeadings: Set<String> = [
    "acknowledgements", "acknowledgments", "acknowledgement", "acknowledgment", "funding",
    "funding information", "financial support", "grant support", "author contributions",
    "authors' contributions", "authors’ contributions", "author's contributions",
    "contributions", "competing interests", "competing financial interests",
    "conflict of interest", "conflicts of interest", "conflict of interest statement",
    "declaration of interests", "declaration of competing interest", "disclosure",
    "disclosures", "data availability", "data availability statement", "availability of data and materials",
    "additional information", "ethics statement", "ethics approval and consent to participate",
    "consent for publication", "author information", "supplementary material",
    "supplementary materials", "supplementary information", "additional files",
    "abbreviations", "list of abbreviations",
  ]

  private static let backMatterSecTypes: Set<Substring> = [
    "additional-information", "supplementary-material", "data-availability", "funding",
    "ethics-statement", "author-contributions", "competing-interests", "coi-statement",
    "acknowledgment", "acknowledgement", "abbreviations",
  ]
}
