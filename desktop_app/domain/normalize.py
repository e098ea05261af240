"""Normalising what people type: names, phone numbers, e-mail, KPJ, RT/RW."""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"\s+")
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u00b4": "'"})
_PHONE_SEPARATORS = re.compile(r"[\s().\-/]+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
EMAIL_SHAPE = re.compile(r"[^@\s]+@[^@\s.]+(\.[^@\s.]+)+")


def clean_text(text: str | None) -> str:
    """Trim, collapse runs of whitespace and drop control characters."""
    if text is None:
        return ""
    if type(text) is str and text.isascii() and text.isprintable() and "  " not in text \
            and text[:1] != " " and text[-1:] != " ":
        return text                                   # the common case, already clean
    text = unicodedata.normalize("NFC", str(text))
    return _SPACES.sub(" ", _CONTROL.sub("", text)).strip()


def normalize_name(text: str | None) -> str:
    """A person's name as on the KTP: spaces tidied, apostrophes kept (and unified)."""
    return clean_text(text).translate(_APOSTROPHES)


def normalize_phone(text: str | None) -> str:
    """Indonesian phone to the ``08…`` form; ``+62``/``62`` prefixes and a lost
    leading zero are repaired. Returns the cleaned digits (possibly still invalid)."""
    if not text:
        return ""
    digits = _PHONE_SEPARATORS.sub("", str(text).strip().lstrip("'"))
    if digits.startswith("+"):
        digits = digits[1:]
    if digits.startswith("620"):
        digits = digits[2:]
    elif digits.startswith("62"):
        digits = "0" + digits[2:]
    elif digits.startswith("8"):
        digits = "0" + digits
    return digits


def phone_is_valid(digits: str) -> bool:
    """Mobile ``08`` + 8–11 digits, or a landline ``0`` + area code, 9–13 digits in all."""
    if not digits.isdigit() or not digits.startswith("0"):
        return False
    if digits.startswith("08"):
        return 10 <= len(digits) <= 13
    return 9 <= len(digits) <= 12


def mask_phone(phone: str) -> str:
    """``081234567890`` → ``0812******90`` (for logs)."""
    return phone[:4] + "*" * max(0, len(phone) - 6) + phone[-2:] if len(phone) > 6 else "*" * len(phone)


def normalize_email(text: str | None) -> str:
    return clean_text(text).lower()


def email_is_valid(text: str) -> bool:
    return bool(EMAIL_SHAPE.fullmatch(text))


_DIGIT_SEPARATORS = re.compile(r"[\s.\-']")


def normalize_digits(text: str | None) -> str:
    """Keep digits only where a number is text (KPJ, RT, RW): separators dropped."""
    if not text:
        return ""
    if type(text) is str and text.isdigit() and text.isascii():
        return text
    return _DIGIT_SEPARATORS.sub("", clean_text(text))


def normalize_rt_rw(text: str | None) -> str:
    """``"3"`` → ``"003"``: RT and RW are written with three digits."""
    digits = normalize_digits(text)
    return digits.zfill(3) if digits.isdigit() and len(digits) <= 3 else digits
