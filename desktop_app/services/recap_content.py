"""What a batch recap (berita acara) says: batch facts, participants, totals, money, signers.

Money is integer rupiah from the one money rule, ``domain.contribution.period_cost`` (the
same as the statistics and the export's Rekap sheet): per month, the first month's
contribution of every participant; for the coverage period, each participant's own months.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime
from functools import lru_cache

from desktop_app.domain.adhoc import POSTS, days_text
from desktop_app.domain.batch import Batch, status_label
from desktop_app.domain.contribution import Cover, PeriodCost, period_cost
from desktop_app.domain.cost_text import cost_lines
from desktop_app.domain.dates import format_date, format_date_long
from desktop_app.domain.money import format_rupiah
from desktop_app.domain.nik import mask_nik
from desktop_app.domain.occupations import occupation_text
from desktop_app.domain.office import Office
from desktop_app.domain.programs import programs_text
from desktop_app.domain.registration import Registration, Sex, sex_label
from desktop_app.domain.scheme import Scheme
from desktop_app.formats.recap_pdf import RecapRow, RecapView, Signer
from desktop_app.i18n import QT_TRANSLATE_NOOP, tr
from desktop_app.services.context import Context
from desktop_app.services.office import OfficeService
from desktop_app.services.print_settings import PrintSettings
from desktop_app.services.slip_content import payer_text, slip_header

M = {
    "title": QT_TRANSLATE_NOOP("Recap", "BERITA ACARA SERAH TERIMA DATA PESERTA"),
    "subtitle": QT_TRANSLATE_NOOP("Recap", "Pendaftaran Pekerja Rentan sebagai Peserta BPJS Ketenagakerjaan "
                                           "(Program {programs})"),
    "scheme": QT_TRANSLATE_NOOP("Recap", "Skema"),
    "payer": QT_TRANSLATE_NOOP("Recap", "Iuran dibayar oleh"),
    "pks": QT_TRANSLATE_NOOP("Recap", "Nomor PKS"),
    "batch": QT_TRANSLATE_NOOP("Recap", "Nomor batch"),
    "batch_date": QT_TRANSLATE_NOOP("Recap", "Tanggal batch"),
    "coverage": QT_TRANSLATE_NOOP("Recap", "Masa perlindungan"),
    "people": QT_TRANSLATE_NOOP("Recap", "Jumlah peserta"),
    "people_value": QT_TRANSLATE_NOOP("Recap", "{total} orang (laki-laki {men}, perempuan {women})"),
    "intro": QT_TRANSLATE_NOOP("Recap", "Pada tanggal {date}, {office} menyerahkan data {total} peserta pekerja "
                                        "rentan dalam batch {batch} untuk didaftarkan sebagai peserta BPJS "
                                        "Ketenagakerjaan, dengan rincian sebagai berikut."),
    "officer": QT_TRANSLATE_NOOP("Recap", "Yang menyerahkan,"),
    "head": QT_TRANSLATE_NOOP("Recap", "Mengetahui,"),
    "receiver": QT_TRANSLATE_NOOP("Recap", "Yang menerima,"),
    "receiver_blank": QT_TRANSLATE_NOOP("Recap", "Dinas / BPJS Ketenagakerjaan"),
    "sent_on": QT_TRANSLATE_NOOP("Recap", "Tanggal kirim"),
    "letter": QT_TRANSLATE_NOOP("Recap", "Nomor surat pengantar"),
    "recipient": QT_TRANSLATE_NOOP("Recap", "Penerima"),
    "draft": QT_TRANSLATE_NOOP("Recap", "DRAF"),
    "draft_note": QT_TRANSLATE_NOOP("Recap", "DRAF — batch belum diekspor, daftar masih dapat berubah: "
                                             "bukan untuk ditandatangani"),
    "printed": QT_TRANSLATE_NOOP("Recap", "Dicetak {date} oleh {operator}"),
    "running": QT_TRANSLATE_NOOP("Recap", "Berita acara batch {batch} — {office}"),
    "excluded": QT_TRANSLATE_NOOP("Recap", "Catatan: {count} pendaftaran dalam batch ini sudah dihapus dan "
                                           "tidak dicantumkan."),
    "status": QT_TRANSLATE_NOOP("Recap", "Status batch"),
    "renewal": QT_TRANSLATE_NOOP("Recap", "Jenis batch"),
    "adhoc_subtitle": QT_TRANSLATE_NOOP("Recap", "Pendaftaran Petugas Ad Hoc sebagai Peserta BPJS Ketenagakerjaan "
                                                 "Penerima Upah (Program {programs}, iuran dihitung per hari tugas)"),
    "adhoc_intro": QT_TRANSLATE_NOOP("Recap", "Pada tanggal {date}, {office} menyerahkan data {total} petugas ad hoc "
                                              "dalam batch {batch} untuk didaftarkan sebagai peserta BPJS "
                                              "Ketenagakerjaan, dengan rincian sebagai berikut."),
    "agency": QT_TRANSLATE_NOOP("Recap", "Instansi pelaksana"),
    "task": QT_TRANSLATE_NOOP("Recap", "Masa tugas (perlindungan)"),
    "risk": QT_TRANSLATE_NOOP("Recap", "Kelas risiko JKK"),
    "posts": QT_TRANSLATE_NOOP("Recap", "Jabatan"),
    "post_row": QT_TRANSLATE_NOOP("Recap", "{post} · honorarium {honorarium}"),
    "renewal_value": QT_TRANSLATE_NOOP("Recap", "Perpanjangan kepesertaan dari skema {name} (KPJ lama tetap)"),
}


def sent_date(batch: Batch) -> date | None:
    """The day the batch was sent (recorded by "Tandai terkirim"), if it was."""
    return date.fromisoformat(batch.sent_on) if batch.sent_on else None


def batch_date(batch: Batch) -> date:
    stamp = batch.locked_at or batch.created_at
    return datetime.fromisoformat(stamp).date()


class RecapComposer:
    def __init__(self, ctx: Context, office: Office, settings: PrintSettings) -> None:
        self.ctx = ctx
        self.office = office
        self.settings = settings
        self.offices = OfficeService(ctx)
        self._name = lru_cache(maxsize=4096)(self._region_name)

    def _region_name(self, code: str) -> str:
        region = self.ctx.regions.get(code) if code else None
        return region.name if region else code

    def place(self) -> str:
        """Where the recap is signed: the office's kecamatan, else (a kabupaten office) its regency."""
        return self._name(self.office.area_code).removeprefix("Kabupaten ").removeprefix("Kota ")

    def money(self, scheme: Scheme, regs: list[Registration]) -> PeriodCost:
        """What the participants cost under their scheme (people, months, rates, totals)."""
        groups = Counter((r.programs, None if scheme.income_base else r.income,
                          r.coverage_start or scheme.coverage_start, r.coverage_end or scheme.coverage_end,
                          r.honorarium) for r in regs)
        covers = [Cover(n, *key) for key, n in groups.items()]
        return period_cost(self.offices.rate_table(scheme), scheme, covers, self.ctx.store.schemes.discounts())

    def rows(self, regs: list[Registration], scheme: Scheme | None = None) -> list[RecapRow]:
        """One row per participant; an ad-hoc officer's work column names the post and honorarium."""
        out = []
        for r in regs:
            birth = ", ".join(p for p in (r.birth_place, format_date(r.birth_date)) if p)
            work = occupation_text(r.occupation, r.occupation_other)
            if scheme is not None and scheme.is_adhoc:
                work = tr(M["post_row"], post=r.post or "-", honorarium=format_rupiah(r.honorarium or 0))
            out.append(RecapRow(r.full_name, r.nik if self.settings.full_nik else mask_nik(r.nik), birth,
                                sex_label(r.sex, short=True), self._name(r.village_code), work))
        return out

    def village_totals(self, regs: list[Registration]) -> list[tuple[str, int, int]]:
        counts = Counter((self._name(r.village_code), r.sex) for r in regs)
        names = sorted({name for name, _ in counts})
        return [(name, counts[(name, Sex.MALE)], counts[(name, Sex.FEMALE)]) for name in names]

    def info(self, batch: Batch, scheme: Scheme, regs: list[Registration]) -> list[tuple[str, str]]:
        sexes = Counter(r.sex for r in regs)
        title = f" — {batch.title}" if batch.title else ""
        return [
            (tr(M["scheme"]), scheme.name), (tr(M["payer"]), payer_text(scheme)),
            (tr(M["pks"]), scheme.pks_number or "-"), (tr(M["batch"]), f"{batch.id}{title}"),
            (tr(M["batch_date"]), format_date_long(batch_date(batch))),
            (tr(M["status"]), status_label(batch.status)),
            *self.coverage_lines(scheme, regs),
            (tr(M["people"]), tr(M["people_value"], total=len(regs), men=sexes[Sex.MALE], women=sexes[Sex.FEMALE])),
        ] + self.renewal_lines(batch) + self.sent_lines(batch)

    def coverage_lines(self, scheme: Scheme, regs: list[Registration]) -> list[tuple[str, str]]:
        """The scheme's months; for an ad-hoc scheme its agency, task days, risk class and the posts."""
        if not scheme.is_adhoc:
            return [(tr(M["coverage"]), f"{scheme.coverage_start.label()} – {scheme.coverage_end.label()}")]
        wage = self.offices.rate_table(scheme).wage
        posts = Counter(r.post for r in regs)
        return [(tr(M["agency"]), scheme.agency or "-"), (tr(M["task"]), days_text(scheme.task_start, scheme.task_end)),
                (tr(M["risk"]), wage.risk_text(scheme.risk_class) if wage else "-"),
                (tr(M["posts"]), ", ".join(f"{p} {posts[p]}" for p in POSTS if posts[p]) or "-")]

    def renewal_lines(self, batch: Batch) -> list[tuple[str, str]]:
        """A renewal batch says so ("perpanjangan") and names the scheme it renews."""
        if not batch.renewal_of:
            return []
        old = self.ctx.store.schemes.get(batch.renewal_of)
        return [(tr(M["renewal"]), tr(M["renewal_value"], name=old.name if old else str(batch.renewal_of)))]

    @staticmethod
    def sent_lines(batch: Batch) -> list[tuple[str, str]]:
        """Date sent, cover letter and recipient, once "Tandai terkirim" recorded them."""
        sent = sent_date(batch)
        if sent is None:
            return []
        return [(tr(M["sent_on"]), format_date_long(sent)), (tr(M["letter"]), batch.cover_letter_no or "-"),
                (tr(M["recipient"]), batch.recipient or "-")]

    def signers(self, batch: Batch) -> tuple[Signer, Signer, Signer]:
        """Who hands over, who acknowledges (head of office), who receives (the Dinas/BPJS office
        named when the batch was marked sent; a line to write on until then)."""
        office = self.office
        return (Signer(tr(M["officer"]), office.officer_title, office.officer_name, office.officer_nip),
                Signer(tr(M["head"]), office.head_title, office.head_name, office.head_nip),
                Signer(tr(M["receiver"]), batch.recipient or tr(M["receiver_blank"]), "", ""))

    def money_lines(self, scheme: Scheme, regs: list[Registration]) -> list[tuple[str, str]]:
        """People, person-months, the months covered, the rate and the totals, in the words every
        other place uses (``domain.cost_text``)."""
        return [(line.label, line.text) for line in cost_lines(self.money(scheme, regs))]

    def view(self, batch: Batch, scheme: Scheme, regs: list[Registration], excluded: int = 0) -> RecapView:
        today, office, batch_no = self.ctx.today(), self.office, str(batch.id)
        handed = sent_date(batch) or today
        kind = "adhoc_" if scheme.is_adhoc else ""
        return RecapView(
            header=slip_header(office, self.settings.logo_path), title=tr(M["title"]),
            subtitle=tr(M[f"{kind}subtitle"], programs=programs_text(scheme.programs)),
            info=self.info(batch, scheme, regs),
            intro=tr(M[f"{kind}intro"], date=format_date_long(handed), office=office.name, total=len(regs),
                     batch=batch_no),
            rows=self.rows(regs, scheme), village_totals=self.village_totals(regs),
            money=self.money_lines(scheme, regs),
            place_date=f"{self.place()}, {format_date_long(handed)}", signers=self.signers(batch),
            printed=tr(M["printed"], date=format_date_long(today), operator=self.ctx.operator),
            running_title=tr(M["running"], batch=batch_no, office=office.name),
            notes=[tr(M["excluded"], count=excluded)] if excluded else [],
            draft="" if batch.frozen else tr(M["draft"]), draft_note="" if batch.frozen else tr(M["draft_note"]))
