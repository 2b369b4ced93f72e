import Model

/// Repairs of PDF-extraction noise in running text.
enum TextNormalization {
  /// Joins Greek letters split off by spaces (`NF- κ B` → `NF-κB`, `TNF- α` → `TNF-α`) and
  /// collapses runs of white space.
  static func tidy(_ text: String) -> String {
    let scalars = Array(text.unicodeScalars)
    var result: [UInt8] = []  // UTF-8
    result.reserveCapacity(text.utf8.count)
    var index = 0
    var previous: Unicode.Scalar = " "
    var beforePrevious: Unicode.Scalar = " "
    while index < scalars.count {
      let scalar = scalars[index]
      let next: Unicode.Scalar? = index + 1 < scalars.count ? scalars[index + 1] : nil
      if scalar.isSpaceFast {
        // `-␣κ` → `-κ`
        if previous == "-", let next, isGreek(next) {
          index += 1
          continue
        }
        // `-κ␣B` → `-κB` when a capital follows and ends the word.
        if isGreek(previous), beforePrevious == "-", let next, next.isASCII,
          next.properties.isUppercase,
          index + 2 >= scalars.count || !scalars[index + 2].properties.isAlphabetic
            || scalars[index + 2].properties.isUppercase
        {
          index += 1
          continue
        }
        if previous == " " && !result.isEmpty {
          index += 1
          continue
        }
        result.append(0x20)
        beforePrevious = previous
        previous = " "
      } else {
        UTF8.encode(scalar) { result.append($0) }
        beforePrevious = previous
        previous = scalar
      }
      index += 1
    }
    return String(decoding: result, as: UTF8.self)
  }

  static func isGreek(_ scalar: Unicode.Scalar) -> Bool {
    (0x0391...0x03C9).contains(scalar.value)
  }

  static func isGreek(_ character: Character) -> Bool {
    guard let scalar = character.unicodeScalars.first else { return false }
    return (0x0391...0x03C9).contains(scalar.value)
  }

  /// Removes markdown emphasis stars (`*J Immunol*`, `**144**`).
  static func removingEmphasisMarks(_ text: String) -> String {
    tidy(String(text.filter { $0 != "*" }))
  }
}
