"""Finding registrations: NIK prefix, registration number, KPJ, or name words (FTS5).

User text never reaches FTS5 syntax unquoted: each word becomes a quoted
prefix term, so ``O'Brien``, a lone ``"`` or ``AND`` are just words.
"""

from __future__ import annotations

import re

from desktop_app.domain.names import is_title, spelling_variants
from desktop_app.domain.record_query import STATUSES, RegistrationQuery
from desktop_app.domain.regnumber import is_legacy, parse_number

__all__ = ["SORTABLE", "STATUSES", "RegistrationQuery", "count_sql", "fts_expression", "order_clause", "where_clause"]

SORTABLE = {
    "seq": "r.seq", "full_name": "r.full_name COLLATE NOCASE", "nik": "r.nik",
    "birth_date": "r.birth_date", "village_code": "r.village_code", "occupation": "r.occupation",
    "created_at": "r.created_at", "kpj": "r.kpj", "sex": "r.sex", "scheme_id": "r.scheme_id",
    "origin_office": "r.origin_office",
}
_WORD = re.compile(r"\w+", re.UNICODE)
_TYPED_WORD = re.compile(r"\w+\.?", re.UNICODE)
_SEPARATORS = re.compile(r"[\s.\-']+")
_REG_NUMBER = re.compile(r"\d{1,9}-\d|\d{1,3}[-.]\d{1,6}-\d")


def _quoted(word: str) -> str:
    return '"' + word.replace('"', '""') + '"*'


def fts_expression(text: str) -> str | None:
    """``Rin'aini  sit`` → ``"Rin"* AND "aini"* AND "sit"*`` (all words, each a prefix). Each word also
    matches its spelling variants by the duplicate check's rules (``muhamad`` finds Muhammad and
    Moh., ``sukarno`` finds Soekarno); a title typed with its dot (``H.``) is not required."""
    raw = _TYPED_WORD.findall(text)
    words = [w.rstrip(".") for w in raw if not is_title(w)] or [w.rstrip(".") for w in raw]
    words = [w for w in words if w]
    if not words:
        return None
    groups = []
    for word in words:
        # abbreviations ("st" for Siti, "md") only when typed as such: as prefixes they match too much
        forms = [word] + [v for v in spelling_variants(word) if v != word.casefold() and len(v) > 2]
        groups.append(_quoted(forms[0]) if len(forms) == 1 else "(" + " OR ".join(_quoted(f) for f in forms) + ")")
    return " AND ".join(groups)


def _kind(text: str) -> str:
    """What the search box holds: "" (nothing), "number", "digits" (NIK prefix/KPJ) or "name"."""
    if not text:
        return ""
    if _REG_NUMBER.fullmatch(text):
        return "number"
    return "digits" if _SEPARATORS.sub("", text).isdigit() else "name"


def _like_words(text: str) -> tuple[str, list]:
    words = _WORD.findall(text)
    escaped = [w.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") for w in words]
    return " AND ".join(["r.full_name LIKE ? ESCAPE '\\'"] * len(words)), [f"%{w}%" for w in escaped]


def _text_clause(text: str, active_only: bool = True) -> tuple[str, list, str]:
    """SQL condition for the search box, and the natural order of its results
    (NIK order for a NIK prefix: cheap, and what a person scanning NIKs expects)."""
    text = text.strip()
    kind = _kind(text)
    if kind == "number":
        seq = parse_number(text)
        if seq is not None and is_legacy(seq):   # a number printed before the office had its number
            return "(r.seq = ? OR r.legacy_seq = ?)", [seq, seq], ""
        return "r.seq = ?", [seq if seq is not None else -1], ""
    if kind == "digits":
        compact = _SEPARATORS.sub("", text)
        if len(compact) > 16:
            return "0", [], ""
        upper = compact[:-1] + chr(ord(compact[-1]) + 1)
        # "deleted_at IS NULL" lets SQLite use the partial unique index as a covering index
        nik = "(r.nik >= ? AND r.nik < ?" + (" AND r.deleted_at IS NULL)" if active_only else ")")
        if 10 <= len(compact) <= 15:  # could also be a KPJ number
            return (f"r.rowid IN (SELECT rowid FROM registrations r WHERE {nik} "
                    "UNION SELECT rowid FROM registrations WHERE kpj = ?)", [compact, upper, compact], "nik")
        return nik, [compact, upper], "nik"
    expression = fts_expression(text) if kind == "name" else None
    if expression is None:
        return "", [], ""
    if not active_only:  # the name index holds active registrations only (migration 3)
        sql, params = _like_words(text)
        return sql, params, ""
    return "r.seq IN (SELECT rowid FROM registrations_fts WHERE registrations_fts MATCH ?)", [expression], ""


def count_sql(query: RegistrationQuery) -> tuple[str, list]:
    """``SELECT count(*)`` for a query; a bare name search on active records counts in
    the FTS index alone (milliseconds at a million rows)."""
    text = query.text.strip()
    bare = query.status == "active" and _filters(query) == _filters(RegistrationQuery())
    expression = fts_expression(text) if bare and _kind(text) == "name" else None
    if expression:
        return "SELECT count(*) FROM registrations_fts WHERE registrations_fts MATCH ?", [expression]
    where, params = where_clause(query)
    return f"SELECT count(*) FROM registrations r{where}", params


def _filters(query: RegistrationQuery) -> tuple:
    return (query.village_code, query.district_code, query.occupation, query.scheme_id, query.batch_id,
            query.sex, query.origin_office, tuple(sorted(query.extra.items())))


def where_clause(query: RegistrationQuery) -> tuple[str, list]:
    clauses, params = [], []
    text_sql, text_params, _ = _text_clause(query.text, query.status not in ("deleted", "all"))
    if text_sql:
        clauses.append(text_sql)
        params += text_params
    status = query.status if query.status in STATUSES else "active"
    clauses.append("r.nik < 'X'")          # purged registrations (domain.retention) are counted, never listed
    if status == "deleted":
        clauses.append("r.deleted_at IS NOT NULL")
    elif status != "all":
        clauses.append("r.deleted_at IS NULL")
    if status == "accepted":
        clauses.append("r.bpjs_status = 'diterima'")
    elif status == "rejected":
        clauses.append("r.bpjs_status = 'ditolak'")
    elif status == "no_batch":
        clauses.append("NOT EXISTS (SELECT 1 FROM batch_items bi WHERE bi.registration_id = r.id)")
    for column, value in (("village_code", query.village_code), ("occupation", query.occupation),
                          ("sex", query.sex), ("origin_office", query.origin_office)):
        if value:
            clauses.append(f"r.{column} = ?")
            params.append(value)
    if query.district_code:
        clauses.append("r.village_code > ? AND r.village_code < ?")
        params += [query.district_code + ".", query.district_code + "/"]
    if query.scheme_id is not None:
        clauses.append("r.scheme_id = ?")
        params.append(query.scheme_id)
    if query.batch_id is not None:
        clauses.append("r.id IN (SELECT registration_id FROM batch_items WHERE batch_id = ?)")
        params.append(query.batch_id)
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def order_clause(query: RegistrationQuery) -> str:
    """ORDER BY for a query; the default order (``seq``) gives way to the natural
    order of a NIK search."""
    natural = _text_clause(query.text)[2]
    order_by = natural if query.order_by == "seq" and natural else query.order_by
    column = SORTABLE.get(order_by, "r.seq")
    direction = " DESC" if query.descending else ""
    tie = "" if order_by == "seq" else f", r.seq{direction}"
    return f" ORDER BY {column}{direction}{tie}"
