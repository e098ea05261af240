"""The words village lists use for each registration field, in Indonesian and English.

Each field has phrasings (``PHRASES``); a header matches a phrasing when its
words cover the phrasing's words (after normalising, see ``headers``).
``ABBREVIATIONS`` expand the short forms clerks type (TGL, TMP, HUB, JNS, KET,
NO/NOMOR, …) before matching; ``FILLER`` are words a header or a form question
may carry that say nothing about the field ("Siapa nama lengkap Anda?").
``PARTS`` says which fields a grouped header's sub-columns can be (a
"TEMPAT/TGL LAHIR" group over "TEMPAT" and "TANGGAL").
"""

from __future__ import annotations

IGNORE = ""

PHRASES: dict[str, tuple[str, ...]] = {
    "row_number": ("NO", "NOMOR", "NOMOR URUT", "URUT", "NO URUT", "NOMOR URUT PESERTA", "NUMBER"),
    "nik": ("NIK", "NOMOR KTP", "KTP", "ID", "NOMOR INDUK KEPENDUDUKAN", "INDUK KEPENDUDUKAN", "NOMOR IDENTITAS",
            "NIK KTP", "NOMOR NIK", "E KTP", "NOMOR E KTP", "ID NUMBER", "NATIONAL ID", "IDENTITY NUMBER",
            "NIK PESERTA"),
    "full_name": ("NAMA", "NAMA LENGKAP", "NAMA PESERTA", "NAMA PEKERJA", "NAMA TENAGA KERJA", "NAMA CALON PESERTA",
                  "NAMA SESUAI KTP", "FULL NAME", "NAME", "NAMA TERTANGGUNG"),
    "birth_place": ("TEMPAT LAHIR", "TEMPAT", "TEMPAT KELAHIRAN", "PLACE OF BIRTH", "BIRTH PLACE", "KOTA LAHIR",
                    "LAHIR DI"),
    "birth_date": ("TANGGAL LAHIR", "TANGGAL KELAHIRAN", "DATE OF BIRTH", "BIRTH DATE", "DOB", "LAHIR TANGGAL"),
    "birth_place_date": ("TEMPAT TANGGAL LAHIR", "TEMPAT DAN TANGGAL LAHIR", "TEMPAT LAHIR TANGGAL LAHIR",
                         "PLACE AND DATE OF BIRTH", "TTL"),
    "sex": ("JENIS KELAMIN", "KELAMIN", "LP", "L P", "LK PR", "JK", "GENDER", "SEX", "LAKI LAKI PEREMPUAN",
            "PRIA WANITA"),
    "sex_male": ("JENIS KELAMIN L", "JENIS KELAMIN LK", "JENIS KELAMIN LAKI LAKI", "LAKI LAKI", "LK", "PRIA"),
    "sex_female": ("JENIS KELAMIN P", "JENIS KELAMIN PR", "JENIS KELAMIN PEREMPUAN", "PEREMPUAN", "PR", "WANITA"),
    "mother_name": ("NAMA IBU KANDUNG", "IBU KANDUNG", "NAMA IBU", "IBU", "NAMA GADIS IBU KANDUNG", "MOTHER NAME",
                    "MOTHER MAIDEN NAME", "MAIDEN NAME"),
    "kk_number": ("NOMOR KK", "KK", "NKK", "NOMOR KARTU KELUARGA", "KARTU KELUARGA", "FAMILY CARD"),
    "marital_status": ("STATUS PERKAWINAN", "STATUS KAWIN", "PERKAWINAN", "STATUS PERNIKAHAN", "MARITAL STATUS"),
    "address": ("ALAMAT", "ALAMAT LENGKAP", "ALAMAT RUMAH", "ALAMAT DOMISILI", "DOMISILI", "ALAMAT TEMPAT TINGGAL",
                "JALAN", "DUSUN", "ALAMAT JALAN", "ADDRESS", "TEMPAT TINGGAL"),
    "rt": ("RT",),
    "rw": ("RW",),
    "rt_rw": ("RT RW",),
    "village": ("DESA", "KELURAHAN", "DESA KELURAHAN", "NAMA DESA", "NAMA KELURAHAN", "KODE DESA", "VILLAGE"),
    "district": ("KECAMATAN", "NAMA KECAMATAN", "DISTRICT"),
    "phone": ("NOMOR HP", "HP", "NOMOR TELEPON", "TELEPON", "HANDPHONE", "WA", "WHATSAPP", "NOMOR WA", "KONTAK",
              "PHONE", "MOBILE", "NOMOR PONSEL", "PONSEL"),
    "email": ("EMAIL", "ALAMAT EMAIL", "SUREL", "ALAMAT SUREL", "EMAIL ADDRESS"),
    "occupation": ("PEKERJAAN", "JENIS PEKERJAAN", "PROFESI", "MATA PENCAHARIAN", "PEKERJAAN UTAMA", "OCCUPATION",
                   "JOB", "USAHA", "JENIS USAHA", "BIDANG PEKERJAAN"),
    "income": ("PENGHASILAN", "PENDAPATAN", "UPAH", "GAJI", "INCOME", "PENGHASILAN PER BULAN", "RATA RATA PENGHASILAN"),
    "heir_name": ("AHLI WARIS", "NAMA AHLI WARIS", "HEIR", "HEIR NAME", "NAMA WARIS", "WARIS",
                  "PENERIMA MANFAAT", "NAMA PENERIMA MANFAAT"),
    "heir_relationship": ("HUBUNGAN", "HUBUNGAN KELUARGA", "HUBUNGAN AHLI WARIS", "STATUS HUBUNGAN", "RELATIONSHIP",
                          "HUBUNGAN DENGAN PESERTA", "HUBUNGAN AHLI WARIS DENGAN PESERTA", "HUBUNGAN WARIS"),
    "heir_nik": ("NIK AHLI WARIS", "NOMOR KTP AHLI WARIS", "KTP AHLI WARIS", "NIK WARIS", "HEIR ID NUMBER"),
    "heir_phone": ("NOMOR HP AHLI WARIS", "HP AHLI WARIS", "TELEPON AHLI WARIS", "HP WARIS", "HEIR PHONE"),
    "kpj": ("KPJ", "NOMOR KPJ", "NOMOR KARTU PESERTA", "NOMOR PESERTA", "NOMOR KARTU"),
    "status": ("STATUS", "HASIL", "STATUS PENDAFTARAN", "STATUS KEPESERTAAN", "HASIL VERIFIKASI", "STATUS VERIFIKASI"),
    "reason": ("ALASAN", "ALASAN DITOLAK", "ALASAN PENOLAKAN", "KETERANGAN PENOLAKAN", "CATATAN BPJS",
               "YANG PERLU DIPERBAIKI", "PERLU DIPERBAIKI"),
    "note": ("KETERANGAN", "CATATAN", "NOTE", "NOTES", "REMARKS"),
    # ad-hoc task officers' lists (PPK/PPS/KPPS): the post and the honorarium
    "post": ("JABATAN", "JABATAN PETUGAS", "JABATAN AD HOC", "POSISI", "TUGAS SEBAGAI", "SEBAGAI", "PPK PPS KPPS",
             "UNSUR", "POST"),
    "honorarium": ("HONORARIUM", "HONOR", "HONOR PER BULAN", "HONORARIUM PER BULAN", "UANG HONOR", "BESARAN HONOR",
                   "HONORARIUM"),
}
FIELD_KEYS = tuple(PHRASES)
NOT_FOR_IMPORT = ("kpj", "status", "reason")        # columns of BPJS's answer, or of our own report

