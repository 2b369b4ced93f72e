/// Identifies one claim within its document (`k1`, `k2`, …).
public typealias ClaimID = Identifier<Claim>

/// A relation the text states between two entities, read from one sentence, with the
/// references cited in that sentence as its evidence.
public struct Claim: Hashable, Sendable, Codable {
  /// What the subject does to the object.
  public enum Predicate: String, Hashable, Sendable, Codable, CaseIterable {
    case activates, inhibits
    case increasesAmount = "increases_amount"
    case decreasesAmount = "decreases_amount"
    case binds, phosphorylates, methylates, promotes, prevents
    case associatedWith = "associated_with"

    /// `+` for activating kinds, `-` for inhibiting ones, `0` for binding and association.
    public var polarity: Polarity {
      switch self {
      case .activates, .increasesAmount, .promotes, .phosphorylates, .methylates: .positive
      case .inhibits, .decreasesAmount, .prevents: .negative
      case .binds, .associatedWith: .neutral
      }
    }
  }

  /// The sign of a claim's effect.
  public enum Polarity: String, Hashable, Sendable, Codable, CaseIterable {
    case positive = "+"
    case negative = "-"
    case neutral = "0"
  }

  /// One side of a claim: a grounded entity.
  public struct Argument: Hashable, Sendable, Codable {
    /// The CURIE (`HGNC:11364`).
    public var grounding: String
    /// The canonical name (`STAT3`).
    public var canonical: String
    public var type: EntityType

    public init(grounding: String, canonical: String, type: EntityType) {
      self.grounding = grounding
      self.canonical = canonical
      self.type = type
    }
  }

  public var id: ClaimID
  public var subject: Argument
  public var predicate: Predicate
  public var object: Argument
  /// The sentence denies the relation (`did not inhibit`).
  public var isNegated: Bool
  /// The sentence states the relation tentatively (`may activate`, `suggested`).
  public var isHedged: Bool
  /// The sentence the claim was read from.
  public var sentence: SentenceID
  /// The references cited in that sentence, in marker order, each once.
  public var evidence: [ReferenceID]

  /// The sign of the predicate.
  public var polarity: Polarity { predicate.polarity }

  public init(
    id: ClaimID, subject: Argument, predicate: Predicate, object: Argument,
    isNegated: Bool = false, isHedged: Bool = false, sentence: SentenceID,
    evidence: [ReferenceID] = []
  ) {
    self.id = id
    self.subject = subject
    self.predicate = predicate
    self.object = object
    self.isNegated = isNegated
    self.isHedged = isHedged
    self.sentence = sentence
    self.evidence = evidence
  }
}
