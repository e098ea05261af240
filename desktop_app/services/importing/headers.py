"""How well a column's header names each registration field, from 0 to 1.

A header is normalised first: case, punctuation and bracketed remarks go
("No. KTP (16 digit)" → NOMOR KTP), letter-spaced words are closed up
("N I K" → NIK), abbreviations are expanded (TGL → TANGGAL, JNS KEL → JENIS
KELAMIN), form-question filler is dropped ("Siapa nama ibu kandung Anda?" →
NAMA IBU KANDUNG). Labels joined with ``/``, ``&``, ``+`` or "dan"
("NIK/NO KTP") are also read part by part. Each field's phrasings
(``vocabulary.PHRASES``) are then matched word by word, fuzzily (rapidfuzz, so
"PEKERJAN" and "KELAMN" still count), in any order: a header that says all of a
phrasing and little else scores near 1.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz.distance import Levenshtein

from desktop_app.services.importing.vocabulary import (
    ABBREVIATIONS,
    AWAY,
    FILLER,
    IGNORE,
    KEL_AFTER,
    PARTS,
    PHRASES,
)

_BRACKETS = re.compile(r"\([^)]*\)?|\[[^\]]*\]?")
_NON_WORD = re.compile(r"[^0-9A-Z]+")
_JOINERS = re.compile(r"\s*(?:/|&|\+|\\|,|;|\bDAN\b|\bATAU\b|\bAND\b|\bOR\b)\s*")
_SPACED = re.compile(r"\b(?:[A-Z] ){1,}[A-Z]\b")
_EMAIL = re.compile(r"\bE[\s\-]?MAIL\b")
# "Bapak/Ibu", "Sdr/i" in a form question address the person filling it in; they do not name the mother.
_POLITE = re.compile(r"\b(?:BAPAK|BPK|PAK)\s*/\s*(?:IBU|BU)\b|\bIBU\s*/\s*(?:BAPAK|BPK)\b|\bSDR\s*/\s*I\b"
                     r"|\bSAUDARA\s*/\s*I\b")
_WIDE_GAP = re.compile(r"\s{2,}|\t")
_FUZZY_MIN = 0.84


def _close_up(text: str) -> str:
    """``N I K`` → ``NIK``; ``NO K T P`` → ``NO KTP``; ``N A M A  L E N G K A P`` → ``NAMA LENGKAP``."""
    groups = _WIDE_GAP.split(text)
    return " ".join(_SPACED.sub(lambda m: m.group(0).replace(" ", ""), g) for g in groups)


def _words(text: str) -> list[str]:
    text = _EMAIL.sub("EMAIL", text)
    spaced = _NON_WORD.sub(lambda m: "  " if len(m.group(0)) > 1 and m.group(0).strip() == "" else " ", text)
    return _close_up(spaced).split()


def _expand(words: list[str]) -> tuple[str, ...]:
    out: list[str] = []
    for word in words:
        if word == "KEL":
            word = KEL_AFTER.get(out[-1] if out else "", "KELURAHAN")
        for piece in ABBREVIATIONS.get(word, word).split():
            out += _split_run_together(piece)
    return tuple(w for w in out if w not in FILLER)


def _tokens(text: str) -> tuple[str, ...]:
    return _expand(_words(text))


_PHRASE_TOKENS: dict[str, list[tuple[str, ...]]] = {}
_KNOWN: set[str] = set()


def _split_run_together(word: str) -> list[str]:
    """``NAMALENGKAP`` → ``NAMA LENGKAP`` when it is made of two or three known words."""
    if len(word) < 6 or word in _KNOWN or not _KNOWN:
        return [word]
    for i in range(2, len(word) - 1):
        head, tail = word[:i], word[i:]
        if head in _KNOWN:
            rest = [tail] if tail in _KNOWN else _split_run_together(tail) if len(tail) >= 6 else []
            if rest and all(r in _KNOWN for r in rest):
                return [ABBREVIATIONS.get(head, head), *rest]
    return [word]


def _vocabulary() -> None:
    _KNOWN.update(w for ps in PHRASES.values() for p in ps for w in p.split())
    _KNOWN.update(k for k in ABBREVIATIONS if k.isalpha() and len(k) >= 2)
    _KNOWN.update(FILLER)
    for field, phrases in PHRASES.items():
        _PHRASE_TOKENS[field] = sorted({_tokens(p) for p in phrases if _tokens(p)})


_vocabulary()


def normalize_value(value: object) -> str:
    """A cell's text for comparing with known spellings: ``"Laki-laki "`` → ``"LAKI LAKI"``."""
    return " ".join(_NON_WORD.sub(" ", str(value or "").upper()).split())


