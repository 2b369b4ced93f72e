/// Pages as cited: a first page and, for a range, an expanded last page (`3804–8` → 3804, 3808).
///
/// An article number or e-location (`e0119980`, `330`) is a `first` with no `last`.
public struct PageRange: Hashable, Sendable, Codable {
  public var first: String
  public var last: String?

  public init(first: String, last: String? = nil) {
    self.first = first
    self.last = last
  }
}
