"""``lindungi sync``: exchange with the other offices of the kabupaten by file (docs/sync.md).

``sync export --to OFFICE --out FILE_OR_DIR [--full]`` writes the change file for that office;
``sync import FILE`` receives one; ``sync peers`` / ``sync add-peer``; ``sync conflicts`` and
``sync resolve ID CHOICE``; ``sync ledger``; ``sync key create|export|import`` for the kabupaten
exchange key (its passphrase: ``--passphrase-file``, ``LINDUNGI_SYNC_PASSPHRASE`` or a prompt).
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from dataclasses import asdict
from pathlib import Path

from desktop_app.cli.common import EXIT_NEGATIVE, EXIT_OK, add_db_option, add_json_option, open_context, print_json
from desktop_app.errors import UserError
from desktop_app.i18n import fill, translate


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("sync", help=translate("CliSync", "tukar data dengan kantor lain lewat berkas .lsync"),
                       description=translate("CliSync", "Kirim perubahan ke kantor lain di kabupaten, terima berkas "
                                                        "mereka, dan putuskan konflik. Berkas terenkripsi dengan "
                                                        "kunci tukar kabupaten."))
    s = p.add_subparsers(dest="sync_command", metavar="TINDAKAN", required=True)

    q = s.add_parser("export", help=translate("CliSync", "tulis berkas perubahan untuk satu kantor"))
    add_db_option(q)
    add_json_option(q)
    q.add_argument("--to", required=True, metavar=translate("CliSync", "KANTOR"),
                   help=translate("CliSync", "kode kantor tujuan"))
    q.add_argument("--out", type=Path, required=True, metavar=translate("CliSync", "BERKAS_ATAU_FOLDER"),
                   help=translate("CliSync", "berkas .lsync, atau folder (nama berkas dipilih otomatis)"))
    q.add_argument("--full", action="store_true",
                   help=translate("CliSync", "kirim ulang semua (sesudah berkas hilang)"))
    q.set_defaults(handler=cmd_export)

    q = s.add_parser("import", help=translate("CliSync", "terima berkas perubahan dari kantor lain"))
    add_db_option(q)
    add_json_option(q)
    q.add_argument("file", type=Path, metavar="FILE.lsync", help=translate("CliSync", "berkas yang diterima"))
    q.set_defaults(handler=cmd_import)

    q = s.add_parser("peers", help=translate("CliSync", "kantor mitra tukar dan nomor berkas terakhir"))
    add_db_option(q)
    add_json_option(q)
    q.set_defaults(handler=cmd_peers)

    q = s.add_parser("add-peer", help=translate("CliSync", "tambahkan kantor mitra tukar"))
    add_db_option(q)
    q.add_argument("code", metavar=translate("CliSync", "KODE"),
                   help=translate("CliSync", "kode kantor, mis. PPU-WARU"))
    q.add_argument("--name", default="", help=translate("CliSync", "nama kantor"))
    q.add_argument("--number", type=int, default=None, help=translate("CliSync", "nomor kantor dari Dinas"))
    q.add_argument("--direction", choices=("up", "down"), default="",
                   help=translate("CliSync", "up: kantor di atas (kirim semua); down: kantor di bawah (hanya "
                                             "pesertanya)"))
    q.add_argument("--level", choices=("desa", "kecamatan", "kabupaten"), default="",
                   help=translate("CliSync", "tingkat kantor"))
    q.add_argument("--area", default="", help=translate("CliSync", "kode wilayah kantor itu (mis. 64.09.02)"))
    q.set_defaults(handler=cmd_add_peer)

    q = s.add_parser("conflicts", help=translate("CliSync", "konflik yang menunggu keputusan"))
    add_db_option(q)
    add_json_option(q)
    q.add_argument("--all", action="store_true", help=translate("CliSync", "termasuk yang sudah diputuskan"))
    q.set_defaults(handler=cmd_conflicts)

    q = s.add_parser("resolve", help=translate("CliSync", "putuskan satu konflik (supervisor)"))
    add_db_option(q)
    q.add_argument("id", type=int, metavar="ID",
                   help=translate("CliSync", "nomor konflik, seperti pada sync conflicts"))
    q.add_argument("choice", choices=("here", "incoming", "same_person", "not_same_person"),
                   help=translate("CliSync", "here: nilai kantor ini; incoming: nilai kiriman; same_person / "
                                             "not_same_person untuk NIK yang sama"))
    q.add_argument("--take", action="append", default=[], metavar=translate("CliSync", "KOLOM"),
                   help=translate("CliSync", "same_person: kolom yang diambil dari kiriman (boleh berulang)"))
    q.set_defaults(handler=cmd_resolve)

    q = s.add_parser("ledger", help=translate("CliSync", "berkas yang sudah dikirim dan diterima"))
    add_db_option(q)
    add_json_option(q)
    q.add_argument("--limit", type=int, default=50)
    q.set_defaults(handler=cmd_ledger)

    q = s.add_parser("key", help=translate("CliSync", "kunci tukar kabupaten (admin)"))
    k = q.add_subparsers(dest="key_command", metavar="TINDAKAN", required=True)
    r = k.add_parser("create", help=translate("CliSync", "buat kunci tukar (sekali, di kantor kabupaten)"))
    add_db_option(r)
    r.set_defaults(handler=cmd_key_create)
    for name, helptext, handler in (("export", translate("CliSync", "tulis kunci tukar berfrasa sandi untuk kantor "
                                                                    "lain"), cmd_key_export),
                                    ("import", translate("CliSync", "pasang kunci tukar dari kantor kabupaten"),
                                     cmd_key_import)):
        r = k.add_parser(name, help=helptext)
        add_db_option(r)
        r.add_argument("file", type=Path, metavar="FILE.kuncitukar", help=translate("CliSync", "berkas kunci tukar"))
        r.add_argument("--passphrase-file", type=Path, default=None, metavar=translate("CliSync", "BERKAS"),
                       help=translate("CliSync", "baris pertama berkas ini adalah frasa sandinya"))
        r.set_defaults(handler=handler)


def _service(ctx):
    from desktop_app.services.sync import SyncService

    return SyncService(ctx)


def cmd_export(args: argparse.Namespace) -> int:
    with open_context(args, auto_backup=False) as ctx:
        result = _service(ctx).export_to(args.to, args.out, full=args.full)
    if args.json:
        print_json(asdict(result))
        return EXIT_OK
    print(fill(translate("CliSync", "Berkas ke-{seq} untuk {peer} ditulis: {path} ({size} byte).\nBaru {new}, diubah "
                                    "{updated}, dihapus {deleted}."), seq=result.seq, peer=result.peer_code,
               path=result.path, size=result.size_bytes, new=result.new, updated=result.updated,
               deleted=result.deleted))
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    with open_context(args) as ctx:
        result = _service(ctx).import_file(args.file)
    if args.json:
        print_json(asdict(result))
        return EXIT_OK
    if result.already_applied:
        print(fill(translate("CliSync", "Berkas ke-{seq} dari {office} sudah pernah diterima: tidak ada yang berubah."),
                   seq=result.seq, office=result.from_code))
    else:
        print(fill(translate("CliSync", "Berkas ke-{seq} dari {office} diterima.\nBaru {new}, diubah {updated}, "
                                        "dihapus {deleted}, konflik {conflicts}."),
                   seq=result.seq, office=result.from_code, new=result.new,
                   updated=result.updated, deleted=result.deleted, conflicts=result.conflicts))
        if result.conflicts:
            print(translate("CliSync", "Konflik menunggu keputusan: lindungi sync conflicts"))
    if result.missing_before:
        print(fill(translate("CliSync", "Berkas dari {office} yang belum diterima: nomor {numbers}. Minta berkas "
                                        "itu, atau minta {office} mengirim ulang semua (sync export --full)."),
                   office=result.from_code,
                   numbers=", ".join(str(n) for n in result.missing_before)))
    return EXIT_OK


def cmd_peers(args: argparse.Namespace) -> int:
    with open_context(args, auto_backup=False) as ctx:
        peers = _service(ctx).peers()
    if args.json:
        print_json([asdict(p) for p in peers])
        return EXIT_OK
    if not peers:
        print(translate("CliSync", "Belum ada kantor mitra tukar."))
    for p in peers:
        print(fill(translate("CliSync", "{code}  {name}  ({level} {direction})  terkirim {sent}, diterima {received}"),
                   code=p.code,
                   name=p.name or "-", level=p.level or "?", direction=p.direction or "-", sent=p.sent_seq,
                   received=p.received_seq))
    return EXIT_OK


def cmd_add_peer(args: argparse.Namespace) -> int:
    with open_context(args, auto_backup=False) as ctx:
        peer = _service(ctx).add_peer(args.code, args.name, args.number, args.direction, level=args.level,
                                      area_code=args.area)
    print(fill(translate("CliSync", "Kantor mitra {code} disimpan."), code=peer.code))
    return EXIT_OK


def cmd_conflicts(args: argparse.Namespace) -> int:
    with open_context(args, auto_backup=False) as ctx:
        conflicts = _service(ctx).conflicts(open_only=not args.all)
    if args.json:
        print_json([asdict(c) for c in conflicts])
        return EXIT_OK
    if not conflicts:
        print(translate("CliSync", "Tidak ada konflik yang menunggu."))
    for c in conflicts:
        print(fill(translate("CliSync", "#{id} {kind}  {name} (NIK {nik})  {label}\n    asal: {base}\n    di sini: "
                                        "{here}\n    kiriman {office} ({operator}): {incoming}"),
                   id=c.id, kind=c.kind, name=c.name,
                   nik=c.nik_masked, label=c.field_label, base=_show(c.base), here=_show(c.here),
                   incoming=_show(c.incoming), office=c.from_office, operator=c.from_operator or "-"))
    return EXIT_OK


def _show(value: object) -> str:
    return "-" if value in (None, "") else str(value)


def cmd_resolve(args: argparse.Namespace) -> int:
    with open_context(args, auto_backup=False) as ctx:
        fields = {name: "incoming" for name in args.take}
        _service(ctx).resolve(args.id, args.choice, fields=fields or None)
    print(fill(translate("CliSync", "Konflik #{id} diputuskan: {choice}. Keputusan ini ikut terkirim pada berkas "
                                    "berikutnya."),
               id=args.id, choice=args.choice))
    return EXIT_OK


def cmd_ledger(args: argparse.Namespace) -> int:
    with open_context(args, auto_backup=False) as ctx:
        entries = _service(ctx).ledger(args.limit)
    if args.json:
        print_json([asdict(e) for e in entries])
        return EXIT_OK
    for e in entries:
        print(f"{e.at}  {e.direction:8}  {e.peer:12} #{e.seq}{' (full)' if e.full else ''}  {e.file_name}  "
              f"+{e.new} ~{e.updated} -{e.deleted} !{e.conflicts}  {e.operator}")
    return EXIT_OK


def cmd_key_create(args: argparse.Namespace) -> int:
    with open_context(args, auto_backup=False) as ctx:
        service = _service(ctx)
        service.create_sync_key()
        print(fill(translate("CliSync", "Kunci tukar kabupaten dibuat (sidik jari {fingerprint}). Ekspor untuk "
                                        "setiap kantor: lindungi sync key export FILE"),
                   fingerprint=service.sync_key_fingerprint()))
    return EXIT_OK


def _passphrase(args: argparse.Namespace, *, twice: bool) -> str:
    if args.passphrase_file:
        try:
            return args.passphrase_file.read_text(encoding="utf-8").splitlines()[0]
        except (OSError, IndexError, UnicodeDecodeError) as exc:
            raise UserError(fill(translate("CliSync", "Frasa sandi tidak dapat dibaca dari {path}."),
                                 path=args.passphrase_file)) from exc
    if os.environ.get("LINDUNGI_SYNC_PASSPHRASE"):
        return os.environ["LINDUNGI_SYNC_PASSPHRASE"]
    if not sys.stdin.isatty():
        raise UserError(translate("CliSync", "Frasa sandi diperlukan: --passphrase-file BERKAS atau "
                                             "LINDUNGI_SYNC_PASSPHRASE."))
    first = getpass.getpass(translate("CliSync", "Frasa sandi kunci tukar: "))
    if twice and getpass.getpass(translate("CliSync", "Ulangi frasa sandi: ")) != first:
        raise UserError(translate("CliSync", "Kedua frasa sandi tidak sama."))
    return first


def cmd_key_export(args: argparse.Namespace) -> int:
    with open_context(args, auto_backup=False) as ctx:
        service = _service(ctx)
        path = service.export_sync_key(args.file, _passphrase(args, twice=True))
        print(fill(translate("CliSync", "Kunci tukar ditulis ke {path} (sidik jari {fingerprint}). Serahkan berkas "
                                        "dan frasa sandinya terpisah."),
                   path=path, fingerprint=service.sync_key_fingerprint()))
    return EXIT_OK


def cmd_key_import(args: argparse.Namespace) -> int:
    with open_context(args, auto_backup=False) as ctx:
        service = _service(ctx)
        try:
            service.import_sync_key(args.file, _passphrase(args, twice=False))
        except UserError as exc:
            print(f"lindungi: {exc}", file=sys.stderr)
            return EXIT_NEGATIVE
        print(fill(translate("CliSync", "Kunci tukar dipasang (sidik jari {fingerprint})."),
                   fingerprint=service.sync_key_fingerprint()))
    return EXIT_OK
