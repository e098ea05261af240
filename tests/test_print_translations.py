"""docs/print_en.tsv carries an English text for every printed/print-service text, same placeholders.

The lead folds it into resources/translations with ``tools/translations.py --apply``.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MODULES = ["domain/benefits.py", "exports/pdf_files.py", "exports/slip_parts.py", "exports/recap_pdf.py",
           "exports/recap_parts.py", "services/print_settings.py", "services/verification.py",
           "services/slip_content.py", "services/recap_content.py", "services/printing.py"]


def marked_texts() -> set[tuple[str, str]]:
    found = set()
    for module in MODULES:
        tree = ast.parse((ROOT / "desktop_app" / module).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "QT_TRANSLATE_NOOP":
                found.add(tuple(arg.value for arg in node.args))
    return found


def english() -> dict[tuple[str, str], str]:
    rows = (line.split("\t") for line in (ROOT / "docs" / "print_en.tsv").read_text(encoding="utf-8").splitlines())
    return {(ctx, source): text for ctx, source, text in rows}


def test_every_print_text_has_english_with_the_same_placeholders():
    table = english()
    missing = marked_texts() - set(table)
    assert not missing, sorted(missing)
    for (_, source), text in table.items():
        assert sorted(re.findall(r"\{\w+\}", source)) == sorted(re.findall(r"\{\w+\}", text)), source