@lru_cache(maxsize=4096)
def normalize_header(value: object) -> str:
    """``"No. KTP (16 digit)"`` → ``"NOMOR KTP"``; a header that is only a remark keeps the remark."""
    text = _POLITE.sub(" ANDA ", str(value or "").upper().replace("\n", " "))
    main = _BRACKETS.sub(" ", text)
    tokens = _tokens(main) or _tokens(text)
    return " ".join(tokens)


@lru_cache(maxsize=4096)
def _parts(value: str) -> tuple[tuple[str, ...], ...]:
    text = _BRACKETS.sub(" ", _POLITE.sub(" ANDA ", str(value or "").upper().replace("\n", " ")))
    pieces = [_tokens(p) for p in _JOINERS.split(text)]
    return tuple(p for p in pieces if p)


def _same(word: str, other: str) -> bool:
    if word == other:
        return True
    if len(word) >= 4 and len(other) > len(word) and other.startswith(word):
        return True                                   # KEPEND → KEPENDUDUKAN
    return len(word) >= 5 and len(other) >= 5 and Levenshtein.normalized_similarity(word, other) >= _FUZZY_MIN


def _match(tokens: tuple[str, ...], phrase: tuple[str, ...]) -> float:
    used = [False] * len(tokens)
    hits = 0
    for word in phrase:
        for i, token in enumerate(tokens):
            if not used[i] and _same(token, word):
                used[i], hits = True, hits + 1
                break
    if hits < len(phrase) and not (len(phrase) >= 3 and hits >= len(phrase) - 1):
        return 0.0
    recall, precision = hits / len(phrase), sum(used) / len(tokens)
    return recall * (0.55 + 0.45 * precision)


@lru_cache(maxsize=8192)
def _scores_of(tokens: tuple[str, ...]) -> dict[str, float]:
    out: dict[str, float] = {}
    if not tokens:
        return out
    words = set(tokens)
    for field, phrases in _PHRASE_TOKENS.items():
        best = max(_match(tokens, p) for p in phrases)
        if best and words & AWAY.get(field, frozenset()):
            best *= 0.5
        if best:
            out[field] = best
    return out


@lru_cache(maxsize=4096)
def header_scores(label: str) -> dict[str, float]:
    """Field → how well ``label`` (a header as written) names it; the joined parts count a little less."""
    out = dict(_scores_of(tuple(normalize_header(label).split())))
    parts = _parts(label)
    if len(parts) > 1:
        for part in parts:
            for field, score in _scores_of(part).items():
                out[field] = max(out.get(field, 0.0), score * 0.9)
    return out


def best_field(label: str) -> tuple[str, float]:
    scores = header_scores(label)
    if not scores:
        return IGNORE, 0.0
    field = max(scores, key=scores.get)
    return field, scores[field]


def _fragment(tokens: tuple[str, ...], field: str) -> bool:
    """The sub-label is a piece of one of the field's phrasings ("TEMPAT" of TEMPAT LAHIR, "L" of
    JENIS KELAMIN L)."""
    return any(all(any(_same(t, w) for w in phrase) for t in tokens) for phrase in _PHRASE_TOKENS[field])


def grouped_scores(group: str, sub: str) -> dict[str, float]:
    """Scores of a sub-column under a group title ("AHLI WARIS" over "NAMA"): the part of the group the
    sub-label names, else the two read together (so NAMA under AHLI WARIS is the heir's)."""
    if not group:
        return header_scores(sub)
    if not sub:
        return header_scores(group)
    group_field, group_score = best_field(group)
    tokens = tuple(normalize_header(sub).split())
    if group_score >= 0.6 and group_field in PARTS and tokens:
        parts = {f: 0.95 for f in PARTS[group_field] if _fragment(tokens, f)}
        if len(parts) > 1:
            own = header_scores(sub)
            parts = {f: max(0.9, own.get(f, 0.0)) for f in parts if own.get(f)} or parts
        if parts:
            return parts
    return header_scores(f"{group} {sub}")
