#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
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
    output.reserveCapacity(graph.nTriples.count)
    for (prefix, namespace) in RDFVocabulary.prefixes {
      output += "@prefix ".utf8
      output += prefix.utf8
      output += ": <".utf8
      output += namespace.utf8
      output += "> .\n".utf8
    }
    graph.nTriples.withUnsafeBufferPointer { lines in
      graph.triples.withUnsafeBufferPointer { triples in
        let (ordered, starts) = bySubject(triples, in: lines)
        ordered.withUnsafeBufferPointer { ordered in
          var writer = GroupWriter(lines: lines, triples: triples)
          for group in 0..<(starts.count - 1) {
            writer.write(UnsafeBufferPointer(rebasing: ordered[starts[group]..<starts[group + 1]]), to: &output)
          }
        }
      }
    }
    return String(lineWiseUTF8: output)
  }

  /// The triples' numbers grouped by subject, subjects in first-seen order, each group in
  /// document order: group `g` is `ordered[starts[g]..<starts[g + 1]]`.
  private static func bySubject(
    _ triples: UnsafeBufferPointer<RDFGraph.Triple>, in lines: UnsafeBufferPointer<UInt8>
  ) -> (ordered: [Int], starts: [Int]) {
    // A subject's triples mostly come together, so the table is asked only when it changes.
    var subjects = ByteRangeSet(capacity: triples.count / 4)
    var groupOfTriple = [Int](repeating: 0, count: triples.count)
    var sizes: [Int] = []
    var current = -1
    var currentSubject = 0..<0
    for (index, triple) in triples.enumerated() {
      let subject = triple.subject
      if current < 0 || !sameBytes(subject, currentSubject, in: lines) {
        current = subjects.insert(subject, of: lines).number
        currentSubject = subject
        if current == sizes.count { sizes.append(0) }
      }
      groupOfTriple[index] = current
      sizes[current] += 1
    }
    // A stable counting sort by group.
    var starts = [Int](repeating: 0, count: sizes.count + 1)
    for group in sizes.indices { starts[group + 1] = starts[group] + sizes[group] }
    var next = starts
    var ordered = [Int](repeating: 0, count: triples.count)
    for (index, group) in groupOfTriple.enumerated() {
      ordered[next[group]] = index
      next[group] += 1
    }
    return (ordered, starts)
  }

  /// Whether two ranges of `bytes` hold the same bytes; IRIs that differ mostly differ at the
  /// end, so the last eight bytes are compared first.
  private static func sameBytes(
    _ left: Range<Int>, _ right: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>
  ) -> Bool {
    let count = left.count
    guard count == right.count else { return false }
    guard count >= 8 else { return bytes[left].elementsEqual(bytes[right]) }
    let raw = UnsafeRawPointer(bytes.baseAddress!)
    guard
      raw.loadUnaligned(fromByteOffset: left.upperBound - 8, as: UInt64.self)
        == raw.loadUnaligned(fromByteOffset: right.upperBound - 8, as: UInt64.self)
    else { return false }
    return memcmp(raw + left.lowerBound, raw + right.lowerBound, count) == 0
  }

  /// Writes one subject's triples: predicates in first-seen order, each with its objects.
  private struct GroupWriter {
    let lines: UnsafeBufferPointer<UInt8>
    let triples: UnsafeBufferPointer<RDFGraph.Triple>
    /// Predicates are few and repeat on every subject: each is named once.
    private var predicates = ByteRangeSet(capacity: 64)
    private var verbs: [[UInt8]] = []
    /// Per distinct predicate of the group: its verb's number and its triples' count.
    private var groupPredicates: [(predicate: Range<Int>, verb: Int, count: Int)] = []
    private var predicateOfTriple: [Int] = []

    init(lines: UnsafeBufferPointer<UInt8>, triples: UnsafeBufferPointer<RDFGraph.Triple>) {
      self.lines = lines
      self.triples = triples
    }

    /// Writes the triples numbered in `group`, all of one subject.
    mutating func write(_ group: UnsafeBufferPointer<Int>, to output: inout [UInt8]) {
      // A subject has a handful of predicates: grouped by a linear search, in first-seen order.
      groupPredicates.removeAll(keepingCapacity: true)
      predicateOfTriple.removeAll(keepingCapacity: true)
      for index in group {
        let predicate = triples[index].predicate
        if let position = groupPredicates.firstIndex(where: {
          TurtleWriter.sameBytes($0.predicate, predicate, in: lines)
        }) {
          groupPredicates[position].count += 1
          predicateOfTriple.append(position)
        } else {
          predicateOfTriple.append(groupPredicates.count)
          groupPredicates.append((predicate, verb(predicate), 1))
        }
      }
      let first = triples[group[0]]
      output.append(0x0A)
      TurtleWriter.appendName(UnsafeBufferPointer(rebasing: lines[first.subject]), to: &output)
      output.append(0x0A)
      for (position, entry) in groupPredicates.enumerated() {
        output.append(static: "  ")
        verbs[entry.verb].withUnsafeBufferPointer { output.append(contentsOf: $0) }
        var written = 0
        for (offset, index) in group.enumerated() where predicateOfTriple[offset] == position {
          output.append(static: entry.count == 1 ? " " : written == 0 ? "\n    " : ",\n    ")
          appendObject(of: triples[index], to: &output)
          written += 1
        }
        output.append(static: position == groupPredicates.count - 1 ? " .\n" : " ;\n")
      }
    }

    /// The number of the verb of `predicate`: `a`, `prefix:local` or `<iri>`.
    private mutating func verb(_ predicate: Range<Int>) -> Int {
      let (isNew, number) = predicates.insert(predicate, of: lines)
      if isNew {
        let iri = UnsafeBufferPointer(rebasing: lines[predicate])
        if iri.elementsEqual(RDFVocabulary.type.utf8) {
          verbs.append(Array("a".utf8))
        } else {
          var verb: [UInt8] = []
          TurtleWriter.appendName(iri, to: &verb)
          verbs.append(verb)
        }
      }
      return number
    }

    /// The object as Turtle: a name for an IRI, the literal as in N-Triples with a named datatype.
    private func appendObject(of triple: RDFGraph.Triple, to output: inout [UInt8]) {
      let start = triple.objectStart
      guard triple.literalEnd > 0 else {
        TurtleWriter.appendName(UnsafeBufferPointer(rebasing: lines[(start + 1)..<(triple.objectEnd - 1)]), to: &output)
        return
      }
      output.append(contentsOf: UnsafeBufferPointer(rebasing: lines[start..<triple.literalEnd]))
      if triple.literalEnd < triple.objectEnd {
        output.append(static: "^^")
        let datatype = (triple.literalEnd + 3)..<(triple.objectEnd - 1)
        TurtleWriter.appendName(UnsafeBufferPointer(rebasing: lines[datatype]), to: &output)
      }
    }
  }

  private static let namespaces: [(prefix: [UInt8], namespace: [UInt8], head: UInt64)] =
    RDFVocabulary.prefixes.map { entry in
      let namespace = Array(entry.namespace.utf8)
      return (Array(entry.prefix.utf8), namespace, namespace.withUnsafeBytes(head))
    }

  /// The first eight bytes, to rule out most namespaces without comparing the rest (every
  /// namespace is longer than that).
  private static func head(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
    bytes.count >= 8 ? bytes.loadUnaligned(as: UInt64.self) : 0
  }

  /// `prefix:local` when `bytes` is an IRI in a declared namespace and `local` is a plain name
  /// (letters, digits, `_`, `-`, starting with a letter); `<iri>` otherwise.
  private static func appendName(_ bytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
    let iriHead = head(UnsafeRawBufferPointer(bytes))
    for (prefix, namespace, namespaceHead) in namespaces
    where iriHead == namespaceHead && bytes.count >= namespace.count && startsWith(bytes, namespace) {
      let local = bytes[namespace.count...]
      guard let first = local.first, isLetter(first), local.allSatisfy(isNameByte) else { continue }
      output += prefix
      output.append(UInt8(ascii: ":"))
      output.append(contentsOf: UnsafeBufferPointer(rebasing: local))
      return
    }
    output.append(UInt8(ascii: "<"))
    output.append(contentsOf: bytes)
    output.append(UInt8(ascii: ">"))
  }

  private static func startsWith(_ bytes: UnsafeBufferPointer<UInt8>, _ prefix: [UInt8]) -> Bool {
    prefix.withUnsafeBufferPointer { memcmp(bytes.baseAddress!, $0.baseAddress!, $0.count) == 0 }
  }

  private static func isLetter(_ byte: UInt8) -> Bool {
    (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
  }

  private static func isNameByte(_ byte: UInt8) -> Bool {
    isLetter(byte) || (0x30...0x39).contains(byte) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
  }
}

extension [UInt8] {
  /// Appends the UTF-8 of a literal.
  fileprivate mutating func append(static text: StaticString) {
    append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
  }
}
