"""How sex, marital status, occupation and programs read: one label function each, stored
values unchanged, the same words in Indonesian and English wherever they are shown."""

import pytest

from desktop_app.domain.occupations import OTHER, occupation_label, occupation_text
from desktop_app.domain.programs import (
    BASE_PROGRAMS,
    PROGRAMS,
    Program,
    has_base,
    in_order,
    programs_text,
    programs_with,
)
from desktop_app.domain.registration import MaritalStatus, Sex, marital_label, sex_label, spouse_relationship
from desktop_app.i18n import set_language


@pytest.fixture
def english():
    set_language("en")
    yield
    set_language("id")


def test_stored_values_stay_what_the_database_holds():
    assert [s.value for s in Sex] == ["L", "P"]
    assert [m.value for m in MaritalStatus] == ["", "belum_kawin", "kawin", "cerai_hidup", "cerai_mati"]
    assert [p.value for p in PROGRAMS] == ["JKK", "JKM", "JHT"] and BASE_PROGRAMS == ("JKK", "JKM")


def test_sex_labels_long_short_and_unknown(english):
    assert (sex_label("L"), sex_label(Sex.FEMALE), sex_label("P", short=True)) == ("Male", "Female", "F")
    assert sex_label("X") == "X" and sex_label("") == ""
    set_language("id")
    assert (sex_label("L"), sex_label("P"), sex_label("L", short=True)) == ("Laki-laki", "Perempuan", "L")


def test_marital_labels(english):
    assert marital_label("kawin") == "Married" and marital_label("") == "(not recorded)"
    assert marital_label("unknown") == "unknown"
    set_language("id")
    assert marital_label(MaritalStatus.WIDOWED) == "Cerai mati"


def test_spouse_of_a_married_person():
    assert (spouse_relationship("L"), spouse_relationship("P"), spouse_relationship("")) == ("Istri", "Suami", "")


def test_occupation_text_names_a_typed_one_after_lainnya(english):
    assert occupation_text("Petani/Pekebun", "") == "Farmer/Planter" == occupation_label("Petani/Pekebun")
    assert occupation_text(OTHER, "Pawang hujan") == "Other: Pawang hujan"
    set_language("id")
    assert occupation_text(OTHER, "Pawang hujan") == "Lainnya: Pawang hujan"
    assert occupation_text(OTHER, "") == "Lainnya" and occupation_text("", "") == ""
    assert occupation_text("Juru parkir liar", "") == "Juru parkir liar"    # not on the list: as typed


def test_programs_list_order_and_text():
    assert programs_with(jht=False) == BASE_PROGRAMS and programs_with(jht=True) == PROGRAMS
    assert in_order(["JHT", "JKM", "JKK", "JKM"]) == ("JKK", "JKM", "JHT")
    assert in_order(["XYZ", "JKM", "ABC"]) == ("JKM", "ABC", "XYZ")
    assert has_base(("JKM", "JKK")) and not has_base((Program.JKK, Program.JHT))
    assert programs_text(("JKM", "JKK")) == "JKK + JKM" and programs_text(PROGRAMS, ", ") == "JKK, JKM, JHT"
    assert type(programs_text(PROGRAMS)) is str
