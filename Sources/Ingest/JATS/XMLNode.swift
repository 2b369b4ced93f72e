import Model

/// A parsed XML document as flat arrays, independent of libxml2: nodes in document order, all
/// character data in one UTF-8 buffer, no object per node.
final class XMLStorage: Sendable {
  /// An element or a run of character data.
  struct Node: Sendable {
    /// The element's name, an index into `names`; -1 for character data.
    var name: Int32
    /// Character data: its bytes in `text`. An element: its attributes in `attributes`.
    var start: Int32
    var end: Int32
    /// Source line of an element's start tag.
    var line: Int32
    var firstChild: Int32 = -1
    var nextSibling: Int32 = -1
    /// One past the node's last descendant: nodes are stored in document order, so a subtree
    /// is the run of indices from the node up to this one.
    var subtreeEnd: Int32 = -1
  }

  let nodes: [Node]
  let names: [String]
  let text: [UInt8]
  let attributes: [XMLAttribute]
  /// The attributes' values, one after the other.
  let attributeText: [UInt8]
  /// The index in `names` of each name.
  private let nameIndices: [String: Int32]

  /// `nameIndices` gives the index in `names` of each name.
  init(
    nodes: [Node], names: [String], nameIndices: [String: Int32], text: [UInt8],
    attributes: [XMLAttribute], attributeText: [UInt8]
  ) {
    self.attributeText = attributeText
    self.nodes = nodes
    self.names = names
    self.nameIndices = nameIndices
    self.text = text
    self.attributes = attributes
  }

  /// The value of `attribute` as a String.
  func value(of attribute: XMLAttribute) -> String {
    var value = attributeText.withUnsafeBufferPointer { buffer in
      String(decoding: UnsafeBufferPointer(rebasing: buffer[Int(attribute.start)..<Int(attribute.end)]), as: UTF8.self)
    }
    // Without entity substitution libxml2 hands `&amp;` over as `&#38;` (a value holds no
    // other `&` but references to entities, which are left as written).
    if value.utf8.contains(UInt8(ascii: "&")) { value = value.replacing("&#38;", with: "&") }
    return value
  }

  /// The index of `name` in `names`; nil when the document has no element or attribute so named.
  func nameIndex(_ name: String) -> Int32? { nameIndices[name] }

  /// The character data of node `index` as a String.
  func string(_ index: Int32) -> String {
    withUTF8(index) { String(decoding: $0, as: UTF8.self) }
  }

  /// Calls `body` with the bytes of the character data of node `index`.
  func withUTF8<R>(_ index: Int32, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
    let node = nodes[Int(index)]
    return try text.withUnsafeBufferPointer { buffer in
      try body(UnsafeBufferPointer(rebasing: buffer[Int(node.start)..<Int(node.end)]))
    }
  }

  /// Calls `body` with the bytes of every run of character data inside node `index`, in order.
  func forEachText(in index: Int32, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
    text.withUnsafeBufferPointer { buffer in
      nodes.withUnsafeBufferPointer { nodes in
        for node in nodes[Int(index + 1)..<Int(nodes[Int(index)].subtreeEnd)] where node.name < 0 {
          body(UnsafeBufferPointer(rebasing: buffer[Int(node.start)..<Int(node.end)]))
        }
      }
    }
  }
}

/// An XML element of a parsed document: a position in its `XMLStorage`.
struct XMLElement: Sendable {
  let storage: XMLStorage
  let index: Int32

  private var node: XMLStorage.Node { storage.nodes[Int(index)] }

  /// The local name (`article-title`, `math` for `mml:math`).
  var name: String { storage.names[Int(node.name)] }

  /// Source line of the start tag.
  var line: Int { Int(node.line) }

  /// The value of the attribute with the qualified name (`rid`, `xlink:href`) `name`, the last
  /// one if repeated.
  subscript(attribute name: String) -> String? {
    let node = node
    guard let attribute = storage.attributes[Int(node.start)..<Int(node.end)]
      .last(where: { storage.names[Int($0.name)] == name })
    else { return nil }
    return storage.value(of: attribute)
  }

