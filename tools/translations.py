"""Refresh the translation catalogue and compile it.

    python tools/translations.py          # lupdate (all sources) + lrelease
    python tools/translations.py --check  # fail if an English text is missing

Indonesian is the source language. English lives in
resources/translations/lindungi_en.ts (edit it with pyside6-linguist or by
hand); the compiled lindungi_en.qm is what Qt loads, while the Qt-free core
reads the .ts directly.
"""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "lindungi_en.ts"
BIN = Path(sys.executable).parent


def _tool(name: str) -> str:
    candidate = BIN / name
    return str(candidate) if candidate.exists() else name


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "desktop_app").rglob("*.py"))


def update() -> None:
    subprocess.run([_tool("pyside6-lupdate"), *sources(), "-no-obsolete", "-locations", "none", "-ts", str(TS)],
                   cwd=ROOT, check=True)
    subprocess.run([_tool("pyside6-lrelease"), str(TS), "-qm", str(TS.with_suffix(".qm"))], cwd=ROOT, check=True)


def missing() -> list[tuple[str, str]]:
    out = []
    for context in ET.parse(TS).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            node = message.find("translation")
            if node is None or node.get("type") == "unfinished" or not "".join(node.itertext()).strip():
                out.append((name, message.findtext("source", "")))
    return out


def apply_tsv(path: Path) -> int:
    """Fill translations from a ``context<TAB>source<TAB>english`` file, or from a JSON list of
    ``[context, source, english]`` (for texts with line breaks); returns how many were filled."""
    table = {}
    if path.suffix == ".json":
        table = {(ctx, source): english for ctx, source, english in json.loads(path.read_text(encoding="utf-8"))}
    for line in path.read_text(encoding="utf-8").splitlines() if path.suffix != ".json" else ():
        if line.strip():
            ctx, source, english = line.split("\t")
            table[(ctx, source)] = english
    tree = ET.parse(TS)
    done = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            english = table.get((name, message.findtext("source", "")))
            node = message.find("translation")
            if english and node is not None and message.get("numerus") != "yes":
                node.text = english
                node.attrib.pop("type", None)
                done += 1
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    return done


if __name__ == "__main__":
    if "--apply" in sys.argv:
        print(f"{apply_tsv(Path(sys.argv[sys.argv.index('--apply') + 1]))} translations applied")
        update()
        sys.exit(0)
    if "--check" in sys.argv:
        gaps = missing()
        for ctx, text in gaps:
            print(f"untranslated [{ctx}] {text}")
        sys.exit(1 if gaps else 0)
    update()
    print(f"{len(missing())} texts still without English")
