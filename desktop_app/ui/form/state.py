"""Moving values between the form's inputs and a ``Registration`` (or a raw draft dict)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_app.domain.dates import YearMonth
from desktop_app.domain.problems import Problem, error
from desktop_app.domain.programs import Program
from desktop_app.domain.registration import Registration
from desktop_app.ui.form.widget import RegistrationForm

TEXT_FIELDS = (
    "nik",
    "full_name",
    "birth_place",
    "mother_name",
    "kk_number",
    "address",
    "rt",
    "rw",
    "phone",
    "email",
    "occupation_other",
    "consent_note",
    "note",
    "kpj",
    "bpjs_reason",
)
CHOICE_FIELDS = ("sex", "marital_status", "legal_basis", "bpjs_status", "scheme_id", "post")
TYPED_FIELDS = ("occupation", "district", "village")


translate = QCoreApplication.translate


def _text(form: RegistrationForm, name: str) -> str:
    widget = getattr(form, name)
    return widget.typed() if hasattr(widget, "typed") else widget.text()


def _combo(form: RegistrationForm, name: str):
    return form.scheme if name == "scheme_id" else getattr(form, name)


def read_registration(form: RegistrationForm, base: Registration) -> Registration:
    """What the inputs hold, on top of ``base`` (the record being edited, or a blank one)."""
    values = {name: _text(form, name) for name in TEXT_FIELDS}
    values.update(
        birth_date=form.birth_date.date(),
        sex=form.sex.value() or "",
        marital_status=form.marital_status.value() or "",
        village_code=form.village.value() or "",
        occupation=form.occupation.value() or form.occupation.text(),
        income=form.income.value(),
        post=form.post.value() or "",
        honorarium=form.honorarium.value(),
        programs=tuple(p for p, box in form.programs.items() if box.isChecked()),
        scheme_id=form.scheme.value(),
        coverage_start=form.coverage_start.month(),
        coverage_end=form.coverage_end.month(),
        heirs=form.heirs.heirs(),
        legal_basis=form.legal_basis.value() or "",
        consent_date=form.consent_date.date(),
        bpjs_status=form.bpjs_status.value() or "",
    )
    return base.copy(**values)


def ui_problems(form: RegistrationForm) -> list[Problem]:
    """Input the domain never sees because it could not be read (dates, amounts, names of places)."""
    out = []
    for name, widget in (("birth_date", form.birth_date), ("consent_date", form.consent_date)):
        if widget.is_unreadable():
            out.append(
                error(
                    name,
                    "ui.date",
                    translate("RegistrationForm", 'Tanggal "{value}" tidak dapat dibaca; tulis seperti 17/08/1990.'),
                    value=widget.text(),
                )
            )
    for name in ("income", "honorarium"):
        if getattr(form, name).is_unreadable():
            out.append(
                error(
                    name,
                    "ui.money",
                    translate("RegistrationForm", 'Jumlah "{value}" tidak dapat dibaca; tulis angka saja.'),
                    value=getattr(form, name).text(),
                )
            )
    if form.district.text() and form.district.value() is None:
        out.append(
            error(
                "district",
                "ui.district",
                translate(
                    "RegistrationForm",
                    'Kecamatan "{value}" tidak ada di daftar; pilih dari '
                    "daftar atau tekan Alt+L untuk mencari di seluruh Indonesia.",
                ),
                value=form.district.text(),
            )
        )
    if form.village.text() and form.village.value() is None:
        out.append(
            error(
                "village_code",
                "ui.village",
                translate("RegistrationForm", 'Desa/kelurahan "{value}" tidak ada di kecamatan ini.'),
                value=form.village.text(),
            )
        )
    for name in ("coverage_start", "coverage_end"):
        combo = getattr(form, name)
        if combo.text() and combo.month() is None:
            out.append(
                error(
                    name,
                    "ui.month",
                    translate("RegistrationForm", 'Bulan "{value}" tidak ada dalam masa skema.'),
                    value=combo.text(),
                )
            )
    return out


def as_typed_by_hand(problems: list[Problem]) -> list[Problem]:
    """The domain explains a 15-digit NIK as Excel's doing (true of imported lists); in the form a
    person typed it, so the message speaks of a digit left out while typing."""
    out = []
    for p in problems:
        if p.code.endswith("fifteen_digits") and p.field in ("nik", "kk_number"):
            text = translate("RegistrationForm", "{label} baru 15 angka; harus 16. Satu angka mungkin terlewat — "
                                                 "cocokkan lagi dengan kartunya.")
            p = error(p.field, "ui.nik_fifteen_typed", text, label=p.params.get("label", "NIK"))
        out.append(p)
    return out


def raw_state(form: RegistrationForm) -> dict:
    """Everything as typed (JSON-safe), for drafts and for noticing unsaved changes."""
    raw = {name: _text(form, name) for name in TEXT_FIELDS}
    raw.update({name: _combo(form, name).value() for name in CHOICE_FIELDS})
    raw.update({name: getattr(form, name).text() for name in TYPED_FIELDS})
    raw.update(
        birth_date=form.birth_date.text(),
        consent_date=form.consent_date.text(),
        income=form.income.text(),
        honorarium=form.honorarium.text(),
        jht=form.programs[Program.JHT].isChecked(),
        heirs=form.heirs.raw(),
    )
    for name in ("coverage_start", "coverage_end"):
        month = getattr(form, name).month()
        raw[name] = month.iso() if month else getattr(form, name).text()
    return raw


def set_raw_state(form: RegistrationForm, raw: dict) -> None:
    """Put a draft back. Order matters: the district fills the villages, the scheme the months."""
    for name in TEXT_FIELDS:
        getattr(form, name).setText(str(raw.get(name) or ""))
    for name in CHOICE_FIELDS:
        _combo(form, name).set_value(raw.get(name))
    for name in TYPED_FIELDS:
        getattr(form, name).set_text(str(raw.get(name) or ""))
    form.birth_date.setText(str(raw.get("birth_date") or ""))
    form.consent_date.setText(str(raw.get("consent_date") or ""))
    form.income.setText(str(raw.get("income") or ""))
    form.honorarium.setText(str(raw.get("honorarium") or ""))
    form.programs[Program.JHT].setChecked(bool(raw.get("jht")))
    for name in ("coverage_start", "coverage_end"):
        set_month_text(getattr(form, name), str(raw.get(name) or ""))
    form.heirs.set_raw(list(raw.get("heirs") or []))


def set_month_text(combo, text: str) -> None:
    try:
        combo.set_value(YearMonth.parse(text))
    except ValueError:
        combo.set_text(text)


def write_registration(form: RegistrationForm, reg: Registration) -> None:
    """Show a stored registration (the village and scheme are set by the binders first)."""
    for name in TEXT_FIELDS:
        getattr(form, name).setText(getattr(reg, name) or "")
    for name in CHOICE_FIELDS:
        _combo(form, name).set_value(getattr(reg, name))
    form.birth_date.set_date(reg.birth_date)
    form.consent_date.set_date(reg.consent_date)
    form.income.set_value(reg.income)
    form.honorarium.set_value(reg.honorarium)
    if form.occupation.index_of(reg.occupation) >= 0:
        form.occupation.set_value(reg.occupation)
    else:
        form.occupation.set_text(reg.occupation)
    form.programs[Program.JHT].setChecked(Program.JHT in reg.programs)
    form.coverage_start.set_value(reg.coverage_start)
    form.coverage_end.set_value(reg.coverage_end)
    form.heirs.set_heirs(reg.heirs)
