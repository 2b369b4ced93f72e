import Model

/// Person names in JATS: `<name>`, `<string-name>`, `<collab>`.
enum JATSNames {
  /// The names in `container`'s children, with whether an `<etal/>` closes the list.
  static func people(in container: XMLElement) -> (names: [PersonName], hasEtAl: Bool) {
    people(among: container.elements)
  }

  /// The names in `elements` (`<name>`, `<contrib>`, `<etal/>`, ...).
  static func people(among elements: some Sequence<XMLElement>) -> (names: [PersonName], hasEtAl: Bool) {
    var names: [PersonName] = []
    var hasEtAl = false
    for element in elements {
      switch element.xmlName {
      case .name, .stringName: if let name = person(element) { names.append(name) }
      case .collab: names.append(PersonName(family: element.normalizedText))
      case .etal: hasEtAl = true
      case .contrib:
        for child in element.elements {
          if child.isNamed(.name) || child.isNamed(.stringName), let name = person(child) {
            names.append(name)
            break
          }
          if child.isNamed(.collab) {
            names.append(PersonName(family: child.normalizedText))
            break
          }
          if child.isNamed(.nameAlternatives), let first = child.elements.first, let name = person(first) {
            names.append(name)
            break
          }
        }
      default: continue
      }
    }
    return (names, hasEtAl)
  }

  static func person(_ element: XMLElement) -> PersonName? {
    if let surname = element.child(.surname)?.normalizedText, !surname.isEmpty {
      var given = element.child(.givenNames)?.normalizedText
      if let suffix = element.child(.suffix)?.normalizedText, !suffix.isEmpty {
        given = [given, suffix].compactMap { $0 }.joined(separator: " ")
      }
      return PersonName(family: surname, given: given?.isEmpty == true ? nil : given)
    }
    // `<string-name>Smith J</string-name>`: the last short capitalised word is the initials.
    let text = element.normalizedText
    guard !text.isEmpty else { return nil }
    var words = text.split(separator: " ").map(String.init)
    if words.count >= 2, let last = words.last,
      last.count <= 3, last.allSatisfy({ $0.isUppercase || $0 == "." })
    {
      words.removeLast()
      return PersonName(family: words.joined(separator: " "), given: last)
    }
    if words.count >= 2, let last = words.popLast() {
      return PersonName(family: last, given: words.joined(separator: " "))
    }
    return PersonName(family: text)
  }
}
