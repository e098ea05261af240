"""Batch commands: ``lindungi batch list|show|create|add|remove|submit|renew|correction``."""

from __future__ import annotations

import argparse
from datetime import date

from desktop_app.cli.common import EXIT_OK, add_db_option, add_json_option, fail, open_context, print_json
from desktop_app.domain.money import format_rupiah
from desktop_app.i18n import fill, translate


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "batch",
        help=translate("CliBatch", "kelola batch pengiriman ke BPJS"),
        description=translate(
            "CliBatch",
            "Siklus batch: draf → terkunci (diekspor, hash berkas dicatat) → terkirim → "
            "dijawab BPJS → batch koreksi untuk yang ditolak.",
        ),
    )
    bsub = p.add_subparsers(dest="batch_command", metavar="TINDAKAN", required=True)

    q = bsub.add_parser(
        "list",
        help=translate("CliBatch", "daftar batch"),
        description=translate("CliBatch", "Semua batch dengan status dan jumlah peserta."),
    )
    _common(q, cmd_list)

    q = bsub.add_parser(
        "show",
        help=translate("CliBatch", "rincian dan total satu batch"),
        description=translate(
            "CliBatch",
            "Status, berkas ekspor (SHA-256), jawaban BPJS, jumlah per desa/pekerjaan/jenis "
            "kelamin, iuran per bulan dan total masa perlindungan.",
        ),
    )
    q.add_argument("batch", type=int, metavar="ID", help=translate("CliBatch", "nomor batch"))
    _common(q, cmd_show)

    q = bsub.add_parser(
        "create",
        help=translate("CliBatch", "buat batch draf baru"),
        description=translate(
            "CliBatch",
            "Buat batch draf; bisa langsung diisi peserta atau semua peserta yang belum masuk batch (--unbatched).",
        ),
    )
    q.add_argument("--scheme", type=int, metavar="ID", help=translate("CliBatch", "skema (bawaan: skema utama kantor)"))
    q.add_argument("--title", default="", help=translate("CliBatch", "judul batch"))
    q.add_argument(
        "--unbatched",
        action="store_true",
        help=translate("CliBatch", "isi dengan semua peserta skema ini yang belum di batch"),
    )
    q.add_argument(
        "--desa", default="", metavar="KODE", help=translate("CliBatch", "dengan --unbatched: hanya desa ini")
    )
    q.add_argument(
        "people",
        nargs="*",
        metavar="PESERTA",
        help=translate("CliBatch", "peserta: nomor pendaftaran (012-000123-7 atau 000123-4) atau NIK; boleh beberapa"),
    )
    _common(q, cmd_create)

    for name, handler, text, description in (
        (
            "add",
            cmd_add,
            translate("CliBatch", "tambah peserta ke batch draf"),
            translate("CliBatch", "Tambah peserta ke batch draf. Semua atau tidak sama sekali."),
        ),
        (
            "remove",
            cmd_remove,
            translate("CliBatch", "keluarkan peserta dari batch draf"),
            translate("CliBatch", "Keluarkan peserta dari batch draf. Semua atau tidak sama sekali."),
        ),
    ):
        q = bsub.add_parser(name, help=text, description=description)
        q.add_argument("batch", type=int, metavar="ID", help=translate("CliBatch", "nomor batch"))
        q.add_argument(
            "people",
            nargs="+",
            metavar="PESERTA",
            help=translate("CliBatch", "peserta: nomor pendaftaran (012-000123-7 atau 000123-4) atau NIK; "
                                       "boleh beberapa"),
        )
        _common(q, handler)

    q = bsub.add_parser(
        "submit",
        help=translate("CliBatch", "tandai batch terkunci sudah dikirim"),
        description=translate(
            "CliBatch", "Tandai batch yang sudah diekspor (terkunci) sebagai terkirim ke Dinas/BPJS."
        ),
    )
    q.add_argument("batch", type=int, metavar="ID", help=translate("CliBatch", "nomor batch"))
    q.add_argument(
        "--sent-on",
        type=_iso_date,
        default=None,
        metavar="YYYY-MM-DD",
        help=translate("CliBatch", "tanggal kirim (bawaan: hari ini)"),
    )
    q.add_argument("--letter", default="", metavar="NOMOR", help=translate("CliBatch", "nomor surat pengantar"))
    q.add_argument(
        "--recipient",
        default="",
        metavar="PENERIMA",
        help=translate("CliBatch", 'penerima, mis. "Disnakertrans Kab. PPU" (bawaan: penerima batch terakhir)'),
    )
    _common(q, cmd_submit)

    q = bsub.add_parser(
        "renew",
        help=translate("CliBatch", "perpanjang skema ke periode baru"),
        description=translate(
            "CliBatch",
            "Buat skema periode berikutnya (pembayar, tabel iuran, "
            "program dan batas umur sama) dan batch draf perpanjangan "
            "berisi peserta yang diterima BPJS, masih aktif dan masih "
            "memenuhi syarat umur; KPJ ikut. Yang tidak ikut "
            "dicantumkan alasannya.",
        ),
    )
    q.add_argument("scheme", type=int, metavar="SKEMA", help=translate("CliBatch", "nomor skema yang diperpanjang"))
    q.add_argument("--name", required=True, help=translate("CliBatch", "nama skema baru"))
    q.add_argument("--start", required=True, metavar="YYYY-MM", help=translate("CliBatch", "bulan awal skema baru"))
    q.add_argument("--end", required=True, metavar="YYYY-MM", help=translate("CliBatch", "bulan akhir skema baru"))
    q.add_argument("--pks", default="", metavar="NOMOR", help=translate("CliBatch", "nomor PKS skema baru"))
    q.add_argument(
        "--budget", type=int, default=None, metavar="RUPIAH", help=translate("CliBatch", "anggaran skema baru")
    )
    q.add_argument(
        "--target", type=int, default=None, metavar="ORANG", help=translate("CliBatch", "target peserta skema baru")
    )
    _common(q, cmd_renew)

    q = bsub.add_parser(
        "correction",
        help=translate("CliBatch", "batch koreksi dari peserta yang ditolak"),
        description=translate(
            "CliBatch",
            "Buat batch draf baru berisi peserta yang ditolak BPJS di batch ID, untuk diperbaiki lalu dikirim ulang.",
        ),
    )
    q.add_argument("batch", type=int, metavar="ID", help=translate("CliBatch", "nomor batch yang dijawab BPJS"))
    q.add_argument("--title", default="", help=translate("CliBatch", "judul batch koreksi"))
    _common(q, cmd_correction)