  /// The name as an `XMLName`, to compare with a predefined one.
  var xmlName: XMLName { XMLName(index: node.name) }

  /// Whether the element is named `name`.
  func isNamed(_ name: XMLName) -> Bool { node.name == name.index }

  /// The value of the attribute named `name`, the last one if repeated.
  subscript(attribute name: XMLName) -> String? {
    let node = node
    guard let attribute = storage.attributes[Int(node.start)..<Int(node.end)].last(where: { $0.name == name.index })
    else { return nil }
    return storage.value(of: attribute)
  }

  /// Whether the attribute named `name` (the last one if repeated) has the ASCII value `value`:
  /// an ASCII value without `&` is compared as bytes, no String made (`ref-type="bibr"` is
  /// tested on every `<xref>`).
  func attribute(_ name: XMLName, is value: StaticString) -> Bool {
    let node = node
    guard let attribute = storage.attributes[Int(node.start)..<Int(node.end)].last(where: { $0.name == name.index })
    else { return false }
    let isEqual: Bool? = storage.attributeText.withUnsafeBufferPointer { text in
      let bytes = text[Int(attribute.start)..<Int(attribute.end)]
      let expected = UnsafeBufferPointer(start: value.utf8Start, count: value.utf8CodeUnitCount)
      guard expected.allSatisfy({ $0 < 0x80 }), bytes.allSatisfy({ $0 < 0x80 && $0 != UInt8(ascii: "&") })
      else { return nil }
      return bytes.elementsEqual(expected)
    }
    return isEqual ?? (storage.value(of: attribute) == value.description)
  }

  /// The first child element named `name`: a plain loop over the siblings, no closure per
  /// child (a reference reads some twenty fields this way, a name two or three).
  func child(_ name: XMLName) -> XMLElement? {
    let found: Int32 = storage.nodes.withUnsafeBufferPointer { nodes in
      var current = nodes[Int(index)].firstChild
      while current >= 0, nodes[Int(current)].name != name.index {
        current = nodes[Int(current)].nextSibling
      }
      return current
    }
    return found >= 0 ? XMLElement(storage: storage, index: found) : nil
  }

  /// Child elements named `name`.
  func children(_ name: XMLName) -> [XMLElement] {
    var found: [XMLElement] = []
    forEachChildIndex(where: { $0 == name.index }) { index in
      found.append(XMLElement(storage: storage, index: index))
      return true
    }
    return found
  }

  /// All descendants whose name is one of `names`, in document order (not looking inside
  /// matches).
  func descendants(_ names: XMLName...) -> [XMLElement] { descendants(nameIndices: names.map(\.index)) }

  /// Child elements and character data, in order.
  var children: XMLChildren { XMLChildren(storage: storage, first: node.firstChild) }

  /// Child elements, in order.
  var elements: XMLChildElements { XMLChildElements(storage: storage, head: node.firstChild) }

  /// Calls `text` with the bytes of each child run of character data and `element` with each
  /// child element, in order: for a walk over mixed content that makes no `XMLContent` (and
  /// retains no storage) per run of text.
  func forEachChild(
    text: (UnsafeBufferPointer<UInt8>) -> Void, element: (XMLElement) -> Void
  ) {
    var current = node.firstChild
    while current >= 0 {
      let child = storage.nodes[Int(current)]
      if child.name < 0 {
        storage.withUTF8(current, text)
      } else {
        element(XMLElement(storage: storage, index: current))
      }
      current = child.nextSibling
    }
  }

  /// The first child element named `name`.
  func child(_ name: String) -> XMLElement? {
    var found: XMLElement?
    forEachChildIndex(named: name) { index in
      found = XMLElement(storage: storage, index: index)
      return false
    }
    return found
  }

  /// Child elements named `name`.
  func children(_ name: String) -> [XMLElement] {
    var found: [XMLElement] = []
    forEachChildIndex(named: name) { index in
      found.append(XMLElement(storage: storage, index: index))
      return true
    }
    return found
  }

