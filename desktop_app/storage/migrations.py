"""Schema history. Numbered migrations, applied at open; never edit one once released.

Add a change as a new function ``mNNN_what`` at the end of this file.
"""

from __future__ import annotations

import csv

from sqlite_utils import Database, Migrations

from desktop_app.domain.adhoc import parse_percent
from desktop_app.domain.dates import now_iso
from desktop_app.domain.office_keys import new_private_key, public_key_of
from desktop_app.paths import resource
from desktop_app.storage.migration_m001 import INITIAL_SQL, seed_rates

migrations = Migrations("lindungi")
_M001 = INITIAL_SQL          # the first schema, in storage/migration_m001.py

@migrations()
def m001_initial(db: Database) -> None:
    db.executescript(_M001)  # inside the migration's transaction: no implicit COMMIT
    seed_rates(db)


_M002 = """
-- A registration sits in at most one open batch. "Open" membership: the batch is
-- draft, locked or submitted and BPJS has not answered for this person yet.
CREATE TRIGGER batch_items_one_open_batch BEFORE INSERT ON batch_items
WHEN (SELECT status FROM batches WHERE id = NEW.batch_id) IN ('draft', 'locked', 'submitted')
 AND EXISTS (SELECT 1 FROM batch_items bi JOIN batches b ON b.id = bi.batch_id
             WHERE bi.registration_id = NEW.registration_id AND bi.batch_id != NEW.batch_id
               AND bi.result = '' AND b.status IN ('draft', 'locked', 'submitted'))
BEGIN
    SELECT RAISE(ABORT, 'registration already in an open batch');
END;
-- Only a draft batch changes its members.
CREATE TRIGGER batch_items_insert_draft_only BEFORE INSERT ON batch_items
WHEN (SELECT status FROM batches WHERE id = NEW.batch_id) != 'draft'
BEGIN
    SELECT RAISE(ABORT, 'batch is not a draft');
END;
CREATE TRIGGER batch_items_delete_draft_only BEFORE DELETE ON batch_items
WHEN (SELECT status FROM batches WHERE id = OLD.batch_id) NOT IN ('draft')
BEGIN
    SELECT RAISE(ABORT, 'batch is not a draft');
END;
-- Status only moves forward: draft → locked → submitted → answered.
CREATE TRIGGER batches_status_forward BEFORE UPDATE OF status ON batches
WHEN (CASE NEW.status WHEN 'draft' THEN 0 WHEN 'locked' THEN 1 WHEN 'submitted' THEN 2 ELSE 3 END)
   < (CASE OLD.status WHEN 'draft' THEN 0 WHEN 'locked' THEN 1 WHEN 'submitted' THEN 2 ELSE 3 END)
BEGIN
    SELECT RAISE(ABORT, 'batch status cannot go back');
END;
ALTER TABLE batches ADD COLUMN row_count INTEGER;
ALTER TABLE batches ADD COLUMN source_file TEXT NOT NULL DEFAULT '';
ALTER TABLE batches ADD COLUMN source_sha256 TEXT NOT NULL DEFAULT '';
ALTER TABLE batch_items ADD COLUMN result_kpj TEXT NOT NULL DEFAULT '';
ALTER TABLE batch_items ADD COLUMN result_at TEXT;
CREATE INDEX batches_status ON batches(status);
CREATE INDEX batches_source_sha256 ON batches(source_sha256);
"""


@migrations()
def m002_batch_lifecycle(db: Database) -> None:
    """Batch lifecycle rules in the database: one open batch per person, frozen
    members once exported, forward-only status; where imports and answers came from."""
    db.executescript(_M002)


