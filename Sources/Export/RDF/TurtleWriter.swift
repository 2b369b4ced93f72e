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
    var output = ""
    for (prefix, namespace) in RDFVocabulary.prefixes {
      output += "@prefix \(prefix): <\(namespace)> .\n"
    }
    var subjects: [String] = []
    var bySubject: [String: [RDFTriple]] = [:]
    for triple in graph.triples {
      if bySubject[triple.subject] == nil { subjects.append(triple.subject) }
      bySubject[triple.subject, default: []].append(triple)
    }
    // Predicates are few and repeat on every subject: each is named once.
    var verbs: [String: String] = [RDFVocabulary.type: "a"]
    for subject in subjects {
      // A subject has a handful of predicates: grouped by a linear search, in first-seen order.
      var predicates: [(predicate: String, objects: [RDFTerm])] = []
      for triple in bySubject[subject] ?? [] {
        if let index = predicates.firstIndex(where: { $0.predicate == triple.predicate }) {
          predicates[index].objects.append(triple.object)
        } else {
          predicates.append((triple.predicate, [triple.object]))
        }
      }
      output += "\n"
      output += Self.name(subject)
      output += "\n"
      for (index, group) in predicates.enumerated() {
        output += "  "
        if let verb = verbs[group.predicate] {
          output += verb
        } else {
          let verb = Self.name(group.predicate)
          verbs[group.predicate] = verb
          output += verb
        }
        for (position, object) in group.objects.enumerated() {
          output += group.objects.count == 1 ? " " : position == 0 ? "\n    " : ",\n    "
          output += Self.term(object)
        }
        output += index == predicates.count - 1 ? " .\n" : " ;\n"
      }
    }
    return output
  }

  static func term(_ term: RDFTerm) -> String {
    switch term {
    case .iri(let iri): name(iri)
    case .literal(let text, let datatype):
      LiteralEscaping.quoted(text) + (datatype.map { "^^" + name($0) } ?? "")
    }
  }

  /// `prefix:local` when `iri` is in a declared namespace and `local` is a plain name
  /// (letters, digits, `_`, `-`, starting with a letter); `<iri>` otherwise.
  static func name(_ iri: String) -> String {
    let bytes = iri.utf8
    for (prefix, namespace) in RDFVocabulary.prefixes where iri.hasBytePrefix(namespace) {
      let local = bytes.dropFirst(namespace.utf8.count)
      let isName: (UInt8) -> Bool = {
        (0x41...0x5A).contains($0) || (0x61...0x7A).contains($0) || (0x30...0x39).contains($0)
          || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "-")
      }
      guard let first = local.first, (0x41...0x5A).contains(first) || (0x61...0x7A).contains(first),
        local.allSatisfy(isName)
      else { continue }
      return "\(prefix):\(Substring(local))"
    }
    return "<\(iri)>"
  }
}
