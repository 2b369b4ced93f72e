import Model

/// The words the claim reader knows: trigger verbs and nouns with their predicates, and the
/// cue words for negation, hedging, loss of function and clause boundaries.
enum ClaimVocabulary {
  /// Verb stems (as their lower-cased forms) and what they state.
  static let verbs: [String: Claim.Predicate] = {
    var table: [String: Claim.Predicate] = [:]
    func add(_ predicate: Claim.Predicate, _ forms: String) {
      for form in forms.split(separator: " ") { table[String(form)] = predicate }
    }
    add(
      .activates,
      "activate activates activated activating stimulate stimulates stimulated stimulating "
        + "induce induces induced inducing trigger triggers triggered triggering "
        + "reinforce reinforces reinforced reinforcing enhance enhances enhanced enhancing "
        + "boost boosts boosted boosting intensify intensifies intensified intensifying "
        + "autoinduce autoinduces autoinduced potentiate potentiates potentiated potentiating "
        + "augment augments augmented augmenting")
    add(
      .inhibits,
      "inhibit inhibits inhibited inhibiting block blocks blocked blocking suppress suppresses "
        + "suppressed suppressing repress represses repressed repressing abrogate abrogates "
        + "abrogated abrogating attenuate attenuates attenuated attenuating impede impedes "
        + "impeded impeding antagonize antagonizes antagonized antagonizing reverse reverses "
        + "reversed reversing overcome overcomes disrupt disrupts disrupted disrupting impair impairs "
        + "impaired impairing deteriorate deteriorates deteriorated inactivate inactivates "
        + "inactivated inactivating abolish abolishes abolished abolishing restrain restrains "
        + "restrained restraining dampen dampens dampened dampening limit limits limiting "
        + "restrict restricts restricting dephosphorylate "
        + "dephosphorylates dephosphorylated dephosphorylating de-phosphorylate de-phosphorylates "
        + "de-phosphorylated de-phosphorylating")
    add(
      .increasesAmount,
      "upregulate upregulates upregulated upregulating up-regulate up-regulates up-regulated "
        + "increase increases increased increasing elevate elevates elevated elevating "
        + "produce produces produced producing stabilize stabilizes stabilized stabilizing "
        + "transactivate transactivates transactivated transactivating")
    add(
      .decreasesAmount,
      "downregulate downregulates downregulated downregulating down-regulate down-regulates "
        + "down-regulated reduce reduces reduced reducing decrease decreases decreased "
        + "decreasing lower lowers lowered depress depresses depressed depressing")
    add(
      .promotes,
      "promote promotes promoted promoting facilitate facilitates facilitated facilitating "
        + "encourage encourages encouraged encouraging mediate mediates mediated mediating "
        + "predispose predisposes predisposed predisposing cause causes caused causing")
    // Phrasal verbs, joined into one word by the reader (`leads to` is `leads-to`).
    add(
      .promotes,
      "lead-to leads-to led-to leading-to result-in results-in resulted-in resulting-in "
        + "give-rise-to gives-rise-to gave-rise-to giving-rise-to contribute-to contributes-to "
        + "contributed-to contributing-to")
    add(
      .prevents,
      "prevent prevents prevented preventing protect protects protected "
        + "eliminate eliminates eliminated eliminating")
    add(
      .binds,
      "bind binds bound binding react-with reacts-with reacted-with interact interacts interacted "
        + "forms-a-complex-with formed-a-complex-with form-a-complex-with pulled-down-with "
        + "co-immunoprecipitate co-immunoprecipitates co-immunoprecipitating "
        + "co-ip co-ips co-iped co-ip'ed coips coiped co-purify co-purifies co-purified "
        + "copurify copurifies copurified "
        + "co-immunoprecipitated coimmunoprecipitates coimmunoprecipitated co-precipitates "
        + "co-precipitated coprecipitates coprecipitated heterodimerizes heterodimerized "
        + "heterodimerize heterodimerizing associate-with associates-with")
    add(.phosphorylates, "phosphorylate phosphorylates phosphorylated phosphorylating")
    add(.methylates, "methylate methylates methylated methylating")
    add(
      .associatedWith,
      "modulate modulates modulated modulating regulate regulates regulated regulating "
        + "influence influences influenced influencing affect affects affected affecting "
        + "controls controlled controlling")
    return table
  }()

  /// Nucleotides that name a protein's bound state after a hyphen (`RAS-GTP`): GTP, GDP, ATP,
  /// ADP, GTPγS.
  static let boundNucleotides: Set<String> = [
    "CHEBI:15996", "CHEBI:17552", "CHEBI:15422", "CHEBI:16761", "CHEBI:43000",
  ]

