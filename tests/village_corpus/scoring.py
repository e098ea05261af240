"""Judge an import preview against what each row of a corpus file must become."""

from __future__ import annotations

from dataclasses import dataclass, field

from tests.village_corpus.builder import NEW, Expect

_COMPARED = ("nik", "full_name", "birth_date", "sex", "mother_name", "village_code", "occupation", "birth_place",
             "heir_relationship")


def _same(field_name: str, want: object, got: object) -> bool:
    if isinstance(want, str) and isinstance(got, str):
        return " ".join(want.casefold().split()) == " ".join(got.casefold().split())
    return want == got


def _values(reg) -> dict:
    out = {f: getattr(reg, f) for f in _COMPARED if hasattr(reg, f)}
    out["heir_relationship"] = reg.heirs[0].relationship if reg.heirs else ""
    return out


@dataclass
class Score:
    right: int = 0
    total: int = 0
    mistakes: list[str] = field(default_factory=list)

    @property
    def rate(self) -> float:
        return self.right / self.total if self.total else 1.0

    def add(self, other: Score) -> None:
        self.right += other.right
        self.total += other.total
        self.mistakes += other.mistakes


def judge(name: str, preview, expected: dict[tuple[str, int], Expect]) -> Score:
    """One point per expected row judged right; every row the preview has that no one expected costs one."""
    score = Score()
    found = {(r.sheet, r.row): r for r in preview.rows}
    for key, want in sorted(expected.items()):
        got = found.pop(key, None)
        score.total += 1
        if want.status is None:
            ok = got is None or got.status == "skipped"
        elif got is None:
            ok = False
        elif got.status != want.status:
            ok = False
        elif want.status == NEW:
            values = _values(got.registration)
            ok = all(_same(f, v, values.get(f)) for f, v in want.values.items())
        else:
            ok = True
        if ok:
            score.right += 1
            continue
        detail = "absent" if got is None else f"{got.status} {got.reasons[:2]}"
        if got is not None and want.status == NEW and got.status == NEW:
            values = _values(got.registration)
            detail = ", ".join(f"{f}: want {v!r} got {values.get(f)!r}" for f, v in want.values.items()
                               if not _same(f, v, values.get(f)))
        score.mistakes.append(f"{name} {key[0]}!{key[1]}: expected {want.status}, {detail}")
    for key, got in sorted(found.items()):
        if got.status != "skipped":
            score.total += 1
            score.mistakes.append(f"{name} {key[0]}!{key[1]}: unexpected {got.status} {got.reasons[:1]}")
    return score