_M003 = """
DROP TRIGGER IF EXISTS registrations_fts_ai;
DROP TRIGGER IF EXISTS registrations_fts_ad;
DROP TRIGGER IF EXISTS registrations_fts_au;
CREATE TRIGGER registrations_fts_ai AFTER INSERT ON registrations WHEN new.deleted_at IS NULL BEGIN
    INSERT INTO registrations_fts(rowid, full_name) VALUES (new.seq, new.full_name);
END;
CREATE TRIGGER registrations_fts_ad AFTER DELETE ON registrations WHEN old.deleted_at IS NULL BEGIN
    INSERT INTO registrations_fts(registrations_fts, rowid, full_name) VALUES ('delete', old.seq, old.full_name);
END;
CREATE TRIGGER registrations_fts_au AFTER UPDATE OF full_name, deleted_at ON registrations BEGIN
    INSERT INTO registrations_fts(registrations_fts, rowid, full_name)
        SELECT 'delete', old.seq, old.full_name WHERE old.deleted_at IS NULL;
    INSERT INTO registrations_fts(rowid, full_name) SELECT new.seq, new.full_name WHERE new.deleted_at IS NULL;
END;
INSERT INTO registrations_fts(registrations_fts) VALUES ('delete-all');
INSERT INTO registrations_fts(rowid, full_name) SELECT seq, full_name FROM registrations WHERE deleted_at IS NULL;
"""


@migrations()
def m003_search_active_only(db: Database) -> None:
    """The name index holds active registrations only, so counting a common word at
    1M rows needs no table look-ups. Never run FTS5 'rebuild' on it: that would
    re-add the deleted ones (searching deleted records uses LIKE instead)."""
    db.executescript(_M003)


_M004 = """
ALTER TABLE batches ADD COLUMN sent_on TEXT;
ALTER TABLE batches ADD COLUMN cover_letter_no TEXT NOT NULL DEFAULT '';
ALTER TABLE batches ADD COLUMN recipient TEXT NOT NULL DEFAULT '';
"""


@migrations()
def m004_batch_sent_details(db: Database) -> None:
    """What "Tandai terkirim" records: the day the batch was sent (ISO date), the number of
    the cover letter (nomor surat pengantar) and who received it (Dinas/BPJS office)."""
    db.executescript(_M004)


@migrations()
def m005_renewal_batches(db: Database) -> None:
    """A renewal batch carries the participants of a scheme that ends into the next one; it
    names the scheme it renews (its kind stays 'regular': m001's CHECK lists the kinds)."""
    db.execute("ALTER TABLE batches ADD COLUMN renewal_of INTEGER REFERENCES schemes(id)")


_M006 = """
ALTER TABLE rate_tables ADD COLUMN kind TEXT NOT NULL DEFAULT 'bpu' CHECK (kind IN ('bpu', 'wage'));
CREATE TABLE wage_rates (
    version TEXT NOT NULL REFERENCES rate_tables(version) ON DELETE CASCADE,
    program TEXT NOT NULL CHECK (program IN ('JKK', 'JKM')),
    risk_class INTEGER NOT NULL CHECK (risk_class BETWEEN 0 AND 5),
    basis_points INTEGER NOT NULL CHECK (basis_points >= 0),
    note TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL,
    PRIMARY KEY (version, program, risk_class)
);
ALTER TABLE schemes ADD COLUMN kind TEXT NOT NULL DEFAULT 'bpu' CHECK (kind IN ('bpu', 'adhoc'));
ALTER TABLE schemes ADD COLUMN agency TEXT NOT NULL DEFAULT '';
ALTER TABLE schemes ADD COLUMN task_start TEXT;
ALTER TABLE schemes ADD COLUMN task_end TEXT;
ALTER TABLE schemes ADD COLUMN honorarium INTEGER CHECK (honorarium IS NULL OR honorarium >= 0);
ALTER TABLE schemes ADD COLUMN risk_class INTEGER CHECK (risk_class IS NULL OR risk_class BETWEEN 1 AND 5);
ALTER TABLE registrations ADD COLUMN post TEXT NOT NULL DEFAULT '';
ALTER TABLE registrations ADD COLUMN honorarium INTEGER CHECK (honorarium IS NULL OR honorarium >= 0);
"""


