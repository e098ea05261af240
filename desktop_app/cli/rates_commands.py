"""``lindungi rates``: show the contribution tables and correct a bracket."""

from __future__ import annotations

import argparse

from desktop_app.cli.common import EXIT_OK, add_db_option, add_json_option, open_context, print_json
from desktop_app.domain.money import format_rupiah
from desktop_app.i18n import fill, translate


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "rates",
        help=translate("CliRates", "tabel iuran BPU"),
        description=translate(
            "CliRates",
            "Tampilkan tabel iuran (golongan "
            "penghasilan → dasar → JKK/JKM/JHT) dan statusnya; --set mengoreksi satu golongan.",
        ),
    )
    add_db_option(p)
    add_json_option(p)
    p.add_argument(
        "--set",
        dest="income_min",
        type=int,
        metavar="PENGHASILAN_MIN",
        help=translate("CliRates", "koreksi golongan yang mulai dari penghasilan ini (rupiah)"),
    )
    p.add_argument("--version", help=translate("CliRates", "versi tabel (bawaan: yang terbaru)"))
    for name in ("jkk", "jkm", "jht", "income-base", "income-max"):
        p.add_argument(f"--{name}", type=int, help=fill(translate("CliRates", "nilai baru {name} (rupiah)"), name=name))
    p.add_argument(
        "--status", choices=("confirmed", "transcribed", "corrected"), help=translate("CliRates", "status baru")
    )
    p.set_defaults(handler=cmd_rates)


def cmd_rates(args: argparse.Namespace) -> int:
    from desktop_app.services.rates import RateService

    with open_context(args) as ctx:
        service = RateService(ctx)
        if args.income_min is not None:
            version = args.version or ctx.store.schemes.latest_rate_version()
            values = {
                k: v
                for k, v in (
                    ("jkk", args.jkk),
                    ("jkm", args.jkm),
                    ("jht", args.jht),
                    ("income_base", args.income_base),
                    ("income_max", args.income_max),
                    ("status", args.status),
                )
                if v is not None
            }
            service.correct_bracket(version, args.income_min, **values)
        tables = service.tables()
    if args.json:
        print_json(tables)
        return EXIT_OK
    for t in tables:
        print(
            fill(
                translate("CliRates", "{version}: {title} (berlaku {date}; {unconfirmed} golongan belum dikonfirmasi)"),
                version=t["version"],
                title=t["title"],
                date=t["effective_date"],
                unconfirmed=t["unconfirmed"],
            )
        )
        base = translate("CliRates", "dasar")
        for b in t["brackets"]:
            print(
                f"  {format_rupiah(b['income_min']):>14} – {format_rupiah(b['income_max']):<14} {base} "
                f"{format_rupiah(b['income_base']):<13} JKK {format_rupiah(b['jkk']):<10} "
                f"JKM {format_rupiah(b['jkm']):<9} JHT {format_rupiah(b['jht']):<10} {b['status']}"
            )
    return EXIT_OK