ABBREVIATIONS = {
    "NO": "NOMOR", "NMR": "NOMOR", "NOMER": "NOMOR", "NO.": "NOMOR", "NUM": "NOMOR",
    "TGL": "TANGGAL", "TANGAL": "TANGGAL", "TG": "TANGGAL",
    "TL": "TANGGAL LAHIR", "TMP": "TEMPAT", "TPT": "TEMPAT", "TMPT": "TEMPAT", "TEMPT": "TEMPAT",
    "LHR": "LAHIR", "LAHR": "LAHIR",
    "HUB": "HUBUNGAN", "HUBUNGN": "HUBUNGAN",
    "JNS": "JENIS", "JNIS": "JENIS",
    "KET": "KETERANGAN", "KETR": "KETERANGAN",
    "NM": "NAMA", "NMA": "NAMA",
    "TELP": "TELEPON", "TLP": "TELEPON", "TELPON": "TELEPON", "TELEPHONE": "TELEPON", "TELF": "TELEPON",
    "HANDPHONE": "HP", "HANDPHON": "HP", "HENPON": "HP", "NOHP": "NOMOR HP",
    "ALMT": "ALAMAT", "ALM": "ALAMAT",
    "PEKERJ": "PEKERJAAN", "PEKRJAAN": "PEKERJAAN", "KERJA": "PEKERJAAN",
    "DS": "DESA", "KELURAHAN": "KELURAHAN", "KEC": "KECAMATAN", "KAB": "KABUPATEN",
    "KDG": "KANDUNG", "KANDUNG": "KANDUNG",
    "PENGH": "PENGHASILAN", "PENDPTN": "PENDAPATAN",
    "BLN": "BULAN", "THN": "TAHUN", "RP": "RUPIAH",
    "EKTP": "E KTP", "NOKTP": "NOMOR KTP", "NOKK": "NOMOR KK",
    "WAHLI": "AHLI", "WRS": "WARIS",
    "MAIL": "EMAIL", "E-MAIL": "EMAIL",
    "DGN": "DENGAN", "DG": "DENGAN", "&": "DAN", "AND": "DAN",
    "PHONE": "PHONE", "TEL": "TELEPON",
}
# "KEL" is "kelamin" after JENIS, "keluarga" after HUBUNGAN/KARTU, else "kelurahan".
KEL_AFTER = {"JENIS": "KELAMIN", "HUBUNGAN": "KELUARGA", "KARTU": "KELUARGA"}

