"""Logging, configured once: a rotating file in the user's log folder.

A filter masks anything that looks like a NIK/KK (16 digits) or a phone number
in every record, as a second line of defence behind the habit of logging
``mask_nik(...)`` only.
"""

from __future__ import annotations

import logging
import logging.handlers
import re
from pathlib import Path

from desktop_app.paths import log_dir

_SIXTEEN = re.compile(r"(?<!\d)(\d{4})\d{8}(\d{4})(?!\d)")
_PHONE = re.compile(r"(?<!\d)(\+?62|0)(8\d)\d{5,9}(\d{2})(?!\d)")
LOG_FILE = "lindungi.log"


def mask_personal(text: str) -> str:
    text = _SIXTEEN.sub(lambda m: m.group(1) + "*" * 8 + m.group(2), text)
    return _PHONE.sub(lambda m: m.group(1) + m.group(2) + "******" + m.group(3), text)


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
