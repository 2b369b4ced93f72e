import Model

/// An XML element as plain Swift values, converted from libxml2's tree and independent of it.
///
/// Immutable, and a class so that walking the tree passes one reference instead of copying
/// every field.
final class XMLElement: Sendable {
  /// The local name (`article-title`, `math` for `mml:math`).
  let name: String
  /// Attributes by qualified name (`rid`, `xlink:href`), in document order. JATS elements have
  /// at most a few, so a linear search beats building a hash table per element.
  let attributes: [XMLAttribute]
  let children: [XMLContent]
  /// Source line of the start tag.
  let line: Int

  init(name: String, attributes: [XMLAttribute], children: [XMLContent], line: Int) {
    self.name = name
    self.attributes = attributes
    self.children = children
    self.line = line
  }

  /// The value of the attribute with the qualified name `name` (the last one if repeated).
  subscript(attribute name: String) -> String? { attributes.last { $0.name == name }?.value }

  /// Child elements, in order.
  var elements: [XMLElement] {
    children.compactMap { if case .element(let element) = $0 { element } else { nil } }
  }

  /// The first child element named `name`.
  func child(_ name: String) -> XMLElement? {
    for case .element(let element) in children where element.name == name { return element }
    return nil
  }

  /// Child elements named `name`.
  func children(_ name: String) -> [XMLElement] {
    var result: [XMLElement] = []
    for case .element(let element) in children where element.name == name { result.append(element) }
    return result
  }

  /// The first descendant (depth-first) named `name`.
  func descendant(_ name: String) -> XMLElement? {
    for case .element(let element) in children {
      if element.name == name { return element }
      if let found = element.descendant(name) { return found }
    }
    return nil
  }

  /// All descendants named `name`, in document order (not looking inside matches).
  func descendants(_ name: String) -> [XMLElement] {
    var result: [XMLElement] = []
    collect(name, into: &result)
    return result
  }

  private func collect(_ name: String, into result: inout [XMLElement]) {
    for case .element(let element) in children {
      if element.name == name { result.append(element) } else { element.collect(name, into: &result) }
    }
  }

  /// All descendants whose name is one of `names`, in document order (not looking inside
  /// matches): one walk for several names (a few: they are compared one by one).
  func descendants(named names: [String]) -> [XMLElement] {
    var result: [XMLElement] = []
    collect(names, into: &result)
    return result
  }

  private func collect(_ names: [String], into result: inout [XMLElement]) {
    for case .element(let element) in children {
      if names.contains(element.name) { result.append(element) } else { element.collect(names, into: &result) }
    }
  }

  /// All text inside, concatenated as is.
  var text: String {
    // The usual leaf (`<year>2001</year>`): its one string, not a copy.
    if children.count == 1, case .text(let only) = children[0] { return only }
    var result = ""
    appendText(to: &result)
    return result
  }

  private func appendText(to result: inout String) {
    for child in children {
      switch child {
      case .text(let text): result += text
      case .element(let element): element.appendText(to: &result)
      }
    }
  }

  /// All text inside with white space collapsed and trimmed: `text.collapsingWhitespace`,
  /// collapsed while it is gathered instead of from a concatenated copy.
  var normalizedText: String {
    if children.count == 1, case .text(let only) = children[0] { return only.collapsingWhitespace }
    var collapser = WhitespaceCollapser()
    appendCollapsed(to: &collapser)
    return collapser.text
  }

  private func appendCollapsed(to collapser: inout WhitespaceCollapser) {
    for child in children {
      switch child {
      case .text(let text): collapser.append(text)
      case .element(let element): element.appendCollapsed(to: &collapser)
      }
    }
  }
}

/// UTF-8 with runs of white space as single spaces, trimmed, built piece by piece.
struct WhitespaceCollapser {
  private var bytes: [UInt8] = []
  private var pendingSpace = false

  mutating func append(_ piece: String) {
    for scalar in piece.unicodeScalars {
      if scalar.isSpaceFast {
        pendingSpace = !bytes.isEmpty
      } else {
        if pendingSpace { bytes.append(0x20) }
        pendingSpace = false
        UTF8.encode(scalar) { bytes.append($0) }
      }
    }
  }

  var text: String { String(decoding: bytes, as: UTF8.self) }
}

/// One attribute: its qualified name and its value.
struct XMLAttribute: Sendable {
  let name: String
  let value: String
}

/// Element content: a child element or a run of character data.
enum XMLContent: Sendable {
  case element(XMLElement)
  case text(String)
}

extension String {
  /// Runs of white space as single spaces, trimmed.
  var collapsingWhitespace: String {
    if isCollapsed { return self }
    var collapser = WhitespaceCollapser()
    collapser.append(self)
    return collapser.text
  }

  /// Whether `collapsingWhitespace` would give the same text, answered from the bytes: no white
  /// space at either end, no ASCII white space but single spaces, and no byte that can start a
  /// non-ASCII white-space scalar (U+0085, U+00A0, U+1680, U+2000–U+3000 lead with C2, E1–E3).
  private var isCollapsed: Bool {
    var previousWasSpace = true  // a space first is not collapsed
    for byte in utf8 {
      switch byte {
      case 0x20:
        if previousWasSpace { return false }
        previousWasSpace = true
      case 0x09...0x0D, 0xC2, 0xE1...0xE3:
        return false
      default:
        previousWasSpace = false
      }
    }
    return !previousWasSpace || isEmpty
  }
}
