"""``lindungi rates``: show the contribution tables and correct a bracket."""

from __future__ import annotations

import argparse

from desktop_app.cli.common import EXIT_OK, add_db_option, add_json_option, open_context, print_json
from desktop_app.domain.money import format_rupiah


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("rates", help="tabel iuran BPU", description="Tampilkan tabel iuran (golongan "
                       "penghasilan → dasar → JKK/JKM/JHT) dan statusnya; --set mengoreksi satu golongan.")
    add_db_option(p)
    add_json_option(p)
    p.add_argument("--set", dest="income_min", type=int, metavar="PENGHASILAN_MIN",
                   help="koreksi golongan yang mulai dari penghasilan ini (rupiah)")
    p.add_argument("--version", help="versi tabel (bawaan: yang terbaru)")
    for name in ("jkk", "jkm", "jht", "income-base", "income-max"):
        p.add_argument(f"--{name}", type=int, help=f"nilai baru {name} (rupiah)")
    p.add_argument("--status", choices=("confirmed", "transcribed", "corrected"), help="status baru")
    p.set_defaults(handler=cmd_rates)


def cmd_rates(args: argparse.Namespace) -> int:
    from desktop_app.services.rates import RateService

    with open_context(args) as ctx:
        service = RateService(ctx)
        if args.income_min is not None:
            version = args.version or ctx.store.schemes.latest_rate_version()
            values = {k: v for k, v in (("jkk", args.jkk), ("jkm", args.jkm), ("jht", args.jht),
                                        ("income_base", args.income_base), ("income_max", args.income_max),
                                        ("status", args.status)) if v is not None}
            service.correct_bracket(version, args.income_min, **values)
        tables = service.tables()
    if args.json:
        print_json(tables)
        return EXIT_OK
    for t in tables:
        print(f"{t['version']}: {t['title']} (berlaku {t['effective_date']}; {t['unconfirmed']} golongan belum "
              f"dikonfirmasi)")
        for b in t["brackets"]:
            print(f"  {format_rupiah(b['income_min']):>14} – {format_rupiah(b['income_max']):<14} dasar "
                  f"{format_rupiah(b['income_base']):<13} JKK {format_rupiah(b['jkk']):<10} "
                  f"JKM {format_rupiah(b['jkm']):<9} JHT {format_rupiah(b['jht']):<10} {b['status']}")
    return EXIT_OK
