import Model

/// The features a claim filter weighs for one ordered pair of mentions in a sentence: the
/// words between them, the words around them, their types, order and distance, and what else
/// the sentence names between them. Words are lower-cased runs of letters and digits (with
/// inner hyphens); another mention counts as one token, `<type>`.
///
/// The same features are written for training (`citegraph claim-pairs`, then
/// `scripts/train_claim_filter.py`) and computed when filtering, so the two cannot drift.
struct ClaimFeatures {
  /// A token of the sentence: a word, a punctuation byte, or a mention (by index).
  private enum Token: Equatable {
    case word(String)
    case punctuation(UInt8)
    case mention(Int)
  }

  private let tokens: [Token]
  private let mentions: [EntityMention]
  private let cites: Bool

  /// Tokenises `text` once for every pair of its `mentions` (UTF-8 offsets in `text`);
  /// `cites` says whether the sentence carries citation markers.
  init(text: String, mentions: [EntityMention], cites: Bool) {
    self.mentions = mentions
    self.cites = cites
    let bytes = Array(text.utf8)
    let starts = Dictionary(
      mentions.enumerated().map { ($1.utf8Offsets.lowerBound, $0) }, uniquingKeysWith: { a, _ in a })
    var tokens: [Token] = []
    var index = 0
    while index < bytes.count {
      if let mention = starts[index], mentions[mention].utf8Offsets.upperBound > index {
        tokens.append(.mention(mention))
        index = mentions[mention].utf8Offsets.upperBound
        continue
      }
      let byte = bytes[index]
      if Self.isWordByte(byte) {
        let start = index
        while index < bytes.count, starts[index] == nil || index == start,
          Self.isWordByte(bytes[index])
            || (bytes[index] == 0x2D && index + 1 < bytes.count && Self.isWordByte(bytes[index + 1]))
        {
          index += 1
        }
        tokens.append(.word(String(decoding: bytes[start..<index], as: UTF8.self).lowercased()))
        continue
      }
      if byte != 0x20 { tokens.append(.punctuation(byte)) }
      index += 1
    }
    self.tokens = tokens
  }

  private static func isWordByte(_ byte: UInt8) -> Bool {
    LexiconKey.isAlphanumeric(byte) || byte >= 0x80
  }

  /// The features of `subject` (index into the mentions) acting on `object`; empty when either
  /// mention is not a token of its own (it overlaps another).
  func features(subject: Int, object: Int) -> [String] {
    guard let s = tokens.firstIndex(of: .mention(subject)),
      let o = tokens.firstIndex(of: .mention(object))
    else { return [] }
    let first = min(s, o)
    let last = max(s, o)
    let subjectType = mentions[subject].type.rawValue
    let objectType = mentions[object].type.rawValue
    var features = [
      "dir=\(s < o ? "fwd" : "rev")", "ts=\(subjectType)", "to=\(objectType)",
      "tt=\(subjectType)>\(objectType)", "cites=\(cites)",
    ]
    let between = tokens[(first + 1)..<last]
    let words = between.compactMap { token -> String? in
      if case .word(let word) = token { return word }
      return nil
    }
    features.append("gap=\(Self.bucket(between.count))")
    features.append("mentions=\(Self.bucket(mentions.count))")
    var seen: Set<String> = []
    for word in words where seen.insert(word).inserted { features.append("bw=\(word)") }
    for (a, b) in zip(words, words.dropFirst()) where seen.insert("\(a)_\(b)").inserted {
      features.append("bb=\(a)_\(b)")
    }
    features.append("bw1=\(words.first ?? "-")")
    features.append("bwl=\(words.last ?? "-")")
    let direction = s < o ? "fwd" : "rev"
    features.append("dbwl=\(direction)_\(words.last ?? "-")")
    for word in words {
      let stem = Self.stem(word)
      if stem != word, seen.insert("bs=\(stem)").inserted { features.append("bs=\(stem)") }
    }
    // The trigger words between, as their predicate kinds; the one nearest the object.
    var nearest: String?
    for word in words {
      guard let predicate = ClaimVocabulary.verbs[word] ?? ClaimVocabulary.nouns[word] else {
        continue
      }
      let kind = "\(direction)_\(predicate.rawValue)"
      if s < o || nearest == nil { nearest = kind }
      if seen.insert("trig=\(kind)").inserted { features.append("trig=\(kind)") }
    }
    features.append("near=\(nearest ?? "none")")
    features.append("trigs=\(min(3, words.filter { ClaimVocabulary.verbs[$0] != nil }.count))")
    if words.contains(where: ClaimVocabulary.boundaries.contains) { features.append("boundary") }
    var others = 0
    for token in between {
      switch token {
      case .mention(let index):
        others += 1
        if seen.insert("be=\(mentions[index].type.rawValue)").inserted {
          features.append("be=\(mentions[index].type.rawValue)")
        }
      case .punctuation(let byte) where [0x2C, 0x3B, 0x3A, 0x28, 0x29].contains(byte):
        let mark = String(UnicodeScalar(byte))
        if seen.insert("bp=\(mark)").inserted { features.append("bp=\(mark)") }
      default: break
      }
    }
    features.append("others=\(min(others, 3))")
    features.append("s-1=\(word(at: s - 1))")
    features.append("s+1=\(word(at: s + 1))")
    features.append("o-1=\(word(at: o - 1))")
    features.append("o+1=\(word(at: o + 1))")
    features.append("o+2=\(word(at: o + 2))")
    features.append("pre=\(word(at: first - 1))_\(word(at: first - 2))")
    features.append("negated=\(hasWord(in: ClaimVocabulary.negations))")
    features.append("hedged=\(hasWord(in: ClaimVocabulary.hedges))")
    features.append("sfirst=\(tokens.firstIndex { if case .mention = $0 { true } else { false } } == s)")
    return features
  }

  /// Whether any word of the sentence is in `words`.
  private func hasWord(in words: Set<String>) -> Bool {
    tokens.contains { token in
      if case .word(let word) = token { return words.contains(word) }
      return false
    }
  }

  /// A crude stem that lets inflections share a weight (`activated`, `activates`,
  /// `activation` → `activat`): the longest of a few suffixes is cut when 4 letters remain.
  static func stem(_ word: String) -> String {
    for suffix in ["ations", "ation", "ings", "ing", "ions", "ion", "ed", "es", "s"]
    where word.hasSuffix(suffix) && word.count - suffix.count >= 4 {
      return String(word.dropLast(suffix.count))
    }
    return word
  }

  /// The token at `index` as a feature value: the word, the punctuation mark, the mention's
  /// type, or `^`/`$` beyond the ends.
  private func word(at index: Int) -> String {
    guard index >= 0 else { return "^" }
    guard index < tokens.count else { return "$" }
    switch tokens[index] {
    case .word(let word): return word
    case .punctuation(let byte): return String(UnicodeScalar(byte))
    case .mention(let mention): return "<\(mentions[mention].type.rawValue)>"
    }
  }

  /// Counts in coarse, roughly logarithmic bins.
  private static func bucket(_ count: Int) -> String {
    switch count {
    case 0...3: "\(count)"
    case 4...5: "4-5"
    case 6...8: "6-8"
    case 9...12: "9-12"
    case 13...20: "13-20"
    default: "21+"
    }
  }
}
