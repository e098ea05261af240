"""Core commands: nik, demo, search, stats (check, backup, backups and restore: ``cli.backup_commands``)."""

from __future__ import annotations

import argparse
import sys
from contextlib import closing
from datetime import date
from pathlib import Path

from desktop_app.cli.common import (
    EXIT_NEGATIVE,
    EXIT_OK,
    add_db_option,
    add_json_option,
    db_path,
    fail,
    open_context,
    print_json,
)
from desktop_app.domain.cost_text import cost_summary
from desktop_app.domain.dates import format_date, format_date_long
from desktop_app.domain.money import format_count, format_rupiah
from desktop_app.domain.nik import parse_nik
from desktop_app.domain.occupations import occupation_label
from desktop_app.domain.record_query import STATUSES
from desktop_app.domain.registration import Sex, sex_label
from desktop_app.i18n import fill, translate


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "nik",
        help=translate("CliCore", "periksa satu NIK"),
        description=translate(
            "CliCore",
            "Periksa NIK: panjang, kode wilayah, "
            "tanggal lahir, jenis kelamin, nomor urut. Keluar 0 bila valid, 1 bila tidak.",
        ),
    )
    p.add_argument("nik", help=translate("CliCore", "NIK 16 digit (spasi, titik dan tanda hubung boleh)"))
    add_json_option(p)
    p.set_defaults(handler=cmd_nik)

    p = sub.add_parser(
        "demo",
        help=translate("CliCore", "buat basis data contoh"),
        description=translate(
            "CliCore",
            "Buat kantor contoh (Kabupaten Penajam Paser Utara) dengan peserta sintetis, dua skema dan batch per desa.",
        ),
    )
    add_db_option(p)
    p.add_argument("--count", type=int, default=2000, help=translate("CliCore", "jumlah peserta (bawaan 2000)"))
    p.add_argument("--seed", type=int, default=1, help=translate("CliCore", "benih acak, agar hasil dapat diulang"))
    p.add_argument(
        "--kabupaten", action="store_true",
        help=translate("CliCore", "sebagai basis data Dinas yang menerima data kecamatan: peserta per kantor asal, "
                                  "beberapa terdaftar di dua kantor"),
    )
    add_json_option(p)
    p.set_defaults(handler=cmd_demo)

    p = sub.add_parser(
        "search",
        help=translate("CliCore", "cari peserta"),
        description=translate(
            "CliCore",
            "Cari peserta menurut kata nama, awal NIK, nomor pendaftaran (012-000123-7 atau 000123-4) atau KPJ, "
            "dengan saringan desa, kecamatan, status, skema dan batch; --xlsx menulis seluruh daftar ke Excel. "
            "NIK ditampilkan tersamar.",
        ),
    )
    add_db_option(p)
    p.add_argument(
        "query", nargs="?", default="", help=translate("CliCore", "kata nama, awal NIK, nomor pendaftaran atau KPJ")
    )
    p.add_argument(
        "--desa", default="", metavar="KODE", help=translate("CliCore", "hanya desa/kelurahan ini (kode wilayah)")
    )
    p.add_argument(
        "--kecamatan", default="", metavar="KODE", help=translate("CliCore", "hanya kecamatan ini (kode wilayah)")
    )
    p.add_argument(
        "--status", default="active", choices=STATUSES, help=translate("CliCore", "status peserta (bawaan: active)")
    )
    p.add_argument("--scheme", type=int, default=None, metavar="ID", help=translate("CliCore", "hanya skema ini"))
    p.add_argument(
        "--batch", type=int, default=None, metavar="ID", help=translate("CliCore", "hanya anggota batch ini")
    )
    p.add_argument(
        "--office", default="", metavar="KODE",
        help=translate("CliCore", "hanya peserta yang didaftarkan kantor ini (kode kantor, mis. PPU-WARU)"),
    )
    p.add_argument("--limit", type=int, default=50, help=translate("CliCore", "jumlah hasil paling banyak (bawaan 50)"))
    p.add_argument(
        "--show-nik",
        action="store_true",
        help=translate("CliCore", "NIK (dan nomor HP di --xlsx) lengkap; pilihan ini dicatat di log pemrosesan"),
    )
    p.add_argument(
        "--xlsx",
        type=Path,
        default=None,
        metavar="FILE",
        help=translate("CliCore", "tulis seluruh daftar yang cocok ke berkas Excel (bukan hanya --limit baris)"),
    )
    add_json_option(p)
    p.set_defaults(handler=cmd_search)

    p = sub.add_parser(
        "stats",
        help=translate("CliCore", "angka ringkas"),
        description=translate(
            "CliCore",
            "Jumlah peserta per kecamatan, desa, pekerjaan, "
            "jenis kelamin dan skema; total iuran per bulan, per tahun dan per masa perlindungan; "
            "target peserta, anggaran dan sisanya (angka yang sama dengan halaman Laporan).",
        ),
    )
    add_db_option(p)
    p.add_argument(
        "--scheme", type=int, metavar="ID", help=translate("CliCore", "hanya skema ini (bawaan: semua skema)")
    )
    p.add_argument(
        "--period",
        type=_period,
        default=None,
        metavar="YYYY-MM:YYYY-MM",
        help=translate("CliCore", "hanya bulan-bulan ini (bawaan: seluruh masa perlindungan)"),
    )
    p.add_argument(
        "--pdf", type=Path, default=None, metavar="FILE", help=translate("CliCore", "cetak laporan lengkap ke PDF")
    )
    p.add_argument(
        "--xlsx", type=Path, default=None, metavar="FILE", help=translate("CliCore", "ekspor laporan ke Excel")
    )
    add_json_option(p)
    p.set_defaults(handler=cmd_stats)


