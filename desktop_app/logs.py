"""Logging, configured once: a rotating file in the user's log folder.

A filter masks anything that looks like a NIK/KK (16 digits) or a phone number
in every record, as a second line of defence behind the habit of logging
``mask_nik(...)`` only. Digits count as one number across single spaces, dots,
dashes and underscores (``6409.0157.0890.0001``, ``0812-3456-7890``,
``+62 812 3456 7890``, ``slip_6409015708900001.pdf``), so a number typed or
written into a path or file name with separators is masked too.
"""

from __future__ import annotations

import logging
import logging.handlers
import re
from pathlib import Path

from desktop_app.paths import log_dir

_RUN = re.compile(r"\+?\d(?:[ .\-_]?\d)*")
_PHONE = re.compile(r"(?:0|62)8\d{7,11}")
LOG_FILE = "lindungi.log"


def _masked(span: list[int], number: str) -> set[int]:
    """Positions (in the run) to hide for one candidate number, or none when it is not personal."""
    if len(number) >= 16:
        return set(span[4:-4])
    if _PHONE.fullmatch(number):
        return set(span[4 if number.startswith("62") else 3:-2])
    return set()


def _mask_run(match: re.Match) -> str:
    """One run of digits (separators kept). Every stretch of whole digit groups is judged on
    its own, so a number next to another one (``ada 3 0812-3456-7890``) is still found: a
    NIK/KK-sized stretch keeps its first and last four digits, a phone its prefix (0/62 and
    8x) and last two; runs that are neither stay as they were."""
    run = match.group(0)
    groups = [[m.start() + k for k in range(len(m.group(0)))] for m in re.finditer(r"\d+", run)]
    hidden: set[int] = set()
    for i in range(len(groups)):
        span: list[int] = []
        for group in groups[i:]:
            span = span + group
            hidden |= _masked(span, "".join(run[k] for k in span))
    return "".join("*" if k in hidden else ch for k, ch in enumerate(run)) if hidden else run


def mask_personal(text: str) -> str:
    return _RUN.sub(_mask_run, text)


class PersonalDataFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = mask_personal(record.getMessage())
        record.args = ()
        if record.exc_info and not record.exc_text:
            record.exc_text = mask_personal(logging.Formatter().formatException(record.exc_info))
            record.exc_info = None
        return True


def configure_logging(folder: Path | None = None, level: int = logging.INFO) -> Path | None:
    """Log to ``lindungi.log`` (1 MB × 5 files). Returns the file, or None if the
    folder cannot be written (the app still runs; logging then goes nowhere)."""
    root = logging.getLogger()
    if any(getattr(h, "_lindungi", False) for h in root.handlers):
        return Path(next(h.baseFilename for h in root.handlers if getattr(h, "_lindungi", False)))
    folder = folder or log_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(folder / LOG_FILE, maxBytes=1_000_000, backupCount=5,
                                                       encoding="utf-8")
    except OSError:
        return None
    handler._lindungi = True  # type: ignore[attr-defined]
    handler.addFilter(PersonalDataFilter())
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)
    return folder / LOG_FILE
