/// Turns Unicode text into ASCII LaTeX that `latex` + `bibtex` and `biber` accept:
/// `Rodríguez` → `Rodr{\'\i}guez`, `Højfeldt` → `H{\o}jfeldt`, `κ` → `$\kappa$`,
/// `&` → `\&`, `–` → `--`.
enum LaTeXEscaper {
  static let specialLetters: [Character: (latex: String, ascii: String)] = [
    "ø": ("{\\o}", "o"), "Ø": ("{\\O}", "O"), "æ": ("{\\ae}", "ae"), "Æ": ("{\\AE}", "AE"),
    "œ": ("{\\oe}", "oe"), "Œ": ("{\\OE}", "OE"), "ß": ("{\\ss}", "ss"), "ł": ("{\\l}", "l"),
    "Ł": ("{\\L}", "L"), "å": ("{\\aa}", "a"), "Å": ("{\\AA}", "A"), "ı": ("{\\i}", "i"),
    "đ": ("{\\dj}", "d"), "Đ": ("{\\DJ}", "D"), "þ": ("{\\th}", "th"), "Þ": ("{\\TH}", "TH"),
    "ð": ("{\\dh}", "d"),
  ]

  private static let accentCommands: [UInt32: String] = [
    0x300: "`", 0x301: "'", 0x302: "^", 0x303: "~", 0x304: "=", 0x306: "u", 0x307: ".",
    0x308: "\"", 0x30A: "r", 0x30B: "H", 0x30C: "v", 0x327: "c", 0x328: "k", 0x323: "d",
  ]

  private static let greek: [Character: String] = [
    "α": "alpha", "β": "beta", "γ": "gamma", "δ": "delta", "ε": "epsilon", "ζ": "zeta",
    "η": "eta", "θ": "theta", "ι": "iota", "κ": "kappa", "λ": "lambda", "μ": "mu", "µ": "mu",
    "ν": "nu", "ξ": "xi", "π": "pi", "ρ": "rho", "σ": "sigma", "ς": "varsigma", "τ": "tau",
    "υ": "upsilon", "φ": "phi", "ϕ": "phi", "χ": "chi", "ψ": "psi", "ω": "omega",
    "Γ": "Gamma", "Δ": "Delta", "Θ": "Theta", "Λ": "Lambda", "Ξ": "Xi", "Π": "Pi",
    "Σ": "Sigma", "Φ": "Phi", "Ψ": "Psi", "Ω": "Omega",
  ]

  private static let symbols: [Character: String] = [
    "–": "--", "—": "---", "‐": "-", "‑": "-", "−": "--", "‘": "`", "’": "'", "“": "``",
    "”": "''", "„": ",,", "«": "{\\guillemotleft}", "»": "{\\guillemotright}",
    "\u{00A0}": "~", "\u{2009}": "\\,", "…": "\\ldots{}", "×": "$\\times$", "±": "$\\pm$",
    "≥": "$\\geq$", "≤": "$\\leq$", "→": "$\\rightarrow$", "←": "$\\leftarrow$",
    "°": "{\\textdegree}", "•": "{\\textbullet}", "†": "{\\dag}", "‡": "{\\ddag}",
    "§": "{\\S}", "¶": "{\\P}", "©": "{\\copyright}", "®": "{\\textregistered}",
    "™": "{\\texttrademark}", "′": "$'$", "″": "$''$", "∼": "$\\sim$", "≈": "$\\approx$",
    "∞": "$\\infty$", "·": "$\\cdot$", "½": "$\\frac{1}{2}$", "¼": "$\\frac{1}{4}$",
    "₂": "$_2$", "₃": "$_3$", "₄": "$_4$", "₁": "$_1$", "²": "$^2$", "³": "$^3$", "¹": "$^1$",
    "⁺": "$^+$", "⁻": "$^-$", "\u{200B}": "", "\u{FEFF}": "",
    "¿": "{\\textquestiondown}", "¡": "{\\textexclamdown}", "º": "{\\textordmasculine}",
    "ª": "{\\textordfeminine}", "´": "{\\textasciiacute}", "€": "{\\texteuro}",
    "£": "{\\pounds}", "¥": "{\\textyen}", "¢": "{\\textcent}", "‰": "{\\textperthousand}",
    "¬": "$\\neg$", "÷": "$\\div$",
  ]

  /// Appends the LaTeX for `text` to the UTF-8 `output`; characters with no LaTeX form are
  /// dropped and returned in `unknown`.
  static func escape(
    _ text: some StringProtocol, into output: inout [UInt8], unknown: inout Set<Character>
  ) {
    // Plain text, the usual case, is copied from its contiguous bytes.
    let copied = text.utf8.withContiguousStorageIfAvailable { utf8 in
      guard utf8.allSatisfy(isPlain) else { return false }
      output.append(contentsOf: utf8)
      return true
    }
    if copied == true { return }
    if copied == nil, text.utf8.allSatisfy(isPlain) {
      output.append(contentsOf: text.utf8)
      return
    }
    func emit(_ piece: String) { output.append(contentsOf: piece.utf8) }
    for character in text {
      switch character {
      case "\\": emit("\\textbackslash{}")
      case "{": emit("\\{")
      case "}": emit("\\}")
      case "&", "%", "$", "#", "_":
        output.append(UInt8(ascii: "\\"))
        output.append(contentsOf: character.utf8)
      case "~": emit("\\textasciitilde{}")
      case "^": emit("\\textasciicircum{}")
      case "<": emit("\\textless{}")
      case ">": emit("\\textgreater{}")
      case "\n", "\r", "\t", "\r\n": output.append(0x20)
      default:
        if let ascii = character.asciiValue, ascii < 0x20 || ascii == 0x7F {
          // Other control characters (NUL, form feed, DEL: extraction noise) stop latex.
          unknown.insert(character)
        } else if character.isASCII {
          output.append(contentsOf: character.utf8)
        } else if let special = specialLetters[character] {
          emit(special.latex)
        } else if let name = greek[character] {
          emit("$\\")
          emit(name)
          emit("$")
        } else if let symbol = symbols[character] {
          emit(symbol)
        } else if let accented = accented(character) {
          emit(accented)
        } else {
          unknown.insert(character)
        }
      }
    }
  }

  /// Printable ASCII that LaTeX takes as is: not a control character nor one of
  /// `\ { } & % $ # _ ~ ^ < >`.
  static func isPlain(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "\\"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "&"),
      UInt8(ascii: "%"), UInt8(ascii: "$"), UInt8(ascii: "#"), UInt8(ascii: "_"),
      UInt8(ascii: "~"), UInt8(ascii: "^"), UInt8(ascii: "<"), UInt8(ascii: ">"):
      false
    default:
      byte >= 0x20 && byte < 0x7F
    }
  }

  /// `í` → `{\'\i}`, `ü` → `{\"u}`, `ç` → `{\c c}`.
  private static func accented(_ character: Character) -> String? {
    let scalars = String(character).decomposedScalars
    guard scalars.count >= 2, scalars[0].isASCII, scalars[0].properties.isAlphabetic else {
      return nil
    }
    var base = String(Character(scalars[0]))
    if base == "i" { base = "\\i" } else if base == "j" { base = "\\j" }
    var result = base
    for mark in scalars.dropFirst() {
      guard let command = accentCommands[mark.value] else { return nil }
      let isLetterCommand = command.first?.isLetter ?? false
      result = isLetterCommand ? "\\\(command) \(result)" : "\\\(command)\(result)"
    }
    return "{\(result)}"
  }
}
