import Model

/// Identifiers found in a reference string, before the rest is parsed.
struct ReferenceIdentifiers: Hashable, Sendable {
  var doi: String?
  var pmid: String?
  var pmcid: String?
  var arXiv: String?
  var url: String?
}

/// Finds DOIs, PMIDs, PMCIDs, arXiv identifiers and URLs, and removes them (with their
/// `doi:`, `PMID:`, `Available at:` lead-ins) from the text, so later steps see only the rest.
enum IdentifierExtractor {
  /// Gives a tagged reference the DOI, PMID, PMCID or URL that only its printed text names
  /// (SciELO prints `Doi: https://doi.org/…` in the `<mixed-citation>` beside an
  /// `<element-citation>` without a `<pub-id>`). A reference with a DOI is left as is.
  static func complete(_ reference: inout Reference) {
    guard reference.doi == nil, mayNameIdentifier(reference.raw) else { return }
    let found = extract(from: reference.raw).identifiers
    reference.doi = found.doi
    reference.pmid = reference.pmid ?? found.pmid
    reference.pmcid = reference.pmcid ?? found.pmcid
    reference.url = reference.url ?? found.url
  }

  /// The number of characters of `text` up to the end of the first `pattern` (ASCII) in it;
  /// searched on the bytes when `text` is ASCII, where a byte is a character.
  private static func characters(before pattern: String, in text: String) -> Int? {
    if text.utf8.allSatisfy({ $0 < 0x80 }) {
      let bytes = Array(text.utf8)
      return FoldedText.firstRange(of: Array(pattern.utf8), in: bytes, from: 0)?.upperBound
    }
    guard let range = text.firstRange(of: pattern) else { return nil }
    return text.distance(from: text.startIndex, to: range.upperBound)
  }

  /// Whether `text` holds `http` or a DOI's shape (`10.` and four digits, then `/`): a quick
  /// test before the full scan.
  private static func mayNameIdentifier(_ text: String) -> Bool {
    var text = text
    return text.withUTF8(mayNameIdentifier)
  }

  private static func mayNameIdentifier(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard bytes.count >= 8 else { return false }
    for index in 0..<(bytes.count - 7) {
      switch (bytes[index], bytes[index + 1], bytes[index + 2]) {
      case (0x68, 0x74, 0x74):
        if bytes[index + 3] == 0x70 { return true }
      case (0x31, 0x30, 0x2E):
        var end = index + 3
        while end < bytes.count, end - index < 13, (0x30...0x39).contains(bytes[end]) { end += 1 }
        if end - index >= 7, end < bytes.count, bytes[end] == 0x2F { return true }
      default: continue
      }
    }
    return false
  }

  /// The identifiers in `text`, and `text` without them.
  static func extract(from text: String) -> (remaining: String, identifiers: ReferenceIdentifiers) {
    var ids = ReferenceIdentifiers()
    let tokens = ReferenceText.words(text[...])
    var kept: [Substring] = []
    kept.reserveCapacity(tokens.count)
    var index = 0
    // In simple text an ASCII prefix of the lower-cased token is an ASCII prefix of its bytes.
    let isSimple = FoldedText.isSimple(text[...])
    while index < tokens.count {
      let token = tokens[index]
      let core = token.trimming("([<{«“\"'")
      if isSimple, !mayStartIdentifier(core) {
        kept.append(token)
        index += 1
        continue
      }
      let lower = isSimple ? LoweredPrefixes(asciiOf: core) : LoweredPrefixes(core.lowercased())
      let next = index + 1 < tokens.count ? tokens[index + 1] : nil
      if let consumed = identifier(core: core, lower: lower, next: next, into: &ids) {
        // Keep closing punctuation that ended a sentence or field, e.g. `doi:10.1/x.`.
        index += consumed
        dropLeadIns(from: &kept)
        continue
      }
      kept.append(token)
      index += 1
    }
    return (tidy(kept.joined(separator: " ")), ids)
  }

  /// Whether `identifier(core:…)` can match `core` of a simple text: it must start with one
  /// of the lead-ins it tests (`PMC` in any case) or `10.`, or hold the `/` of an old arXiv
  /// number.
  private static func mayStartIdentifier(_ core: Substring) -> Bool {
    let lower = LoweredPrefixes(asciiOf: core)
    return ["doi", "http://", "https://", "www.", "ftp://", "pmid", "pmc", "arxiv", "10."]
      .contains(where: lower.hasPrefix) || core.utf8.contains(UInt8(ascii: "/"))
  }

