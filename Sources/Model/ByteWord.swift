/// Tests on eight bytes at once, as one `UInt64` (little-endian: the first byte is the low
/// one): byte-at-a-time loops over long text (a paragraph, a CSV field) skip the plain
/// stretches this way.
public enum ByteWord {
  @usableFromInline static let ones: UInt64 = 0x0101_0101_0101_0101
  @usableFromInline static let lowBits: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
  @usableFromInline static let highBits: UInt64 = 0x8080_8080_8080_8080

  /// The eight bytes at `offset` of `base`, the first one lowest.
  @inlinable @inline(__always)
  public static func load(_ base: UnsafeRawPointer, at offset: Int) -> UInt64 {
    UInt64(littleEndian: base.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
  }

  /// The high bit of each byte of `word` that is zero, and no other bit.
  @inlinable @inline(__always)
  public static func zeroBytes(_ word: UInt64) -> UInt64 {
    ~(((word & lowBits) &+ lowBits) | word | lowBits)
  }

  /// The high bit of each byte of `word` that equals `byte`, and no other bit.
  @inlinable @inline(__always)
  public static func bytes(_ word: UInt64, equalTo byte: UInt8) -> UInt64 {
    zeroBytes(word ^ (ones &* UInt64(byte)))
  }

  /// Whether every byte of `word` is ASCII from space to DEL (0x20–0x7F).
  @inlinable @inline(__always)
  public static func isSpaceToDEL(_ word: UInt64) -> Bool {
    word & highBits == 0 && zeroBytes(word & 0xE0E0_E0E0_E0E0_E0E0) == 0
  }
}
