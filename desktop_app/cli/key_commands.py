"""``lindungi keys``: this office's public slip key out, other offices' public keys in.

``keys export --out FILE`` writes the ``.lindungi-kunci`` file (public key only);
``keys import FILE`` shows the office and the fingerprint, asks for ``ya`` (or
takes ``--yes`` in a script) and trusts the key (admin only); ``keys remove
FINGERPRINT`` stops trusting one (admin only); ``keys list`` shows this office's
fingerprint and every trusted key.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop_app.cli.common import EXIT_OK, add_db_option, add_json_option, fail, open_context, print_json
from desktop_app.i18n import fill, translate


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("keys", help=translate("CliKeys", "kunci publik untuk memeriksa bukti antar kantor"),
                       description=translate("CliKeys", "Ekspor kunci publik kantor ini, impor kunci publik kantor "
                                                        "lain di kabupaten (admin), dan lihat kunci yang dipercaya. "
                                                        "Kunci rahasia tidak pernah keluar dari basis data."))
    ksub = p.add_subparsers(dest="keys_command", metavar="TINDAKAN", required=True)
    q = ksub.add_parser("export", help=translate("CliKeys", "tulis berkas kunci publik kantor ini"))
    add_db_option(q)
    q.add_argument("--out", type=Path, required=True, metavar="FILE.lindungi-kunci",
                   help=translate("CliKeys", "berkas yang dibuat"))
    q.set_defaults(handler=cmd_export)
    q = ksub.add_parser("import", help=translate("CliKeys", "percayai kunci publik kantor lain (admin)"))
    add_db_option(q)
    q.add_argument("file", type=Path, metavar="FILE.lindungi-kunci", help=translate("CliKeys", "berkas kunci"))
    q.add_argument("--yes", action="store_true",
                   help=translate("CliKeys", "jangan tanya konfirmasi (sidik jari sudah dicocokkan)"))
    q.set_defaults(handler=cmd_import)
    q = ksub.add_parser("remove", help=translate("CliKeys", "berhenti mempercayai kunci kantor lain (admin)"))
    add_db_option(q)
    q.add_argument("fingerprint", metavar=translate("CliKeys", "SIDIK_JARI"),
                   help=translate("CliKeys", "sidik jari kunci, seperti pada keys list"))
    q.set_defaults(handler=cmd_remove)
    q = ksub.add_parser("list", help=translate("CliKeys", "kunci kantor ini dan kunci yang dipercaya"))
    add_db_option(q)
    add_json_option(q)
    q.set_defaults(handler=cmd_list)


def cmd_export(args: argparse.Namespace) -> int:
    from desktop_app.services.slip_keys import SlipKeyService

    with open_context(args, auto_backup=False) as ctx:
        service = SlipKeyService(ctx)
        path = service.export(args.out)
        fingerprint = service.own().fingerprint
    print(fill(translate("CliKeys", "Kunci publik ditulis ke {path} (sidik jari {fingerprint})."), path=path,
               fingerprint=fingerprint))
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    with open_context(args) as ctx:
        return import_key(ctx, args.file, args.yes)


def import_key(ctx, path: Path, yes: bool) -> int:
    """Show the key, confirm, trust it (the service refuses anyone but an admin)."""
    from desktop_app.services import roles
    from desktop_app.services.slip_keys import SlipKeyService

    roles.require(ctx, "keys.trust")
    service = SlipKeyService(ctx)
    key = service.read(path)
    print(fill(translate("CliKeys", "Kantor: {office}\nKode wilayah: {code}\nSidik jari: {fingerprint}"),
               office=key.office_name, code=key.office_code, fingerprint=key.fingerprint))
    if not yes:
        if not sys.stdin.isatty():
            return fail(translate("CliKeys", "cocokkan sidik jari dengan kantor itu, lalu ulangi dengan --yes."))
        answer = input(translate("CliKeys", "Sidik jari sama dengan yang dibacakan kantor itu? Ketik 'ya': "))
        if answer.strip().lower() not in ("ya", translate("CliKeys", "ya")):
            return fail(translate("Cli", "dibatalkan."))
    service.trust(key, Path(path).name)
    print(fill(translate("CliKeys", "Kunci {office} dipercaya: bukti dari kantor itu sekarang dapat diperiksa di "
                                    "sini."), office=key.office_name))
    return EXIT_OK


def cmd_remove(args: argparse.Namespace) -> int:
    from desktop_app.services.slip_keys import SlipKeyService

    with open_context(args) as ctx:
        key = SlipKeyService(ctx).untrust(args.fingerprint)
    print(fill(translate("CliKeys", "Kunci {office} ({fingerprint}) tidak dipercaya lagi."), office=key.office_name,
               fingerprint=key.fingerprint))
    return EXIT_OK


def cmd_list(args: argparse.Namespace) -> int:
    from desktop_app.services.slip_keys import SlipKeyService

    with open_context(args, auto_backup=False) as ctx:
        service = SlipKeyService(ctx)
        own, trusted = service.own(), service.trusted()
    rows = [{"office_name": t.key.office_name, "office_code": t.key.office_code, "fingerprint": t.key.fingerprint,
             "imported_by": t.imported_by, "imported_at": t.imported_at.isoformat()} for t in trusted]
    if getattr(args, "json", False):
        print_json({"own": {"office_name": own.office_name, "office_code": own.office_code,
                            "fingerprint": own.fingerprint}, "trusted": rows})
        return EXIT_OK
    print(fill(translate("CliKeys", "Kantor ini: {office} ({code}), sidik jari {fingerprint}"),
               office=own.office_name, code=own.office_code, fingerprint=own.fingerprint))
    if not rows:
        print(translate("CliKeys", "Belum ada kunci kantor lain yang dipercaya."))
    for r in rows:
        print(fill(translate("CliKeys", "  {office} ({code}) {fingerprint} — diimpor oleh {operator} pada {date}"),
                   office=r["office_name"], code=r["office_code"], fingerprint=r["fingerprint"],
                   operator=r["imported_by"], date=r["imported_at"][:10]))
    return EXIT_OK
