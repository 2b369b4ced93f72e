/// Turns Unicode text into ASCII LaTeX that `latex` + `bibtex` and `biber` accept:
/// `Rodríguez` → `Rodr{\'\i}guez`, `Højfeldt` → `H{\o}jfeldt`, `κ` → `$\kappa$`,
/// `&` → `\&`, `–` → `--`.
enum LaTeXEscaper {
  static let specialLetters: [Character: (latex: String, ascii: String)] = [
    "ø": ("{\\o}", "o"), "Ø": ("{\\O}", "O"), "æ": ("{\\ae}", "ae"), "Æ": ("{\\AE}", "AE"),
    "œ": ("{\\oe}", "oe"), "Œ": ("{\\OE}", "OE"), "ß": ("{\\ss}", "ss"), "ł": ("{\\l}", "l"),
    "Ł": ("{\\L}", "L"), "å": ("{\\aa}", "a"), "Å": ("{\\AA}", "A"), "ı": ("{\\i}", "i"),
    "đ": (t1Only("\\dj", fallback: "d"), "d"), "Đ": (t1Only("\\DJ", fallback: "D"), "D"),
    "þ": (t1Only("\\th", fallback: "th"), "th"), "Þ": (t1Only("\\TH", fallback: "Th"), "TH"),
    "ð": (t1Only("\\dh", fallback: "d"), "d"), "Ð": (t1Only("\\DH", fallback: "D"), "D"),
  ]

  /// The macro that prints a letter LaTeX's default OT1 font encoding lacks (`\k`, `\th`,
  /// `\dh`, `\dj`, guillemets: "Command \k unavailable in encoding OT1" stops latex): the
  /// letter itself under T1 or a Unicode engine, a plain fallback under OT1.
  static let t1Macro = "\\citegraphTOne"

  /// Defines `t1Macro`; written at the top of a `.bib` that uses it (bibtex and biber copy a
  /// `@preamble` into the bibliography).
  static let t1Preamble = """
    @preamble{ "\\providecommand*{\\citegraphOTOne}{OT1}\\providecommand{\\citegraphTOne}[2]{\\expandafter\\ifx\\csname f@encoding\\endcsname\\citegraphOTOne#2\\else#1\\fi}" }


    """

