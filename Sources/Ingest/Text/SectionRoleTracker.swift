import Model

/// The role of each heading of a plain-text article, where headings come flat, one after
/// another: a methods or back-matter heading starts a run of such sections, and its
/// subheadings ("Cell culture", "2.3 Western blotting") stay in it until a heading of the
/// article's own text ("Results", "Discussion", "Figure legends") or another top-level number
/// ("3. Results" after "2. Methods") ends it.
struct SectionRoleTracker {
  private var role: SectionRole?
  /// The top-level number of the heading that started the run ("2" of "2. Methods").
  private var number: Substring?

  /// The role of the section `heading` opens.
  mutating func role(of heading: String) -> SectionRole? {
    let number = Self.topLevelNumber(heading)
    if let named = SectionRole(heading: heading) {
      role = named
      self.number = number
    } else if role != nil {
      let key = SectionRole.key(heading)
      let leavesByName = Self.textHeadings.contains(key) || key.hasPrefix("figure") || key.hasPrefix("table")
      let leavesByNumber = number != nil && self.number != nil && number != self.number
      if leavesByName || leavesByNumber {
        role = nil
        self.number = nil
      }
    }
    return role
  }

  /// "2" of "2. Methods" or "2.3 Western blotting"; nil for an unnumbered heading.
  private static func topLevelNumber(_ heading: String) -> Substring? {
    guard let first = heading.split(separator: " ").first, first.first?.isNumber == true else { return nil }
    let number = first.prefix { $0.isNumber }
    return number.count == first.count || first.dropFirst(number.count).first == "." ? number : nil
  }

  private static let textHeadings: Set<String> = [
    "abstract", "summary", "introduction", "background", "results", "result", "discussion",
    "results and discussion", "conclusion", "conclusions", "concluding remarks", "perspectives",
    "future perspectives", "outlook", "summary and conclusions",
  ]
}
