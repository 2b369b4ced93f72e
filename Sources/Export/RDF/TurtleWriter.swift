import Model

/// Writes Turtle for reading: the same triples as `NTriplesWriter`, with the vocabularies'
/// prefixes, grouped by subject (`;`) and predicate (`,`, one object a line) in document order.
public struct TurtleWriter: Sendable {
  /// The namespace minted IRIs go under.
  public var baseIRI: RDFBaseIRI

  /// - Parameter baseIRI: where IRIs for works without a DOI and document parts are minted.
  public init(baseIRI: RDFBaseIRI = .standard) { self.baseIRI = baseIRI }

  /// The Turtle text of `documents`.
  public func write(_ documents: [Document]) -> String {
    Self.write(RDFGraphBuilder(base: baseIRI).graph(documents))
  }

  static func write(_ graph: RDFGraph) -> String {
    var output: [UInt8] = []
    output.reserveCapacity(graph.triples.count * 96)
    for (prefix, namespace) in RDFVocabulary.prefixes {
      output += "@prefix ".utf8
      output += prefix.utf8
      output += ": <".utf8
      output += namespace.utf8
      output += "> .\n".utf8
    }
    // Triples by subject, subjects in first-seen order. A subject's triples mostly come
    // together, so the table is asked only when the subject changes.
    var groups: [[Int]] = []
    var groupOfSubject: [BytewiseKey<String>: Int] = [:]
    var current = -1
    for (index, triple) in graph.triples.enumerated() {
      if current >= 0, graph.triples[groups[current][0]].subject.hasSameBytes(as: triple.subject) {
        groups[current].append(index)
        continue
      }
      let key = BytewiseKey(triple.subject)
      if let group = groupOfSubject[key] {
        current = group
        groups[group].append(index)
      } else {
        current = groups.count
        groupOfSubject[key] = current
        groups.append([index])
      }
    }
    // Predicates are few and repeat on every subject: each is named once.
    var verbs: [BytewiseKey<String>: String] = [BytewiseKey(RDFVocabulary.type): "a"]
    for group in groups {
      // A subject has a handful of predicates: grouped by a linear search, in first-seen order.
      var predicates: [(predicate: String, objects: [RDFTerm])] = []
      for index in group {
        let triple = graph.triples[index]
        if let position = predicates.firstIndex(where: { $0.predicate.hasSameBytes(as: triple.predicate) }) {
          predicates[position].objects.append(triple.object)
        } else {
          predicates.append((triple.predicate, [triple.object]))
        }
      }
      output.append(0x0A)
      appendName(graph.triples[group[0]].subject, to: &output)
      output.append(0x0A)
      for (index, entry) in predicates.enumerated() {
        output += "  ".utf8
        let key = BytewiseKey(entry.predicate)
        if let verb = verbs[key] {
          output += verb.utf8
        } else {
          let verb = Self.name(entry.predicate)
          verbs[key] = verb
          output += verb.utf8
        }
        for (position, object) in entry.objects.enumerated() {
          output += (entry.objects.count == 1 ? " " : position == 0 ? "\n    " : ",\n    ").utf8
          appendTerm(object, to: &output)
        }
        output += (index == predicates.count - 1 ? " .\n" : " ;\n").utf8
      }
    }
    return String(decoding: output, as: UTF8.self)
  }

  static func term(_ term: RDFTerm) -> String {
    var output: [UInt8] = []
    appendTerm(term, to: &output)
    return String(decoding: output, as: UTF8.self)
  }

  private static func appendTerm(_ term: RDFTerm, to output: inout [UInt8]) {
    switch term {
    case .iri(let iri): appendName(iri, to: &output)
    case .literal(let text, let datatype):
      output += LiteralEscaping.quoted(text).utf8
      if let datatype {
        output += "^^".utf8
        appendName(datatype, to: &output)
      }
    }
  }

  /// `prefix:local` when `iri` is in a declared namespace and `local` is a plain name
  /// (letters, digits, `_`, `-`, starting with a letter); `<iri>` otherwise.
  static func name(_ iri: String) -> String {
    var output: [UInt8] = []
    appendName(iri, to: &output)
    return String(decoding: output, as: UTF8.self)
  }

  private static let namespaces: [(prefix: [UInt8], namespace: [UInt8])] =
    RDFVocabulary.prefixes.map { (Array($0.prefix.utf8), Array($0.namespace.utf8)) }

  private static func appendName(_ iri: String, to output: inout [UInt8]) {
    var iri = iri
    iri.withUTF8 { bytes in
      for (prefix, namespace) in namespaces
      where bytes.count >= namespace.count && bytes.starts(with: namespace) {
        let local = bytes[namespace.count...]
        guard let first = local.first, isLetter(first), local.allSatisfy(isNameByte) else { continue }
        output += prefix
        output.append(UInt8(ascii: ":"))
        output += local
        return
      }
      output.append(UInt8(ascii: "<"))
      output += bytes
      output.append(UInt8(ascii: ">"))
    }
  }

  private static func isLetter(_ byte: UInt8) -> Bool {
    (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
  }

  private static func isNameByte(_ byte: UInt8) -> Bool {
    isLetter(byte) || (0x30...0x39).contains(byte) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
  }
}
