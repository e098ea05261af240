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

# Spellings of the first pool whose recognition was printed once while the recogniser was written;
# they count as seen, so the tuning corpus uses them and the held-out files do not.
SEEN = frozenset({
    "Jns. Kelamin", "Tgl. Lhr", "NOMOR NIK KTP", "Kota Lahir", "Domisili", "Kontak (HP)", "Hub. Keluarga",
    "HUBUNGAN DGN PESERTA", "Ket.", "#", "Nama Sesuai E-KTP", "NAMA TERTANGGUNG", "Kelurahan/Desa", "DESA / KEL.",
    "Penghasilan/Bulan", "PENDAPATAN (Rp)", "Alamat Surel", "Nm. Ahli Waris", "Nik Peserta", "NO. E-KTP", "N.I.K",
})

# A second pool, written after that, never printed or run while tuning.
HELD_OUT_SECOND: dict[str, tuple[str, ...]] = {
    "row_number": ("No Urut", "NOMOR"),
    "nik": ("NIK KTP", "Nomor KTP/NIK", "NIK (sesuai KTP)", "No.NIK", "NOMOR INDUK KEPENDUDUKAN (16 DIGIT)"),
    "full_name": ("NAMA (SESUAI KTP)", "Nama Pekerja", "NAMA CALON PESERTA BPJS", "Nama Peserta BPU"),
    "birth_place": ("Tempat Lahir (Kab/Kota)", "TMP. LAHIR"),
    "birth_date": ("Tanggal/Bulan/Tahun Lahir", "TGL-BLN-THN LAHIR", "Tanggal Lahir (hh/bb/tttt)"),
    "birth_place_date": ("Tempat / Tgl. Lahir", "TEMPAT TGL LHR"),
    "sex": ("J.K", "Jenis Kelamin (L/P)", "JK (L/P)", "Lk/Pr"),
    "mother_name": ("NAMA IBU KANDUNG (WAJIB)", "Ibu Kandung", "Nama Gadis Ibu"),
    "address": ("Alamat Rumah", "ALAMAT (DUSUN/RT/RW)", "Jalan/Dusun"),
    "village": ("DESA/KELURAHAN", "Nama Desa", "Desa / Kelurahan"),
    "occupation": ("Pekerjaan Sesuai KTP", "JENIS USAHA/PEKERJAAN", "Pekerjaan Sekarang"),
    "phone": ("No. Handphone", "NO TELP/HP", "HP/WA", "Nomor Telepon Seluler"),
    "income": ("Penghasilan Per Bulan (Rp)", "Perkiraan Penghasilan"),
    "heir_name": ("AHLI WARIS", "Nama Ahli Waris (Istri/Suami/Anak)"),
    "heir_relationship": ("Hubungan dgn Ahli Waris", "HUB. DENGAN PESERTA", "Hubungan"),
    "note": ("Catatan", "KET"),
}