def _seed_wage_rates(db: Database) -> None:
    folder = resource("rates")
    with open(folder / "pu_tables.csv", encoding="utf-8", newline="") as f:
        tables = list(csv.DictReader(f))
    for table in tables:
        db.execute("INSERT INTO rate_tables (version, title, effective_date, legal_basis, created_at, kind) "
                   "VALUES (?, ?, ?, ?, ?, 'wage')",
                   [table["version"], table["title"], table["effective_date"], table["legal_basis"], now_iso()])
        with open(folder / table["shares_file"], encoding="utf-8", newline="") as f:
            for r in csv.DictReader(f):
                db.execute("INSERT INTO wage_rates VALUES (?, ?, ?, ?, ?, ?)",
                           [table["version"], r["program"], int(r["kelas_risiko"]), parse_percent(r["persen_upah"]),
                            r["keterangan"], r["status"]])


@migrations()
def m006_adhoc_schemes(db: Database) -> None:
    """Schemes for ad-hoc task officers (Pilkada PPK/PPS/KPPS through an agency): the scheme's kind,
    agency, task days, default honorarium and JKK risk class; a registration's post and honorarium;
    the wage-earner contribution shares (JKK by risk class, JKM) as a versioned table."""
    db.executescript(_M006)
    _seed_wage_rates(db)


@migrations()
def m007_drafts_in_the_database(db: Database) -> None:
    """The form's unsaved input (the crash draft) lives in the encrypted database, no longer in a
    JSON file that held the full NIK in plaintext: one row per database (``id`` is always 1)."""
    db.execute("CREATE TABLE drafts (id INTEGER PRIMARY KEY CHECK (id = 1), saved_at TEXT NOT NULL, "
               "editing_id TEXT NOT NULL DEFAULT '', fields TEXT NOT NULL)")


_M008 = """
CREATE TABLE operators_m008 (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    role TEXT NOT NULL DEFAULT 'operator' CHECK (role IN ('operator', 'supervisor', 'admin')),
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL DEFAULT '',
    updated_at TEXT,
    updated_by TEXT NOT NULL DEFAULT ''
);
INSERT INTO operators_m008 (id, name, role, active, created_at)
    SELECT id, name, role, active, created_at FROM operators;
DROP TABLE operators;
ALTER TABLE operators_m008 RENAME TO operators;
"""


@migrations()
def m008_operator_roles(db: Database) -> None:
    """Operators get the supervisor role, and who added or last changed an account and when
    (role, active flag, password). Existing 'admin'/'operator' rows keep their role. Registrations
    already record created_at/created_by and updated_at/updated_by ("terakhir diubah oleh … pada …")."""
    db.executescript(_M008)


_M009 = """
ALTER TABLE audit_log ADD COLUMN body_sha TEXT NOT NULL DEFAULT '';
ALTER TABLE audit_log ADD COLUMN hash TEXT NOT NULL DEFAULT '';
ALTER TABLE audit_log ADD COLUMN redacted INTEGER NOT NULL DEFAULT 0;
CREATE INDEX audit_at ON audit_log(at);
CREATE INDEX audit_operator ON audit_log(operator, at);
CREATE INDEX audit_action ON audit_log(action, at);
CREATE TABLE purges (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    operator TEXT NOT NULL,
    scheme_id INTEGER NOT NULL REFERENCES schemes(id),
    people INTEGER NOT NULL,
    years INTEGER NOT NULL
);
CREATE INDEX purges_scheme ON purges(scheme_id);
"""

_M009_GUARDS = """
CREATE TRIGGER audit_log_append_only BEFORE UPDATE ON audit_log
WHEN NOT (NEW.redacted = 1 AND NEW.old IS NULL AND NEW.new IS NULL AND NEW.id = OLD.id AND NEW.at = OLD.at
          AND NEW.operator = OLD.operator AND NEW.action = OLD.action AND NEW.entity = OLD.entity
          AND NEW.entity_id = OLD.entity_id AND NEW.note = OLD.note AND NEW.body_sha = OLD.body_sha
          AND NEW.hash = OLD.hash)
BEGIN
    SELECT RAISE(ABORT, 'audit log rows cannot be changed');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit log rows cannot be deleted');
END;
"""