FILLER = frozenset({
    "APA", "SIAPA", "BERAPA", "KAPAN", "DIMANA", "DI", "MANA", "ANDA", "KAMU", "SAUDARA", "BAPAK", "SAAT", "INI",
    "YANG", "BISA", "DAPAT", "DIHUBUNGI", "AKTIF", "MOHON", "ISI", "ISIKAN", "TULIS", "TULISKAN", "SILAKAN",
    "SESUAI", "DENGAN", "DARI", "KE", "PADA", "UNTUK", "DAN", "ATAU", "ADALAH", "YG", "DLL", "WAJIB", "HARUS",
    "SEHARI", "HARI", "SEHARI-HARI", "RUMAH", "DATA", "CALON", "LENGKAP", "YOUR", "WHAT", "IS", "THE", "OF",
    "PLEASE", "ENTER", "DIISI", "ANGKA", "DIGIT", "KARAKTER", "CONTOH", "MISAL", "FORMAT", "PER", "BULAN",
    "RUPIAH", "RATA", "SEKARANG", "TERAKHIR", "DIRI", "PRIBADI", "ASLI", "TERDAFTAR", "TERTERA", "LIHAT", "DIBAWAH",
})
# Words that, in a header, point away from a field even when its other words match.
AWAY: dict[str, frozenset[str]] = {
    "nik": frozenset({"AHLI", "WARIS", "IBU", "KK", "KELUARGA", "AYAH", "SUAMI", "ISTRI", "NAMA"}),
    "full_name": frozenset({"IBU", "AHLI", "WARIS", "AYAH", "DESA", "KELURAHAN", "KECAMATAN", "KABUPATEN", "DUSUN",
                            "JALAN", "USAHA", "KELOMPOK", "SUAMI", "ISTRI", "ANAK", "PENERIMA", "KEPALA"}),
    "phone": frozenset({"AHLI", "WARIS"}),
    "kk_number": frozenset({"AHLI", "WARIS"}),
    "address": frozenset({"EMAIL", "SUREL"}),
    "row_number": frozenset({"KTP", "HP", "KK", "INDUK", "TELEPON", "IDENTITAS", "KPJ", "PESERTA", "KARTU", "WA",
                             "NIK", "REKENING", "PONSEL"}),
}
# A grouped header's sub-columns: group field → fields its sub-labels may name on their own.
PARTS: dict[str, frozenset[str]] = {
    "birth_place_date": frozenset({"birth_place", "birth_date"}),
    "sex": frozenset({"sex_male", "sex_female"}),
    "rt_rw": frozenset({"rt", "rw"}),
    "address": frozenset({"address", "rt", "rw", "rt_rw", "village", "district"}),
    "heir_name": frozenset({"heir_name", "heir_relationship", "heir_nik", "heir_phone"}),
}
