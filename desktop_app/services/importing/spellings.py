"""How village lists spell values: sex, marital status, heir relationships, occupations.

Used twice: to turn a typed value into the form's value (``rows``), and to
recognise what a column holds from its values (``content``).
"""

from __future__ import annotations

from desktop_app.domain.occupations import OTHER, canonical_occupation
from desktop_app.domain.problems import Problem, warning
from desktop_app.domain.registration import HEIR_RELATIONSHIPS
from desktop_app.i18n import QT_TRANSLATE_NOOP
from desktop_app.services.importing.headers import normalize_value

M_OCCUPATION_OTHER = QT_TRANSLATE_NOOP("Import", "Pekerjaan \"{value}\" tidak ada di daftar; dicatat sebagai "
                                                 "\"Lainnya\".")
M_MARITAL = QT_TRANSLATE_NOOP("Import", "Status perkawinan \"{value}\" tidak dikenal; dikosongkan.")

SEX = {"L": "L", "LK": "L", "LAKI": "L", "LAKI LAKI": "L", "LAKILAKI": "L", "PRIA": "L", "M": "L", "MALE": "L",
       "COWOK": "L", "LELAKI": "L", "P": "P", "PR": "P", "PEREMPUAN": "P", "WANITA": "P", "W": "P", "F": "P",
       "FEMALE": "P", "PRP": "P"}
MARKS = frozenset({"V", "X", "1", "YA", "Y", "√", "✓", "✔", "*", "O", "ADA"})
_MARITAL = {"KAWIN": "kawin", "MENIKAH": "kawin", "SUDAH KAWIN": "kawin", "SUDAH MENIKAH": "kawin", "K": "kawin",
            "BELUM KAWIN": "belum_kawin", "BELUM MENIKAH": "belum_kawin", "LAJANG": "belum_kawin",
            "BK": "belum_kawin", "TK": "belum_kawin", "BELUM": "belum_kawin", "CERAI HIDUP": "cerai_hidup",
            "CH": "cerai_hidup", "JANDA": "cerai_hidup", "DUDA": "cerai_hidup", "CERAI": "cerai_hidup",
            "CERAI MATI": "cerai_mati", "CM": "cerai_mati", "MARRIED": "kawin", "SINGLE": "belum_kawin"}