  /// Tags fused to a protein in constructs (`GST-PI3KC2β`, `GFP-Rap1`): not a partner.
  static let tagNames: Set<String> = [
    "gst", "gfp", "egfp", "yfp", "cfp", "rfp", "mcherry", "flag", "ha", "myc", "v5",
  ]

  /// Domains after a protein and a hyphen (`PI3KC2β-RBD`): the domain stands for the protein.
  /// Also a short or long isoform (`ITSN1-S`, `ITSN1-L`), and the phosphorylated form
  /// (`eIF2α-P`), and the wild type (`LRRK2-wt`).
  static let domainNames: Set<String> = [
    "rbd", "sh2", "sh3", "ph", "pdz", "ptb", "kd", "s", "l", "p", "wt",
  ]

  /// Verbs with particles read as one word: `leads to` becomes `leads-to`, `gives rise to`
  /// becomes `gives-rise-to`.
  static let phrasalVerbs: [String: String] = [
    "lead": "to", "leads": "to", "led": "to", "leading": "to",
    "give": "rise to", "gives": "rise to", "gave": "rise to", "giving": "rise to",
    "result": "in", "results": "in", "resulted": "in", "resulting": "in",
    "react": "with", "reacts": "with", "reacted": "with",
    "contribute": "to", "contributes": "to", "contributed": "to", "contributing": "to",
    "form": "a complex with", "forms": "a complex with", "formed": "a complex with",
    "pulled": "down with",
    // `Rabs stably associate with LRRK2` binds (`associated with` is an association).
    "associate": "with", "associates": "with",
  ]

  /// Verbs of a catalysed reaction, `E converts A to B`: read by the reaction rule.
  static let conversionVerbs: Set<String> = [
    "convert", "converts", "converted", "converting", "reduce", "reduces", "reduced", "reducing",
    "oxidize", "oxidizes", "oxidized", "oxidizing", "oxidise", "oxidises", "oxidised",
  ]

  /// `E catalyzes the methylation of Y`: verbs whose object is a reaction, read with the
  /// predicate of the reaction's noun.
  static let catalysisVerbs: Set<String> = [
    "catalyze", "catalyzes", "catalyzed", "catalyzing", "catalyse", "catalyses", "catalysed",
    "catalysing",
  ]

  /// `X-induced Y`: a participle after a hyphenated entity, and what the entity does to the
  /// noun the compound modifies.
  static let participleModifiers: [String: Claim.Predicate] = [
    "induced": .activates, "activated": .activates, "stimulated": .activates,
    "triggered": .activates, "mediated": .promotes, "inhibited": .inhibits,
    "suppressed": .inhibits, "inducible": .activates,
  ]

  /// Participles read only after a hyphen: `p53-dependent apoptosis` (p53 promotes it),
  /// `Gab1-associated Shp2`, `MDM2-bound p53` (the two bind).
  static let hyphenModifiers: [String: Claim.Predicate] = [
    "dependent": .promotes, "associated": .binds, "bound": .binds,
  ]

  /// Nouns that name a property of what follows them (`the variability of serum phosphate`):
  /// a verb acting on the property says nothing about the amount or activity of the entity.
  static let propertyHeads: Set<String> = [
    "variability", "variation", "variations", "variance", "fluctuation", "fluctuations",
    "heterogeneity", "specificity", "selectivity", "timing", "duration", "distribution",
    "localization", "stochasticity", "sensitivity", "susceptibility", "resistance", "ability",
    "capacity",
  ]

  /// `overexpression of X`, `the level of X`, `administration of X`: an entity after one of
  /// these and `of` is what the noun phrase is about, so it can be a clause's subject.
  static let agentHeads: Set<String> = [
    "overexpression", "expression", "accumulation", "administration", "use", "intake", "level",
    "ability", "inability", "capacity",
    "levels", "concentration", "concentrations", "production", "secretion", "treatment",
    "exposure", "addition", "supplementation", "infusion", "dose", "doses", "combination",
  ]

  /// `minnows exposed to X`, `treatment with X`: X is the cause of what follows.
  static let exposureWords: [String: String] = [
    "exposed": "to", "treated": "with", "treatment": "with", "pretreatment": "with",
    "incubation": "with", "stimulation": "with", "supplementation": "with",
    "inhibition": "with", "blockade": "with",
  ]