def _regions():
    from desktop_app.storage.reference import RegionStore

    return RegionStore()


def cmd_nik(args: argparse.Namespace) -> int:
    with closing(_regions()) as regions:
        info = parse_nik(args.nik, regions, today=date.today())
    if args.json:
        print_json(info.as_dict())
        return EXIT_OK if info.valid else EXIT_NEGATIVE
    verdict = translate("CliCore", "VALID") if info.valid else translate("CliCore", "TIDAK VALID")
    print(f"NIK {info.digits or args.nik}: {verdict}")
    if info.sex:
        print(fill(translate("CliCore", "  Jenis kelamin : {value}"), value=sex_label(info.sex)))
    if info.birth_date:
        print(fill(translate("CliCore", "  Tanggal lahir : {value}"), value=format_date_long(info.birth_date)))
    if info.regions:
        print(
            fill(
                translate("CliCore", "  Wilayah terbit: {value}"),
                value=f"{' › '.join(r.name for r in info.regions)} ({info.region_code})",
            )
        )
    for p in info.errors:
        print(fill(translate("CliCore", "  Kesalahan : {value}"), value=p.text()))
    for p in info.warnings:
        print(fill(translate("CliCore", "  Peringatan: {value}"), value=p.text()))
    return EXIT_OK if info.valid else EXIT_NEGATIVE


def cmd_demo(args: argparse.Namespace) -> int:
    from desktop_app.services.demo import DemoBuilder
    from desktop_app.services.stats import StatsService

    if args.count < 1:
        return fail(translate("CliCore", "--count harus 1 atau lebih."))
    with open_context(args, create=True) as ctx:

        def progress(done: int, total: int) -> None:
            if not args.json and sys.stderr.isatty():
                print(
                    "\r  "
                    + fill(
                        translate("CliCore", "{done}/{total} peserta"),
                        done=format_count(done),
                        total=format_count(total),
                    ),
                    end="",
                    file=sys.stderr,
                )

        builder = DemoBuilder(ctx, seed=args.seed)
        result = builder.build(args.count, progress)
        if args.kabupaten:
            result["kabupaten"] = builder.as_kabupaten()
        if not args.json and sys.stderr.isatty():
            print(file=sys.stderr)
        stats = StatsService(ctx).compute()
    if args.json:
        print_json({"db": str(db_path(args)), **result, "stats": stats.as_dict()})
    else:
        print(fill(translate("CliCore", "Basis data demo dibuat: {path}"), path=db_path(args)))
        if args.kabupaten:
            offices = ", ".join(f"{code} {n}" for code, n in result["kabupaten"]["offices"].items())
            print(fill(translate("CliCore", "Kantor asal: {offices}; {twins} orang terdaftar di dua kantor."),
                       offices=offices, twins=result["kabupaten"]["twins"]))
        _print_stats(stats)
    return EXIT_OK