def _common(parser: argparse.ArgumentParser, handler) -> None:
    add_db_option(parser)
    add_json_option(parser)
    parser.set_defaults(handler=handler)


def cmd_list(args: argparse.Namespace) -> int:
    from desktop_app.domain.batch import kind_label, status_label
    from desktop_app.services.batches import BatchService

    with open_context(args) as ctx:
        batches = BatchService(ctx).all()
    if args.json:
        print_json([b.as_dict() for b in batches])
        return EXIT_OK
    if not batches:
        print(translate("CliBatch", "Belum ada batch."))
    people = translate("CliBatch", "orang")
    for b in batches:
        print(f"{b.id:>5}  {status_label(b.status):<28} {b.people:>7} {people}  {kind_label(b.kind):<10} {b.title}")
    return EXIT_OK


def cmd_show(args: argparse.Namespace) -> int:
    from desktop_app.domain.batch import kind_label, status_label
    from desktop_app.domain.cost_text import cost_summary
    from desktop_app.domain.occupations import occupation_label
    from desktop_app.domain.registration import Sex, sex_label
    from desktop_app.services.batches import BatchService

    with open_context(args) as ctx:
        summary = BatchService(ctx).summary(args.batch)
    if args.json:
        print_json(summary.as_dict())
        return EXIT_OK
    b, c, s = summary.batch, summary.counts, summary.stats
    print(f"Batch {b.id}: {b.title}  [{status_label(b.status)}, {kind_label(b.kind)}]")
    print(fill(translate("CliBatch", "  Skema      : {value}"), value=summary.scheme_name))
    if b.exported:
        print(fill(translate("CliBatch", "  Berkas     : {value}"), value=f"{b.file_name}  SHA-256 {b.file_sha256}"))
    deleted = fill(translate("CliBatch", ", terhapus {n}"), n=c.deleted) if c.deleted else ""
    print(
        fill(
            translate(
                "CliBatch",
                "  Peserta    : {people} (diterima {accepted}, ditolak {rejected}, menunggu {waiting}{deleted})",
            ),
            people=c.people,
            accepted=c.accepted,
            rejected=c.rejected,
            waiting=c.waiting,
            deleted=deleted,
        )
    )
    print(
        f"  {sex_label(Sex.MALE):<11}: {s.by_sex.get(Sex.MALE, 0)}   "
        f"{sex_label(Sex.FEMALE)}: {s.by_sex.get(Sex.FEMALE, 0)}"
    )
    print(
        fill(
            translate("CliBatch", "  Iuran      : {cost}; satu bulan semua peserta {monthly}"),
            cost=cost_summary(s.cost),
            monthly=format_rupiah(s.monthly),
        )
    )
    for v in s.by_village:
        print(f"    {v['code']}  {v['name']:<28} {v['count']:>6}")
    for o in s.by_occupation:
        print(f"    {occupation_label(o['occupation']) or '-':<44} {o['count']:>6}")
    return EXIT_OK