  /// `latex` under T1, `fallback` under OT1: `{\citegraphTOne{\th}{th}}`.
  private static func t1Only(_ latex: String, fallback: String) -> String {
    "{\(t1Macro){\(latex)}{\(fallback)}}"
  }

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
    "”": "''", "„": ",,", "«": t1Only("\\guillemotleft", fallback: "$\\ll$"),
    "»": t1Only("\\guillemotright", fallback: "$\\gg$"),
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
    if text.unicodeScalars.allSatisfy(isOwnCharacter) {
      // Each scalar is a character of its own, the usual case: walking scalars costs far less
      // than finding grapheme breaks.
      for scalar in text.unicodeScalars {
        if scalar.isASCII {
          appendLaTeX(ofASCII: UInt8(scalar.value), to: &output, unknown: &unknown)
        } else if let latex = singleScalarLaTeX[scalar.value] {
          output.append(contentsOf: latex.utf8)
        } else {
          appendLaTeX(of: Character(scalar), to: &output, unknown: &unknown)
        }
      }
    } else {
      for character in text { appendLaTeX(of: character, to: &output, unknown: &unknown) }
    }
  }

  /// Appends the LaTeX for one character, or adds it to `unknown`.
  private static func appendLaTeX(
    of character: Character, to output: inout [UInt8], unknown: inout Set<Character>
  ) {
    func emit(_ piece: String) { output.append(contentsOf: piece.utf8) }
    // ASCII (and `\r\n`, whose value is that of `\n`) is told apart on its byte.
    guard let ascii = character.asciiValue else {
      let scalars = character.unicodeScalars
      if scalars.count == 1, let scalar = scalars.first,
        let latex = singleScalarLaTeX[scalar.value]
      {
        emit(latex)
      } else if let latex = latex(forNonASCII: character) {
        emit(latex)
      } else {
        unknown.insert(character)
      }
      return
    }
    appendLaTeX(ofASCII: ascii, to: &output, unknown: &unknown)
  }

  /// Appends the LaTeX for one ASCII character, or adds it to `unknown`.
  private static func appendLaTeX(
    ofASCII ascii: UInt8, to output: inout [UInt8], unknown: inout Set<Character>
  ) {
    func emit(_ piece: String) { output.append(contentsOf: piece.utf8) }
    switch ascii {
    case UInt8(ascii: "\\"): emit("\\textbackslash{}")
    case UInt8(ascii: "{"): emit("\\{")
    case UInt8(ascii: "}"): emit("\\}")
    case UInt8(ascii: "&"), UInt8(ascii: "%"), UInt8(ascii: "$"), UInt8(ascii: "#"),
      UInt8(ascii: "_"):
      output.append(UInt8(ascii: "\\"))
      output.append(ascii)
    case UInt8(ascii: "~"): emit("\\textasciitilde{}")
    case UInt8(ascii: "^"): emit("\\textasciicircum{}")
    case UInt8(ascii: "<"): emit("\\textless{}")
    case UInt8(ascii: ">"): emit("\\textgreater{}")
    case UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\t"): output.append(0x20)
    case ..<0x20, 0x7F:
      // Other control characters (NUL, form feed, DEL: extraction noise) stop latex.
      unknown.insert(Character(Unicode.Scalar(ascii)))
    default:
      output.append(ascii)
    }
  }

  /// Whether `scalar` is a character of its own whatever its neighbours (no grapheme rule
  /// joins it): ASCII but CR, and the Latin, Greek, punctuation and symbol blocks without
  /// their combining marks and joiners. Every pair of these was checked to make two characters.
  static func isOwnCharacter(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x00...0x7F: scalar.value != 0x0D
    case 0x80...0x2FF, 0x370...0x3FF, 0x2070...0x20CF, 0x2100...0x23FF: true
    case 0x2000...0x206F: scalar.value != 0x200C && scalar.value != 0x200D
    default: false
    }
  }

  /// The LaTeX of a character that is not ASCII; nil if it has none.
  private static func latex(forNonASCII character: Character) -> String? {
    if let special = specialLetters[character] { return special.latex }
    if let name = greek[character] { return "$\\" + name + "$" }
    if let symbol = symbols[character] { return symbol }
    return accented(character)
  }

  /// `latex(forNonASCII:)` worked out once for the one-scalar characters up to U+017F (the
  /// accented letters of names) and those of the tables above: a lookup by scalar costs less
  /// than hashing a `Character` three times and decomposing it.
  private static let singleScalarLaTeX: [UInt32: String] = {
    let keys = Array(specialLetters.keys) + Array(greek.keys) + Array(symbols.keys)
    let tableScalars = keys.compactMap {
      $0.unicodeScalars.count == 1 ? $0.unicodeScalars.first : nil
    }
    let scalars = (0x80...0x17F).compactMap(Unicode.Scalar.init) + tableScalars
    var table: [UInt32: String] = [:]
    for scalar in scalars {
      if let latex = latex(forNonASCII: Character(scalar)) { table[scalar.value] = latex }
    }
    return table
  }()

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
    // The same letter without its ogonek, which OT1 lacks (`ą` → `a`, `ǭ` → `\=o`).
    var withoutOgonek = base
    for mark in scalars.dropFirst() {
      guard let command = accentCommands[mark.value] else { return nil }
      let isLetterCommand = command.first?.isLetter ?? false
      result = isLetterCommand ? "\\\(command) \(result)" : "\\\(command)\(result)"
      if mark.value != Self.ogonek {
        withoutOgonek = isLetterCommand ? "\\\(command) \(withoutOgonek)" : "\\\(command)\(withoutOgonek)"
      }
    }
    guard result != withoutOgonek else { return "{\(result)}" }
    return t1Only(result, fallback: withoutOgonek)
  }

  private static let ogonek: UInt32 = 0x328
}