_OCCUPATION_WORDS = {
    "Petani/Pekebun": ("PETANI", "PEKEBUN", "PETANI PEKEBUN", "BERTANI", "BERKEBUN", "PETANI SAWIT", "PETANI KEBUN",
                       "TANI", "FARMER"),
    "Buruh Tani/Perkebunan": ("BURUH TANI", "BURUH KEBUN", "BURUH PERKEBUNAN", "BURUH TANI PERKEBUNAN",
                              "BURUH SAWIT", "BURUH TANI KEBUN"),
    "Nelayan/Perikanan": ("NELAYAN", "PERIKANAN", "NELAYAN PERIKANAN", "PEMBUDIDAYA IKAN", "FISHERMAN"),
    "Buruh Nelayan/Perikanan": ("BURUH NELAYAN", "ABK", "BURUH NELAYAN PERIKANAN", "BURUH PERIKANAN"),
    "Peternak": ("PETERNAK", "PETERNAKAN"),
    "Buruh Peternakan": ("BURUH PETERNAKAN", "BURUH TERNAK"),
    "Buruh Harian Lepas": ("BURUH HARIAN LEPAS", "BHL", "BURUH HARIAN", "BURUH", "BURUH LEPAS", "HARIAN LEPAS",
                           "BURUH HARIAN LEPAS BHL", "LABOURER"),
    "Pedagang (kecil/keliling/kaki lima)": ("PEDAGANG", "PEDAGANG KECIL", "PEDAGANG KELILING", "PKL",
                                            "PEDAGANG KAKI LIMA", "BERDAGANG", "DAGANG", "WARUNG", "JUALAN"),
    "Tukang Ojek": ("OJEK", "TUKANG OJEK", "OJOL", "OJEK ONLINE", "PENGOJEK"),
    "Sopir Angkot": ("SOPIR ANGKOT", "SUPIR ANGKOT", "SOPIR", "SUPIR"),
    "Tukang Parkir": ("TUKANG PARKIR", "JUKIR", "JURU PARKIR"),
    "Buruh Pelabuhan/Tukang Angkut": ("BURUH PELABUHAN", "TUKANG ANGKUT", "KULI ANGKUT", "PORTER", "BURUH ANGKUT"),
    "Kuli Bangunan": ("KULI BANGUNAN", "BURUH BANGUNAN", "TUKANG BANGUNAN"),
    "Tukang Las/Pandai Besi": ("TUKANG LAS", "PANDAI BESI", "TUKANG LAS PANDAI BESI"),
    "Tukang Jahit": ("TUKANG JAHIT", "PENJAHIT"),
    "Pembantu Rumah Tangga": ("PEMBANTU RUMAH TANGGA", "PRT", "ART", "ASISTEN RUMAH TANGGA"),
    "Paraji/Dukun Beranak": ("PARAJI", "DUKUN BERANAK", "DUKUN BAYI", "PARAJI DUKUN BERANAK"),
    "Penggiat Agama (marbot, guru ngaji)": ("MARBOT", "GURU NGAJI", "PENGGIAT AGAMA", "GARIN", "MODIN"),
    "Pekerja Serabutan": ("PEKERJA SERABUTAN", "SERABUTAN"),
    "Pelaku UMKM": ("UMKM", "PELAKU UMKM", "USAHA MIKRO", "WIRAUSAHA"),
}
_OCCUPATION_ALIASES = {alias: name for name, aliases in _OCCUPATION_WORDS.items() for alias in aliases}
_RELATIONSHIPS = {normalize_value(r): str(r) for r in HEIR_RELATIONSHIPS}
_RELATIONSHIPS.update({"ISTERI": "Istri", "ISTRI": "Istri", "SUAMI": "Suami", "ANAK KANDUNG": "Anak",
                       "BAPAK": "Ayah", "AYAH KANDUNG": "Ayah", "IBU KANDUNG": "Ibu", "ORANG TUA": "Lainnya",
                       "ORTU": "Lainnya", "KAKAK": "Saudara Kandung", "ADIK": "Saudara Kandung",
                       "SAUDARA": "Saudara Kandung", "WIFE": "Istri", "HUSBAND": "Suami", "CHILD": "Anak",
                       "SON": "Anak", "DAUGHTER": "Anak", "ANAK ANGKAT": "Lainnya"})


def occupation_of(text: str) -> tuple[str, str, Problem | None]:
    """(occupation, occupation_other, warning) for an occupation as a village typed it."""
    if not text:
        return "", "", None
    canonical = canonical_occupation(text)
    if canonical:
        return canonical, "", None
    alias = _OCCUPATION_ALIASES.get(normalize_value(text))
    if alias:
        return alias, "", None
    return OTHER, text, warning("occupation", "import.occupation_other", M_OCCUPATION_OTHER, value=text)


def is_occupation(text: str) -> bool:
    return bool(canonical_occupation(text) or normalize_value(text) in _OCCUPATION_ALIASES)


def sex_of(text: str) -> str:
    return SEX.get(normalize_value(text), text)


def marital_of(text: str) -> tuple[str, Problem | None]:
    if not text:
        return "", None
    value = _MARITAL.get(normalize_value(text))
    if value is None:
        return "", warning("marital_status", "import.marital", M_MARITAL, value=text)
    return value, None


def is_marital(text: str) -> bool:
    return normalize_value(text) in _MARITAL


def relationship_of(text: str) -> str:
    found = _RELATIONSHIPS.get(normalize_value(text))
    return found or (text.title() if text.isupper() else text)


def is_relationship(text: str) -> bool:
    return normalize_value(text) in _RELATIONSHIPS


def is_mark(text: str) -> bool:
    return text.strip().upper() in MARKS