@migrations()
def m009_audit_chain(db: Database) -> None:
    """The processing log becomes tamper-evident: every row gets the digest of its old/new texts and a
    hash over its content and the previous row's hash (existing rows are chained here, in id order);
    rows can no longer be changed or deleted except for a retention purge emptying their content
    (``redacted``). Indexes for the reader's filters; ``purges`` records each retention purge of a
    scheme (see ``storage.audit_chain`` and ``services.retention``)."""
    from desktop_app.storage.audit_chain import chain_existing

    db.executescript(_M009)
    chain_existing(db)
    db.executescript(_M009_GUARDS)


_M010 = """
CREATE TABLE slip_signing_key (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    algorithm TEXT NOT NULL DEFAULT 'ed25519' CHECK (algorithm = 'ed25519'),
    private_key BLOB NOT NULL CHECK (length(private_key) = 32),
    public_key BLOB NOT NULL CHECK (length(public_key) = 32),
    created_at TEXT NOT NULL
);

CREATE TABLE trusted_office_keys (
    id INTEGER PRIMARY KEY,
    office_name TEXT NOT NULL,
    office_code TEXT NOT NULL,
    public_key BLOB NOT NULL UNIQUE CHECK (length(public_key) = 32),
    fingerprint TEXT NOT NULL UNIQUE,
    imported_by TEXT NOT NULL,
    imported_at TEXT NOT NULL
);
"""


@migrations()
def m010_office_signing_keys(db: Database) -> None:
    """Slips are signed with the office's own Ed25519 key, made here (at set-up for a new
    database, at upgrade for an old one) and kept only inside the database; the public keys
    of the kabupaten's other offices that this office trusts, with who imported each and when.
    The old HMAC key (setting ``print.slip_signing_key``) stays, so old slips still check."""
    db.executescript(_M010)
    private = new_private_key()
    db.execute("INSERT INTO slip_signing_key (id, private_key, public_key, created_at) VALUES (1, ?, ?, ?)",
               [private, public_key_of(private), now_iso()])


_M011 = """
ALTER TABLE office ADD COLUMN office_code TEXT NOT NULL DEFAULT '';
ALTER TABLE office ADD COLUMN office_number INTEGER CHECK (office_number IS NULL OR office_number BETWEEN 1 AND 999);
ALTER TABLE office ADD COLUMN office_level TEXT NOT NULL DEFAULT ''
    CHECK (office_level IN ('', 'desa', 'kecamatan', 'kabupaten'));
UPDATE office SET office_level = CASE WHEN coalesce(village_code, '') != '' THEN 'desa'
                                      WHEN coalesce(district_code, '') != '' THEN 'kecamatan'
                                      ELSE 'kabupaten' END;
ALTER TABLE registrations ADD COLUMN origin_office TEXT NOT NULL DEFAULT '';
ALTER TABLE registrations ADD COLUMN updated_office TEXT NOT NULL DEFAULT '';
ALTER TABLE registrations ADD COLUMN legacy_seq INTEGER;
UPDATE registrations SET legacy_seq = seq;
CREATE INDEX registrations_legacy_seq ON registrations(legacy_seq) WHERE legacy_seq IS NOT NULL;
CREATE INDEX registrations_origin ON registrations(origin_office);
DROP TRIGGER registrations_fts_au;
CREATE TRIGGER registrations_fts_au AFTER UPDATE OF full_name, deleted_at, seq ON registrations BEGIN
    INSERT INTO registrations_fts(registrations_fts, rowid, full_name)
        SELECT 'delete', old.seq, old.full_name WHERE old.deleted_at IS NULL;
    INSERT INTO registrations_fts(rowid, full_name) SELECT new.seq, new.full_name WHERE new.deleted_at IS NULL;
END;
"""


_M013 = """
-- The supervisor's report (storage/report_queries.py) reads every active registration. These
-- covering indexes hold only the columns it reads, each in the order one of its queries groups
-- by, so the report neither reads the whole rows nor sorts 100,000 of them (issue 11: < 1 s at
-- 100k): the money per scheme, desa, BPJS answer, kind of cover and office of origin; the people per sex,
-- occupation and BPJS answer (with birth date and entry date for the age groups and months).
CREATE INDEX registrations_report ON registrations(
    scheme_id, village_code, bpjs_status, programs, coverage_start, coverage_end, income, honorarium, origin_office,
    id)
    WHERE deleted_at IS NULL;
CREATE INDEX registrations_report_people ON registrations(
    sex, occupation, bpjs_status, birth_date, scheme_id, coverage_start, coverage_end, created_at)
    WHERE deleted_at IS NULL;
"""


