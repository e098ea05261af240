"""The conflict handler of ``Changeset.apply`` and the merges done after it, in the same transaction
(docs/sync.md, "handler rules"): a column changed only by the sender is taken; one changed on both sides
differently becomes a conflict for a person; delete against edit is held, both ways; an incoming active
NIK already here is held as a 'same NIK' conflict; a change whose base this office never had is stale."""

from __future__ import annotations

import json
from dataclasses import dataclass

import apsw

from desktop_app.domain.dates import now_iso
from desktop_app.errors import UserError
from desktop_app.i18n import QT_TRANSLATE_NOOP, tr
from desktop_app.storage.sync_schema import DELETE_COLUMNS, LOCAL_ONLY, META, OMIT, SYNC_TABLES, columns, own_office

M_NUMBER_CLASH = QT_TRANSLATE_NOOP("Sync", "{name} memuat nomor pendaftaran {seq} yang sudah dipakai peserta lain di "
                                           "sini. Nomor harus unik se-kabupaten: periksa nomor kantor pengirim.")


@dataclass
class Deferred:
    table: str
    op: str
    reason: int
    old: dict
    new: dict
    here: dict | None


class Apply:
    """The conflict handler and the merges done after ``Changeset.apply`` (same transaction)."""

    def __init__(self, conn: apsw.Connection, peer: str, manifest: dict, base: apsw.Connection) -> None:
        self.conn, self.peer, self.manifest, self.base = conn, peer, manifest, base
        self.cols = {t: [n for n, _ in columns(conn, t)] for t in SYNC_TABLES}
        self.pk = {t: [n for n, p in sorted(columns(conn, t), key=lambda c: c[1]) if p] for t in SYNC_TABLES}
        self.deferred: list[Deferred] = []
        self.outcome: dict[str, str] = {}
        self.held = {r[0] for r in conn.execute("SELECT registration_id FROM sync_held")}
        self.new_held: set[str] = set()
        self.conflicts = 0
        self.stale = 0
        self.me = own_office(conn)
        self.touched: dict[str, str] = {}          # registration id -> the incoming updated_office
        self.gaps: set[str] = set()                 # rows whose base the sender had and we did not (a lost file)

    # values of a change as dicts (only the columns the change carries)
    def _values(self, table: str, values) -> dict:
        if values is None:
            return {}
        return {n: v for n, v in zip(self.cols[table], values, strict=True) if v is not apsw.no_change}

    def _row(self, table: str, pk: dict, conn: apsw.Connection | None = None) -> dict | None:
        conn = conn or self.conn
        where = " AND ".join(f"{k} = ?" for k in self.pk[table])
        try:
            cur = conn.execute(f"SELECT {', '.join(self.cols[table])} FROM {table} WHERE {where}",
                               tuple(pk[k] for k in self.pk[table]))
        except apsw.SQLError:                                  # a baseline without that table yet
            return None
        row = cur.fetchone()
        return dict(zip(self.cols[table], row, strict=True)) if row else None

    def filter_change(self, change) -> bool:
        table = change.name
        if table == "registrations":
            new = self._values(table, change.new)
            old = self._values(table, change.old)
            rid = new["id"] if change.op == "INSERT" else old["id"]
            if rid in self.held:
                self.deferred.append(Deferred(table, change.op, -1, old, new, None))
                return False
            here = self._row(table, {"id": rid})
            if change.op == "INSERT":
                self.outcome[rid] = "same" if here else "new"
            elif change.op == "DELETE":
                self.outcome[rid] = "deleted" if here else "same"
            elif here is not None:
                changed = {c: v for c, v in new.items() if c not in META}
                if all(here.get(c) == v for c, v in changed.items()):
                    self.outcome[rid] = "same"
                elif new.get("deleted_at") and not here.get("deleted_at"):
                    self.outcome[rid] = "deleted"
                else:
                    self.outcome[rid] = "updated"
            if change.op != "DELETE":
                self.touched[rid] = new.get("updated_office", (here or {}).get("updated_office", ""))
            return True
        if table == "heirs":
            values = self._values(table, change.new if change.op == "INSERT" else change.old)
            if values["registration_id"] in self.held or values["registration_id"] in self.new_held:
                self.deferred.append(Deferred(table, change.op, -1, self._values(table, change.old),
                                               self._values(table, change.new), None))
                return False
        return True

    def conflict(self, reason: int, change) -> int:
        table = change.name
        if table == "sync_changes":
            return OMIT
        old, new = self._values(table, change.old), self._values(table, change.new)
        here = self._values(table, change.conflict) if change.conflict is not None else None
        if reason == apsw.SQLITE_CHANGESET_NOTFOUND:
            return OMIT                                     # purged here, or never arrived (a lost file)
        if reason == apsw.SQLITE_CHANGESET_CONSTRAINT and table == "registrations" and change.op == "INSERT":
            self.new_held.add(new["id"])
        self.deferred.append(Deferred(table, change.op, reason, old, new, here))
        return OMIT

    # --- after apply ---------------------------------------------------------------------------
    def settle(self, name: str) -> None:
        for item in self.deferred:
            if item.reason == -1:
                self._update_held(item)
            elif item.reason == apsw.SQLITE_CHANGESET_CONSTRAINT and item.table == "registrations":
                self._constraint(item, name)
            elif item.op == "DELETE":
                continue                                    # a row removed there but changed here: kept
            else:
                self._merge(item)
        for rid, office in self.touched.items():
            if self.outcome.get(rid) in ("new", "updated", "deleted") and office:
                self.conn.execute("UPDATE registrations SET updated_office = ? WHERE id = ? AND updated_office != ?",
                                  (office, rid, office))

    def _update_held(self, item: Deferred) -> None:
        if item.table == "registrations":
            rid = item.new["id"] if item.op == "INSERT" else item.old["id"]
            row = self.conn.execute("SELECT row FROM sync_held WHERE registration_id = ?", (rid,)).fetchone()
            if row is None:
                return
            held = json.loads(row[0])
            held.update(item.new)
            self.conn.execute("UPDATE sync_held SET row = ? WHERE registration_id = ?", (json.dumps(held), rid))
            self.outcome[rid] = "held"
        else:
            values = dict(item.old, **item.new)
            rid = values["registration_id"]
            row = self.conn.execute("SELECT heirs FROM sync_held WHERE registration_id = ?", (rid,)).fetchone()
            heirs = {h["position"]: h for h in json.loads(row[0])} if row else {}
            if item.op == "DELETE":
                heirs.pop(values["position"], None)
            else:
                heirs.setdefault(values["position"], {}).update(item.new)
            if row is not None:
                self.conn.execute("UPDATE sync_held SET heirs = ? WHERE registration_id = ?",
                                  (json.dumps([heirs[p] for p in sorted(heirs)]), rid))

    def _constraint(self, item: Deferred, name: str) -> None:
        new = item.new
        if item.op != "INSERT":
            self._merge(item)
            return
        twin = self.conn.execute("SELECT id FROM registrations WHERE nik = ? AND scheme_id = ? AND deleted_at IS NULL "
                                 "AND id != ?", (new["nik"], new["scheme_id"], new["id"])).fetchone()
        if twin is None:
            taken = self.conn.execute("SELECT 1 FROM registrations WHERE seq = ? AND id != ?",
                                      (new["seq"], new["id"])).fetchone()
            if taken:
                raise UserError(tr(M_NUMBER_CLASH, name=name, seq=new["seq"]))
            raise UserError(tr(M_NUMBER_CLASH, name=name, seq=new.get("seq")))
        heirs = [d.new for d in self.deferred if d.table == "heirs" and d.new.get("registration_id") == new["id"]]
        self.conn.execute("INSERT OR REPLACE INTO sync_held (registration_id, peer, row, heirs, held_at) "
                          "VALUES (?, ?, ?, ?, ?)", (new["id"], self.peer, json.dumps(new), json.dumps(heirs),
                                                     now_iso()))
        self.held.add(new["id"])
        self._record("same_nik", twin[0], other_id=new["id"], incoming=json.dumps(new["id"]),
                     here=json.dumps(twin[0]), office=new.get("updated_office", ""),
                     operator=new.get("updated_by") or new.get("created_by", ""))
        self.outcome[new["id"]] = "held"

    def _record(self, kind: str, rid: str, *, fld: str = "", base=None, here=None, incoming=None, other_id: str = "",
                office: str = "", operator: str = "") -> None:
        exists = self.conn.execute("SELECT id FROM sync_conflicts WHERE resolved_at IS NULL AND kind = ? AND "
                                   "registration_id = ? AND field = ? AND other_id = ?",
                                   (kind, rid, fld, other_id)).fetchone()
        if exists:
            self.conn.execute("UPDATE sync_conflicts SET incoming = ?, base = ?, here = ?, file_id = ?, at = ? "
                              "WHERE id = ?", (incoming, base, here, self.manifest["file_id"], now_iso(), exists[0]))
            return
        self.conn.execute("INSERT INTO sync_conflicts (kind, registration_id, other_id, field, base, here, incoming, "
                          "peer, from_office, from_operator, file_id, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                          (kind, rid, other_id, fld, base, here, incoming, self.peer, office or self.peer, operator,
                           self.manifest["file_id"], now_iso()))
        self.conflicts += 1

    def _merge(self, item: Deferred) -> None:
        table = item.table
        pk = {k: (item.new.get(k) if item.new.get(k) is not None else item.old.get(k)) for k in self.pk[table]}
        here = self._row(table, pk)
        if here is None:
            return
        base = self._row(table, pk, self.base) if self.base is not None else None
        gap = False
        if base is None and item.op == "UPDATE":
            base = dict(here, **item.old)                   # the sender's old values of what it changed
        elif base is not None and item.op == "UPDATE":
            # the sender's old values are not what it last told us: a file between was lost
            gap = any(base.get(c) != v for c, v in item.old.items() if c not in LOCAL_ONLY.get(table, {}))
            if gap and table == "registrations":
                self.gaps.add(pk["id"])
        incoming = dict(base or here, **item.new) if item.op == "UPDATE" else dict(item.new)
        rid = pk["id"] if table == "registrations" else pk["registration_id"]
        office = incoming.get("updated_office", "") if table == "registrations" else self.peer
        operator = incoming.get("updated_by", "") if table == "registrations" else ""
        from_baseline = self.base is not None and self._row(table, pk, self.base) is not None
        if table == "registrations" and (gap or not from_baseline) \
                and incoming.get("updated_office") == here.get("updated_office") \
                and int(incoming.get("row_version") or 0) <= int(here.get("row_version") or 0):
            # only a change whose base we never had can be stale: what the sender sent after its last
            # file to us is always its next version, whatever our row_version says
            self.stale += 1                                 # a version of that office's line already here
            self.outcome[rid] = "stale" if self.outcome.get(rid) != "same" else "same"
            return
        data = [c for c in self.cols[table] if c not in META and c not in self.pk[table]]
        take: dict[str, object] = {}
        prefix = f"heirs.{pk['position']}." if table == "heirs" else ""
        if table == "registrations":
            took_delete = self._deletes(rid, base, here, incoming, take, office, operator)
            if took_delete is None:                         # held: nothing of this row is taken now
                return
            data = [c for c in data if c not in DELETE_COLUMNS]
        conflicted = False
        for col in data:
            b, h, i = (base or {}).get(col), here.get(col), incoming.get(col)
            if h == i:
                continue
            if base is not None and h == b:
                take[col] = i
            elif base is not None and i == b:
                continue                                    # changed only here: ours stays
            else:
                conflicted = True
                self._record("field", rid, fld=prefix + col, base=json.dumps(b), here=json.dumps(h),
                             incoming=json.dumps(i), office=office, operator=operator)
        if table == "registrations" and "deleted_by" in incoming and "deleted_at" in take:
            take["deleted_by"] = incoming["deleted_by"]
        if not take:
            if conflicted:
                self.outcome[rid] = "conflict"
            return
        if table == "registrations":
            every = [c for c in self.cols[table] if c not in META and c != "id"]
            same_as_incoming = not conflicted and not gap and all(
                take.get(c, here.get(c)) == incoming.get(c) for c in every)
            if same_as_incoming:                            # the row is now exactly the sender's version
                for col in ("row_version", "updated_at", "updated_by", "updated_office"):
                    take[col] = incoming.get(col)
            else:                                           # a merge: a new version of this office
                take["row_version"] = max(int(here["row_version"]), int(incoming.get("row_version") or 0)) + 1
                take["updated_office"] = self.me.code
            self.touched[rid] = take.get("updated_office", here.get("updated_office", ""))
        sets = ", ".join(f"{c} = ?" for c in take)
        where = " AND ".join(f"{k} = ?" for k in self.pk[table])
        self.conn.execute(f"UPDATE {table} SET {sets} WHERE {where}", (*take.values(), *pk.values()))
        if self.outcome.get(rid) not in ("new", "deleted"):
            self.outcome[rid] = "deleted" if take.get("deleted_at") else "updated"

    def _deletes(self, rid: str, base: dict | None, here: dict, incoming: dict, take: dict, office: str,
                 operator: str) -> bool | None:
        """Soft delete against edit, both ways. None: the row is held for a person."""
        b_del = (base or {}).get("deleted_at")
        h_del, i_del = here.get("deleted_at"), incoming.get("deleted_at")
        data = [c for c in self.cols["registrations"] if c not in META and c not in DELETE_COLUMNS and c != "id"]
        if base is None or h_del == i_del:
            return False
        edited_here = any(here.get(c) != base.get(c) for c in data)
        edited_there = any(incoming.get(c) != base.get(c) for c in data)
        values = {c: incoming.get(c) for c in DELETE_COLUMNS}
        if i_del and not b_del and not h_del:              # deleted there
            if edited_here:
                self._record("delete_edit", rid, base=json.dumps({c: base.get(c) for c in DELETE_COLUMNS}),
                             here=json.dumps({c: here.get(c) for c in DELETE_COLUMNS}),
                             incoming=json.dumps(values), office=office, operator=operator)
                self.outcome[rid] = "conflict"
                return None
            take.update(values)
            return True
        if h_del and not b_del and not i_del:               # deleted here, edited there
            if edited_there:
                changed = {c: incoming.get(c) for c in data if incoming.get(c) != base.get(c)}
                self._record("edit_delete", rid, base=json.dumps({c: base.get(c) for c in changed}),
                             here=json.dumps({c: here.get(c) for c in changed}),
                             incoming=json.dumps(dict(changed, **values)), office=office, operator=operator)
                self.outcome[rid] = "conflict"
                return None
            return False
        if not i_del and b_del and h_del:                   # restored there
            take.update(values)
            return True
        return False


