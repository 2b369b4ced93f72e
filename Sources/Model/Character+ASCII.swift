extension Character {
  /// `isWhitespace`, answered without a Unicode property lookup for ASCII characters.
  @inlinable public var isSpaceFast: Bool {
    if let ascii = asciiValue { return ascii == 0x20 || (0x09...0x0D).contains(ascii) }
    return isWhitespace
  }

  /// `isUppercase`, answered without a Unicode property lookup for ASCII characters.
  @inlinable public var isUppercaseFast: Bool {
    if let ascii = asciiValue { return (0x41...0x5A).contains(ascii) }
    return isUppercase
  }

  /// `isLowercase`, answered without a Unicode property lookup for ASCII characters.
  @inlinable public var isLowercaseFast: Bool {
    if let ascii = asciiValue { return (0x61...0x7A).contains(ascii) }
    return isLowercase
  }

  /// `isNumber`, answered without a Unicode property lookup for ASCII characters.
  @inlinable public var isNumberFast: Bool {
    if let ascii = asciiValue { return (0x30...0x39).contains(ascii) }
    return isNumber
  }

  /// `isLetter`, answered without a Unicode property lookup for ASCII characters.
  @inlinable public var isLetterFast: Bool {
    if let ascii = asciiValue { return (0x41...0x5A).contains(ascii) || (0x61...0x7A).contains(ascii) }
    return isLetter
  }
}

extension Unicode.Scalar {
  /// White space (`properties.isWhitespace`), answered without a Unicode property lookup: the
  /// White_Space property is these 25 scalars, unchanged since Unicode 6.3.
  @inlinable public var isSpaceFast: Bool {
    if isASCII { return value == 0x20 || (0x09...0x0D).contains(value) }
    return Self.isNonASCIISpace(value)
  }

  /// The non-ASCII white space: U+0085, U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029,
  /// U+202F, U+205F, U+3000.
  @usableFromInline static func isNonASCIISpace(_ value: UInt32) -> Bool {
    switch value {
    case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
    default: false
    }
  }
}

extension Unicode.Scalar {
  /// An upper-case letter, answered without a Unicode property lookup for ASCII.
  @inlinable public var isUppercaseFast: Bool {
    if isASCII { return (0x41...0x5A).contains(value) }
    return properties.isUppercase
  }

  /// A lower-case letter, answered without a Unicode property lookup for ASCII.
  @inlinable public var isLowercaseFast: Bool {
    if isASCII { return (0x61...0x7A).contains(value) }
    return properties.isLowercase
  }

  /// A number (`Character.isNumber` for one scalar), without a property lookup for ASCII.
  @inlinable public var isNumberFast: Bool {
    if isASCII { return (0x30...0x39).contains(value) }
    return properties.numericType != nil
  }

  /// A letter, answered without a Unicode property lookup for ASCII.
  @inlinable public var isLetterFast: Bool {
    if isASCII { return (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value) }
    return properties.isAlphabetic
  }
}
