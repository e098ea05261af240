"""The "folder tukar": a shared folder through which two offices exchange their files without anyone
carrying a flash drive.

One pass receives every exchange file in the folder addressed to this office (oldest sequence number
first, so a gap is not reported needlessly), moves each applied one into ``diterima/`` beside it, and then
sends this office's changes to every partner office that has any. Nothing here knows the file format:
sending and receiving are ``SyncService`` calls, so the worker process, the ledger and the conflict rules
are the same as by hand. A file that cannot be read is reported once and left where it is.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from pathlib import Path

from desktop_app.errors import UserError
from desktop_app.i18n import QT_TRANSLATE_NOOP, tr
from desktop_app.services.context import Context
from desktop_app.services.jobs import NO_JOB, Job
from desktop_app.services.office import OfficeService
from desktop_app.services.sync import ReceiveResult, SendResult, SyncService

log = logging.getLogger(__name__)

DONE_FOLDER = "diterima"
SUFFIX = ".lsync"
M_RECEIVING = QT_TRANSLATE_NOOP("SyncFolder", "Menerima {name}…")
M_SENDING = QT_TRANSLATE_NOOP("SyncFolder", "Mengirim ke {office}…")
M_NO_FOLDER = QT_TRANSLATE_NOOP("SyncFolder", "Folder tukar {path} tidak ditemukan. Periksa apakah flash disk "
                                              "atau folder bersama sudah tersambung.")
M_FILE_PROBLEM = QT_TRANSLATE_NOOP("SyncFolder", "{name}: {reason}")


@dataclass(frozen=True)
class FolderPass:
    """What one pass did: the files applied, the files written, and one sentence per file it could not use."""

    received: tuple[ReceiveResult, ...] = ()
    sent: tuple[SendResult, ...] = ()
    problems: tuple[str, ...] = ()

    @property
    def changed(self) -> bool:
        return any(not r.already_applied for r in self.received) or bool(self.sent)


@dataclass
class ExchangeFolder:
    """One office's folder tukar. Keep one object per window: it remembers the files it could not use, so a
    broken file is reported once, not at every pass."""

    folder: Path
    _refused: dict[str, tuple[int, int]] = field(default_factory=dict)

    def incoming(self, own_code: str) -> list[Path]:
        """Exchange files addressed to ``own_code`` (``<from>-<to>-<n>.lsync``), in the order they were sent."""
        if not own_code or not self.folder.is_dir():
            return []
        pattern = re.compile(rf"^(?P<sender>.+)-{re.escape(own_code)}-(?P<n>\d+){re.escape(SUFFIX)}$", re.IGNORECASE)
        found = []
        for path in self.folder.iterdir():
            match = pattern.match(path.name)
            if match and path.is_file() and match["sender"].upper() != own_code.upper():
                found.append((match["sender"].upper(), int(match["n"]), path))
        return [path for *_key, path in sorted(found)]

    def run(self, ctx: Context, job: Job = NO_JOB) -> FolderPass:
        if not self.folder.is_dir():
            raise UserError(tr(M_NO_FOLDER, path=self.folder))
        service = SyncService(ctx)
        own = OfficeService(ctx).identity().code
        received, sent, problems = [], [], []
        for path in self.incoming(own):
            stamp = self._stamp(path)
            if stamp is None or self._refused.get(path.name) == stamp:
                continue
            job.step(len(received), 0, tr(M_RECEIVING, name=path.name))
            try:
                result = service.import_file(path)
            except UserError as exc:
                self._refused[path.name] = stamp
                problems.append(tr(M_FILE_PROBLEM, name=path.name, reason=exc.message))
                log.warning("folder tukar: a file was refused (%s)", type(exc).__name__)
                continue
            received.append(result)
            self._put_away(path)
        for peer in service.peers():
            if not peer.code or peer.code == own or service.pending_for(peer.code) == 0:
                continue
            job.step(len(sent), 0, tr(M_SENDING, office=peer.name or peer.code))
            try:
                sent.append(service.export_to(peer.code, self.folder))
            except UserError as exc:
                problems.append(tr(M_FILE_PROBLEM, name=peer.code, reason=exc.message))
        if received or sent:
            log.info("folder tukar: %d received, %d sent", len(received), len(sent))
        return FolderPass(tuple(received), tuple(sent), tuple(problems))

    @staticmethod
    def _stamp(path: Path) -> tuple[int, int] | None:
        try:
            stat = path.stat()
        except OSError:
            return None
        return stat.st_size, stat.st_mtime_ns

    def _put_away(self, path: Path) -> None:
        """An applied file moves to ``diterima/`` so the next pass does not open it again; on read-only media it
        stays (the ledger makes a second apply change nothing) and is remembered for this session."""
        done = self.folder / DONE_FOLDER
        try:
            done.mkdir(exist_ok=True)
            path.replace(done / path.name)
        except OSError:
            stamp = self._stamp(path)
            if stamp is not None:
                self._refused[path.name] = stamp
