"""``lindungi office``: the office's identity in the kabupaten (code, number, level) and setting it;
``lindungi duplicates``: people registered at two offices under different NIKs (the Dinas's check).

``office show`` prints the name, level, code and number the office's registration numbers start
with; ``office set --code PPU-WARU --number 12`` sets what the Dinas assigned (admin, logged;
refused once registrations carry the number: ``domain.office_identity``)."""

from __future__ import annotations

import argparse

from desktop_app.cli.common import EXIT_NEGATIVE, EXIT_OK, add_db_option, add_json_option, open_context, print_json
from desktop_app.domain.office_identity import level_label
from desktop_app.i18n import fill, translate


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("office", help=translate("CliOffice", "identitas kantor: kode dan nomor dari Dinas"),
                       description=translate("CliOffice", "Tampilkan atau isi kode dan nomor kantor yang diberikan "
                                                          "Dinas. Nomor kantor menjadi awal setiap nomor pendaftaran "
                                                          "(012-000123-7), sehingga nomor tidak pernah sama antar "
                                                          "kantor di satu kabupaten."))
    osub = p.add_subparsers(dest="office_command", metavar="TINDAKAN", required=True)
    q = osub.add_parser("show", help=translate("CliOffice", "tampilkan identitas kantor"))
    add_db_option(q)
    add_json_option(q)
    q.set_defaults(handler=cmd_show)
    q = osub.add_parser("set", help=translate("CliOffice", "isi kode dan nomor kantor (admin)"))
    add_db_option(q)
    q.add_argument("--code", required=True, metavar="KODE",
                   help=translate("CliOffice", "kode kantor dari Dinas, mis. PPU-WARU"))
    q.add_argument("--number", type=int, default=None, metavar="N",
                   help=translate("CliOffice", "nomor kantor dari Dinas (1–999); tanpa ini nomor tetap kosong"))
    add_json_option(q)
    q.set_defaults(handler=cmd_set)

    p = sub.add_parser("duplicates", help=translate("CliOffice", "orang yang terdaftar di dua kantor"),
                       description=translate("CliOffice", "Cari orang yang tampaknya terdaftar di dua kantor dengan "
                                                          "NIK berbeda (nama mirip dan tanggal lahir atau nomor KK "
                                                          "sama), sebelum batch dikirim ke BPJS. NIK tersamar. "
                                                          "Keluar 0 bila tidak ada, 1 bila ada."))
    add_db_option(p)
    p.add_argument("--batch", type=int, default=None, metavar="ID",
                   help=translate("CliOffice", "hanya pasangan dengan anggota batch ini"))
    add_json_option(p)
    p.set_defaults(handler=cmd_duplicates)


def _print(identity, locked: bool) -> None:
    print(fill(translate("CliOffice", "Kantor: {name}\nTingkat: {level}\nKode kantor: {code}\nNomor kantor: {number}"),
               name=identity.name, level=level_label(identity.level), code=identity.code_text(),
               number=identity.number_text()))
    if locked:
        print(translate("CliOffice", "Kode dan nomor sudah dipakai pada nomor pendaftaran: tidak dapat diubah lagi."))
    elif not identity.assigned:
        print(translate("CliOffice", "Isi kode dan nomor dari Dinas (lindungi office set) sebelum bertukar berkas "
                                     "dengan kantor lain."))


def cmd_show(args: argparse.Namespace) -> int:
    from desktop_app.services.office import OfficeService

    with open_context(args, auto_backup=False) as ctx:
        offices = OfficeService(ctx)
        identity, locked = offices.identity(), offices.identity_locked()
    if args.json:
        print_json(identity.as_dict() | {"locked": locked, "assigned": identity.assigned})
        return EXIT_OK
    _print(identity, locked)
    return EXIT_OK


def cmd_set(args: argparse.Namespace) -> int:
    from desktop_app.services.office import OfficeService

    with open_context(args) as ctx:
        offices = OfficeService(ctx)
        identity = offices.set_identity(args.code, args.number)
        locked = offices.identity_locked()
    if args.json:
        print_json(identity.as_dict() | {"locked": locked, "assigned": identity.assigned})
        return EXIT_OK
    print(translate("CliOffice", "Identitas kantor disimpan."))
    _print(identity, locked)
    return EXIT_OK


def cmd_duplicates(args: argparse.Namespace) -> int:
    from desktop_app.services.cross_office import CrossOfficeService

    with open_context(args, auto_backup=False) as ctx:
        pairs = CrossOfficeService(ctx).find(args.batch)
    if args.json:
        print_json({"batch": args.batch, "pairs": [p.as_dict() for p in pairs]})
        return EXIT_NEGATIVE if pairs else EXIT_OK
    if not pairs:
        print(translate("CliOffice", "Tidak ada orang yang tampak terdaftar di dua kantor."))
        return EXIT_OK
    for p in pairs:
        print(fill(translate("CliOffice", "{reason} ({score}%):"), reason=p.reason_text(), score=round(p.similarity)))
        for who in (p.first, p.second):
            print(f"  {who.number}  {who.nik}  {who.name:<30.30}  {who.birth_date}  {who.village}  {who.office}")
    print(fill(translate("CliOffice", "{count} pasangan ditemukan."), count=len(pairs)))
    return EXIT_NEGATIVE