  /// Recognises an identifier starting at `core`; returns how many tokens it used.
  private static func identifier(
    core: Substring, lower: LoweredPrefixes, next: Substring?, into ids: inout ReferenceIdentifiers
  ) -> Int? {
    // DOI: `doi:10.x/y`, `doi: 10.x/y`, `DOI 10.x/y`, `10.x/y`, `https://doi.org/10.x/y`.
    if lower.hasPrefix("doi") {
      let after = core.dropFirst(3).trimming(":.= ")
      if let doi = doiValue(after) {
        ids.doi = ids.doi ?? doi
        return 1
      }
      if after.isEmpty, let next, let doi = doiValue(next[...]) {
        ids.doi = ids.doi ?? doi
        return 2
      }
    }
    if let doi = doiValue(core) {
      ids.doi = ids.doi ?? doi
      return 1
    }
    if lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("www.")
      || lower.hasPrefix("ftp://")
    {
      let url = String(core.trimming(".,;:)]>}»”\"'"))
      let urlLower = url.lowercased()
      if let offset = Self.characters(before: "doi.org/", in: urlLower) {
        if let doi = doiValue(url.dropFirst(offset)) {
          ids.doi = ids.doi ?? doi
          return 1
        }
      }
      if let offset = Self.characters(before: "arxiv.org/abs/", in: urlLower) {
        ids.arXiv = ids.arXiv ?? String(url.dropFirst(offset))
      }
      ids.url = ids.url ?? url
      return 1
    }
    if lower.hasPrefix("pmid") {
      let after = core.dropFirst(4).trimming(":. ")
      if let digits = digitsValue(after) {
        ids.pmid = ids.pmid ?? digits
        return 1
      }
      if after.isEmpty, let next, let digits = digitsValue(next[...]) {
        ids.pmid = ids.pmid ?? digits
        return 2
      }
    }
    if lower.hasPrefix("pmcid") {
      let after = core.dropFirst(5).trimming(":. ")
      if after.hasPrefix("PMC") {
        ids.pmcid = ids.pmcid ?? String(after.trimming(".,;)]"))
        return 1
      }
      if after.isEmpty, let next, next.hasPrefix("PMC") {
        ids.pmcid = ids.pmcid ?? String(next.trimming(".,;)]"))
        return 2
      }
    }
    if core.hasPrefix("PMC"), digitsValue(core.dropFirst(3)) != nil {
      ids.pmcid = ids.pmcid ?? String(core.trimming(".,;)]"))
      return 1
    }
    if lower.hasPrefix("arxiv") {
      // `arXiv:1234.5678`, `arXiv: 1234.5678`, OCR-split `arXiv :1611 .09748v4`.
      var value = String(core.dropFirst(5).trimming(":. "))
      var used = 1
      if value.isEmpty || value.allSatisfy(\.isDigit), let next, isArXivPiece(next) {
        value += next.trimming(":")
        used = 2
      }
      let cleaned = String(value.trimming(".,;)]"))
      if cleaned.contains(where: \.isDigit) {
        ids.arXiv = ids.arXiv ?? cleaned
        return used
      }
    }
    if isOldArXiv(core.trimming(".,;)]")) {
      ids.arXiv = ids.arXiv ?? String(core.trimming(".,;)]"))
      return 1
    }
    return nil
  }

  /// `10.1234/abc` without trailing punctuation, or nil.
  private static func doiValue(_ text: Substring) -> String? {
    guard text.hasPrefix("10.") else { return nil }
    let afterPrefix = text.dropFirst(3)
    let registrant = afterPrefix.prefix { $0.isDigit || $0 == "." }
    guard registrant.count >= 4, afterPrefix.dropFirst(registrant.count).first == "/" else {
      return nil
    }
    var doi = text.trimming(".,;:]}>»”\"'")
    // Strip a closing parenthesis that has no opener inside the DOI.
    while doi.last == ")",
      doi.filter({ $0 == ")" }).count > doi.filter({ $0 == "(" }).count
    {
      doi = doi.dropLast().trimming(".,;:")
    }
    return doi.count > 7 ? String(doi) : nil
  }