  /// Modal verbs and adverbs that may stand between a subject or `and` and a verb.
  static let verbModifiers: Set<String> = [
    "can", "may", "might", "could", "would", "will", "also", "directly", "further", "then",
    "significantly", "subsequently", "not", "only", "strongly", "markedly", "negatively",
    "positively", "rapidly", "potently", "efficiently", "specifically", "selectively",
    "robustly", "dramatically", "substantially", "completely", "partially", "partly",
    "indirectly", "constitutively", "transiently", "preferentially", "effectively", "readily",
  ]

  /// `negatively regulates` inhibits, `positively regulates` activates.
  static let directedRegulation: [String: Claim.Predicate] = [
    "negatively": .inhibits, "positively": .activates,
  ]

  /// Nominalisations: `activation of Y by X`, `X-induced phosphorylation of Y`.
  static let nouns: [String: Claim.Predicate] = [
    "activation": .activates, "stimulation": .activates, "induction": .activates,
    "inhibition": .inhibits, "blockade": .inhibits, "suppression": .inhibits,
    "upregulation": .increasesAmount, "up-regulation": .increasesAmount,
    "downregulation": .decreasesAmount, "down-regulation": .decreasesAmount,
    "phosphorylation": .phosphorylates, "phosphorylations": .phosphorylates,
    "methylation": .methylates, "binding": .binds,
    "dephosphorylation": .inhibits,
    "monomethylation": .methylates, "dimethylation": .methylates, "trimethylation": .methylates,
  ]

  /// `X is an activator of Y`, `X, an inhibitor of Y`: nouns naming what their subject does to
  /// the entity after `of`.
  static let agentNouns: [String: Claim.Predicate] = [
    "activator": .activates, "activators": .activates, "inhibitor": .inhibits,
    "inhibitors": .inhibits, "repressor": .inhibits, "suppressor": .inhibits,
    "stimulator": .activates, "inducer": .activates, "inducers": .activates,
    "regulator": .associatedWith, "regulators": .associatedWith, "modulator": .associatedWith,
  ]

  /// `the inhibitory effect of X on Y`: what the adjective says X does to Y.
  static let effectAdjectives: [String: Claim.Predicate] = [
    "inhibitory": .inhibits, "suppressive": .inhibits, "negative": .inhibits,
    "stimulatory": .activates, "activating": .activates, "positive": .activates,
    "protective": .prevents,
  ]

  /// `an increase in Y`, `a decrease in Y`: nouns of a change in amount, before `in`.
  static let changeNouns: [String: Claim.Predicate] = [
    "increase": .increasesAmount, "increases": .increasesAmount, "elevation": .increasesAmount,
    "rise": .increasesAmount, "accumulation": .increasesAmount, "decrease": .decreasesAmount,
    "decreases": .decreasesAmount, "reduction": .decreasesAmount, "reductions": .decreasesAmount,
    "decline": .decreasesAmount, "drop": .decreasesAmount,
  ]

  /// `X is an effector of Y`, `X is a substrate of Y`, `BRG1 is an MITF cofactor`: nouns naming
  /// what the entity after `of` (or before the noun) does to their subject.
  static let patientNouns: [String: Claim.Predicate] = [
    "effector": .activates, "effectors": .activates, "substrate": .phosphorylates,
    "substrates": .phosphorylates, "cofactor": .binds, "cofactors": .binds, "co-factor": .binds,
    "partner": .binds, "partners": .binds, "interactor": .binds, "interactors": .binds,
    "ligand": .binds, "ligands": .binds,
  ]

  /// `X-induced synthesis of Y`: nouns of making (or gathering) an entity, whose amount the
  /// modifier changes.
  static let productionNouns: Set<String> = [
    "synthesis", "production", "accumulation", "generation", "biosynthesis", "release",
    "secretion",
  ]

  /// `the ability of X to V Y` (true: X does V Y), `the inability of X to V Y` (false: X does
  /// not).
  static let abilityNouns: [String: Bool] = [
    "ability": true, "capacity": true, "capability": true, "potential": true, "effect": true,
    "inability": false, "failure": false, "incapacity": false,
  ]

  /// `X is required for Y`: what X is needed for, X promotes.
  static let requirementWords: Set<String> = [
    "required", "essential", "necessary", "needed", "indispensable", "responsible",
  ]

  /// `associated with`, `correlated with`, `linked to`, `related to`.
  /// First words of a direct question: auxiliaries and wh-words (`Does X bind Y?`).
  static let questionOpeners: Set<String> = [
    "does", "do", "did", "is", "are", "was", "were", "can", "could", "would", "will", "should",
    "might", "may", "has", "have", "how", "why", "what", "which", "where", "when",
  ]

