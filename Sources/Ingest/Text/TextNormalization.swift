/// Repairs of PDF-extraction noise in running text.
enum TextNormalization {
  /// Joins Greek letters split off by spaces (`NF- κ B` → `NF-κB`, `TNF- α` → `TNF-α`) and
  /// collapses runs of white space.
  static func tidy(_ text: String) -> String {
    var characters = Array(text)
    var result: [Character] = []
    result.reserveCapacity(characters.count)
    var index = 0
    while index < characters.count {
      let character = characters[index]
      // `-␣κ` → `-κ`
      if character.isWhitespace, let previous = result.last, previous == "-",
        index + 1 < characters.count, isGreek(characters[index + 1])
      {
        index += 1
        continue
      }
      // `-κ␣B` → `-κB` when the Greek letter follows a hyphen and a capital follows it.
      if character.isWhitespace, result.count >= 2, isGreek(result[result.count - 1]),
        result[result.count - 2] == "-", index + 1 < characters.count,
        characters[index + 1].isUppercase, characters[index + 1].isASCII,
        index + 2 >= characters.count || !characters[index + 2].isLetter
          || characters[index + 2].isUppercase
      {
        index += 1
        continue
      }
      if character.isWhitespace {
        if let previous = result.last, previous == " " {
          index += 1
          continue
        }
        result.append(" ")
      } else {
        result.append(character)
      }
      index += 1
    }
    characters = result
    return String(characters)
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
