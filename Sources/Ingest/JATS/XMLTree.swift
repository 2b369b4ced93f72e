@preconcurrency internal import CLibXML2
import Model

/// Parses XML bytes with libxml2's SAX2 interface straight into an `XMLStorage`: libxml2 builds
/// no tree of its own, and no libxml2 type leaves this file.
///
/// Each parse has its own parser context; no network, no DTD loading, no external entities, no
/// entity expansion (a reference to an entity is left out, as is any markup inside one); libxml2
/// prints nothing and its errors become `IngestError`s with the line they point at.
enum XMLTree {
  private static let initialised: Bool = {
    xmlInitParser()
    return true
  }()

  /// The root element of the document in `bytes`.
  ///
  /// - Throws: `IngestError.malformedXML` when the bytes are not well-formed XML (truncated,
  ///   wrong encoding, undefined entities).
  static func parse(_ bytes: [UInt8], path: String) throws(IngestError) -> XMLElement {
    _ = initialised
    guard !bytes.isEmpty else { throw .empty(path: path) }
    guard bytes.count < Int(Int32.max) else {
      throw .unreadable(path: path, reason: "file is larger than 2 GiB")
    }
    let result: Result<XMLElement, IngestError> = bytes.withUnsafeBufferPointer { buffer in
      buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { chars in
        parse(chars, count: Int32(buffer.count), path: path)
      }
    }
    return try result.get()
  }

  private static func parse(_ chars: UnsafePointer<CChar>, count: Int32, path: String)
    -> Result<XMLElement, IngestError>
  {
    guard let context = xmlCreateMemoryParserCtxt(chars, count), let sax = context.pointee.sax else {
      return .failure(.unreadable(path: path, reason: "libxml2 could not allocate a parser"))
    }
    defer {
      if let document = context.pointee.myDoc { xmlFreeDoc(document) }
      context.pointee.myDoc = nil
      xmlFreeParserCtxt(context)
    }
    // The context's own copy of the SAX2 handler: the document, DTD and entity declarations
    // as libxml2 handles them (an empty xmlDoc, freed above), elements and text to us.
    sax.pointee.startElementNs = startElement
    sax.pointee.endElementNs = endElement
    sax.pointee.characters = characters
    sax.pointee.ignorableWhitespace = characters
    sax.pointee.reference = ignoreReference
    sax.pointee.comment = ignoreComment
    sax.pointee.processingInstruction = ignoreInstruction
    // The builder is a value behind a pointer: the callbacks mutate it without the exclusivity
    // checks a class's stored properties would cost on every event.
    let builder = UnsafeMutablePointer<TreeBuilder>.allocate(capacity: 1)
    builder.initialize(to: TreeBuilder(context: UnsafeMutableRawPointer(context)))
    defer { builder.deinitialize(count: 1).deallocate() }
    context.pointee._private = UnsafeMutableRawPointer(builder)
    let options = Int32(
      XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
        | XML_PARSE_NOCDATA.rawValue | XML_PARSE_COMPACT.rawValue)
    xmlCtxtUseOptions(context, options)
    let status = xmlParseDocument(context)
    guard status == 0, context.pointee.wellFormed != 0 else {
      let error = xmlCtxtGetLastError(context)
      let line = error.map { Int($0.pointee.line) } ?? 1
      let message = error.flatMap { $0.pointee.message.map { String(cString: $0) } }
        ?? "not well-formed"
      return .failure(.malformedXML(
        path: path, line: max(line, 1), reason: message.trimmingCharacters(in: "\n ")))
    }
    guard let root = builder.pointee.finish() else {
      return .failure(.malformedXML(path: path, line: 1, reason: "no root element"))
    }
    return .success(root)
  }

  /// The builder of the parse whose main context is `context`; nil for the contexts libxml2
  /// opens to check an entity's content, which is left out of the tree.
  private static func builder(_ context: UnsafeMutableRawPointer?) -> UnsafeMutablePointer<TreeBuilder>? {
    guard let context else { return nil }
    let parser = context.assumingMemoryBound(to: xmlParserCtxt.self)
    guard let builder = parser.pointee._private?.assumingMemoryBound(to: TreeBuilder.self) else { return nil }
    return builder.pointee.context == context ? builder : nil
  }

  private static let startElement: startElementNsSAX2Func = {
    context, localName, prefix, _, _, _, attributeCount, _, attributes in
    guard let builder = builder(context), let localName else { return }
    let parser = context!.assumingMemoryBound(to: xmlParserCtxt.self)
    let line = parser.pointee.input.map { Int32(truncatingIfNeeded: $0.pointee.line) } ?? 0
    builder.pointee.open(localName, prefix: prefix, line: line)
    guard let attributes, attributeCount > 0 else { return }
    // Five pointers an attribute: local name, prefix, URI, value start, value end.
    for offset in stride(from: 0, to: Int(attributeCount) * 5, by: 5) {
      guard let name = attributes[offset], let start = attributes[offset + 3],
        let end = attributes[offset + 4]
      else { continue }
      builder.pointee.attribute(name, prefix: attributes[offset + 1], value: UnsafeBufferPointer(start: start, count: end - start))
    }
  }

  private static let ignoreReference: referenceSAXFunc = { _, _ in }
  private static let ignoreComment: commentSAXFunc = { _, _ in }
  private static let ignoreInstruction: processingInstructionSAXFunc = { _, _, _ in }

  private static let endElement: endElementNsSAX2Func = { context, _, _, _ in
    builder(context)?.pointee.close()
  }