  /// `X is involved in Y`, `X, implicated in Y`, `X participates in Y`: an association, read
  /// before `in`.
  static let involvementWords: Set<String> = [
    "involved", "implicated", "participates", "participate", "participated",
  ]

  static let associationWords: Set<String> = [
    "associated", "correlated", "linked", "related", "correlates", "associates",
  ]

  /// Words that turn the following entity's role around (`IL-6 deficiency promotes`,
  /// `blocking CCL2 reduces`): the claim's polarity is flipped.
  static let lossAfter: Set<String> = [
    "deficiency", "knockdown", "knockout", "loss", "depletion", "silencing", "deletion",
    "deficit", "deficits", "impairment", "impairments", "dysfunction", "knock", "knock-down",
    "knock-out", "down-regulation", "downregulation", "repression",
  ]
  /// `mTORC1 inhibition`, `Akt blockade`: after an entity, its loss of activity (a subject's
  /// polarity turns around).
  static let inhibitionHeads: Set<String> = [
    "inhibition", "blockade", "suppression", "inactivation",
  ]

  /// `knockdown of X`, `loss of X`: nouns of losing the entity after `of`.
  static let lossNouns: Set<String> = [
    "loss", "knockdown", "knock-down", "depletion", "deletion", "silencing", "ablation",
    "knockout", "knock-out", "absence", "lack", "deficiency", "inhibition", "suppression",
    "blockade", "inactivation",
  ]
  static let lossBefore: Set<String> = [
    "blocking", "inhibiting", "silencing", "depleting", "loss", "knockdown", "deletion",
    "suppressing", "absent", "undetectable", "lost", "compromised",
  ]

  /// An entity followed by one of these names a drug acting on it (`MEK inhibitor`, `AMPK
  /// activator`), not the entity: no argument.
  static let antagonistHeads: Set<String> = [
    "inhibitor", "inhibitors", "blocker", "blockers", "antibody", "antibodies", "antagonist",
    "antagonists", "drugs", "drug", "activator", "activators", "agonist", "agonists",
  ]

  /// `the MEK inhibitor U0126`, `the AMPK activator berberine`: what the named drug does to
  /// the entity before the noun.
  static let drugNouns: [String: Claim.Predicate] = [
    "inhibitor": .inhibits, "inhibitors": .inhibits, "blocker": .inhibits, "blockers": .inhibits,
    "antagonist": .inhibits, "antagonists": .inhibits, "activator": .activates,
    "activators": .activates, "agonist": .activates, "agonists": .activates,
  ]

  /// Adjectives between the article and a drug's target: `PP2, a potent Src inhibitor`.
  static let drugAdjectives: Set<String> = [
    "potent", "selective", "specific", "highly", "novel", "known", "small-molecule",
    "allosteric", "irreversible", "reversible", "pharmacological", "chemical", "competitive",
  ]

  /// Nouns after an object that say its amount is meant (`PD-L1 expression`).
  static let amountHeads: Set<String> = [
    "expression", "levels", "level", "production", "secretion", "transcription",
    "concentration", "concentrations", "overexpression", "transcript", "transcripts", "mrna",
    "mrnas", "abundance",
  ]
  /// Nouns after an entity chain that make it one pathway (`IL6/JAK/STAT3 pathway`).
  static let pathwayHeads: Set<String> = [
    "pathway", "pathways", "signaling", "signalling", "axis", "cascade", "signal", "signalings",
  ]

