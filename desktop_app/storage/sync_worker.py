"""The sync worker: ``<app> --sync-worker`` runs the exchange engine in its own process.

One JSON request per line on stdin, one JSON answer per line on stdout, until stdin closes:
``{"op": "export"|"import"|"peek"|"ping", "db": path, "key": hex data key, "lang": "id", ...}`` →
``{"ok": true, "result": {...}}`` or ``{"ok": false, "message": sentence, "user": true|false}``.
The data key travels on the pipe only (never on the command line). Nothing here imports Qt or the
app's own SQLite driver: APSW is the only SQLite library of this process (docs/sync.md).
"""

from __future__ import annotations

import json
import logging
import sys
from dataclasses import asdict
from pathlib import Path
from typing import IO

from desktop_app.errors import UserError

log = logging.getLogger(__name__)


def handle(request: dict) -> dict:
    from desktop_app.i18n import set_language
    from desktop_app.storage import sync_engine

    if request.get("lang"):
        set_language(request["lang"])
    op = request.get("op")
    if op == "ping":
        return sync_engine.environment()
    db, key = Path(request["db"]), bytes.fromhex(request["key"])
    if op == "export":
        return asdict(sync_engine.export(db, key, request["peer"], Path(request["out"]), full=bool(request.get("full")),
                                         operator=request.get("operator", "")))
    if op == "import":
        return asdict(sync_engine.import_file(db, key, Path(request["path"]), operator=request.get("operator", "")))
    if op == "peek":
        return sync_engine.peek(Path(request["path"]), db, key)
    raise ValueError(f"unknown op {op!r}")


def answer(request: dict) -> dict:
    try:
        return {"ok": True, "result": handle(request)}
    except UserError as exc:
        return {"ok": False, "user": True, "message": exc.message}
    except OSError as exc:
        from desktop_app.oserrors import file_error
        return {"ok": False, "user": True, "message": str(file_error(Path(exc.filename or "?"), exc))}
    except Exception as exc:                                   # reported to the caller, which logs it
        log.exception("sync worker: %s failed", request.get("op"))
        return {"ok": False, "user": False, "message": f"{type(exc).__name__}: {exc}"}


def serve(stdin: IO[str] | None = None, stdout: IO[str] | None = None) -> int:
    stdin, stdout = stdin or sys.stdin, stdout or sys.stdout
    for line in stdin:
        if not line.strip():
            continue
        try:
            request = json.loads(line)
        except ValueError:
            reply = {"ok": False, "user": False, "message": "not JSON"}
        else:
            reply = answer(request)
        stdout.write(json.dumps(reply, ensure_ascii=False) + "\n")
        stdout.flush()
    return 0
