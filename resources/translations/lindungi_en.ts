<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Demo</name>
    <message>
        <source>Basis data ini sudah berisi {count} pendaftaran; data demo hanya dibuat di basis data baru.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jumlah peserta demo harus antara 1 dan 2.000.000.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>NIK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama lengkap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tempat lahir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanggal lahir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jenis kelamin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama ibu kandung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nomor KK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status perkawinan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alamat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desa/Kelurahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nomor HP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pekerjaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pekerjaan lainnya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penghasilan per bulan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awal perlindungan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Akhir perlindungan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ahli waris</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dasar pemrosesan data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanggal persetujuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catatan persetujuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nomor KPJ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Funding</name>
    <message>
        <source>APBD Kabupaten/Kota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>APBD Provinsi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>APBDes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSR/Perusahaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandiri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pemerintah (APBD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desa, dibayar dari APBD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desa, dibayar dari APBDes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desa, sumber lain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Korporasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Heir</name>
    <message>
        <source>Suami</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Istri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ayah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ibu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saudara Kandung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cucu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kakek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nenek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lainnya</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <source>Dibatalkan. Tidak ada yang diubah.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Maintenance</name>
    <message>
        <source>Berkas {path} sudah ada; pilih nama lain agar tidak tertimpa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidak dapat menulis cadangan ke {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas {path} bukan cadangan Lindungi yang utuh; pemulihan dibatalkan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Month</name>
    <message>
        <source>Januari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Februari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>April</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Juni</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Juli</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agustus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>September</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oktober</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>November</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desember</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Nik</name>
    <message>
        <source>{label} wajib diisi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} hanya boleh berisi angka (tertulis &quot;{value}&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} hanya 15 digit: kemungkinan satu digit hilang karena format angka di Excel. Ketik ulang dari kartu aslinya sebagai teks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} harus 16 digit (tertulis {count} digit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kode provinsi {code} pada {label} tidak dikenal: {label} tidak valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kode kabupaten/kota {code} pada {label} tidak ada di daftar Kemendagri; periksa kembali dengan kartu aslinya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kode {code} adalah kode lama Kalimantan Utara (sebelum pemekaran 2012); {label} tetap berlaku.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kode kecamatan {code} pada {label} tidak ada di daftar Kemendagri; periksa kembali dengan kartu aslinya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanggal lahir pada NIK (digit 7–8: {dd}) tidak valid: 01–31 untuk laki-laki, 41–71 untuk perempuan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanggal terbit pada Nomor KK (digit 7–8: {dd}) harus 01–31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulan pada {label} (digit 9–10: {mm}) harus 01–12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanggal pada {label} ({dd}-{mm}-{yy}) tidak ada di kalender.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nomor urut {label} (4 digit terakhir) tidak boleh 0000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nomor KK</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Occupation</name>
    <message>
        <source>Petani/Pekebun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buruh Tani/Perkebunan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nelayan/Perikanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buruh Nelayan/Perikanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peternak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buruh Peternakan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buruh Harian Lepas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pedagang (kecil/keliling/kaki lima)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tukang Ojek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sopir Angkot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tukang Parkir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buruh Pelabuhan/Tukang Angkut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kuli Bangunan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tukang Batu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tukang Kayu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tukang Las/Pandai Besi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tukang Jahit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tukang Cukur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tukang Sol Sepatu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pembantu Rumah Tangga</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paraji/Dukun Beranak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tabib</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penggali Kubur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penggiat Agama (marbot, guru ngaji)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pekerja Serabutan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pelaku UMKM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lainnya</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Office</name>
    <message>
        <source>Skema {id} tidak ditemukan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kode wilayah {code} tidak dikenal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama kantor wajib diisi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batas umur skema tidak masuk akal ({min_age}–{max_age}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama skema wajib diisi.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Program</name>
    <message>
        <source>Jaminan Kecelakaan Kerja (JKK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jaminan Kematian (JKM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jaminan Hari Tua (JHT)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Region</name>
    <message>
        <source>Provinsi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kabupaten/Kota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desa/Kelurahan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Registration</name>
    <message>
        <source>Laki-laki</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perempuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pelaksanaan tugas pelayanan publik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persetujuan tertulis/lisan peserta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(tidak dicatat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum kawin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kawin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cerai hidup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cerai mati</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Registry</name>
    <message>
        <source>NIK ini sudah terdaftar aktif di skema yang sama: {number} atas nama {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIK ini juga terdaftar di skema lain ({scheme}): {number} atas nama {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ada peserta mirip di desa yang sama dengan tanggal lahir sama: {number} {name} (NIK {nik}). Pastikan bukan orang yang sama.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data belum dapat disimpan: {count} kesalahan perlu diperbaiki.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data peserta tidak ditemukan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alasan penghapusan wajib diisi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data ini sudah dihapus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data ini tidak dalam keadaan terhapus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ada peserta yang mirip; periksa dan konfirmasi bahwa ini orang yang berbeda.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>Berkas basis data rusak dan tidak dapat dipakai: {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cadangan terakhir yang baik: {backup}. Pulihkan dengan &quot;lindungi restore --db {path} --from {backup}&quot; atau menu Pengaturan › Cadangan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidak ditemukan cadangan yang baik; hubungi admin/Dinas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis data tidak ditemukan: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis data ini dibuat oleh versi Lindungi yang lebih baru. Perbarui aplikasi sebelum membukanya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis data sedang dipakai oleh proses lain (terkunci). Tutup aplikasi Lindungi yang lain atau tunggu sebentar, lalu coba lagi. Tidak ada data yang hilang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk penuh: data tidak dapat disimpan. Kosongkan ruang disk lalu coba lagi. Perubahan terakhir belum tersimpan, data lama tetap aman.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas basis data tidak dapat ditulis (hanya-baca atau tidak ada izin): {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas basis data tidak dapat dibuka: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gagal membaca/menulis disk saat mengakses basis data. Periksa flashdisk atau disk, lalu coba lagi.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>{field} wajib diisi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} hanya boleh berisi huruf, spasi, titik, koma, tanda petik dan tanda hubung.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanggal lahir tidak boleh di masa depan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanggal lahir berbeda dengan yang tertulis di NIK ({nik_date}). Periksa KTP; NIK lama tetap berlaku bila tanggal lahir pernah dikoreksi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jenis kelamin berbeda dengan yang tertulis di NIK ({nik_sex}). Periksa KTP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jenis kelamin harus L (laki-laki) atau P (perempuan).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kode desa/kelurahan {code} tidak ada di daftar Kemendagri.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nomor HP &quot;{value}&quot; tidak valid; tulis seperti 081234567890.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alamat e-mail &quot;{value}&quot; tidak valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nomor KPJ harus 10–15 angka.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} harus berupa angka, paling banyak 3 digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pekerjaan &quot;{value}&quot; tidak ada di daftar; pilih &quot;Lainnya&quot; lalu tulis pekerjaannya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tulis pekerjaannya bila memilih &quot;Lainnya&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penghasilan tidak boleh negatif.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program JKK dan JKM wajib; JHT boleh ditambahkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program &quot;{value}&quot; tidak dikenal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih skema (sumber dana) pendaftaran.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Akhir perlindungan tidak boleh sebelum awal perlindungan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Masa perlindungan harus di dalam masa skema ({start} – {end}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Umur pada awal perlindungan ({start}) adalah {age} tahun; skema ini untuk umur {min_age}–{max_age} tahun.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum ada ahli waris. Ahli waris diperlukan untuk klaim jaminan kematian.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ahli waris ke-{n}: nama wajib diisi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ahli waris ke-{n}: hubungan keluarga wajib diisi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ahli waris ke-{n} memakai NIK peserta sendiri.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ahli waris ke-{n}: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih dasar pemrosesan data pribadi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanggal persetujuan wajib diisi bila dasar pemrosesan adalah persetujuan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status perkawinan tidak dikenal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
