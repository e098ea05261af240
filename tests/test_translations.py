"""The English catalogue is complete and current, and the shipped .qm is compiled from it."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
import translations  # noqa: E402

PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def messages(ts: Path) -> dict[tuple[str, str], str]:
    out = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            node = message.find("translation")
            forms = [f.text or "" for f in node.iter("numerusform")] if node is not None else []
            text = "" if node is None or node.get("type") == "unfinished" else (
                "|".join(forms) if forms else "".join(node.itertext()))
            out[(name, message.findtext("source", ""))] = text
    return out


def test_every_text_has_english_with_the_same_placeholders():
    missing, broken = [], []
    for (ctx, source), english in messages(translations.TS).items():
        if not english.strip():
            missing.append(f"[{ctx}] {source}")
        elif any(sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(form))
                 for form in (english.split("|") if "%n" in source else [english])):
            broken.append(f"[{ctx}] {source} -> {english}")
        elif "%n" in source and (english.count("|") != 1 or any("%n" not in form for form in english.split("|"))):
            broken.append(f"[{ctx}] {source} -> {english} (a count text needs 'singular|plural', each with %n)")
    assert not missing, "untranslated (run tools/translations.py and fill them):\n" + "\n".join(missing)
    assert not broken, "placeholders differ:\n" + "\n".join(broken)


def test_catalogue_holds_every_marked_text_in_the_sources(tmp_path):
    copy = tmp_path / "check.ts"
    shutil.copyfile(translations.TS, copy)
    subprocess.run([translations._tool("pyside6-lupdate"), *translations.sources(), "-no-obsolete",
                    "-locations", "none", "-ts", str(copy)], cwd=ROOT, check=True, capture_output=True)
    stale = set(messages(copy)) ^ set(messages(translations.TS))
    assert not stale, f"run: python tools/translations.py — catalogue out of date: {sorted(stale)[:10]}"


@pytest.mark.parametrize("language", ["en"])
def test_shipped_qm_is_compiled_from_the_ts(tmp_path, language):
    built = tmp_path / "x.qm"
    subprocess.run([translations._tool("pyside6-lrelease"), str(translations.TS), "-qm", str(built)],
                   check=True, capture_output=True)
    assert built.read_bytes() == translations.TS.with_suffix(".qm").read_bytes(), \
        "run: python tools/translations.py"
