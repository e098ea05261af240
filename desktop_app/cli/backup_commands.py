"""Keeping the office database whole: check, backup, backups, restore."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop_app.cli.common import (
    EXIT_NEGATIVE,
    EXIT_OK,
    add_db_option,
    add_json_option,
    db_path,
    fail,
    open_context,
    operator_name,
    print_json,
)
from desktop_app.domain.money import format_size
from desktop_app.i18n import fill, translate


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "check",
        help=translate("CliCore", "periksa keutuhan basis data"),
        description=translate(
            "CliCore",
            "Periksa keutuhan berkas, kunci asing, skema dan versinya; untuk setiap temuan dikatakan apa "
            "yang dilakukan. Keluar 0 bila baik, 1 bila ada masalah.",
        ),
    )
    add_db_option(p)
    p.add_argument(
        "--repair", action="store_true", help=translate("CliCore", "bangun ulang indeks bila hanya indeks yang rusak")
    )
    add_json_option(p)
    p.set_defaults(handler=cmd_check)

    p = sub.add_parser(
        "backup",
        help=translate("CliCore", "buat cadangan"),
        description=translate("CliCore", "Salin basis data ke berkas cadangan (aman walau aplikasi sedang dipakai)."),
    )
    add_db_option(p)
    p.add_argument(
        "--out", type=Path, required=True, metavar="FILE", help=translate("CliCore", "berkas cadangan yang dibuat")
    )
    p.set_defaults(handler=cmd_backup)

    p = sub.add_parser(
        "backups",
        help=translate("CliCore", "daftar cadangan dan ruang yang dipakai"),
        description=translate(
            "CliCore",
            "Daftar cadangan di folder backups/ (terbaru dulu) dengan jenis, bentuk dan ukurannya, dan ruang yang "
            "dipakai cadangan otomatis dari batasnya. --pack memadatkan sekarang cadangan otomatis yang lebih lama "
            "dari yang terbaru (biasanya dikerjakan jendela di latar belakang).",
        ),
    )
    add_db_option(p)
    p.add_argument("--pack", action="store_true",
                   help=translate("CliCore", "padatkan sekarang cadangan otomatis selain yang terbaru"))
    add_json_option(p)
    p.set_defaults(handler=cmd_backups)

    p = sub.add_parser(
        "restore",
        help=translate("CliCore", "pulihkan dari cadangan"),
        description=translate(
            "CliCore", "Ganti basis data dengan isi cadangan. Berkas lama tidak dihapus: disimpan di folder backups/."
        ),
    )
    add_db_option(p)
    p.add_argument(
        "--from", dest="source", type=Path, required=True, metavar="FILE", help=translate("CliCore", "berkas cadangan")
    )
    p.add_argument("--yes", action="store_true", help=translate("CliCore", "jangan tanya konfirmasi"))
    p.set_defaults(handler=cmd_restore)


def cmd_check(args: argparse.Namespace) -> int:
    from desktop_app.services.health import advice, health, repair_indexes

    with open_context(args, migrate=False, auto_backup=False, check=False, signed_in=False) as ctx:  # health: all
        result = health(ctx.store)
        if args.repair and result.only_indexes:
            result = repair_indexes(ctx.store)
        todo = advice(result, ctx.db_path)
    if args.json:
        print_json({**result.as_dict(), "advice": todo})
    else:
        good = translate("CliCore", "baik")
        print(
            fill(
                translate("CliCore", "Keutuhan      : {value}"),
                value=good if result.integrity == ["ok"] else "; ".join(result.integrity[:5]),
            )
        )
        later = (
            "" if result.applied == result.known else translate("CliCore", " (akan diperbarui saat aplikasi dibuka)")
        )
        print(
            fill(
                translate("CliCore", "Versi skema   : {applied} dari {known}"),
                applied=result.applied,
                known=result.known,
            )
            + later
        )
        if result.schema:
            print(fill(translate("CliCore", "Skema asing   : {value}"), value="; ".join(result.schema[:8])))
        print(fill(translate("CliCore", "Pendaftaran   : {value}"), value=result.registrations))
        newest = fill(translate("CliCore", ", terbaru {path}"), path=result.backups[0]) if result.backups else ""
        print(fill(translate("CliCore", "Cadangan      : {value}"), value=len(result.backups)) + newest)
        for line in todo:
            print(fill(translate("CliCore", "Yang dilakukan: {value}"), value=line))
    return EXIT_OK if result.ok else EXIT_NEGATIVE


def cmd_backup(args: argparse.Namespace) -> int:
    from desktop_app.services.maintenance import MaintenanceService

    with open_context(args, auto_backup=False) as ctx:
        path = MaintenanceService(ctx).backup_to(args.out, overwrite=False)
    print(fill(translate("CliCore", "Cadangan dibuat: {path}"), path=path))
    return EXIT_OK


def cmd_backups(args: argparse.Namespace) -> int:
    from desktop_app.services.maintenance import MaintenanceService

    with open_context(args, auto_backup=False) as ctx:
        service = MaintenanceService(ctx)
        packed = service.thin_backups() if args.pack else []
        entries = service.entries()
        count, used, budget = service.space_used()
        packed_count = service.packed_count()
    if args.json:
        print_json({"backups": [{"file": str(e.path), "kind": e.kind, "taken_at": e.taken_at.isoformat(),
                                 "bytes": e.size, "form": "packed" if e.packed else "page_copy"} for e in entries],
                    "automatic": {"count": count, "packed": packed_count, "bytes": used, "budget_bytes": budget},
                    "packed_now": [str(p) for p in packed]})
        return EXIT_OK
    for path in packed:
        print(fill(translate("CliCore", "Dipadatkan: {name}"), name=path.name))
    forms = {True: translate("CliCore", "padat"), False: translate("CliCore", "salinan utuh")}
    for e in entries:
        print(f"  {e.taken_at:%Y-%m-%d %H:%M}  {e.kind:<13} {forms[e.packed]:<13} {format_size(e.size):>12}  "
              f"{e.path.name}")
    print(fill(translate("CliCore", "Cadangan otomatis: {count} berkas ({packed} padat), {used} MB dari batas "
                                    "{budget} GB."),
               count=count, packed=packed_count, used=f"{used / 1_048_576:.1f}", budget=f"{budget / 1024**3:.0f}"))
    return EXIT_OK


def _may_restore(args: argparse.Namespace) -> str:
    """Who restores: when the current database opens, only an admin of it may replace it; a file
    that is missing or damaged has nobody to ask (that is when a restore is needed)."""
    from desktop_app.errors import DatabaseUnavailable
    from desktop_app.services.maintenance import MaintenanceService

    try:
        with open_context(args, migrate=False, auto_backup=False) as ctx:
            MaintenanceService(ctx).approve_restore()
            return ctx.operator
    except DatabaseUnavailable:
        return operator_name(args)


def cmd_restore(args: argparse.Namespace) -> int:
    from desktop_app.services.maintenance import restore

    target = db_path(args)
    if not args.yes:
        if not sys.stdin.isatty():
            return fail(translate("CliCore", "pemulihan mengganti basis data; tambahkan --yes untuk melanjutkan."))
        answer = input(
            fill(
                translate("CliCore", "Ganti {target} dengan isi {source}? Ketik 'ya': "),
                target=target,
                source=args.source,
            )
        )
        if answer.strip().lower() not in ("ya", translate("CliCore", "ya")):
            return fail(translate("Cli", "dibatalkan."))
    from desktop_app.cli.signin import unlock

    unlock(args, target)                                  # the key of this office opens its backups
    operator = _may_restore(args)
    kept = restore(args.source, target, operator)
    print(fill(translate("CliCore", "Basis data dipulihkan dari {source}."), source=args.source))
    if kept:
        print(fill(translate("CliCore", "Berkas sebelumnya disimpan di {path}"), path=kept))
    return EXIT_OK