def _search_query(args: argparse.Namespace):
    from desktop_app.domain.record_query import RegistrationQuery

    return RegistrationQuery(
        text=args.query,
        village_code=args.desa,
        district_code=args.kecamatan,
        status=args.status,
        scheme_id=args.scheme,
        batch_id=args.batch,
        origin_office=(args.office or "").strip().upper(),
    )


def cmd_search(args: argparse.Namespace) -> int:
    from desktop_app.services.records import RecordsService

    query = _search_query(args)
    with open_context(args) as ctx:
        if args.xlsx is not None:
            return _search_to_xlsx(args, ctx, query)
        total, hits = RecordsService(ctx).search(query, args.limit, full_nik=args.show_nik)
        if args.show_nik and hits:
            from desktop_app.services.disclosure import TERMINAL, DisclosureService

            DisclosureService(ctx).unmask_list(query, len(hits), TERMINAL)
        out = [h.as_dict() for h in hits]
    if args.json:
        print_json({"query": args.query, "total": total, "results": out})
        return EXIT_OK
    if not out:
        print(fill(translate("CliCore", 'Tidak ada peserta yang cocok dengan "{query}".'), query=args.query))
        return EXIT_OK
    for o in out:
        birth = format_date(date.fromisoformat(o["birth_date"])) if o["birth_date"] else ""
        office = f"  {o['office']}" if o["office"] else ""
        print(f"{o['number']}  {o['nik']}  {o['name']:<32.32}  {birth}  {o['sex']}  {o['village']}{office}")
    print(fill(translate("CliCore", "{shown} dari {total} peserta ditampilkan."), shown=len(out), total=total))
    return EXIT_OK


def _search_to_xlsx(args: argparse.Namespace, ctx, query) -> int:
    from desktop_app.services.list_export import ListExporter

    result = ListExporter(ctx).export(query, args.xlsx, full_nik=args.show_nik)
    if args.json:
        print_json({"query": args.query, **result.as_dict()})
    else:
        shown = translate("CliCore", "NIK lengkap") if result.full_nik else translate("CliCore", "NIK disamarkan")
        print(
            fill(
                translate("CliCore", "{rows} peserta ditulis ke {path} ({shown})."),
                rows=result.rows,
                path=result.path,
                shown=shown,
            )
        )
    return EXIT_OK


def _print_stats(stats) -> None:
    print(
        fill(
            translate("CliCore", "Peserta aktif: {total}  (terhapus: {deleted})"),
            total=format_count(stats.total),
            deleted=stats.deleted,
        )
    )
    print(
        f"  {sex_label(Sex.MALE)}: {stats.by_sex.get(Sex.MALE, 0)}  "
        f"{sex_label(Sex.FEMALE)}: {stats.by_sex.get(Sex.FEMALE, 0)}"
    )
    for s in stats.by_scheme:
        print(
            fill(
                translate("CliCore", "  Skema {id} {name}: {cost}"),
                id=s.scheme_id,
                name=s.name,
                cost=cost_summary(s.cost),
            )
        )
    print(
        fill(
            translate("CliCore", "Iuran satu bulan: {monthly}   total: {cost}"),
            monthly=format_rupiah(stats.monthly),
            cost=cost_summary(stats.cost),
        )
    )
    print(translate("CliCore", "Per kecamatan:"))
    for d in stats.by_district:
        print(f"  {d['code']}  {d['name']:<28} {d['count']:>7}")
    print(translate("CliCore", "Desa terbanyak:"))
    for v in stats.by_village[:10]:
        print(f"  {v['code']}  {v['name']:<28} {v['district']:<20} {v['count']:>7}")
    print(translate("CliCore", "Pekerjaan:"))
    for o in stats.by_occupation[:10]:
        print(f"  {occupation_label(o['occupation']) or '-':<40} {o['count']:>7}")


