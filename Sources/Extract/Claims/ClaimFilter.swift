import Foundation
import Model

/// A logistic-regression filter over the claim reader's readings: it keeps a reading when the
/// probability that a curator would record the pair (its subject acting on its object), given
/// `ClaimFeatures`, reaches the threshold. The weights are learned offline from the hand-annotated
/// claims of `Tests/Fixtures/claims` by `scripts/train_claim_filter.py` and shipped beside the
/// lexicon as `claim-filter.tsv` (`feature<TAB>weight` rows; `#bias` and `#threshold` rows).
struct ClaimFilter: Sendable, Equatable {
  let weights: [String: Double]
  let bias: Double
  let threshold: Double

  /// A filter that keeps everything (no weights file).
  static let keepsAll = ClaimFilter(weights: [:], bias: 0, threshold: 0)

  /// The filter shipped with citegraph; `keepsAll` when its file is missing or unreadable.
  static let shared: ClaimFilter = {
    guard let folder = LexiconLocation.folder(),
      let data = try? Data(contentsOf: folder.appendingPathComponent("claim-filter.tsv"))
    else { return .keepsAll }
    return ClaimFilter(tsv: String(decoding: data, as: UTF8.self)) ?? .keepsAll
  }()

  init(weights: [String: Double], bias: Double, threshold: Double) {
    self.weights = weights
    self.bias = bias
    self.threshold = threshold
  }

  /// Parses `feature<TAB>weight` rows, with `#bias` and `#threshold` among them (lines starting
  /// `# ` are comments); nil when either is missing or a row is malformed.
  init?(tsv: String) {
    var weights: [String: Double] = [:]
    var bias: Double?
    var threshold: Double?
    var text = tsv
    let parsed: Bool = text.withUTF8 { bytes in
      let lines = bytes.split(separator: 0x0A)
      weights.reserveCapacity(lines.count)
      for line in lines where !line.starts(with: [0x23, 0x20]) {
        guard let tab = line.firstIndex(of: 0x09),
          let weight = Self.decimal(line[(tab + 1)...])
            ?? Double(String(decoding: line[(tab + 1)...], as: UTF8.self))
        else { return false }
        let feature = String(decoding: line[..<tab], as: UTF8.self)
        switch feature {
        case "#bias": bias = weight
        case "#threshold": threshold = weight
        default: weights[feature] = weight
        }
      }
      return true
    }
    guard parsed, let bias, let threshold else { return nil }
    self.init(weights: weights, bias: bias, threshold: threshold)
  }

  /// A weight written `-?digits.digits` (`-0.1530`, as the training script writes them), read
  /// without a String or `strtod`: the digits make an integer below 2^53 and the divisor a
  /// power of ten up to 10^22, both exact doubles, so their quotient is the correctly rounded
  /// value `Double(_:)` gives. Nil for any other form, which `Double(_:)` then reads.
  private static func decimal(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Double? {
    var index = bytes.startIndex
    let isNegative = index < bytes.endIndex && bytes[index] == 0x2D
    if isNegative { index += 1 }
    var mantissa: UInt64 = 0
    var digits = 0
    var fractionDigits = 0
    var hasPoint = false
    while index < bytes.endIndex {
      let byte = bytes[index]
      if byte == 0x2E, !hasPoint {
        hasPoint = true
      } else if byte >= 0x30, byte <= 0x39 {
        mantissa = mantissa * 10 + UInt64(byte - 0x30)
        digits += 1
        if hasPoint { fractionDigits += 1 }
        guard digits <= 15 else { return nil }
      } else {
        return nil
      }
      index += 1
    }
    guard hasPoint, fractionDigits > 0, fractionDigits <= 22 else { return nil }
    var power = 1.0
    for _ in 0..<fractionDigits { power *= 10 }
    let value = Double(mantissa) / power
    return isNegative ? -value : value
  }

  /// The same weights with another threshold.
  func withThreshold(_ threshold: Double) -> ClaimFilter {
    ClaimFilter(weights: weights, bias: bias, threshold: threshold)
  }

  /// The probability the filter gives a pair with these `features`.
  func probability(_ features: [String]) -> Double {
    let score = features.reduce(bias) { $0 + (weights[$1] ?? 0) }
    return 1 / (1 + exp(-score))
  }

  /// Whether a reading with these `features` is kept.
  func keeps(_ features: [String]) -> Bool {
    weights.isEmpty || probability(features) >= threshold
  }
}

/// An ordered pair of mentions of one sentence, as the claim filter sees it.
public struct ClaimPair: Sendable {
  public var sentence: SentenceID
  public var sentenceText: String
  public var subject: Claim.Argument
  public var object: Claim.Argument
  /// What the claim reader reads for the pair before filtering (usually nothing).
  public var readPredicates: [Claim.Predicate]
  public var features: [String]
}
