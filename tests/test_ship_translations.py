"""docs/ship_en.tsv carries an English text for every About-dialog text (and its menu entry).

The lead folds it into resources/translations with ``tools/translations.py --apply docs/ship_en.tsv``.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def tr_texts(module: str) -> set[str]:
    tree = ast.parse((ROOT / "desktop_app" / module).read_text(encoding="utf-8"))
    return {node.args[0].value for node in ast.walk(tree)
            if isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "tr"
            and isinstance(node.args[0], ast.Constant)}


def english() -> dict[tuple[str, str], str]:
    rows = (line.split("\t") for line in (ROOT / "docs" / "ship_en.tsv").read_text(encoding="utf-8").splitlines())
    return {(ctx, source): text for ctx, source, text in rows}


def test_every_about_text_has_english_with_the_same_placeholders():
    table = english()
    missing = {("AboutDialog", t) for t in tr_texts("ui/about.py")} - set(table)
    assert not missing, sorted(missing)
    assert ("MainWindow", "&Tentang Lindungi") in table and "&Tentang Lindungi" in tr_texts("ui/main_window.py")
    for (_, source), text in table.items():
        assert sorted(re.findall(r"\{\w+\}", source)) == sorted(re.findall(r"\{\w+\}", text)), source
        assert text.strip() and text != source or source in ("Python", "Qt / PySide6"), source
