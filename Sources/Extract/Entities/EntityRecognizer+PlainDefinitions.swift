import Model

/// Ambiguous short forms that the document defines as something no entity names.
extension EntityRecognizer {
  /// `cysteine-rich domain (CRD)`: an ambiguous short form (`amb`: CRD is also an alias of
  /// CRX) written in parentheses right after words it abbreviates, where no entity ends, means
  /// those words throughout the document: all its hits are dropped.
  func dropPlainlyDefinedShortForms(_ sentences: inout [TaggedSentence]) {
    var plain: Set<String> = []
    for sentence in sentences {
      let bytes = sentence.utf8
      for hit in sentence.hits where hit.flags.contains(.ambiguous) {
        let open = hit.range.lowerBound - 1
        guard open >= 1, bytes[open] == 0x28, hit.range.upperBound < bytes.count,
          bytes[hit.range.upperBound] == 0x29,
          !sentence.hits.contains(where: { $0.range.upperBound == open || $0.range.upperBound == open - 1 })
        else { continue }
        let short = String(decoding: bytes[hit.range], as: UTF8.self)
        let words = String(decoding: bytes[..<open], as: UTF8.self)
          .split(separator: " ").suffix(short.count + 1)
        let isDefined = words.indices.contains { start in
          Self.abbreviates(short, words[start...].joined(separator: " "))
        }
        if isDefined { plain.insert(short) }
      }
    }
    guard !plain.isEmpty else { return }
    for index in sentences.indices {
      let bytes = sentences[index].utf8
      sentences[index].hits.removeAll { hit in
        hit.flags.contains(.ambiguous) && plain.contains(String(decoding: bytes[hit.range], as: UTF8.self))
      }
    }
  }
}
