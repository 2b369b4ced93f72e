"""Reference key normaliser for the citegraph lexicon (lexicon-sources.md, Appendix A).

`key(s)`: NFKC -> Greek letters to their Latin initial -> spelled-out Greek names replaced at
a name boundary -> drop every character not in [0-9A-Za-z] -> lower-case.
`casekey(s)`: the same without the final lower-casing.

The Swift port must reproduce these two functions exactly; lexicon/key_fixture.tsv holds
surfaces with their expected values.
"""
import re
import unicodedata

GREEK_CHARS = {'α': 'a', 'β': 'b', 'γ': 'g', 'δ': 'd', 'ε': 'e', 'ϵ': 'e', 'ζ': 'z', 'η': 'h',
               'θ': 'q', 'ι': 'i', 'κ': 'k', 'ϰ': 'k', 'λ': 'l', 'μ': 'm', 'µ': 'm', 'ν': 'n',
               'ξ': 'x', 'ο': 'o', 'π': 'p', 'ρ': 'r', 'σ': 's', 'ς': 's', 'τ': 't', 'υ': 'u',
               'φ': 'f', 'ϕ': 'f', 'χ': 'c', 'ψ': 'y', 'ω': 'w'}
for _g, _l in list(GREEK_CHARS.items()):          # upper-case Greek -> upper-case Latin
    if _g.upper() != _g and _g.upper() not in GREEK_CHARS:
        GREEK_CHARS[_g.upper()] = _l.upper()
GREEK_NAMES = {'alpha': 'a', 'beta': 'b', 'gamma': 'g', 'delta': 'd', 'epsilon': 'e',
               'kappa': 'k', 'lambda': 'l', 'sigma': 's', 'omega': 'w', 'zeta': 'z',
               'theta': 'q'}
# replaced only when not preceded by a lower-case letter and followed by end / non-letter /
# upper-case letter / one letter + boundary (NF-kappab)
_GN = re.compile(r'(?<![a-z])((?i:' + '|'.join(sorted(GREEK_NAMES, key=len, reverse=True)) +
                 r'))(?=$|[^A-Za-z]|[A-Z]|[A-Za-z](?:$|[^A-Za-z]))')


def _greek(s):
    s = unicodedata.normalize('NFKC', s)
    s = ''.join(GREEK_CHARS.get(c, c) for c in s)
    return _GN.sub(lambda m: (GREEK_NAMES[m.group(1).lower()].upper()
                              if m.group(1).isupper() else GREEK_NAMES[m.group(1).lower()]), s)


_NON_ALNUM = re.compile(r'[^0-9A-Za-z]+')


def casekey(s):
    return _NON_ALNUM.sub('', _greek(s))


def key(s):
    return casekey(s).lower()