@migrations()
def m011_office_identity(db: Database) -> None:
    """The office's identity in the kabupaten (``domain.office_identity``): the code and number the Dinas
    assigns (empty/NULL until set) and its level; each registration's origin and last-updating office
    (filled by storage from the office row; the exchange writes the sender's values) and the legacy
    number it was printed with (``domain.regnumber``): every existing row keeps ``legacy_seq = seq``, so
    ``000123-4`` stays findable after the office's first number moves its rows into its block. The name
    index follows a change of ``seq`` (that move, and rows received from other offices)."""
    db.executescript(_M011)


# m012: what the exchange between offices needs (storage/sync_engine.py, docs/sync.md).
SYNC_LOGGED_FIELDS = (
    "nik", "full_name", "birth_place", "birth_date", "sex", "mother_name", "kk_number", "marital_status",
    "address", "rt", "rw", "village_code", "phone", "email", "occupation", "occupation_other", "income",
    "programs", "scheme_id", "coverage_start", "coverage_end", "legal_basis", "consent_date", "consent_note",
    "kpj", "bpjs_status", "bpjs_reason", "note", "deleted_at", "deleted_reason", "post", "honorarium",
)

_M012 = """
ALTER TABLE registrations ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;

CREATE TABLE heirs_m012 (
    registration_id TEXT NOT NULL REFERENCES registrations(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    relationship TEXT NOT NULL,
    nik TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (registration_id, position)
);
INSERT INTO heirs_m012 (registration_id, position, name, relationship, nik, phone)
    SELECT registration_id, row_number() OVER (PARTITION BY registration_id ORDER BY position, id) - 1,
           name, relationship, nik, phone FROM heirs;
DROP TABLE heirs;
ALTER TABLE heirs_m012 RENAME TO heirs;

CREATE TABLE sync_changes (
    office TEXT NOT NULL,
    local_id INTEGER NOT NULL,
    registration_id TEXT NOT NULL,
    field TEXT NOT NULL,
    operator TEXT NOT NULL DEFAULT '',
    at TEXT NOT NULL,
    PRIMARY KEY (office, local_id)
);
CREATE INDEX sync_changes_registration ON sync_changes(registration_id);
CREATE TRIGGER sync_changes_append_only BEFORE UPDATE ON sync_changes
BEGIN
    SELECT RAISE(ABORT, 'change log rows cannot be changed');
END;

CREATE TABLE sync_key (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    key BLOB NOT NULL CHECK (length(key) = 32),
    fingerprint TEXT NOT NULL,
    origin TEXT NOT NULL CHECK (origin IN ('created', 'imported')),
    at TEXT NOT NULL,
    by TEXT NOT NULL DEFAULT ''
);

CREATE TABLE sync_peers (
    code TEXT PRIMARY KEY,
    name TEXT NOT NULL DEFAULT '',
    number INTEGER,
    level TEXT NOT NULL DEFAULT '',
    area_code TEXT NOT NULL DEFAULT '',
    direction TEXT NOT NULL DEFAULT '' CHECK (direction IN ('', 'up', 'down')),
    sent_seq INTEGER NOT NULL DEFAULT 0,
    received_seq INTEGER NOT NULL DEFAULT 0,
    last_sent_at TEXT,
    last_received_at TEXT,
    added_at TEXT NOT NULL,
    added_by TEXT NOT NULL DEFAULT ''
);

CREATE TABLE sync_ledger (
    file_id TEXT NOT NULL,
    direction TEXT NOT NULL CHECK (direction IN ('sent', 'received')),
    peer TEXT NOT NULL,
    seq INTEGER NOT NULL,
    full INTEGER NOT NULL DEFAULT 0,
    file_name TEXT NOT NULL DEFAULT '',
    sha256 TEXT NOT NULL,
    new INTEGER NOT NULL DEFAULT 0,
    updated INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0,
    conflicts INTEGER NOT NULL DEFAULT 0,
    operator TEXT NOT NULL DEFAULT '',
    at TEXT NOT NULL,
    PRIMARY KEY (file_id, direction)
);
CREATE INDEX sync_ledger_peer ON sync_ledger(peer, direction, seq);

CREATE TABLE sync_conflicts (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('field', 'same_nik', 'delete_edit', 'edit_delete')),
    registration_id TEXT NOT NULL,
    other_id TEXT NOT NULL DEFAULT '',
    field TEXT NOT NULL DEFAULT '',
    base TEXT,
    here TEXT,
    incoming TEXT,
    peer TEXT NOT NULL,
    from_office TEXT NOT NULL DEFAULT '',
    from_operator TEXT NOT NULL DEFAULT '',
    file_id TEXT NOT NULL DEFAULT '',
    at TEXT NOT NULL,
    decision TEXT NOT NULL DEFAULT '',
    resolved_at TEXT,
    resolved_by TEXT NOT NULL DEFAULT ''
);
CREATE INDEX sync_conflicts_open ON sync_conflicts(resolved_at, registration_id);

CREATE TABLE sync_held (
    registration_id TEXT PRIMARY KEY,
    peer TEXT NOT NULL,
    row TEXT NOT NULL,
    heirs TEXT NOT NULL DEFAULT '[]',
    held_at TEXT NOT NULL
);
"""


