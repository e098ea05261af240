"""Header spellings used ONLY by the held-out files (written before the recogniser was tuned).

The tuning corpus never draws from these lists, so the held-out score says how the
recogniser does on spellings it was not fitted to. Do not tune against them: add a
spelling the recogniser misses to the tuning pool (``spellings.py``) instead, and
write a new held-out spelling here.
"""

HELD_OUT_ONLY: dict[str, tuple[str, ...]] = {
    "row_number": ("No. Urt", "NO.", "Nmr", "#"),
    "nik": ("NIK (Nomor Induk Kependudukan)", "No. Induk Kependudukan", "NOMOR NIK KTP", "Nik Peserta",
            "NO. E-KTP", "NIK / KTP", "N.I.K"),
    "full_name": ("Nama Sesuai E-KTP", "NAMA PEKERJA RENTAN", "Nama Lengkap Peserta", "NAMA TERTANGGUNG",
                  "N A M A"),
    "birth_place": ("Tempat Lhr", "TEMPAT KELAHIRAN", "Kota Lahir"),
    "birth_date": ("Tgl. Lhr", "TANGGAL LAHIR (DD/MM/YYYY)", "Tgl Lahir (tgl-bln-thn)", "TGL. KELAHIRAN"),
    "birth_place_date": ("Tempat & Tanggal Lahir", "TMPT/TGL LHR", "Tempat, Tgl. Lahir"),
    "sex": ("Jns. Kelamin", "JENIS KELAMIN (L/P)", "Kelamin", "L / P", "Jenis Kel."),
    "mother_name": ("Nama Ibu", "NAMA IBU KANDUNG PESERTA", "Nm. Ibu Kandung", "Ibu Kandung (sesuai KK)"),
    "kk_number": ("No. Kartu Keluarga", "NOMOR KK", "NO.KK"),
    "address": ("Alamat (Jalan/Dusun)", "ALAMAT TEMPAT TINGGAL", "Alamat Lengkap", "Domisili"),
    "rt": ("R T", "Rt."),
    "rw": ("R W", "Rw."),
    "village": ("Kelurahan/Desa", "DESA / KEL.", "Nama Kelurahan", "Desa/Kel"),
    "occupation": ("Jenis Pekerjaan", "PEKERJAAN UTAMA", "Profesi/Pekerjaan", "Mata Pencaharian"),
    "phone": ("No. HP/WA", "NOMOR TELEPON/HP", "No Hp", "Telp./HP", "Kontak (HP)"),
    "income": ("Penghasilan/Bulan", "PENDAPATAN (Rp)", "Penghasilan Rata-rata per Bulan"),
    "heir_name": ("Nama Ahli Waris", "AHLI WARIS (NAMA)", "Nm. Ahli Waris"),
    "heir_relationship": ("Hub. Keluarga", "HUBUNGAN DGN PESERTA", "Hubungan Ahli Waris", "Status Hubungan"),
    "email": ("E-mail", "Alamat Surel"),
    "note": ("Ket.", "KETERANGAN"),
}

# Google-Form question wording used only by held-out form exports.
HELD_OUT_QUESTIONS: dict[str, tuple[str, ...]] = {
    "full_name": ("Nama lengkap Bapak/Ibu (sesuai KTP)",),
    "nik": ("Nomor Induk Kependudukan (16 angka, lihat KTP)",),
    "birth_place": ("Di mana Anda lahir?",),
    "birth_date": ("Kapan tanggal lahir Anda?",),
    "sex": ("Jenis kelamin Anda",),
    "mother_name": ("Siapa nama gadis ibu kandung Anda?",),
    "address": ("Alamat rumah saat ini",),
    "village": ("Desa/kelurahan tempat tinggal",),
    "occupation": ("Pekerjaan sehari-hari",),
    "phone": ("Nomor WhatsApp yang aktif",),
    "heir_name": ("Siapa ahli waris Anda?",),
    "heir_relationship": ("Apa hubungan ahli waris dengan Anda?",),
}