  /// Calls `body` with the index of each child element named `name`, in order, while it
  /// returns true.
  private func forEachChildIndex(named name: String, _ body: (Int32) -> Bool) {
    storage.names.withUnsafeBufferPointer { names in
      forEachChildIndex(where: { names[Int($0)] == name }, body)
    }
  }

  /// Calls `body` with the index of each child element whose name index satisfies `matches`,
  /// in order, while it returns true. The siblings are walked on the storage's buffer: no
  /// element made, nor storage retained, per child (a reference reads some twenty fields by
  /// name).
  private func forEachChildIndex(where matches: (Int32) -> Bool, _ body: (Int32) -> Bool) {
    storage.nodes.withUnsafeBufferPointer { nodes in
      var current = nodes[Int(index)].firstChild
      while current >= 0 {
        let node = nodes[Int(current)]
        if node.name >= 0, matches(node.name), !body(current) { return }
        current = node.nextSibling
      }
    }
  }

  /// The first descendant (depth-first) named `name`.
  func descendant(_ name: String) -> XMLElement? {
    guard let wanted = storage.nameIndex(name) else { return nil }
    return storage.nodes.withUnsafeBufferPointer { nodes in
      for index in Int(index + 1)..<Int(nodes[Int(index)].subtreeEnd) where nodes[index].name == wanted {
        return XMLElement(storage: storage, index: Int32(index))
      }
      return nil
    }
  }

  /// All descendants named `name`, in document order (not looking inside matches).
  func descendants(_ name: String) -> [XMLElement] { descendants(named: [name]) }

  /// All descendants whose name is one of `names`, in document order (not looking inside
  /// matches): one pass over the subtree's nodes, names compared as indices.
  func descendants(named names: [String]) -> [XMLElement] {
    descendants(nameIndices: names.compactMap { storage.nameIndex($0) })
  }

  /// `descendants(named:)` for names looked up already with `XMLStorage.nameIndex(_:)`, for a
  /// caller that searches many elements of a document for the same names.
  func descendants(nameIndices wanted: [Int32]) -> [XMLElement] {
    guard !wanted.isEmpty else { return [] }
    var result: [XMLElement] = []
    storage.nodes.withUnsafeBufferPointer { nodes in
      var index = Int(index + 1)
      let end = Int(nodes[Int(self.index)].subtreeEnd)
      while index < end {
        let node = nodes[index]
        if node.name >= 0, wanted.contains(node.name) {
          result.append(XMLElement(storage: storage, index: Int32(index)))
          index = Int(node.subtreeEnd)
        } else {
          index += 1
        }
      }
    }
    return result
  }

  /// All text inside, concatenated as is.
  var text: String {
    let first = node.firstChild
    // The usual leaf (`<year>2001</year>`): its one run.
    if first >= 0, storage.nodes[Int(first)].name < 0, storage.nodes[Int(first)].nextSibling < 0 {
      return storage.string(first)
    }
    var bytes: [UInt8] = []
    storage.forEachText(in: index) { bytes.append(contentsOf: $0) }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// The number of bytes of all text inside.
  var textByteCount: Int {
    var count = 0
    storage.forEachText(in: index) { count += $0.count }
    return count
  }

  /// Calls `body` with every run of character data inside, in order.
  func forEachText(_ body: (String) -> Void) {
    storage.forEachText(in: index) { body(String(decoding: $0, as: UTF8.self)) }
  }

  /// All text inside with white space collapsed and trimmed.
  var normalizedText: String {
    let first = node.firstChild
    // The usual leaf (`<year>2001</year>`) whose one run needs no collapsing: copied once,
    // not sized and then filled.
    if first >= 0, storage.nodes[Int(first)].name < 0, storage.nodes[Int(first)].nextSibling < 0 {
      if let text = storage.withUTF8(first, WhitespaceCollapser.stringIfCollapsed) { return text }
    }
    return WhitespaceCollapser.text { storage.forEachText(in: index, $0) }
  }
}

/// Walks a run of siblings by their `nextSibling` links.
struct XMLSiblingCursor {
  let storage: XMLStorage
  var current: Int32