def _m012_triggers() -> str:
    fields = ", ".join(SYNC_LOGGED_FIELDS + ("updated_at",))
    office = "coalesce((SELECT office_code FROM office WHERE id = 1), '')"
    next_id = f"(SELECT coalesce(max(local_id), 0) + 1 FROM sync_changes WHERE office = {office})"
    now = "strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')"
    logs = "\n".join(
        f"    INSERT INTO sync_changes (office, local_id, registration_id, field, operator, at) "
        f"SELECT {office}, {next_id}, NEW.id, '{name}', "
        f"{'NEW.deleted_by' if name == 'deleted_at' else 'NEW.updated_by'}, coalesce(NEW.updated_at, {now}) "
        f"WHERE OLD.{name} IS NOT NEW.{name};"
        for name in SYNC_LOGGED_FIELDS)
    return f"""
CREATE TRIGGER registrations_row_version AFTER UPDATE OF {fields} ON registrations
WHEN NEW.row_version = OLD.row_version
BEGIN
    UPDATE registrations SET row_version = OLD.row_version + 1 WHERE id = NEW.id;
END;
CREATE TRIGGER registrations_change_log_insert AFTER INSERT ON registrations
WHEN NEW.origin_office IN ('', {office})
BEGIN
    INSERT INTO sync_changes (office, local_id, registration_id, field, operator, at)
    SELECT {office}, {next_id}, NEW.id, '', NEW.created_by, NEW.created_at;
END;
CREATE TRIGGER registrations_change_log_update AFTER UPDATE OF {fields} ON registrations
WHEN NEW.row_version = OLD.row_version
BEGIN
{logs}
END;
"""


@migrations()
def m012_exchange(db: Database) -> None:
    """The exchange between offices (issue 15): ``row_version`` bumped by a trigger on every local edit
    (an update that sets it itself — the exchange applying another office's row — is left alone); heirs
    keyed by (registration, position), no local integer id; ``sync_changes``, the append-only change log
    keyed by (office code, local id): which field of whom was changed by which operator where and when,
    travelling with the rows; and the local-only tables: the kabupaten sync key, the peers, the ledger of
    files sent and received, the conflicts waiting for a person and incoming rows held for one."""
    db.executescript(_M012 + _m012_triggers())


@migrations()
def m013_report_indexes(db: Database) -> None:
    """Two covering indexes for the supervisor's report (nothing else changes; see ``_M013``)."""
    db.executescript(_M013)
