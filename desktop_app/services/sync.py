"""Exchange between offices (issue 15): peers, the kabupaten sync key, sending and receiving
change files through the sync worker process, and the conflicts waiting for a person.

Sending and receiving run in the sync worker (``services.sync_worker_client``; the engine is
``storage.sync_engine``): never in this process, whose SQLite holds the database open. Everything
else — the key, the peers, the conflicts and their decisions — goes through the app's own
connection. Every decision on a conflict is a normal edit (``row_version`` bumped, change log,
audit row), so it travels on in the next file (docs/sync.md).
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from pathlib import Path

from desktop_app.domain.dates import now_iso
from desktop_app.domain.nik import mask_nik
from desktop_app.domain.registration import FIELD_LABELS
from desktop_app.domain.regnumber import format_number
from desktop_app.errors import UserError
from desktop_app.i18n import QT_TRANSLATE_NOOP, tr
from desktop_app.services.context import Context
from desktop_app.services.jobs import Job
from desktop_app.services.office import OfficeService
from desktop_app.services.roles import require
from desktop_app.services.sync_worker_client import SyncWorker
from desktop_app.storage import sync_file
from desktop_app.storage.registrations import ActiveNikTaken

log = logging.getLogger(__name__)

M_KEY_EXISTS = QT_TRANSLATE_NOOP("Sync", "Kantor ini sudah punya kunci tukar ({fingerprint}). Kunci dibuat sekali "
                                         "saja, di kantor kabupaten.")
M_NOT_KABUPATEN = QT_TRANSLATE_NOOP("Sync", "Kunci tukar dibuat di kantor kabupaten (Dinas), lalu diekspor ke kantor "
                                            "lain. Kantor ini tingkat {level}: impor kunci dari kabupaten.")
M_NO_KEY = QT_TRANSLATE_NOOP("Sync", "Kantor ini belum punya kunci tukar kabupaten.")
M_OTHER_KEY = QT_TRANSLATE_NOOP("Sync", "Kantor ini sudah memakai kunci tukar {ours}; berkas ini berisi kunci "
                                        "{theirs}. Satu kabupaten memakai satu kunci.")
M_BAD_CODE = QT_TRANSLATE_NOOP("Sync", "Kode kantor \"{code}\" tidak sah: huruf besar, angka dan tanda '-' saja.")
M_BAD_DIRECTION = QT_TRANSLATE_NOOP("Sync", "Arah harus 'up' (ke kantor di atas), 'down' (ke kantor di bawah) atau "
                                            "kosong.")
M_NO_CONFLICT = QT_TRANSLATE_NOOP("Sync", "Konflik nomor {id} tidak ada.")
M_RESOLVED = QT_TRANSLATE_NOOP("Sync", "Konflik nomor {id} sudah diputuskan.")
M_BAD_CHOICE = QT_TRANSLATE_NOOP("Sync", "Pilihan \"{choice}\" tidak berlaku untuk konflik ini; pilih salah satu dari: "
                                         "{choices}.")
M_STILL_SAME_NIK = QT_TRANSLATE_NOOP("Sync", "NIK {nik} masih dipakai dua orang. Perbaiki NIK salah satunya dulu.")
M_DUPLICATE_OF = QT_TRANSLATE_NOOP("Sync", "Orang yang sama dengan nomor {number} (diputuskan saat tukar data)")
M_SENT = QT_TRANSLATE_NOOP("Sync", "Dikirim ke {peer}: berkas ke-{seq}")
L_DELETED = QT_TRANSLATE_NOOP("Sync", "Status hapus")
L_PERSON = QT_TRANSLATE_NOOP("Sync", "Orang dengan NIK yang sama")
L_HEIR = QT_TRANSLATE_NOOP("Sync", "Ahli waris {n}: {field}")
HEIR_LABELS = {"name": QT_TRANSLATE_NOOP("Sync", "nama"), "relationship": QT_TRANSLATE_NOOP("Sync", "hubungan"),
               "nik": QT_TRANSLATE_NOOP("Sync", "NIK"), "phone": QT_TRANSLATE_NOOP("Sync", "telepon")}
CHOICES = {"field": ("here", "incoming"), "delete_edit": ("here", "incoming"), "edit_delete": ("here", "incoming"),
           "same_nik": ("same_person", "not_same_person")}


@dataclass(frozen=True)
class Peer:
    code: str
    number: int | None
    name: str
    level: str
    direction: str
    sent_seq: int
    received_seq: int
    last_sent_at: str | None
    last_received_at: str | None
    area_code: str = ""


@dataclass(frozen=True)
class SendResult:
    path: Path
    peer_code: str
    seq: int
    new: int
    updated: int
    deleted: int
    size_bytes: int
    full: bool = False
    file_id: str = ""


@dataclass(frozen=True)
class ReceiveResult:
    file_id: str
    from_code: str
    seq: int
    new: int
    updated: int
    deleted: int
    conflicts: int
    already_applied: bool
    missing_before: list[int]
    stale: int = 0


@dataclass(frozen=True)
class Conflict:
    id: int
    kind: str
    registration_id: str
    name: str
    nik_masked: str
    field: str
    field_label: str
    base: object
    here: object
    incoming: object
    from_office: str
    from_operator: str
    at: str
    resolved_at: str | None
    decision: str = ""
    other_id: str = ""


@dataclass(frozen=True)
class LedgerEntry:
    file_id: str
    direction: str
    peer: str
    seq: int
    full: bool
    file_name: str
    new: int
    updated: int
    deleted: int
    conflicts: int
    operator: str
    at: str


def _valid_code(code: str) -> bool:
    return bool(code) and all(ch.isascii() and (ch.isupper() or ch.isdigit() or ch == "-") for ch in code)


def field_label(name: str) -> str:
    if name.startswith("heirs."):
        _, pos, col = name.split(".", 2)
        return tr(L_HEIR, n=int(pos) + 1, field=tr(HEIR_LABELS.get(col, col)))
    if name in ("", "deleted_at"):
        return tr(L_DELETED)
    return tr(FIELD_LABELS[name]) if name in FIELD_LABELS else name


_MARK = "sync.sent_mark."      # + peer code: SyncRepo.change_mark when the last file to it was made


class SyncService:
    def __init__(self, ctx: Context, *, worker: SyncWorker | None = None) -> None:
        self.ctx = ctx
        self.store = ctx.store
        self._worker = worker          # a long-lived worker (tests, folder watching); else one per call

    # --- the worker -------------------------------------------------------------------------
    def _call(self, request: dict) -> dict:
        from desktop_app.i18n import current_language
        request = dict(request, db=str(self.store.path), key=self.store.data_key().hex(),
                       operator=self.ctx.operator, lang=current_language())
        if self._worker is not None:
            return self._worker.call(request)
        with SyncWorker() as worker:
            return worker.call(request)

    # --- peers ------------------------------------------------------------------------------
    def peers(self) -> list[Peer]:
        return [_peer(row) for row in self.store.sync.peers()]

    def add_peer(self, code: str, name: str = "", number: int | None = None, direction: str = "", *,
                 level: str = "", area_code: str = "") -> Peer:
        require(self.ctx, "sync.exchange")
        code = (code or "").strip().upper()
        if not _valid_code(code):
            raise UserError(tr(M_BAD_CODE, code=code))
        if direction not in ("", "up", "down"):
            raise UserError(tr(M_BAD_DIRECTION))
        with self.store.write():
            self.store.sync.add_peer(code, name.strip(), number, level, area_code, direction, self.ctx.operator)
            self.store.audit.record(self.ctx.operator, "sync.add_peer", "sync_peer", code,
                                    new={"name": name, "number": number, "direction": direction, "level": level})
        return _peer(self.store.sync.peer(code))

    # --- the kabupaten sync key -------------------------------------------------------------
    def has_sync_key(self) -> bool:
        return self.store.sync.key() is not None

    def sync_key_fingerprint(self) -> str:
        row = self.store.sync.key_row()
        return row["fingerprint"] if row else ""

    def create_sync_key(self) -> None:
        require(self.ctx, "sync.key")
        existing = self.store.sync.key_row()
        if existing:
            raise UserError(tr(M_KEY_EXISTS, fingerprint=existing["fingerprint"]))
        level = self._level()
        if level and level != "kabupaten":
            raise UserError(tr(M_NOT_KABUPATEN, level=level))
        key = sync_file.new_sync_key()
        with self.store.write():
            self.store.sync.set_key(key, sync_file.fingerprint(key), "created", self.ctx.operator)
            self.store.audit.record(self.ctx.operator, "sync.key_create", "sync_key", sync_file.fingerprint(key))

    def export_sync_key(self, path: Path, passphrase: str) -> Path:
        require(self.ctx, "sync.key")
        key = self.store.sync.key()
        if key is None:
            raise UserError(tr(M_NO_KEY))
        path = Path(path)
        if path.is_dir():
            path = path / f"kunci-tukar-{sync_file.fingerprint(key)}{sync_file.KEY_SUFFIX}"
        written = sync_file.export_key(path, key, passphrase, office=self._own_code())
        with self.store.write():
            self.store.audit.record(self.ctx.operator, "sync.key_export", "sync_key", sync_file.fingerprint(key),
                                    note=written.name)
        return written

    def import_sync_key(self, path: Path, passphrase: str) -> None:
        require(self.ctx, "sync.key")
        key = sync_file.import_key(Path(path), passphrase)
        existing = self.store.sync.key()
        if existing is not None and existing != key:
            raise UserError(tr(M_OTHER_KEY, ours=sync_file.fingerprint(existing), theirs=sync_file.fingerprint(key)))
        with self.store.write():
            self.store.sync.set_key(key, sync_file.fingerprint(key), "imported", self.ctx.operator)
            self.store.audit.record(self.ctx.operator, "sync.key_import", "sync_key", sync_file.fingerprint(key),
                                    note=Path(path).name)

    # --- send and receive -------------------------------------------------------------------
    def export_to(self, peer_code: str, out: Path, *, full: bool = False, job: Job | None = None) -> SendResult:
        require(self.ctx, "sync.exchange")
        OfficeService(self.ctx).assigned_identity()     # no file from an office whose numbers could clash
        if job is not None:
            job.step(0, 2)
        mark = self.store.sync.change_mark(peer_code.strip().upper())     # before the engine's snapshot
        result = self._call({"op": "export", "peer": peer_code.strip().upper(), "out": str(Path(out)),
                             "full": full})
        with self.store.write():
            self.store.office.set_setting(_MARK + result["peer_code"], mark)
            self.store.audit.record(self.ctx.operator, "sync.send", "sync_file", result["file_id"],
                                    new={k: result[k] for k in ("seq", "new", "updated", "deleted", "size_bytes",
                                                                "full")},
                                    note=f"{result['peer_code']} {Path(result['path']).name}")
        if job is not None:
            job.step(2, 2)
        return SendResult(Path(result["path"]), result["peer_code"], result["seq"], result["new"], result["updated"],
                          result["deleted"], result["size_bytes"], result["full"], result["file_id"])

    def import_file(self, path: Path, *, job: Job | None = None) -> ReceiveResult:
        require(self.ctx, "sync.exchange")
        OfficeService(self.ctx).assigned_identity()
        if job is not None:
            job.step(0, 2)
        r = self._call({"op": "import", "path": str(Path(path))})
        result = ReceiveResult(r["file_id"], r["from_code"], r["seq"], r["new"], r["updated"], r["deleted"],
                               r["conflicts"], r["already_applied"], list(r["missing_before"]), r.get("stale", 0))
        with self.store.write():
            self.store.audit.record(
                self.ctx.operator, "sync.receive", "sync_file", result.file_id, note=f"{result.from_code} "
                f"{Path(path).name}", new={"seq": result.seq, "new": result.new, "updated": result.updated,
                                           "deleted": result.deleted, "conflicts": result.conflicts,
                                           "already_applied": result.already_applied,
                                           "missing_before": result.missing_before})
        if not result.already_applied:
            self.release_held()
        if job is not None:
            job.step(2, 2)
        return result

    def peek(self, path: Path) -> dict:
        """The manifest of a change file (who sent it, to whom, which number, counts)."""
        require(self.ctx, "sync.exchange")
        return self._call({"op": "peek", "path": str(Path(path))})

    def pending_for(self, peer_code: str) -> int:
        """About how many changes a file to ``peer_code`` would carry now (0: nothing to send); see
        ``SyncRepo.changed_since_sent``. The folder tukar sends no empty files by it."""
        code = peer_code.strip().upper()
        return self.store.sync.changed_since(code, self.store.office.setting(_MARK + code))

    def open_conflict_count(self) -> int:
        """Conflicts waiting for a person (Data Peserta › Konflik (n))."""
        return self.store.sync.open_conflicts()

    def ledger(self, limit: int = 200) -> list[LedgerEntry]:
        return [LedgerEntry(r["file_id"], r["direction"], r["peer"], r["seq"], bool(r["full"]), r["file_name"],
                            r["new"], r["updated"], r["deleted"], r["conflicts"], r["operator"], r["at"])
                for r in self.store.sync.ledger(limit)]

    # --- conflicts --------------------------------------------------------------------------
    def conflicts(self, *, open_only: bool = True) -> list[Conflict]:
        return [self._conflict(row) for row in self.store.sync.conflicts(open_only=open_only)]

    def _conflict(self, row: dict) -> Conflict:
        kind = row["kind"]
        values = [json.loads(row[k]) if row[k] is not None else None for k in ("base", "here", "incoming")]
        if kind in ("delete_edit", "edit_delete"):
            label = tr(L_DELETED)
        elif kind == "same_nik":
            label = tr(L_PERSON)
            values = [None, self._person(row["registration_id"]), self._held_person(row["other_id"])]
        else:
            label = field_label(row["field"])
        return Conflict(row["id"], kind, row["registration_id"], row.get("name") or "", mask_nik(row.get("nik") or ""),
                        row["field"], label, *values, row["from_office"], row["from_operator"], row["at"],
                        row["resolved_at"], row["decision"], row["other_id"])

    def _person(self, registration_id: str) -> dict | None:
        reg = self.store.registrations.get(registration_id)
        if reg is None:
            return None
        return {"number": format_number(reg.seq), "full_name": reg.full_name, "birth_date": str(reg.birth_date or ""),
                "village_code": reg.village_code, "mother_name": reg.mother_name}

    def _held_person(self, registration_id: str) -> dict | None:
        held = self.store.sync.held(registration_id)
        if held is None:
            return self._person(registration_id)
        row = held["row"]
        return {"number": format_number(int(row["seq"])), "full_name": row["full_name"],
                "birth_date": row.get("birth_date") or "", "village_code": row["village_code"],
                "mother_name": row.get("mother_name", ""), "office": row.get("origin_office", "")}

    def resolve(self, conflict_id: int, choice: str, *, fields: dict[str, str] | None = None) -> None:
        require(self.ctx, "sync.resolve")
        row = self.store.sync.conflict(conflict_id)
        if row is None:
            raise UserError(tr(M_NO_CONFLICT, id=conflict_id))
        if row["resolved_at"]:
            raise UserError(tr(M_RESOLVED, id=conflict_id))
        if choice not in CHOICES[row["kind"]]:
            raise UserError(tr(M_BAD_CHOICE, choice=choice, choices=", ".join(CHOICES[row["kind"]])))
        try:
            with self.store.write():
                getattr(self, f"_resolve_{row['kind']}")(row, choice, fields or {})
                self.store.audit.record(self.ctx.operator, "sync.resolve", "registration", row["registration_id"],
                                        new={"conflict": conflict_id, "kind": row["kind"], "field": row["field"],
                                             "choice": choice, "fields": fields or {}},
                                        note=f"{row['from_office']}")
        except ActiveNikTaken:
            reg = self.store.registrations.get(row["registration_id"])
            raise UserError(tr(M_STILL_SAME_NIK, nik=mask_nik(reg.nik if reg else ""))) from None
        self.release_held()

    def _edit(self, registration_id: str, **values: object) -> None:
        """A normal edit: stamped, ``row_version`` bumped by its trigger, logged per field."""
        self.store.registrations.set_fields(registration_id, updated_at=now_iso(), updated_by=self.ctx.operator,
                                            **values)

    def _resolve_field(self, row: dict, choice: str, fields: dict) -> None:
        value = json.loads(row["incoming"] if choice == "incoming" else row["here"])
        name = row["field"]
        if name.startswith("heirs."):
            _, pos, col = name.split(".", 2)
            if col not in HEIR_LABELS:
                raise ValueError(col)
            self.store.sync.set_heir_field(row["registration_id"], int(pos), col, value)
            self._edit(row["registration_id"])
        else:
            self._edit(row["registration_id"], **{name: value})
        self.store.sync.mark_resolved(row["id"], choice, self.ctx.operator)

    def _resolve_delete_edit(self, row: dict, choice: str, fields: dict) -> None:
        """Deleted there, edited here: 'incoming' deletes here too, 'here' keeps the person (the
        undeletion travels back)."""
        values = json.loads(row["incoming"]) if choice == "incoming" else {}
        self._edit(row["registration_id"], **values)
        self.store.sync.mark_resolved(row["id"], choice, self.ctx.operator)

    def _resolve_edit_delete(self, row: dict, choice: str, fields: dict) -> None:
        """Deleted here, edited there: 'incoming' restores the person with the other office's edits,
        'here' keeps it deleted (the deletion travels back)."""
        values = json.loads(row["incoming"]) if choice == "incoming" else {}
        self._edit(row["registration_id"], **values)
        self.store.sync.mark_resolved(row["id"], choice, self.ctx.operator)

    def _resolve_same_nik(self, row: dict, choice: str, fields: dict) -> None:
        held = self.store.sync.held(row["other_id"])
        if choice == "not_same_person":
            # one of the two NIKs is wrong: the other office's row stays held until a NIK is corrected
            # (here, or there and received) — release_held() lets it in then
            self.store.sync.mark_resolved(row["id"], choice, self.ctx.operator, keep_open=True)
            return
        if held is None:
            self.store.sync.mark_resolved(row["id"], choice, self.ctx.operator)
            return
        incoming = held["row"]
        take = {name: incoming[name] for name, side in fields.items() if side == "incoming" and name in incoming
                and name in FIELD_LABELS and name not in ("nik", "scheme_id")}
        self._edit(row["registration_id"], **take)
        kept = self.store.registrations.get(row["registration_id"])
        # the other office's row comes in as a deleted duplicate: that deletion goes back to it
        duplicate = dict(incoming, deleted_at=now_iso(), deleted_by=self.ctx.operator,
                         deleted_reason=tr(M_DUPLICATE_OF, number=format_number(kept.seq)),
                         row_version=int(incoming.get("row_version") or 1) + 1, updated_office=self._own_code())
        self.store.sync.insert_row(duplicate, held["heirs"])
        self.store.sync.drop_held(row["other_id"])
        self.store.sync.mark_resolved(row["id"], choice, self.ctx.operator)

    def release_held(self) -> int:
        """Let in the held rows whose NIK no longer collides (corrected here or there); returns how many."""
        released = 0
        for registration_id in self.store.sync.held_ids():
            held = self.store.sync.held(registration_id)
            values = held["row"]
            if not values.get("deleted_at") and self.store.sync.active_twin(values["nik"], values["scheme_id"],
                                                                             values["id"]):
                continue
            with self.store.write():
                self.store.sync.insert_row(values, held["heirs"])
                self.store.sync.drop_held(values["id"])
                for conflict_id in self.store.sync.open_same_nik(values["id"]):
                    self.store.sync.mark_resolved(conflict_id, "released", self.ctx.operator)
                self.store.audit.record(self.ctx.operator, "sync.release", "registration", values["id"],
                                        note=held["peer"])
            released += 1
        return released

    # --- helpers ----------------------------------------------------------------------------
    def _own_code(self) -> str:
        return self.store.office.identity().code

    def _level(self) -> str:
        return self.store.office.identity().level


def _peer(row: dict) -> Peer:
    return Peer(row["code"], row["number"], row["name"], row["level"], row["direction"], row["sent_seq"],
                row["received_seq"], row["last_sent_at"], row["last_received_at"], row["area_code"])
