"""What one enrolment slip says, built from a registration, its scheme and the office.

Formats everything the paper shows (masked or full NIK per setting, long dates,
rupiah, region names, translated labels) and signs the QR text with the office's Ed25519 private key. Scheme data,
contribution figures and region names are looked up once per run.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from functools import lru_cache

from desktop_app.domain.contribution import Cover, period_cost
from desktop_app.domain.cost_text import task_days_text
from desktop_app.domain.dates import format_date_long
from desktop_app.domain.money import format_rupiah
from desktop_app.domain.nik import mask_nik
from desktop_app.domain.occupations import occupation_text
from desktop_app.domain.office import Office
from desktop_app.domain.programs import programs_text
from desktop_app.domain.regions import district_of, regency_of
from desktop_app.domain.registration import Registration, sex_label
from desktop_app.domain.regnumber import format_number
from desktop_app.domain.scheme import Scheme
from desktop_app.domain.slip_token import SlipToken, sign
from desktop_app.formats.slip_pdf import SlipHeader, SlipView
from desktop_app.i18n import QT_TRANSLATE_NOOP, tr, translate
from desktop_app.services.context import Context
from desktop_app.services.office import OfficeService
from desktop_app.services.print_settings import PrintSettings

M_PRINTED = QT_TRANSLATE_NOOP("SlipPdf", "Dicetak {date} oleh {operator}")
M_COPY = QT_TRANSLATE_NOOP("SlipPdf", "SALINAN ke-{n}")
M_RT_RW = QT_TRANSLATE_NOOP("SlipPdf", "RT {rt}/RW {rw}")
M_PER_MONTH = QT_TRANSLATE_NOOP("SlipPdf", "{amount} per orang")
M_ADHOC_SUBTITLE = QT_TRANSLATE_NOOP("SlipPdf", "Peserta BPJS Ketenagakerjaan — Petugas Ad Hoc {post}")
M_ADHOC_COVERAGE = QT_TRANSLATE_NOOP("SlipPdf", "Masa Tugas (Perlindungan)")
M_ADHOC_MONEY = QT_TRANSLATE_NOOP("SlipPdf", "Iuran (dihitung per hari tugas)")
M_ADHOC_AMOUNT = QT_TRANSLATE_NOOP("SlipPdf", "{days} hari × {rate} = {total}")
M_ADHOC_JOB = QT_TRANSLATE_NOOP("SlipPdf", "{occupation} — {post}")


def slip_header(office: Office, logo_path: str) -> SlipHeader:
    return SlipHeader(government=office.government_name, office=office.name, address=office.address,
                      logo_path=logo_path or None)


def address_text(reg: Registration) -> str:
    parts = [reg.address.strip()]
    if reg.rt or reg.rw:
        parts.append(tr(M_RT_RW, rt=reg.rt or "-", rw=reg.rw or "-"))
    return " ".join(p for p in parts if p)


def payer_text(scheme: Scheme) -> str:
    """"Pemerintah Kabupaten … (APBD Kabupaten/Kota)": who pays, from the scheme; an ad-hoc scheme
    names the engaging agency first ("Kesbangpol — Pemerintah Kabupaten … (APBD …)")."""
    source = tr(scheme.funding_source.label)
    payer = f"{scheme.payer_name} ({source})" if scheme.payer_name else source
    return f"{scheme.agency} — {payer}" if scheme.agency else payer


def heirs_text(reg: Registration) -> str:
    return "; ".join(f"{h.name} ({translate('Heir', h.relationship)})" if h.relationship else h.name
                     for h in reg.heirs) or "-"


class SlipComposer:
    """Turns registrations into ``SlipView``s for one print run."""

    def __init__(self, ctx: Context, office: Office, settings: PrintSettings, key: bytes,
                 printed_on: date) -> None:
        self.ctx = ctx
        self.office = office
        self.settings = settings
        self.key = key
        self.printed_on = printed_on
        self.offices = OfficeService(ctx)
        self.printed = tr(M_PRINTED, date=format_date_long(printed_on), operator=ctx.operator)
        self._region_name = lru_cache(maxsize=4096)(self._lookup_region)
        self._schemes: dict[int, Scheme] = {}
        self._monthly = lru_cache(maxsize=256)(self._monthly_text)

    def _lookup_region(self, code: str) -> str:
        region = self.ctx.regions.get(code) if code else None
        return region.name if region else code

    def scheme(self, scheme_id: int) -> Scheme:
        if scheme_id not in self._schemes:
            self._schemes[scheme_id] = self.offices.scheme(scheme_id)
        return self._schemes[scheme_id]

    def _monthly_text(self, scheme_id: int, income: int | None) -> str:
        amount = self.offices.monthly_rate(self.scheme(scheme_id), income).total
        return tr(M_PER_MONTH, amount=format_rupiah(amount))

    def district_text(self, village_code: str) -> str:
        return f"{self._region_name(district_of(village_code))}, {self._region_name(regency_of(village_code))}"

    def adhoc_texts(self, reg: Registration, scheme: Scheme) -> dict:
        """An ad-hoc officer's slip: the post, the task days covered and the money by day (the one rule)."""
        cover = Cover(1, reg.programs, None, reg.coverage_start, reg.coverage_end, reg.honorarium)
        cost = period_cost(self.offices.rate_table(scheme), scheme, [cover])
        post = reg.post or "-"             # the code: "PPK"/"PPS"/"KPPS" fits the line, the long name does not
        return {"subtitle": tr(M_ADHOC_SUBTITLE, post=reg.post), "coverage_label": tr(M_ADHOC_COVERAGE),
                "coverage": task_days_text(cost), "money_label": tr(M_ADHOC_MONEY),
                "monthly": tr(M_ADHOC_AMOUNT, days=cost.person_days, rate=format_rupiah(cost.day_rate or 0),
                              total=format_rupiah(cost.total)),
                "occupation": tr(M_ADHOC_JOB, occupation=occupation_text(reg.occupation, reg.occupation_other),
                                 post=post)}

    def view(self, reg: Registration) -> SlipView:
        scheme = self.scheme(reg.scheme_id)
        if scheme.is_adhoc:
            return replace(self.base_view(reg, scheme), **self.adhoc_texts(reg, scheme))
        return self.base_view(reg, scheme)

    def base_view(self, reg: Registration, scheme: Scheme) -> SlipView:
        number = format_number(reg.seq)
        masked = mask_nik(reg.nik)
        income = None if scheme.income_base else reg.income
        monthly = "" if scheme.is_adhoc else self._monthly(scheme.id, income)
        birth = ", ".join(p for p in (reg.birth_place, format_date_long(reg.birth_date)) if p)
        return SlipView(
            number=number, name=reg.full_name, nik=reg.nik if self.settings.full_nik else masked, birth=birth,
            sex=sex_label(reg.sex),
            address=address_text(reg), village=self._region_name(reg.village_code),
            district=self.district_text(reg.village_code),
            occupation=occupation_text(reg.occupation, reg.occupation_other),
            programs=programs_text(reg.programs), coverage=f"{reg.coverage_start.label()} – {reg.coverage_end.label()}",
            monthly=monthly, payer=payer_text(scheme), heirs=heirs_text(reg),
            kpj=reg.kpj, qr_text=sign(SlipToken(number, masked, scheme.id, self.printed_on), self.key),
            printed=self.printed, officer_name=self.office.officer_name, officer_nip=self.office.officer_nip,
            copy_mark=tr(M_COPY, n=reg.print_count) if reg.print_count else "")
