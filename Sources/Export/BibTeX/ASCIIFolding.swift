import Foundation

/// Folds text to lower-case ASCII letters and digits, for keys (`Højfeldt` → `hojfeldt`).
enum ASCIIFolding {
  static func keyWord(_ text: some StringProtocol) -> String {
    // ASCII, the usual case: the same folding on the contiguous bytes.
    if let folded = text.utf8.withContiguousStorageIfAvailable(asciiKeyWord), let folded {
      return folded
    }
    var result = ""
    for character in text {
      if let ascii = character.asciiValue {
        if (0x30...0x39).contains(ascii) || (0x61...0x7A).contains(ascii) {
          result.append(character)
        } else if (0x41...0x5A).contains(ascii) {
          result.append(Character(Unicode.Scalar(ascii + 0x20)))
        }
        continue
      }
      if let special = LaTeXEscaper.specialLetters[character] {
        result += special.ascii.lowercased()
        continue
      }
      for scalar in String(character).decomposedScalars where scalar.isASCII {
        let value = Character(scalar)
        if value.isLetter || value.isNumber { result += value.lowercased() }
      }
    }
    return result
  }

  /// `keyWord` of ASCII bytes, straight into the String's storage (a short key is a small
  /// String: nothing allocated); nil if `utf8` is not ASCII.
  private static func asciiKeyWord(_ utf8: UnsafeBufferPointer<UInt8>) -> String? {
    guard utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
    return String(unsafeUninitializedCapacity: utf8.count) { buffer in
      var count = 0
      for byte in utf8 {
        switch byte {
        case 0x30...0x39, 0x61...0x7A: buffer[count] = byte
        case 0x41...0x5A: buffer[count] = byte + 0x20
        default: continue
        }
        count += 1
      }
      return count
    }
  }
}

extension String {
  /// Canonical decomposition (NFD): `é` → `e` + U+0301.
  var decomposedScalars: [Unicode.Scalar] {
    Array(decomposedStringWithCanonicalMapping.unicodeScalars)
  }
}