  mutating func next() -> (index: Int32, node: XMLStorage.Node)? {
    guard current >= 0 else { return nil }
    let index = current
    let node = storage.nodes[Int(index)]
    current = node.nextSibling
    return (index, node)
  }
}

/// The children of an element: elements and character data.
struct XMLChildren: Sequence {
  let storage: XMLStorage
  let first: Int32

  struct Iterator: IteratorProtocol {
    var cursor: XMLSiblingCursor

    mutating func next() -> XMLContent? {
      guard let (index, node) = cursor.next() else { return nil }
      let storage = cursor.storage
      return node.name < 0
        ? .text(XMLText(storage: storage, index: index)) : .element(XMLElement(storage: storage, index: index))
    }
  }

  func makeIterator() -> Iterator { Iterator(cursor: XMLSiblingCursor(storage: storage, current: first)) }
}

/// The child elements of an element, without the character data between them.
struct XMLChildElements: Sequence {
  let storage: XMLStorage
  let head: Int32

  struct Iterator: IteratorProtocol {
    var cursor: XMLSiblingCursor

    mutating func next() -> XMLElement? {
      while let (index, node) = cursor.next() {
        if node.name >= 0 { return XMLElement(storage: cursor.storage, index: index) }
      }
      return nil
    }
  }

  func makeIterator() -> Iterator { Iterator(cursor: XMLSiblingCursor(storage: storage, current: head)) }

  /// The first child element.
  var first: XMLElement? {
    var iterator = makeIterator()
    return iterator.next()
  }
}

/// UTF-8 with runs of white space as single spaces, trimmed, built piece by piece.
struct WhitespaceCollapser {
  private var bytes: [UInt8] = []
  private var pendingSpace = false

  /// An empty text with room for `capacity` bytes.
  init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

  mutating func append(_ piece: String) {
    var piece = piece
    piece.withUTF8 { append($0) }
  }

  /// Appends valid UTF-8 (`Unicode.Scalar.isSpaceFast` decides what is white space).
  mutating func append(_ utf8: UnsafeBufferPointer<UInt8>) {
    Self.forEachRun(in: utf8) { run in
      if run.isEmpty {
        pendingSpace = !bytes.isEmpty
      } else {
        if pendingSpace { bytes.append(0x20) }
        pendingSpace = false
        bytes.append(contentsOf: run)
      }
    }
  }

  /// Ends the text so far with `, ` (no comma after a comma or semicolon): for parts that
  /// markup sets one after another with nothing printed between them.
  mutating func appendListSeparator() {
    guard let last = bytes.last else { return }
    if last != 0x2C && last != 0x3B { bytes.append(0x2C) }
    pendingSpace = true
  }

  var text: String { String(decoding: bytes, as: UTF8.self) }

  /// The text as UTF-8.
  var utf8: [UInt8] { bytes }

  /// `utf8` as a String if collapsing would leave it as it is, else nil.
  static func stringIfCollapsed(_ utf8: UnsafeBufferPointer<UInt8>) -> String? {
    isCollapsed(utf8) ? String(decoding: utf8, as: UTF8.self) : nil
  }

  /// Whether collapsing would leave `utf8` as it is, answered from the bytes: no white space at
  /// either end, no ASCII white space but single spaces, and no byte that can start a
  /// non-ASCII white-space scalar (U+0085, U+00A0, U+1680, U+2000–U+3000 lead with C2, E1–E3).
  static func isCollapsed(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
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
    return !previousWasSpace || utf8.isEmpty
  }

  /// The collapsed text of `pieces`, written straight into the String's storage: `pieces`
  /// is called twice, first to size the String, then to fill it, each time with a closure to
  /// call on every piece of UTF-8.
  static func text(of pieces: ((UnsafeBufferPointer<UInt8>) -> Void) -> Void) -> String {
    var total = 0
    pieces { total += $0.count }
    guard total > 0 else { return "" }
    return String(unsafeUninitializedCapacity: total) { output in
      var count = 0
      var pendingSpace = false
      pieces { utf8 in
        forEachRun(in: utf8) { run in
          if run.isEmpty {
            pendingSpace = count > 0
          } else {
            if pendingSpace {
              output[count] = 0x20
              count += 1
            }
            pendingSpace = false
            (output.baseAddress! + count).initialize(from: run.baseAddress!, count: run.count)
            count += run.count
          }
        }
      }
      return count
    }
  }

