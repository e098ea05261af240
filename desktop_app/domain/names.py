"""Comparing Indonesian names: spelling variants, titles, bin/binti, initials.

``name_key`` reduces a name to comparable words (``H. Muhamad Rizki bin Umar`` →
``muhammad rizki``); ``name_similarity`` scores two names 0–100 with rapidfuzz
and understands that an initial ``M.`` may stand for ``Muhammad``.
"""

from __future__ import annotations

import functools
import re
import unicodedata

# Religious, academic and honorific titles written before or after a name.
TITLES = frozenset({
    "h", "hj", "haji", "hajjah", "hajah", "kh", "ust", "ustadz", "ustaz", "ustadzah", "dr", "drs",
    "dra", "ir", "prof", "se", "sh", "spd", "sp", "sag", "ssos", "skm", "amd", "ssi", "mm",
    "mpd", "bpk", "bapak", "ibu", "sdr", "sdri", "tn", "ny", "nn", "alm", "almh", "raden", "rd",
})
# Spelling variants folded onto one canonical word.
VARIANTS = {
    **dict.fromkeys(("muhammad", "muhamad", "mohammad", "mohamad", "mochammad", "mochamad",
                     "muhammat", "muchammad", "muchamad", "mohamed", "mohammed", "muh", "moh",
                     "mhd", "md", "moch", "much"), "muhammad"),
    **dict.fromkeys(("abdul", "abd", "abdoel"), "abdul"),
    **dict.fromkeys(("nur", "nurul", "noor", "nor"), "nur"),
    **dict.fromkeys(("siti", "sitti", "st"), "siti"),
    **dict.fromkeys(("achmad", "ahmad", "akhmad", "ahmat", "acmad"), "ahmad"),
    **dict.fromkeys(("yusuf", "yusup", "yoesoef", "jusuf"), "yusuf"),
    **dict.fromkeys(("rizki", "rizky", "rizqi", "rezki", "rezky", "riski"), "rizki"),
    **dict.fromkeys(("dewi", "dewy"), "dewi"),
    **dict.fromkeys(("syarif", "sarif", "syarief"), "syarif"),
}
# Spellings from before the 1972 reform, still on many KTPs: Soekarno/Sukarno, Djoko/Joko, Tjahjo/Cahjo.
OLD_SPELLINGS = (("oe", "u"), ("dj", "j"), ("tj", "c"))
PATRONYMICS = frozenset({"bin", "binti", "bt", "bte", "b"})
_SINGLE_LETTER_FOR = {"m": "muhammad", "a": "ahmad"}


def _ascii_words(name: str) -> list[str]:
    text = unicodedata.normalize("NFKD", name.casefold())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.replace("'", "").replace(".", ". ")
    return re.findall(r"[a-z0-9]+\.?", text)


def modern_spelling(word: str) -> str:
    """``soekarno`` → ``sukarno``, ``djoko`` → ``joko``, ``tjahjo`` → ``cahjo``."""
    for old, new in OLD_SPELLINGS:
        word = word.replace(old, new)
    return word


def _canonical(word: str) -> str:
    return VARIANTS.get(word) or VARIANTS.get(modern_spelling(word)) or modern_spelling(word)


def spelling_variants(word: str) -> list[str]:
    """Spellings a typed name word may be stored under, by the rules ``name_key`` uses:
    ``muhamad`` → muhammad, mohammad, moh., …; ``sukarno`` → soekarno; ``joko`` → djoko."""
    word = "".join(_ascii_words(word)).rstrip(".")
    forms = {word}
    canonical = VARIANTS.get(word) or VARIANTS.get(modern_spelling(word))
    if canonical:
        forms |= {spelling for spelling, canon in VARIANTS.items() if canon == canonical}
    modern = modern_spelling(word)
    olds = {modern}
    for before, after in OLD_SPELLINGS:          # each rule alone and combined: "cahjo" → "tjahjo"
        olds |= {form.replace(after, before) for form in olds}
    forms |= olds
    return sorted(f for f in forms if f)


def is_title(raw_word: str) -> bool:
    """A title written before or after a name (``H.``, ``Hj``, ``Dr.``), not a name word."""
    word = raw_word.casefold().rstrip(".")
    return word in TITLES and (raw_word.endswith(".") or word in {"hj", "haji", "hajjah", "almh", "alm"})


def name_key(name: str) -> str:
    """Canonical words of a name, without titles and without the ``bin/binti …`` part."""
    words = []
    for raw in _ascii_words(name):
        word = raw.rstrip(".")
        if word in PATRONYMICS and words:
            break  # "bin Umar": the father's name is not the person's own name
        if word in TITLES and (raw.endswith(".") or word in {"hj", "haji", "hajjah", "almh", "alm"}):
            continue
        if len(word) == 1 and raw.endswith(".") and word in _SINGLE_LETTER_FOR:
            word = _SINGLE_LETTER_FOR[word]
        words.append(_canonical(word))
    return " ".join(words)


def name_similarity(a: str, b: str) -> float:
    """0–100: how likely two typed names belong to the same person."""
    return key_similarity(name_key(a), name_key(b))


def key_similarity(ka: str, kb: str) -> float:
    """``name_similarity`` of two names already turned into ``name_key`` (many comparisons of the same
    names compute each key once)."""
    if not ka or not kb:
        return 0.0
    if ka == kb:
        return 100.0
    fuzz = _fuzz()
    return max(fuzz.token_sort_ratio(ka, kb), 0.95 * fuzz.token_set_ratio(ka, kb))


@functools.cache
def _fuzz():
    from rapidfuzz import fuzz  # imported on first use: keeps ~20 ms off the window's start-up
    return fuzz


SIMILAR_THRESHOLD = 85.0


def names_similar(a: str, b: str, threshold: float = SIMILAR_THRESHOLD) -> bool:
    return name_similarity(a, b) >= threshold