  static let negations: Set<String> = [
    "not", "no", "never", "without", "neither", "nor", "failed", "fails", "cannot", "unable",
    "inability",
  ]
  static let hedges: Set<String> = [
    "may", "might", "could", "possibly", "potentially", "suggested", "suggest", "suggests",
    "likely", "perhaps", "whether", "presumably", "probably", "putative", "hypothesized",
    "possible",
  ]
  /// Verbs of a study's aim after `to` or `we`: `to explore`, `we next examined`.
  static let aimVerbs: Set<String> = [
    "explore", "explored", "assess", "assessed", "test", "tested", "examine", "examined",
    "investigate", "investigated", "study", "studied", "determine", "evaluate", "evaluated",
    "address", "addressed", "elucidate", "characterize", "characterise", "dissect", "assay",
    "assayed",
  ]
  /// Verbs of a conjecture after `we`, `to` or a modal: `we propose`, `one could hypothesize`.
  static let hypothesisVerbs: Set<String> = [
    "hypothesize", "hypothesized", "hypothesise", "hypothesised", "propose", "speculate",
    "speculated",
  ]
  /// Words that end the search for a subject or an object.
  /// Words that end a clause for argument search. `how`, `whether`, `why` open a clause that is
  /// the verb's object (`influenced how LDH evolved`): the entity in it is not the object.
  static let boundaries: Set<String> = [
    "whereas", "while", "but", "however", "although", "though", "thus", "thereby", "therefore",
    "then", "how", "whether", "why",
  ]
  /// Nouns after an entity that make the phrase name a mutant, residue or engineered construct
  /// of it (`the LDH six-residue insertion`, `TP53 mutations`), not the entity.
  static let standInHeads: Set<String> = [
    "mutation", "mutations", "mutant", "mutants", "insertion", "insertions", "deletion",
    "deletions", "insert", "inserts", "substitution", "substitutions", "variant", "variants",
    "residue", "residues", "construct", "constructs", "substrate", "substrates", "free", "null",
    "domain", "domains", "allele", "alleles", "product", "products", "subunit", "subunits",
    "fragment", "fragments", "transporter", "transporters", "beads", "reporter", "reporters",
  ]
  /// Words before an entity that make it a reconstructed or engineered form (`the ancestral
  /// glucocorticoid receptor`, `catalytically inactive AKT`, `dominant-negative Ras`), not the
  /// natural protein.
  static let standInModifiers: Set<String> = [
    "ancestral", "mutant", "mutated", "engineered", "reconstructed", "truncated", "chimeric",
    "inactive", "kinase-dead", "kinase-deficient", "kinase-inactive", "dominant-negative",
  ]
  /// `binds to the hydrophobic pocket in MDM2`: a binding site named before `in`, `on` or
  /// `of` the protein, which is the partner.
  static let bindingSites: Set<String> = [
    "pocket", "groove", "cleft", "site", "sites", "interface", "surface",
  ]

  /// `the RBD of Raf binds Ras`: a part of a protein before `of` stands for the protein, whose
  /// place in the clause is the part's. (`the domain of X` names a construct: a stand-in head.)
  static let proteinParts: Set<String> = [
    "rbd", "sh2", "sh3", "terminus", "termini", "tail", "motif", "motifs", "region", "portion",
    "moiety",
  ]
  /// `cells expressing X`, `mice lacking X`: X describes what carries it, like a preposition's
  /// object, and is not a subject.
  static let descriptionVerbs: Set<String> = [
    "expressing", "overexpressing", "over-expressing", "co-expressing", "coexpressing",
    "lacking", "harboring", "harbouring", "carrying", "bearing",
  ]
  /// Words allowed between a description verb and its chain.
  static let descriptionFillers: Set<String> = [
    "a", "an", "the", "either", "both", "wild", "type", "wild-type", "exogenous", "endogenous",
    "ectopic", "exogenously", "stably", "transiently", "human", "mouse", "murine",
  ]
  /// Prepositions: an entity right after one is not a subject.
  static let prepositions: Set<String> = [
    "with", "to", "of", "by", "from", "in", "through", "via", "on", "for", "against", "into",
    "between", "among", "as", "under", "after", "during", "than", "at", "before", "upon",
  ]
  static let beForms: Set<String> = ["is", "are", "was", "were", "be", "been", "being"]
  /// `becomes activated`, `remained phosphorylated`: a participle after these is passive too.
  static let becomeForms: Set<String> = [
    "become", "becomes", "became", "becoming", "remain", "remains", "remained", "get", "gets",
    "got",
  ]

  // MARK: Unions, so that a word outside them is ruled out with one lookup

  /// Every word at which `ClaimReader.read` starts a reading: the keys of `verbs`, `nouns`,
  /// `agentNouns`, the catalysis, conversion, requirement and association words, and the
  /// words its rules name (`response`, `following`, `between`, `role`, `roles`).
  static let readingTriggers: Set<String> = Set(verbs.keys).union(nouns.keys)
    .union(agentNouns.keys).union(patientNouns.keys).union(catalysisVerbs).union(conversionVerbs)
    .union(requirementWords).union(associationWords).union(involvementWords)
    .union(["response", "following", "between", "of", "role", "roles", "effect", "effects", "target"])
    .union(ClaimReader.complexNouns).union(ClaimReader.mutualVerbs).union(ClaimReader.compositionWords)

  /// Keys of `verbs` and `nouns`: the trigger words of a predicate.
  static let verbsAndNouns: Set<String> = Set(verbs.keys).union(nouns.keys)

  /// Keys of `verbs`, and `beForms`: the words that end the search for a sentence's opening
  /// subject.
  static let verbsAndBeForms: Set<String> = Set(verbs.keys).union(beForms)
}