  /// Calls `body` with each run of `utf8` between white space (whole, not byte by byte), and
  /// with an empty buffer for each white-space scalar. A single space between two parts of a
  /// run is left inside it: that is the text a caller writes for the two runs and the space.
  @inline(__always)
  private static func forEachRun(
    in utf8: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Void
  ) {
    var index = 0
    var runStart = 0
    while index < utf8.count {
      let (length, isSpace) = Self.scalarLength(utf8, at: index)
      if isSpace {
        // A single space between two parts of a run stays as it is: the run goes on through
        // it (callers would put one space between the two runs), so text is copied in a few
        // pieces, not one a word.
        if utf8[index] == 0x20, runStart < index, index + 1 < utf8.count,
          !Self.scalarLength(utf8, at: index + 1).isSpace
        {
          index += 1
          continue
        }
        if runStart < index { body(UnsafeBufferPointer(rebasing: utf8[runStart..<index])) }
        body(UnsafeBufferPointer(rebasing: utf8[index..<index]))
        runStart = index + length
      }
      index += length
    }
    let end = min(index, utf8.count)
    if runStart < end { body(UnsafeBufferPointer(rebasing: utf8[runStart..<end])) }
  }

  /// The length of the scalar whose UTF-8 starts at `index`, and whether it is white space.
  @inline(__always)
  private static func scalarLength(_ utf8: UnsafeBufferPointer<UInt8>, at index: Int)
    -> (length: Int, isSpace: Bool)
  {
    let lead = utf8[index]
    if lead < 0x80 { return (1, lead == 0x20 || (0x09...0x0D).contains(lead)) }
    let length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    // Only these lead bytes start a non-ASCII white-space scalar (U+0085, U+00A0, U+1680,
    // U+2000–U+3000).
    let isSpace = (lead == 0xC2 || (0xE1...0xE3).contains(lead))
      && Self.scalar(utf8, at: index, length: length).isSpaceFast
    return (length, isSpace)
  }

  private static func scalar(_ utf8: UnsafeBufferPointer<UInt8>, at index: Int, length: Int) -> Unicode.Scalar {
    guard index + length <= utf8.count else { return "\u{FFFD}" }
    var value = UInt32(utf8[index]) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
    for offset in 1..<length { value = value << 6 | UInt32(utf8[index + offset] & 0x3F) }
    return Unicode.Scalar(value) ?? "\u{FFFD}"
  }
}

/// One attribute: its qualified name, an index into the storage's `names`, and its value, the
/// bytes `start..<end` of the storage's `attributeText`.
struct XMLAttribute: Sendable {
  let name: Int32
  let start: Int32
  let end: Int32
}

/// Element content: a child element or a run of character data.
enum XMLContent: Sendable {
  case element(XMLElement)
  case text(XMLText)
}

/// A run of character data: a position in its `XMLStorage`, read as bytes or as a String.
struct XMLText: Sendable {
  let storage: XMLStorage
  let index: Int32

  /// The text as a String.
  var string: String { storage.string(index) }

  /// Calls `body` with the text's UTF-8 bytes, without making a String.
  func withUTF8<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
    try storage.withUTF8(index, body)
  }
}

extension String {
  /// Runs of white space as single spaces, trimmed.
  var collapsingWhitespace: String {
    if isCollapsed { return self }
    var collapser = WhitespaceCollapser()
    collapser.append(self)
    return collapser.text
  }

  /// Whether `collapsingWhitespace` would give the same text.
  private var isCollapsed: Bool {
    var text = self
    return text.withUTF8(WhitespaceCollapser.isCollapsed)
  }
}