def _period(text: str):
    from desktop_app.domain.dates import YearMonth

    try:
        start, _, end = text.partition(":")
        first, last = YearMonth.parse(start), YearMonth.parse(end or start)
    except ValueError:
        raise argparse.ArgumentTypeError(
            fill(translate("CliCore", "periode tidak dikenal: {text} (pakai 2026-01:2026-06)"), text=repr(text))
        ) from None
    return (first, last) if first <= last else (last, first)


def cmd_stats(args: argparse.Namespace) -> int:
    from desktop_app.services.report import ReportService
    from desktop_app.services.stats import StatsService

    with open_context(args) as ctx:
        stats = StatsService(ctx).compute(scheme_id=args.scheme, period=args.period)
        report = ReportService(ctx).compute(scheme_id=args.scheme, period=args.period)
        written = _write_report(ctx, report, args)
    if args.json:
        print_json({**stats.as_dict(), "report": report.as_dict(), "files": written})
    else:
        _print_stats(stats)
        _print_report(report)
        for path in written:
            print(fill(translate("CliCore", "Ditulis: {path}"), path=path))
    return EXIT_OK


def _write_report(ctx, report, args: argparse.Namespace) -> list[str]:
    """The report as PDF and/or Excel when asked (the Laporan page's Cetak/Ekspor)."""
    if not (args.pdf or args.xlsx):
        return []
    from desktop_app.services.report_output import ReportWriter

    writer, out = ReportWriter(ctx), []
    if args.pdf:
        out.append(str(writer.write_pdf(report, args.pdf)[0]))
    if args.xlsx:
        out.append(str(writer.write_xlsx(report, args.xlsx)))
    return out


def _print_report(report) -> None:
    """The supervisor's figures (the Laporan page's): coverage, budget, by BPJS state, per desa."""
    from desktop_app.domain.coverage import CoverageState, state_label
    from desktop_app.services.report_output import figures

    print(translate("CliCore", "Laporan kepesertaan:"))
    for label, text, _number, _unit in figures(report):
        print(f"  {label}: {text}")
    print(translate("CliCore", "Menurut status BPJS:"))
    for state, cost in report.states.items():
        print(f"  {state_label(state):<28} {cost.people:>7}  {format_rupiah(cost.total):>18}")
    if report.by_office:
        print(translate("CliCore", "Per kantor asal (terdaftar, diterima, terkirim; terpakai, menunggu):"))
        for o in report.by_office:
            accepted, sent = o.people.get(CoverageState.ACCEPTED, 0), o.people.get(CoverageState.SENT, 0)
            print(f"  {o.name:<40.40} {o.total:>6} {accepted:>6} {sent:>6}  {format_rupiah(o.committed.total):>16}"
                  f"  {format_rupiah(o.pending.total):>16}")
    print(translate("CliCore", "Per desa/kelurahan (terdaftar, diterima, terkirim; terpakai, menunggu):"))
    for v in report.by_village:
        accepted, sent = v.people.get(CoverageState.ACCEPTED, 0), v.people.get(CoverageState.SENT, 0)
        print(
            f"  {v.code}  {v.name:<24} {v.total:>6} {accepted:>6} {sent:>6}  {format_rupiah(v.committed.total):>16}"
            f"  {format_rupiah(v.pending.total):>16}"
        )
