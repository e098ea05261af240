"""The processing log on the command line: ``lindungi audit`` (read, filter, export), ``audit verify``,
``audit subject`` (one person), and the retention purge ``lindungi purge``."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from desktop_app.cli.common import EXIT_NEGATIVE, EXIT_OK, add_db_option, add_json_option, open_context, print_json
from desktop_app.i18n import fill, translate


def register(sub: argparse._SubParsersAction) -> None:
    register_audit(sub)
    register_purge(sub)


def register_audit(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "audit",
        help=translate("CliAudit", "baca dan periksa log pemrosesan"),
        description=translate("CliAudit", "Log pemrosesan: siapa melakukan apa, kapan, pada data siapa. "
                                          "'audit verify' memeriksa rantai hash log."),
    )
    add_db_option(p)
    add_json_option(p)
    _add_filters(p)
    p.add_argument("--limit", type=int, default=50,
                   help=translate("CliAudit", "jumlah catatan paling banyak (bawaan 50)"))
    p.add_argument("--xlsx", type=Path, default=None, metavar="FILE",
                   help=translate("CliAudit", "tulis semua catatan yang cocok ke Excel untuk pemeriksa"))
    audit_sub = p.add_subparsers(dest="audit_command", metavar=translate("CliAudit", "PERINTAH"))
    v = audit_sub.add_parser(
        "verify",
        help=translate("CliAudit", "periksa bahwa log pemrosesan utuh"),
        description=translate("CliAudit", "Periksa rantai hash log pemrosesan dan sebutkan mata rantai pertama "
                                          "yang putus. Keluar 0 bila utuh, 1 bila tidak."),
    )
    add_db_option(v)
    add_json_option(v)
    v.set_defaults(handler=cmd_verify)
    s = audit_sub.add_parser(
        "subject",
        help=translate("CliAudit", "semua data dan riwayat pemrosesan satu orang"),
        description=translate("CliAudit", "Permintaan subjek data: semua yang disimpan tentang satu NIK (atau nomor "
                                          "pendaftaran) dan setiap langkah pemrosesannya; --pdf mencetaknya."),
    )
    s.add_argument("person", metavar="NIK|NOMOR", help=translate("CliAudit", "NIK atau nomor pendaftaran"))
    s.add_argument("--pdf", type=Path, default=None, metavar="FILE", help=translate("CliAudit", "cetak ke PDF"))
    add_db_option(s)
    add_json_option(s)
    s.set_defaults(handler=cmd_subject)
    p.set_defaults(handler=cmd_list)


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(translate("CliAudit", "tanggal harus YYYY-MM-DD")) from None


def _add_filters(p: argparse.ArgumentParser) -> None:
    p.add_argument("--by", dest="by_operator", default="", metavar="NAMA",
                   help=translate("CliAudit", "hanya catatan oleh operator ini"))
    p.add_argument("--from", dest="date_from", type=_day, default=None, metavar="YYYY-MM-DD",
                   help=translate("CliAudit", "sejak tanggal ini"))
    p.add_argument("--to", dest="date_to", type=_day, default=None, metavar="YYYY-MM-DD",
                   help=translate("CliAudit", "sampai tanggal ini (termasuk)"))
    p.add_argument("--action", default="", help=translate("CliAudit", "hanya tindakan ini (mis. nik.unmask, export)"))
    p.add_argument("--person", default="", metavar="NIK|NOMOR",
                   help=translate("CliAudit", "hanya catatan tentang orang ini (NIK atau nomor pendaftaran)"))


def _query(args: argparse.Namespace):
    from desktop_app.domain.audit_query import AuditQuery

    return AuditQuery(args.by_operator, args.date_from, args.date_to, args.action, args.person)


def cmd_list(args: argparse.Namespace) -> int:
    from desktop_app.services.audit_reader import AuditReader

    query = _query(args)
    with open_context(args, auto_backup=False) as ctx:
        reader = AuditReader(ctx)
        if args.xlsx is not None:
            path, rows = reader.export_xlsx(query, args.xlsx)
            if args.json:
                print_json({"file": str(path), "rows": rows})
            else:
                print(fill(translate("CliAudit", "{rows} catatan log ditulis ke {path}."), rows=rows, path=path))
            return EXIT_OK
        total, lines = reader.count(query), reader.page(query, 0, max(1, args.limit))
    if args.json:
        print_json({"filter": query.describe(), "total": total, "entries": [ln.as_dict() for ln in lines]})
        return EXIT_OK
    for ln in lines:
        print(f"#{ln.id:<7} {ln.at}  {ln.operator:<14.14}  {ln.action_label:<28.28}  {ln.subject:<22.22}  {ln.detail}")
    print(fill(translate("CliAudit", "{shown} dari {total} catatan ditampilkan (terbaru dahulu)."), shown=len(lines),
               total=total))
    return EXIT_OK


def cmd_verify(args: argparse.Namespace) -> int:
    from desktop_app.services.audit_check import AuditCheck, sentence

    with open_context(args, auto_backup=False) as ctx:
        report = AuditCheck(ctx).run()
    if args.json:
        print_json(report.as_dict())
    else:
        print(sentence(report))
    return EXIT_OK if report.ok else EXIT_NEGATIVE


def cmd_subject(args: argparse.Namespace) -> int:
    from desktop_app.services.subject import SubjectService

    with open_context(args, auto_backup=False) as ctx:
        service = SubjectService(ctx)
        file = service.gather(args.person)
        written = service.write_pdf(file, args.pdf) if args.pdf is not None else None
    if args.json:
        print_json({"nik": file.masked_nik, "name": file.name,
                    "registrations": [dict(rows) for _title, rows in file.sections],
                    "tables": [{"title": t.title, "headers": t.headers, "rows": t.rows} for t in file.tables],
                    "steps": [s.as_dict() for s in file.steps], "pdf": str(written[0]) if written else None})
        return EXIT_OK
    for title, rows in file.sections:
        print(title)
        for key, value in rows:
            print(f"  {key:<24} {value}")
    for table in file.tables:
        print(f"{table.title}: " + ("; ".join(" | ".join(r) for r in table.rows) or "-"))
    for step in file.steps:
        print(f"  {step.at}  {step.operator:<14.14}  {step.action_label:<28.28}  {step.detail}")
    if written:
        print(fill(translate("CliAudit", "Dicetak ke {path} ({pages} halaman)."), path=written[0], pages=written[1]))
    return EXIT_OK


def register_purge(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "purge",
        help=translate("CliAudit", "hapus data pribadi skema yang sudah lama berakhir (admin)"),
        description=translate("CliAudit", "Masa simpan: hapus data pribadi peserta skema yang berakhir lebih dari N "
                                          "tahun lalu; angka untuk laporan tetap. Tanpa --yes hanya ditampilkan "
                                          "berapa orang yang akan dihapus. Cadangan lama masih memuat datanya."),
    )
    add_db_option(p)
    p.add_argument("--years", type=int, default=None, metavar="N",
                   help=translate("CliAudit", "masa simpan dalam tahun (bawaan: pengaturan kantor, 5)"))
    p.add_argument("--yes", type=int, default=None, metavar="JUMLAH",
                   help=translate("CliAudit", "hapus sungguh-sungguh; sebutkan jumlah orang yang ditampilkan"))
    add_json_option(p)
    p.set_defaults(handler=cmd_purge)


def cmd_purge(args: argparse.Namespace) -> int:
    from desktop_app.services.purge import PurgeService

    with open_context(args, auto_backup=False) as ctx:
        service = PurgeService(ctx)
        years = service.years() if args.years is None else args.years
        if args.yes is None:
            due = service.due(years)
            people = sum(d.people for d in due)
            if args.json:
                print_json({"years": years, "people": people, "schemes": [
                    {"id": d.scheme.id, "name": d.scheme.name, "people": d.people} for d in due]})
                return EXIT_OK if not due else EXIT_NEGATIVE
            for d in due:
                print(f"{d.scheme.id:>4}  {d.scheme.name:<40.40}  {d.scheme.coverage_end.label():<16}  {d.people}")
            print(fill(translate("CliAudit", "{people} orang dari skema yang berakhir lebih dari {years} tahun lalu. "
                                             "Untuk menghapus: lindungi purge --yes {people}"), people=people,
                       years=years))
            return EXIT_OK if not due else EXIT_NEGATIVE
        result = service.purge(args.yes, years)
        older = service.older_backups()
    if args.json:
        print_json({**result.as_dict(), "older_backups": [str(b.path) for b in older]})
        return EXIT_OK
    print(fill(translate("CliAudit", "Data pribadi {people} orang dihapus; angka laporan tetap."),
               people=result.people))
    if older:
        print(fill(translate("CliAudit", "Perhatian: {count} cadangan lama masih memuat data ini:"), count=len(older)))
        for b in older:
            print(f"  {b.path}")
    return EXIT_OK