def cmd_create(args: argparse.Namespace) -> int:
    from desktop_app.services.batches import BatchService
    from desktop_app.services.office import OfficeService

    if args.desa and not args.unbatched:
        return fail(translate("CliBatch", "--desa hanya dipakai bersama --unbatched."))
    with open_context(args) as ctx:
        service = BatchService(ctx)
        ids = service.resolve(args.people)
        if args.unbatched:
            offices = OfficeService(ctx)
            scheme = offices.scheme(args.scheme) if args.scheme else offices.default_scheme()
            ids += service.unbatched_ids(scheme.id if scheme else -1, args.desa)
        batch_id = service.create(args.scheme, args.title, registration_ids=ids)
        people = service.counts(batch_id).people
    return _done(
        args,
        {"batch_id": batch_id, "people": people},
        fill(translate("CliBatch", "Batch {id} dibuat dengan {people} peserta."), id=batch_id, people=people),
    )


def cmd_add(args: argparse.Namespace) -> int:
    from desktop_app.services.batches import BatchService

    with open_context(args) as ctx:
        service = BatchService(ctx)
        added = service.add(args.batch, service.resolve(args.people))
    return _done(
        args,
        {"batch_id": args.batch, "added": added},
        fill(translate("CliBatch", "{n} peserta ditambahkan ke batch {id}."), n=added, id=args.batch),
    )


def cmd_remove(args: argparse.Namespace) -> int:
    from desktop_app.services.batches import BatchService

    with open_context(args) as ctx:
        service = BatchService(ctx)
        removed = service.remove(args.batch, service.resolve(args.people))
    return _done(
        args,
        {"batch_id": args.batch, "removed": removed},
        fill(translate("CliBatch", "{n} peserta dikeluarkan dari batch {id}."), n=removed, id=args.batch),
    )


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            fill(translate("CliBatch", "tanggal tidak dikenal: {text} (pakai YYYY-MM-DD)"), text=repr(text))
        ) from None


def cmd_renew(args: argparse.Namespace) -> int:
    from desktop_app.domain.dates import YearMonth
    from desktop_app.services.renewal import RenewalService

    with open_context(args) as ctx:
        result = RenewalService(ctx).renew(
            args.scheme,
            args.name,
            YearMonth.parse(args.start),
            YearMonth.parse(args.end),
            pks_number=args.pks,
            budget=args.budget,
            target=args.target,
        )
    if args.json:
        print_json(result.as_dict())
        return EXIT_OK
    print(
        fill(
            translate(
                "CliBatch",
                "Skema {id} {name} dibuat; batch perpanjangan {batch} berisi {people} peserta "
                "(KPJ ikut). Ekspor batch itu lalu kirim.",
            ),
            id=result.scheme.id,
            name=result.scheme.name,
            batch=result.batch_id,
            people=len(result.carried),
        )
    )
    for number, name, why in result.left_out:
        print(fill(translate("CliBatch", "  tidak ikut: {number}  {name}: {why}"), number=number, name=name, why=why))
    return EXIT_OK


def cmd_submit(args: argparse.Namespace) -> int:
    from desktop_app.domain.batch import BatchStatus
    from desktop_app.services.batches import BatchService

    with open_context(args) as ctx:
        service = BatchService(ctx)
        recipient = args.recipient or service.last_recipient()
        service.submit(args.batch, args.sent_on, args.letter, recipient)
        sent = service.get(args.batch)
    return _done(
        args,
        {
            "batch_id": args.batch,
            "status": str(BatchStatus.SUBMITTED),
            "sent_on": sent.sent_on,
            "cover_letter_no": sent.cover_letter_no,
            "recipient": sent.recipient,
        },
        fill(
            translate(
                "CliBatch",
                "Batch {id} ditandai terkirim. Catat jawaban BPJS dengan: lindungi import-answer BERKAS --batch {id}",
            ),
            id=args.batch,
        ),
    )


def cmd_correction(args: argparse.Namespace) -> int:
    from desktop_app.services.batches import BatchService

    with open_context(args) as ctx:
        service = BatchService(ctx)
        batch_id = service.correction(args.batch, args.title)
        people = service.counts(batch_id).people
    return _done(
        args,
        {"batch_id": batch_id, "parent_batch_id": args.batch, "people": people},
        fill(
            translate(
                "CliBatch",
                "Batch koreksi {id} dibuat dengan {people} peserta yang ditolak di batch "
                "{parent}. Perbaiki datanya, lalu ekspor.",
            ),
            id=batch_id,
            people=people,
            parent=args.batch,
        ),
    )


def _done(args: argparse.Namespace, data: dict, text: str) -> int:
    if args.json:
        print_json(data)
    else:
        print(text)
    return EXIT_OK
