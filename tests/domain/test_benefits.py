"""Benefit figures printed on the slip (DOMAIN.md: "Benefits to print on the slip")."""

from desktop_app.domain import benefits


def test_jkm_total_is_the_sum_of_its_parts():
    assert benefits.JKM_TOTAL == 42_000_000
    assert (benefits.JKM_LUMP_SUM, benefits.JKM_PERIODIC, benefits.JKM_FUNERAL) == (20_000_000, 12_000_000,
                                                                                   10_000_000)


def test_lines_carry_the_figures_in_rupiah_and_the_call_centre():
    text = " ".join(benefits.benefit_lines() + benefits.claim_lines())
    for expected in ("Rp42.000.000", "Rp20.000.000", "Rp12.000.000", "Rp10.000.000", "2 anak", "3 tahun",
                     "175", "KTP ahli waris", "surat keterangan kematian", "perjalanan"):
        assert expected in text
