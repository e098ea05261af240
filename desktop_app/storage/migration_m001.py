"""The first schema (migration m001): tables, indexes, search triggers and the seeded BPU rates.

Kept apart from ``storage.migrations`` only for size; it is released and never edited."""

from __future__ import annotations

import csv

from sqlite_utils import Database

from desktop_app.domain.dates import now_iso
from desktop_app.paths import resource

INITIAL_SQL = """
CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);

CREATE TABLE office (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    name TEXT NOT NULL,
    government_name TEXT NOT NULL,
    province_code TEXT NOT NULL,
    regency_code TEXT NOT NULL,
    district_code TEXT,
    village_code TEXT,
    address TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    head_name TEXT NOT NULL DEFAULT '',
    head_title TEXT NOT NULL DEFAULT '',
    head_nip TEXT NOT NULL DEFAULT '',
    officer_name TEXT NOT NULL DEFAULT '',
    officer_title TEXT NOT NULL DEFAULT '',
    officer_nip TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE operators (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    role TEXT NOT NULL DEFAULT 'operator' CHECK (role IN ('admin', 'operator')),
    active INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL
);

CREATE TABLE rate_tables (
    version TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    effective_date TEXT NOT NULL,
    legal_basis TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);

CREATE TABLE rate_brackets (
    version TEXT NOT NULL REFERENCES rate_tables(version) ON DELETE CASCADE,
    income_min INTEGER NOT NULL,
    income_max INTEGER NOT NULL,
    income_base INTEGER NOT NULL,
    jkk INTEGER NOT NULL,
    jkm INTEGER NOT NULL,
    jht INTEGER NOT NULL,
    status TEXT NOT NULL,
    PRIMARY KEY (version, income_min)
);

CREATE TABLE discounts (
    code TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    legal_basis TEXT NOT NULL DEFAULT '',
    start_date TEXT NOT NULL,
    end_date TEXT NOT NULL,
    percent INTEGER NOT NULL CHECK (percent BETWEEN 0 AND 100),
    programs TEXT NOT NULL,
    funding_sources TEXT NOT NULL
);

CREATE TABLE schemes (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    funding_source TEXT NOT NULL
        CHECK (funding_source IN ('apbd_kabkota', 'apbd_prov', 'apbdes', 'csr', 'mandiri')),
    payer_name TEXT NOT NULL DEFAULT '',
    wadah_code TEXT NOT NULL DEFAULT '',
    pks_number TEXT NOT NULL DEFAULT '',
    coverage_start TEXT NOT NULL,
    coverage_end TEXT NOT NULL,
    min_age INTEGER NOT NULL DEFAULT 18,
    max_age INTEGER NOT NULL DEFAULT 65,
    programs TEXT NOT NULL DEFAULT 'JKK,JKM',
    rate_version TEXT NOT NULL REFERENCES rate_tables(version),
    income_base INTEGER,
    target_participants INTEGER,
    budget INTEGER,
    is_default INTEGER NOT NULL DEFAULT 0,
    active INTEGER NOT NULL DEFAULT 1,
    extra TEXT NOT NULL DEFAULT '{}',
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    CHECK (coverage_end >= coverage_start)
);

CREATE TABLE registrations (
    id TEXT PRIMARY KEY,
    seq INTEGER NOT NULL UNIQUE,
    nik TEXT NOT NULL CHECK (length(nik) = 16),
    full_name TEXT NOT NULL,
    birth_place TEXT NOT NULL DEFAULT '',
    birth_date TEXT,
    sex TEXT NOT NULL CHECK (sex IN ('L', 'P')),
    mother_name TEXT NOT NULL DEFAULT '',
    kk_number TEXT NOT NULL DEFAULT '',
    marital_status TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    rt TEXT NOT NULL DEFAULT '',
    rw TEXT NOT NULL DEFAULT '',
    village_code TEXT NOT NULL,
    phone TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    occupation TEXT NOT NULL DEFAULT '',
    occupation_other TEXT NOT NULL DEFAULT '',
    income INTEGER,
    programs TEXT NOT NULL,
    scheme_id INTEGER NOT NULL REFERENCES schemes(id),
    coverage_start TEXT NOT NULL,
    coverage_end TEXT NOT NULL,
    legal_basis TEXT NOT NULL,
    consent_date TEXT,
    consent_note TEXT NOT NULL DEFAULT '',
    kpj TEXT NOT NULL DEFAULT '',
    bpjs_status TEXT NOT NULL DEFAULT '',
    bpjs_reason TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT,
    updated_by TEXT NOT NULL DEFAULT '',
    deleted_at TEXT,
    deleted_by TEXT NOT NULL DEFAULT '',
    deleted_reason TEXT NOT NULL DEFAULT '',
    print_count INTEGER NOT NULL DEFAULT 0
);
-- At most one active registration per NIK per scheme (coverage period). It is also
-- the (covering) index for NIK lookups and prefix searches among active records.
CREATE UNIQUE INDEX registrations_active_nik ON registrations(nik, scheme_id) WHERE deleted_at IS NULL;
CREATE INDEX registrations_village_birth ON registrations(village_code, birth_date);
CREATE INDEX registrations_name ON registrations(full_name COLLATE NOCASE);
CREATE INDEX registrations_scheme ON registrations(scheme_id);
CREATE INDEX registrations_kpj ON registrations(kpj);

CREATE VIRTUAL TABLE registrations_fts USING fts5(
    full_name, content='registrations', content_rowid='seq',
    tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER registrations_fts_ai AFTER INSERT ON registrations BEGIN
    INSERT INTO registrations_fts(rowid, full_name) VALUES (new.seq, new.full_name);
END;
CREATE TRIGGER registrations_fts_ad AFTER DELETE ON registrations BEGIN
    INSERT INTO registrations_fts(registrations_fts, rowid, full_name) VALUES ('delete', old.seq, old.full_name);
END;
CREATE TRIGGER registrations_fts_au AFTER UPDATE OF full_name ON registrations BEGIN
    INSERT INTO registrations_fts(registrations_fts, rowid, full_name) VALUES ('delete', old.seq, old.full_name);
    INSERT INTO registrations_fts(rowid, full_name) VALUES (new.seq, new.full_name);
END;

CREATE TABLE heirs (
    id INTEGER PRIMARY KEY,
    registration_id TEXT NOT NULL REFERENCES registrations(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    relationship TEXT NOT NULL,
    nik TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT ''
);
CREATE INDEX heirs_registration ON heirs(registration_id, position);

CREATE TABLE batches (
    id INTEGER PRIMARY KEY,
    scheme_id INTEGER NOT NULL REFERENCES schemes(id),
    title TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'draft'
        CHECK (status IN ('draft', 'locked', 'submitted', 'answered')),
    kind TEXT NOT NULL DEFAULT 'regular' CHECK (kind IN ('regular', 'correction', 'import')),
    parent_batch_id INTEGER REFERENCES batches(id),
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    locked_at TEXT,
    locked_by TEXT NOT NULL DEFAULT '',
    file_name TEXT NOT NULL DEFAULT '',
    file_sha256 TEXT NOT NULL DEFAULT '',
    submitted_at TEXT,
    answered_at TEXT,
    note TEXT NOT NULL DEFAULT ''
);

CREATE TABLE batch_items (
    batch_id INTEGER NOT NULL REFERENCES batches(id) ON DELETE CASCADE,
    registration_id TEXT NOT NULL REFERENCES registrations(id),
    result TEXT NOT NULL DEFAULT '' CHECK (result IN ('', 'diterima', 'ditolak')),
    result_reason TEXT NOT NULL DEFAULT '',
    added_at TEXT NOT NULL,
    PRIMARY KEY (batch_id, registration_id)
) WITHOUT ROWID;
CREATE INDEX batch_items_registration ON batch_items(registration_id);

CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    operator TEXT NOT NULL,
    action TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL DEFAULT '',
    old TEXT,
    new TEXT,
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_entity ON audit_log(entity, entity_id);
"""



def seed_rates(db: Database) -> None:
    folder = resource("rates")
    with open(folder / "tables.csv", encoding="utf-8", newline="") as f:
        tables = list(csv.DictReader(f))
    for table in tables:
        db.execute("INSERT INTO rate_tables VALUES (?, ?, ?, ?, ?)",
                   [table["version"], table["title"], table["effective_date"], table["legal_basis"], now_iso()])
        with open(folder / table["brackets_file"], encoding="utf-8", newline="") as f:
            for b in csv.DictReader(f):
                db.execute("INSERT INTO rate_brackets VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                           [table["version"], int(b["penghasilan_min"]), int(b["penghasilan_max"]),
                            int(b["dasar_penghasilan"]), int(b["jkk"]), int(b["jkm"]), int(b["jht"]),
                            b["status"]])
    with open(folder / "discounts.csv", encoding="utf-8", newline="") as f:
        for d in csv.DictReader(f):
            db.execute("INSERT INTO discounts VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                       [d["code"], d["title"], d["legal_basis"], d["start"], d["end"], int(d["percent"]),
                        d["programs"], d["funding_sources"]])