  private static func digitsValue(_ text: Substring) -> String? {
    let digits = text.trimming(".,;:)]")
    return !digits.isEmpty && digits.allSatisfy(\.isDigit) ? String(digits) : nil
  }

  private static func isArXivPiece(_ token: Substring) -> Bool {
    let core = token.trimming(":")
    return !core.isEmpty && core.first.map { $0.isDigit || $0 == "." } == true
      || core.contains("/")
  }

  /// `quant-ph/0503219`, `hep-th/9901001v2`, `math.AG/0101001`.
  private static func isOldArXiv(_ text: Substring) -> Bool {
    guard let slash = text.firstIndex(of: "/") else { return false }
    let archive = text[..<slash]
    let number = text[text.index(after: slash)...]
    let digits = number.prefix(while: \.isDigit)
    guard digits.count == 7, archive.count >= 4,
      archive.first.map({ $0.isLowercase }) == true,
      archive.allSatisfy({ $0.isLetter || $0 == "-" || $0 == "." })
    else { return false }
    let version = number.dropFirst(7)
    return version.isEmpty || (version.first == "v" && version.dropFirst().allSatisfy(\.isDigit))
  }

  /// Removes `Available at:`, `Retrieved from`, `URL:` left just before a removed identifier.
  private static func dropLeadIns(from kept: inout [Substring]) {
    let leadIns: Set<String> = [
      "available", "at", "at:", "from", "from:", "online", "online:", "online at", "url", "url:",
      "retrieved", "doi", "doi:", "pmid:", "pmid", "via", "e-print", "eprint", "[online].",
    ]
    while let last = kept.last, leadIns.contains(last.lowercased()) {
      if last.lowercased() == "at" || last.lowercased() == "from" {
        guard kept.count >= 2,
          ["available", "retrieved", "online"].contains(kept[kept.count - 2].lowercased())
        else { return }
      }
      kept.removeLast()
    }
  }

  /// Removes what identifier removal leaves behind: `[]`, `()`, `, .`, a trailing `[accessed …]`.
  static func tidy(_ text: String) -> String {
    var result = text
    let replacements = [
      ("[ ]", ""), ("[]", ""), ("( )", ""), ("()", ""), (" ,", ","), (" .", "."), (",.", "."),
      (",,", ","), (";.", "."), (". .", "."), (", ,", ","),
    ]
    // Most texts have none of the patterns: one search of each, no copies.
    guard FoldedText.containsAny(of: replacements.map(\.0), in: text[...]) else {
      return String(result.trimming(" ,;:"))
    }
    if FoldedText.hasSimpleScalars(text[...]) {
      // Byte matches are `Character` matches, and removing ASCII keeps the text simple.
      var bytes = Array(text.utf8)
      for (pattern, replacement) in replacements {
        while let replaced = replacingAll(pattern, with: replacement, in: bytes) {
          bytes = replaced
        }
      }
      result = String(decoding: bytes, as: UTF8.self)
      return String(result.trimming(" ,;:"))
    }
    for (pattern, replacement) in replacements {
      // `FoldedText` searches `Character`s as `_StringProcessing` does, whatever else is
      // imported (Foundation's `contains` matches differently).
      while FoldedText.containsAny(of: [pattern], in: result[...]) {
        result = result.replacing(pattern, with: replacement)
      }
    }
    return String(result.trimming(" ,;:"))
  }

  /// `bytes` with every match of `pattern`, left to right, replaced; nil when there is none.
  private static func replacingAll(_ pattern: String, with replacement: String, in bytes: [UInt8])
    -> [UInt8]?
  {
    let patternBytes = Array(pattern.utf8)
    guard var match = FoldedText.firstRange(of: patternBytes, in: bytes, from: 0) else {
      return nil
    }
    var result: [UInt8] = []
    result.reserveCapacity(bytes.count)
    var start = 0
    while true {
      result.append(contentsOf: bytes[start..<match.lowerBound])
      result.append(contentsOf: replacement.utf8)
      start = match.upperBound
      guard let next = FoldedText.firstRange(of: patternBytes, in: bytes, from: start) else {
        break
      }
      match = next
    }
    result.append(contentsOf: bytes[start...])
    return result
  }
}
