@preconcurrency internal import CLibXML2
import Model

/// Parses XML bytes with libxml2 and hands back plain `XMLElement` values.
///
/// The only file that touches libxml2. Each parse has its own parser context; no network, no
/// DTD loading, no external entities; libxml2 prints nothing and its errors become
/// `IngestError`s with the line they point at.
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
    let document = try ParsedDocument(bytes: bytes, path: path)
    guard let root = xmlDocGetRootElement(document.pointer) else {
      throw .malformedXML(path: path, line: 1, reason: "no root element")
    }
    var names = NameCache()
    return convert(root, names: &names)
  }

  /// Owns the libxml2 document and frees it.
  private final class ParsedDocument {
    let pointer: xmlDocPtr

    init(bytes: [UInt8], path: String) throws(IngestError) {
      guard let context = xmlNewParserCtxt() else {
        throw .unreadable(path: path, reason: "libxml2 could not allocate a parser")
      }
      defer { xmlFreeParserCtxt(context) }
      let options = Int32(
        XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
          | XML_PARSE_NOCDATA.rawValue | XML_PARSE_COMPACT.rawValue)
      let parsed = bytes.withUnsafeBufferPointer { buffer in
        buffer.baseAddress.map { base in
          base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { chars in
            xmlCtxtReadMemory(context, chars, Int32(buffer.count), path, nil, options)
          }
        } ?? nil
      }
      let wellFormed = context.pointee.wellFormed != 0
      guard let parsed, wellFormed else {
        if let parsed { xmlFreeDoc(parsed) }
        let error = xmlCtxtGetLastError(context)
        let line = error.map { Int($0.pointee.line) } ?? 1
        let message = error.flatMap { $0.pointee.message.map { String(cString: $0) } }
          ?? "not well-formed"
        throw .malformedXML(
          path: path, line: max(line, 1),
          reason: message.trimmingCharacters(in: "\n "))
      }
      pointer = parsed
    }

    deinit { xmlFreeDoc(pointer) }
  }

  /// Element and attribute names decoded once per document: libxml2 interns them in the
  /// parser's dictionary, so the same name is the same pointer. A small direct-mapped table,
  /// no hashing.
  private struct NameCache {
    private var slots = [(pointer: UnsafePointer<xmlChar>?, name: String)](
      repeating: (nil, ""), count: 128)

    mutating func name(_ pointer: UnsafePointer<xmlChar>) -> String {
      let slot = Int(truncatingIfNeeded: UInt(bitPattern: pointer) >> 4) & (slots.count - 1)
      if slots[slot].pointer == pointer { return slots[slot].name }
      let name = String(cString: pointer)
      slots[slot] = (pointer, name)
      return name
    }
  }

  private static func convert(_ node: xmlNodePtr, names: inout NameCache) -> XMLElement {
    var attributes: [XMLAttribute] = []
    var attribute = node.pointee.properties
    while let current = attribute {
      let name = qualifiedName(current.pointee.name, namespace: current.pointee.ns, names: &names)
      if let text = current.pointee.children, text.pointee.type == XML_TEXT_NODE,
        text.pointee.next == nil, let content = text.pointee.content
      {
        // The usual value, one text node: what xmlNodeListGetString would copy.
        attributes.append(XMLAttribute(name: name, value: String(cString: content)))
      } else if let value = xmlNodeListGetString(node.pointee.doc, current.pointee.children, 1) {
        attributes.append(XMLAttribute(name: name, value: String(cString: value)))
        xmlFree(value)
      }
      attribute = current.pointee.next
    }
    var children: [XMLContent] = []
    var count = 0
    var sibling = node.pointee.children
    while let current = sibling {
      count += 1
      sibling = current.pointee.next
    }
    children.reserveCapacity(count)
    var child = node.pointee.children
    while let current = child {
      switch current.pointee.type {
      case XML_ELEMENT_NODE:
        children.append(.element(convert(current, names: &names)))
      case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
        if let content = current.pointee.content {
          children.append(.text(String(cString: content)))
        }
      case XML_ENTITY_REF_NODE:
        // Entities are never expanded here: an external one could read a file or the network,
        // nested internal ones could blow up ("billion laughs"). JATS uses character references.
        break
      default:
        break
      }
      child = current.pointee.next
    }
    let name = node.pointee.name.map { names.name($0) } ?? ""
    return XMLElement(
      name: name, attributes: attributes, children: children,
      line: Int(xmlGetLineNo(node)))
  }

  private static func qualifiedName(
    _ name: UnsafePointer<xmlChar>?, namespace: xmlNsPtr?, names: inout NameCache
  ) -> String {
    let local = name.map { names.name($0) } ?? ""
    guard let prefix = namespace?.pointee.prefix else { return local }
    return String(cString: prefix) + ":" + local
  }
}
