"""``lindungi scheme list|create``: the office's schemes, and a new one of either kind — a BPU
pekerja-rentan scheme (months) or an ad-hoc task officers' scheme (task days, agency, honorarium,
JKK risk class)."""

from __future__ import annotations

import argparse
from datetime import date

from desktop_app.cli.common import EXIT_OK, add_db_option, add_json_option, open_context, print_json
from desktop_app.domain.dates import YearMonth
from desktop_app.domain.money import format_rupiah
from desktop_app.domain.scheme import DEFAULT_WADAH, FundingSource, Scheme, SchemeKind
from desktop_app.errors import UserError
from desktop_app.i18n import fill, translate


def _month(text: str) -> YearMonth:
    try:
        return YearMonth.parse(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            fill(translate("CliScheme", "bukan bulan YYYY-MM: {text}"), text=text)) from None


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            fill(translate("CliScheme", "bukan tanggal YYYY-MM-DD: {text}"), text=text)) from None


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("scheme", help=translate("CliScheme", "daftar dan buat skema"),
                       description=translate("CliScheme", "Skema kantor: pekerja rentan (BPU, per bulan) atau "
                                                          "petugas ad hoc (penerima upah, per hari tugas)."))
    ssub = p.add_subparsers(dest="scheme_command", metavar="TINDAKAN", required=True)
    q = ssub.add_parser("list", help=translate("CliScheme", "daftar skema"))
    add_db_option(q)
    add_json_option(q)
    q.set_defaults(handler=cmd_list)
    q = ssub.add_parser("create", help=translate("CliScheme", "buat skema baru"),
                        description=translate("CliScheme", "Skema BPU: --start dan --end (bulan). Skema ad hoc "
                                                           "(--type adhoc): --task-start, --task-end (hari), "
                                                           "--agency, --honorarium, --risk-class."))
    add_db_option(q)
    add_json_option(q)
    q.add_argument("--name", required=True, help=translate("CliScheme", "nama skema"))
    q.add_argument("--type", dest="kind", choices=[k.value for k in SchemeKind], default=SchemeKind.BPU.value,
                   help=translate("CliScheme", "bpu = pekerja rentan; adhoc = petugas ad hoc (mis. KPPS Pilkada)"))
    q.add_argument("--funding", choices=[f.value for f in FundingSource], default=FundingSource.APBD_KABKOTA.value,
                   help=translate("CliScheme", "sumber dana"))
    q.add_argument("--payer", default="", help=translate("CliScheme", "nama pembayar, mis. Pemerintah Kabupaten …"))
    q.add_argument("--agency", default="", help=translate("CliScheme", "instansi pelaksana, mis. Kesbangpol"))
    q.add_argument("--pks", default="", help=translate("CliScheme", "nomor PKS"))
    q.add_argument("--start", type=_month, metavar="YYYY-MM", help=translate("CliScheme", "bulan awal (BPU)"))
    q.add_argument("--end", type=_month, metavar="YYYY-MM", help=translate("CliScheme", "bulan akhir (BPU)"))
    q.add_argument("--task-start", type=_day, metavar="YYYY-MM-DD", help=translate("CliScheme", "hari mulai tugas"))
    q.add_argument("--task-end", type=_day, metavar="YYYY-MM-DD", help=translate("CliScheme", "hari selesai tugas"))
    q.add_argument("--honorarium", type=int, metavar="RUPIAH",
                   help=translate("CliScheme", "honorarium bawaan per orang per bulan (ad hoc)"))
    q.add_argument("--risk-class", type=int, choices=range(1, 6), metavar="1-5",
                   help=translate("CliScheme", "kelas risiko JKK (ad hoc): 1 sangat rendah … 5 sangat tinggi"))
    q.add_argument("--target", type=int, help=translate("CliScheme", "target peserta"))
    q.add_argument("--budget", type=int, metavar="RUPIAH", help=translate("CliScheme", "anggaran"))
    q.set_defaults(handler=cmd_create)


def scheme_from_args(args: argparse.Namespace, rate_version: str) -> Scheme:
    kind, funding = SchemeKind(args.kind), FundingSource(args.funding)
    adhoc = kind is SchemeKind.ADHOC
    start = YearMonth.of(args.task_start) if adhoc and args.task_start else args.start
    end = YearMonth.of(args.task_end) if adhoc and args.task_end else args.end
    if start is None or end is None:
        raise UserError(translate("CliScheme", "Isi --start dan --end (BPU) atau --task-start dan --task-end "
                                               "(ad hoc)."))
    return Scheme(args.name, funding, start, end, rate_version, payer_name=args.payer, pks_number=args.pks,
                  wadah_code=DEFAULT_WADAH[funding], target_participants=args.target, budget=args.budget, kind=kind,
                  agency=args.agency, task_start=args.task_start if adhoc else None,
                  task_end=args.task_end if adhoc else None, honorarium=args.honorarium if adhoc else None,
                  risk_class=args.risk_class if adhoc else None, income_base=None if adhoc else 1_000_000)


def _row(s: Scheme) -> dict:
    return {"id": s.id, "name": s.name, "kind": s.kind.value, "label": s.label(), "agency": s.agency,
            "task_start": s.task_start.isoformat() if s.task_start else None,
            "task_end": s.task_end.isoformat() if s.task_end else None, "honorarium": s.honorarium,
            "risk_class": s.risk_class, "rate_version": s.rate_version, "default": s.is_default}


def _print(s: Scheme) -> None:
    kind = translate("Funding", s.kind.label)
    extra = ""
    if s.is_adhoc:
        extra = fill(translate("CliScheme", "; {agency}, honorarium {honorarium}, kelas risiko {risk}"),
                     agency=s.agency or "-", honorarium=format_rupiah(s.honorarium or 0), risk=s.risk_class)
    print(f"{s.id:>3}  {s.label()}  [{kind}{extra}]")


def cmd_list(args: argparse.Namespace) -> int:
    from desktop_app.services.office import OfficeService

    with open_context(args) as ctx:
        schemes = OfficeService(ctx).schemes()
    if args.json:
        print_json([_row(s) for s in schemes])
    else:
        for s in schemes:
            _print(s)
    return EXIT_OK


def cmd_create(args: argparse.Namespace) -> int:
    from desktop_app.services.office import OfficeService

    with open_context(args) as ctx:
        offices = OfficeService(ctx)
        kind = "wage" if args.kind == SchemeKind.ADHOC.value else "bpu"
        saved = offices.save_scheme(scheme_from_args(args, ctx.store.schemes.latest_rate_version(kind)))
    if args.json:
        print_json(_row(saved))
    else:
        _print(saved)
    return EXIT_OK