  private static let characters: charactersSAXFunc = { context, bytes, count in
    guard let builder = builder(context), let bytes, count > 0 else { return }
    builder.pointee.characters(UnsafeBufferPointer(start: bytes, count: Int(count)))
  }
}

/// Collects the SAX events of one parse into the arrays of an `XMLStorage`.
private struct TreeBuilder: ~Copyable {
  /// An open element and the last child it has so far.
  private struct OpenElement {
    var index: Int32
    var lastChild: Int32
  }

  /// The main parser context, to tell its events from those of entity checks.
  let context: UnsafeMutableRawPointer
  private var nodes = GrowableBuffer<XMLStorage.Node>(capacity: 4096)
  private var names = XMLName.predefined
  private var text = GrowableBuffer<UInt8>(capacity: 65536)
  private var attributes = GrowableBuffer<XMLAttribute>(capacity: 1024)
  private var attributeText = GrowableBuffer<UInt8>(capacity: 16384)
  /// Open elements, innermost last.
  private var open = GrowableBuffer<OpenElement>(capacity: 64)
  private var root: Int32 = -1
  /// libxml2 interns names in the parser's dictionary, so the same name is the same pointer:
  /// an open-addressing table from (prefix, local name) pointers to name index, then a
  /// dictionary by text for the first sight of each pointer pair.
  private var known = [(local: UnsafePointer<xmlChar>?, prefix: UnsafePointer<xmlChar>?, name: Int32)](
    repeating: (nil, nil, -1), count: 1024)
  private var knownCount = 0
  private var nameIndex = XMLName.predefinedIndices

  init(context: UnsafeMutableRawPointer) {
    self.context = context
  }

  mutating func open(_ localName: UnsafePointer<xmlChar>, prefix: UnsafePointer<xmlChar>?, line: Int32) {
    // Elements are known by their local name (`mml:math` is `math`).
    let name = intern(localName, prefix: nil)
    let index = append(XMLStorage.Node(
      name: name, start: Int32(attributes.count), end: Int32(attributes.count), line: line))
    if open.isEmpty, root < 0 { root = index }
    open.append(OpenElement(index: index, lastChild: -1))
  }

  mutating func attribute(_ localName: UnsafePointer<xmlChar>, prefix: UnsafePointer<xmlChar>?, value: UnsafeBufferPointer<xmlChar>) {
    guard let element = open.last?.index else { return }
    // The value's bytes are kept; a String is made only for a value that is read.
    let start = Int32(attributeText.count)
    attributeText.append(contentsOf: value)
    attributes.append(
      XMLAttribute(name: intern(localName, prefix: prefix), start: start, end: Int32(attributeText.count)))
    nodes[Int(element)].end = Int32(attributes.count)
  }

  mutating func close() {
    let element = open.removeLast().index
    nodes[Int(element)].subtreeEnd = Int32(nodes.count)
  }

  mutating func characters(_ bytes: UnsafeBufferPointer<xmlChar>) {
    guard let parent = open.last else { return }
    // Runs split by libxml2 (buffer ends, character references, comments) are one run.
    if parent.lastChild >= 0, nodes[Int(parent.lastChild)].name < 0,
      nodes[Int(parent.lastChild)].end == Int32(text.count)
    {
      text.append(contentsOf: bytes)
      nodes[Int(parent.lastChild)].end = Int32(text.count)
      return
    }
    let start = Int32(text.count)
    text.append(contentsOf: bytes)
    let index = append(XMLStorage.Node(name: -1, start: start, end: Int32(text.count), line: 0))
    nodes[Int(index)].subtreeEnd = index + 1
  }

  /// Appends `node` as the last child of the innermost open element.
  private mutating func append(_ node: XMLStorage.Node) -> Int32 {
    let index = Int32(nodes.count)
    nodes.append(node)
    if let parent = open.last {
      if parent.lastChild >= 0 {
        nodes[Int(parent.lastChild)].nextSibling = index
      } else {
        nodes[Int(parent.index)].firstChild = index
      }
      open[open.count - 1].lastChild = index
    }
    return index
  }

  private mutating func intern(_ localName: UnsafePointer<xmlChar>, prefix: UnsafePointer<xmlChar>?) -> Int32 {
    let hash = UInt(bitPattern: localName) &>> 3 ^ UInt(bitPattern: prefix) &>> 5
    var slot = Int(truncatingIfNeeded: hash) & (known.count - 1)
    while let local = known[slot].local {
      if local == localName, known[slot].prefix == prefix { return known[slot].name }
      slot = (slot + 1) & (known.count - 1)
    }
    let localText = String(cString: localName)
    let text = prefix.map { String(cString: $0) + ":" + localText } ?? localText
    let index: Int32
    if let seen = nameIndex[text] {
      index = seen
    } else {
      index = Int32(names.count)
      names.append(text)
      nameIndex[text] = index
    }
    // Half full (hundreds of distinct names), the table stops remembering: probes stay short
    // and always end at an empty slot.
    if knownCount < known.count / 2 {
      known[slot] = (localName, prefix, index)
      knownCount += 1
    }
    return index
  }

  /// The storage and its root element; nil when the document had no element.
  func finish() -> XMLElement? {
    guard root >= 0 else { return nil }
    let storage = XMLStorage(
      nodes: nodes.array(), names: names, nameIndices: nameIndex, text: text.array(),
      attributes: attributes.array(), attributeText: attributeText.array())
    return XMLElement(storage: storage, index: root)
  }
}
