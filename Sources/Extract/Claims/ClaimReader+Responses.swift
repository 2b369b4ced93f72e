import Model

/// A response, as experimental papers phrase it: `Akt activation in response to EGF
/// treatment`, `Gab1 is tyrosine phosphorylated in response to EGF`, `PI-3 kinase activity that
/// is augmented following EGF treatment`: the agent after `in response to` activates the entity
/// before it, when an activation word (`activation`, `phosphorylated`, `activity`) stands
/// between them or right before the entity (`activation of Akt in response to NRG`).
extension ClaimReader {
  /// Words between an entity and `in response to` that say it was activated.
  static let responseCues: Set<String> = [
    "activation", "activated", "phosphorylation", "phosphorylated", "activity", "stimulation",
    "stimulated", "induction", "induced",
  ]

  /// Nouns of giving an agent: `treatment with X`, `X stimulation`, `exposure to X`.
  static let treatmentNouns: Set<String> = [
    "treatment", "stimulation", "exposure", "incubation", "addition",
  ]

  /// Where the agent starts after `in response to`: past `treatment with`, `stimulation
  /// with`, `exposure to`.
  static func agentStart(_ items: [Item], at start: Int) -> Int {
    guard start + 1 < items.count, case .word(let noun) = items[start],
      treatmentNouns.contains(noun),
      items[start + 1] == .word("with") || items[start + 1] == .word("to")
    else { return start }
    return start + 2
  }

  /// The readings of `response` at `index`, in `in response to X`.
  func responseReadings(_ items: [Item], at index: Int) -> [Reading] {
    guard index >= 1, items[index - 1] == .word("in"), index + 1 < items.count,
      items[index + 1] == .word("to"),
      let agent = argument(in: items, from: Self.agentStart(items, at: index + 2), step: 1, limit: 3),
      agent.argument.canBeSubjectIgnoringPosition
    else { return [] }
    return responseReadings(items, before: index - 1, agent: agent)
  }

  /// The readings of `following` at `index`, in `Y activity is augmented following X
  /// treatment`, `AKT becomes activated following PI3K activation`: a treatment noun or
  /// `activation` must follow the agent (a bare `following` is only time).
  func followingReadings(_ items: [Item], at index: Int) -> [Reading] {
    guard let agent = argument(in: items, from: index + 1, step: 1, limit: 1),
      agent.argument.canBeSubjectIgnoringPosition, agent.index + 1 < items.count,
      case .word(let noun) = items[agent.index + 1],
      Self.treatmentNouns.contains(noun) || noun == "activation"
    else { return [] }
    return responseReadings(items, before: index, agent: agent)
  }

  /// The entity before `trigger` activated by `agent`, when an activation word stands between
  /// them or right before the entity.
  private func responseReadings(
    _ items: [Item], before trigger: Int, agent: (argument: Argument, index: Int)
  ) -> [Reading] {
    let index = trigger + 1
    var position = trigger - 1
    var sawCue = false
    while position >= 0, index - position <= 10 {
      switch items[position] {
      case .word(let word):
        if Self.responseCues.contains(word) { sawCue = true }
        // `PI-3 kinase activity that is augmented following X`: a relative clause on the cue.
        let isRelativeOnCue =
          (word == "that" || word == "which") && position >= 1
          && items[position - 1].word.map(Self.responseCues.contains) == true
        if !isRelativeOnCue, Self.clauseOpeners.contains(word) || V.boundaries.contains(word) {
          return []
        }
      case .punctuation(let mark):
        // (`Gab1F446/472/589`: a mutant's name is words and slashes.)
        if mark != "-" && mark != "/" { return [] }
      case .argument(var target):
        // `Gab1 and Gab1F446/472/589 undergo phosphorylation`: past a mutant listed last.
        if target.isBlocked, position >= 2, items[position - 1] == .word("and") {
          position -= 2
          continue
        }
        guard !target.isBlocked, !target.isModifier else { return [] }
        // `both Gab1 and ErbB3 undergo phosphorylation in response to X`: every member listed.
        var first = position
        while first >= 2, items[first - 1] == .word("and") || items[first - 1] == .word("or"),
          case .argument(let more) = items[first - 2], !more.isBlocked, !more.isModifier
        {
          target.members = more.members + target.members
          first -= 2
        }
        // `activation of PI-3 kinase and Akt in response to X`: the cue may come before the
        // entities.
        let isAfterCue =
          first >= 2 && items[first - 1] == .word("of")
          && items[first - 2].word.map(Self.responseCues.contains) == true
        guard sawCue || isAfterCue else { return [] }
        return combine(agent.argument, .activates, target, items, first..<agent.index)
      }
      position -= 1
    }
    return []
  }
}
