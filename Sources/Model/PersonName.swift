/// A person's name as printed: family name and given names or initials (`Fey`, `GH`).
public struct PersonName: Hashable, Sendable, Codable {
  public var family: String
  public var given: String?

  public init(family: String, given: String? = nil) {
    self.family = family
    self.given = given
  }

  /// `Family, Given`, or the family name alone.
  public var displayName: String {
    guard let given, !given.isEmpty else { return family }
    return "\(family), \(given)"
  }
}
