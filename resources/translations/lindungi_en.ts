<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Tentang Lindungi</source>
        <translation>About Lindungi</translation>
    </message>
    <message>
        <source>Tentang</source>
        <translation>About</translation>
    </message>
    <message>
        <source>Dasar hukum</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>Lisensi</source>
        <translation>Licences</translation>
    </message>
    <message>
        <source>Teks lisensi</source>
        <translation>Licence texts</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Versi {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <source>Kantor</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Kode kantor</source>
        <translation>Office code</translation>
    </message>
    <message>
        <source>Nomor kantor</source>
        <translation>Office number</translation>
    </message>
    <message>
        <source>Versi</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <source>Qt / PySide6</source>
        <translation>Qt / PySide6</translation>
    </message>
    <message>
        <source>Folder data</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <source>Basis data</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Catatan (log)</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>Lindungi membantu petugas kecamatan dan desa/kelurahan mendaftarkan pekerja rentan ke program Jaminan Kecelakaan Kerja (JKK) dan Jaminan Kematian (JKM) BPJS Ketenagakerjaan yang iurannya dibayar pemerintah daerah. Semua data disimpan di komputer ini dan dapat dipakai tanpa internet.</source>
        <translation>Lindungi helps district and village office staff register vulnerable workers for the BPJS Ketenagakerjaan work-accident (JKK) and death (JKM) programmes paid by the regional government. All data stays on this computer and works without internet.</translation>
    </message>
    <message>
        <source>Cadangan basis data dibuat otomatis di folder &lt;i&gt;backups&lt;/i&gt; di samping basis data. Salin folder data ke tempat lain secara berkala.</source>
        <translation>Database backups are made automatically in the &lt;i&gt;backups&lt;/i&gt; folder beside the database. Copy the data folder elsewhere regularly.</translation>
    </message>
    <message>
        <source>Undang-Undang Nomor 40 Tahun 2004 tentang Sistem Jaminan Sosial Nasional.</source>
        <translation>Law No. 40 of 2004 on the National Social Security System (UU 40/2004).</translation>
    </message>
    <message>
        <source>Undang-Undang Nomor 24 Tahun 2011 tentang Badan Penyelenggara Jaminan Sosial.</source>
        <translation>Law No. 24 of 2011 on the Social Security Agencies (BPJS) (UU 24/2011).</translation>
    </message>
    <message>
        <source>Peraturan Pemerintah Nomor 44 Tahun 2015 tentang Penyelenggaraan Program Jaminan Kecelakaan Kerja dan Jaminan Kematian, sebagaimana diubah dengan Peraturan Pemerintah Nomor 82 Tahun 2019 dan Peraturan Pemerintah Nomor 49 Tahun 2023 (Lampiran II: dasar penghasilan dan iuran peserta bukan penerima upah).</source>
        <translation>Government Regulation No. 44 of 2015 on the Work Accident (JKK) and Death (JKM) Programmes, as amended by Government Regulations No. 82 of 2019 and No. 49 of 2023 (Annex II: income bases and contributions of non-wage-earner participants).</translation>
    </message>
    <message>
        <source>Peraturan Pemerintah Nomor 46 Tahun 2015 tentang Penyelenggaraan Program Jaminan Hari Tua.</source>
        <translation>Government Regulation No. 46 of 2015 on the Old-Age Savings (JHT) Programme.</translation>
    </message>
    <message>
        <source>Peraturan Menteri Ketenagakerjaan Nomor 5 Tahun 2021 tentang Tata Cara Penyelenggaraan Program Jaminan Kecelakaan Kerja, Jaminan Kematian, dan Jaminan Hari Tua, termasuk bagi peserta bukan penerima upah.</source>
        <translation>Minister of Manpower Regulation No. 5 of 2021 on the Procedures of the JKK, JKM and JHT Programmes, including for non-wage-earner participants.</translation>
    </message>
    <message>
        <source>Instruksi Presiden Nomor 2 Tahun 2021 tentang Optimalisasi Pelaksanaan Program Jaminan Sosial Ketenagakerjaan: kepala daerah menganggarkan jaminan sosial bagi pekerja rentan.</source>
        <translation>Presidential Instruction No. 2 of 2021 on Optimising the Employment Social Security Programme: regional heads budget social security for vulnerable workers.</translation>
    </message>
    <message>
        <source>Peraturan Pemerintah Nomor 50 Tahun 2025: keringanan sementara iuran JKK dan JKM peserta bukan penerima upah, tidak berlaku bagi iuran yang dibayar dari APBN/APBD.</source>
        <translation>Government Regulation No. 50 of 2025: a temporary JKK and JKM contribution discount for non-wage-earner participants, not for contributions paid from the national or regional budget (APBN/APBD).</translation>
    </message>
    <message>
        <source>Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi.</source>
        <translation>Law No. 27 of 2022 on Personal Data Protection (UU 27/2022).</translation>
    </message>
    <message>
        <source>Dasar hukum program</source>
        <translation>Legal basis of the programme</translation>
    </message>
    <message>
        <source>NIK, Kartu Keluarga dan data keluarga adalah data pribadi. Olah hanya untuk pendaftaran, catat dasar pemrosesannya, jaga komputer dan cadangannya, dan laporkan kebocoran data dalam 3 × 24 jam.</source>
        <translation>NIK, family card and family data are personal data. Process them only for enrolment, record the legal basis, protect the computer and its backups, and report a data breach within 3 × 24 hours.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Kode wilayah Kemendagri&lt;/b&gt; (edisi 2025): dari kumpulan data cahyadsn/wilayah, hak cipta © 2017-2025 Cahya DSN, lisensi MIT.</source>
        <translation>&lt;b&gt;Kemendagri region codes&lt;/b&gt; (2025 edition): from the cahyadsn/wilayah data set, copyright © 2017-2025 Cahya DSN, MIT licence.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Huruf DejaVu Sans&lt;/b&gt; 2.37 yang disematkan di setiap PDF: © Bitstream, Inc. (lisensi Bitstream Vera); perubahan DejaVu berstatus domain publik.</source>
        <translation>&lt;b&gt;DejaVu Sans fonts&lt;/b&gt; 2.37, embedded in every PDF: © Bitstream, Inc. (Bitstream Vera licence); the DejaVu changes are in the public domain.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Qt 6 dan PySide6&lt;/b&gt; dipakai di bawah lisensi LGPL versi 3. Pustaka Qt disertakan sebagai berkas terpisah di folder program sehingga dapat diganti dengan versi lain; kode sumbernya tersedia di qt.io.</source>
        <translation>&lt;b&gt;Qt 6 and PySide6&lt;/b&gt; are used under the LGPL version 3. The Qt libraries ship as separate files in the program folder, so they can be replaced by another version; their source code is available from qt.io.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Python&lt;/b&gt; dipakai di bawah Python Software Foundation License.</source>
        <translation>&lt;b&gt;Python&lt;/b&gt; is used under the Python Software Foundation License.</translation>
    </message>
    <message>
        <source>Data dan huruf yang disertakan</source>
        <translation>Bundled data and fonts</translation>
    </message>
    <message>
        <source>Pustaka</source>
        <translation>Libraries</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Teks lengkap lisensi data dan huruf ada di tab “Teks lisensi”.</source>
        <translation>The full licence texts of the data and fonts are in the “Licence texts” tab.</translation>
    </message>
    <message>
        <source>Berkas {path} tidak dapat dibaca: {reason}</source>
        <translation>The file {path} cannot be read: {reason}</translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <source>Akun operator &quot;{name}&quot; sudah dinonaktifkan; minta admin mengaktifkannya lagi.</source>
        <translation>The operator account &quot;{name}&quot; has been disabled; ask an admin to enable it again.</translation>
    </message>
    <message>
        <source>Operator &quot;{name}&quot; sudah ada.</source>
        <translation>Operator &quot;{name}&quot; already exists.</translation>
    </message>
    <message>
        <source>Peran &quot;{role}&quot; tidak dikenal (operator, supervisor atau admin).</source>
        <translation>Unknown role &quot;{role}&quot; (operator, supervisor or admin).</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; adalah admin aktif terakhir; jadikan operator lain admin dulu.</source>
        <translation>&quot;{name}&quot; is the last active admin; make another operator an admin first.</translation>
    </message>
    <message>
        <source>Anda tidak dapat menonaktifkan akun Anda sendiri.</source>
        <translation>You cannot disable your own account.</translation>
    </message>
    <message>
        <source>Kata sandi wajib diisi: basis data kantor ini terkunci dengan kata sandi setiap operator.</source>
        <translation>A password is required: this office&apos;s database is locked with each operator&apos;s password.</translation>
    </message>
    <message>
        <source>Basis data ini belum memakai kata sandi, jadi tidak ada kata sandi yang dapat diatur ulang.</source>
        <translation>This database does not use passwords yet, so there is no password to reset.</translation>
    </message>
</context>
<context>
    <name>Adhoc</name>
    <message>
        <source>PPK (Panitia Pemilihan Kecamatan)</source>
        <translation>PPK (district election committee)</translation>
    </message>
    <message>
        <source>PPS (Panitia Pemungutan Suara, desa/kelurahan)</source>
        <translation>PPS (village voting committee)</translation>
    </message>
    <message>
        <source>KPPS (Kelompok Penyelenggara Pemungutan Suara)</source>
        <translation>KPPS (polling station officers)</translation>
    </message>
    <message>
        <source>Sangat rendah</source>
        <translation>Very low</translation>
    </message>
    <message>
        <source>Rendah</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>Sedang</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Tinggi</source>
        <translation>High</translation>
    </message>
    <message>
        <source>Sangat tinggi</source>
        <translation>Very high</translation>
    </message>
    <message>
        <source>{start} – {end} ({days} hari)</source>
        <translation>{start} – {end} ({days} days)</translation>
    </message>
    <message>
        <source>{start} (1 hari)</source>
        <translation>{start} (1 day)</translation>
    </message>
    <message>
        <source>Kelas risiko {n}: {label} (JKK {share})</source>
        <translation>Risk class {n}: {label} (JKK {share})</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>Nama admin</source>
        <translation>Admin name</translation>
    </message>
    <message>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Ulangi kata sandi</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <source>Setelah selesai, cetak lembar pemulihan (Pengaturan › Keamanan): kunci pemulihan membuka data bila kata sandi lupa. Simpan di kantor, jangan bersama laptop. Bila kata sandi dan lembar pemulihan sama-sama hilang, data tidak dapat dibuka lagi oleh siapa pun.</source>
        <translation>When done, print the recovery sheet (Settings › Security): the recovery key opens the data when the password is forgotten. Keep it in the office, not with the laptop. If both the password and the recovery sheet are lost, nobody can open the data again.</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <source>Diterima</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Ditolak</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Tidak cocok</source>
        <translation>Not matched</translation>
    </message>
    <message>
        <source>Bermasalah</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Sudah tercatat</source>
        <translation>Already recorded</translation>
    </message>
    <message>
        <source>Tanpa jawaban</source>
        <translation>No answer</translation>
    </message>
    <message>
        <source>Jawaban BPJS untuk batch {id}</source>
        <translation>BPJS answer for batch {id}</translation>
    </message>
    <message>
        <source>Berkas {name}, {rows} baris. Belum ada yang dicatat.</source>
        <translation>File {name}, {rows} rows. Nothing recorded yet.</translation>
    </message>
    <message>
        <source>Baris</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Hasil</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>KPJ</source>
        <translation>KPJ</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>Tandai batch sudah dijawab walaupun masih ada peserta tanpa jawaban</source>
        <translation>Mark the batch as answered even though some participants have no answer yet</translation>
    </message>
    <message>
        <source>Catat jawaban</source>
        <translation>Record answer</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Tidak ada jawaban baru (diterima/ditolak) di berkas ini.</source>
        <translation>No new answers (accepted/rejected) in this file.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Lindungi sudah terbuka</source>
        <translation>Lindungi is already open</translation>
    </message>
    <message>
        <source>Basis data ini sedang dibuka oleh jendela Lindungi lain (proses {pid}). Pakai jendela itu; dua jendela yang menulis ke data yang sama bisa saling menimpa.

{path}</source>
        <translation>This database is already open in another Lindungi window (process {pid}). Use that window; two windows writing to the same data could overwrite each other.

{path}</translation>
    </message>
    <message>
        <source>Basis data tidak dapat dibuka</source>
        <translation>The database cannot be opened</translation>
    </message>
    <message>
        <source>{message}

Pulihkan sekarang dari cadangan itu? Berkas yang rusak tidak dihapus: disimpan di folder cadangan untuk diperiksa petugas TI. Data yang dimasukkan sesudah cadangan itu dibuat perlu dimasukkan lagi.</source>
        <translation>{message}

Restore that backup now? The damaged file is not deleted: it is kept in the backup folder for IT support to examine. Data entered after that backup was made must be entered again.</translation>
    </message>
    <message>
        <source>Basis data rusak</source>
        <translation>The database is damaged</translation>
    </message>
    <message>
        <source>Pulihkan</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>harian</source>
        <translation>daily</translation>
    </message>
    <message>
        <source>sebelum pembaruan</source>
        <translation>before an update</translation>
    </message>
    <message>
        <source>berkas yang diganti saat pemulihan</source>
        <translation>file replaced by a restore</translation>
    </message>
    <message>
        <source>lain</source>
        <translation>other</translation>
    </message>
    <message>
        <source>{kind}, dipadatkan</source>
        <translation>{kind}, packed</translation>
    </message>
    <message>
        <source>{when} — {kind} — {size} — {name}</source>
        <translation>{when} — {kind} — {size} — {name}</translation>
    </message>
    <message>
        <source>Berkas basis data kosong (0 bait): {path}.</source>
        <translation>The database file is empty (0 bytes): {path}.</translation>
    </message>
    <message>
        <source>Basis data tidak ditemukan: {path}.</source>
        <translation>Database not found: {path}.</translation>
    </message>
    <message>
        <source>Lindungi tidak membuat kantor baru di atas data yang ada. Berkas yang sekarang (bila ada) disimpan di folder cadangan.

Pilih cadangan yang dipulihkan:</source>
        <translation>Lindungi does not make a new office over existing data. The current file (if any) is kept in the backups folder.

Choose the backup to restore:</translation>
    </message>
    <message>
        <source>Pemulihan basis data</source>
        <translation>Database recovery</translation>
    </message>
    <message>
        <source>Keluar</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Pemulihan gagal</source>
        <translation>Restore failed</translation>
    </message>
    <message>
        <source>Basis data dipulihkan dari:
{source}</source>
        <translation>The database was restored from:
{source}</translation>
    </message>
    <message>
        <source>Berkas sebelumnya disimpan sebagai:
{kept}</source>
        <translation>The previous file was kept as:
{kept}</translation>
    </message>
    <message>
        <source>Pemulihan selesai</source>
        <translation>Restore finished</translation>
    </message>
    <message>
        <source>Lembar pemulihan</source>
        <translation>Recovery sheet</translation>
    </message>
    <message>
        <source>Cetak lembar pemulihan sekarang? Kunci pemulihan di lembar itu membuka data bila kata sandi lupa; tanpa kata sandi dan tanpa lembar itu data tidak dapat dibuka lagi. Dapat juga dicetak nanti di Pengaturan › Keamanan.</source>
        <translation>Print the recovery sheet now? The recovery key on it opens the data when the password is forgotten; without the password and without the sheet the data cannot be opened again. It can also be printed later in Settings › Security.</translation>
    </message>
    <message>
        <source>Cetak sekarang</source>
        <translation>Print now</translation>
    </message>
    <message>
        <source>Nanti</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>HANYA-BACA</source>
        <translation>READ-ONLY</translation>
    </message>
    <message>
        <source>Hanya-baca: basis data ada di media yang tidak dapat ditulis. Data dapat dilihat dan dicadangkan, tidak diubah.</source>
        <translation>Read-only: the database is on media that cannot be written. Data can be viewed and backed up, not changed.</translation>
    </message>
</context>
<context>
    <name>AuditAction</name>
    <message>
        <source>Data baru</source>
        <translation>New record</translation>
    </message>
    <message>
        <source>Perubahan data</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Koreksi (batch perbaikan)</source>
        <translation>Correction (correction batch)</translation>
    </message>
    <message>
        <source>Penghapusan</source>
        <translation>Deletion</translation>
    </message>
    <message>
        <source>Pemulihan</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Dikonfirmasi bukan orang yang sama</source>
        <translation>Confirmed not the same person</translation>
    </message>
    <message>
        <source>Impor daftar</source>
        <translation>List import</translation>
    </message>
    <message>
        <source>Cetak</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Ekspor</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Ekspor daftar peserta</source>
        <translation>Participant list export</translation>
    </message>
    <message>
        <source>NIK lengkap ditampilkan</source>
        <translation>Full NIK shown</translation>
    </message>
    <message>
        <source>Masuk batch</source>
        <translation>Added to batch</translation>
    </message>
    <message>
        <source>Keluar dari batch</source>
        <translation>Removed from batch</translation>
    </message>
    <message>
        <source>Batch dikirim</source>
        <translation>Batch sent</translation>
    </message>
    <message>
        <source>Jawaban BPJS lengkap</source>
        <translation>BPJS answer complete</translation>
    </message>
    <message>
        <source>Jawaban BPJS dicatat</source>
        <translation>BPJS answer recorded</translation>
    </message>
    <message>
        <source>Perpanjangan skema</source>
        <translation>Scheme renewal</translation>
    </message>
    <message>
        <source>Cadangan dibuat</source>
        <translation>Backup made</translation>
    </message>
    <message>
        <source>Data contoh dibuat</source>
        <translation>Demo data made</translation>
    </message>
    <message>
        <source>Masuk</source>
        <translation>Sign-in</translation>
    </message>
    <message>
        <source>Keluar</source>
        <translation>Sign-out</translation>
    </message>
    <message>
        <source>Gagal masuk (kata sandi salah)</source>
        <translation>Failed sign-in (wrong password)</translation>
    </message>
    <message>
        <source>Layar dikunci</source>
        <translation>Screen locked</translation>
    </message>
    <message>
        <source>Akun dikunci sementara (terlalu sering gagal)</source>
        <translation>Account locked for a while (too many failures)</translation>
    </message>
    <message>
        <source>Kata sandi diganti</source>
        <translation>Password changed</translation>
    </message>
    <message>
        <source>Kata sandi disetel ulang</source>
        <translation>Password reset</translation>
    </message>
    <message>
        <source>Akun dinonaktifkan</source>
        <translation>Account disabled</translation>
    </message>
    <message>
        <source>Peran diubah</source>
        <translation>Role changed</translation>
    </message>
    <message>
        <source>Log pemrosesan diekspor</source>
        <translation>Processing log exported</translation>
    </message>
    <message>
        <source>Data satu orang dilihat/dicetak</source>
        <translation>One person&apos;s data viewed/printed</translation>
    </message>
    <message>
        <source>Penghapusan karena masa simpan habis</source>
        <translation>Purge after the retention period</translation>
    </message>
    <message>
        <source>peserta</source>
        <translation>participant</translation>
    </message>
    <message>
        <source>daftar peserta</source>
        <translation>participant list</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>batch</translation>
    </message>
    <message>
        <source>skema</source>
        <translation>scheme</translation>
    </message>
    <message>
        <source>kantor</source>
        <translation>office</translation>
    </message>
    <message>
        <source>operator</source>
        <translation>operator</translation>
    </message>
    <message>
        <source>basis data</source>
        <translation>database</translation>
    </message>
    <message>
        <source>laporan</source>
        <translation>report</translation>
    </message>
    <message>
        <source>pengaturan</source>
        <translation>settings</translation>
    </message>
    <message>
        <source>log pemrosesan</source>
        <translation>processing log</translation>
    </message>
    <message>
        <source>sesi</source>
        <translation>session</translation>
    </message>
    <message>
        <source>formulir satu orang</source>
        <translation>one person&apos;s form</translation>
    </message>
    <message>
        <source>bukti pendaftaran</source>
        <translation>enrolment slip</translation>
    </message>
    <message>
        <source>rekap/berita acara</source>
        <translation>recap/handover report</translation>
    </message>
    <message>
        <source>berkas batch untuk BPJS</source>
        <translation>batch file for BPJS</translation>
    </message>
    <message>
        <source>cadangan basis data</source>
        <translation>database backup</translation>
    </message>
    <message>
        <source>data satu orang</source>
        <translation>one person&apos;s data</translation>
    </message>
    <message>
        <source>layar</source>
        <translation>screen</translation>
    </message>
    <message>
        <source>terminal (baris perintah)</source>
        <translation>terminal (command line)</translation>
    </message>
</context>
<context>
    <name>AuditBanner</name>
    <message>
        <source>Log pemrosesan tidak utuh — lihat Pengaturan › Log pemrosesan</source>
        <translation>Processing log is not intact — see Settings › Processing log</translation>
    </message>
</context>
<context>
    <name>AuditCheck</name>
    <message>
        <source>Log pemrosesan utuh: {rows} catatan, rantai hash tidak terputus (catatan terakhir #{head}, hash {hash}).</source>
        <translation>Processing log intact: {rows} entries, hash chain unbroken (last entry #{head}, hash {hash}).</translation>
    </message>
    <message>
        <source>Log pemrosesan tidak utuh: {why} pada catatan #{id} ({at}, {operator}, {action}). Catatan sebelumnya ({rows}) masih utuh. Laporkan ke admin/Dinas; jangan hapus berkas ini.</source>
        <translation>Processing log not intact: {why} at entry #{id} ({at}, {operator}, {action}). The entries before it ({rows}) are intact. Report it to the admin/Dinas; do not delete this file.</translation>
    </message>
    <message>
        <source>isi catatan diubah</source>
        <translation>the entry&apos;s content was changed</translation>
    </message>
    <message>
        <source>rantai terputus (catatan diubah, dihapus atau disisipkan)</source>
        <translation>the chain is broken (an entry was changed, deleted or inserted)</translation>
    </message>
    <message>
        <source>catatan terakhir hilang (dipotong sesudah catatan ini)</source>
        <translation>the last entries are missing (cut off after this entry)</translation>
    </message>
    <message>
        <source>ada catatan yang ditambahkan di luar Lindungi sesudah catatan ini</source>
        <translation>entries were added outside Lindungi after this entry</translation>
    </message>
</context>
<context>
    <name>AuditLogTab</name>
    <message>
        <source>(semua tindakan)</source>
        <translation>(all actions)</translation>
    </message>
    <message>
        <source>NIK atau nomor pendaftaran</source>
        <translation>NIK or registration number</translation>
    </message>
    <message>
        <source>Sejak</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Sampai</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Tampilkan</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Operator:</source>
        <translation>Operator:</translation>
    </message>
    <message>
        <source>Tindakan:</source>
        <translation>Action:</translation>
    </message>
    <message>
        <source>Orang:</source>
        <translation>Person:</translation>
    </message>
    <message>
        <source>Periksa keutuhan</source>
        <translation>Check integrity</translation>
    </message>
    <message>
        <source>Ekspor ke Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <source>Data satu orang…</source>
        <translation>One person&apos;s data…</translation>
    </message>
    <message>
        <source>(semua operator)</source>
        <translation>(all operators)</translation>
    </message>
    <message>
        <source>Log pemrosesan</source>
        <translation>Processing log</translation>
    </message>
    <message>
        <source>{count} catatan (terbaru dahulu)</source>
        <translation>{count} entries (newest first)</translation>
    </message>
    <message>
        <source>Memeriksa log pemrosesan…</source>
        <translation>Checking the processing log…</translation>
    </message>
    <message>
        <source>Keutuhan log pemrosesan</source>
        <translation>Processing log integrity</translation>
    </message>
    <message>
        <source>Ekspor log pemrosesan</source>
        <translation>Export the processing log</translation>
    </message>
    <message>
        <source>{rows} catatan ditulis ke {path}.</source>
        <translation>{rows} entries written to {path}.</translation>
    </message>
</context>
<context>
    <name>AuditReader</name>
    <message>
        <source>Orang dicari dengan NIK (16 angka) atau nomor pendaftaran (012-000123-7 atau 000123-4); &quot;{given}&quot; bukan keduanya.</source>
        <translation>A person is looked up by NIK (16 digits) or registration number (012-000123-7 or 000123-4); &quot;{given}&quot; is neither.</translation>
    </message>
    <message>
        <source>Tidak ada catatan log yang cocok dengan saringan ini.</source>
        <translation>No log entry matches this filter.</translation>
    </message>
    <message>
        <source>%n orang</source>
        <translation>%n person|%n people</translation>
    </message>
    <message>
        <source>diubah: {fields}</source>
        <translation>changed: {fields}</translation>
    </message>
    <message>
        <source>isi dihapus karena masa simpan</source>
        <translation>content removed after the retention period</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Tindakan</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Objek</source>
        <translation>Object</translation>
    </message>
    <message>
        <source>Rincian</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Hash</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Saringan</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Jumlah catatan</source>
        <translation>Entries</translation>
    </message>
    <message>
        <source>Diekspor oleh</source>
        <translation>Exported by</translation>
    </message>
    <message>
        <source>Diekspor pada</source>
        <translation>Exported at</translation>
    </message>
    <message>
        <source>Keutuhan log</source>
        <translation>Log integrity</translation>
    </message>
    <message>
        <source>Catatan terakhir (id:hash)</source>
        <translation>Last entry (id:hash)</translation>
    </message>
    <message>
        <source>Versi</source>
        <translation>Version</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Tindakan</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Objek</source>
        <translation>Object</translation>
    </message>
    <message>
        <source>Rincian</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>BackupRetry</name>
    <message>
        <source>Cadangan harian berhasil ditulis: {name}.</source>
        <translation>The daily backup has been written: {name}.</translation>
    </message>
</context>
<context>
    <name>BackupsTab</name>
    <message>
        <source>Lindungi membuat cadangan otomatis setiap hari dan sebelum setiap pembaruan basis data, di folder di bawah ini: satu per hari selama seminggu, lalu satu per minggu, lalu satu per bulan (paling banyak 10, dalam batas ruang yang tertera). Cadangan di laptop yang sama tidak menolong bila laptop hilang: &lt;b&gt;salin cadangan ke flashdisk yang disimpan aman&lt;/b&gt; secara berkala. Cadangan berisi data pribadi.</source>
        <translation>Lindungi makes an automatic backup every day and before every database update, in the folder below: one a day for a week, then one a week, then one a month (at most 10, within the space limit shown). A backup on the same laptop does not help when the laptop is lost: &lt;b&gt;copy backups to a flash disk kept in a safe place&lt;/b&gt; regularly. Backups contain personal data.</translation>
    </message>
    <message>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Ukuran</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <source>&amp;Buat cadangan sekarang…</source>
        <translation>&amp;Back up now…</translation>
    </message>
    <message>
        <source>&amp;Pulihkan cadangan terpilih…</source>
        <translation>&amp;Restore the selected backup…</translation>
    </message>
    <message>
        <source>Pulihkan dari &amp;berkas lain…</source>
        <translation>Restore from another &amp;file…</translation>
    </message>
    <message>
        <source>Buka &amp;folder cadangan</source>
        <translation>Open the backup &amp;folder</translation>
    </message>
    <message>
        <source>Harian (otomatis)</source>
        <translation>Daily (automatic)</translation>
    </message>
    <message>
        <source>Sebelum pembaruan (otomatis)</source>
        <translation>Before an upgrade (automatic)</translation>
    </message>
    <message>
        <source>Basis data sebelum pemulihan</source>
        <translation>Database before a restore</translation>
    </message>
    <message>
        <source>Lainnya</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>{kind}, dipadatkan</source>
        <translation>{kind}, packed</translation>
    </message>
    <message>
        <source>Cadangan otomatis: {count} berkas ({packed} dipadatkan), {used} MB dipakai dari batas {budget} GB. Yang terbaru berupa salinan utuh; yang lebih lama dipadatkan (dikompresi dan dienkripsi, sekitar seperlima ukurannya) di latar belakang.</source>
        <translation>Automatic backups: {count} files ({packed} packed), {used} MB used of the {budget} GB limit. The newest is a full copy; older ones are packed (compressed and encrypted, about a fifth of the size) in the background.</translation>
    </message>
    <message>
        <source>Pemeriksaan keutuhan lengkap: belum pernah dijalankan (berjalan sendiri seminggu sekali, di latar belakang).</source>
        <translation>Full integrity check: not run yet (it runs by itself once a week, in the background).</translation>
    </message>
    <message>
        <source>Pemeriksaan keutuhan lengkap terakhir: {when} — baik ({seconds} detik).</source>
        <translation>Last full integrity check: {when} — good ({seconds} seconds).</translation>
    </message>
    <message>
        <source>Pemeriksaan keutuhan lengkap terakhir: {when} — &lt;b&gt;ditemukan masalah&lt;/b&gt;: {findings}. Jalankan &quot;lindungi check&quot; untuk langkah perbaikan, atau pulihkan cadangan terakhir yang baik.</source>
        <translation>Last full integrity check: {when} — &lt;b&gt;problems found&lt;/b&gt;: {findings}. Run &quot;lindungi check&quot; for what to do, or restore the latest good backup.</translation>
    </message>
    <message>
        <source>Pilih dulu cadangan di daftar.</source>
        <translation>Choose a backup in the list first.</translation>
    </message>
    <message>
        <source>Simpan cadangan</source>
        <translation>Save backup</translation>
    </message>
    <message>
        <source>Cadangan gagal</source>
        <translation>Backup failed</translation>
    </message>
    <message>
        <source>Cadangan dibuat</source>
        <translation>Backup made</translation>
    </message>
    <message>
        <source>Cadangan tersimpan di:
{path}

Simpan berkas ini di tempat yang aman; isinya data pribadi.</source>
        <translation>The backup was saved to:
{path}

Keep this file in a safe place; it holds personal data.</translation>
    </message>
    <message>
        <source>Pilih berkas cadangan</source>
        <translation>Choose a backup file</translation>
    </message>
    <message>
        <source>Pulihkan</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Berkas ini bukan cadangan Lindungi yang utuh:
{path}</source>
        <translation>This file is not an intact Lindungi backup:
{path}</translation>
    </message>
    <message>
        <source>Basis data yang sedang dipakai akan diganti dengan isi cadangan:
{path}

Data yang dimasukkan sesudah cadangan itu dibuat tidak ada di cadangan. Berkas yang sekarang tidak dihapus: disimpan di folder cadangan. Lindungi akan ditutup lalu dibuka lagi.</source>
        <translation>The database in use will be replaced by the contents of the backup:
{path}

Data entered after that backup was made is not in it. The current file is not deleted: it is kept in the backup folder. Lindungi will close and open again.</translation>
    </message>
    <message>
        <source>Pulihkan dari cadangan?</source>
        <translation>Restore from the backup?</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Folder cadangan</source>
        <translation>Backup folder</translation>
    </message>
</context>
<context>
    <name>Batch</name>
    <message>
        <source>Draf</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Terkunci (sudah diekspor)</source>
        <translation>Locked (exported)</translation>
    </message>
    <message>
        <source>Terkirim ke BPJS</source>
        <translation>Sent to BPJS</translation>
    </message>
    <message>
        <source>Sudah dijawab BPJS</source>
        <translation>Answered by BPJS</translation>
    </message>
    <message>
        <source>Biasa</source>
        <translation>Regular</translation>
    </message>
    <message>
        <source>Koreksi</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>Impor daftar desa</source>
        <translation>Village list import</translation>
    </message>
    <message>
        <source>Batch {id} tidak ditemukan.</source>
        <translation>Batch {id} not found.</translation>
    </message>
    <message>
        <source>Belum ada skema aktif; buat skema dulu di Pengaturan.</source>
        <translation>There is no active scheme yet; create one in Settings first.</translation>
    </message>
    <message>
        <source>Batch {id} berstatus &quot;{status}&quot; dan tidak dapat diubah lagi; buat batch baru atau batch koreksi.</source>
        <translation>Batch {id} is &quot;{status}&quot; and can no longer be changed; create a new batch or a correction batch.</translation>
    </message>
    <message>
        <source>Batch {id} belum diekspor (status &quot;{status}&quot;); ekspor dulu, lalu tandai terkirim.</source>
        <translation>Batch {id} has not been exported yet (status &quot;{status}&quot;); export it first, then mark it as sent.</translation>
    </message>
    <message>
        <source>Batch {id} sudah ditandai terkirim (status &quot;{status}&quot;).</source>
        <translation>Batch {id} has already been marked as sent (status &quot;{status}&quot;).</translation>
    </message>
    <message>
        <source>Tanggal kirim {date} belum tiba (hari ini {today}).</source>
        <translation>The sending date {date} has not come yet (today is {today}).</translation>
    </message>
    <message>
        <source>Peserta &quot;{ref}&quot; tidak ditemukan (pakai nomor pendaftaran seperti 012-000123-7 atau NIK).</source>
        <translation>Participant &quot;{ref}&quot; not found (use a registration number such as 012-000123-7, or a NIK).</translation>
    </message>
    <message>
        <source>NIK {nik} terdaftar di lebih dari satu skema; pakai nomor pendaftaran.</source>
        <translation>NIK {nik} is registered in more than one scheme; use the registration number.</translation>
    </message>
    <message>
        <source>{number} {name}: data sudah dihapus.</source>
        <translation>{number} {name}: the record has been deleted.</translation>
    </message>
    <message>
        <source>{number} {name}: terdaftar di skema lain dari skema batch ini.</source>
        <translation>{number} {name}: registered in a different scheme from this batch&apos;s.</translation>
    </message>
    <message>
        <source>{number} {name}: sudah ada di batch {batch} yang masih terbuka.</source>
        <translation>{number} {name}: already in batch {batch}, which is still open.</translation>
    </message>
    <message>
        <source>{number} {name}: sudah diterima BPJS (KPJ {kpj}).</source>
        <translation>{number} {name}: already accepted by BPJS (KPJ {kpj}).</translation>
    </message>
    <message>
        <source>{number} {name}: tidak ada di batch {batch}.</source>
        <translation>{number} {name}: not in batch {batch}.</translation>
    </message>
    <message>
        <source>Tidak ada yang diubah. %n peserta tidak dapat diproses: {details}</source>
        <translation>Nothing was changed. %n participant could not be processed: {details}|Nothing was changed. %n participants could not be processed: {details}</translation>
    </message>
    <message>
        <source>Batch {id} tidak punya peserta ditolak yang dapat dikirim ulang.</source>
        <translation>Batch {id} has no rejected participants to send again.</translation>
    </message>
    <message>
        <source>Batch {id} belum menerima jawaban BPJS (status &quot;{status}&quot;).</source>
        <translation>Batch {id} has no answer from BPJS yet (status &quot;{status}&quot;).</translation>
    </message>
    <message>
        <source>Koreksi batch {id}</source>
        <translation>Correction of batch {id}</translation>
    </message>
</context>
<context>
    <name>BatchActions</name>
    <message>
        <source>Pilih batch di daftar dulu.</source>
        <translation>Choose a batch in the list first.</translation>
    </message>
    <message>
        <source>Batch yang sudah dikirim tidak diekspor ulang; berkas yang dikirim tetap dipakai.</source>
        <translation>A batch that was sent is not exported again; the file that was sent stays the reference.</translation>
    </message>
    <message>
        <source>Batch ini belum berisi peserta.</source>
        <translation>This batch has no participants yet.</translation>
    </message>
    <message>
        <source>Batch berisi peserta yang sudah dihapus; keluarkan dulu dari batch.</source>
        <translation>The batch holds deleted participants; remove them from the batch first.</translation>
    </message>
    <message>
        <source>Ekspor batch ke Excel dulu; hanya batch terkunci yang ditandai terkirim.</source>
        <translation>Export the batch to Excel first; only a locked batch is marked as sent.</translation>
    </message>
    <message>
        <source>Batch ini sudah ditandai terkirim.</source>
        <translation>This batch is already marked as sent.</translation>
    </message>
    <message>
        <source>Jawaban BPJS dicatat setelah batch ditandai terkirim.</source>
        <translation>BPJS&apos;s answer is recorded after the batch is marked as sent.</translation>
    </message>
    <message>
        <source>Tidak ada peserta yang ditolak BPJS di batch ini.</source>
        <translation>No participant of this batch was rejected by BPJS.</translation>
    </message>
    <message>
        <source>Batch ini tidak berisi peserta aktif.</source>
        <translation>This batch has no active participants.</translation>
    </message>
    <message>
        <source>Batch ini belum diekspor.</source>
        <translation>This batch has not been exported yet.</translation>
    </message>
    <message>
        <source>Berkas ekspor batch ini tidak ditemukan di komputer ini.</source>
        <translation>This batch&apos;s export file is not on this computer.</translation>
    </message>
    <message>
        <source>Isi batch yang sudah terkunci tidak dapat diubah; buat batch koreksi bila perlu.</source>
        <translation>A locked batch cannot change its members; make a correction batch if needed.</translation>
    </message>
    <message>
        <source>Pilih peserta di tab Anggota dulu.</source>
        <translation>Choose participants on the Members tab first.</translation>
    </message>
    <message>
        <source>Membuat batch…</source>
        <translation>Creating the batch…</translation>
    </message>
    <message>
        <source>Batch baru</source>
        <translation>New batch</translation>
    </message>
    <message>
        <source>Ekspor batch ke Excel</source>
        <translation>Export batch to Excel</translation>
    </message>
    <message>
        <source>Berkas {file} ditulis lalu dibaca ulang: {rows} baris peserta cocok sel demi sel dengan basis data. Batch {id} kini terkunci.

SHA-256: {sha}</source>
        <translation>File {file} was written and read back: its {rows} participant rows match the database cell by cell. Batch {id} is now locked.

SHA-256: {sha}</translation>
    </message>
    <message>
        <source>Tandai terkirim</source>
        <translation>Mark as sent</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Catat jawaban BPJS</source>
        <translation>Record BPJS answer</translation>
    </message>
    <message>
        <source>Perpanjang ke skema baru</source>
        <translation>Renew into a new scheme</translation>
    </message>
    <message>
        <source>Bulan awal dan akhir ditulis YYYY-MM, mis. 2027-01.</source>
        <translation>Write the first and last month as YYYY-MM, e.g. 2027-01.</translation>
    </message>
    <message>
        <source>Skema {scheme} dibuat. Batch perpanjangan {id} berisi {count} peserta (KPJ ikut). Tidak ikut: {left}.

{lines}</source>
        <translation>Scheme {scheme} created. Renewal batch {id} holds {count} participants (KPJ numbers kept). Left out: {left}.

{lines}</translation>
    </message>
    <message>
        <source>Membaca jawaban BPJS…</source>
        <translation>Reading BPJS&apos;s answer…</translation>
    </message>
    <message>
        <source>Mencatat jawaban BPJS…</source>
        <translation>Recording BPJS&apos;s answer…</translation>
    </message>
    <message>
        <source>Tercatat: {accepted} diterima, {rejected} ditolak.</source>
        <translation>Recorded: {accepted} accepted, {rejected} rejected.</translation>
    </message>
    <message>
        <source>Buat batch koreksi berisi {count} peserta yang ditolak BPJS di batch {id}? Perbaiki datanya, lalu ekspor dan kirim batch koreksi itu.</source>
        <translation>Create a correction batch with the {count} participants BPJS rejected in batch {id}? Fix their data, then export and send the correction batch.</translation>
    </message>
    <message>
        <source>Batch koreksi</source>
        <translation>Correction batch</translation>
    </message>
    <message>
        <source>Buat batch koreksi</source>
        <translation>Create correction batch</translation>
    </message>
    <message>
        <source>Keluarkan {count} peserta dari batch {id}? Datanya tetap tersimpan dan dapat dimasukkan ke batch lain.</source>
        <translation>Remove {count} participants from batch {id}? Their data stays and they can join another batch.</translation>
    </message>
    <message>
        <source>Keluarkan dari batch</source>
        <translation>Remove from batch</translation>
    </message>
    <message>
        <source>Keluarkan</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Batch {id}: {title} ({people} peserta)</source>
        <translation>Batch {id}: {title} ({people} participants)</translation>
    </message>
    <message>
        <source>Batch baru (skema peserta ini)</source>
        <translation>New batch (these participants&apos; scheme)</translation>
    </message>
    <message>
        <source>Masukkan {count} peserta ke batch draf:</source>
        <translation>Put {count} participants into a draft batch:</translation>
    </message>
    <message>
        <source>Tambah ke batch</source>
        <translation>Add to batch</translation>
    </message>
    <message>
        <source>{count} peserta masuk batch {id}.</source>
        <translation>{count} participants joined batch {id}.</translation>
    </message>
</context>
<context>
    <name>BatchDetail</name>
    <message>
        <source>Skema</source>
        <translation>Scheme</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Dibuat</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Berkas ekspor</source>
        <translation>Export file</translation>
    </message>
    <message>
        <source>Dikirim</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Jawaban BPJS</source>
        <translation>BPJS answer</translation>
    </message>
    <message>
        <source>Peserta</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Desa/Kelurahan</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Pekerjaan</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>Anggota</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Per desa</source>
        <translation>By village</translation>
    </message>
    <message>
        <source>Per pekerjaan</source>
        <translation>By occupation</translation>
    </message>
    <message>
        <source>Pilih batch di daftar sebelah kiri, atau buat batch baru.</source>
        <translation>Choose a batch in the list on the left, or create a new batch.</translation>
    </message>
    <message>
        <source>Batch {id}: {title}</source>
        <translation>Batch {id}: {title}</translation>
    </message>
    <message>
        <source>belum dikirim</source>
        <translation>not sent yet</translation>
    </message>
    <message>
        <source>{total} orang (L {male}, P {female})</source>
        <translation>{total} people (M {male}, F {female})</translation>
    </message>
    <message>
        <source>belum diekspor</source>
        <translation>not exported yet</translation>
    </message>
    <message>
        <source>dikunci {time} oleh {name}</source>
        <translation>locked {time} by {name}</translation>
    </message>
    <message>
        <source>{date} · surat pengantar {letter} · kepada {recipient}</source>
        <translation>{date} · cover letter {letter} · to {recipient}</translation>
    </message>
</context>
<context>
    <name>BatchModel</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Judul</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Skema</source>
        <translation>Scheme</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Peserta</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Dibuat</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Berkas ekspor (SHA-256)</source>
        <translation>Export file (SHA-256)</translation>
    </message>
    <message>
        <source>Jawaban BPJS</source>
        <translation>BPJS answer</translation>
    </message>
    <message>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>KPJ</source>
        <translation>KPJ</translation>
    </message>
    <message>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>{n} diterima</source>
        <translation>{n} accepted</translation>
    </message>
    <message>
        <source>{n} ditolak</source>
        <translation>{n} rejected</translation>
    </message>
    <message>
        <source>{n} menunggu</source>
        <translation>{n} waiting</translation>
    </message>
    <message>
        <source>Dihapus</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Diterima</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Ditolak</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Menunggu</source>
        <translation>Waiting</translation>
    </message>
</context>
<context>
    <name>BatchPage</name>
    <message>
        <source>Batch &amp;baru…</source>
        <translation>&amp;New batch…</translation>
    </message>
    <message>
        <source>&amp;Perpanjang ke skema baru…</source>
        <translation>&amp;Renew into a new scheme…</translation>
    </message>
    <message>
        <source>&amp;Ekspor ke Excel…</source>
        <translation>&amp;Export to Excel…</translation>
    </message>
    <message>
        <source>Tandai &amp;terkirim…</source>
        <translation>Mark as &amp;sent…</translation>
    </message>
    <message>
        <source>Catat &amp;jawaban BPJS…</source>
        <translation>Record BPJS &amp;answer…</translation>
    </message>
    <message>
        <source>Batch &amp;koreksi…</source>
        <translation>&amp;Correction batch…</translation>
    </message>
    <message>
        <source>Cetak &amp;semua bukti</source>
        <translation>Print all &amp;slips</translation>
    </message>
    <message>
        <source>Cetak &amp;berita acara</source>
        <translation>Print &amp;handover report</translation>
    </message>
    <message>
        <source>Buka &amp;folder berkas</source>
        <translation>Open export &amp;folder</translation>
    </message>
    <message>
        <source>&amp;Keluarkan dari batch…</source>
        <translation>&amp;Remove from batch…</translation>
    </message>
    <message>
        <source>Muat ulang</source>
        <translation>Reload</translation>
    </message>
</context>
<context>
    <name>Benefits</name>
    <message>
        <source>JKM (meninggal dunia bukan karena kecelakaan kerja): {total} — santunan sekaligus {lump}, santunan berkala {periodic} dibayar sekaligus, biaya pemakaman {funeral}.</source>
        <translation>JKM (death not caused by a work accident): {total} — lump sum {lump}, periodic benefit {periodic} paid at once, funeral costs {funeral}.</translation>
    </message>
    <message>
        <source>Beasiswa pendidikan untuk paling banyak {children} anak bila iuran sudah dibayar paling singkat {years} tahun.</source>
        <translation>Education scholarships for up to {children} children once contributions have been paid for at least {years} years.</translation>
    </message>
    <message>
        <source>JKK (kecelakaan kerja, termasuk dalam perjalanan pergi dan pulang kerja): perawatan medis tanpa batas biaya sesuai kebutuhan medis, dan santunan uang.</source>
        <translation>JKK (work accidents, including on the way to and from work): medical care without a cost ceiling as medically needed, and cash benefits.</translation>
    </message>
    <message>
        <source>Klaim di kantor cabang BPJS Ketenagakerjaan terdekat atau lewat Call Center {call}.</source>
        <translation>Claim at the nearest BPJS Ketenagakerjaan branch office or through Call Center {call}.</translation>
    </message>
    <message>
        <source>Dokumen klaim JKM: kartu atau nomor KPJ, KTP ahli waris, Kartu Keluarga, surat keterangan kematian, surat keterangan ahli waris.</source>
        <translation>Documents for a JKM claim: KPJ card or number, the heir&apos;s KTP, family card (KK), death certificate, heir statement.</translation>
    </message>
    <message>
        <source>Simpan bukti ini dan beri tahu ahli waris di mana menyimpannya.</source>
        <translation>Keep this slip and tell your heirs where it is kept.</translation>
    </message>
</context>
<context>
    <name>CarryForward</name>
    <message>
        <source>Desa/kelurahan (dan kecamatan)</source>
        <translation>Village (and district)</translation>
    </message>
    <message>
        <source>RT / RW</source>
        <translation>RT / RW</translation>
    </message>
    <message>
        <source>Pekerjaan</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>Skema</source>
        <translation>Scheme</translation>
    </message>
    <message>
        <source>Masa perlindungan</source>
        <translation>Coverage period</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Ganti kata sandi</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>Kata sandi sekarang</source>
        <translation>Current password</translation>
    </message>
    <message>
        <source>Kata sandi baru</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>Ulangi kata sandi baru</source>
        <translation>Repeat new password</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Lindungi: pendaftaran pekerja rentan untuk BPJS Ketenagakerjaan. Tanpa perintah, aplikasi jendela dibuka.</source>
        <translation>Lindungi: registering vulnerable workers for BPJS Ketenagakerjaan. Without a command, the window opens.</translation>
    </message>
    <message>
        <source>bahasa keluaran (bawaan: id)</source>
        <translation>language of the output (default: id)</translation>
    </message>
    <message>
        <source>PERINTAH</source>
        <translation>COMMAND</translation>
    </message>
    <message>
        <source>berkas basis data (bawaan: LINDUNGI_DB atau folder data pengguna)</source>
        <translation>database file (default: LINDUNGI_DB or the user data folder)</translation>
    </message>
    <message>
        <source>bekerja sebagai operator terdaftar ini, dengan perannya (bawaan: LINDUNGI_OPERATOR, atau satu-satunya operator aktif kantor)</source>
        <translation>work as this registered operator, with their role (default: LINDUNGI_OPERATOR, or the office&apos;s only active operator)</translation>
    </message>
    <message>
        <source>keluaran JSON untuk program lain</source>
        <translation>JSON output for other programs</translation>
    </message>
    <message>
        <source>Sebutkan operator yang bekerja: --operator NAMA atau LINDUNGI_OPERATOR (operator kantor ini: {names}).</source>
        <translation>Say which operator is working: --operator NAME or LINDUNGI_OPERATOR (this office&apos;s operators: {names}).</translation>
    </message>
    <message>
        <source>dibatalkan.</source>
        <translation>cancelled.</translation>
    </message>
    <message>
        <source>terjadi kesalahan tak terduga; detail tersimpan di log.</source>
        <translation>an unexpected error occurred; details are in the log.</translation>
    </message>
    <message>
        <source>BERKAS</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>berkas berisi kata sandi operator (baris pertama); bawaan: LINDUNGI_PASSWORD atau ditanyakan</source>
        <translation>file holding the operator&apos;s password (first line); default: LINDUNGI_PASSWORD or asked</translation>
    </message>
    <message>
        <source>berkas berisi kunci pemulihan kantor, untuk skrip tanpa kata sandi</source>
        <translation>file holding the office&apos;s recovery key, for scripts without a password</translation>
    </message>
    <message>
        <source>Sebutkan operator yang masuk dengan --operator NAMA (atau LINDUNGI_OPERATOR).</source>
        <translation>Name the operator who signs in with --operator NAME (or LINDUNGI_OPERATOR).</translation>
    </message>
    <message>
        <source>Kata sandi diperlukan: --password-file BERKAS, LINDUNGI_PASSWORD, atau jalankan perintah di terminal.</source>
        <translation>A password is needed: --password-file FILE, LINDUNGI_PASSWORD, or run the command in a terminal.</translation>
    </message>
    <message>
        <source>Kata sandi {operator}: </source>
        <translation>Password for {operator}: </translation>
    </message>
    <message>
        <source>Basis data ini belum dienkripsi. Buka jendela Lindungi sekali untuk mengenkripsinya dan membuat akun admin, lalu jalankan perintah lagi.</source>
        <translation>This database is not encrypted yet. Open the Lindungi window once to encrypt it and create the admin account, then run the command again.</translation>
    </message>
    <message>
        <source>Berkas kunci di samping basis data tidak ada. Buka jendela Lindungi dan pilih &quot;Lupa kata sandi&quot; dengan kunci pemulihan, atau pakai --key-file.</source>
        <translation>The key file beside the database is missing. Open the Lindungi window and choose &quot;Forgot password&quot; with the recovery key, or use --key-file.</translation>
    </message>
</context>
<context>
    <name>CliAudit</name>
    <message>
        <source>baca dan periksa log pemrosesan</source>
        <translation>read and check the processing log</translation>
    </message>
    <message>
        <source>Log pemrosesan: siapa melakukan apa, kapan, pada data siapa. &apos;audit verify&apos; memeriksa rantai hash log.</source>
        <translation>Processing log: who did what, when, to whose data. &apos;audit verify&apos; checks the log&apos;s hash chain.</translation>
    </message>
    <message>
        <source>jumlah catatan paling banyak (bawaan 50)</source>
        <translation>at most this many entries (default 50)</translation>
    </message>
    <message>
        <source>tulis semua catatan yang cocok ke Excel untuk pemeriksa</source>
        <translation>write every matching entry to Excel for an auditor</translation>
    </message>
    <message>
        <source>PERINTAH</source>
        <translation>COMMAND</translation>
    </message>
    <message>
        <source>periksa bahwa log pemrosesan utuh</source>
        <translation>check that the processing log is intact</translation>
    </message>
    <message>
        <source>Periksa rantai hash log pemrosesan dan sebutkan mata rantai pertama yang putus. Keluar 0 bila utuh, 1 bila tidak.</source>
        <translation>Check the processing log&apos;s hash chain and name the first broken link. Exit 0 when intact, 1 when not.</translation>
    </message>
    <message>
        <source>semua data dan riwayat pemrosesan satu orang</source>
        <translation>all data and processing history of one person</translation>
    </message>
    <message>
        <source>Permintaan subjek data: semua yang disimpan tentang satu NIK (atau nomor pendaftaran) dan setiap langkah pemrosesannya; --pdf mencetaknya.</source>
        <translation>Data-subject request: everything held about one NIK (or registration number) and every processing step; --pdf prints it.</translation>
    </message>
    <message>
        <source>NIK atau nomor pendaftaran</source>
        <translation>NIK or registration number</translation>
    </message>
    <message>
        <source>cetak ke PDF</source>
        <translation>print to PDF</translation>
    </message>
    <message>
        <source>tanggal harus YYYY-MM-DD</source>
        <translation>the date must be YYYY-MM-DD</translation>
    </message>
    <message>
        <source>hanya catatan oleh operator ini</source>
        <translation>only entries by this operator</translation>
    </message>
    <message>
        <source>sejak tanggal ini</source>
        <translation>from this date</translation>
    </message>
    <message>
        <source>sampai tanggal ini (termasuk)</source>
        <translation>up to this date (inclusive)</translation>
    </message>
    <message>
        <source>hanya tindakan ini (mis. nik.unmask, export)</source>
        <translation>only this action (e.g. nik.unmask, export)</translation>
    </message>
    <message>
        <source>hanya catatan tentang orang ini (NIK atau nomor pendaftaran)</source>
        <translation>only entries about this person (NIK or registration number)</translation>
    </message>
    <message>
        <source>{rows} catatan log ditulis ke {path}.</source>
        <translation>{rows} log entries written to {path}.</translation>
    </message>
    <message>
        <source>{shown} dari {total} catatan ditampilkan (terbaru dahulu).</source>
        <translation>{shown} of {total} entries shown (newest first).</translation>
    </message>
    <message>
        <source>Dicetak ke {path} ({pages} halaman).</source>
        <translation>Printed to {path} ({pages} pages).</translation>
    </message>
    <message>
        <source>hapus data pribadi skema yang sudah lama berakhir (admin)</source>
        <translation>purge the personal data of schemes that ended long ago (admin)</translation>
    </message>
    <message>
        <source>Masa simpan: hapus data pribadi peserta skema yang berakhir lebih dari N tahun lalu; angka untuk laporan tetap. Tanpa --yes hanya ditampilkan berapa orang yang akan dihapus. Cadangan lama masih memuat datanya.</source>
        <translation>Retention: purge the personal data of participants of schemes that ended more than N years ago; the report figures stay. Without --yes it only shows how many people would be purged. Older backups still hold the data.</translation>
    </message>
    <message>
        <source>masa simpan dalam tahun (bawaan: pengaturan kantor, 5)</source>
        <translation>retention period in years (default: the office setting, 5)</translation>
    </message>
    <message>
        <source>hapus sungguh-sungguh; sebutkan jumlah orang yang ditampilkan</source>
        <translation>really purge; give the number of people shown</translation>
    </message>
    <message>
        <source>{people} orang dari skema yang berakhir lebih dari {years} tahun lalu. Untuk menghapus: lindungi purge --yes {people}</source>
        <translation>{people} people in schemes that ended more than {years} years ago. To purge: lindungi purge --yes {people}</translation>
    </message>
    <message>
        <source>Data pribadi {people} orang dihapus; angka laporan tetap.</source>
        <translation>Personal data of {people} people purged; the report figures stay.</translation>
    </message>
    <message>
        <source>Perhatian: {count} cadangan lama masih memuat data ini:</source>
        <translation>Warning: {count} older backups still hold this data:</translation>
    </message>
</context>
<context>
    <name>CliBatch</name>
    <message>
        <source>kelola batch pengiriman ke BPJS</source>
        <translation>manage the batches sent to BPJS</translation>
    </message>
    <message>
        <source>Siklus batch: draf → terkunci (diekspor, hash berkas dicatat) → terkirim → dijawab BPJS → batch koreksi untuk yang ditolak.</source>
        <translation>Batch life: draft → locked (exported, file hash recorded) → sent → answered by BPJS → a correction batch for the rejected.</translation>
    </message>
    <message>
        <source>daftar batch</source>
        <translation>list the batches</translation>
    </message>
    <message>
        <source>Semua batch dengan status dan jumlah peserta.</source>
        <translation>Every batch with its status and number of participants.</translation>
    </message>
    <message>
        <source>rincian dan total satu batch</source>
        <translation>details and totals of one batch</translation>
    </message>
    <message>
        <source>Status, berkas ekspor (SHA-256), jawaban BPJS, jumlah per desa/pekerjaan/jenis kelamin, iuran per bulan dan total masa perlindungan.</source>
        <translation>Status, exported file (SHA-256), BPJS&apos;s answer, counts per village/occupation/sex, contribution per month and for the coverage period.</translation>
    </message>
    <message>
        <source>nomor batch</source>
        <translation>batch number</translation>
    </message>
    <message>
        <source>buat batch draf baru</source>
        <translation>create a new draft batch</translation>
    </message>
    <message>
        <source>Buat batch draf; bisa langsung diisi peserta atau semua peserta yang belum masuk batch (--unbatched).</source>
        <translation>Create a draft batch, filled at once with the people named or with everyone not yet in a batch (--unbatched).</translation>
    </message>
    <message>
        <source>skema (bawaan: skema utama kantor)</source>
        <translation>scheme (default: the office&apos;s main scheme)</translation>
    </message>
    <message>
        <source>judul batch</source>
        <translation>batch title</translation>
    </message>
    <message>
        <source>isi dengan semua peserta skema ini yang belum di batch</source>
        <translation>fill with every participant of this scheme not yet in a batch</translation>
    </message>
    <message>
        <source>dengan --unbatched: hanya desa ini</source>
        <translation>with --unbatched: only this village</translation>
    </message>
    <message>
        <source>peserta: nomor pendaftaran (012-000123-7 atau 000123-4) atau NIK; boleh beberapa</source>
        <translation>participants: registration number (012-000123-7 or 000123-4) or NIK; several allowed</translation>
    </message>
    <message>
        <source>tambah peserta ke batch draf</source>
        <translation>add participants to a draft batch</translation>
    </message>
    <message>
        <source>Tambah peserta ke batch draf. Semua atau tidak sama sekali.</source>
        <translation>Add participants to a draft batch. All or nothing.</translation>
    </message>
    <message>
        <source>keluarkan peserta dari batch draf</source>
        <translation>take participants out of a draft batch</translation>
    </message>
    <message>
        <source>Keluarkan peserta dari batch draf. Semua atau tidak sama sekali.</source>
        <translation>Take participants out of a draft batch. All or nothing.</translation>
    </message>
    <message>
        <source>tandai batch terkunci sudah dikirim</source>
        <translation>mark a locked batch as sent</translation>
    </message>
    <message>
        <source>Tandai batch yang sudah diekspor (terkunci) sebagai terkirim ke Dinas/BPJS.</source>
        <translation>Mark an exported (locked) batch as sent to the Dinas/BPJS.</translation>
    </message>
    <message>
        <source>tanggal kirim (bawaan: hari ini)</source>
        <translation>date sent (default: today)</translation>
    </message>
    <message>
        <source>nomor surat pengantar</source>
        <translation>cover letter number</translation>
    </message>
    <message>
        <source>penerima, mis. &quot;Disnakertrans Kab. PPU&quot; (bawaan: penerima batch terakhir)</source>
        <translation>recipient, e.g. &quot;Disnakertrans Kab. PPU&quot; (default: the last batch&apos;s recipient)</translation>
    </message>
    <message>
        <source>perpanjang skema ke periode baru</source>
        <translation>renew a scheme into a new period</translation>
    </message>
    <message>
        <source>Buat skema periode berikutnya (pembayar, tabel iuran, program dan batas umur sama) dan batch draf perpanjangan berisi peserta yang diterima BPJS, masih aktif dan masih memenuhi syarat umur; KPJ ikut. Yang tidak ikut dicantumkan alasannya.</source>
        <translation>Create the next period&apos;s scheme (same payer, rate table, programs and age window) and a draft renewal batch with the participants BPJS accepted who are still active and still within the age window; their KPJ carries over. Those left out are listed with why.</translation>
    </message>
    <message>
        <source>nomor skema yang diperpanjang</source>
        <translation>number of the scheme to renew</translation>
    </message>
    <message>
        <source>nama skema baru</source>
        <translation>name of the new scheme</translation>
    </message>
    <message>
        <source>bulan awal skema baru</source>
        <translation>first month of the new scheme</translation>
    </message>
    <message>
        <source>bulan akhir skema baru</source>
        <translation>last month of the new scheme</translation>
    </message>
    <message>
        <source>nomor PKS skema baru</source>
        <translation>PKS agreement number of the new scheme</translation>
    </message>
    <message>
        <source>anggaran skema baru</source>
        <translation>budget of the new scheme</translation>
    </message>
    <message>
        <source>target peserta skema baru</source>
        <translation>participant target of the new scheme</translation>
    </message>
    <message>
        <source>batch koreksi dari peserta yang ditolak</source>
        <translation>a correction batch of the rejected participants</translation>
    </message>
    <message>
        <source>Buat batch draf baru berisi peserta yang ditolak BPJS di batch ID, untuk diperbaiki lalu dikirim ulang.</source>
        <translation>Create a new draft batch with the participants BPJS rejected in batch ID, to correct and send again.</translation>
    </message>
    <message>
        <source>nomor batch yang dijawab BPJS</source>
        <translation>number of the batch BPJS answered</translation>
    </message>
    <message>
        <source>judul batch koreksi</source>
        <translation>title of the correction batch</translation>
    </message>
    <message>
        <source>Belum ada batch.</source>
        <translation>No batches yet.</translation>
    </message>
    <message>
        <source>orang</source>
        <translation>people</translation>
    </message>
    <message>
        <source>  Skema      : {value}</source>
        <translation>  Scheme     : {value}</translation>
    </message>
    <message>
        <source>  Berkas     : {value}</source>
        <translation>  File       : {value}</translation>
    </message>
    <message>
        <source>, terhapus {n}</source>
        <translation>, deleted {n}</translation>
    </message>
    <message>
        <source>  Peserta    : {people} (diterima {accepted}, ditolak {rejected}, menunggu {waiting}{deleted})</source>
        <translation>  People     : {people} (accepted {accepted}, rejected {rejected}, waiting {waiting}{deleted})</translation>
    </message>
    <message>
        <source>  Iuran      : {cost}; satu bulan semua peserta {monthly}</source>
        <translation>  Contrib.   : {cost}; one month for everyone {monthly}</translation>
    </message>
    <message>
        <source>--desa hanya dipakai bersama --unbatched.</source>
        <translation>--desa is only used together with --unbatched.</translation>
    </message>
    <message>
        <source>Batch {id} dibuat dengan {people} peserta.</source>
        <translation>Batch {id} created with {people} participant(s).</translation>
    </message>
    <message>
        <source>{n} peserta ditambahkan ke batch {id}.</source>
        <translation>{n} participant(s) added to batch {id}.</translation>
    </message>
    <message>
        <source>{n} peserta dikeluarkan dari batch {id}.</source>
        <translation>{n} participant(s) taken out of batch {id}.</translation>
    </message>
    <message>
        <source>tanggal tidak dikenal: {text} (pakai YYYY-MM-DD)</source>
        <translation>unknown date: {text} (use YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Skema {id} {name} dibuat; batch perpanjangan {batch} berisi {people} peserta (KPJ ikut). Ekspor batch itu lalu kirim.</source>
        <translation>Scheme {id} {name} created; renewal batch {batch} holds {people} participant(s) (KPJ carried over). Export that batch, then send it.</translation>
    </message>
    <message>
        <source>  tidak ikut: {number}  {name}: {why}</source>
        <translation>  left out: {number}  {name}: {why}</translation>
    </message>
    <message>
        <source>Batch {id} ditandai terkirim. Catat jawaban BPJS dengan: lindungi import-answer BERKAS --batch {id}</source>
        <translation>Batch {id} marked as sent. Record BPJS&apos;s answer with: lindungi import-answer FILE --batch {id}</translation>
    </message>
    <message>
        <source>Batch koreksi {id} dibuat dengan {people} peserta yang ditolak di batch {parent}. Perbaiki datanya, lalu ekspor.</source>
        <translation>Correction batch {id} created with {people} participant(s) rejected in batch {parent}. Correct their data, then export.</translation>
    </message>
</context>
<context>
    <name>CliCore</name>
    <message>
        <source>periksa satu NIK</source>
        <translation>check one NIK</translation>
    </message>
    <message>
        <source>Periksa NIK: panjang, kode wilayah, tanggal lahir, jenis kelamin, nomor urut. Keluar 0 bila valid, 1 bila tidak.</source>
        <translation>Check a NIK: length, region code, date of birth, sex, serial. Exit 0 when valid, 1 when not.</translation>
    </message>
    <message>
        <source>NIK 16 digit (spasi, titik dan tanda hubung boleh)</source>
        <translation>16-digit NIK (spaces, dots and dashes allowed)</translation>
    </message>
    <message>
        <source>buat basis data contoh</source>
        <translation>make a demo database</translation>
    </message>
    <message>
        <source>Buat kantor contoh (Kabupaten Penajam Paser Utara) dengan peserta sintetis, dua skema dan batch per desa.</source>
        <translation>Make a demo office (Kabupaten Penajam Paser Utara) with synthetic participants, two schemes and a batch per village.</translation>
    </message>
    <message>
        <source>jumlah peserta (bawaan 2000)</source>
        <translation>number of participants (default 2000)</translation>
    </message>
    <message>
        <source>benih acak, agar hasil dapat diulang</source>
        <translation>random seed, so the result can be repeated</translation>
    </message>
    <message>
        <source>cari peserta</source>
        <translation>find participants</translation>
    </message>
    <message>
        <source>kata nama, awal NIK, nomor pendaftaran atau KPJ</source>
        <translation>a word of the name, the start of a NIK, a registration number or a KPJ</translation>
    </message>
    <message>
        <source>jumlah hasil paling banyak (bawaan 50)</source>
        <translation>at most this many results (default 50)</translation>
    </message>
    <message>
        <source>sebagai basis data Dinas yang menerima data kecamatan: peserta per kantor asal, beberapa terdaftar di dua kantor</source>
        <translation>as the Dinas&apos;s database receiving the kecamatan offices&apos; data: people per office of origin, a few registered at two offices</translation>
    </message>
    <message>
        <source>Cari peserta menurut kata nama, awal NIK, nomor pendaftaran (012-000123-7 atau 000123-4) atau KPJ, dengan saringan desa, kecamatan, status, skema dan batch; --xlsx menulis seluruh daftar ke Excel. NIK ditampilkan tersamar.</source>
        <translation>Find participants by a word of the name, the start of a NIK, a registration number (012-000123-7 or 000123-4) or a KPJ, filtered by village, district, status, scheme and batch; --xlsx writes the whole list to Excel. NIKs are shown masked.</translation>
    </message>
    <message>
        <source>hanya desa/kelurahan ini (kode wilayah)</source>
        <translation>this village only (region code)</translation>
    </message>
    <message>
        <source>hanya kecamatan ini (kode wilayah)</source>
        <translation>this district only (region code)</translation>
    </message>
    <message>
        <source>status peserta (bawaan: active)</source>
        <translation>participant status (default: active)</translation>
    </message>
    <message>
        <source>hanya skema ini</source>
        <translation>this scheme only</translation>
    </message>
    <message>
        <source>hanya anggota batch ini</source>
        <translation>members of this batch only</translation>
    </message>
    <message>
        <source>hanya peserta yang didaftarkan kantor ini (kode kantor, mis. PPU-WARU)</source>
        <translation>only people registered by this office (office code, e.g. PPU-WARU)</translation>
    </message>
    <message>
        <source>NIK (dan nomor HP di --xlsx) lengkap; pilihan ini dicatat di log pemrosesan</source>
        <translation>full NIK (and phone number in --xlsx); this choice is written to the processing log</translation>
    </message>
    <message>
        <source>tulis seluruh daftar yang cocok ke berkas Excel (bukan hanya --limit baris)</source>
        <translation>write the whole matching list to an Excel file (not only --limit rows)</translation>
    </message>
    <message>
        <source>angka ringkas</source>
        <translation>summary figures</translation>
    </message>
    <message>
        <source>Jumlah peserta per kecamatan, desa, pekerjaan, jenis kelamin dan skema; total iuran per bulan, per tahun dan per masa perlindungan; target peserta, anggaran dan sisanya (angka yang sama dengan halaman Laporan).</source>
        <translation>Participants per district, village, occupation, sex and scheme; contributions per month, per year and for the coverage period; target, budget and what is left (the same figures as the Reports page).</translation>
    </message>
    <message>
        <source>hanya skema ini (bawaan: semua skema)</source>
        <translation>this scheme only (default: every scheme)</translation>
    </message>
    <message>
        <source>hanya bulan-bulan ini (bawaan: seluruh masa perlindungan)</source>
        <translation>only these months (default: the whole coverage period)</translation>
    </message>
    <message>
        <source>cetak laporan lengkap ke PDF</source>
        <translation>print the whole report as PDF</translation>
    </message>
    <message>
        <source>ekspor laporan ke Excel</source>
        <translation>export the report to Excel</translation>
    </message>
    <message>
        <source>periksa keutuhan basis data</source>
        <translation>check the database&apos;s integrity</translation>
    </message>
    <message>
        <source>Periksa keutuhan berkas, kunci asing, skema dan versinya; untuk setiap temuan dikatakan apa yang dilakukan. Keluar 0 bila baik, 1 bila ada masalah.</source>
        <translation>Check the file&apos;s integrity, foreign keys, schema and its version; for each finding says what to do. Exit 0 when good, 1 when there is a problem.</translation>
    </message>
    <message>
        <source>bangun ulang indeks bila hanya indeks yang rusak</source>
        <translation>rebuild the indexes when only indexes are damaged</translation>
    </message>
    <message>
        <source>buat cadangan</source>
        <translation>make a backup</translation>
    </message>
    <message>
        <source>Salin basis data ke berkas cadangan (aman walau aplikasi sedang dipakai).</source>
        <translation>Copy the database into a backup file (safe while the app is in use).</translation>
    </message>
    <message>
        <source>berkas cadangan yang dibuat</source>
        <translation>the backup file to write</translation>
    </message>
    <message>
        <source>daftar cadangan dan ruang yang dipakai</source>
        <translation>list backups and the space they use</translation>
    </message>
    <message>
        <source>Daftar cadangan di folder backups/ (terbaru dulu) dengan jenis, bentuk dan ukurannya, dan ruang yang dipakai cadangan otomatis dari batasnya. --pack memadatkan sekarang cadangan otomatis yang lebih lama dari yang terbaru (biasanya dikerjakan jendela di latar belakang).</source>
        <translation>List the backups in the backups/ folder (newest first) with their kind, form and size, and the space the automatic backups use of their limit. --pack packs the automatic backups older than the newest now (the window usually does this in the background).</translation>
    </message>
    <message>
        <source>padatkan sekarang cadangan otomatis selain yang terbaru</source>
        <translation>pack the automatic backups other than the newest now</translation>
    </message>
    <message>
        <source>pulihkan dari cadangan</source>
        <translation>restore from a backup</translation>
    </message>
    <message>
        <source>Ganti basis data dengan isi cadangan. Berkas lama tidak dihapus: disimpan di folder backups/.</source>
        <translation>Replace the database with a backup&apos;s content. The old file is not deleted: it is kept in the backups/ folder.</translation>
    </message>
    <message>
        <source>berkas cadangan</source>
        <translation>backup file</translation>
    </message>
    <message>
        <source>jangan tanya konfirmasi</source>
        <translation>do not ask for confirmation</translation>
    </message>
    <message>
        <source>VALID</source>
        <translation>VALID</translation>
    </message>
    <message>
        <source>TIDAK VALID</source>
        <translation>NOT VALID</translation>
    </message>
    <message>
        <source>  Jenis kelamin : {value}</source>
        <translation>  Sex           : {value}</translation>
    </message>
    <message>
        <source>  Tanggal lahir : {value}</source>
        <translation>  Date of birth : {value}</translation>
    </message>
    <message>
        <source>  Wilayah terbit: {value}</source>
        <translation>  Issued in     : {value}</translation>
    </message>
    <message>
        <source>  Kesalahan : {value}</source>
        <translation>  Error   : {value}</translation>
    </message>
    <message>
        <source>  Peringatan: {value}</source>
        <translation>  Warning : {value}</translation>
    </message>
    <message>
        <source>--count harus 1 atau lebih.</source>
        <translation>--count must be 1 or more.</translation>
    </message>
    <message>
        <source>{done}/{total} peserta</source>
        <translation>{done}/{total} participants</translation>
    </message>
    <message>
        <source>Basis data demo dibuat: {path}</source>
        <translation>Demo database made: {path}</translation>
    </message>
    <message>
        <source>Kantor asal: {offices}; {twins} orang terdaftar di dua kantor.</source>
        <translation>Offices of origin: {offices}; {twins} people registered at two offices.</translation>
    </message>
    <message>
        <source>Tidak ada peserta yang cocok dengan &quot;{query}&quot;.</source>
        <translation>No participant matches &quot;{query}&quot;.</translation>
    </message>
    <message>
        <source>{shown} dari {total} peserta ditampilkan.</source>
        <translation>{shown} of {total} participant(s) shown.</translation>
    </message>
    <message>
        <source>NIK lengkap</source>
        <translation>full NIK</translation>
    </message>
    <message>
        <source>NIK disamarkan</source>
        <translation>NIK masked</translation>
    </message>
    <message>
        <source>{rows} peserta ditulis ke {path} ({shown}).</source>
        <translation>{rows} participant(s) written to {path} ({shown}).</translation>
    </message>
    <message>
        <source>Peserta aktif: {total}  (terhapus: {deleted})</source>
        <translation>Active participants: {total}  (deleted: {deleted})</translation>
    </message>
    <message>
        <source>  Skema {id} {name}: {cost}</source>
        <translation>  Scheme {id} {name}: {cost}</translation>
    </message>
    <message>
        <source>Iuran satu bulan: {monthly}   total: {cost}</source>
        <translation>Contribution for one month: {monthly}   total: {cost}</translation>
    </message>
    <message>
        <source>Per kecamatan:</source>
        <translation>Per district:</translation>
    </message>
    <message>
        <source>Desa terbanyak:</source>
        <translation>Largest villages:</translation>
    </message>
    <message>
        <source>Pekerjaan:</source>
        <translation>Occupations:</translation>
    </message>
    <message>
        <source>periode tidak dikenal: {text} (pakai 2026-01:2026-06)</source>
        <translation>unknown period: {text} (use 2026-01:2026-06)</translation>
    </message>
    <message>
        <source>Ditulis: {path}</source>
        <translation>Written: {path}</translation>
    </message>
    <message>
        <source>Laporan kepesertaan:</source>
        <translation>Coverage report:</translation>
    </message>
    <message>
        <source>Menurut status BPJS:</source>
        <translation>By BPJS status:</translation>
    </message>
    <message>
        <source>Per kantor asal (terdaftar, diterima, terkirim; terpakai, menunggu):</source>
        <translation>Per office of origin (registered, accepted, sent; committed, pending):</translation>
    </message>
    <message>
        <source>Per desa/kelurahan (terdaftar, diterima, terkirim; terpakai, menunggu):</source>
        <translation>Per village (registered, accepted, sent; committed, pending):</translation>
    </message>
    <message>
        <source>baik</source>
        <translation>good</translation>
    </message>
    <message>
        <source>Keutuhan      : {value}</source>
        <translation>Integrity     : {value}</translation>
    </message>
    <message>
        <source> (akan diperbarui saat aplikasi dibuka)</source>
        <translation> (updated when the app opens)</translation>
    </message>
    <message>
        <source>Versi skema   : {applied} dari {known}</source>
        <translation>Schema version: {applied} of {known}</translation>
    </message>
    <message>
        <source>Skema asing   : {value}</source>
        <translation>Foreign schema: {value}</translation>
    </message>
    <message>
        <source>Pendaftaran   : {value}</source>
        <translation>Registrations : {value}</translation>
    </message>
    <message>
        <source>, terbaru {path}</source>
        <translation>, newest {path}</translation>
    </message>
    <message>
        <source>Cadangan      : {value}</source>
        <translation>Backups       : {value}</translation>
    </message>
    <message>
        <source>Yang dilakukan: {value}</source>
        <translation>What to do    : {value}</translation>
    </message>
    <message>
        <source>Cadangan dibuat: {path}</source>
        <translation>Backup made: {path}</translation>
    </message>
    <message>
        <source>Dipadatkan: {name}</source>
        <translation>Packed: {name}</translation>
    </message>
    <message>
        <source>padat</source>
        <translation>packed</translation>
    </message>
    <message>
        <source>salinan utuh</source>
        <translation>full copy</translation>
    </message>
    <message>
        <source>Cadangan otomatis: {count} berkas ({packed} padat), {used} MB dari batas {budget} GB.</source>
        <translation>Automatic backups: {count} files ({packed} packed), {used} MB of the {budget} GB limit.</translation>
    </message>
    <message>
        <source>pemulihan mengganti basis data; tambahkan --yes untuk melanjutkan.</source>
        <translation>restoring replaces the database; add --yes to go ahead.</translation>
    </message>
    <message>
        <source>Ganti {target} dengan isi {source}? Ketik &apos;ya&apos;: </source>
        <translation>Replace {target} with the content of {source}? Type &apos;yes&apos;: </translation>
    </message>
    <message>
        <source>ya</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>Basis data dipulihkan dari {source}.</source>
        <translation>Database restored from {source}.</translation>
    </message>
    <message>
        <source>Berkas sebelumnya disimpan di {path}</source>
        <translation>The previous file was kept as {path}</translation>
    </message>
</context>
<context>
    <name>CliExcel</name>
    <message>
        <source>ekspor batch ke Excel untuk dikirim</source>
        <translation>export a batch to Excel for sending</translation>
    </message>
    <message>
        <source>Tulis batch ke .xlsx (sheet Peserta, Rekap, Info), periksa ulang setiap sel terhadap basis data, lalu kunci batch dan catat SHA-256 berkasnya.</source>
        <translation>Write a batch to .xlsx (sheets Peserta, Rekap, Info), check every cell again against the database, then lock the batch and record the file&apos;s SHA-256.</translation>
    </message>
    <message>
        <source>nomor batch</source>
        <translation>batch number</translation>
    </message>
    <message>
        <source>berkas yang dibuat</source>
        <translation>the file to write</translation>
    </message>
    <message>
        <source>timpa berkas yang sudah ada</source>
        <translation>overwrite an existing file</translation>
    </message>
    <message>
        <source>templat kolom lain (lihat docs/excel.md)</source>
        <translation>another column template (see docs/excel.md)</translation>
    </message>
    <message>
        <source>impor daftar dari desa (Excel)</source>
        <translation>import a village list (Excel)</translation>
    </message>
    <message>
        <source>Baca daftar peserta dari desa (setiap sheet yang berisi daftar orang), kenali kolomnya dari judul dan isinya, periksa setiap baris seperti formulir, lalu simpan baris yang baru ke batch draf baru dalam satu transaksi. Baris yang ditolak, ganda atau dilewati, baris baru yang berperingatan, kolom yang tidak dipakai dan sheet yang tidak dibaca dicantumkan (dan ditulis ke --report).</source>
        <translation>Read a village&apos;s participant list (every sheet holding a list of people), recognise its columns from their headers and values, check every row as the form does, then save the new rows into a new draft batch in one transaction. Rejected, duplicate and skipped rows, new rows with warnings, columns not used and sheets not read are listed (and written to --report).</translation>
    </message>
    <message>
        <source>berkas .xlsx, .xls atau .ods</source>
        <translation>.xlsx, .xls or .ods file</translation>
    </message>
    <message>
        <source>skema tujuan (bawaan: skema utama kantor)</source>
        <translation>target scheme (default: the office&apos;s default scheme)</translation>
    </message>
    <message>
        <source>tulis baris yang tidak diimpor ke berkas ini</source>
        <translation>write the rows not imported to this file</translation>
    </message>
    <message>
        <source>sheet yang dibaca (boleh berulang; bawaan: setiap sheet berisi daftar orang)</source>
        <translation>sheet to read (may repeat; default: every sheet holding a list of people)</translation>
    </message>
    <message>
        <source>desa untuk semua baris bila tidak ada kolom desa</source>
        <translation>village for every row when the file has no village column</translation>
    </message>
    <message>
        <source>pilih sendiri isi kolom (huruf kolom atau judulnya), mis. C=full_name atau Nenang!C=nik; FIELD kosong = abaikan. FIELD: {fields}</source>
        <translation>choose what a column holds (column letter or header), e.g. C=full_name or Nenang!C=nik; an empty FIELD ignores the column. FIELD: {fields}</translation>
    </message>
    <message>
        <source>baris judul kolom (nomor baris Excel; 0 = tanpa judul), bila yang ditemukan salah</source>
        <translation>the header row (Excel row number; 0 = no header), when the one found is wrong</translation>
    </message>
    <message>
        <source>ingat pilihan kolom ini untuk berkas berikutnya dengan judul kolom yang sama</source>
        <translation>remember these column choices for the next file with the same column headers</translation>
    </message>
    <message>
        <source>catat jawaban BPJS untuk batch</source>
        <translation>record BPJS&apos;s answer for a batch</translation>
    </message>
    <message>
        <source>Baca berkas jawaban BPJS (NIK dengan KPJ dan/atau status dan alasan): yang diterima mendapat KPJ, yang ditolak dicatat alasannya. NIK yang tidak ada di batch dicantumkan, tidak ditebak.</source>
        <translation>Read BPJS&apos;s answer file (NIK with KPJ and/or status and reason): the accepted get their KPJ, the rejected their reason. NIKs not in the batch are listed, never guessed.</translation>
    </message>
    <message>
        <source>berkas jawaban BPJS (.xlsx, .xls, .ods)</source>
        <translation>BPJS&apos;s answer file (.xlsx, .xls, .ods)</translation>
    </message>
    <message>
        <source>nomor batch yang dijawab</source>
        <translation>number of the batch answered</translation>
    </message>
    <message>
        <source>sheet yang dibaca</source>
        <translation>the sheet to read</translation>
    </message>
    <message>
        <source>hanya pratinjau; tidak ada yang disimpan</source>
        <translation>preview only; nothing is saved</translation>
    </message>
    <message>
        <source>tandai batch selesai dijawab walau ada yang belum dijawab</source>
        <translation>mark the batch answered even if some are still waiting</translation>
    </message>
    <message>
        <source>--out harus berakhiran .xlsx</source>
        <translation>--out must end in .xlsx</translation>
    </message>
    <message>
        <source>Batch {id}: {rows} peserta diekspor ke {path} dan diperiksa ulang: cocok.</source>
        <translation>Batch {id}: {rows} participant(s) exported to {path} and checked again: they match.</translation>
    </message>
    <message>
        <source>  Status : {value}</source>
        <translation>  Status : {value}</translation>
    </message>
    <message>
        <source>--map {item}: tulis KOLOM=FIELD, mis. C=full_name (sheet yang dibaca: {sheets})</source>
        <translation>--map {item}: write COLUMN=FIELD, e.g. C=full_name (sheets read: {sheets})</translation>
    </message>
    <message>
        <source>--map {item}: field &quot;{field}&quot; tidak dikenal. Pilihan: {fields}</source>
        <translation>--map {item}: unknown field &quot;{field}&quot;. Choices: {fields}</translation>
    </message>
    <message>
        <source>--map {item}: kolom &quot;{ref}&quot; tidak ditemukan di sheet &quot;{sheet}&quot; (pakai huruf kolom, mis. C=full_name)</source>
        <translation>--map {item}: column &quot;{ref}&quot; not found on sheet &quot;{sheet}&quot; (use the column letter, e.g. C=full_name)</translation>
    </message>
    <message>
        <source>--header-row {item}: tulis nomor baris Excel, mis. --header-row 5 (0 = tanpa judul)</source>
        <translation>--header-row {item}: write an Excel row number, e.g. --header-row 5 (0 = no header)</translation>
    </message>
    <message>
        <source>--report harus berakhiran .xlsx</source>
        <translation>--report must end in .xlsx</translation>
    </message>
    <message>
        <source>dicatat</source>
        <translation>recorded</translation>
    </message>
    <message>
        <source>akan dicatat (uji coba)</source>
        <translation>would be recorded (dry run)</translation>
    </message>
    <message>
        <source>Jawaban BPJS untuk batch {id} {action}: diterima {accepted}, ditolak {rejected}, sudah tercatat {unchanged}, tidak cocok {unmatched}, bermasalah {invalid}, tanpa jawaban {no_answer}.</source>
        <translation>BPJS&apos;s answer for batch {id} {action}: accepted {accepted}, rejected {rejected}, already recorded {unchanged}, unmatched {unmatched}, with problems {invalid}, without an answer {no_answer}.</translation>
    </message>
    <message>
        <source>baris</source>
        <translation>row</translation>
    </message>
    <message>
        <source>Buat batch koreksi untuk yang ditolak: lindungi batch correction {id}</source>
        <translation>Make a correction batch for the rejected: lindungi batch correction {id}</translation>
    </message>
</context>
<context>
    <name>CliImport</name>
    <message>
        <source>judul kolom di baris {row}</source>
        <translation>column headers on row {row}</translation>
    </message>
    <message>
        <source>tanpa baris judul kolom</source>
        <translation>no header row</translation>
    </message>
    <message>
        <source> (tersembunyi)</source>
        <translation> (hidden)</translation>
    </message>
    <message>
        <source>Sheet &quot;{sheet}&quot;{hidden}, {where}.</source>
        <translation>Sheet &quot;{sheet}&quot;{hidden}, {where}.</translation>
    </message>
    <message>
        <source>  ← periksa (keyakinan rendah)</source>
        <translation>  ← check (low confidence)</translation>
    </message>
    <message>
        <source>tidak dipakai: {why}</source>
        <translation>not used: {why}</translation>
    </message>
    <message>
        <source>Desa dari judul berkas: {village}</source>
        <translation>Village from the file&apos;s title: {village}</translation>
    </message>
    <message>
        <source>Desa dari nama sheet: {village}</source>
        <translation>Village from the sheet name: {village}</translation>
    </message>
    <message>
        <source>… dan %n baris lagi (lihat --report atau --json).</source>
        <translation>… and %n more row (see --report or --json).|… and %n more rows (see --report or --json).</translation>
    </message>
    <message>
        <source>{file}: %n sheet dibaca.</source>
        <translation>{file}: %n sheet read.|{file}: %n sheets read.</translation>
    </message>
    <message>
        <source>akan diimpor (uji coba, tidak ada yang disimpan)</source>
        <translation>would be imported (dry run, nothing saved)</translation>
    </message>
    <message>
        <source>diimpor</source>
        <translation>imported</translation>
    </message>
    <message>
        <source>Sheet &quot;{sheet}&quot; tidak dibaca: {why}</source>
        <translation>Sheet &quot;{sheet}&quot; not read: {why}</translation>
    </message>
    <message>
        <source>Berkas yang sama pernah diimpor ke batch {ids}.</source>
        <translation>The same file was imported before into batch {ids}.</translation>
    </message>
    <message>
        <source>Baris data: {rows}  {verb}: {imported}  ditolak: {rejected}  ganda: {duplicates}  dilewati: {skipped}  (baris kosong: {blank})</source>
        <translation>Data rows: {rows}  {verb}: {imported}  rejected: {rejected}  duplicates: {duplicates}  skipped: {skipped}  (blank rows: {blank})</translation>
    </message>
    <message>
        <source>Batch draf baru: {id}</source>
        <translation>New draft batch: {id}</translation>
    </message>
    <message>
        <source>Tidak diimpor</source>
        <translation>Not imported</translation>
    </message>
    <message>
        <source>Diimpor dengan peringatan</source>
        <translation>Imported with warnings</translation>
    </message>
    <message>
        <source>Laporan baris yang tidak diimpor: {path}</source>
        <translation>Report of the rows not imported: {path}</translation>
    </message>
</context>
<context>
    <name>CliKeys</name>
    <message>
        <source>kunci publik untuk memeriksa bukti antar kantor</source>
        <translation>public keys to check slips between offices</translation>
    </message>
    <message>
        <source>Ekspor kunci publik kantor ini, impor kunci publik kantor lain di kabupaten (admin), dan lihat kunci yang dipercaya. Kunci rahasia tidak pernah keluar dari basis data.</source>
        <translation>Export this office&apos;s public key, import the public key of another office of the regency (admin), and list the trusted keys. The private key never leaves the database.</translation>
    </message>
    <message>
        <source>tulis berkas kunci publik kantor ini</source>
        <translation>write this office&apos;s public key file</translation>
    </message>
    <message>
        <source>berkas yang dibuat</source>
        <translation>file to create</translation>
    </message>
    <message>
        <source>percayai kunci publik kantor lain (admin)</source>
        <translation>trust another office&apos;s public key (admin)</translation>
    </message>
    <message>
        <source>berkas kunci</source>
        <translation>key file</translation>
    </message>
    <message>
        <source>jangan tanya konfirmasi (sidik jari sudah dicocokkan)</source>
        <translation>do not ask for confirmation (the fingerprint has been compared)</translation>
    </message>
    <message>
        <source>berhenti mempercayai kunci kantor lain (admin)</source>
        <translation>stop trusting another office&apos;s key (admin)</translation>
    </message>
    <message>
        <source>SIDIK_JARI</source>
        <translation>FINGERPRINT</translation>
    </message>
    <message>
        <source>sidik jari kunci, seperti pada keys list</source>
        <translation>the key&apos;s fingerprint, as shown by keys list</translation>
    </message>
    <message>
        <source>kunci kantor ini dan kunci yang dipercaya</source>
        <translation>this office&apos;s key and the trusted keys</translation>
    </message>
    <message>
        <source>Kunci publik ditulis ke {path} (sidik jari {fingerprint}).</source>
        <translation>Public key written to {path} (fingerprint {fingerprint}).</translation>
    </message>
    <message>
        <source>Kantor: {office}
Kode wilayah: {code}
Sidik jari: {fingerprint}</source>
        <translation>Office: {office}
Region code: {code}
Fingerprint: {fingerprint}</translation>
    </message>
    <message>
        <source>cocokkan sidik jari dengan kantor itu, lalu ulangi dengan --yes.</source>
        <translation>compare the fingerprint with that office, then run again with --yes.</translation>
    </message>
    <message>
        <source>Sidik jari sama dengan yang dibacakan kantor itu? Ketik &apos;ya&apos;: </source>
        <translation>Is the fingerprint the one that office read out? Type &apos;yes&apos;: </translation>
    </message>
    <message>
        <source>ya</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>Kunci {office} dipercaya: bukti dari kantor itu sekarang dapat diperiksa di sini.</source>
        <translation>Key of {office} trusted: slips from that office can now be checked here.</translation>
    </message>
    <message>
        <source>Kunci {office} ({fingerprint}) tidak dipercaya lagi.</source>
        <translation>The key of {office} ({fingerprint}) is no longer trusted.</translation>
    </message>
    <message>
        <source>Kantor ini: {office} ({code}), sidik jari {fingerprint}</source>
        <translation>This office: {office} ({code}), fingerprint {fingerprint}</translation>
    </message>
    <message>
        <source>Belum ada kunci kantor lain yang dipercaya.</source>
        <translation>No other office&apos;s key is trusted yet.</translation>
    </message>
    <message>
        <source>  {office} ({code}) {fingerprint} — diimpor oleh {operator} pada {date}</source>
        <translation>  {office} ({code}) {fingerprint} — imported by {operator} on {date}</translation>
    </message>
</context>
<context>
    <name>CliOffice</name>
    <message>
        <source>identitas kantor: kode dan nomor dari Dinas</source>
        <translation>office identity: code and number from the Dinas</translation>
    </message>
    <message>
        <source>Tampilkan atau isi kode dan nomor kantor yang diberikan Dinas. Nomor kantor menjadi awal setiap nomor pendaftaran (012-000123-7), sehingga nomor tidak pernah sama antar kantor di satu kabupaten.</source>
        <translation>Show or set the office code and number assigned by the Dinas. The office number starts every registration number (012-000123-7), so numbers never repeat between the offices of one kabupaten.</translation>
    </message>
    <message>
        <source>tampilkan identitas kantor</source>
        <translation>show the office identity</translation>
    </message>
    <message>
        <source>isi kode dan nomor kantor (admin)</source>
        <translation>set the office code and number (admin)</translation>
    </message>
    <message>
        <source>kode kantor dari Dinas, mis. PPU-WARU</source>
        <translation>office code from the Dinas, e.g. PPU-WARU</translation>
    </message>
    <message>
        <source>nomor kantor dari Dinas (1–999); tanpa ini nomor tetap kosong</source>
        <translation>office number from the Dinas (1–999); without it the number stays empty</translation>
    </message>
    <message>
        <source>orang yang terdaftar di dua kantor</source>
        <translation>people registered at two offices</translation>
    </message>
    <message>
        <source>Cari orang yang tampaknya terdaftar di dua kantor dengan NIK berbeda (nama mirip dan tanggal lahir atau nomor KK sama), sebelum batch dikirim ke BPJS. NIK tersamar. Keluar 0 bila tidak ada, 1 bila ada.</source>
        <translation>Find people who seem registered at two offices under different NIKs (similar names and the same birth date or family card number), before a batch goes to BPJS. NIKs are masked. Exit 0 when there are none, 1 when there are.</translation>
    </message>
    <message>
        <source>hanya pasangan dengan anggota batch ini</source>
        <translation>only pairs with a member of this batch</translation>
    </message>
    <message>
        <source>Kantor: {name}
Tingkat: {level}
Kode kantor: {code}
Nomor kantor: {number}</source>
        <translation>Office: {name}
Level: {level}
Office code: {code}
Office number: {number}</translation>
    </message>
    <message>
        <source>Kode dan nomor sudah dipakai pada nomor pendaftaran: tidak dapat diubah lagi.</source>
        <translation>Code and number are already used in registration numbers: they can no longer be changed.</translation>
    </message>
    <message>
        <source>Isi kode dan nomor dari Dinas (lindungi office set) sebelum bertukar berkas dengan kantor lain.</source>
        <translation>Set the code and number from the Dinas (lindungi office set) before exchanging files with other offices.</translation>
    </message>
    <message>
        <source>Identitas kantor disimpan.</source>
        <translation>Office identity saved.</translation>
    </message>
    <message>
        <source>Tidak ada orang yang tampak terdaftar di dua kantor.</source>
        <translation>Nobody seems registered at two offices.</translation>
    </message>
    <message>
        <source>{reason} ({score}%):</source>
        <translation>{reason} ({score}%):</translation>
    </message>
    <message>
        <source>{count} pasangan ditemukan.</source>
        <translation>{count} pairs found.</translation>
    </message>
</context>
<context>
    <name>CliPrint</name>
    <message>
        <source>cetak bukti pendaftaran (PDF)</source>
        <translation>print enrolment slips (PDF)</translation>
    </message>
    <message>
        <source>Cetak bukti pendaftaran satu peserta atau seluruh batch ke satu PDF (dua bukti per A4, atau A5 sesuai pengaturan). Cetakan ulang bertanda SALINAN; setiap cetakan tercatat di log.</source>
        <translation>Print the enrolment slips of one participant or a whole batch into one PDF (two slips per A4, or A5, as set). Reprints are marked COPY; every print is recorded in the log.</translation>
    </message>
    <message>
        <source>semua peserta aktif dalam batch ini</source>
        <translation>every active participant in this batch</translation>
    </message>
    <message>
        <source>nomor pendaftaran, mis. 012-000123-7</source>
        <translation>registration number, e.g. 012-000123-7</translation>
    </message>
    <message>
        <source>berkas PDF yang dibuat</source>
        <translation>the PDF file to write</translation>
    </message>
    <message>
        <source>cetak berita acara batch (PDF)</source>
        <translation>print a batch&apos;s handover report (PDF)</translation>
    </message>
    <message>
        <source>Cetak rekapitulasi / berita acara serah terima satu batch: daftar peserta, jumlah per desa dan jenis kelamin, iuran, dan tanda tangan.</source>
        <translation>Print the recap / handover report of one batch: list of participants, totals per village and sex, contributions and signatures.</translation>
    </message>
    <message>
        <source>nomor batch</source>
        <translation>batch number</translation>
    </message>
    <message>
        <source>periksa keaslian bukti dari kode QR</source>
        <translation>check a slip&apos;s QR code is genuine</translation>
    </message>
    <message>
        <source>Periksa teks kode QR sebuah bukti pendaftaran dengan kunci kantor ini dan kunci publik kantor lain yang dipercaya (tanpa internet); menyebut kantor penerbitnya. Keluar 0 bila asli, 1 bila tidak.</source>
        <translation>Check the QR text of an enrolment slip with this office&apos;s key and the trusted public keys of other offices (no internet); names the issuing office. Exit 0 when genuine, 1 when not.</translation>
    </message>
    <message>
        <source>teks hasil pindai kode QR (boleh diketik)</source>
        <translation>the text scanned from the QR code (may be typed)</translation>
    </message>
    <message>
        <source>pengaturan cetak</source>
        <translation>print settings</translation>
    </message>
    <message>
        <source>Lihat atau ubah pengaturan cetak: tata letak bukti (a4_two = dua per A4, a5 = satu per A5), NIK lengkap atau tersamar, logo.</source>
        <translation>Show or change the print settings: slip layout (a4_two = two per A4, a5 = one per A5), full or masked NIK, logo.</translation>
    </message>
    <message>
        <source>tata letak bukti pendaftaran</source>
        <translation>layout of the enrolment slip</translation>
    </message>
    <message>
        <source>cetak NIK lengkap (bawaan: tidak, tersamar)</source>
        <translation>print the full NIK (default: no, masked)</translation>
    </message>
    <message>
        <source>gambar logo untuk kop (PNG/JPG)</source>
        <translation>logo image for the letterhead (PNG/JPG)</translation>
    </message>
    <message>
        <source>tanpa logo</source>
        <translation>no logo</translation>
    </message>
    <message>
        <source>, {n} salinan</source>
        <translation>, copies: {n}</translation>
    </message>
    <message>
        <source>{what}: {path} ({documents} dokumen, {pages} halaman{extra})</source>
        <translation>{what}: {path} (documents: {documents}, pages: {pages}{extra})</translation>
    </message>
    <message>
        <source>Bukti pendaftaran dicetak</source>
        <translation>Enrolment slips printed</translation>
    </message>
    <message>
        <source>Berita acara dicetak</source>
        <translation>Handover report printed</translation>
    </message>
    <message>
        <source>dua bukti per A4</source>
        <translation>two slips per A4</translation>
    </message>
    <message>
        <source>satu bukti per A5</source>
        <translation>one slip per A5</translation>
    </message>
    <message>
        <source>lengkap</source>
        <translation>full</translation>
    </message>
    <message>
        <source>tersamar</source>
        <translation>masked</translation>
    </message>
    <message>
        <source>Tata letak bukti : {value}</source>
        <translation>Slip layout      : {value}</translation>
    </message>
    <message>
        <source>NIK pada cetakan : {value}</source>
        <translation>NIK on prints    : {value}</translation>
    </message>
    <message>
        <source>Logo             : {value}</source>
        <translation>Logo             : {value}</translation>
    </message>
    <message>
        <source>(tanpa logo)</source>
        <translation>(no logo)</translation>
    </message>
</context>
<context>
    <name>CliRates</name>
    <message>
        <source>tabel iuran BPU</source>
        <translation>BPU contribution tables</translation>
    </message>
    <message>
        <source>Tampilkan tabel iuran (golongan penghasilan → dasar → JKK/JKM/JHT) dan statusnya; --set mengoreksi satu golongan.</source>
        <translation>Show the contribution tables (income bracket → base → JKK/JKM/JHT) and their status; --set corrects one bracket.</translation>
    </message>
    <message>
        <source>koreksi golongan yang mulai dari penghasilan ini (rupiah)</source>
        <translation>correct the bracket starting at this income (rupiah)</translation>
    </message>
    <message>
        <source>versi tabel (bawaan: yang terbaru)</source>
        <translation>table version (default: the latest)</translation>
    </message>
    <message>
        <source>nilai baru {name} (rupiah)</source>
        <translation>new value of {name} (rupiah)</translation>
    </message>
    <message>
        <source>status baru</source>
        <translation>new status</translation>
    </message>
    <message>
        <source>{version}: {title} (berlaku {date}; {unconfirmed} golongan belum dikonfirmasi)</source>
        <translation>{version}: {title} (in force from {date}; brackets not yet confirmed: {unconfirmed})</translation>
    </message>
    <message>
        <source>dasar</source>
        <translation>base</translation>
    </message>
</context>
<context>
    <name>CliScheme</name>
    <message>
        <source>bukan bulan YYYY-MM: {text}</source>
        <translation>not a YYYY-MM month: {text}</translation>
    </message>
    <message>
        <source>bukan tanggal YYYY-MM-DD: {text}</source>
        <translation>not a YYYY-MM-DD date: {text}</translation>
    </message>
    <message>
        <source>daftar dan buat skema</source>
        <translation>list and create schemes</translation>
    </message>
    <message>
        <source>Skema kantor: pekerja rentan (BPU, per bulan) atau petugas ad hoc (penerima upah, per hari tugas).</source>
        <translation>The office&apos;s schemes: vulnerable workers (BPU, by month) or ad-hoc task officers (wage earners, by task day).</translation>
    </message>
    <message>
        <source>daftar skema</source>
        <translation>list the schemes</translation>
    </message>
    <message>
        <source>buat skema baru</source>
        <translation>create a new scheme</translation>
    </message>
    <message>
        <source>Skema BPU: --start dan --end (bulan). Skema ad hoc (--type adhoc): --task-start, --task-end (hari), --agency, --honorarium, --risk-class.</source>
        <translation>BPU scheme: --start and --end (months). Ad-hoc scheme (--type adhoc): --task-start, --task-end (days), --agency, --honorarium, --risk-class.</translation>
    </message>
    <message>
        <source>nama skema</source>
        <translation>scheme name</translation>
    </message>
    <message>
        <source>bpu = pekerja rentan; adhoc = petugas ad hoc (mis. KPPS Pilkada)</source>
        <translation>bpu = vulnerable workers; adhoc = ad-hoc task officers (e.g. Pilkada KPPS)</translation>
    </message>
    <message>
        <source>sumber dana</source>
        <translation>funding source</translation>
    </message>
    <message>
        <source>nama pembayar, mis. Pemerintah Kabupaten …</source>
        <translation>payer&apos;s name, e.g. Pemerintah Kabupaten …</translation>
    </message>
    <message>
        <source>instansi pelaksana, mis. Kesbangpol</source>
        <translation>engaging agency, e.g. Kesbangpol</translation>
    </message>
    <message>
        <source>nomor PKS</source>
        <translation>PKS agreement number</translation>
    </message>
    <message>
        <source>bulan awal (BPU)</source>
        <translation>first month (BPU)</translation>
    </message>
    <message>
        <source>bulan akhir (BPU)</source>
        <translation>last month (BPU)</translation>
    </message>
    <message>
        <source>hari mulai tugas</source>
        <translation>first day of the task</translation>
    </message>
    <message>
        <source>hari selesai tugas</source>
        <translation>last day of the task</translation>
    </message>
    <message>
        <source>honorarium bawaan per orang per bulan (ad hoc)</source>
        <translation>default honorarium per person per month (ad hoc)</translation>
    </message>
    <message>
        <source>kelas risiko JKK (ad hoc): 1 sangat rendah … 5 sangat tinggi</source>
        <translation>JKK risk class (ad hoc): 1 very low … 5 very high</translation>
    </message>
    <message>
        <source>target peserta</source>
        <translation>participant target</translation>
    </message>
    <message>
        <source>anggaran</source>
        <translation>budget</translation>
    </message>
    <message>
        <source>Isi --start dan --end (BPU) atau --task-start dan --task-end (ad hoc).</source>
        <translation>Give --start and --end (BPU) or --task-start and --task-end (ad hoc).</translation>
    </message>
    <message>
        <source>; {agency}, honorarium {honorarium}, kelas risiko {risk}</source>
        <translation>; {agency}, honorarium {honorarium}, risk class {risk}</translation>
    </message>
</context>
<context>
    <name>CliSync</name>
    <message>
        <source>tukar data dengan kantor lain lewat berkas .lsync</source>
        <translation>exchange data with other offices through .lsync files</translation>
    </message>
    <message>
        <source>Kirim perubahan ke kantor lain di kabupaten, terima berkas mereka, dan putuskan konflik. Berkas terenkripsi dengan kunci tukar kabupaten.</source>
        <translation>Send changes to the other offices of the kabupaten, receive their files and decide conflicts. Files are encrypted with the kabupaten exchange key.</translation>
    </message>
    <message>
        <source>tulis berkas perubahan untuk satu kantor</source>
        <translation>write the change file for one office</translation>
    </message>
    <message>
        <source>KANTOR</source>
        <translation>OFFICE</translation>
    </message>
    <message>
        <source>kode kantor tujuan</source>
        <translation>code of the receiving office</translation>
    </message>
    <message>
        <source>BERKAS_ATAU_FOLDER</source>
        <translation>FILE_OR_FOLDER</translation>
    </message>
    <message>
        <source>berkas .lsync, atau folder (nama berkas dipilih otomatis)</source>
        <translation>.lsync file, or a folder (the file name is chosen for you)</translation>
    </message>
    <message>
        <source>kirim ulang semua (sesudah berkas hilang)</source>
        <translation>send everything again (after a lost file)</translation>
    </message>
    <message>
        <source>terima berkas perubahan dari kantor lain</source>
        <translation>receive a change file from another office</translation>
    </message>
    <message>
        <source>berkas yang diterima</source>
        <translation>the file received</translation>
    </message>
    <message>
        <source>kantor mitra tukar dan nomor berkas terakhir</source>
        <translation>exchange partner offices and their last file numbers</translation>
    </message>
    <message>
        <source>tambahkan kantor mitra tukar</source>
        <translation>add an exchange partner office</translation>
    </message>
    <message>
        <source>KODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>kode kantor, mis. PPU-WARU</source>
        <translation>office code, e.g. PPU-WARU</translation>
    </message>
    <message>
        <source>nama kantor</source>
        <translation>office name</translation>
    </message>
    <message>
        <source>nomor kantor dari Dinas</source>
        <translation>office number from the Dinas</translation>
    </message>
    <message>
        <source>up: kantor di atas (kirim semua); down: kantor di bawah (hanya pesertanya)</source>
        <translation>up: the office above (send everything); down: an office below (only its participants)</translation>
    </message>
    <message>
        <source>tingkat kantor</source>
        <translation>office level</translation>
    </message>
    <message>
        <source>kode wilayah kantor itu (mis. 64.09.02)</source>
        <translation>that office&apos;s area code (e.g. 64.09.02)</translation>
    </message>
    <message>
        <source>konflik yang menunggu keputusan</source>
        <translation>conflicts waiting for a decision</translation>
    </message>
    <message>
        <source>termasuk yang sudah diputuskan</source>
        <translation>including those already decided</translation>
    </message>
    <message>
        <source>putuskan satu konflik (supervisor)</source>
        <translation>decide one conflict (supervisor)</translation>
    </message>
    <message>
        <source>nomor konflik, seperti pada sync conflicts</source>
        <translation>conflict number, as in sync conflicts</translation>
    </message>
    <message>
        <source>here: nilai kantor ini; incoming: nilai kiriman; same_person / not_same_person untuk NIK yang sama</source>
        <translation>here: this office&apos;s value; incoming: the value received; same_person / not_same_person for the same NIK</translation>
    </message>
    <message>
        <source>KOLOM</source>
        <translation>COLUMN</translation>
    </message>
    <message>
        <source>same_person: kolom yang diambil dari kiriman (boleh berulang)</source>
        <translation>same_person: a column taken from the received row (may be repeated)</translation>
    </message>
    <message>
        <source>berkas yang sudah dikirim dan diterima</source>
        <translation>files sent and received</translation>
    </message>
    <message>
        <source>kunci tukar kabupaten (admin)</source>
        <translation>kabupaten exchange key (admin)</translation>
    </message>
    <message>
        <source>buat kunci tukar (sekali, di kantor kabupaten)</source>
        <translation>make the exchange key (once, at the kabupaten office)</translation>
    </message>
    <message>
        <source>tulis kunci tukar berfrasa sandi untuk kantor lain</source>
        <translation>write the passphrase-protected exchange key for another office</translation>
    </message>
    <message>
        <source>pasang kunci tukar dari kantor kabupaten</source>
        <translation>install the exchange key from the kabupaten office</translation>
    </message>
    <message>
        <source>berkas kunci tukar</source>
        <translation>exchange key file</translation>
    </message>
    <message>
        <source>BERKAS</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>baris pertama berkas ini adalah frasa sandinya</source>
        <translation>the first line of this file is the passphrase</translation>
    </message>
    <message>
        <source>Berkas ke-{seq} untuk {peer} ditulis: {path} ({size} byte).
Baru {new}, diubah {updated}, dihapus {deleted}.</source>
        <translation>File no. {seq} for {peer} written: {path} ({size} bytes).
New {new}, changed {updated}, deleted {deleted}.</translation>
    </message>
    <message>
        <source>Berkas ke-{seq} dari {office} sudah pernah diterima: tidak ada yang berubah.</source>
        <translation>File no. {seq} from {office} was already received: nothing changed.</translation>
    </message>
    <message>
        <source>Berkas ke-{seq} dari {office} diterima.
Baru {new}, diubah {updated}, dihapus {deleted}, konflik {conflicts}.</source>
        <translation>File no. {seq} from {office} received.
New {new}, changed {updated}, deleted {deleted}, conflicts {conflicts}.</translation>
    </message>
    <message>
        <source>Konflik menunggu keputusan: lindungi sync conflicts</source>
        <translation>Conflicts wait for a decision: lindungi sync conflicts</translation>
    </message>
    <message>
        <source>Berkas dari {office} yang belum diterima: nomor {numbers}. Minta berkas itu, atau minta {office} mengirim ulang semua (sync export --full).</source>
        <translation>Files from {office} not received yet: number {numbers}. Ask for those files, or ask {office} to send everything again (sync export --full).</translation>
    </message>
    <message>
        <source>Belum ada kantor mitra tukar.</source>
        <translation>No exchange partner offices yet.</translation>
    </message>
    <message>
        <source>{code}  {name}  ({level} {direction})  terkirim {sent}, diterima {received}</source>
        <translation>{code}  {name}  ({level} {direction})  sent {sent}, received {received}</translation>
    </message>
    <message>
        <source>Kantor mitra {code} disimpan.</source>
        <translation>Partner office {code} saved.</translation>
    </message>
    <message>
        <source>Tidak ada konflik yang menunggu.</source>
        <translation>No conflicts waiting.</translation>
    </message>
    <message>
        <source>#{id} {kind}  {name} (NIK {nik})  {label}
    asal: {base}
    di sini: {here}
    kiriman {office} ({operator}): {incoming}</source>
        <translation>#{id} {kind}  {name} (NIK {nik})  {label}
    base: {base}
    here: {here}
    received from {office} ({operator}): {incoming}</translation>
    </message>
    <message>
        <source>Konflik #{id} diputuskan: {choice}. Keputusan ini ikut terkirim pada berkas berikutnya.</source>
        <translation>Conflict #{id} decided: {choice}. The decision travels in the next file.</translation>
    </message>
    <message>
        <source>Kunci tukar kabupaten dibuat (sidik jari {fingerprint}). Ekspor untuk setiap kantor: lindungi sync key export FILE</source>
        <translation>Kabupaten exchange key made (fingerprint {fingerprint}). Export it for every office: lindungi sync key export FILE</translation>
    </message>
    <message>
        <source>Frasa sandi tidak dapat dibaca dari {path}.</source>
        <translation>The passphrase cannot be read from {path}.</translation>
    </message>
    <message>
        <source>Frasa sandi diperlukan: --passphrase-file BERKAS atau LINDUNGI_SYNC_PASSPHRASE.</source>
        <translation>A passphrase is needed: --passphrase-file FILE or LINDUNGI_SYNC_PASSPHRASE.</translation>
    </message>
    <message>
        <source>Frasa sandi kunci tukar: </source>
        <translation>Exchange key passphrase: </translation>
    </message>
    <message>
        <source>Ulangi frasa sandi: </source>
        <translation>Repeat the passphrase: </translation>
    </message>
    <message>
        <source>Kedua frasa sandi tidak sama.</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <source>Kunci tukar ditulis ke {path} (sidik jari {fingerprint}). Serahkan berkas dan frasa sandinya terpisah.</source>
        <translation>Exchange key written to {path} (fingerprint {fingerprint}). Hand over the file and its passphrase separately.</translation>
    </message>
    <message>
        <source>Kunci tukar dipasang (sidik jari {fingerprint}).</source>
        <translation>Exchange key installed (fingerprint {fingerprint}).</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>Nomor pendaftaran</source>
        <translation>Registration number</translation>
    </message>
    <message>
        <source>Kantor pendaftar</source>
        <translation>Registering office</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Konflik menunggu keputusan</source>
        <translation>Conflicts waiting for a decision</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Kolom</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Dari kantor</source>
        <translation>From office</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Diterima</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Asal (sebelum diubah)</source>
        <translation>Original (before the changes)</translation>
    </message>
    <message>
        <source>Di sini</source>
        <translation>Here</translation>
    </message>
    <message>
        <source>Masuk</source>
        <translation>Incoming</translation>
    </message>
    <message>
        <source>Pakai data di &amp;sini</source>
        <translation>Keep the data &amp;here</translation>
    </message>
    <message>
        <source>Pakai data &amp;masuk</source>
        <translation>Take the &amp;incoming data</translation>
    </message>
    <message>
        <source>Orang yang s&amp;ama: gabungkan…</source>
        <translation>The s&amp;ame person: merge…</translation>
    </message>
    <message>
        <source>&amp;Bukan orang yang sama</source>
        <translation>&amp;Not the same person</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>kolom diubah di dua kantor</source>
        <translation>field changed at two offices</translation>
    </message>
    <message>
        <source>NIK sama di dua kantor</source>
        <translation>same NIK at two offices</translation>
    </message>
    <message>
        <source>dihapus di sana, diubah di sini</source>
        <translation>deleted there, changed here</translation>
    </message>
    <message>
        <source>diubah di sana, dihapus di sini</source>
        <translation>changed there, deleted here</translation>
    </message>
    <message>
        <source>Tidak ada konflik yang menunggu keputusan.</source>
        <translation>No conflicts are waiting for a decision.</translation>
    </message>
    <message>
        <source>{field} milik {name} diubah di kantor ini dan di {office} menjadi isian yang berbeda. Pilih yang benar; pilihan itu ikut terkirim ke kantor lain.</source>
        <translation>{field} of {name} was changed at this office and at {office} to different values. Choose the right one; the choice travels on to the other offices.</translation>
    </message>
    <message>
        <source>{office} menghapus pendaftaran {name}, padahal di kantor ini ada perubahan yang belum mereka terima.</source>
        <translation>{office} deleted the registration of {name}, but this office has changes they have not received yet.</translation>
    </message>
    <message>
        <source>Pertahankan &amp;pendaftaran</source>
        <translation>Keep the &amp;registration</translation>
    </message>
    <message>
        <source>&amp;Hapus juga di sini</source>
        <translation>&amp;Delete it here too</translation>
    </message>
    <message>
        <source>Pendaftaran {name} dihapus di kantor ini, padahal {office} mengubahnya.</source>
        <translation>The registration of {name} was deleted at this office, but {office} changed it.</translation>
    </message>
    <message>
        <source>Tetap &amp;hapus</source>
        <translation>Keep it &amp;deleted</translation>
    </message>
    <message>
        <source>&amp;Pulihkan dengan data masuk</source>
        <translation>&amp;Restore it with the incoming data</translation>
    </message>
    <message>
        <source>NIK {nik} terdaftar di kantor ini dan di {office}. Bila orangnya sama, gabungkan menjadi satu pendaftaran; bila bukan, salah satu NIK salah ketik dan harus dibetulkan di kantor yang mendaftarkannya.</source>
        <translation>NIK {nik} is registered at this office and at {office}. If it is the same person, merge them into one registration; if not, one of the NIKs was mistyped and must be corrected at the office that registered it.</translation>
    </message>
    <message>
        <source>Hapus pendaftaran?</source>
        <translation>Delete the registration?</translation>
    </message>
    <message>
        <source>Hapus juga pendaftaran {name} di kantor ini?</source>
        <translation>Delete the registration of {name} at this office too?</translation>
    </message>
    <message>
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Konflik belum diputuskan</source>
        <translation>The conflict was not decided</translation>
    </message>
</context>
<context>
    <name>CostText</name>
    <message>
        <source>Peserta</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Orang-bulan</source>
        <translation>Person-months</translation>
    </message>
    <message>
        <source>Bulan yang ditanggung</source>
        <translation>Months covered</translation>
    </message>
    <message>
        <source>Iuran per orang per bulan</source>
        <translation>Contribution per person per month</translation>
    </message>
    <message>
        <source>Iuran satu bulan (semua peserta)</source>
        <translation>One month&apos;s contribution (everyone)</translation>
    </message>
    <message>
        <source>Total iuran</source>
        <translation>Total contribution</translation>
    </message>
    <message>
        <source>{count} orang</source>
        <translation>{count} people</translation>
    </message>
    <message>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <source>per orang berbeda, {start} – {end}</source>
        <translation>differs per person, {start} – {end}</translation>
    </message>
    <message>
        <source>berbeda, {low} – {high}</source>
        <translation>differs, {low} – {high}</translation>
    </message>
    <message>
        <source>-</source>
        <translation>-</translation>
    </message>
    <message>
        <source>Rp0 (belum ada peserta)</source>
        <translation>Rp0 (no participants yet)</translation>
    </message>
    <message>
        <source>Orang-hari</source>
        <translation>Person-days</translation>
    </message>
    <message>
        <source>Hari tugas yang ditanggung</source>
        <translation>Task days covered</translation>
    </message>
    <message>
        <source>Iuran (persen honorarium, JKK + JKM)</source>
        <translation>Contribution (share of the honorarium, JKK + JKM)</translation>
    </message>
    <message>
        <source>Honorarium per orang per bulan</source>
        <translation>Honorarium per person per month</translation>
    </message>
    <message>
        <source>Iuran per orang per hari (honorarium × persen ÷ 30)</source>
        <translation>Contribution per person per day (honorarium × share ÷ 30)</translation>
    </message>
    <message>
        <source>{person_days} orang-hari × {rate} = {total} ({people} orang; {days})</source>
        <translation>{person_days} person-days × {rate} = {total} ({people} people; {days})</translation>
    </message>
    <message>
        <source>{total} untuk {person_days} orang-hari, iuran per orang per hari {rate} ({people} orang; {days})</source>
        <translation>{total} for {person_days} person-days, contribution per person per day {rate} ({people} people; {days})</translation>
    </message>
    <message>
        <source>{total} = {months} + {days}</source>
        <translation>{total} = {months} + {days}</translation>
    </message>
    <message>
        <source>{months}; {days}</source>
        <translation>{months}; {days}</translation>
    </message>
    <message>
        <source>{person_months} orang-bulan × {rate} = {total} ({people} orang; {months})</source>
        <translation>{person_months} person-months × {rate} = {total} ({people} people; {months})</translation>
    </message>
    <message>
        <source>{total} untuk {person_months} orang-bulan, iuran per orang per bulan {rate} ({people} orang; {months})</source>
        <translation>{total} for {person_months} person-months, contribution per person per month {rate} ({people} people; {months})</translation>
    </message>
</context>
<context>
    <name>Coverage</name>
    <message>
        <source>Belum masuk batch</source>
        <translation>Not in a batch</translation>
    </message>
    <message>
        <source>Batch draf</source>
        <translation>In a draft batch</translation>
    </message>
    <message>
        <source>Sudah diekspor</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>Terkirim, menunggu BPJS</source>
        <translation>Sent, waiting for BPJS</translation>
    </message>
    <message>
        <source>Diterima (terlindungi)</source>
        <translation>Accepted (covered)</translation>
    </message>
    <message>
        <source>Ditolak</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Dalam batch koreksi</source>
        <translation>In a correction batch</translation>
    </message>
    <message>
        <source>{low}–{high} tahun</source>
        <translation>{low}–{high} years</translation>
    </message>
    <message>
        <source>lainnya</source>
        <translation>other</translation>
    </message>
</context>
<context>
    <name>CrossOffice</name>
    <message>
        <source>nama mirip, tanggal lahir sama</source>
        <translation>similar name, same birth date</translation>
    </message>
    <message>
        <source>nama mirip, nomor KK sama</source>
        <translation>similar name, same family card number</translation>
    </message>
    <message>
        <source>Membandingkan nama, tanggal lahir dan nomor KK antar kantor…</source>
        <translation>Comparing names, birth dates and family card numbers across offices…</translation>
    </message>
    <message>
        <source>Perhatian: %n peserta batch ini tampaknya juga terdaftar di kantor lain dengan NIK berbeda. Periksa di Data Peserta › Cek ganda antar kantor sebelum batch dikirim ke BPJS.</source>
        <translation>Attention: %n participant of this batch seems also registered at another office under a different NIK. Check in Participants › Cross-office duplicates before the batch is sent to BPJS.|Attention: %n participants of this batch seem also registered at another office under a different NIK. Check in Participants › Cross-office duplicates before the batch is sent to BPJS.</translation>
    </message>
</context>
<context>
    <name>CrossOfficeDialog</name>
    <message>
        <source>Cek ganda antar kantor</source>
        <translation>Cross-office duplicates</translation>
    </message>
    <message>
        <source>Orang yang tampaknya terdaftar di dua kantor dengan NIK berbeda: nama mirip dan tanggal lahir atau nomor KK sama. Buka keduanya, lalu betulkan NIK yang salah atau hapus pendaftaran kedua sebelum batch dikirim ke BPJS. (NIK yang sama di dua kantor muncul di Konflik.)</source>
        <translation>People who seem registered at two offices under different NIKs: similar names and the same birth date or family card number. Open both, then correct the wrong NIK or delete the second registration before the batch goes to BPJS. (The same NIK at two offices shows under Conflicts.)</translation>
    </message>
    <message>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Tgl lahir</source>
        <translation>Born</translation>
    </message>
    <message>
        <source>Kantor asal</source>
        <translation>Office of origin</translation>
    </message>
    <message>
        <source>Buka data &amp;pertama</source>
        <translation>Open &amp;first record</translation>
    </message>
    <message>
        <source>Buka data &amp;kedua</source>
        <translation>Open &amp;second record</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>{count} pasangan ditemukan.</source>
        <translation>{count} pairs found.</translation>
    </message>
    <message>
        <source>Tidak ada orang yang tampak terdaftar di dua kantor.</source>
        <translation>Nobody seems registered at two offices.</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>Basis data ini sudah berisi {count} pendaftaran; data demo hanya dibuat di basis data baru.</source>
        <translation>This database already holds {count} registrations; demo data is only created in a new database.</translation>
    </message>
    <message>
        <source>Jumlah peserta demo harus antara 1 dan 2.000.000.</source>
        <translation>The number of demo participants must be between 1 and 2,000,000.</translation>
    </message>
</context>
<context>
    <name>DialogButtons</name>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Eligibility</name>
    <message>
        <source>Penerima Upah</source>
        <translation>Wage Earner (Penerima Upah)</translation>
    </message>
</context>
<context>
    <name>ExceptionHandler</name>
    <message>
        <source>Terjadi kesalahan — detail tersimpan di log. Data yang sudah disimpan tetap aman; Anda dapat melanjutkan.</source>
        <translation>Something went wrong — details are in the log. Data already saved is safe; you can carry on.</translation>
    </message>
    <message>
        <source>Terjadi kesalahan</source>
        <translation>Something went wrong</translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <source>&amp;Buat kunci tukar…</source>
        <translation>&amp;Create exchange key…</translation>
    </message>
    <message>
        <source>E&amp;kspor kunci tukar…</source>
        <translation>E&amp;xport exchange key…</translation>
    </message>
    <message>
        <source>&amp;Impor kunci tukar…</source>
        <translation>&amp;Import exchange key…</translation>
    </message>
    <message>
        <source>Kantor</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Letak</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Terakhir dikirim</source>
        <translation>Last sent</translation>
    </message>
    <message>
        <source>Terakhir diterima</source>
        <translation>Last received</translation>
    </message>
    <message>
        <source>&amp;Tambah kantor mitra…</source>
        <translation>&amp;Add partner office…</translation>
    </message>
    <message>
        <source>&amp;Kirim ke kantor ini…</source>
        <translation>&amp;Send to this office…</translation>
    </message>
    <message>
        <source>Kirim &amp;ulang semua…</source>
        <translation>Send everything &amp;again…</translation>
    </message>
    <message>
        <source>&amp;Terima berkas…</source>
        <translation>&amp;Receive a file…</translation>
    </message>
    <message>
        <source>Buka &amp;konflik…</source>
        <translation>Open &amp;conflicts…</translation>
    </message>
    <message>
        <source>Pilih &amp;folder…</source>
        <translation>Choose &amp;folder…</translation>
    </message>
    <message>
        <source>Kirim dan terima &amp;otomatis lewat folder ini (tiap 5 menit dan saat ada berkas baru)</source>
        <translation>Send and receive &amp;automatically through this folder (every 5 minutes and when a new file arrives)</translation>
    </message>
    <message>
        <source>Jalankan &amp;sekarang</source>
        <translation>Run &amp;now</translation>
    </message>
    <message>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Arah</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Baru</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Diubah</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Dihapus</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Konflik</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Kantor ini dan kunci tukar</source>
        <translation>This office and the exchange key</translation>
    </message>
    <message>
        <source>Kantor mitra</source>
        <translation>Partner offices</translation>
    </message>
    <message>
        <source>Folder tukar</source>
        <translation>Exchange folder</translation>
    </message>
    <message>
        <source>Berkas yang dikirim dan diterima</source>
        <translation>Files sent and received</translation>
    </message>
    <message>
        <source>Kantor ini: {name} — kode {code}, nomor {number}.</source>
        <translation>This office: {name} — code {code}, number {number}.</translation>
    </message>
    <message>
        <source>Kode kantor belum diisi. Isi kode dan nomor kantor dari Dinas di Pengaturan › Kantor sebelum bertukar data.</source>
        <translation>The office code is not filled in. Enter the office code and number from the Dinas in Settings › Office before exchanging data.</translation>
    </message>
    <message>
        <source>Kunci tukar kabupaten sudah ada: berkas yang dikirim tersandi dengan kunci ini dan hanya dapat dibuka kantor yang memilikinya.</source>
        <translation>The regency&apos;s exchange key is here: files sent are encrypted with it and can be opened only by offices that hold it.</translation>
    </message>
    <message>
        <source>Belum ada kunci tukar. Dinas membuat kunci tukar sekali (Buat kunci tukar), lalu mengekspornya ke kantor-kantor; kantor lain mengimpornya (Impor kunci tukar).</source>
        <translation>No exchange key yet. The Dinas creates the exchange key once (Create exchange key) and exports it to the offices; the other offices import it (Import exchange key).</translation>
    </message>
    <message>
        <source>di atas</source>
        <translation>above</translation>
    </message>
    <message>
        <source>di bawah</source>
        <translation>below</translation>
    </message>
    <message>
        <source>setingkat</source>
        <translation>same level</translation>
    </message>
    <message>
        <source>no. {n}, {date}</source>
        <translation>no. {n}, {date}</translation>
    </message>
    <message numerus="yes">
        <source>%n konflik menunggu keputusan.</source>
        <translation>
            <numerusform>%n conflict is waiting for a decision.</numerusform>
            <numerusform>%n conflicts are waiting for a decision.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tidak ada konflik yang menunggu keputusan.</source>
        <translation>No conflicts are waiting for a decision.</translation>
    </message>
    <message>
        <source>Folder: {path}</source>
        <translation>Folder: {path}</translation>
    </message>
    <message>
        <source>Belum ada folder tukar. Pilih folder bersama (mis. folder yang disinkronkan dengan kantor mitra) atau flash disk.</source>
        <translation>No exchange folder yet. Choose a shared folder (e.g. one synchronised with the partner office) or a flash drive.</translation>
    </message>
    <message>
        <source>dikirim</source>
        <translation>sent</translation>
    </message>
    <message>
        <source>diterima</source>
        <translation>received</translation>
    </message>
    <message>
        <source>Terakhir dijalankan: {received} berkas diterima, {sent} dikirim.</source>
        <translation>Last run: {received} file(s) received, {sent} sent.</translation>
    </message>
    <message>
        <source>Hanya supervisor atau admin yang dapat mengirim dan menerima.</source>
        <translation>Only a supervisor or an admin can send and receive.</translation>
    </message>
    <message>
        <source>Hanya admin yang dapat mengelola kunci tukar.</source>
        <translation>Only an admin can manage the exchange key.</translation>
    </message>
    <message>
        <source>Impor kunci tukar dari Dinas dulu.</source>
        <translation>Import the exchange key from the Dinas first.</translation>
    </message>
    <message>
        <source>Kunci tukar dibuat sekali di Dinas (kantor tingkat kabupaten); kantor ini mengimpornya.</source>
        <translation>The exchange key is created once at the Dinas (the regency-level office); this office imports it.</translation>
    </message>
    <message>
        <source>Kantor mitra belum ditambahkan</source>
        <translation>The partner office was not added</translation>
    </message>
    <message>
        <source>Kirim ke kantor mitra</source>
        <translation>Send to a partner office</translation>
    </message>
    <message>
        <source>Kirim ulang semua data ke {office}? Berkasnya memuat semua pendaftaran (lebih besar); pakai ini bila berkas sebelumnya hilang atau kantor itu memulai dari basis data baru.</source>
        <translation>Send all data to {office} again? The file holds every registration (it is larger); use this when an earlier file was lost or that office starts from a new database.</translation>
    </message>
    <message>
        <source>Kirim ulang semua</source>
        <translation>Send everything again</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Simpan berkas untuk {office} di…</source>
        <translation>Save the file for {office} in…</translation>
    </message>
    <message>
        <source>Menyiapkan berkas untuk {office}…</source>
        <translation>Preparing the file for {office}…</translation>
    </message>
    <message>
        <source>Berkas {name} ditulis ke {folder}: {new} baru, {updated} diubah, {deleted} dihapus.
Serahkan berkas ini ke {office} (flash disk, WhatsApp atau folder bersama); isinya tersandi.</source>
        <translation>File {name} was written to {folder}: {new} new, {updated} changed, {deleted} deleted.
Hand this file to {office} (flash drive, WhatsApp or a shared folder); its content is encrypted.</translation>
    </message>
    <message>
        <source>Terima berkas tukar</source>
        <translation>Receive an exchange file</translation>
    </message>
    <message>
        <source>Menerima {name}…</source>
        <translation>Receiving {name}…</translation>
    </message>
    <message>
        <source>Berkas {name} sudah pernah diterima; tidak ada yang berubah.</source>
        <translation>File {name} was received before; nothing changed.</translation>
    </message>
    <message>
        <source>Dari {office}, berkas nomor {seq}: {new} baru, {updated} diubah, {deleted} dihapus.</source>
        <translation>From {office}, file number {seq}: {new} new, {updated} changed, {deleted} deleted.</translation>
    </message>
    <message>
        <source>Berkas nomor {numbers} dari {office} belum pernah diterima. Minta kantor itu mengirimkannya lagi, atau mengirim ulang semua.</source>
        <translation>File number(s) {numbers} from {office} never arrived. Ask that office to send them again, or to send everything again.</translation>
    </message>
    <message numerus="yes">
        <source>%n konflik menunggu keputusan Anda.</source>
        <translation>
            <numerusform>%n conflict is waiting for your decision.</numerusform>
            <numerusform>%n conflicts are waiting for your decision.</numerusform>
        </translation>
    </message>
    <message>
        <source>Buka konflik</source>
        <translation>Open the conflicts</translation>
    </message>
    <message>
        <source>Nanti</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>Buat kunci tukar</source>
        <translation>Create the exchange key</translation>
    </message>
    <message>
        <source>Buat kunci tukar untuk kabupaten ini? Lakukan ini sekali saja, di Dinas; semua kantor lain mengimpor kunci yang sama. Kunci kedua membuat kantor tidak dapat saling membaca berkas.</source>
        <translation>Create the exchange key for this regency? Do this once only, at the Dinas; every other office imports the same key. A second key would leave offices unable to read each other&apos;s files.</translation>
    </message>
    <message>
        <source>Buat kunci</source>
        <translation>Create the key</translation>
    </message>
    <message>
        <source>Ekspor kunci tukar</source>
        <translation>Export the exchange key</translation>
    </message>
    <message>
        <source>Berkas kunci dilindungi kata sandi. Sampaikan kata sandinya kepada kantor penerima lewat jalan lain (telepon), bukan bersama berkasnya.</source>
        <translation>The key file is protected by a password. Give the password to the receiving office another way (by phone), not with the file.</translation>
    </message>
    <message>
        <source>Kunci tukar ditulis ke {path}.</source>
        <translation>The exchange key was written to {path}.</translation>
    </message>
    <message>
        <source>Impor kunci tukar</source>
        <translation>Import the exchange key</translation>
    </message>
    <message>
        <source>Kata sandi berkas {name}:</source>
        <translation>Password of file {name}:</translation>
    </message>
    <message>
        <source>Kunci tukar diimpor. Kantor ini sekarang dapat mengirim dan menerima berkas tukar.</source>
        <translation>The exchange key was imported. This office can now send and receive exchange files.</translation>
    </message>
    <message>
        <source>Pilih folder tukar</source>
        <translation>Choose the exchange folder</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Templat ekspor {path} tidak dapat dibaca: {reason}</source>
        <translation>The export template {path} cannot be read: {reason}</translation>
    </message>
    <message>
        <source>Templat ekspor {path}: kolom ke-{n} memakai field &quot;{field}&quot; yang tidak dikenal. Field yang tersedia: {known}.</source>
        <translation>Export template {path}: column {n} uses the unknown field &quot;{field}&quot;. Available fields: {known}.</translation>
    </message>
    <message>
        <source>Templat ekspor {path} tidak berisi kolom.</source>
        <translation>The export template {path} has no columns.</translation>
    </message>
    <message>
        <source>Batch {id} belum berisi peserta; tidak ada yang diekspor.</source>
        <translation>Batch {id} has no participants yet; nothing was exported.</translation>
    </message>
    <message>
        <source>Batch {id} berisi {count} peserta yang sudah dihapus; keluarkan dulu dari batch (lindungi batch remove) lalu ekspor lagi.</source>
        <translation>Batch {id} holds {count} deleted participant(s); remove them from the batch first (lindungi batch remove), then export again.</translation>
    </message>
    <message>
        <source>Batch {id} sudah dikirim (status &quot;{status}&quot;) dan tidak diekspor ulang; berkas yang dikirim tetap dipakai.</source>
        <translation>Batch {id} has been sent (status &quot;{status}&quot;) and is not exported again; the file that was sent remains the one in use.</translation>
    </message>
    <message>
        <source>Berkas {path} sudah ada; pilih nama lain atau izinkan menimpa.</source>
        <translation>The file {path} already exists; choose another name or allow overwriting.</translation>
    </message>
    <message>
        <source>Pemeriksaan berkas gagal: {count} sel berbeda dengan basis data ({cells}). Berkas tidak disimpan dan batch tidak dikunci.</source>
        <translation>File check failed: {count} cell(s) differ from the database ({cells}). The file was not kept and the batch was not locked.</translation>
    </message>
    <message>
        <source>Batch {id} terus berubah selama ekspor (anggota atau data peserta diubah di jendela lain); tidak ada berkas yang disimpan dan batch tidak dikunci. Coba lagi sebentar lagi.</source>
        <translation>Batch {id} kept changing during the export (members or their data were changed in another window); no file was saved and the batch was not locked. Try again in a moment.</translation>
    </message>
    <message>
        <source>Menyusun baris peserta…</source>
        <translation>Preparing participant rows…</translation>
    </message>
    <message>
        <source>Menulis berkas Excel…</source>
        <translation>Writing the Excel file…</translation>
    </message>
    <message>
        <source>Memeriksa ulang isi berkas…</source>
        <translation>Re-checking the file&apos;s contents…</translation>
    </message>
    <message>
        <source>URAIAN</source>
        <translation>DESCRIPTION</translation>
    </message>
    <message>
        <source>JUMLAH PESERTA</source>
        <translation>PARTICIPANTS</translation>
    </message>
    <message>
        <source>IURAN (RUPIAH)</source>
        <translation>CONTRIBUTION (RUPIAH)</translation>
    </message>
    <message>
        <source>KETERANGAN</source>
        <translation>ITEM</translation>
    </message>
    <message>
        <source>ISI</source>
        <translation>VALUE</translation>
    </message>
    <message>
        <source>Jumlah peserta</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>KODE / KETERANGAN</source>
        <translation>CODE / REMARK</translation>
    </message>
    <message>
        <source>Desa/Kelurahan: {name}</source>
        <translation>Village: {name}</translation>
    </message>
    <message>
        <source>Pekerjaan: {name}</source>
        <translation>Occupation: {name}</translation>
    </message>
    <message>
        <source>Kantor</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Pemerintah</source>
        <translation>Government</translation>
    </message>
    <message>
        <source>Skema</source>
        <translation>Scheme</translation>
    </message>
    <message>
        <source>Sumber dana</source>
        <translation>Funding source</translation>
    </message>
    <message>
        <source>Kode wadah</source>
        <translation>Wadah code</translation>
    </message>
    <message>
        <source>Nomor PKS</source>
        <translation>PKS number</translation>
    </message>
    <message>
        <source>Masa perlindungan skema</source>
        <translation>Scheme coverage period</translation>
    </message>
    <message>
        <source>Nomor batch</source>
        <translation>Batch number</translation>
    </message>
    <message>
        <source>Judul batch</source>
        <translation>Batch title</translation>
    </message>
    <message>
        <source>Jenis batch</source>
        <translation>Batch kind</translation>
    </message>
    <message>
        <source>{kind} — perpanjangan dari skema {name}</source>
        <translation>{kind} — renewal of scheme {name}</translation>
    </message>
    <message>
        <source>Diekspor oleh</source>
        <translation>Exported by</translation>
    </message>
    <message>
        <source>Diekspor pada</source>
        <translation>Exported at</translation>
    </message>
    <message>
        <source>Versi aplikasi</source>
        <translation>App version</translation>
    </message>
    <message>
        <source>Jumlah baris peserta</source>
        <translation>Participant rows</translation>
    </message>
    <message>
        <source>Templat kolom</source>
        <translation>Column template</translation>
    </message>
    <message>
        <source>Jenis skema</source>
        <translation>Scheme type</translation>
    </message>
    <message>
        <source>Instansi pelaksana</source>
        <translation>Engaging agency</translation>
    </message>
    <message>
        <source>Masa tugas</source>
        <translation>Task period</translation>
    </message>
    <message>
        <source>Kelas risiko JKK</source>
        <translation>JKK risk class</translation>
    </message>
    <message>
        <source>Iuran (persen honorarium)</source>
        <translation>Contribution (share of the honorarium)</translation>
    </message>
    <message>
        <source>{share} dari honorarium, dihitung per hari (honorarium × persen ÷ 30)</source>
        <translation>{share} of the honorarium, counted by day (honorarium × share ÷ 30)</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Tempat lahir</source>
        <translation>Place of birth</translation>
    </message>
    <message>
        <source>Tanggal lahir</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Jenis kelamin</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Nama ibu kandung</source>
        <translation>Mother&apos;s maiden name</translation>
    </message>
    <message>
        <source>Nomor KK</source>
        <translation>Family card number</translation>
    </message>
    <message>
        <source>Status perkawinan</source>
        <translation>Marital status</translation>
    </message>
    <message>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>RT</source>
        <translation>RT</translation>
    </message>
    <message>
        <source>RW</source>
        <translation>RW</translation>
    </message>
    <message>
        <source>Desa/Kelurahan</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Nomor HP</source>
        <translation>Mobile number</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Pekerjaan</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>Pekerjaan lainnya</source>
        <translation>Other occupation</translation>
    </message>
    <message>
        <source>Penghasilan per bulan</source>
        <translation>Monthly income</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programs</translation>
    </message>
    <message>
        <source>Skema</source>
        <translation>Scheme</translation>
    </message>
    <message>
        <source>Awal perlindungan</source>
        <translation>Coverage start</translation>
    </message>
    <message>
        <source>Akhir perlindungan</source>
        <translation>Coverage end</translation>
    </message>
    <message>
        <source>Ahli waris</source>
        <translation>Heirs</translation>
    </message>
    <message>
        <source>Dasar pemrosesan data</source>
        <translation>Legal basis for processing</translation>
    </message>
    <message>
        <source>Tanggal persetujuan</source>
        <translation>Consent date</translation>
    </message>
    <message>
        <source>Catatan persetujuan</source>
        <translation>Consent note</translation>
    </message>
    <message>
        <source>Nomor KPJ</source>
        <translation>KPJ number</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Jabatan petugas ad hoc</source>
        <translation>Ad-hoc officer&apos;s post</translation>
    </message>
    <message>
        <source>Honorarium per bulan</source>
        <translation>Honorarium per month</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Berkas Excel (*.xlsx *.xlsm *.xls *.ods)</source>
        <translation>Excel files (*.xlsx *.xlsm *.xls *.ods)</translation>
    </message>
    <message>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Basis data Lindungi (*.db)</source>
        <translation>Lindungi database (*.db)</translation>
    </message>
    <message>
        <source>Cadangan Lindungi (*.db *.lbk)</source>
        <translation>Lindungi backups (*.db *.lbk)</translation>
    </message>
    <message>
        <source>Kunci publik Lindungi (*.lindungi-kunci)</source>
        <translation>Lindungi public key (*.lindungi-kunci)</translation>
    </message>
    <message>
        <source>Berkas tukar Lindungi (*.lsync)</source>
        <translation>Lindungi exchange files (*.lsync)</translation>
    </message>
    <message>
        <source>Kunci tukar Lindungi (*.kuncitukar)</source>
        <translation>Lindungi exchange key (*.kuncitukar)</translation>
    </message>
    <message>
        <source>Gambar (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Tidak ada program yang membuka berkas ini secara otomatis. Berkasnya ada di:

{path}

Buka dari pengelola berkas (Windows Explorer).</source>
        <translation>No program opened this file automatically. The file is here:

{path}

Open it from the file manager (Windows Explorer).</translation>
    </message>
    <message>
        <source>Buka berkas</source>
        <translation>Open file</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>1. Pilih berkas daftar desa</source>
        <translation>1. Choose the village list</translation>
    </message>
    <message>
        <source>Berkas Excel (.xlsx, .xls) atau LibreOffice (.ods). Belum ada yang disimpan.</source>
        <translation>Excel (.xlsx, .xls) or LibreOffice (.ods) file. Nothing is saved yet.</translation>
    </message>
    <message>
        <source>Lokasi berkas…</source>
        <translation>File location…</translation>
    </message>
    <message>
        <source>&amp;Pilih berkas…</source>
        <translation>&amp;Choose file…</translation>
    </message>
    <message>
        <source>(menurut kolom desa di berkas)</source>
        <translation>(from the village column in the file)</translation>
    </message>
    <message>
        <source>Be&amp;rkas:</source>
        <translation>Fi&amp;le:</translation>
    </message>
    <message>
        <source>&amp;Skema:</source>
        <translation>&amp;Scheme:</translation>
    </message>
    <message>
        <source>&amp;Desa untuk seluruh berkas:</source>
        <translation>&amp;Village for the whole file:</translation>
    </message>
    <message>
        <source>Pilih desa bila berkas tidak punya kolom desa; bila kosong, desa dibaca dari kolom desa atau dari judul berkas.</source>
        <translation>Choose a village when the file has no village column; when empty, the village is read from the village column or the file&apos;s title.</translation>
    </message>
    <message>
        <source>Pilih daftar desa</source>
        <translation>Choose a village list</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Cari nama, awal NIK, nomor pendaftaran atau KPJ  (Ctrl+F)</source>
        <translation>Search name, start of NIK, registration number or KPJ  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Kantor asal</source>
        <translation>Office of origin</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Desa</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Pekerjaan</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>Skema</source>
        <translation>Scheme</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>(semua)</source>
        <translation>(all)</translation>
    </message>
    <message>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Diterima BPJS</source>
        <translation>Accepted by BPJS</translation>
    </message>
    <message>
        <source>Ditolak BPJS</source>
        <translation>Rejected by BPJS</translation>
    </message>
    <message>
        <source>Belum masuk batch</source>
        <translation>Not in a batch yet</translation>
    </message>
    <message>
        <source>Dihapus</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Semua</source>
        <translation>All</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Lindungi — persiapan pertama</source>
        <translation>Lindungi — first-time setup</translation>
    </message>
    <message>
        <source>&lt; &amp;Kembali</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Lanjut &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&amp;Selesai</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Wilayah kantor</source>
        <translation>Office&apos;s region</translation>
    </message>
    <message>
        <source>Pilih wilayah kantor dari daftar Kemendagri. Ketik sebagian nama untuk mencari. Desa yang ditawarkan di formulir mengikuti kabupaten ini. Kode dan nomor kantor dari Dinas boleh diisi nanti di Pengaturan.</source>
        <translation>Choose the office&apos;s region from the Kemendagri list. Type part of a name to search. The villages offered in the form follow this kabupaten. The office code and number from the Dinas may be filled in later in Settings.</translation>
    </message>
    <message>
        <source>Kantor dan petugas</source>
        <translation>Office and staff</translation>
    </message>
    <message>
        <source>Nama kantor dan penanda tangan dicetak di rekap dan berita acara. Semua dapat diubah nanti di Pengaturan.</source>
        <translation>The office&apos;s name and signatory are printed on the recap and handover report. Everything can be changed later in Settings.</translation>
    </message>
    <message>
        <source>Skema pertama</source>
        <translation>First scheme</translation>
    </message>
    <message>
        <source>Siapa yang membayar iuran dan untuk masa berapa lama. Iuran JKK + JKM untuk pekerja rentan: Rp16.800 per orang per bulan.</source>
        <translation>Who pays the contributions and for how long. JKK + JKM for vulnerable workers: Rp16.800 per person per month.</translation>
    </message>
    <message>
        <source>Akun admin dan kunci data</source>
        <translation>Admin account and data key</translation>
    </message>
    <message>
        <source>Data pekerja disimpan terenkripsi. Kata sandi admin membuka data ini.</source>
        <translation>Workers&apos; data is stored encrypted. The admin&apos;s password opens it.</translation>
    </message>
    <message>
        <source>Batalkan persiapan?</source>
        <translation>Cancel the set-up?</translation>
    </message>
    <message>
        <source>Isian persiapan belum disimpan dan akan hilang; Lindungi lalu ditutup. Batalkan?</source>
        <translation>What you typed for the set-up is not saved yet and will be lost; Lindungi then closes. Cancel?</translation>
    </message>
    <message>
        <source>Batalkan dan tutup</source>
        <translation>Cancel and close</translation>
    </message>
    <message>
        <source>Kembali ke isian</source>
        <translation>Back to the form</translation>
    </message>
    <message>
        <source>Nama Anda (operator)</source>
        <translation>Your name (operator)</translation>
    </message>
    <message>
        <source>Nama operator dicatat pada setiap data yang Anda simpan.</source>
        <translation>The operator name is recorded with everything you save.</translation>
    </message>
    <message>
        <source>Pekerja Rentan {year}</source>
        <translation>Vulnerable Workers {year}</translation>
    </message>
</context>
<context>
    <name>FolderExchanger</name>
    <message>
        <source>Folder tukar tidak dapat dijalankan; rinciannya ada di log.</source>
        <translation>The exchange folder could not be run; the details are in the log.</translation>
    </message>
</context>
<context>
    <name>ForgotPasswordDialog</name>
    <message>
        <source>Lupa kata sandi</source>
        <translation>Forgot password</translation>
    </message>
    <message>
        <source>Ketik kunci pemulihan dari lembar pemulihan kantor (17 kelompok huruf dan angka), atau pindai kode QR-nya dengan pemindai. Lalu buat kata sandi admin yang baru. Basis data tidak diubah; hanya berkas kunci yang ditulis ulang.</source>
        <translation>Type the recovery key from the office&apos;s recovery sheet (17 groups of letters and digits), or scan its QR code with a scanner. Then choose a new admin password. The database is not changed; only the key file is rewritten.</translation>
    </message>
    <message>
        <source>Kunci pemulihan</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <source>Nama admin</source>
        <translation>Admin name</translation>
    </message>
    <message>
        <source>Kata sandi baru</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>Ulangi kata sandi</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <source>Simpan kata sandi</source>
        <translation>Save password</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Nama admin wajib diisi.</source>
        <translation>The admin name is required.</translation>
    </message>
</context>
<context>
    <name>FormPrint</name>
    <message>
        <source>Cetak bukti pendaftaran</source>
        <translation>Print enrolment slip</translation>
    </message>
    <message>
        <source>Simpan dulu (Ctrl+S), lalu cetak buktinya (Ctrl+P).</source>
        <translation>Save first (Ctrl+S), then print the slip (Ctrl+P).</translation>
    </message>
    <message>
        <source>Belum ada pendaftaran yang tersimpan untuk dicetak. Isi dan simpan formulir, atau buka data dari Data Peserta.</source>
        <translation>No saved registration to print yet. Fill in and save the form, or open a record from Participants.</translation>
    </message>
    <message>
        <source>Cetak Bukti {number}</source>
        <translation>Print Slip {number}</translation>
    </message>
    <message>
        <source>Cetak Bukti</source>
        <translation>Print Slip</translation>
    </message>
    <message>
        <source>Cetak bukti {number} {name} (Ctrl+P)</source>
        <translation>Print slip {number} {name} (Ctrl+P)</translation>
    </message>
    <message>
        <source>Simpan pendaftaran dulu; bukti dicetak dari data yang tersimpan (Ctrl+P).</source>
        <translation>Save the registration first; slips are printed from saved data (Ctrl+P).</translation>
    </message>
</context>
<context>
    <name>Funding</name>
    <message>
        <source>APBD Kabupaten/Kota</source>
        <translation>Regency/City budget (APBD)</translation>
    </message>
    <message>
        <source>APBD Provinsi</source>
        <translation>Provincial budget (APBD)</translation>
    </message>
    <message>
        <source>APBDes</source>
        <translation>Village budget (APBDes)</translation>
    </message>
    <message>
        <source>CSR/Perusahaan</source>
        <translation>CSR/Company</translation>
    </message>
    <message>
        <source>Mandiri</source>
        <translation>Self-paid</translation>
    </message>
    <message>
        <source>Pemerintah (APBD)</source>
        <translation>Government (APBD)</translation>
    </message>
    <message>
        <source>Desa, dibayar dari APBD</source>
        <translation>Village, paid from APBD</translation>
    </message>
    <message>
        <source>Desa, dibayar dari APBDes</source>
        <translation>Village, paid from APBDes</translation>
    </message>
    <message>
        <source>Desa, sumber lain</source>
        <translation>Village, other source</translation>
    </message>
    <message>
        <source>Korporasi</source>
        <translation>Corporate</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <source>Pekerja rentan (BPU, per bulan)</source>
        <translation>Vulnerable workers (BPU, by month)</translation>
    </message>
    <message>
        <source>Petugas ad hoc (penerima upah, per hari tugas)</source>
        <translation>Ad-hoc task officers (wage earners, by task day)</translation>
    </message>
</context>
<context>
    <name>Health</name>
    <message>
        <source>Hanya indeks yang rusak; datanya sendiri utuh. Bangun ulang indeks: &quot;lindungi check --db {path} --repair&quot;.</source>
        <translation>Only indexes are damaged; the data itself is intact. Rebuild the indexes: &quot;lindungi check --db {path} --repair&quot;.</translation>
    </message>
    <message>
        <source>Data di berkas ini rusak. Pulihkan cadangan terakhir yang baik ({when}): &quot;lindungi restore --db {path} --from {backup}&quot; (atau Pengaturan › Cadangan). Berkas sekarang disimpan di backups/; data yang dimasukkan sesudah cadangan itu perlu dimasukkan lagi.</source>
        <translation>Data in this file is damaged. Restore the latest good backup ({when}): &quot;lindungi restore --db {path} --from {backup}&quot; (or Settings › Backups). The current file is kept in backups/; data entered after that backup must be entered again.</translation>
    </message>
    <message>
        <source>Berkas ini diubah di luar Lindungi (skema asing); jangan dipakai bekerja. Pulihkan cadangan terakhir yang baik ({when}): &quot;lindungi restore --db {path} --from {backup}&quot;.</source>
        <translation>This file was changed outside Lindungi (foreign schema); do not work in it. Restore the latest good backup ({when}): &quot;lindungi restore --db {path} --from {backup}&quot;.</translation>
    </message>
    <message>
        <source>Tidak ada cadangan yang baik. Jangan hapus atau timpa berkas ini: salin ke flashdisk dan hubungi admin/Dinas.</source>
        <translation>There is no good backup. Do not delete or overwrite this file: copy it to a flash disk and contact the admin/Dinas.</translation>
    </message>
    <message>
        <source>Skema belum diperbarui: buka Lindungi sekali (cadangan dibuat dulu, lalu skema diperbarui).</source>
        <translation>The schema is not updated yet: open Lindungi once (a backup is made first, then the schema is updated).</translation>
    </message>
</context>
<context>
    <name>Heir</name>
    <message>
        <source>Suami</source>
        <translation>Husband</translation>
    </message>
    <message>
        <source>Istri</source>
        <translation>Wife</translation>
    </message>
    <message>
        <source>Anak</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>Ayah</source>
        <translation>Father</translation>
    </message>
    <message>
        <source>Ibu</source>
        <translation>Mother</translation>
    </message>
    <message>
        <source>Saudara Kandung</source>
        <translation>Sibling</translation>
    </message>
    <message>
        <source>Cucu</source>
        <translation>Grandchild</translation>
    </message>
    <message>
        <source>Kakek</source>
        <translation>Grandfather</translation>
    </message>
    <message>
        <source>Nenek</source>
        <translation>Grandmother</translation>
    </message>
    <message>
        <source>Lainnya</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>HeirsEditor</name>
    <message>
        <source>Nama ahli waris</source>
        <translation>Heir&apos;s name</translation>
    </message>
    <message>
        <source>NIK (boleh kosong)</source>
        <translation>NIK (optional)</translation>
    </message>
    <message>
        <source>No. HP</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Hapus baris ahli waris ini (Ctrl+Del)</source>
        <translation>Remove this heir row (Ctrl+Del)</translation>
    </message>
    <message>
        <source>Tambah ahli &amp;waris</source>
        <translation>Add &amp;heir</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Bantuan singkat</source>
        <translation>Quick help</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Mendaftarkan peserta&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;Ketik &lt;b&gt;NIK&lt;/b&gt; dari KTP. Tanggal lahir dan jenis kelamin terisi sendiri dari NIK; bila berbeda dengan KTP, ubah saja (muncul peringatan kuning, bukan larangan).&lt;/li&gt;&lt;li&gt;Isi nama, tempat lahir, nama ibu kandung, alamat, pekerjaan dan ahli waris. Tekan &lt;b&gt;Tab&lt;/b&gt; atau &lt;b&gt;Enter&lt;/b&gt; untuk pindah ke isian berikutnya.&lt;/li&gt;&lt;li&gt;Tekan &lt;b&gt;Ctrl+Enter&lt;/b&gt; atau &lt;b&gt;Ctrl+Shift+S&lt;/b&gt; (Simpan &amp;amp; Baru) untuk menyimpan dan langsung mendaftarkan orang berikutnya. Isian bertanda &lt;b&gt;Tetap&lt;/b&gt; (desa, RT/RW, pekerjaan, skema, masa perlindungan) terbawa ke pendaftaran berikutnya.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;&lt;b&gt;Tab&lt;/b&gt; melewati isian yang sudah diisi otomatis (dari NIK, atau terbawa dari data sebelumnya); tekan &lt;b&gt;Shift+Tab&lt;/b&gt; untuk kembali mengubahnya. Nomor KK diawali kode kecamatan alamat; ketik sisanya. Tempat lahir ditawarkan dari kabupaten NIK dan No. HP diawali 08: bila berbeda, ketik saja di atasnya. Penghasilan boleh ditulis seperti diucapkan (750rb, 1,5jt). Di ahli waris, &lt;b&gt;↓&lt;/b&gt; membuka baris berikutnya dan sesudah suami/istri ditawarkan Anak. Tab melewati e-mail yang kosong.&lt;/p&gt;&lt;p&gt;Pesan &lt;span style=&apos;color:#b3261e&apos;&gt;merah&lt;/span&gt; harus diperbaiki sebelum menyimpan; pesan &lt;span style=&apos;color:#8a5300&apos;&gt;kuning&lt;/span&gt; hanya peringatan. NIK yang sudah terdaftar di skema yang sama tidak dapat didaftarkan lagi.&lt;/p&gt;&lt;h3&gt;Mencari dan mengubah data&lt;/h3&gt;&lt;p&gt;Di &lt;b&gt;Data Peserta&lt;/b&gt; ketik sebagian nama, awal NIK, nomor pendaftaran atau KPJ. Tekan &lt;b&gt;Enter&lt;/b&gt; untuk membuka data, &lt;b&gt;Delete&lt;/b&gt; untuk menghapus (wajib dengan alasan), &lt;b&gt;Ctrl+Z&lt;/b&gt; untuk mengurungkan perubahan atau penghapusan.&lt;/p&gt;&lt;h3&gt;Batch, impor dan cetak&lt;/h3&gt;&lt;p&gt;Di &lt;b&gt;Batch&lt;/b&gt; buat batch, ekspor ke Excel (berkas diperiksa ulang sebelum batch dikunci), tandai terkirim, catat jawaban BPJS, dan cetak semua bukti atau berita acara. Di &lt;b&gt;Impor&lt;/b&gt; baca daftar Excel dari desa: pratinjau dulu, tidak ada yang disimpan sebelum dikonfirmasi. &lt;b&gt;Ctrl+P&lt;/b&gt; mencetak bukti orang yang sedang ditampilkan sebagai PDF; cetak dari pembaca PDF. Cadangan dan pemulihan ada di &lt;b&gt;Pengaturan › Cadangan&lt;/b&gt;.&lt;/p&gt;&lt;h3&gt;Tukar data antarkantor&lt;/h3&gt;&lt;p&gt;Di &lt;b&gt;Tukar Data&lt;/b&gt; kirim perubahan kantor ini ke kantor mitra (desa → kecamatan → Dinas) sebagai satu berkas tersandi &lt;b&gt;.lsync&lt;/b&gt;, dan terima berkas dari mereka (flash disk, WhatsApp atau folder tukar bersama). Berkas yang sama dua kali tidak mengubah apa pun. Perubahan yang bertabrakan menunggu keputusan Anda di &lt;b&gt;Data Peserta › Konflik&lt;/b&gt;.&lt;/p&gt;&lt;h3&gt;Tombol pintas&lt;/h3&gt;&lt;table cellpadding=&apos;3&apos;&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Pendaftaran baru&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+S&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Simpan&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Enter / Ctrl+Shift+S&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Simpan &amp;amp; Baru&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Esc&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Batalkan isian (ditanya dulu)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Cari peserta&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Z / Ctrl+Y&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Urungkan / Ulangi&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+1 … Ctrl+7&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Pindah halaman&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+P&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Cetak bukti pendaftaran&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+B&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Tambah peserta terpilih ke batch (Data Peserta)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+Q&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Periksa keaslian bukti (QR)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+M&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Kirim ke kantor mitra&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+D&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Terima berkas tukar&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+L&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Cari kecamatan di luar kabupaten kantor&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+W&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Tambah ahli waris&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+K&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Tampilkan/samarkan NIK di daftar&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Bantuan ini&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;Isian yang belum disimpan disimpan otomatis sebagai draf setiap beberapa detik dan ditawarkan kembali bila Lindungi tertutup mendadak.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Registering a participant&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;Type the &lt;b&gt;NIK&lt;/b&gt; from the ID card (KTP). Date of birth and sex fill in from the NIK; if they differ from the card, just change them (an amber warning appears, not a block).&lt;/li&gt;&lt;li&gt;Fill in the name, place of birth, mother&apos;s maiden name, address, occupation and heirs. Press &lt;b&gt;Tab&lt;/b&gt; or &lt;b&gt;Enter&lt;/b&gt; to move to the next field.&lt;/li&gt;&lt;li&gt;Press &lt;b&gt;Ctrl+Enter&lt;/b&gt; or &lt;b&gt;Ctrl+Shift+S&lt;/b&gt; (Save &amp;amp; New) to save and go straight on to the next person. Fields marked &lt;b&gt;Keep&lt;/b&gt; (village, RT/RW, occupation, scheme, coverage period) are carried to the next registration.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;&lt;b&gt;Tab&lt;/b&gt; passes fields that were filled in for you (from the NIK, or carried from the previous record); press &lt;b&gt;Shift+Tab&lt;/b&gt; to go back and change them. The family card number starts with the address&apos;s district code; type the rest. The place of birth is offered from the NIK&apos;s regency and the phone number starts with 08: when they differ, just type over them. Income may be written as it is said (750rb, 1,5jt). In the heirs, &lt;b&gt;↓&lt;/b&gt; opens the next row, and after the husband/wife Child is offered. Tab passes an empty e-mail.&lt;/p&gt;&lt;p&gt;&lt;span style=&apos;color:#b3261e&apos;&gt;Red&lt;/span&gt; messages must be fixed before saving; &lt;span style=&apos;color:#8a5300&apos;&gt;amber&lt;/span&gt; messages are only warnings. A NIK already registered in the same scheme cannot be registered again.&lt;/p&gt;&lt;h3&gt;Finding and correcting records&lt;/h3&gt;&lt;p&gt;In &lt;b&gt;Participants&lt;/b&gt; type part of a name, the start of a NIK, a registration number or a KPJ. Press &lt;b&gt;Enter&lt;/b&gt; to open a record, &lt;b&gt;Delete&lt;/b&gt; to delete it (a reason is required), &lt;b&gt;Ctrl+Z&lt;/b&gt; to undo a change or a deletion.&lt;/p&gt;&lt;h3&gt;Batches, import and printing&lt;/h3&gt;&lt;p&gt;In &lt;b&gt;Batch&lt;/b&gt; create a batch, export it to Excel (the file is checked again before the batch is locked), mark it as sent, record BPJS&apos;s answer, and print all slips or the handover report. In &lt;b&gt;Import&lt;/b&gt; read a village&apos;s Excel list: there is a preview first, and nothing is saved before you confirm. &lt;b&gt;Ctrl+P&lt;/b&gt; prints the slip of the person shown as a PDF; print it from the PDF viewer. Backups and restore are in &lt;b&gt;Settings › Backups&lt;/b&gt;.&lt;/p&gt;&lt;h3&gt;Exchanging data between offices&lt;/h3&gt;&lt;p&gt;In &lt;b&gt;Exchange&lt;/b&gt;, send this office&apos;s changes to a partner office (village → sub-district → Dinas) as one encrypted &lt;b&gt;.lsync&lt;/b&gt; file, and receive their files (flash drive, WhatsApp or a shared exchange folder). The same file twice changes nothing. Changes that clash wait for your decision in &lt;b&gt;Participants › Conflicts&lt;/b&gt;.&lt;/p&gt;&lt;h3&gt;Shortcuts&lt;/h3&gt;&lt;table cellpadding=&apos;3&apos;&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;New registration&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+S&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Save&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Enter / Ctrl+Shift+S&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Save &amp;amp; New&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Esc&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Discard input (asks first)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Find participant&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Z / Ctrl+Y&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Undo / Redo&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+1 … Ctrl+7&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Switch page&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+P&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Print the enrolment slip&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+B&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Add the selected people to a batch (Participants)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+Q&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Verify a slip (QR)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+M&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Send to a partner office&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+D&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Receive an exchange file&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+L&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Find a district outside the office&apos;s regency&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+W&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Add an heir&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+K&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Show/mask NIKs in the list&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;This help&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;Unsaved input is kept as a draft every few seconds and offered back if Lindungi closes unexpectedly.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>IdentityBox</name>
    <message>
        <source>Identitas kantor dari Dinas</source>
        <translation>Office identity from the Dinas</translation>
    </message>
    <message>
        <source>misalnya PPU-WARU</source>
        <translation>e.g. PPU-WARU</translation>
    </message>
    <message>
        <source>belum ada</source>
        <translation>none yet</translation>
    </message>
    <message>
        <source>Kode kantor</source>
        <translation>Office code</translation>
    </message>
    <message>
        <source>Nomor kantor</source>
        <translation>Office number</translation>
    </message>
    <message>
        <source>Tanpa nomor kantor, nomor pendaftaran berbentuk 000123-4 dan dapat sama dengan nomor kantor lain. Isi nomor dari Dinas sebelum bertukar data dengan kantor lain.</source>
        <translation>Without an office number, registration numbers look like 000123-4 and may repeat another office&apos;s. Enter the number from the Dinas before exchanging data with other offices.</translation>
    </message>
    <message>
        <source>Nomor pendaftaran kantor ini akan berbentuk {example}: nomor kantor, nomor urut, angka pemeriksa. Tidak pernah sama dengan kantor lain di kabupaten.</source>
        <translation>This office&apos;s registration numbers will look like {example}: office number, running number, check digit. Never the same as another office&apos;s in the kabupaten.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>{label} rusak oleh format angka Excel (tertulis &quot;{value}&quot;); ketik ulang sebagai teks dari kartu aslinya.</source>
        <translation>{label} was damaged by Excel&apos;s number format (shows &quot;{value}&quot;); retype it as text from the original card.</translation>
    </message>
    <message>
        <source>{label} rusak oleh format angka Excel: tersimpan sebagai angka sehingga digit terakhir menjadi 0. Ketik ulang sebagai teks dari kartu aslinya.</source>
        <translation>{label} was damaged by Excel&apos;s number format: stored as a number, its last digit became 0. Retype it as text from the original card.</translation>
    </message>
    <message>
        <source>{label} rusak oleh format angka Excel: angka 16 digit ini tidak dapat disimpan utuh sebagai angka. Ketik ulang sebagai teks dari kartu aslinya.</source>
        <translation>{label} was damaged by Excel&apos;s number format: this 16-digit number cannot be stored whole as a number. Retype it as text from the original card.</translation>
    </message>
    <message>
        <source>{label} rusak oleh format angka Excel: hanya 15 digit tersisa. Ketik ulang sebagai teks dari kartu aslinya.</source>
        <translation>{label} was damaged by Excel&apos;s number format: only 15 digits are left. Retype it as text from the original card.</translation>
    </message>
    <message>
        <source>{label} tersimpan sebagai angka pecahan ({value}); ketik ulang sebagai teks dari kartu aslinya.</source>
        <translation>{label} is stored as a fractional number ({value}); retype it as text from the original card.</translation>
    </message>
    <message>
        <source>{label} tersimpan sebagai angka di Excel (masih utuh). Simpan kolom ini sebagai teks agar tidak rusak.</source>
        <translation>{label} is stored as a number in Excel (still whole). Store this column as text so it does not get damaged.</translation>
    </message>
    <message>
        <source>Nomor HP kehilangan angka 0 di depan karena format angka Excel; angka 0 sudah ditambahkan kembali. Periksa nomornya.</source>
        <translation>The mobile number lost its leading 0 to Excel&apos;s number format; the 0 was added back. Check the number.</translation>
    </message>
    <message>
        <source>Sel nomor HP berisi {count} nomor; yang pertama ({first}) dipakai.</source>
        <translation>The phone cell holds {count} numbers; the first one ({first}) is used.</translation>
    </message>
    <message>
        <source>{label} &quot;{value}&quot; tidak dapat dibaca sebagai tanggal; tulis seperti 17-08-1990.</source>
        <translation>{label} &quot;{value}&quot; cannot be read as a date; write it like 17-08-1990.</translation>
    </message>
    <message>
        <source>{label} &quot;{value}&quot; bukan jumlah rupiah; tulis seperti 900000. Dikosongkan.</source>
        <translation>{label} &quot;{value}&quot; is not a rupiah amount; write it like 900000. Left empty.</translation>
    </message>
    <message>
        <source>{label} {value} terlalu besar untuk jumlah rupiah; dikosongkan.</source>
        <translation>{label} {value} is too large for a rupiah amount; left empty.</translation>
    </message>
    <message>
        <source>{label} {value} bukan jumlah rupiah utuh; dikosongkan. Tulis jumlahnya dalam rupiah, mis. 900000.</source>
        <translation>{label} {value} is not a whole rupiah amount; left empty. Write the amount in rupiah, e.g. 900000.</translation>
    </message>
    <message>
        <source>Sel {cell} berisi rumus tanpa hasil tersimpan; simpan sebagai nilai (salin, lalu Tempel Spesial › Nilai) dan kirim ulang.</source>
        <translation>Cell {cell} holds a formula saved without its result; save it as a value (copy, then Paste Special › Values) and send the file again.</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Nomor KK</source>
        <translation>Family card number</translation>
    </message>
    <message>
        <source>NIK ahli waris</source>
        <translation>Heir&apos;s NIK</translation>
    </message>
    <message>
        <source>Berkas {name} tidak ditemukan.</source>
        <translation>File {name} not found.</translation>
    </message>
    <message>
        <source>Berkas {name} bukan buku kerja Excel atau LibreOffice (.xlsx, .xls, .ods).</source>
        <translation>File {name} is not an Excel or LibreOffice workbook (.xlsx, .xls, .ods).</translation>
    </message>
    <message>
        <source>Berkas {name} dilindungi kata sandi. Buka di Excel, hapus kata sandinya (File › Info › Protect Workbook), simpan, lalu impor lagi.</source>
        <translation>File {name} is password-protected. Open it in Excel, remove the password (File › Info › Protect Workbook), save it, then import again.</translation>
    </message>
    <message>
        <source>Berkas {name} tidak dapat dibaca sebagai buku kerja Excel (rusak atau bukan berkas Excel). Buka dan simpan ulang di Excel, lalu impor lagi.</source>
        <translation>File {name} cannot be read as an Excel workbook (damaged, or not an Excel file). Open and save it again in Excel, then import again.</translation>
    </message>
    <message>
        <source>Berkas {name} sebenarnya berkas teks (CSV), bukan buku kerja Excel, walau namanya berakhiran {suffix}. Buka di Excel, simpan sebagai &quot;Buku Kerja Excel (.xlsx)&quot;, lalu impor lagi.</source>
        <translation>The file {name} is really a text (CSV) file, not an Excel workbook, although its name ends in {suffix}. Open it in Excel, save it as &quot;Excel Workbook (.xlsx)&quot;, then import again.</translation>
    </message>
    <message>
        <source>Sheet &quot;{sheet}&quot; tidak ada di berkas {name}. Sheet yang ada: {sheets}.</source>
        <translation>There is no sheet &quot;{sheet}&quot; in {name}. Sheets: {sheets}.</translation>
    </message>
    <message>
        <source>Berkas {name} tidak berisi data.</source>
        <translation>File {name} holds no data.</translation>
    </message>
    <message>
        <source>Berkas {name} terlalu besar ({size} MB; paling besar {limit} MB). Pecah daftarnya menjadi beberapa berkas.</source>
        <translation>The file {name} is too large ({size} MB; at most {limit} MB). Split the list into several files.</translation>
    </message>
    <message>
        <source>Berkas {name} membengkak menjadi lebih dari {limit} MB saat dibuka; berkas ini rusak atau sengaja dibuat berbahaya. Tidak ada yang dibaca.</source>
        <translation>The file {name} unpacks to more than {limit} MB; it is damaged or deliberately harmful. Nothing was read.</translation>
    </message>
    <message>
        <source>Sheet &quot;{sheet}&quot;: %n sel jauh di luar tabel tidak dibaca (mis. {cells}). Periksa isi sel itu di berkas aslinya.</source>
        <translation>Sheet &quot;{sheet}&quot;: %n cell far outside the table was not read ({cells}). Check that cell in the original file.|Sheet &quot;{sheet}&quot;: %n cells far outside the table were not read (e.g. {cells}). Check those cells in the original file.</translation>
    </message>
    <message>
        <source>Sheet &quot;{sheet}&quot; di berkas {name} terisi sampai sel {cell}: terlalu besar untuk dibaca. Hapus isi di luar tabel (atau simpan sebagai .xlsx), simpan ulang, lalu impor lagi.</source>
        <translation>Sheet &quot;{sheet}&quot; of {name} has content down to cell {cell}: too large to read. Delete what lies outside the table (or save it as .xlsx), save again and import again.</translation>
    </message>
    <message>
        <source>bukan lembar data (grafik atau makro).</source>
        <translation>not a data sheet (chart or macro).</translation>
    </message>
    <message>
        <source>Baru</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Sudah terdaftar</source>
        <translation>Already registered</translation>
    </message>
    <message>
        <source>Ganda di berkas</source>
        <translation>Duplicate in file</translation>
    </message>
    <message>
        <source>Ditolak</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Dilewati</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <source>Desa/kelurahan &quot;{value}&quot; tidak ditemukan di wilayah {area}.</source>
        <translation>Village &quot;{value}&quot; was not found in {area}.</translation>
    </message>
    <message>
        <source>Desa/kelurahan &quot;{value}&quot; tidak ditemukan di wilayah {area}; mungkin maksudnya &quot;{suggestion}&quot;?</source>
        <translation>Village &quot;{value}&quot; was not found in {area}; did you mean &quot;{suggestion}&quot;?</translation>
    </message>
    <message>
        <source>Desa/kelurahan &quot;{value}&quot; ada di beberapa kecamatan ({districts}); tambahkan kolom KECAMATAN atau tulis kode desanya.</source>
        <translation>Village &quot;{value}&quot; exists in several districts ({districts}); add a KECAMATAN column or write the village code.</translation>
    </message>
    <message>
        <source>Kode desa {value} berada di luar wilayah {area}.</source>
        <translation>Village code {value} lies outside {area}.</translation>
    </message>
    <message>
        <source>Desa/kelurahan belum diisi; tambahkan kolom DESA atau pilih desa untuk seluruh berkas.</source>
        <translation>No village given; add a DESA column or choose a village for the whole file.</translation>
    </message>
    <message>
        <source>Tanggal lahir</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Penghasilan</source>
        <translation>Income</translation>
    </message>
    <message>
        <source>Pekerjaan &quot;{value}&quot; tidak ada di daftar; dicatat sebagai &quot;Lainnya&quot;.</source>
        <translation>Occupation &quot;{value}&quot; is not in the list; recorded as &quot;Other&quot;.</translation>
    </message>
    <message>
        <source>Status perkawinan &quot;{value}&quot; tidak dikenal; dikosongkan.</source>
        <translation>Unknown marital status &quot;{value}&quot;; left empty.</translation>
    </message>
    <message>
        <source>Profil kantor belum diisi; isi dulu di Pengaturan agar desa dapat dikenali.</source>
        <translation>The office profile is empty; fill it in under Settings so villages can be recognised.</translation>
    </message>
    <message>
        <source>Skema {id} tidak ditemukan atau tidak aktif.</source>
        <translation>Scheme {id} not found or not active.</translation>
    </message>
    <message>
        <source>Berkas {name} tidak berisi data di sheet mana pun.</source>
        <translation>The file {name} holds no data on any sheet.</translation>
    </message>
    <message>
        <source>Data berubah sejak pratinjau: {count} NIK kini sudah terdaftar. Tidak ada yang diimpor; analisis ulang berkasnya.</source>
        <translation>The data changed since the preview: {count} NIK(s) are now registered. Nothing was imported; analyse the file again.</translation>
    </message>
    <message>
        <source>Desa untuk seluruh berkas tidak dikenali: {detail}</source>
        <translation>The village for the whole file was not recognised: {detail}</translation>
    </message>
    <message>
        <source>Tidak ada sheet dengan judul kolom daftar peserta yang dikenali; sheet &quot;{sheet}&quot; dibaca. Pilih sendiri isi setiap kolom.</source>
        <translation>No sheet has recognisable participant column headers; sheet &quot;{sheet}&quot; is read. Choose what each column holds yourself.</translation>
    </message>
    <message>
        <source>Berkas {name} berisi {count} baris data; satu impor paling banyak {limit} baris. Pecah daftarnya menjadi beberapa berkas.</source>
        <translation>The file {name} holds {count} data rows; one import takes at most {limit} rows. Split the list into several files.</translation>
    </message>
    <message>
        <source>Impor {file}</source>
        <translation>Import {file}</translation>
    </message>
    <message>
        <source>impor {file} baris {row}</source>
        <translation>import {file} row {row}</translation>
    </message>
    <message>
        <source>impor {file} sheet {sheet} baris {row}</source>
        <translation>import {file} sheet {sheet} row {row}</translation>
    </message>
    <message>
        <source>Baris jumlah/total.</source>
        <translation>Sum/total row.</translation>
    </message>
    <message>
        <source>Baris nomor kolom di bawah judul.</source>
        <translation>Column-number row under the header.</translation>
    </message>
    <message>
        <source>Judul kolom yang diulang (mis. di tiap halaman cetak).</source>
        <translation>Column headers repeated (e.g. on every printed page).</translation>
    </message>
    <message>
        <source>Tanda tangan, nama pejabat atau tempat/tanggal surat; bukan data peserta.</source>
        <translation>Signature, official&apos;s name or place/date of the letter; not participant data.</translation>
    </message>
    <message>
        <source>Catatan, bukan data peserta.</source>
        <translation>A note, not participant data.</translation>
    </message>
    <message>
        <source>Judul kelompok &quot;{value}&quot;, bukan data peserta.</source>
        <translation>Group heading &quot;{value}&quot;, not participant data.</translation>
    </message>
    <message>
        <source>Judul kelompok &quot;{value}&quot;: desa {village} dipakai untuk baris di bawahnya yang tidak menyebut desa.</source>
        <translation>Group heading &quot;{value}&quot;: village {village} is used for the rows below it that name no village.</translation>
    </message>
    <message>
        <source>Judul kelompok &quot;{value}&quot;: dipakai sebagai alamat untuk baris di bawahnya yang alamatnya kosong.</source>
        <translation>Group heading &quot;{value}&quot;: used as the address of the rows below it whose address is empty.</translation>
    </message>
    <message>
        <source>Baris tanpa NIK dan hampir tanpa data peserta; bukan data peserta.</source>
        <translation>A row without a NIK and with almost no participant data; not participant data.</translation>
    </message>
    <message>
        <source>Baris ini disembunyikan di berkas; tetap dibaca.</source>
        <translation>This row is hidden in the file; it is read anyway.</translation>
    </message>
    <message>
        <source>Desa &quot;{value}&quot; dari judul kelompok di baris {row} tidak ditemukan di wilayah {area}.</source>
        <translation>Village &quot;{value}&quot; from the group heading on row {row} was not found in {area}.</translation>
    </message>
    <message>
        <source>Sudah terdaftar: {number} atas nama {name}.</source>
        <translation>Already registered: {number} in the name of {name}.</translation>
    </message>
    <message>
        <source>NIK sama dengan baris {row} di berkas ini.</source>
        <translation>Same NIK as row {row} of this file.</translation>
    </message>
    <message>
        <source>Kolom {field} belum dipilih.</source>
        <translation>No column is chosen for {field}.</translation>
    </message>
    <message>
        <source>{problem} Isian ini dikosongkan; peserta tetap diimpor.</source>
        <translation>{problem} The field was left empty; the participant is imported.</translation>
    </message>
    <message>
        <source>Perbaiki: {fields}.</source>
        <translation>Fix: {fields}.</translation>
    </message>
    <message>
        <source>Sudah terdaftar; tidak perlu dikirim lagi.</source>
        <translation>Already registered; no need to send again.</translation>
    </message>
    <message>
        <source>Hapus salah satu baris ganda, atau perbaiki NIK-nya.</source>
        <translation>Delete one of the duplicate rows, or correct its NIK.</translation>
    </message>
    <message>
        <source>Tidak memenuhi syarat skema ini; kirim lagi hanya bila datanya salah.</source>
        <translation>Not eligible for this scheme; send again only if the data is wrong.</translation>
    </message>
    <message>
        <source>Tambahkan kolom {field}, atau pilih kolomnya saat mengimpor.</source>
        <translation>Add a {field} column, or choose its column when importing.</translation>
    </message>
    <message>
        <source>Membaca berkas…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <source>Memeriksa baris…</source>
        <translation>Checking rows…</translation>
    </message>
    <message>
        <source>Menyimpan peserta…</source>
        <translation>Saving participants…</translation>
    </message>
    <message>
        <source>Kolom {field} belum dipilih: %n baris ditolak karena itu. Pilih kolom yang berisi {field} (langkah Periksa kolom, atau --map KOLOM={key}).</source>
        <translation>No column is chosen for {field}: %n row is refused because of it. Choose the column that holds {field} (the Check columns step, or --map COLUMN={key}).|No column is chosen for {field}: %n rows are refused because of it. Choose the column that holds {field} (the Check columns step, or --map COLUMN={key}).</translation>
    </message>
    <message>
        <source>Kolom {field} belum dipilih (--map KOLOM={key}).</source>
        <translation>No column is chosen for {field} (--map COLUMN={key}).</translation>
    </message>
    <message>
        <source>Kolom {columns} dikenali dengan keyakinan rendah; periksa pilihannya.</source>
        <translation>Recognised with low confidence: column(s) {columns}; check the choices.</translation>
    </message>
    <message>
        <source>Kolom {columns} disembunyikan di berkas; isinya tetap dibaca.</source>
        <translation>Hidden in the file, read anyway: column(s) {columns}.</translation>
    </message>
    <message>
        <source>%n baris disembunyikan di berkas; tetap dibaca dan ditandai.</source>
        <translation>%n row is hidden in the file; it is read and flagged.|%n rows are hidden in the file; they are read and flagged.</translation>
    </message>
    <message>
        <source>Kolom {column} berisi rumus di %n sel; hasil yang tersimpan di berkas yang dipakai.</source>
        <translation>Column {column} holds a formula in %n cell; the result saved in the file is used.|Column {column} holds formulas in %n cells; the results saved in the file are used.</translation>
    </message>
    <message>
        <source>Pilihan kolom yang diingat dari {file} dipakai lagi (judul kolomnya sama).</source>
        <translation>The column choices remembered from {file} are used again (same column headers).</translation>
    </message>
    <message>
        <source>sheet kosong.</source>
        <translation>empty sheet.</translation>
    </message>
    <message>
        <source>rekap atau ringkasan, bukan daftar orang.</source>
        <translation>a recap or summary, not a list of people.</translation>
    </message>
    <message>
        <source>petunjuk atau keterangan, bukan daftar orang.</source>
        <translation>instructions or notes, not a list of people.</translation>
    </message>
    <message>
        <source>hanya judul kolom, belum ada baris data.</source>
        <translation>column headers only, no data rows yet.</translation>
    </message>
    <message>
        <source>tidak ada daftar orang yang dikenali (bila isinya daftar peserta, pilih sheet ini dan kolomnya sendiri).</source>
        <translation>no recognisable list of people (if it is a participant list, choose this sheet and its columns yourself).</translation>
    </message>
    <message>
        <source>tidak dipilih.</source>
        <translation>not chosen.</translation>
    </message>
    <message>
        <source>Sheet &quot;{sheet}&quot; disembunyikan di berkas; tetap dibaca.</source>
        <translation>Sheet &quot;{sheet}&quot; is hidden in the file; it is read anyway.</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <source>Nomor urut (tidak diimpor)</source>
        <translation>Row number (not imported)</translation>
    </message>
    <message>
        <source>Tempat, tanggal lahir</source>
        <translation>Place, date of birth</translation>
    </message>
    <message>
        <source>Jenis kelamin: kolom L</source>
        <translation>Sex: column L</translation>
    </message>
    <message>
        <source>Jenis kelamin: kolom P</source>
        <translation>Sex: column P</translation>
    </message>
    <message>
        <source>RT/RW</source>
        <translation>RT/RW</translation>
    </message>
    <message>
        <source>Desa/Kelurahan (nama atau kode)</source>
        <translation>Village (name or code)</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Ahli waris: nama</source>
        <translation>Heir: name</translation>
    </message>
    <message>
        <source>Ahli waris: hubungan</source>
        <translation>Heir: relationship</translation>
    </message>
    <message>
        <source>Ahli waris: NIK</source>
        <translation>Heir: NIK</translation>
    </message>
    <message>
        <source>Ahli waris: nomor HP</source>
        <translation>Heir: phone number</translation>
    </message>
    <message>
        <source>Status (jawaban BPJS)</source>
        <translation>Status (BPJS answer)</translation>
    </message>
    <message>
        <source>Alasan (jawaban BPJS atau laporan impor)</source>
        <translation>Reason (BPJS answer or import report)</translation>
    </message>
    <message>
        <source>kolom kosong</source>
        <translation>empty column</translation>
    </message>
    <message>
        <source>judul dan isinya tidak dikenali</source>
        <translation>neither its header nor its content is recognised</translation>
    </message>
    <message>
        <source>cocok untuk {field}, tetapi kolom {rival} sudah dipakai untuk itu</source>
        <translation>fits {field}, but column {rival} is already used for it</translation>
    </message>
    <message>
        <source>kolom jawaban BPJS atau laporan impor, tidak diimpor</source>
        <translation>a BPJS answer or import report column, not imported</translation>
    </message>
    <message>
        <source>nomor urut, tidak diimpor</source>
        <translation>row number, not imported</translation>
    </message>
    <message>
        <source>diabaikan atas pilihan Anda</source>
        <translation>ignored as you chose</translation>
    </message>
    <message>
        <source>tersembunyi di berkas</source>
        <translation>hidden in the file</translation>
    </message>
    <message>
        <source>(abaikan kolom ini)</source>
        <translation>(ignore this column)</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Impor daftar desa</source>
        <translation>Import a village list</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>Sheet</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>Baris</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Alasan / peringatan</source>
        <translation>Reasons / warnings</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>BARIS ASLI</source>
        <translation>ORIGINAL ROW</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>ALASAN</source>
        <translation>REASON</translation>
    </message>
    <message>
        <source>YANG PERLU DIPERBAIKI</source>
        <translation>WHAT TO FIX</translation>
    </message>
    <message>
        <source>PERINGATAN</source>
        <translation>WARNINGS</translation>
    </message>
    <message>
        <source>Catatan impor</source>
        <translation>Import notes</translation>
    </message>
    <message>
        <source>HAL</source>
        <translation>ITEM</translation>
    </message>
    <message>
        <source>SHEET</source>
        <translation>SHEET</translation>
    </message>
    <message>
        <source>KOLOM</source>
        <translation>COLUMN</translation>
    </message>
    <message>
        <source>KETERANGAN</source>
        <translation>DETAIL</translation>
    </message>
    <message>
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Kolom tidak dipakai</source>
        <translation>Column not used</translation>
    </message>
    <message>
        <source>Sheet tidak dibaca</source>
        <translation>Sheet not read</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Baris data: {rows}</source>
        <translation>Data rows: {rows}</translation>
    </message>
    <message>
        <source>baru dengan peringatan: {n}</source>
        <translation>new with warnings: {n}</translation>
    </message>
    <message>
        <source>baris kosong: {n}</source>
        <translation>blank rows: {n}</translation>
    </message>
    <message>
        <source>&lt; &amp;Kembali</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Lanjut &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&amp;Impor sekarang</source>
        <translation>&amp;Import now</translation>
    </message>
    <message>
        <source>&amp;Selesai</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Memeriksa berkas…</source>
        <translation>Checking the file…</translation>
    </message>
    <message>
        <source>Impor daftar desa</source>
        <translation>Import a village list</translation>
    </message>
    <message>
        <source>Impor {new} peserta baru dari {file} ke batch draf baru? {other} baris lainnya tidak diimpor dan dapat disimpan sebagai laporan.</source>
        <translation>Import {new} new participants from {file} into a new draft batch? The other {other} rows are not imported and can be saved as a report.</translation>
    </message>
    <message>
        <source>Impor</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Kembali</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Menyimpan peserta…</source>
        <translation>Saving participants…</translation>
    </message>
    <message>
        <source>Simpan laporan baris yang tidak diimpor</source>
        <translation>Save the rows that were not imported</translation>
    </message>
    <message>
        <source>Menulis laporan…</source>
        <translation>Writing the report…</translation>
    </message>
    <message>
        <source>Laporan impor</source>
        <translation>Import report</translation>
    </message>
    <message>
        <source>{count} baris yang tidak diimpor tersimpan di {path}.</source>
        <translation>{count} rows that were not imported were saved to {path}.</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <source>Dibatalkan. Tidak ada yang diubah.</source>
        <translation>Cancelled. Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>KeyFile</name>
    <message>
        <source>{name} bukan berkas kunci publik Lindungi.</source>
        <translation>{name} is not a Lindungi public key file.</translation>
    </message>
    <message>
        <source>Berkas kunci {name} rusak: sidik jari di dalamnya tidak cocok dengan kuncinya. Minta berkas baru dari kantor penerbit.</source>
        <translation>The key file {name} is damaged: the fingerprint in it does not match its key. Ask the issuing office for a new file.</translation>
    </message>
    <message>
        <source>Berkas kunci {name} dibuat oleh Lindungi versi yang lebih baru. Perbarui Lindungi di komputer ini dulu.</source>
        <translation>The key file {name} was made by a newer version of Lindungi. Update Lindungi on this computer first.</translation>
    </message>
</context>
<context>
    <name>KeysTab</name>
    <message>
        <source>&amp;Ekspor kunci publik…</source>
        <translation>&amp;Export public key…</translation>
    </message>
    <message>
        <source>Kantor</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Kode wilayah</source>
        <translation>Region code</translation>
    </message>
    <message>
        <source>Sidik jari</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <source>Diimpor oleh</source>
        <translation>Imported by</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>&amp;Impor kunci kantor lain…</source>
        <translation>&amp;Import another office&apos;s key…</translation>
    </message>
    <message>
        <source>&amp;Hapus dari yang dipercaya…</source>
        <translation>&amp;Remove from the trusted keys…</translation>
    </message>
    <message>
        <source>Kunci kantor ini</source>
        <translation>This office&apos;s key</translation>
    </message>
    <message>
        <source>Bukti yang dicetak kantor ini ditandatangani dengan kunci rahasia yang hanya ada di basis data ini (ikut tersandi bersamanya). Berikan berkas kunci publik kepada kantor lain dan Dinas di kabupaten agar mereka dapat memeriksa bukti dari kantor ini; berkas itu tidak rahasia dan tidak dapat dipakai untuk menandatangani.</source>
        <translation>Slips printed by this office are signed with a private key that exists only in this database (encrypted with it). Give the public key file to the other offices and the Dinas of the regency so they can check this office&apos;s slips; that file is not secret and cannot be used to sign.</translation>
    </message>
    <message>
        <source>Kantor:</source>
        <translation>Office:</translation>
    </message>
    <message>
        <source>Sidik jari:</source>
        <translation>Fingerprint:</translation>
    </message>
    <message>
        <source>Kunci kantor lain yang dipercaya</source>
        <translation>Trusted keys of other offices</translation>
    </message>
    <message>
        <source>Bukti yang ditandatangani salah satu kunci ini diterima sebagai asli, dengan nama kantor penerbitnya.</source>
        <translation>Slips signed with one of these keys are accepted as genuine, with the name of the issuing office.</translation>
    </message>
    <message>
        <source>Hanya admin yang dapat mengimpor atau menghapus kunci kantor lain.</source>
        <translation>Only an admin can import or remove another office&apos;s key.</translation>
    </message>
    <message>
        <source>Ekspor kunci publik</source>
        <translation>Export public key</translation>
    </message>
    <message>
        <source>Kunci publik belum diekspor</source>
        <translation>Public key not exported</translation>
    </message>
    <message>
        <source>Kunci publik</source>
        <translation>Public key</translation>
    </message>
    <message>
        <source>Kunci publik kantor ini ditulis ke {path}.
Sidik jari: {fingerprint}</source>
        <translation>This office&apos;s public key was written to {path}.
Fingerprint: {fingerprint}</translation>
    </message>
    <message>
        <source>Impor kunci kantor lain</source>
        <translation>Import another office&apos;s key</translation>
    </message>
    <message>
        <source>Kunci belum diimpor</source>
        <translation>Key not imported</translation>
    </message>
    <message>
        <source>Kunci dipercaya</source>
        <translation>Key trusted</translation>
    </message>
    <message>
        <source>Bukti dari {office} sekarang dapat diperiksa di sini.</source>
        <translation>Slips from {office} can now be checked here.</translation>
    </message>
    <message>
        <source>Berhenti mempercayai kunci {office} ({fingerprint})? Bukti dari kantor itu tidak lagi dapat dipastikan di sini sampai kuncinya diimpor lagi.</source>
        <translation>Stop trusting the key of {office} ({fingerprint})? Slips from that office can no longer be confirmed here until its key is imported again.</translation>
    </message>
    <message>
        <source>Hapus kunci</source>
        <translation>Remove key</translation>
    </message>
    <message>
        <source>Hapus</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Kunci belum dihapus</source>
        <translation>Key not removed</translation>
    </message>
</context>
<context>
    <name>ListExport</name>
    <message>
        <source>NO</source>
        <translation>NO</translation>
    </message>
    <message>
        <source>NO PENDAFTARAN</source>
        <translation>REGISTRATION NUMBER</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>NAMA LENGKAP</source>
        <translation>FULL NAME</translation>
    </message>
    <message>
        <source>TANGGAL LAHIR</source>
        <translation>DATE OF BIRTH</translation>
    </message>
    <message>
        <source>JENIS KELAMIN</source>
        <translation>SEX</translation>
    </message>
    <message>
        <source>DESA/KELURAHAN</source>
        <translation>VILLAGE</translation>
    </message>
    <message>
        <source>KECAMATAN</source>
        <translation>DISTRICT</translation>
    </message>
    <message>
        <source>PEKERJAAN</source>
        <translation>OCCUPATION</translation>
    </message>
    <message>
        <source>NO HP</source>
        <translation>PHONE</translation>
    </message>
    <message>
        <source>SKEMA</source>
        <translation>SCHEME</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>NO KPJ</source>
        <translation>KPJ NUMBER</translation>
    </message>
    <message>
        <source>BATCH</source>
        <translation>BATCH</translation>
    </message>
    <message>
        <source>KANTOR ASAL</source>
        <translation>OFFICE OF ORIGIN</translation>
    </message>
    <message>
        <source>Tidak ada peserta pada daftar ini; tidak ada yang diekspor.</source>
        <translation>Nobody is on this list; nothing was exported.</translation>
    </message>
    <message>
        <source>Pemeriksaan berkas gagal ({cells}); berkas tidak disimpan.</source>
        <translation>The file check failed ({cells}); the file was not saved.</translation>
    </message>
    <message>
        <source>Menyusun daftar peserta…</source>
        <translation>Building the participant list…</translation>
    </message>
    <message>
        <source>Saringan</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Jumlah peserta</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>NIK dan nomor HP</source>
        <translation>NIK and phone numbers</translation>
    </message>
    <message>
        <source>lengkap (pilihan operator, tercatat di log pemrosesan)</source>
        <translation>in full (the operator&apos;s choice, written to the processing log)</translation>
    </message>
    <message>
        <source>disamarkan</source>
        <translation>masked</translation>
    </message>
    <message>
        <source>Diekspor oleh</source>
        <translation>Exported by</translation>
    </message>
    <message>
        <source>Diekspor pada</source>
        <translation>Exported at</translation>
    </message>
    <message>
        <source>Versi aplikasi</source>
        <translation>App version</translation>
    </message>
    <message>
        <source>KETERANGAN</source>
        <translation>ITEM</translation>
    </message>
    <message>
        <source>ISI</source>
        <translation>VALUE</translation>
    </message>
    <message>
        <source>Ekspor daftar ke Excel</source>
        <translation>Export the list to Excel</translation>
    </message>
    <message>
        <source>Daftar kosong; tidak ada yang diekspor.</source>
        <translation>The list is empty; nothing was exported.</translation>
    </message>
    <message>
        <source>Ekspor {count} peserta pada daftar ini. NIK dan nomor HP:</source>
        <translation>Export the {count} participants on this list. NIK and phone numbers:</translation>
    </message>
    <message>
        <source>Disamarkan (disarankan)</source>
        <translation>Masked (recommended)</translation>
    </message>
    <message>
        <source>Lengkap — pilihan ini dicatat di log pemrosesan</source>
        <translation>In full — this choice is written to the processing log</translation>
    </message>
    <message>
        <source>{count} peserta ditulis ke {file}.</source>
        <translation>{count} participants written to {file}.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Pendaftaran</source>
        <translation>Registration</translation>
    </message>
    <message>
        <source>Data Peserta</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>Impor</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Laporan</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Tukar Data</source>
        <translation>Exchange</translation>
    </message>
    <message>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Kirim ke kantor mitra…</source>
        <translation>&amp;Send to a partner office…</translation>
    </message>
    <message>
        <source>&amp;Terima berkas tukar…</source>
        <translation>&amp;Receive an exchange file…</translation>
    </message>
    <message>
        <source>&amp;Keluar</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>Urungkan</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Ulangi</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>&amp;Cari peserta</source>
        <translation>&amp;Find participant</translation>
    </message>
    <message>
        <source>&amp;Formulir</source>
        <translation>F&amp;orm</translation>
    </message>
    <message>
        <source>Pendaftaran &amp;baru</source>
        <translation>&amp;New registration</translation>
    </message>
    <message>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Simpan &amp;&amp; &amp;Baru</source>
        <translation>Save &amp;&amp; &amp;New</translation>
    </message>
    <message>
        <source>&amp;Cetak Bukti</source>
        <translation>&amp;Print Slip</translation>
    </message>
    <message>
        <source>Bawa ke pendaftaran berikutnya</source>
        <translation>Carry forward to the next registration</translation>
    </message>
    <message>
        <source>B&amp;atch</source>
        <translation>B&amp;atch</translation>
    </message>
    <message>
        <source>&amp;Halaman</source>
        <translation>&amp;Pages</translation>
    </message>
    <message>
        <source>Ban&amp;tuan</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Bantuan singkat</source>
        <translation>&amp;Quick help</translation>
    </message>
    <message>
        <source>&amp;Periksa keaslian bukti…</source>
        <translation>&amp;Verify a slip…</translation>
    </message>
    <message>
        <source>&amp;Tentang Lindungi</source>
        <translation>&amp;About Lindungi</translation>
    </message>
    <message>
        <source>Kirim ke kantor mitra</source>
        <translation>Send to a partner office</translation>
    </message>
    <message>
        <source>Pilih kantor mitra di daftar dulu (atau tambahkan kantor mitra).</source>
        <translation>Choose a partner office in the list first (or add one).</translation>
    </message>
    <message>
        <source>Folder tukar sedang dijalankan.</source>
        <translation>The exchange folder is already running.</translation>
    </message>
    <message>
        <source>Folder tukar: {received} berkas diterima, {sent} dikirim.</source>
        <translation>Exchange folder: {received} file(s) received, {sent} sent.</translation>
    </message>
    <message>
        <source>Basis data: {path}</source>
        <translation>Database: {path}</translation>
    </message>
    <message>
        <source>Belum masuk</source>
        <translation>Not signed in</translation>
    </message>
    <message>
        <source>Masuk sebagai {name} ({role})</source>
        <translation>Signed in as {name} ({role})</translation>
    </message>
    <message numerus="yes">
        <source>%n peserta aktif</source>
        <translation>
            <numerusform>%n active participant</numerusform>
            <numerusform>%n active participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ditampilkan</source>
        <translation>
            <numerusform>%n shown</numerusform>
            <numerusform>%n shown</numerusform>
        </translation>
    </message>
    <message>
        <source>Tutup Lindungi?</source>
        <translation>Close Lindungi?</translation>
    </message>
    <message>
        <source>Ada isian yang belum disimpan. Isian itu disimpan sebagai draf dan ditawarkan lagi saat Lindungi dibuka. Tutup sekarang?</source>
        <translation>There is unsaved input. It is kept as a draft and offered again when Lindungi opens. Close now?</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Kembali</source>
        <translation>Go back</translation>
    </message>
</context>
<context>
    <name>Maintenance</name>
    <message>
        <source>Berkas {path} sudah ada; pilih nama lain agar tidak tertimpa.</source>
        <translation>The file {path} already exists; choose another name so it is not overwritten.</translation>
    </message>
    <message>
        <source>Tidak dapat menulis cadangan ke {path}: {reason}</source>
        <translation>Cannot write the backup to {path}: {reason}</translation>
    </message>
    <message>
        <source>Pilih berkas lain: ini basis data yang sedang dipakai.</source>
        <translation>Choose another file: this is the database in use.</translation>
    </message>
    <message>
        <source>Berkas {path} tidak memuat skema Lindungi yang sah untuk versinya: {items}. Berkas ini diubah di luar Lindungi; pemulihan dibatalkan.</source>
        <translation>{path} does not hold Lindungi&apos;s schema for its version: {items}. The file was changed outside Lindungi; the restore was cancelled.</translation>
    </message>
    <message>
        <source>Berkas {path} bukan cadangan Lindungi yang utuh; pemulihan dibatalkan.</source>
        <translation>The file {path} is not an intact Lindungi backup; restore cancelled.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>2. Periksa sheet dan kolom</source>
        <translation>2. Check sheets and columns</translation>
    </message>
    <message>
        <source>tanpa judul</source>
        <translation>no header</translation>
    </message>
    <message>
        <source>Kolom</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Judul di berkas</source>
        <translation>Header in the file</translation>
    </message>
    <message>
        <source>Contoh isi</source>
        <translation>Sample value</translation>
    </message>
    <message>
        <source>Dipakai untuk</source>
        <translation>Used for</translation>
    </message>
    <message>
        <source>Keyakinan</source>
        <translation>Confidence</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Kolom yang &amp;disorot sudah saya periksa</source>
        <translation>I have checked the &amp;highlighted columns</translation>
    </message>
    <message>
        <source>&amp;Ingat pilihan kolom ini untuk berkas berikutnya dengan judul yang sama</source>
        <translation>&amp;Remember these column choices for the next file with the same headers</translation>
    </message>
    <message>
        <source>Sheet yang dibaca:</source>
        <translation>Sheets read:</translation>
    </message>
    <message>
        <source>&amp;Tabel:</source>
        <translation>&amp;Table:</translation>
    </message>
    <message>
        <source>&amp;Baris judul kolom (nomor baris Excel):</source>
        <translation>Header &amp;row (Excel row number):</translation>
    </message>
    <message>
        <source>{sheet} — {why}</source>
        <translation>{sheet} — {why}</translation>
    </message>
    <message>
        <source>{read} sheet dibaca dari {file}. Ubah isi kolom di kanan bila salah; pratinjau dihitung ulang.</source>
        <translation>{read} sheet(s) read from {file}. Change a column&apos;s field on the right if it is wrong; the preview is recomputed.</translation>
    </message>
    <message>
        <source>{value} — periksa</source>
        <translation>{value} — check</translation>
    </message>
    <message>
        <source>Pratinjau:</source>
        <translation>Preview:</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Gabungkan: orang yang sama</source>
        <translation>Merge: the same person</translation>
    </message>
    <message>
        <source>{name} terdaftar di kantor ini dan di {office} dengan NIK yang sama. Pilih isian mana yang dipakai untuk setiap kolom yang berbeda; satu pendaftaran yang tersisa.</source>
        <translation>{name} is registered at this office and at {office} with the same NIK. Choose which value to keep for each field that differs; one registration remains.</translation>
    </message>
    <message>
        <source>Kolom</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Di sini</source>
        <translation>Here</translation>
    </message>
    <message>
        <source>Masuk</source>
        <translation>Incoming</translation>
    </message>
    <message>
        <source>&amp;Gabungkan</source>
        <translation>&amp;Merge</translation>
    </message>
</context>
<context>
    <name>MessageBox</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Ya</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Tidak</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Month</name>
    <message>
        <source>Januari</source>
        <translation>January</translation>
    </message>
    <message>
        <source>Februari</source>
        <translation>February</translation>
    </message>
    <message>
        <source>Maret</source>
        <translation>March</translation>
    </message>
    <message>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <source>Mei</source>
        <translation>May</translation>
    </message>
    <message>
        <source>Juni</source>
        <translation>June</translation>
    </message>
    <message>
        <source>Juli</source>
        <translation>July</translation>
    </message>
    <message>
        <source>Agustus</source>
        <translation>August</translation>
    </message>
    <message>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <source>Oktober</source>
        <translation>October</translation>
    </message>
    <message>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <source>Desember</source>
        <translation>December</translation>
    </message>
</context>
<context>
    <name>NewBatchDialog</name>
    <message>
        <source>Batch baru</source>
        <translation>New batch</translation>
    </message>
    <message>
        <source>(semua desa)</source>
        <translation>(all villages)</translation>
    </message>
    <message>
        <source>mis. Nenang Agustus 2026</source>
        <translation>e.g. Nenang August 2026</translation>
    </message>
    <message>
        <source>&amp;Skema:</source>
        <translation>&amp;Scheme:</translation>
    </message>
    <message>
        <source>&amp;Desa/Kelurahan:</source>
        <translation>&amp;Village:</translation>
    </message>
    <message>
        <source>&amp;Judul:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>Buat batch</source>
        <translation>Create batch</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Batch baru diisi semua peserta aktif skema ini yang belum pernah masuk batch. Peserta lain dapat ditambahkan dari Data Peserta.</source>
        <translation>A new batch holds every active participant of this scheme who was never in a batch. Others can be added from Participants.</translation>
    </message>
    <message>
        <source>{count} peserta akan masuk batch ini.</source>
        <translation>{count} participants will join this batch.</translation>
    </message>
    <message>
        <source>Tidak ada peserta yang belum masuk batch untuk pilihan ini.</source>
        <translation>No participant outside a batch for this choice.</translation>
    </message>
</context>
<context>
    <name>Nik</name>
    <message>
        <source>{label} wajib diisi.</source>
        <translation>{label} is required.</translation>
    </message>
    <message>
        <source>{label} hanya boleh berisi angka (tertulis &quot;{value}&quot;).</source>
        <translation>{label} may only contain digits (&quot;{value}&quot; was written).</translation>
    </message>
    <message>
        <source>{label} hanya 15 digit: kemungkinan satu digit hilang karena format angka di Excel. Ketik ulang dari kartu aslinya sebagai teks.</source>
        <translation>{label} has only 15 digits: a digit was probably lost to number formatting in Excel. Type it again from the original card, as text.</translation>
    </message>
    <message>
        <source>{label} harus 16 digit (tertulis {count} digit).</source>
        <translation>{label} must be 16 digits ({count} digits were written).</translation>
    </message>
    <message>
        <source>Kode provinsi {code} pada {label} tidak dikenal: {label} tidak valid.</source>
        <translation>Province code {code} in the {label} is unknown: the {label} is not valid.</translation>
    </message>
    <message>
        <source>Kode kabupaten/kota {code} pada {label} tidak ada di daftar Kemendagri; periksa kembali dengan kartu aslinya.</source>
        <translation>Regency/city code {code} in the {label} is not in the Kemendagri list; check it against the original card.</translation>
    </message>
    <message>
        <source>Kode {code} adalah kode lama Kalimantan Utara (sebelum pemekaran 2012); {label} tetap berlaku.</source>
        <translation>Code {code} is an old North Kalimantan code (before the 2012 split); the {label} is still valid.</translation>
    </message>
    <message>
        <source>Kode kecamatan {code} pada {label} tidak ada di daftar Kemendagri; periksa kembali dengan kartu aslinya.</source>
        <translation>District code {code} in the {label} is not in the Kemendagri list; check it against the original card.</translation>
    </message>
    <message>
        <source>Tanggal lahir pada NIK (digit 7–8: {dd}) tidak valid: 01–31 untuk laki-laki, 41–71 untuk perempuan.</source>
        <translation>The day of birth in the NIK (digits 7–8: {dd}) is not valid: 01–31 for men, 41–71 for women.</translation>
    </message>
    <message>
        <source>Tanggal terbit pada Nomor KK (digit 7–8: {dd}) harus 01–31.</source>
        <translation>The issue day in the family card number (digits 7–8: {dd}) must be 01–31.</translation>
    </message>
    <message>
        <source>Bulan pada {label} (digit 9–10: {mm}) harus 01–12.</source>
        <translation>The month in the {label} (digits 9–10: {mm}) must be 01–12.</translation>
    </message>
    <message>
        <source>Tanggal pada {label} ({dd}-{mm}-{yy}) tidak ada di kalender.</source>
        <translation>The date in the {label} ({dd}-{mm}-{yy}) does not exist.</translation>
    </message>
    <message>
        <source>Nomor urut {label} (4 digit terakhir) tidak boleh 0000.</source>
        <translation>The serial of the {label} (last 4 digits) cannot be 0000.</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Nomor KK</source>
        <translation>Family card number</translation>
    </message>
</context>
<context>
    <name>Occupation</name>
    <message>
        <source>Lainnya: {job}</source>
        <translation>Other: {job}</translation>
    </message>
    <message>
        <source>Petani/Pekebun</source>
        <translation>Farmer/Planter</translation>
    </message>
    <message>
        <source>Buruh Tani/Perkebunan</source>
        <translation>Farm/Plantation labourer</translation>
    </message>
    <message>
        <source>Nelayan/Perikanan</source>
        <translation>Fisher</translation>
    </message>
    <message>
        <source>Buruh Nelayan/Perikanan</source>
        <translation>Fishing labourer</translation>
    </message>
    <message>
        <source>Peternak</source>
        <translation>Livestock farmer</translation>
    </message>
    <message>
        <source>Buruh Peternakan</source>
        <translation>Livestock labourer</translation>
    </message>
    <message>
        <source>Buruh Harian Lepas</source>
        <translation>Day labourer</translation>
    </message>
    <message>
        <source>Pedagang (kecil/keliling/kaki lima)</source>
        <translation>Small/street trader</translation>
    </message>
    <message>
        <source>Tukang Ojek</source>
        <translation>Motorcycle taxi driver</translation>
    </message>
    <message>
        <source>Sopir Angkot</source>
        <translation>Minibus driver</translation>
    </message>
    <message>
        <source>Tukang Parkir</source>
        <translation>Parking attendant</translation>
    </message>
    <message>
        <source>Buruh Pelabuhan/Tukang Angkut</source>
        <translation>Port worker/Porter</translation>
    </message>
    <message>
        <source>Kuli Bangunan</source>
        <translation>Construction labourer</translation>
    </message>
    <message>
        <source>Tukang Batu</source>
        <translation>Mason</translation>
    </message>
    <message>
        <source>Tukang Kayu</source>
        <translation>Carpenter</translation>
    </message>
    <message>
        <source>Tukang Las/Pandai Besi</source>
        <translation>Welder/Blacksmith</translation>
    </message>
    <message>
        <source>Tukang Jahit</source>
        <translation>Tailor</translation>
    </message>
    <message>
        <source>Tukang Cukur</source>
        <translation>Barber</translation>
    </message>
    <message>
        <source>Tukang Sol Sepatu</source>
        <translation>Shoe repairer</translation>
    </message>
    <message>
        <source>Pembantu Rumah Tangga</source>
        <translation>Domestic worker</translation>
    </message>
    <message>
        <source>Paraji/Dukun Beranak</source>
        <translation>Traditional birth attendant</translation>
    </message>
    <message>
        <source>Tabib</source>
        <translation>Traditional healer</translation>
    </message>
    <message>
        <source>Penggali Kubur</source>
        <translation>Gravedigger</translation>
    </message>
    <message>
        <source>Penggiat Agama (marbot, guru ngaji)</source>
        <translation>Religious worker (mosque keeper, Quran teacher)</translation>
    </message>
    <message>
        <source>Pekerja Serabutan</source>
        <translation>Odd-job worker</translation>
    </message>
    <message>
        <source>Pelaku UMKM</source>
        <translation>Micro/small business owner</translation>
    </message>
    <message>
        <source>Petugas ad hoc Pilkada</source>
        <translation>Pilkada ad-hoc officer</translation>
    </message>
    <message>
        <source>Lainnya</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>Office</name>
    <message>
        <source>Skema {id} tidak ditemukan.</source>
        <translation>Scheme {id} was not found.</translation>
    </message>
    <message>
        <source>Kode wilayah {code} tidak dikenal.</source>
        <translation>Region code {code} is unknown.</translation>
    </message>
    <message>
        <source>Nama kantor wajib diisi.</source>
        <translation>The office name is required.</translation>
    </message>
    <message>
        <source>Batas umur skema tidak masuk akal ({min_age}–{max_age}).</source>
        <translation>The age window of the scheme makes no sense ({min_age}–{max_age}).</translation>
    </message>
    <message>
        <source>Nama skema wajib diisi.</source>
        <translation>The scheme name is required.</translation>
    </message>
    <message>
        <source>Akhir masa skema ({end}) tidak boleh sebelum awalnya ({start}).</source>
        <translation>The end of the scheme ({end}) cannot be before its start ({start}).</translation>
    </message>
    <message>
        <source>Skema petugas ad hoc memerlukan tanggal mulai dan selesai tugas; tanggal selesai tidak boleh sebelum tanggal mulai.</source>
        <translation>An ad-hoc officers&apos; scheme needs the first and last day of the task; the last day cannot be before the first.</translation>
    </message>
    <message>
        <source>Kelas risiko JKK harus 1 sampai 5.</source>
        <translation>The JKK risk class must be 1 to 5.</translation>
    </message>
    <message>
        <source>Honorarium bawaan tidak boleh negatif.</source>
        <translation>The default honorarium cannot be negative.</translation>
    </message>
    <message>
        <source>Kode kantor &quot;{code}&quot; tidak dapat dipakai: isi 2 sampai {max} huruf besar, angka atau tanda hubung (contoh PPU-WARU), sesuai kode yang diberikan Dinas.</source>
        <translation>Office code &quot;{code}&quot; cannot be used: enter 2 to {max} capital letters, digits or hyphens (e.g. PPU-WARU), as assigned by the Dinas.</translation>
    </message>
    <message>
        <source>Nomor kantor harus 1 sampai 999 (diberikan Dinas).</source>
        <translation>The office number must be 1 to 999 (assigned by the Dinas).</translation>
    </message>
    <message>
        <source>Kode dan nomor kantor tidak dapat diubah lagi: {count} pendaftaran sudah bernomor {prefix}… dan nomor itu tercetak di bukti, rekap dan berkas yang sudah dikirim. Bila nomor dari Dinas memang salah, minta Dinas mencatat nomor ini untuk kantor Anda.</source>
        <translation>The office code and number can no longer be changed: {count} registrations already carry numbers {prefix}… and that number is printed on slips, recaps and files already sent. If the Dinas&apos;s number was wrong, ask the Dinas to record this number for your office.</translation>
    </message>
    <message>
        <source>Nomor kantor {number} sudah dipakai kantor {other} di basis data ini; dua kantor tidak boleh memakai nomor yang sama. Tanyakan nomor yang benar ke Dinas.</source>
        <translation>Office number {number} is already used by office {other} in this database; two offices may not share a number. Ask the Dinas for the right number.</translation>
    </message>
    <message>
        <source>Kode kantor {code} sudah dipakai kantor lain di basis data ini. Tanyakan kode yang benar ke Dinas.</source>
        <translation>Office code {code} is already used by another office in this database. Ask the Dinas for the right code.</translation>
    </message>
    <message>
        <source>Profil kantor belum diisi; isi dulu lewat wizard penyiapan.</source>
        <translation>The office profile is not filled in yet; complete the set-up wizard first.</translation>
    </message>
    <message>
        <source>Kantor ini belum punya kode dan nomor kantor dari Dinas. Isi dulu di Pengaturan › Kantor (atau lindungi office set) sebelum bertukar berkas dengan kantor lain.</source>
        <translation>This office has no office code and number from the Dinas yet. Set them in Settings › Office (or lindungi office set) before exchanging files with other offices.</translation>
    </message>
    <message>
        <source>Nama operator wajib diisi.</source>
        <translation>The operator name is required.</translation>
    </message>
    <message>
        <source>Operator &quot;{name}&quot; tidak terdaftar; tambahkan dulu di Pengaturan › Operator.</source>
        <translation>Operator &quot;{name}&quot; is not registered; add them first in Settings › Operators.</translation>
    </message>
</context>
<context>
    <name>OfficeEditor</name>
    <message>
        <source>Provinsi</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Kabupaten/Kota</source>
        <translation>Regency/City</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Kosongkan kecamatan bila kantor ini tingkat kabupaten/kota (misalnya Dinas).</source>
        <translation>Leave the district empty when this office works at regency/city level (a Dinas, for example).</translation>
    </message>
    <message>
        <source>Nama kantor</source>
        <translation>Office name</translation>
    </message>
    <message>
        <source>Nama pemerintah daerah</source>
        <translation>Local government name</translation>
    </message>
    <message>
        <source>Alamat kantor</source>
        <translation>Office address</translation>
    </message>
    <message>
        <source>Telepon kantor</source>
        <translation>Office phone</translation>
    </message>
    <message>
        <source>Penanda tangan: nama</source>
        <translation>Signatory: name</translation>
    </message>
    <message>
        <source>Penanda tangan: jabatan</source>
        <translation>Signatory: position</translation>
    </message>
    <message>
        <source>Penanda tangan: NIP</source>
        <translation>Signatory: NIP</translation>
    </message>
    <message>
        <source>Petugas pengelola data: nama</source>
        <translation>Data officer: name</translation>
    </message>
    <message>
        <source>Petugas pengelola data: jabatan</source>
        <translation>Data officer: position</translation>
    </message>
    <message>
        <source>Petugas pengelola data: NIP</source>
        <translation>Data officer: NIP</translation>
    </message>
    <message>
        <source>misalnya Kantor Kecamatan Penajam</source>
        <translation>e.g. Kantor Kecamatan Penajam</translation>
    </message>
    <message>
        <source>misalnya Camat</source>
        <translation>e.g. Camat</translation>
    </message>
    <message>
        <source>Kantor Kecamatan {name}</source>
        <translation>Kantor Kecamatan {name}</translation>
    </message>
    <message>
        <source>Pemerintah {name}</source>
        <translation>Pemerintah {name}</translation>
    </message>
    <message>
        <source>provinsi</source>
        <translation>province</translation>
    </message>
    <message>
        <source>kabupaten/kota</source>
        <translation>regency/city</translation>
    </message>
    <message>
        <source>kecamatan</source>
        <translation>district</translation>
    </message>
    <message>
        <source>&quot;{typed}&quot; cocok dengan beberapa {level}: {names}. Ketik lebih lengkap atau pilih dari daftar (panah bawah).</source>
        <translation>&quot;{typed}&quot; fits several: {names} ({level}). Type more of the name or pick from the list (Down arrow).</translation>
    </message>
    <message>
        <source>Tidak ada {level} &quot;{typed}&quot; karena {above} belum dipilih. Pilih {above} dulu.</source>
        <translation>No {level} &quot;{typed}&quot; because no {above} is chosen yet. Choose the {above} first.</translation>
    </message>
    <message>
        <source>Tidak ada {level} &quot;{typed}&quot; di {parent}. Periksa ejaannya, atau pilihan di atasnya.</source>
        <translation>No {level} &quot;{typed}&quot; in {parent}. Check the spelling, or the choice above it.</translation>
    </message>
    <message>
        <source>Pilih provinsi dan kabupaten/kota kantor.</source>
        <translation>Choose the office&apos;s province and regency/city.</translation>
    </message>
    <message>
        <source>NIP penanda tangan</source>
        <translation>Signatory&apos;s NIP</translation>
    </message>
    <message>
        <source>NIP petugas</source>
        <translation>Officer&apos;s NIP</translation>
    </message>
    <message>
        <source>{field} harus 18 angka (atau dikosongkan).</source>
        <translation>{field} must be 18 digits (or left empty).</translation>
    </message>
</context>
<context>
    <name>OfficeIdentity</name>
    <message>
        <source>Desa/Kelurahan</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>District (kecamatan)</translation>
    </message>
    <message>
        <source>Kabupaten/Kota (Dinas)</source>
        <translation>Regency/city (Dinas)</translation>
    </message>
    <message>
        <source>belum diisi</source>
        <translation>not set</translation>
    </message>
</context>
<context>
    <name>OperatorsTab</name>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Ditambahkan</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Terakhir diubah</source>
        <translation>Last changed</translation>
    </message>
    <message>
        <source>Nama operator baru</source>
        <translation>New operator&apos;s name</translation>
    </message>
    <message>
        <source>Tambah operator…</source>
        <translation>Add operator…</translation>
    </message>
    <message>
        <source>Ubah peran…</source>
        <translation>Change role…</translation>
    </message>
    <message>
        <source>Nonaktifkan…</source>
        <translation>Disable…</translation>
    </message>
    <message>
        <source>Atur ulang kata sandi…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <source>Masuk sebagai {name} ({role}).</source>
        <translation>Signed in as {name} ({role}).</translation>
    </message>
    <message>
        <source>Operator mendaftar, mengubah, mengimpor dan mencetak; supervisor juga menghapus, menampilkan NIK lengkap dan mengurus batch; admin juga mengatur kantor, skema, cadangan dan akun operator.</source>
        <translation>Operators register, edit, import and print; supervisors also delete, show full NIKs and handle batches; admins also manage the office, schemes, backups and operator accounts.</translation>
    </message>
    <message>
        <source>Hanya admin yang dapat mengelola akun operator.</source>
        <translation>Only an admin can manage operator accounts.</translation>
    </message>
    <message>
        <source>ya</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>tidak</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Kata sandi untuk {name}</source>
        <translation>Password for {name}</translation>
    </message>
    <message>
        <source>Tambahkan {name} sebagai {role}?</source>
        <translation>Add {name} as {role}?</translation>
    </message>
    <message>
        <source>Tambah operator</source>
        <translation>Add operator</translation>
    </message>
    <message>
        <source>Tambahkan</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Operator belum ditambahkan</source>
        <translation>Operator not added</translation>
    </message>
    <message>
        <source>Ubah peran</source>
        <translation>Change role</translation>
    </message>
    <message>
        <source>Peran baru untuk {name}:</source>
        <translation>New role for {name}:</translation>
    </message>
    <message>
        <source>Ubah</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Peran belum diubah</source>
        <translation>Role not changed</translation>
    </message>
    <message>
        <source>Nonaktifkan {name}? Ia tidak dapat masuk lagi; namanya tetap tercatat pada data yang pernah ia ubah. Admin dapat mengaktifkannya lagi dengan menambahkannya.</source>
        <translation>Disable {name}? They can no longer sign in; their name stays on the data they changed. An admin can enable them again by adding them.</translation>
    </message>
    <message>
        <source>Nonaktifkan operator</source>
        <translation>Disable operator</translation>
    </message>
    <message>
        <source>Nonaktifkan</source>
        <translation>Disable</translation>
    </message>
    <message>
        <source>Operator belum dinonaktifkan</source>
        <translation>Operator not disabled</translation>
    </message>
    <message>
        <source>Kata sandi baru untuk {name}</source>
        <translation>New password for {name}</translation>
    </message>
    <message>
        <source>Ganti kata sandi {name}? Kata sandi lamanya tidak berlaku lagi.</source>
        <translation>Change {name}&apos;s password? The old password stops working.</translation>
    </message>
    <message>
        <source>Atur ulang kata sandi</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>Ganti</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Kata sandi belum diganti</source>
        <translation>Password not changed</translation>
    </message>
</context>
<context>
    <name>OsErrors</name>
    <message>
        <source>Lindungi tidak diizinkan menulis di folder {folder}. Pilih folder lain (misalnya Dokumen), atau minta izin kepada pengelola komputer.</source>
        <translation>Lindungi is not allowed to write in the folder {folder}. Choose another folder (for example Documents), or ask the computer&apos;s administrator for permission.</translation>
    </message>
    <message>
        <source>Folder {folder} hanya dapat dibaca (misalnya flashdisk yang dikunci atau CD). Buka kunci flashdisk (geser tombol kecil di sisinya), atau pilih folder lain.</source>
        <translation>The folder {folder} is read-only (for example a write-protected flash drive or a CD). Unlock the flash drive (slide the small switch on its side), or choose another folder.</translation>
    </message>
    <message>
        <source>Tempat penyimpanan di {folder} penuh. Hapus berkas yang tidak perlu atau pilih flashdisk/folder lain, lalu coba lagi.</source>
        <translation>The storage at {folder} is full. Delete files you no longer need or choose another flash drive/folder, then try again.</translation>
    </message>
    <message>
        <source>Nama atau letak berkas terlalu panjang: {path}. Pilih folder yang lebih dekat (misalnya langsung di Dokumen) atau nama yang lebih pendek.</source>
        <translation>The file name or location is too long: {path}. Choose a folder closer to the top (for example directly in Documents) or a shorter name.</translation>
    </message>
    <message>
        <source>Berkas {name} sedang dibuka di program lain (misalnya Excel atau pembaca PDF). Tutup berkas itu di program tersebut, lalu coba lagi; atau simpan dengan nama lain.</source>
        <translation>The file {name} is open in another program (for example Excel or a PDF viewer). Close it in that program, then try again; or save under another name.</translation>
    </message>
    <message>
        <source>Folder {folder} tidak ada lagi (dipindah, dihapus, atau flashdisk dicabut). Pasang lagi flashdisknya atau pilih folder lain.</source>
        <translation>The folder {folder} is no longer there (moved, deleted, or the flash drive was pulled out). Plug the flash drive back in or choose another folder.</translation>
    </message>
    <message>
        <source>Berkas {path} tidak dapat ditulis ({reason}). Pilih folder lain, lalu coba lagi.</source>
        <translation>The file {path} cannot be written ({reason}). Choose another folder, then try again.</translation>
    </message>
    <message>
        <source>Lindungi tidak diizinkan membuka berkas {name}. Salin berkas itu ke folder Dokumen, lalu pilih salinannya.</source>
        <translation>Lindungi is not allowed to open the file {name}. Copy it to the Documents folder, then choose the copy.</translation>
    </message>
    <message>
        <source>Berkas {name} tidak dapat dibuka dari {folder}. Salin berkas itu ke folder Dokumen, lalu pilih salinannya.</source>
        <translation>The file {name} cannot be opened from {folder}. Copy it to the Documents folder, then choose the copy.</translation>
    </message>
    <message>
        <source>Tempat penyimpanan penuh sehingga berkas {name} tidak dapat dibuka. Hapus berkas yang tidak perlu, lalu coba lagi.</source>
        <translation>The storage is full, so the file {name} cannot be opened. Delete files you no longer need, then try again.</translation>
    </message>
    <message>
        <source>Nama atau letak berkas terlalu panjang: {path}. Pindahkan berkas itu ke folder yang lebih dekat (misalnya Dokumen), lalu pilih lagi.</source>
        <translation>The file name or location is too long: {path}. Move the file to a folder closer to the top (for example Documents), then choose it again.</translation>
    </message>
    <message>
        <source>Berkas {name} sedang dikunci oleh program lain (misalnya Excel). Tutup berkas itu di program tersebut, lalu coba lagi.</source>
        <translation>The file {name} is locked by another program (for example Excel). Close it in that program, then try again.</translation>
    </message>
    <message>
        <source>Berkas {name} tidak ada lagi di {folder} (dipindah, dihapus, atau flashdisk dicabut). Periksa letaknya, lalu pilih lagi.</source>
        <translation>The file {name} is no longer in {folder} (moved, deleted, or the flash drive was pulled out). Check where it is, then choose it again.</translation>
    </message>
    <message>
        <source>Berkas {path} tidak dapat dibaca ({reason}). Salin berkas itu ke folder Dokumen, lalu pilih salinannya.</source>
        <translation>The file {path} cannot be read ({reason}). Copy it to the Documents folder, then choose the copy.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>&amp;Kata sandi berkas:</source>
        <translation>File &amp;password:</translation>
    </message>
    <message>
        <source>&amp;Ulangi:</source>
        <translation>&amp;Again:</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Kata sandi berkas paling sedikit {n} karakter.</source>
        <translation>The file password needs at least {n} characters.</translation>
    </message>
    <message>
        <source>Kedua isian kata sandi tidak sama.</source>
        <translation>The two passwords are not the same.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Simpan kata sandi</source>
        <translation>Save password</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Kata sandi baru:</source>
        <translation>New password:</translation>
    </message>
    <message>
        <source>Ulangi kata sandi:</source>
        <translation>Repeat password:</translation>
    </message>
    <message>
        <source>Kata sandi belum diisi.</source>
        <translation>The password is empty.</translation>
    </message>
    <message>
        <source>Kedua kata sandi tidak sama; ketik ulang.</source>
        <translation>The two passwords differ; type them again.</translation>
    </message>
</context>
<context>
    <name>PeerDialog</name>
    <message>
        <source>Tambah kantor mitra</source>
        <translation>Add a partner office</translation>
    </message>
    <message>
        <source>mis. PPU-WARU</source>
        <translation>e.g. PPU-WARU</translation>
    </message>
    <message>
        <source>belum tahu</source>
        <translation>not known yet</translation>
    </message>
    <message>
        <source>di atas kantor ini (mis. kecamatan, Dinas)</source>
        <translation>above this office (e.g. sub-district, Dinas)</translation>
    </message>
    <message>
        <source>di bawah kantor ini (mis. desa)</source>
        <translation>below this office (e.g. village)</translation>
    </message>
    <message>
        <source>setingkat</source>
        <translation>same level</translation>
    </message>
    <message>
        <source>&amp;Kode kantor:</source>
        <translation>Office &amp;code:</translation>
    </message>
    <message>
        <source>&amp;Nama kantor:</source>
        <translation>Office &amp;name:</translation>
    </message>
    <message>
        <source>N&amp;omor kantor:</source>
        <translation>Office n&amp;umber:</translation>
    </message>
    <message>
        <source>&amp;Letak:</source>
        <translation>&amp;Position:</translation>
    </message>
    <message>
        <source>Kode dan nomor kantor diberikan oleh Dinas; lihat Bantuan › Tentang Lindungi di kantor mitra.</source>
        <translation>The office code and number are given by the Dinas; see Help › About Lindungi at the partner office.</translation>
    </message>
    <message>
        <source>&amp;Tambahkan</source>
        <translation>&amp;Add</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>3. Pratinjau — belum ada yang disimpan</source>
        <translation>3. Preview — nothing saved yet</translation>
    </message>
    <message>
        <source>Semua baris</source>
        <translation>All rows</translation>
    </message>
    <message>
        <source>Tidak diimpor</source>
        <translation>Not imported</translation>
    </message>
    <message>
        <source>Baru dengan peringatan</source>
        <translation>New with warnings</translation>
    </message>
    <message>
        <source>Simpan &amp;laporan baris yang tidak diimpor…</source>
        <translation>Save a &amp;report of the rows not imported…</translation>
    </message>
    <message>
        <source>&amp;Tampilkan:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <source>Berkas yang sama persis sudah pernah diimpor (batch {ids}).</source>
        <translation>The very same file was imported before (batch {ids}).</translation>
    </message>
    <message>
        <source>Sheet &quot;{sheet}&quot; tidak dibaca: {why}</source>
        <translation>Sheet &quot;{sheet}&quot; not read: {why}</translation>
    </message>
    <message>
        <source>&amp;Impor {count} peserta</source>
        <translation>&amp;Import {count} participants</translation>
    </message>
</context>
<context>
    <name>PrintSettings</name>
    <message>
        <source>Tata letak bukti tidak dikenal: {layout}.</source>
        <translation>Unknown slip layout: {layout}.</translation>
    </message>
    <message>
        <source>Berkas logo {path} tidak ditemukan.</source>
        <translation>Logo file {path} not found.</translation>
    </message>
</context>
<context>
    <name>PrintSettingsTab</name>
    <message>
        <source>Dua bukti per halaman A4 (dengan garis potong)</source>
        <translation>Two slips per A4 page (with a cut line)</translation>
    </message>
    <message>
        <source>Satu bukti per halaman A5</source>
        <translation>One slip per A5 page</translation>
    </message>
    <message>
        <source>Cetak NIK lengkap pada bukti (bawaan: disamarkan, 6409********0001)</source>
        <translation>Print the full NIK on slips (default: masked, 6409********0001)</translation>
    </message>
    <message>
        <source>(tanpa logo)</source>
        <translation>(no logo)</translation>
    </message>
    <message>
        <source>&amp;Pilih logo…</source>
        <translation>&amp;Choose logo…</translation>
    </message>
    <message>
        <source>Hapus logo</source>
        <translation>Remove logo</translation>
    </message>
    <message>
        <source>Simpan pengaturan cetak</source>
        <translation>Save print settings</translation>
    </message>
    <message>
        <source>&amp;Tata letak bukti:</source>
        <translation>Slip &amp;layout:</translation>
    </message>
    <message>
        <source>&amp;Logo kop surat:</source>
        <translation>Letterhead &amp;logo:</translation>
    </message>
    <message>
        <source>Pengaturan ini tersimpan di basis data kantor dan berlaku untuk bukti dan berita acara berikutnya, dari jendela maupun dari perintah lindungi.</source>
        <translation>These settings are kept in the office database and apply to the next slips and handover reports, from the window and from the lindungi command.</translation>
    </message>
    <message>
        <source>Pilih logo</source>
        <translation>Choose logo</translation>
    </message>
    <message>
        <source>Pengaturan cetak belum disimpan</source>
        <translation>Print settings not saved</translation>
    </message>
    <message>
        <source>Pengaturan cetak</source>
        <translation>Print settings</translation>
    </message>
    <message>
        <source>Pengaturan cetak tersimpan.</source>
        <translation>Print settings saved.</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Profil kantor belum diisi (Pengaturan → Kantor); dokumen belum dapat dicetak.</source>
        <translation>The office profile is not filled in (Settings → Office); documents cannot be printed yet.</translation>
    </message>
    <message>
        <source>Tidak ada pendaftaran yang dipilih untuk dicetak.</source>
        <translation>No registration was chosen for printing.</translation>
    </message>
    <message>
        <source>Data pendaftaran yang akan dicetak tidak ditemukan.</source>
        <translation>The registration to print was not found.</translation>
    </message>
    <message>
        <source>Pendaftaran {number} ({name}) sudah dihapus; buktinya tidak dicetak.</source>
        <translation>Registration {number} ({name}) has been deleted; its slip is not printed.</translation>
    </message>
    <message>
        <source>Nomor pendaftaran &quot;{number}&quot; tidak dikenal (periksa angka terakhirnya).</source>
        <translation>Registration number &quot;{number}&quot; is unknown (check its last digit).</translation>
    </message>
    <message>
        <source>Batch {id} tidak berisi pendaftaran aktif.</source>
        <translation>Batch {id} holds no active registrations.</translation>
    </message>
    <message>
        <source>Bukti yang sama baru saja dicetak dari komputer lain. Cetak sekali lagi.</source>
        <translation>The same slip was just printed from another computer. Print once more.</translation>
    </message>
    <message>
        <source>Mencetak bukti {done} dari {total}</source>
        <translation>Printing slip {done} of {total}</translation>
    </message>
    <message>
        <source>Menyusun berita acara: halaman {page}</source>
        <translation>Laying out the handover report: page {page}</translation>
    </message>
    <message>
        <source>Bukti pendaftaran</source>
        <translation>Enrolment slips</translation>
    </message>
    <message>
        <source>Cetak bukti pendaftaran</source>
        <translation>Print enrolment slips</translation>
    </message>
    <message>
        <source>Cetak semua bukti batch {id}</source>
        <translation>Print all slips of batch {id}</translation>
    </message>
    <message>
        <source>Cetak berita acara batch {id}</source>
        <translation>Print handover report of batch {id}</translation>
    </message>
</context>
<context>
    <name>Purge</name>
    <message>
        <source>Masa simpan harus {low} sampai {high} tahun.</source>
        <translation>The retention period must be {low} to {high} years.</translation>
    </message>
    <message>
        <source>Tidak ada skema yang berakhir lebih dari {years} tahun lalu dengan data pribadi yang masih tersimpan.</source>
        <translation>No scheme that ended more than {years} years ago still holds personal data.</translation>
    </message>
    <message>
        <source>Jumlah orang berubah sejak dikonfirmasi ({confirmed} → {now}); tidak ada yang dihapus. Periksa lagi lalu konfirmasi ulang.</source>
        <translation>The number of people changed since it was confirmed ({confirmed} → {now}); nothing was purged. Check again and confirm again.</translation>
    </message>
</context>
<context>
    <name>PurgeTab</name>
    <message>
        <source> tahun</source>
        <translation> years</translation>
    </message>
    <message>
        <source>Simpan masa simpan</source>
        <translation>Save retention period</translation>
    </message>
    <message>
        <source>Skema</source>
        <translation>Scheme</translation>
    </message>
    <message>
        <source>Berakhir</source>
        <translation>Ended</translation>
    </message>
    <message>
        <source>Orang</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Hapus data pribadinya…</source>
        <translation>Purge their personal data…</translation>
    </message>
    <message>
        <source>Data pribadi peserta skema yang berakhir lebih lama dari masa simpan dapat dihapus oleh admin. Angka untuk Laporan tetap; catatan penghapusan masuk ke log pemrosesan.</source>
        <translation>An admin can purge the personal data of participants of schemes that ended longer ago than the retention period. The Reports figures stay; the purge is written to the processing log.</translation>
    </message>
    <message>
        <source>Masa simpan:</source>
        <translation>Retention period:</translation>
    </message>
    <message>
        <source>{people} orang dari {schemes} skema melewati masa simpan.</source>
        <translation>{people} people in {schemes} schemes are past the retention period.</translation>
    </message>
    <message>
        <source>Perhatian: cadangan berikut dibuat sebelum penghapusan terakhir dan masih memuat data yang sudah dihapus:
{paths}</source>
        <translation>Warning: these backups were made before the last purge and still hold the purged data:
{paths}</translation>
    </message>
    <message>
        <source>Masa simpan</source>
        <translation>Retention period</translation>
    </message>
    <message>
        <source>Hapus data pribadi</source>
        <translation>Purge personal data</translation>
    </message>
    <message>
        <source>Data pribadi {people} orang (NIK, nama, ibu kandung, alamat, HP, ahli waris, KPJ) dari {schemes} skema akan dihapus dan tidak dapat dikembalikan. Angka untuk Laporan tetap. Lanjutkan?</source>
        <translation>The personal data of {people} people (NIK, name, mother&apos;s name, address, phone, heirs, KPJ) in {schemes} schemes will be purged and cannot be brought back. The Reports figures stay. Continue?</translation>
    </message>
    <message>
        <source>Hapus data {people} orang</source>
        <translation>Purge the data of {people} people</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Data pribadi {people} orang sudah dihapus.</source>
        <translation>The personal data of {people} people has been purged.</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Membatalkan…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>Rates</name>
    <message>
        <source>Tabel iuran {version} tidak ada.</source>
        <translation>There is no contribution table {version}.</translation>
    </message>
    <message>
        <source>Tabel {version} tidak punya golongan yang mulai dari Rp{income_min}.</source>
        <translation>Table {version} has no bracket starting at Rp{income_min}.</translation>
    </message>
    <message>
        <source>Nilai iuran dan penghasilan tidak boleh negatif.</source>
        <translation>Contributions and incomes cannot be negative.</translation>
    </message>
</context>
<context>
    <name>RatesView</name>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;Versi {version}, berlaku {date}. {basis}</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;Version {version}, effective {date}. {basis}</translation>
    </message>
    <message>
        <source>Penghasilan dari</source>
        <translation>Income from</translation>
    </message>
    <message>
        <source>sampai</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Dasar penghasilan</source>
        <translation>Income base</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>terkonfirmasi</source>
        <translation>confirmed</translation>
    </message>
    <message>
        <source>transkripsi (belum dipastikan)</source>
        <translation>transcribed (not yet confirmed)</translation>
    </message>
    <message>
        <source>Hanya baris pertama (penghasilan s.d. Rp1.099.000 → Rp16.800 untuk JKK + JKM) yang dipastikan oleh sumber terkini; itulah tarif yang dipakai semua skema pekerja rentan. Baris lain berasal dari transkripsi PP 44/2015 Lampiran II dan perlu dicek sebelum dipakai.</source>
        <translation>Only the first row (income up to Rp1.099.000 → Rp16.800 for JKK + JKM) is confirmed by current sources; it is the rate every vulnerable-worker scheme uses. The other rows come from a transcription of PP 44/2015 Annex II and need checking before use.</translation>
    </message>
</context>
<context>
    <name>Recap</name>
    <message>
        <source>BERITA ACARA SERAH TERIMA DATA PESERTA</source>
        <translation>HANDOVER REPORT OF PARTICIPANT DATA</translation>
    </message>
    <message>
        <source>Pendaftaran Pekerja Rentan sebagai Peserta BPJS Ketenagakerjaan (Program {programs})</source>
        <translation>Enrolment of vulnerable workers as BPJS Ketenagakerjaan participants (programs {programs})</translation>
    </message>
    <message>
        <source>Skema</source>
        <translation>Scheme</translation>
    </message>
    <message>
        <source>Iuran dibayar oleh</source>
        <translation>Contribution paid by</translation>
    </message>
    <message>
        <source>Nomor PKS</source>
        <translation>PKS agreement number</translation>
    </message>
    <message>
        <source>Nomor batch</source>
        <translation>Batch number</translation>
    </message>
    <message>
        <source>Tanggal batch</source>
        <translation>Batch date</translation>
    </message>
    <message>
        <source>Masa perlindungan</source>
        <translation>Coverage period</translation>
    </message>
    <message>
        <source>Jumlah peserta</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>{total} orang (laki-laki {men}, perempuan {women})</source>
        <translation>{total} people ({men} men, {women} women)</translation>
    </message>
    <message>
        <source>Pada tanggal {date}, {office} menyerahkan data {total} peserta pekerja rentan dalam batch {batch} untuk didaftarkan sebagai peserta BPJS Ketenagakerjaan, dengan rincian sebagai berikut.</source>
        <translation>On {date}, {office} hands over the data of {total} vulnerable workers in batch {batch} for enrolment as BPJS Ketenagakerjaan participants, as detailed below.</translation>
    </message>
    <message>
        <source>Yang menyerahkan,</source>
        <translation>Handed over by,</translation>
    </message>
    <message>
        <source>Mengetahui,</source>
        <translation>Acknowledged by,</translation>
    </message>
    <message>
        <source>Yang menerima,</source>
        <translation>Received by,</translation>
    </message>
    <message>
        <source>Dinas / BPJS Ketenagakerjaan</source>
        <translation>Dinas / BPJS Ketenagakerjaan</translation>
    </message>
    <message>
        <source>Tanggal kirim</source>
        <translation>Date sent</translation>
    </message>
    <message>
        <source>Nomor surat pengantar</source>
        <translation>Cover letter number</translation>
    </message>
    <message>
        <source>Penerima</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>DRAF</source>
        <translation>DRAFT</translation>
    </message>
    <message>
        <source>DRAF — batch belum diekspor, daftar masih dapat berubah: bukan untuk ditandatangani</source>
        <translation>DRAFT — batch not exported yet, the list may still change: not for signature</translation>
    </message>
    <message>
        <source>Dicetak {date} oleh {operator}</source>
        <translation>Printed {date} by {operator}</translation>
    </message>
    <message>
        <source>Berita acara batch {batch} — {office}</source>
        <translation>Handover report, batch {batch} — {office}</translation>
    </message>
    <message>
        <source>Catatan: {count} pendaftaran dalam batch ini sudah dihapus dan tidak dicantumkan.</source>
        <translation>Note: {count} registrations in this batch were deleted and are not listed.</translation>
    </message>
    <message>
        <source>Status batch</source>
        <translation>Batch status</translation>
    </message>
    <message>
        <source>Jenis batch</source>
        <translation>Batch type</translation>
    </message>
    <message>
        <source>Pendaftaran Petugas Ad Hoc sebagai Peserta BPJS Ketenagakerjaan Penerima Upah (Program {programs}, iuran dihitung per hari tugas)</source>
        <translation>Registration of ad-hoc task officers as BPJS Ketenagakerjaan wage-earner participants ({programs} programmes, contributions counted by task day)</translation>
    </message>
    <message>
        <source>Pada tanggal {date}, {office} menyerahkan data {total} petugas ad hoc dalam batch {batch} untuk didaftarkan sebagai peserta BPJS Ketenagakerjaan, dengan rincian sebagai berikut.</source>
        <translation>On {date}, {office} hands over the data of {total} ad-hoc task officers in batch {batch} for registration as BPJS Ketenagakerjaan participants, as detailed below.</translation>
    </message>
    <message>
        <source>Instansi pelaksana</source>
        <translation>Engaging agency</translation>
    </message>
    <message>
        <source>Masa tugas (perlindungan)</source>
        <translation>Task period (coverage)</translation>
    </message>
    <message>
        <source>Kelas risiko JKK</source>
        <translation>JKK risk class</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>{post} · honorarium {honorarium}</source>
        <translation>{post} · honorarium {honorarium}</translation>
    </message>
    <message>
        <source>Perpanjangan kepesertaan dari skema {name} (KPJ lama tetap)</source>
        <translation>Renewal of membership from scheme {name} (existing KPJ numbers kept)</translation>
    </message>
</context>
<context>
    <name>RecapPdf</name>
    <message>
        <source>Halaman {page} dari {total}</source>
        <translation>Page {page} of {total}</translation>
    </message>
    <message>
        <source>NIP {nip}</source>
        <translation>NIP {nip}</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Tempat/Tgl Lahir</source>
        <translation>Place/date of birth</translation>
    </message>
    <message>
        <source>L/P</source>
        <translation>M/F</translation>
    </message>
    <message>
        <source>Desa</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Pekerjaan</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>Desa/Kelurahan</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Jumlah</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Daftar peserta</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Rekapitulasi menurut desa/kelurahan dan jenis kelamin</source>
        <translation>Totals by village and sex</translation>
    </message>
    <message>
        <source>Iuran</source>
        <translation>Contributions</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>KPJ</source>
        <translation>KPJ</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Tgl lahir</source>
        <translation>Born</translation>
    </message>
    <message>
        <source>L/P</source>
        <translation>M/F</translation>
    </message>
    <message>
        <source>Desa/Kelurahan</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Pekerjaan</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>Skema</source>
        <translation>Scheme</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Kantor asal</source>
        <translation>Office of origin</translation>
    </message>
    <message>
        <source>Klik untuk mengurutkan</source>
        <translation>Click to sort</translation>
    </message>
    <message>
        <source>Dihapus</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Diterima BPJS</source>
        <translation>Accepted by BPJS</translation>
    </message>
    <message>
        <source>Ditolak BPJS</source>
        <translation>Rejected by BPJS</translation>
    </message>
    <message>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <source>(tanpa kode kantor)</source>
        <translation>(no office code)</translation>
    </message>
    <message>
        <source>{code} — kantor ini</source>
        <translation>{code} — this office</translation>
    </message>
</context>
<context>
    <name>RecordsPage</name>
    <message>
        <source>Buka</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Hapus…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>Pulihkan…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <source>Cetak bukti</source>
        <translation>Print slips</translation>
    </message>
    <message>
        <source>Tambah ke batch…</source>
        <translation>Add to batch…</translation>
    </message>
    <message>
        <source>Tampilkan NIK lengkap</source>
        <translation>Show full NIK</translation>
    </message>
    <message>
        <source>Ekspor daftar…</source>
        <translation>Export list…</translation>
    </message>
    <message>
        <source>Cek ganda antar kantor…</source>
        <translation>Cross-office duplicates…</translation>
    </message>
    <message>
        <source>Orang yang tampaknya terdaftar di dua kantor dengan NIK berbeda</source>
        <translation>People who seem registered at two offices under different NIKs</translation>
    </message>
    <message>
        <source>NIK lengkap</source>
        <translation>Full NIK</translation>
    </message>
    <message numerus="yes">
        <source>%n peserta cocok</source>
        <translation>
            <numerusform>%n participant matches</numerusform>
            <numerusform>%n participants match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Konflik (%n)</source>
        <translation>
            <numerusform>Conflicts (%n)</numerusform>
            <numerusform>Conflicts (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Perubahan dari kantor lain yang berbeda dengan data di sini; putuskan mana yang benar.</source>
        <translation>Changes from other offices that differ from the data here; decide which is right.</translation>
    </message>
    <message>
        <source>Pilih peserta (aktif) di daftar dulu.</source>
        <translation>Choose (active) participants in the list first.</translation>
    </message>
    <message>
        <source>Tambah ke batch</source>
        <translation>Add to batch</translation>
    </message>
    <message>
        <source>Hapus data</source>
        <translation>Delete record</translation>
    </message>
    <message>
        <source>Data ini sudah dihapus. Pulihkan dengan Ctrl+R.</source>
        <translation>This record is already deleted. Restore it with Ctrl+R.</translation>
    </message>
    <message>
        <source>Hapus {number} {name}? Data tetap tersimpan untuk log dan dapat dipulihkan kapan saja (Data Peserta › Pulihkan, Ctrl+R).

Alasan penghapusan:</source>
        <translation>Delete {number} {name}? The record is kept for the log and can be restored at any time (Participants › Restore, Ctrl+R).

Reason for deletion:</translation>
    </message>
    <message>
        <source>Alasan penghapusan wajib diisi (misalnya: terdaftar dua kali, meninggal, pindah). Tulis alasannya, atau tekan Batal.

Alasan penghapusan:</source>
        <translation>A reason for the deletion is required (for example: registered twice, died, moved away). Type the reason, or press Cancel.

Reason for deletion:</translation>
    </message>
    <message>
        <source>Pulihkan data</source>
        <translation>Restore record</translation>
    </message>
    <message>
        <source>Data ini tidak terhapus.</source>
        <translation>This record is not deleted.</translation>
    </message>
    <message>
        <source>Pulihkan {number} {name}? Data ini dihapus dengan alasan: {reason}</source>
        <translation>Restore {number} {name}? It was deleted with the reason: {reason}</translation>
    </message>
    <message>
        <source>Pulihkan</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Tidak dapat memulihkan</source>
        <translation>Cannot restore</translation>
    </message>
    <message>
        <source>Hapus data peserta</source>
        <translation>Delete participant</translation>
    </message>
    <message>
        <source>Cek ganda antar kantor</source>
        <translation>Cross-office duplicates</translation>
    </message>
    <message>
        <source>Tidak dapat menghapus</source>
        <translation>Cannot delete</translation>
    </message>
</context>
<context>
    <name>RecoverySheet</name>
    <message>
        <source>LEMBAR PEMULIHAN DATA LINDUNGI</source>
        <translation>LINDUNGI DATA RECOVERY SHEET</translation>
    </message>
    <message>
        <source>SIMPAN DI KANTOR, JANGAN BERSAMA LAPTOP</source>
        <translation>KEEP IN THE OFFICE, NEVER WITH THE LAPTOP</translation>
    </message>
    <message>
        <source>Kantor: {office}</source>
        <translation>Office: {office}</translation>
    </message>
    <message>
        <source>Basis data: {name}</source>
        <translation>Database: {name}</translation>
    </message>
    <message>
        <source>Dibuat: {date} oleh {operator}</source>
        <translation>Made: {date} by {operator}</translation>
    </message>
    <message>
        <source>Kunci pemulihan:</source>
        <translation>Recovery key:</translation>
    </message>
    <message>
        <source>Cara memakai: di layar masuk Lindungi pilih &quot;Lupa kata sandi…&quot;.</source>
        <translation>How to use it: on Lindungi&apos;s sign-in screen choose &quot;Forgot password…&quot;.</translation>
    </message>
    <message>
        <source>Ketik kunci di atas (tanda hubung boleh dilewati) atau pindai kode QR.</source>
        <translation>Type the key above (the dashes may be left out) or scan the QR code.</translation>
    </message>
    <message>
        <source>Isi nama admin dan kata sandi baru; data kantor terbuka lagi.</source>
        <translation>Enter the admin name and a new password; the office&apos;s data opens again.</translation>
    </message>
    <message>
        <source>Kunci ini membuka semua data pekerja kantor ini: siapa pun yang memegang </source>
        <translation>This key opens all workers&apos; data of this office: whoever holds </translation>
    </message>
    <message>
        <source>lembar ini dan salinan basis datanya dapat membacanya.</source>
        <translation>this sheet and a copy of the database can read it.</translation>
    </message>
    <message>
        <source>Bila semua kata sandi DAN lembar ini hilang, data tidak dapat dibuka lagi</source>
        <translation>If all passwords AND this sheet are lost, the data cannot be opened again</translation>
    </message>
    <message>
        <source>oleh siapa pun, termasuk pembuat Lindungi.</source>
        <translation>by anyone, including Lindungi&apos;s makers.</translation>
    </message>
    <message>
        <source>Simpan dalam amplop tertutup di lemari terkunci kantor atau Dinas; catat di buku arsip.</source>
        <translation>Keep it in a sealed envelope in a locked cabinet of the office or the Dinas; note it in the archive book.</translation>
    </message>
</context>
<context>
    <name>RegionSearchDialog</name>
    <message>
        <source>Cari wilayah</source>
        <translation>Find a region</translation>
    </message>
    <message>
        <source>Ketik sebagian nama, misalnya &quot;sepaku&quot;</source>
        <translation>Type part of the name, e.g. &quot;sepaku&quot;</translation>
    </message>
    <message>
        <source>Pilih</source>
        <translation>Choose</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Nama wilayah:</source>
        <translation>Region name:</translation>
    </message>
</context>
<context>
    <name>Registration</name>
    <message>
        <source>Laki-laki</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Perempuan</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>L</source>
        <translation>M</translation>
    </message>
    <message>
        <source>P</source>
        <translation>F</translation>
    </message>
    <message>
        <source>Pelaksanaan tugas pelayanan publik</source>
        <translation>Performing a public-service task</translation>
    </message>
    <message>
        <source>Persetujuan tertulis/lisan peserta</source>
        <translation>Participant&apos;s written/oral consent</translation>
    </message>
    <message>
        <source>(tidak dicatat)</source>
        <translation>(not recorded)</translation>
    </message>
    <message>
        <source>Belum kawin</source>
        <translation>Single</translation>
    </message>
    <message>
        <source>Kawin</source>
        <translation>Married</translation>
    </message>
    <message>
        <source>Cerai hidup</source>
        <translation>Divorced</translation>
    </message>
    <message>
        <source>Cerai mati</source>
        <translation>Widowed</translation>
    </message>
    <message>
        <source>Dihapus</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Diterima BPJS</source>
        <translation>Accepted by BPJS</translation>
    </message>
    <message>
        <source>Ditolak BPJS</source>
        <translation>Rejected by BPJS</translation>
    </message>
    <message>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
</context>
<context>
    <name>RegistrationForm</name>
    <message>
        <source>Wilayah &amp;lain…</source>
        <translation>&amp;Other region…</translation>
    </message>
    <message>
        <source>Cari kecamatan di luar kabupaten kantor (Alt+L)</source>
        <translation>Find a district outside the office&apos;s regency (Alt+L)</translation>
    </message>
    <message>
        <source>boleh kosong — Tab melewatinya; isi dengan klik atau Shift+Tab</source>
        <translation>optional — Tab passes it; click or Shift+Tab to fill it in</translation>
    </message>
    <message>
        <source>Tulis pekerjaannya</source>
        <translation>Write the occupation</translation>
    </message>
    <message>
        <source>JKK dan JKM selalu termasuk.</source>
        <translation>JKK and JKM are always included.</translation>
    </message>
    <message>
        <source>(belum ada jawaban)</source>
        <translation>(no answer yet)</translation>
    </message>
    <message>
        <source>Diterima</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Ditolak</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Tetap</source>
        <translation>Keep</translation>
    </message>
    <message>
        <source>Bawa isian ini ke pendaftaran berikutnya (Simpan &amp; Baru)</source>
        <translation>Carry this value to the next registration (Save &amp; New)</translation>
    </message>
    <message>
        <source>Identitas peserta</source>
        <translation>Participant&apos;s identity</translation>
    </message>
    <message>
        <source>Alamat dan kontak</source>
        <translation>Address and contact</translation>
    </message>
    <message>
        <source>RT</source>
        <translation>RT</translation>
    </message>
    <message>
        <source>RW</source>
        <translation>RW</translation>
    </message>
    <message>
        <source>RT / RW</source>
        <translation>RT / RW</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Pekerjaan</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>Ahli waris</source>
        <translation>Heirs</translation>
    </message>
    <message>
        <source>Kepesertaan</source>
        <translation>Membership</translation>
    </message>
    <message>
        <source>s.d.</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Masa perlindungan</source>
        <translation>Coverage period</translation>
    </message>
    <message>
        <source>Dasar pemrosesan data dan catatan</source>
        <translation>Legal basis and notes</translation>
    </message>
    <message>
        <source>Jawaban BPJS</source>
        <translation>BPJS&apos;s answer</translation>
    </message>
    <message>
        <source>Status BPJS</source>
        <translation>BPJS status</translation>
    </message>
    <message>
        <source>Alasan penolakan</source>
        <translation>Reason for rejection</translation>
    </message>
    <message>
        <source>Tarif iuran skema ini tidak ditemukan.</source>
        <translation>This scheme&apos;s contribution table was not found.</translation>
    </message>
    <message>
        <source>Iuran {amount} per bulan</source>
        <translation>Contribution {amount} per month</translation>
    </message>
    <message>
        <source>Iuran {rate} per hari × {days} hari = {total}</source>
        <translation>Contribution {rate} a day × {days} days = {total}</translation>
    </message>
    <message>
        <source>Terbit di: {place}</source>
        <translation>Issued in: {place}</translation>
    </message>
    <message>
        <source>Tanggal &quot;{value}&quot; tidak dapat dibaca; tulis seperti 17/08/1990.</source>
        <translation>The date &quot;{value}&quot; cannot be read; write it like 17/08/1990.</translation>
    </message>
    <message>
        <source>Jumlah &quot;{value}&quot; tidak dapat dibaca; tulis angka saja.</source>
        <translation>The amount &quot;{value}&quot; cannot be read; write digits only.</translation>
    </message>
    <message>
        <source>Kecamatan &quot;{value}&quot; tidak ada di daftar; pilih dari daftar atau tekan Alt+L untuk mencari di seluruh Indonesia.</source>
        <translation>District &quot;{value}&quot; is not in the list; choose from the list or press Alt+L to search all of Indonesia.</translation>
    </message>
    <message>
        <source>Desa/kelurahan &quot;{value}&quot; tidak ada di kecamatan ini.</source>
        <translation>Village &quot;{value}&quot; is not in this district.</translation>
    </message>
    <message>
        <source>Bulan &quot;{value}&quot; tidak ada dalam masa skema.</source>
        <translation>Month &quot;{value}&quot; is not within the scheme period.</translation>
    </message>
    <message>
        <source>{label} baru 15 angka; harus 16. Satu angka mungkin terlewat — cocokkan lagi dengan kartunya.</source>
        <translation>{label} has only 15 digits; it needs 16. A digit may have been left out — check it against the card again.</translation>
    </message>
</context>
<context>
    <name>RegistrationPage</name>
    <message>
        <source>Baru</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Mulai pendaftaran baru (Ctrl+N)</source>
        <translation>Start a new registration (Ctrl+N)</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Simpan (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>Simpan &amp;&amp; Baru</source>
        <translation>Save &amp;&amp; New</translation>
    </message>
    <message>
        <source>Cetak Bukti</source>
        <translation>Print Slip</translation>
    </message>
    <message>
        <source>Pendaftaran baru</source>
        <translation>New registration</translation>
    </message>
    <message>
        <source>Mengubah data {number}</source>
        <translation>Editing {number}</translation>
    </message>
    <message>
        <source>TERHAPUS ({reason})</source>
        <translation>DELETED ({reason})</translation>
    </message>
    <message>
        <source>Didaftarkan oleh {who} pada {when}</source>
        <translation>Registered by {who} on {when}</translation>
    </message>
    <message>
        <source>terakhir diubah oleh {who} pada {when}</source>
        <translation>last changed by {who} on {when}</translation>
    </message>
    <message>
        <source>Buang perubahan?</source>
        <translation>Discard changes?</translation>
    </message>
    <message>
        <source>Isian yang belum disimpan akan dibuang. Lanjutkan?</source>
        <translation>The unsaved input will be discarded. Continue?</translation>
    </message>
    <message>
        <source>Buang</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Kembali ke isian</source>
        <translation>Back to the form</translation>
    </message>
    <message>
        <source>Data ini sudah dihapus; pulihkan dulu (Pulihkan di Data Peserta) sebelum mengubahnya.</source>
        <translation>This record is deleted; restore it first (Restore in Participants) before changing it.</translation>
    </message>
    <message>
        <source>Mulai dengan NIK peserta.</source>
        <translation>Start with the participant&apos;s NIK.</translation>
    </message>
    <message>
        <source>Belum ada perubahan.</source>
        <translation>Nothing changed yet.</translation>
    </message>
    <message>
        <source>B&amp;uka data {number}</source>
        <translation>&amp;Open record {number}</translation>
    </message>
    <message>
        <source>Buka data yang sudah terdaftar dengan NIK ini (Alt+U)</source>
        <translation>Open the record already registered with this NIK (Alt+O)</translation>
    </message>
    <message numerus="yes">
        <source>Belum dapat disimpan — %n isian perlu diperbaiki: </source>
        <translation>
            <numerusform>Cannot be saved yet — %n field needs fixing: </numerusform>
            <numerusform>Cannot be saved yet — %n fields need fixing: </numerusform>
        </translation>
    </message>
    <message>
        <source>Simpan lalu mulai pendaftaran berikutnya (Ctrl+Shift+S atau Ctrl+Enter)</source>
        <translation>Save, then start the next registration (Ctrl+Shift+S or Ctrl+Enter)</translation>
    </message>
    <message numerus="yes">
        <source>Siap disimpan (%n peringatan).</source>
        <translation>
            <numerusform>Ready to save (%n warning).</numerusform>
            <numerusform>Ready to save (%n warnings).</numerusform>
        </translation>
    </message>
    <message>
        <source>Siap disimpan.</source>
        <translation>Ready to save.</translation>
    </message>
    <message>
        <source>Perubahan {number} ({name}) tersimpan.</source>
        <translation>Changes to {number} ({name}) saved.</translation>
    </message>
    <message>
        <source>Tersimpan sebagai {number}: {name}.</source>
        <translation>Saved as {number}: {name}.</translation>
    </message>
    <message>
        <source>Diurungkan: {action}. Ctrl+Y mengulanginya.</source>
        <translation>Undone: {action}. Ctrl+Y redoes it.</translation>
    </message>
    <message>
        <source>Diulang: {action}.</source>
        <translation>Redone: {action}.</translation>
    </message>
    <message>
        <source>(tanpa nama)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>Ada isian yang belum tersimpan dari {time}: {name} {nik}. Pulihkan isian itu?</source>
        <translation>There is unsaved input from {time}: {name} {nik}. Restore it?</translation>
    </message>
    <message>
        <source>Pulihkan isian?</source>
        <translation>Restore input?</translation>
    </message>
    <message>
        <source>Pulihkan</source>
        <translation>Restore</translation>
    </message>
</context>
<context>
    <name>Registry</name>
    <message>
        <source>NIK ini sudah terdaftar aktif di skema yang sama: {number} atas nama {name}.</source>
        <translation>This NIK is already actively registered in the same scheme: {number} in the name of {name}.</translation>
    </message>
    <message>
        <source>NIK ini juga terdaftar di skema lain ({scheme}): {number} atas nama {name}.</source>
        <translation>This NIK is also registered in another scheme ({scheme}): {number} in the name of {name}.</translation>
    </message>
    <message>
        <source>Ada peserta mirip di desa yang sama dengan tanggal lahir sama: {number} {name} (NIK {nik}). Pastikan bukan orang yang sama.</source>
        <translation>A similar participant with the same date of birth lives in the same village: {number} {name} (NIK {nik}). Make sure it is not the same person.</translation>
    </message>
    <message>
        <source>NIK ini hanya beda 1 angka dari {number} ({name}) — salah ketik?</source>
        <translation>This NIK differs in only one digit from {number} ({name}) — a typing error?</translation>
    </message>
    <message>
        <source>NIK ini sama dengan {number} ({name}) tetapi dua angkanya tertukar — salah ketik?</source>
        <translation>This NIK is the same as {number} ({name}) with two digits swapped — a typing error?</translation>
    </message>
    <message>
        <source>Data belum dapat disimpan: %n kesalahan perlu diperbaiki.</source>
        <translation>The record cannot be saved yet: %n error needs fixing.|The record cannot be saved yet: %n errors need fixing.</translation>
    </message>
    <message>
        <source>Data peserta tidak ditemukan.</source>
        <translation>Participant record not found.</translation>
    </message>
    <message>
        <source>Alasan penghapusan wajib diisi.</source>
        <translation>A reason for the deletion is required.</translation>
    </message>
    <message>
        <source>Data ini sudah dihapus.</source>
        <translation>This record is already deleted.</translation>
    </message>
    <message>
        <source>Data ini tidak dalam keadaan terhapus.</source>
        <translation>This record is not deleted.</translation>
    </message>
    <message>
        <source>Ada peserta yang mirip; periksa dan konfirmasi bahwa ini orang yang berbeda.</source>
        <translation>There is a similar participant; check and confirm that this is a different person.</translation>
    </message>
</context>
<context>
    <name>RenewDialog</name>
    <message>
        <source>Perpanjang ke skema baru</source>
        <translation>Renew into a new scheme</translation>
    </message>
    <message>
        <source>Skema yang &amp;diperpanjang:</source>
        <translation>Scheme to &amp;renew:</translation>
    </message>
    <message>
        <source>&amp;Nama skema baru:</source>
        <translation>&amp;New scheme&apos;s name:</translation>
    </message>
    <message>
        <source>Bulan &amp;awal:</source>
        <translation>&amp;First month:</translation>
    </message>
    <message>
        <source>Bulan a&amp;khir:</source>
        <translation>&amp;Last month:</translation>
    </message>
    <message>
        <source>Nomor &amp;PKS:</source>
        <translation>&amp;PKS number:</translation>
    </message>
    <message>
        <source>A&amp;nggaran (Rp):</source>
        <translation>&amp;Budget (Rp):</translation>
    </message>
    <message>
        <source>&amp;Target peserta:</source>
        <translation>Participant &amp;target:</translation>
    </message>
    <message>
        <source>Skema baru memakai pembayar, tabel iuran, program dan batas umur yang sama. Batch draf perpanjangan berisi peserta yang diterima BPJS, masih aktif dan masih memenuhi syarat umur; nomor KPJ ikut. Yang tidak ikut dicantumkan alasannya.</source>
        <translation>The new scheme keeps the payer, rate table, programs and age limits. The draft renewal batch holds the participants BPJS accepted who are still active and still within the age limits; their KPJ numbers carry over. Everyone left out is listed with the reason.</translation>
    </message>
    <message>
        <source>Perpanjang</source>
        <translation>Renew</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Renewal</name>
    <message>
        <source>Skema {id} tidak ditemukan.</source>
        <translation>Scheme {id} not found.</translation>
    </message>
    <message>
        <source>Skema baru harus dimulai sesudah skema lama berakhir ({end}).</source>
        <translation>The new scheme must start after the old one ends ({end}).</translation>
    </message>
    <message>
        <source>Tidak ada peserta skema {name} yang dapat diperpanjang: {why}</source>
        <translation>Nobody in scheme {name} can be renewed: {why}</translation>
    </message>
    <message>
        <source>Perpanjangan dari {name}</source>
        <translation>Renewal of {name}</translation>
    </message>
    <message>
        <source>data sudah dihapus</source>
        <translation>record deleted</translation>
    </message>
    <message>
        <source>ditolak BPJS</source>
        <translation>rejected by BPJS</translation>
    </message>
    <message>
        <source>belum diterima BPJS</source>
        <translation>not accepted by BPJS yet</translation>
    </message>
    <message>
        <source>umur {age} tahun pada awal skema baru (batas {low}–{high})</source>
        <translation>aged {age} at the new scheme&apos;s start (limits {low}–{high})</translation>
    </message>
    <message>
        <source>Skema {name} adalah skema petugas ad hoc untuk satu tugas dengan tanggal tetap; tidak diperpanjang. Buat skema ad hoc baru untuk tugas berikutnya.</source>
        <translation>Scheme {name} is an ad-hoc officers&apos; scheme for one task of fixed dates; it is not renewed. Create a new ad-hoc scheme for the next task.</translation>
    </message>
    <message>
        <source>perpanjangan dari {number}</source>
        <translation>renewal of {number}</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>LAPORAN KEPESERTAAN BPJS KETENAGAKERJAAN PEKERJA RENTAN</source>
        <translation>BPJS KETENAGAKERJAAN COVERAGE REPORT FOR VULNERABLE WORKERS</translation>
    </message>
    <message>
        <source>{scheme} · {period} · per {date}</source>
        <translation>{scheme} · {period} · as of {date}</translation>
    </message>
    <message>
        <source>Semua skema</source>
        <translation>All schemes</translation>
    </message>
    <message>
        <source>seluruh masa perlindungan</source>
        <translation>whole coverage period</translation>
    </message>
    <message>
        <source>Peserta terdaftar</source>
        <translation>Registered participants</translation>
    </message>
    <message>
        <source>Diterima BPJS (terlindungi)</source>
        <translation>Accepted by BPJS (covered)</translation>
    </message>
    <message>
        <source>Target peserta</source>
        <translation>Participant target</translation>
    </message>
    <message>
        <source>Capaian (diterima terhadap target)</source>
        <translation>Coverage (accepted against target)</translation>
    </message>
    <message>
        <source>Anggaran dialokasikan</source>
        <translation>Budget allocated</translation>
    </message>
    <message>
        <source>Terpakai (peserta diterima)</source>
        <translation>Committed (accepted participants)</translation>
    </message>
    <message>
        <source>Menunggu jawaban BPJS (terkirim)</source>
        <translation>Pending BPJS&apos;s answer (sent)</translation>
    </message>
    <message>
        <source>Sisa anggaran</source>
        <translation>Budget remaining</translation>
    </message>
    <message>
        <source>belum ditetapkan</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>Cakupan per desa/kelurahan menurut status BPJS</source>
        <translation>Coverage per village by BPJS status</translation>
    </message>
    <message>
        <source>Pendaftaran per bulan</source>
        <translation>Registrations per month</translation>
    </message>
    <message>
        <source>Anggaran: dialokasikan, terpakai, menunggu, sisa</source>
        <translation>Budget: allocated, committed, pending, remaining</translation>
    </message>
    <message>
        <source>Menurut status BPJS</source>
        <translation>By BPJS status</translation>
    </message>
    <message>
        <source>Per kecamatan</source>
        <translation>By district</translation>
    </message>
    <message>
        <source>Per desa/kelurahan</source>
        <translation>By village</translation>
    </message>
    <message>
        <source>Per pekerjaan</source>
        <translation>By occupation</translation>
    </message>
    <message>
        <source>Per jenis kelamin</source>
        <translation>By sex</translation>
    </message>
    <message>
        <source>Per kelompok umur</source>
        <translation>By age group</translation>
    </message>
    <message>
        <source>Per kantor asal</source>
        <translation>Per office of origin</translation>
    </message>
    <message>
        <source>Kantor asal</source>
        <translation>Office of origin</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Peserta</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Orang-bulan</source>
        <translation>Person-months</translation>
    </message>
    <message>
        <source>Bulan yang ditanggung</source>
        <translation>Months covered</translation>
    </message>
    <message>
        <source>Orang-hari</source>
        <translation>Person-days</translation>
    </message>
    <message>
        <source>Bulan / hari tugas yang ditanggung</source>
        <translation>Months / task days covered</translation>
    </message>
    <message>
        <source>Iuran (Rp)</source>
        <translation>Contribution (Rp)</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Desa/Kelurahan</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Terdaftar</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Terpakai (Rp)</source>
        <translation>Committed (Rp)</translation>
    </message>
    <message>
        <source>Menunggu (Rp)</source>
        <translation>Pending (Rp)</translation>
    </message>
    <message>
        <source>Pekerjaan</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>Jenis kelamin</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Kelompok umur</source>
        <translation>Age group</translation>
    </message>
    <message>
        <source>Diterima</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Bulan</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Uraian</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Remark</translation>
    </message>
    <message>
        <source>Jumlah</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Kepala kantor,</source>
        <translation>Head of office,</translation>
    </message>
    <message>
        <source>Dicetak {date} oleh {operator}</source>
        <translation>Printed {date} by {operator}</translation>
    </message>
    <message>
        <source>Laporan kepesertaan — {office}</source>
        <translation>Coverage report — {office}</translation>
    </message>
    <message>
        <source>Profil kantor belum diisi; isi dulu di Pengaturan.</source>
        <translation>The office profile is not filled in yet; fill it in under Settings.</translation>
    </message>
    <message>
        <source>Belum batch</source>
        <translation>No batch</translation>
    </message>
    <message>
        <source>Draf</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Diekspor</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>Terkirim</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Ditolak</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Koreksi</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>Ringkasan</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Desa</source>
        <translation>Villages</translation>
    </message>
    <message>
        <source>Umur</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Per bulan</source>
        <translation>Per month</translation>
    </message>
    <message>
        <source>Kantor</source>
        <translation>Office</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>Cetak laporan</source>
        <translation>Print the report</translation>
    </message>
    <message>
        <source>Ekspor laporan ke Excel</source>
        <translation>Export the report to Excel</translation>
    </message>
    <message>
        <source>Laporan ditulis ke {file}.</source>
        <translation>Report written to {file}.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Muat ulang (F5)</source>
        <translation>Reload (F5)</translation>
    </message>
    <message>
        <source>&amp;Skema:</source>
        <translation>&amp;Scheme:</translation>
    </message>
    <message>
        <source>Laporan</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Cakupan</source>
        <translation>Coverage</translation>
    </message>
    <message>
        <source>Anggaran</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>&amp;Dari:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;Sampai:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>Cetak PDF (Ctrl+P)</source>
        <translation>Print PDF (Ctrl+P)</translation>
    </message>
    <message>
        <source>Ekspor Excel (Ctrl+E)</source>
        <translation>Export Excel (Ctrl+E)</translation>
    </message>
    <message>
        <source>(seluruh masa)</source>
        <translation>(whole period)</translation>
    </message>
    <message>
        <source>Grafik</source>
        <translation>Charts</translation>
    </message>
    <message>
        <source>(semua skema)</source>
        <translation>(all schemes)</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>4. Selesai</source>
        <translation>4. Done</translation>
    </message>
    <message>
        <source>Simpan &amp;laporan baris yang tidak diimpor…</source>
        <translation>Save a &amp;report of the rows not imported…</translation>
    </message>
    <message>
        <source>{count} peserta tersimpan di batch draf {batch}.</source>
        <translation>{count} participants saved in draft batch {batch}.</translation>
    </message>
    <message>
        <source>Periksa batch itu di halaman Batch, lalu ekspor dan kirim. Baris yang tidak diimpor dapat disimpan sebagai laporan untuk dikembalikan ke desa.</source>
        <translation>Check that batch on the Batch page, then export and send it. The rows that were not imported can be saved as a report to send back to the village.</translation>
    </message>
    <message>
        <source>&amp;Buka batch {batch}</source>
        <translation>&amp;Open batch {batch}</translation>
    </message>
</context>
<context>
    <name>Results</name>
    <message>
        <source>Batch {id} berstatus &quot;{status}&quot;; jawaban BPJS hanya dicatat untuk batch yang sudah ditandai terkirim (lindungi batch submit {id}).</source>
        <translation>Batch {id} is &quot;{status}&quot;; BPJS answers are only recorded for batches marked as sent (lindungi batch submit {id}).</translation>
    </message>
    <message>
        <source>Tidak ditemukan kolom NIK di {name}; berkas jawaban BPJS perlu kolom NIK dan KPJ dan/atau STATUS.</source>
        <translation>No NIK column found in {name}; a BPJS answer file needs a NIK column plus KPJ and/or STATUS.</translation>
    </message>
    <message>
        <source>Berkas {name} tidak punya kolom KPJ maupun STATUS/ALASAN.</source>
        <translation>File {name} has neither a KPJ nor a STATUS/REASON column.</translation>
    </message>
    <message>
        <source>NIK {nik} tidak ada di batch {batch}; tidak dicocokkan ke siapa pun.</source>
        <translation>NIK {nik} is not in batch {batch}; not matched to anyone.</translation>
    </message>
    <message>
        <source>Nomor KPJ &quot;{kpj}&quot; tidak valid (harus 10–15 angka).</source>
        <translation>KPJ number &quot;{kpj}&quot; is invalid (must be 10–15 digits).</translation>
    </message>
    <message>
        <source>Nomor KPJ {kpj} juga dipakai di baris {row}.</source>
        <translation>KPJ number {kpj} is also used in row {row}.</translation>
    </message>
    <message>
        <source>Nomor KPJ {kpj} sudah tercatat untuk peserta lain ({number}).</source>
        <translation>KPJ number {kpj} is already recorded for another participant ({number}).</translation>
    </message>
    <message>
        <source>NIK ini sudah dijawab di baris {row}.</source>
        <translation>This NIK was already answered in row {row}.</translation>
    </message>
    <message>
        <source>Sudah tercatat &quot;{old}&quot; (KPJ {kpj}); jawaban baru diabaikan, periksa dengan BPJS.</source>
        <translation>Already recorded as &quot;{old}&quot; (KPJ {kpj}); the new answer was ignored — check with BPJS.</translation>
    </message>
    <message>
        <source>Tidak ada KPJ maupun status pada baris ini.</source>
        <translation>This row has neither a KPJ nor a status.</translation>
    </message>
    <message>
        <source>Ditolak BPJS (tanpa alasan tertulis).</source>
        <translation>Rejected by BPJS (no written reason).</translation>
    </message>
    <message>
        <source>Diterima, tetapi nomor KPJ belum ada di berkas.</source>
        <translation>Accepted, but the file has no KPJ number yet.</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>operator</source>
        <translation>operator</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>supervisor</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>admin</translation>
    </message>
    <message>
        <source>Mendaftarkan peserta</source>
        <translation>Registering people</translation>
    </message>
    <message>
        <source>Mengubah data peserta</source>
        <translation>Changing a person&apos;s data</translation>
    </message>
    <message>
        <source>Mengimpor daftar dari desa</source>
        <translation>Importing lists from villages</translation>
    </message>
    <message>
        <source>Mencetak kartu, daftar dan rekap</source>
        <translation>Printing slips, lists and recaps</translation>
    </message>
    <message>
        <source>Mengekspor daftar dengan NIK tersamar</source>
        <translation>Exporting lists with masked NIKs</translation>
    </message>
    <message>
        <source>Mencari orang yang terdaftar di dua kantor</source>
        <translation>Finding people registered at two offices</translation>
    </message>
    <message>
        <source>Menghapus pendaftaran</source>
        <translation>Deleting registrations</translation>
    </message>
    <message>
        <source>Memulihkan pendaftaran yang dihapus</source>
        <translation>Restoring deleted registrations</translation>
    </message>
    <message>
        <source>Menampilkan NIK lengkap</source>
        <translation>Showing the full NIK</translation>
    </message>
    <message>
        <source>Mengekspor daftar dengan NIK lengkap</source>
        <translation>Exporting lists with full NIKs</translation>
    </message>
    <message>
        <source>Mengekspor berkas batch untuk BPJS</source>
        <translation>Exporting batch files for BPJS</translation>
    </message>
    <message>
        <source>Menandai batch sudah dikirim</source>
        <translation>Marking batches as submitted</translation>
    </message>
    <message>
        <source>Memasukkan berkas jawaban BPJS</source>
        <translation>Reading BPJS answer files</translation>
    </message>
    <message>
        <source>Mengelola batch</source>
        <translation>Managing batches</translation>
    </message>
    <message>
        <source>Mengoreksi data yang sudah dikirim ke BPJS</source>
        <translation>Correcting data already sent to BPJS</translation>
    </message>
    <message>
        <source>Membaca log pemrosesan</source>
        <translation>Reading the processing log</translation>
    </message>
    <message>
        <source>Melihat semua data tentang satu orang</source>
        <translation>Viewing everything held about one person</translation>
    </message>
    <message>
        <source>Mengubah profil kantor</source>
        <translation>Changing the office profile</translation>
    </message>
    <message>
        <source>Mengelola skema dan tarif</source>
        <translation>Managing schemes and rates</translation>
    </message>
    <message>
        <source>Mengelola akun operator</source>
        <translation>Managing operator accounts</translation>
    </message>
    <message>
        <source>Mengelola cadangan</source>
        <translation>Managing backups</translation>
    </message>
    <message>
        <source>Memulihkan basis data dari cadangan</source>
        <translation>Restoring the database from a backup</translation>
    </message>
    <message>
        <source>Memakai kunci pemulihan</source>
        <translation>Using the recovery key</translation>
    </message>
    <message>
        <source>Menghapus data skema yang sudah lama berakhir</source>
        <translation>Purging data of schemes that ended long ago</translation>
    </message>
    <message>
        <source>Mempercayai kunci publik kantor lain</source>
        <translation>Trusting another office&apos;s public key</translation>
    </message>
    <message>
        <source>Mengirim dan menerima berkas tukar antar kantor</source>
        <translation>Sending and receiving exchange files between offices</translation>
    </message>
    <message>
        <source>Memutuskan konflik tukar data</source>
        <translation>Deciding exchange conflicts</translation>
    </message>
    <message>
        <source>Membuat, mengekspor dan mengimpor kunci tukar kabupaten</source>
        <translation>Creating, exporting and importing the kabupaten exchange key</translation>
    </message>
    <message>
        <source>{what} hanya boleh dilakukan oleh {roles}; Anda masuk sebagai {name} ({role}).</source>
        <translation>{what} is only for {roles}; you are signed in as {name} ({role}).</translation>
    </message>
    <message>
        <source>{what} memerlukan operator yang sudah masuk; silakan masuk dulu.</source>
        <translation>{what} needs a signed-in operator; please sign in first.</translation>
    </message>
</context>
<context>
    <name>RolesWho</name>
    <message>
        <source>operator, supervisor atau admin</source>
        <translation>an operator, a supervisor or an admin</translation>
    </message>
    <message>
        <source>supervisor atau admin</source>
        <translation>a supervisor or an admin</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>an admin</translation>
    </message>
</context>
<context>
    <name>SaveFlow</name>
    <message>
        <source>Tidak dapat menyimpan</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <source>Buka data {number} yang sudah terdaftar? Isian yang sedang diketik akan dibuang.</source>
        <translation>Open the registered record {number}? The input being typed will be discarded.</translation>
    </message>
    <message>
        <source>NIK sudah terdaftar</source>
        <translation>NIK already registered</translation>
    </message>
    <message>
        <source>Buka data itu</source>
        <translation>Open that record</translation>
    </message>
    <message>
        <source>Kembali</source>
        <translation>Go back</translation>
    </message>
</context>
<context>
    <name>SchemeEditor</name>
    <message>
        <source>(tidak ada)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source> tahun</source>
        <translation> years</translation>
    </message>
    <message>
        <source>Termasuk JHT (Jaminan Hari Tua)</source>
        <translation>Include JHT (Old-Age Savings)</translation>
    </message>
    <message>
        <source>(tidak ditentukan)</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <source>Pekerjaan penerima upah (dengan pemberi kerja) yang ditolak skema ini, dipisah koma; berlaku di formulir dan impor.</source>
        <translation>Wage-earning occupations (with an employer) this scheme refuses, separated by commas; applies in the form and the import.</translation>
    </message>
    <message>
        <source>Skema bawaan untuk pendaftaran baru</source>
        <translation>Default scheme for new registrations</translation>
    </message>
    <message>
        <source>Aktif (dapat dipilih di formulir)</source>
        <translation>Active (can be chosen in the form)</translation>
    </message>
    <message>
        <source>mis. Kesbangpol Kabupaten</source>
        <translation>e.g. Kesbangpol of the regency</translation>
    </message>
    <message>
        <source>Honorarium per orang per bulan yang dilaporkan sebagai upah; dapat diubah per petugas di formulir.</source>
        <translation>Honorarium per person per month reported as the wage; can be changed per officer in the form.</translation>
    </message>
    <message>
        <source>s.d.</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Instansi pelaksana</source>
        <translation>Engaging agency</translation>
    </message>
    <message>
        <source>Tanggal tugas</source>
        <translation>Task dates</translation>
    </message>
    <message>
        <source>Honorarium bawaan (Rp/bulan)</source>
        <translation>Default honorarium (Rp/month)</translation>
    </message>
    <message>
        <source>Kelas risiko JKK</source>
        <translation>JKK risk class</translation>
    </message>
    <message>
        <source>Isi tanggal mulai dan selesai tugas (dd/mm/yyyy).</source>
        <translation>Fill in the first and last day of the task (dd/mm/yyyy).</translation>
    </message>
    <message>
        <source>Tanggal selesai tugas tidak boleh sebelum tanggal mulai.</source>
        <translation>The last day of the task cannot be before the first.</translation>
    </message>
    <message>
        <source>Nama skema</source>
        <translation>Scheme name</translation>
    </message>
    <message>
        <source>Jenis skema</source>
        <translation>Scheme type</translation>
    </message>
    <message>
        <source>Sumber dana</source>
        <translation>Funding source</translation>
    </message>
    <message>
        <source>Pembayar iuran</source>
        <translation>Contribution payer</translation>
    </message>
    <message>
        <source>Jenis wadah BPJS</source>
        <translation>BPJS collective type</translation>
    </message>
    <message>
        <source>Nomor PKS</source>
        <translation>PKS number</translation>
    </message>
    <message>
        <source>Masa perlindungan</source>
        <translation>Coverage period</translation>
    </message>
    <message>
        <source>Umur peserta</source>
        <translation>Participants&apos; age</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programs</translation>
    </message>
    <message>
        <source>Iuran</source>
        <translation>Contribution</translation>
    </message>
    <message>
        <source>Target peserta</source>
        <translation>Target participants</translation>
    </message>
    <message>
        <source>Anggaran (Rp)</source>
        <translation>Budget (Rp)</translation>
    </message>
    <message>
        <source>Ditolak (penerima upah)</source>
        <translation>Refused (wage earners)</translation>
    </message>
    <message>
        <source>Pilih bulan awal dan akhir masa perlindungan.</source>
        <translation>Choose the first and last month of coverage.</translation>
    </message>
    <message>
        <source>Akhir masa perlindungan tidak boleh sebelum awal.</source>
        <translation>The end of coverage cannot be before its start.</translation>
    </message>
    <message>
        <source>Pilih sumber dana dan masa perlindungan untuk melihat iuran.</source>
        <translation>Choose the funding source and coverage period to see the contribution.</translation>
    </message>
    <message>
        <source>{total} per orang per bulan ({parts}); {months} bulan = {period} per orang.</source>
        <translation>{total} per person per month ({parts}); {months} months = {period} per person.</translation>
    </message>
    <message>
        <source>JKK {jkk} + JKM {jkm} dari honorarium ÷ 30 = {daily} per orang per hari; {days} hari tugas = {period} per orang.</source>
        <translation>JKK {jkk} + JKM {jkm} of the honorarium ÷ 30 = {daily} per person per day; {days} task days = {period} per person.</translation>
    </message>
    <message>
        <source>Kebutuhan: {target} orang × {per_person} = {need}.</source>
        <translation>Needed: {target} people × {per_person} = {need}.</translation>
    </message>
    <message>
        <source>Anggaran kurang {gap}.</source>
        <translation>The budget is {gap} short.</translation>
    </message>
    <message>
        <source>Anggaran cukup.</source>
        <translation>The budget is enough.</translation>
    </message>
    <message>
        <source>Ubah skema</source>
        <translation>Edit scheme</translation>
    </message>
    <message>
        <source>Skema baru</source>
        <translation>New scheme</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Skema belum dapat disimpan</source>
        <translation>The scheme cannot be saved yet</translation>
    </message>
</context>
<context>
    <name>SecurityTab</name>
    <message>
        <source>Lembar pemulihan</source>
        <translation>Recovery sheet</translation>
    </message>
    <message>
        <source>Dokumen PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>Cetak lembar ini, tanda tangani, lalu HAPUS berkas PDF-nya: berkas itu membuka data kantor. Simpan lembar cetaknya di kantor atau Dinas, jangan bersama laptop.</source>
        <translation>Print this sheet, sign it, then DELETE the PDF file: that file opens the office&apos;s data. Keep the printed sheet in the office or at the Dinas, never with the laptop.</translation>
    </message>
    <message>
        <source>Data pekerja tersimpan terenkripsi. Kata sandi setiap operator membuka kunci data; lembar pemulihan membukanya bila semua kata sandi lupa.</source>
        <translation>Workers&apos; data is stored encrypted. Each operator&apos;s password unlocks the data key; the recovery sheet opens it when every password is forgotten.</translation>
    </message>
    <message>
        <source>Cetak &amp;lembar pemulihan…</source>
        <translation>Print the &amp;recovery sheet…</translation>
    </message>
    <message>
        <source>&amp;Ganti kata sandi saya…</source>
        <translation>&amp;Change my password…</translation>
    </message>
    <message>
        <source> menit</source>
        <translation> minutes</translation>
    </message>
    <message>
        <source>tidak pernah</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Kunci jendela bila tidak dipakai selama</source>
        <translation>Lock the window when unused for</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Kantor</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Skema</source>
        <translation>Scheme</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operators</translation>
    </message>
    <message>
        <source>Bahasa</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Formulir</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Tarif iuran</source>
        <translation>Contribution rates</translation>
    </message>
    <message>
        <source>Cetak</source>
        <translation>Printing</translation>
    </message>
    <message>
        <source>Cadangan</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Kunci bukti</source>
        <translation>Slip keys</translation>
    </message>
    <message>
        <source>Log pemrosesan</source>
        <translation>Processing log</translation>
    </message>
    <message>
        <source>Masa simpan</source>
        <translation>Retention</translation>
    </message>
    <message>
        <source>Keamanan</source>
        <translation>Security</translation>
    </message>
    <message>
        <source>Simpan profil kantor</source>
        <translation>Save office profile</translation>
    </message>
    <message>
        <source>Simpan kode dan nomor kantor…</source>
        <translation>Save office code and number…</translation>
    </message>
    <message>
        <source>Profil kantor belum disimpan</source>
        <translation>Office profile not saved</translation>
    </message>
    <message>
        <source>Profil kantor</source>
        <translation>Office profile</translation>
    </message>
    <message>
        <source>Profil kantor tersimpan.</source>
        <translation>Office profile saved.</translation>
    </message>
    <message>
        <source>Kode dan nomor kantor</source>
        <translation>Office code and number</translation>
    </message>
    <message>
        <source>{count} pendaftaran kantor ini akan mendapat nomor baru yang diawali nomor kantor (misalnya {old} menjadi {new}). Nomor lama tetap dapat dicari dan bukti yang sudah dicetak tetap dapat diperiksa. Sesudah ini kode dan nomor kantor tidak dapat diubah lagi. Lanjutkan?</source>
        <translation>{count} registrations of this office will get new numbers starting with the office number (e.g. {old} becomes {new}). The old numbers can still be searched and slips already printed can still be verified. After this the office code and number can no longer be changed. Continue?</translation>
    </message>
    <message>
        <source>Simpan dan beri nomor baru</source>
        <translation>Save and renumber</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Kode dan nomor kantor tersimpan.</source>
        <translation>Office code and number saved.</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Sumber dana</source>
        <translation>Funding source</translation>
    </message>
    <message>
        <source>Masa</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Nomor PKS</source>
        <translation>PKS number</translation>
    </message>
    <message>
        <source>Iuran/bulan</source>
        <translation>Contribution/month</translation>
    </message>
    <message>
        <source>Bawaan</source>
        <translation>Default</translation>
    </message>
    <message>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Tambah skema…</source>
        <translation>Add scheme…</translation>
    </message>
    <message>
        <source>Ubah skema…</source>
        <translation>Edit scheme…</translation>
    </message>
    <message>
        <source>ya</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>tidak</source>
        <translation>no</translation>
    </message>
    <message>
        <source>{rate} / hari</source>
        <translation>{rate} / day</translation>
    </message>
    <message>
        <source>Pindah ke isian berikutnya sendiri bila NIK (16 angka yang sah), tanggal lahir, atau RT (3 angka) sudah lengkap</source>
        <translation>Move on to the next field by itself once the NIK (16 valid digits), the date of birth or the RT (3 digits) is complete</translation>
    </message>
    <message>
        <source>Seperti CSEntry: tidak perlu menekan Tab sesudah isian yang panjangnya tetap. Berlaku langsung.</source>
        <translation>As in CSEntry: no Tab needed after fields of a fixed length. Takes effect at once.</translation>
    </message>
    <message>
        <source>Bahasa baru berlaku saat Lindungi dibuka lagi (tutup lalu buka aplikasi). Berkas Excel dan PDF yang dibuat sesudahnya juga mengikuti bahasa ini.</source>
        <translation>A new language takes effect the next time Lindungi opens (close the app and open it again). Excel and PDF files made after that follow it too.</translation>
    </message>
    <message>
        <source>Bahasa tampilan:</source>
        <translation>Display language:</translation>
    </message>
    <message>
        <source>Tersimpan. Buka ulang Lindungi untuk memakai bahasa ini.</source>
        <translation>Saved. Reopen Lindungi to use this language.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Lindungi — terkunci</source>
        <translation>Lindungi — locked</translation>
    </message>
    <message>
        <source>Lindungi — masuk</source>
        <translation>Lindungi — sign in</translation>
    </message>
    <message>
        <source>Jendela dikunci. Masuk lagi untuk melanjutkan pekerjaan.</source>
        <translation>The window is locked. Sign in again to continue working.</translation>
    </message>
    <message>
        <source>Data pekerja di kantor ini terenkripsi. Masuk dengan nama dan kata sandi Anda.</source>
        <translation>Workers&apos; data in this office is encrypted. Sign in with your name and password.</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Masuk</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Lupa kata sandi…</source>
        <translation>Forgot password…</translation>
    </message>
    <message>
        <source>Keluar</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Tunggu {seconds} d</source>
        <translation>Wait {seconds} s</translation>
    </message>
</context>
<context>
    <name>SimilarPeopleDialog</name>
    <message>
        <source>Ada peserta yang mirip</source>
        <translation>A similar participant exists</translation>
    </message>
    <message>
        <source>Di desa yang sama sudah terdaftar orang dengan tanggal lahir yang sama dan nama yang mirip. Bandingkan dengan KTP. Bila memang orang yang berbeda, lanjutkan menyimpan; keputusan ini dicatat di log.</source>
        <translation>Someone with the same date of birth and a similar name is already registered in the same village. Compare with the ID card. If it really is a different person, go on saving; this decision is recorded in the log.</translation>
    </message>
    <message>
        <source>Yang diketik</source>
        <translation>Being typed</translation>
    </message>
    <message>
        <source>Terdaftar {number}</source>
        <translation>Registered {number}</translation>
    </message>
    <message>
        <source>Orang berbeda — &amp;simpan</source>
        <translation>Different person — &amp;save</translation>
    </message>
    <message>
        <source>&amp;Batal, periksa lagi</source>
        <translation>&amp;Cancel, check again</translation>
    </message>
    <message>
        <source>…dan {count} lainnya.</source>
        <translation>…and {count} more.</translation>
    </message>
</context>
<context>
    <name>SlipKeys</name>
    <message>
        <source>Profil kantor belum diisi: isi dulu nama dan wilayah kantor di Pengaturan › Kantor.</source>
        <translation>The office profile is not filled in yet: enter the office&apos;s name and region in Settings › Office first.</translation>
    </message>
    <message>
        <source>Berkas {name} berisi kunci kantor ini sendiri; yang diimpor adalah kunci kantor lain.</source>
        <translation>The file {name} holds this office&apos;s own key; import the keys of other offices.</translation>
    </message>
    <message>
        <source>Tidak ada kunci dipercaya dengan sidik jari {fingerprint}.</source>
        <translation>No trusted key has the fingerprint {fingerprint}.</translation>
    </message>
    <message>
        <source>Kunci {office} dengan sidik jari {fingerprint} sudah dipercaya sejak {date} (diimpor oleh {operator}).</source>
        <translation>The key of {office} with fingerprint {fingerprint} has been trusted since {date} (imported by {operator}).</translation>
    </message>
</context>
<context>
    <name>SlipPdf</name>
    <message>
        <source>BUKTI PENDAFTARAN</source>
        <translation>ENROLMENT SLIP</translation>
    </message>
    <message>
        <source>Peserta BPJS Ketenagakerjaan — Pekerja Rentan</source>
        <translation>BPJS Ketenagakerjaan participant — vulnerable worker</translation>
    </message>
    <message>
        <source>Nomor Pendaftaran</source>
        <translation>Registration number</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Tempat/Tgl. Lahir</source>
        <translation>Place/date of birth</translation>
    </message>
    <message>
        <source>Jenis Kelamin</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Desa/Kelurahan</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Pekerjaan</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>Nomor KPJ</source>
        <translation>KPJ number</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programs</translation>
    </message>
    <message>
        <source>Masa Perlindungan</source>
        <translation>Coverage period</translation>
    </message>
    <message>
        <source>Iuran per Bulan</source>
        <translation>Monthly contribution</translation>
    </message>
    <message>
        <source>Iuran dibayar oleh</source>
        <translation>Contribution paid by</translation>
    </message>
    <message>
        <source>Ahli Waris</source>
        <translation>Heirs</translation>
    </message>
    <message>
        <source>Pindai untuk memeriksa keaslian</source>
        <translation>Scan to check that it is genuine</translation>
    </message>
    <message>
        <source>Manfaat perlindungan</source>
        <translation>Benefits</translation>
    </message>
    <message>
        <source>Cara mengajukan klaim</source>
        <translation>How to claim</translation>
    </message>
    <message>
        <source>Petugas Pendaftar,</source>
        <translation>Registering officer,</translation>
    </message>
    <message>
        <source>Peserta,</source>
        <translation>Participant,</translation>
    </message>
    <message>
        <source>Cap jempol</source>
        <translation>Thumbprint</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>gunting di sini</source>
        <translation>cut here</translation>
    </message>
    <message>
        <source>SALINAN</source>
        <translation>COPY</translation>
    </message>
    <message>
        <source>Dicetak {date} oleh {operator}</source>
        <translation>Printed {date} by {operator}</translation>
    </message>
    <message>
        <source>SALINAN ke-{n}</source>
        <translation>COPY no. {n}</translation>
    </message>
    <message>
        <source>RT {rt}/RW {rw}</source>
        <translation>RT {rt}/RW {rw}</translation>
    </message>
    <message>
        <source>{amount} per orang</source>
        <translation>{amount} per person</translation>
    </message>
    <message>
        <source>Peserta BPJS Ketenagakerjaan — Petugas Ad Hoc {post}</source>
        <translation>BPJS Ketenagakerjaan participant — ad-hoc officer {post}</translation>
    </message>
    <message>
        <source>Masa Tugas (Perlindungan)</source>
        <translation>Task Period (Coverage)</translation>
    </message>
    <message>
        <source>Iuran (dihitung per hari tugas)</source>
        <translation>Contribution (by task day)</translation>
    </message>
    <message>
        <source>{days} hari × {rate} = {total}</source>
        <translation>{days} days × {rate} = {total}</translation>
    </message>
    <message>
        <source>{occupation} — {post}</source>
        <translation>{occupation} — {post}</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>Berkas basis data rusak dan tidak dapat dipakai: {path}.</source>
        <translation>The database file is damaged and cannot be used: {path}.</translation>
    </message>
    <message>
        <source>Cadangan terakhir yang baik: {backup}. Jendela Lindungi menawarkan pemulihannya; dari baris perintah: &quot;lindungi restore --db {path} --from {backup}&quot;.</source>
        <translation>Latest good backup: {backup}. The Lindungi window offers to restore it; from the command line: &quot;lindungi restore --db {path} --from {backup}&quot;.</translation>
    </message>
    <message>
        <source>Tidak ditemukan cadangan yang baik; hubungi admin/Dinas.</source>
        <translation>No good backup was found; contact your administrator or the Dinas.</translation>
    </message>
    <message>
        <source>Berkas {path} tidak memuat skema Lindungi yang sah untuk versinya: {items}. Berkas ini diubah di luar Lindungi dan tidak dipakai.</source>
        <translation>{path} does not hold Lindungi&apos;s schema for its version: {items}. The file was changed outside Lindungi and is not used.</translation>
    </message>
    <message>
        <source>Basis data tidak ditemukan: {path}</source>
        <translation>Database not found: {path}</translation>
    </message>
    <message>
        <source>Basis data tidak ditemukan: {path}. Di {folder} ada cadangannya, terbaru: {backup}. Pulihkan dengan membuka jendela Lindungi (pilih cadangan lalu &quot;Pulihkan&quot;), atau dari baris perintah: &quot;lindungi restore --db {path} --from {backup}&quot;. Lindungi tidak membuat kantor baru di atas data yang ada.</source>
        <translation>Database not found: {path}. {folder} holds backups of it, the newest: {backup}. Restore it by opening the Lindungi window (choose a backup, then &quot;Restore&quot;), or from the command line: &quot;lindungi restore --db {path} --from {backup}&quot;. Lindungi does not make a new office over existing data.</translation>
    </message>
    <message>
        <source>Berkas basis data kosong (0 bait): {path}. Di {folder} ada cadangannya, terbaru: {backup}. Pulihkan dengan membuka jendela Lindungi (pilih cadangan lalu &quot;Pulihkan&quot;), atau dari baris perintah: &quot;lindungi restore --db {path} --from {backup}&quot;.</source>
        <translation>The database file is empty (0 bytes): {path}. {folder} holds backups of it, the newest: {backup}. Restore it by opening the Lindungi window (choose a backup, then &quot;Restore&quot;), or from the command line: &quot;lindungi restore --db {path} --from {backup}&quot;.</translation>
    </message>
    <message>
        <source>Berkas basis data kosong (0 bait) dan tidak ada cadangannya: {path}. Bila memang kantor baru, hapus berkas itu lalu buka Lindungi lagi; bila tidak, cari salinannya dan pulihkan dengan &quot;lindungi restore&quot;.</source>
        <translation>The database file is empty (0 bytes) and has no backups: {path}. If this really is a new office, delete that file and open Lindungi again; otherwise find a copy of it and restore it with &quot;lindungi restore&quot;.</translation>
    </message>
    <message>
        <source>Cadangan harian tidak dapat ditulis ke {folder} ({reason}). Data tetap tersimpan seperti biasa; kosongkan ruang disk atau periksa folder itu. Lindungi mencoba lagi saat dibuka berikutnya.</source>
        <translation>The daily backup could not be written to {folder} ({reason}). Data is still saved as usual; free disk space or check that folder. Lindungi tries again the next time it opens.</translation>
    </message>
    <message>
        <source>Basis data ini dibuat oleh versi Lindungi yang lebih baru. Perbarui aplikasi sebelum membukanya.</source>
        <translation>This database was made by a newer version of Lindungi. Update the application before opening it.</translation>
    </message>
    <message>
        <source>Basis data sedang dipakai oleh proses lain (terkunci). Tutup aplikasi Lindungi yang lain atau tunggu sebentar, lalu coba lagi. Tidak ada data yang hilang.</source>
        <translation>The database is in use by another process (locked). Close the other Lindungi or wait a moment, then try again. No data was lost.</translation>
    </message>
    <message>
        <source>Disk penuh: data tidak dapat disimpan. Kosongkan ruang disk lalu coba lagi. Perubahan terakhir belum tersimpan, data lama tetap aman.</source>
        <translation>Disk full: the data cannot be saved. Free some disk space and try again. The last change was not saved; earlier data is safe.</translation>
    </message>
    <message>
        <source>Berkas basis data tidak dapat ditulis (hanya-baca atau tidak ada izin): {path}</source>
        <translation>The database file cannot be written (read-only or no permission): {path}</translation>
    </message>
    <message>
        <source>Berkas basis data tidak dapat dibuka: {path}</source>
        <translation>The database file cannot be opened: {path}</translation>
    </message>
    <message>
        <source>Gagal membaca/menulis disk saat mengakses basis data. Periksa flashdisk atau disk, lalu coba lagi.</source>
        <translation>Reading or writing the disk failed while using the database. Check the USB stick or disk, then try again.</translation>
    </message>
    <message>
        <source>Berkas {source} adalah basis data itu sendiri; pilih berkas cadangan yang lain (di folder backups/). Tidak ada yang diubah.</source>
        <translation>{source} is the database itself; choose another backup file (in the backups/ folder). Nothing was changed.</translation>
    </message>
    <message>
        <source>Basis data sedang dibuka oleh Lindungi lain (proses {pid}). Tutup jendela atau perintah itu dulu, lalu pulihkan lagi. Tidak ada yang diubah.</source>
        <translation>The database is open in another Lindungi (process {pid}). Close that window or command first, then restore again. Nothing was changed.</translation>
    </message>
    <message>
        <source>Basis data masih dipakai oleh program lain (ada koneksi yang terbuka). Tutup semua jendela dan perintah Lindungi yang memakainya, lalu pulihkan lagi. Tidak ada yang diubah.</source>
        <translation>The database is still in use by another program (a connection is open). Close every Lindungi window and command using it, then restore again. Nothing was changed.</translation>
    </message>
    <message>
        <source>Pemulihan gagal: {reason}. Basis data lama tetap utuh: {path}</source>
        <translation>Restore failed: {reason}. The old database is unchanged: {path}</translation>
    </message>
    <message>
        <source>Salinan pulihan tidak lolos pemeriksaan ({problem}); pemulihan dibatalkan dan basis data lama tetap utuh.</source>
        <translation>The restored copy failed its check ({problem}); the restore was cancelled and the old database is unchanged.</translation>
    </message>
    <message>
        <source>{kind} {name} tambahan</source>
        <translation>extra {kind} {name}</translation>
    </message>
    <message>
        <source>{kind} {name} hilang</source>
        <translation>{kind} {name} missing</translation>
    </message>
    <message>
        <source>{kind} {name} berubah</source>
        <translation>{kind} {name} changed</translation>
    </message>
    <message>
        <source>riwayat pembaruan skema tidak dikenal ({names})</source>
        <translation>unknown schema update history ({names})</translation>
    </message>
    <message>
        <source>Basis data ini dibuka hanya-baca karena berada di media yang tidak dapat ditulis: {path}. Data dapat dilihat, dicari dan dicadangkan ke tempat lain, tetapi tidak diubah. Salin berkasnya ke disk yang dapat ditulis (atau pulihkan cadangannya) untuk bekerja seperti biasa.</source>
        <translation>This database is open read-only because it is on media that cannot be written: {path}. Data can be viewed, searched and backed up elsewhere, but not changed. Copy the file to a writable disk (or restore its backup) to work as usual.</translation>
    </message>
    <message>
        <source>Nama operator atau kata sandi salah. Periksa tombol Caps Lock lalu coba lagi.</source>
        <translation>Wrong operator name or password. Check the Caps Lock key and try again.</translation>
    </message>
    <message>
        <source>Terlalu banyak percobaan yang salah untuk {operator}. Tunggu {seconds} detik lalu coba lagi, atau pakai &quot;Lupa kata sandi&quot; dengan kunci pemulihan.</source>
        <translation>Too many wrong attempts for {operator}. Wait {seconds} seconds and try again, or use &quot;Forgot password&quot; with the recovery key.</translation>
    </message>
    <message>
        <source>Kunci pemulihan tidak sah: periksa setiap kelompok 4 huruf/angka (0-9, A-F) pada lembar pemulihan lalu ketik lagi.</source>
        <translation>The recovery key is not valid: check each group of 4 letters/digits (0-9, A-F) on the recovery sheet and type it again.</translation>
    </message>
    <message>
        <source>Kunci pemulihan ini bukan milik basis data kantor ini.</source>
        <translation>This recovery key does not belong to this office&apos;s database.</translation>
    </message>
    <message>
        <source>Berkas kunci {path} rusak atau bukan berkas kunci Lindungi. Data tetap aman: buka dengan &quot;Lupa kata sandi&quot; dan kunci pemulihan dari lembar pemulihan kantor.</source>
        <translation>The key file {path} is damaged or not a Lindungi key file. The data is still safe: open it with &quot;Forgot password&quot; and the recovery key from the office&apos;s recovery sheet.</translation>
    </message>
    <message>
        <source>Nama operator tidak boleh kosong.</source>
        <translation>The operator name must not be empty.</translation>
    </message>
    <message>
        <source>Kata sandi terlalu pendek: paling sedikit {n} karakter.</source>
        <translation>The password is too short: at least {n} characters.</translation>
    </message>
</context>
<context>
    <name>Subject</name>
    <message>
        <source>Ketik NIK (16 angka) atau nomor pendaftaran (012-000123-7 atau 000123-4) orang itu.</source>
        <translation>Type the person&apos;s NIK (16 digits) or registration number (012-000123-7 or 000123-4).</translation>
    </message>
    <message>
        <source>Kantor ini tidak menyimpan data tentang {person}.</source>
        <translation>This office holds no data about {person}.</translation>
    </message>
    <message>
        <source>Data Pribadi yang Disimpan dan Riwayat Pemrosesannya</source>
        <translation>Personal Data Held and Its Processing History</translation>
    </message>
    <message>
        <source>NIK {nik} · dicetak {date} oleh {operator}</source>
        <translation>NIK {nik} · printed {date} by {operator}</translation>
    </message>
    <message>
        <source>Pendaftaran {number}</source>
        <translation>Registration {number}</translation>
    </message>
    <message>
        <source>Ahli waris</source>
        <translation>Heirs</translation>
    </message>
    <message>
        <source>Batch dan jawaban BPJS</source>
        <translation>Batches and BPJS answers</translation>
    </message>
    <message>
        <source>Riwayat pemrosesan (log)</source>
        <translation>Processing history (log)</translation>
    </message>
    <message>
        <source>Dasar UU 27/2022 tentang Pelindungan Data Pribadi: hak subjek data untuk mengetahui data yang diproses dan riwayat pemrosesannya.</source>
        <translation>Basis: UU 27/2022 on Personal Data Protection — the data subject&apos;s right to know what data is processed and how it was processed.</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Tempat, tanggal lahir</source>
        <translation>Place and date of birth</translation>
    </message>
    <message>
        <source>Jenis kelamin</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Nama ibu kandung</source>
        <translation>Mother&apos;s maiden name</translation>
    </message>
    <message>
        <source>Nomor KK</source>
        <translation>Family card number</translation>
    </message>
    <message>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Desa/kelurahan</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Nomor HP</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Pekerjaan</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>Penghasilan</source>
        <translation>Income</translation>
    </message>
    <message>
        <source>Skema</source>
        <translation>Scheme</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>KPJ</source>
        <translation>KPJ</translation>
    </message>
    <message>
        <source>Dasar pemrosesan</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>Didaftarkan</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Terakhir diubah</source>
        <translation>Last changed</translation>
    </message>
    <message>
        <source>Hubungan</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>Status batch</source>
        <translation>Batch status</translation>
    </message>
    <message>
        <source>Masuk</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Jawaban BPJS</source>
        <translation>BPJS answer</translation>
    </message>
    <message>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Tindakan</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Rincian</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>SubjectDialog</name>
    <message>
        <source>Data satu orang</source>
        <translation>One person&apos;s data</translation>
    </message>
    <message>
        <source>NIK atau nomor pendaftaran</source>
        <translation>NIK or registration number</translation>
    </message>
    <message>
        <source>Cari</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>Cetak PDF…</source>
        <translation>Print PDF…</translation>
    </message>
    <message>
        <source>Riwayat pemrosesan (log)</source>
        <translation>Processing history (log)</translation>
    </message>
    <message>
        <source>Cetak data satu orang</source>
        <translation>Print one person&apos;s data</translation>
    </message>
    <message>
        <source>Dokumen PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
</context>
<context>
    <name>SubmitDialog</name>
    <message>
        <source>Tandai terkirim</source>
        <translation>Mark as sent</translation>
    </message>
    <message>
        <source>mis. 560/123/Kec.Pnj/XI/2026</source>
        <translation>e.g. 560/123/Kec.Pnj/XI/2026</translation>
    </message>
    <message>
        <source>mis. Disnakertrans Kabupaten / BPJS Ketenagakerjaan Cabang …</source>
        <translation>e.g. Regency Manpower Office / BPJS Ketenagakerjaan branch …</translation>
    </message>
    <message>
        <source>&amp;Tanggal kirim:</source>
        <translation>&amp;Date sent:</translation>
    </message>
    <message>
        <source>Nomor &amp;surat pengantar:</source>
        <translation>Cover &amp;letter number:</translation>
    </message>
    <message>
        <source>&amp;Penerima:</source>
        <translation>&amp;Recipient:</translation>
    </message>
    <message>
        <source>Batch {id} ({people} peserta) sudah dikirim ke Dinas/BPJS. Langkah ini tidak dapat dibatalkan; setelahnya jawaban BPJS dapat dicatat. Tanggal, nomor surat dan penerima dicetak di berita acara.</source>
        <translation>Batch {id} ({people} participants) has been sent to the Dinas/BPJS. This step cannot be undone; afterwards BPJS&apos;s answer can be recorded. The date, letter number and recipient are printed on the handover report.</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>Kantor ini sudah punya kunci tukar ({fingerprint}). Kunci dibuat sekali saja, di kantor kabupaten.</source>
        <translation>This office already has an exchange key ({fingerprint}). The key is made only once, at the kabupaten office.</translation>
    </message>
    <message>
        <source>Kunci tukar dibuat di kantor kabupaten (Dinas), lalu diekspor ke kantor lain. Kantor ini tingkat {level}: impor kunci dari kabupaten.</source>
        <translation>The exchange key is made at the kabupaten office (Dinas), then exported to the other offices. This office is at {level} level: import the key from the kabupaten.</translation>
    </message>
    <message>
        <source>Kantor ini belum punya kunci tukar kabupaten.</source>
        <translation>This office has no kabupaten exchange key yet.</translation>
    </message>
    <message>
        <source>Kantor ini sudah memakai kunci tukar {ours}; berkas ini berisi kunci {theirs}. Satu kabupaten memakai satu kunci.</source>
        <translation>This office already uses exchange key {ours}; this file holds key {theirs}. One kabupaten uses one key.</translation>
    </message>
    <message>
        <source>Kode kantor &quot;{code}&quot; tidak sah: huruf besar, angka dan tanda &apos;-&apos; saja.</source>
        <translation>Office code &quot;{code}&quot; is not valid: capital letters, digits and &apos;-&apos; only.</translation>
    </message>
    <message>
        <source>Arah harus &apos;up&apos; (ke kantor di atas), &apos;down&apos; (ke kantor di bawah) atau kosong.</source>
        <translation>The direction must be &apos;up&apos; (to the office above), &apos;down&apos; (to an office below) or empty.</translation>
    </message>
    <message>
        <source>Konflik nomor {id} tidak ada.</source>
        <translation>There is no conflict number {id}.</translation>
    </message>
    <message>
        <source>Konflik nomor {id} sudah diputuskan.</source>
        <translation>Conflict number {id} has already been decided.</translation>
    </message>
    <message>
        <source>Pilihan &quot;{choice}&quot; tidak berlaku untuk konflik ini; pilih salah satu dari: {choices}.</source>
        <translation>The choice &quot;{choice}&quot; does not apply to this conflict; choose one of: {choices}.</translation>
    </message>
    <message>
        <source>NIK {nik} masih dipakai dua orang. Perbaiki NIK salah satunya dulu.</source>
        <translation>NIK {nik} is still used by two people. Correct the NIK of one of them first.</translation>
    </message>
    <message>
        <source>Orang yang sama dengan nomor {number} (diputuskan saat tukar data)</source>
        <translation>The same person as number {number} (decided during the exchange)</translation>
    </message>
    <message>
        <source>Dikirim ke {peer}: berkas ke-{seq}</source>
        <translation>Sent to {peer}: file no. {seq}</translation>
    </message>
    <message>
        <source>Status hapus</source>
        <translation>Deletion</translation>
    </message>
    <message>
        <source>Orang dengan NIK yang sama</source>
        <translation>Person with the same NIK</translation>
    </message>
    <message>
        <source>Ahli waris {n}: {field}</source>
        <translation>Heir {n}: {field}</translation>
    </message>
    <message>
        <source>nama</source>
        <translation>name</translation>
    </message>
    <message>
        <source>hubungan</source>
        <translation>relationship</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>telepon</source>
        <translation>phone</translation>
    </message>
    <message>
        <source>Proses tukar data berhenti tanpa jawaban. Tidak ada yang berubah; coba lagi, dan bila terulang kirim berkas log ke pengelola aplikasi.</source>
        <translation>The exchange process stopped without an answer. Nothing was changed; try again, and if it happens again send the log file to the application&apos;s maintainer.</translation>
    </message>
    <message>
        <source>Tukar data gagal ({detail}). Tidak ada yang berubah.</source>
        <translation>The exchange failed ({detail}). Nothing was changed.</translation>
    </message>
    <message>
        <source>Kantor ini belum punya kunci tukar kabupaten. Buat kunci di kantor kabupaten (Pengaturan › Kunci tukar) lalu impor di sini.</source>
        <translation>This office has no kabupaten exchange key yet. Make the key at the kabupaten office (Settings › Exchange key) and import it here.</translation>
    </message>
    <message>
        <source>Kantor ini belum punya kode kantor. Isi identitas kantor dulu.</source>
        <translation>This office has no office code yet. Fill in the office identity first.</translation>
    </message>
    <message>
        <source>Kantor {code} belum dikenal. Tambahkan dulu sebagai mitra tukar.</source>
        <translation>Office {code} is not known yet. Add it as an exchange partner first.</translation>
    </message>
    <message>
        <source>{name} ditujukan ke kantor {to}, bukan kantor ini ({us}).</source>
        <translation>{name} is addressed to office {to}, not this office ({us}).</translation>
    </message>
    <message>
        <source>{name} dibuat oleh kantor ini sendiri.</source>
        <translation>{name} was made by this office itself.</translation>
    </message>
    <message>
        <source>{name} dibuat oleh Lindungi dengan versi skema lain ({theirs} pembaruan, di sini {ours}). Perbarui Lindungi dulu di kantor yang versinya lebih lama, lalu kirim ulang.</source>
        <translation>{name} was made by a Lindungi with another schema version ({theirs} updates, here {ours}). Update Lindungi first at the office with the older version, then send again.</translation>
    </message>
    <message>
        <source>{name} memuat peserta skema &quot;{scheme}&quot; (nomor {id}) yang tidak ada di kantor ini. Data skema datang dari Dinas: samakan daftar skema dulu.</source>
        <translation>{name} holds participants of scheme &quot;{scheme}&quot; (number {id}), which this office does not have. Schemes come from the Dinas: make the scheme lists the same first.</translation>
    </message>
    <message>
        <source>{name} memuat nomor pendaftaran {seq} yang sudah dipakai peserta lain di sini. Nomor harus unik se-kabupaten: periksa nomor kantor pengirim.</source>
        <translation>{name} holds registration number {seq}, which another participant here already has. Numbers must be unique across the kabupaten: check the sending office&apos;s number.</translation>
    </message>
    <message>
        <source>{name} bukan berkas tukar Lindungi (.lsync).</source>
        <translation>{name} is not a Lindungi exchange file (.lsync).</translation>
    </message>
    <message>
        <source>{name} dibuat dengan kunci tukar lain (kunci {theirs}, kantor ini {ours}). Minta kunci tukar kabupaten yang benar atau berkas dari kantor yang memakai kunci ini.</source>
        <translation>{name} was made with another exchange key (key {theirs}, this office {ours}). Ask for the right kabupaten exchange key, or for a file from an office using this key.</translation>
    </message>
    <message>
        <source>{name} rusak atau terpotong (isi tidak cocok dengan segelnya). Minta kantor pengirim mengirim ulang berkasnya.</source>
        <translation>{name} is damaged or cut short (its content does not match its seal). Ask the sending office to send the file again.</translation>
    </message>
    <message>
        <source>{name} memakai format berkas tukar {theirs}, yang lebih baru dari Lindungi ini. Perbarui Lindungi dulu.</source>
        <translation>{name} uses exchange file format {theirs}, newer than this Lindungi. Update Lindungi first.</translation>
    </message>
    <message>
        <source>Frasa sandi kunci tukar salah, atau berkas {name} rusak.</source>
        <translation>Wrong exchange key passphrase, or the file {name} is damaged.</translation>
    </message>
    <message>
        <source>{name} bukan berkas kunci tukar Lindungi.</source>
        <translation>{name} is not a Lindungi exchange key file.</translation>
    </message>
    <message>
        <source>Frasa sandi terlalu pendek: paling sedikit {n} karakter.</source>
        <translation>The passphrase is too short: at least {n} characters.</translation>
    </message>
</context>
<context>
    <name>SyncFolder</name>
    <message>
        <source>Menerima {name}…</source>
        <translation>Receiving {name}…</translation>
    </message>
    <message>
        <source>Mengirim ke {office}…</source>
        <translation>Sending to {office}…</translation>
    </message>
    <message>
        <source>Folder tukar {path} tidak ditemukan. Periksa apakah flash disk atau folder bersama sudah tersambung.</source>
        <translation>Exchange folder {path} was not found. Check that the flash drive or shared folder is connected.</translation>
    </message>
    <message>
        <source>{name}: {reason}</source>
        <translation>{name}: {reason}</translation>
    </message>
</context>
<context>
    <name>TrustKeyDialog</name>
    <message>
        <source>Percayai kunci kantor lain?</source>
        <translation>Trust another office&apos;s key?</translation>
    </message>
    <message>
        <source>Telepon kantor itu dan minta mereka membacakan sidik jari kuncinya (Pengaturan › Kunci bukti di Lindungi mereka). Percayai kunci ini hanya bila sidik jarinya sama persis; sesudah itu bukti dari kantor itu diterima sebagai asli di sini.</source>
        <translation>Phone that office and ask them to read out their key&apos;s fingerprint (Settings › Slip keys in their Lindungi). Trust this key only if the fingerprint is exactly the same; from then on slips from that office are accepted as genuine here.</translation>
    </message>
    <message>
        <source>Kantor:</source>
        <translation>Office:</translation>
    </message>
    <message>
        <source>Kode wilayah:</source>
        <translation>Region code:</translation>
    </message>
    <message>
        <source>Sidik jari:</source>
        <translation>Fingerprint:</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Percayai kunci ini</source>
        <translation>&amp;Trust this key</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <source>Tidak dapat diurungkan/diulang</source>
        <translation>Cannot undo/redo</translation>
    </message>
    <message>
        <source>Ubah data {name}</source>
        <translation>Edit {name}</translation>
    </message>
    <message>
        <source>Hapus data {name}</source>
        <translation>Delete {name}</translation>
    </message>
    <message>
        <source>Pulihkan data {name}</source>
        <translation>Restore record {name}</translation>
    </message>
</context>
<context>
    <name>Unlock</name>
    <message>
        <source>Basis data ini tidak memakai kunci kantor; tidak ada lembar pemulihan.</source>
        <translation>This database does not use an office key; there is no recovery sheet.</translation>
    </message>
    <message>
        <source>Kedua kata sandi tidak sama; ketik lagi.</source>
        <translation>The two passwords differ; type them again.</translation>
    </message>
    <message>
        <source>Kunci pemulihan ini tidak membuka basis data {path}.</source>
        <translation>This recovery key does not open the database {path}.</translation>
    </message>
    <message>
        <source>Enkripsi basis data gagal ({problem}). Basis data lama tetap utuh dan tetap dapat dipakai: {path}</source>
        <translation>Encrypting the database failed ({problem}). The old database is intact and still usable: {path}</translation>
    </message>
    <message>
        <source>Berkas kunci tidak ada</source>
        <translation>Key file missing</translation>
    </message>
    <message>
        <source>Berkas kunci di samping basis data tidak ditemukan. Data hanya dapat dibuka dengan kunci pemulihan dari lembar pemulihan kantor.</source>
        <translation>The key file beside the database was not found. The data can only be opened with the recovery key from the office&apos;s recovery sheet.</translation>
    </message>
    <message>
        <source>Enkripsi data kantor</source>
        <translation>Encrypt the office&apos;s data</translation>
    </message>
    <message>
        <source>Versi Lindungi ini menyimpan data pekerja terenkripsi. Buat kata sandi admin untuk membuka data kantor ini; basis data dan cadangannya lalu dienkripsi (salinan lama disimpan sampai hasilnya diperiksa). Setelah itu cetak lembar pemulihan dari Pengaturan.</source>
        <translation>This version of Lindungi stores workers&apos; data encrypted. Choose an admin password to open this office&apos;s data; the database and its backups are then encrypted (the old copy is kept until the result is checked). Afterwards print the recovery sheet from Settings.</translation>
    </message>
    <message>
        <source>Nama admin</source>
        <translation>Admin name</translation>
    </message>
    <message>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Ulangi kata sandi</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <source>Nama admin wajib diisi.</source>
        <translation>The admin name is required.</translation>
    </message>
    <message>
        <source>Enkripsi gagal</source>
        <translation>Encryption failed</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>{field} wajib diisi.</source>
        <translation>{field} is required.</translation>
    </message>
    <message>
        <source>{field} hanya boleh berisi huruf, spasi, titik, koma, tanda petik dan tanda hubung.</source>
        <translation>{field} may only contain letters, spaces, full stops, commas, apostrophes and hyphens.</translation>
    </message>
    <message>
        <source>Tanggal lahir tidak boleh di masa depan.</source>
        <translation>The date of birth cannot be in the future.</translation>
    </message>
    <message>
        <source>Tanggal lahir berbeda dengan yang tertulis di NIK ({nik_date}). Periksa KTP; NIK lama tetap berlaku bila tanggal lahir pernah dikoreksi.</source>
        <translation>The date of birth differs from the one in the NIK ({nik_date}). Check the ID card; an old NIK stays valid when a birth date was corrected.</translation>
    </message>
    <message>
        <source>Jenis kelamin berbeda dengan yang tertulis di NIK ({nik_sex}). Periksa KTP.</source>
        <translation>The sex differs from the one in the NIK ({nik_sex}). Check the ID card.</translation>
    </message>
    <message>
        <source>Jenis kelamin harus L (laki-laki) atau P (perempuan).</source>
        <translation>Sex must be L (male) or P (female).</translation>
    </message>
    <message>
        <source>Kode desa/kelurahan {code} tidak ada di daftar Kemendagri.</source>
        <translation>Village code {code} is not in the Kemendagri list.</translation>
    </message>
    <message>
        <source>Nomor HP &quot;{value}&quot; tidak valid; tulis seperti 081234567890.</source>
        <translation>Mobile number &quot;{value}&quot; is not valid; write it like 081234567890.</translation>
    </message>
    <message>
        <source>Alamat e-mail &quot;{value}&quot; tidak valid.</source>
        <translation>E-mail address &quot;{value}&quot; is not valid.</translation>
    </message>
    <message>
        <source>Nomor KPJ harus 10–15 angka.</source>
        <translation>The KPJ number must be 10–15 digits.</translation>
    </message>
    <message>
        <source>{field} harus berupa angka, paling banyak 3 digit.</source>
        <translation>{field} must be a number of at most 3 digits.</translation>
    </message>
    <message>
        <source>Pekerjaan &quot;{value}&quot; tidak ada di daftar; pilih &quot;Lainnya&quot; lalu tulis pekerjaannya.</source>
        <translation>Occupation &quot;{value}&quot; is not in the list; choose &quot;Other&quot; and write the occupation.</translation>
    </message>
    <message>
        <source>Tulis pekerjaannya bila memilih &quot;Lainnya&quot;.</source>
        <translation>Write the occupation when choosing &quot;Other&quot;.</translation>
    </message>
    <message>
        <source>Penghasilan tidak boleh negatif.</source>
        <translation>Income cannot be negative.</translation>
    </message>
    <message>
        <source>Penghasilan {value} per bulan tidak masuk akal; periksa angkanya (paling besar Rp10.000.000.000).</source>
        <translation>An income of {value} per month is not plausible; check the amount (at most Rp10.000.000.000).</translation>
    </message>
    <message>
        <source>Pekerjaan &quot;{value}&quot; adalah pekerja penerima upah (segmen {segment}): pemberi kerjanya yang mendaftarkan. Skema ini hanya untuk pekerja bukan penerima upah.</source>
        <translation>The occupation &quot;{value}&quot; is a wage earner&apos;s (segment {segment}): the employer registers them. This scheme is only for workers who are not wage earners.</translation>
    </message>
    <message>
        <source>Program JKK dan JKM wajib; JHT boleh ditambahkan.</source>
        <translation>JKK and JKM are required; JHT may be added.</translation>
    </message>
    <message>
        <source>Program &quot;{value}&quot; tidak dikenal.</source>
        <translation>Program &quot;{value}&quot; is unknown.</translation>
    </message>
    <message>
        <source>Pilih skema (sumber dana) pendaftaran.</source>
        <translation>Choose the scheme (funding source) of the registration.</translation>
    </message>
    <message>
        <source>Akhir perlindungan tidak boleh sebelum awal perlindungan.</source>
        <translation>Coverage end cannot be before coverage start.</translation>
    </message>
    <message>
        <source>Masa perlindungan harus di dalam masa skema ({start} – {end}).</source>
        <translation>The coverage period must lie within the scheme period ({start} – {end}).</translation>
    </message>
    <message>
        <source>Umur pada awal perlindungan ({start}) adalah {age} tahun; skema ini untuk umur {min_age}–{max_age} tahun.</source>
        <translation>Age at the start of coverage ({start}) is {age}; this scheme is for ages {min_age}–{max_age}.</translation>
    </message>
    <message>
        <source>Belum ada ahli waris. Ahli waris diperlukan untuk klaim jaminan kematian.</source>
        <translation>No heir yet. An heir is needed to claim the death benefit.</translation>
    </message>
    <message>
        <source>Ahli waris ke-{n}: nama wajib diisi.</source>
        <translation>Heir {n}: the name is required.</translation>
    </message>
    <message>
        <source>Ahli waris ke-{n}: hubungan keluarga wajib diisi.</source>
        <translation>Heir {n}: the relationship is required.</translation>
    </message>
    <message>
        <source>Ahli waris ke-{n} memakai NIK peserta sendiri.</source>
        <translation>Heir {n} has the participant&apos;s own NIK.</translation>
    </message>
    <message>
        <source>Ahli waris ke-{n}: {detail}</source>
        <translation>Heir {n}: {detail}</translation>
    </message>
    <message>
        <source>Pilih dasar pemrosesan data pribadi.</source>
        <translation>Choose the legal basis for processing personal data.</translation>
    </message>
    <message>
        <source>Tanggal persetujuan wajib diisi bila dasar pemrosesan adalah persetujuan.</source>
        <translation>The consent date is required when the legal basis is consent.</translation>
    </message>
    <message>
        <source>Status perkawinan tidak dikenal.</source>
        <translation>Unknown marital status.</translation>
    </message>
    <message>
        <source>Pilih jabatan petugas ad hoc: PPK, PPS atau KPPS.</source>
        <translation>Choose the ad-hoc officer&apos;s post: PPK, PPS or KPPS.</translation>
    </message>
    <message>
        <source>Honorarium tidak boleh negatif dan paling besar Rp10.000.000.000.</source>
        <translation>The honorarium cannot be negative and is at most Rp10,000,000,000.</translation>
    </message>
</context>
<context>
    <name>Verify</name>
    <message>
        <source>TIDAK ASLI: teks ini bukan kode bukti pendaftaran Lindungi.</source>
        <translation>NOT GENUINE: this text is not a Lindungi enrolment slip code.</translation>
    </message>
    <message>
        <source>ASLI: bukti ini dicetak oleh kantor ini, {office}, pada {date}.</source>
        <translation>GENUINE: this slip was printed by this office, {office}, on {date}.</translation>
    </message>
    <message>
        <source>ASLI: bukti ini diterbitkan oleh {office} (kode {code}) pada {date}. Data pesertanya tersimpan di kantor itu, bukan di sini.</source>
        <translation>GENUINE: this slip was issued by {office} (code {code}) on {date}. The participant&apos;s record is kept at that office, not here.</translation>
    </message>
    <message>
        <source>ASLI: bukti ini diterbitkan oleh {office} (kode {code}) pada {date}. Data pesertanya juga ada di sini, diterima dari kantor {origin}.</source>
        <translation>GENUINE: this slip was issued by {office} (code {code}) on {date}. The participant&apos;s record is also here, received from office {origin}.</translation>
    </message>
    <message>
        <source>TIDAK DAPAT DIPASTIKAN: kantor penerbit tidak dikenal (kunci {kid}). Bila bukti ini dari kantor lain di kabupaten, minta berkas kunci publik kantor itu dan impor di Pengaturan › Kunci bukti.</source>
        <translation>CANNOT BE CONFIRMED: the issuing office is unknown (key {kid}). If this slip comes from another office of the regency, ask that office for its public key file and import it in Settings › Slip keys.</translation>
    </message>
    <message>
        <source>TIDAK DAPAT DIPASTIKAN: ini bukti format lama, yang hanya dapat diperiksa di kantor yang mencetaknya, dan kantor ini tidak mencetaknya.</source>
        <translation>CANNOT BE CONFIRMED: this is an old-format slip, which can only be checked at the office that printed it, and this office did not print it.</translation>
    </message>
    <message>
        <source>TIDAK ASLI: isi kode telah diubah (tanda tangan tidak cocok).</source>
        <translation>NOT GENUINE: the code has been altered (the signature does not match).</translation>
    </message>
    <message>
        <source>TIDAK DAPAT DIPASTIKAN: tanda tangan cocok, tetapi nomor {number} tidak ada di basis data ini (mungkin dipulihkan dari cadangan lama).</source>
        <translation>CANNOT TELL: the signature matches, but number {number} is not in this database (perhaps restored from an old backup).</translation>
    </message>
    <message>
        <source>Perhatian: pendaftaran ini sudah dihapus pada {date} ({reason}).</source>
        <translation>Note: this registration was deleted on {date} ({reason}).</translation>
    </message>
    <message>
        <source>Perhatian: NIK di data sekarang ({now}) berbeda dengan yang tercetak ({printed}); data dikoreksi setelah dicetak.</source>
        <translation>Note: the NIK on record ({now}) differs from the printed one ({printed}); the data was corrected after printing.</translation>
    </message>
    <message>
        <source>Perhatian: skema di data sekarang berbeda dengan yang tercetak.</source>
        <translation>Note: the scheme on record differs from the printed one.</translation>
    </message>
    <message>
        <source>aktif</source>
        <translation>active</translation>
    </message>
    <message>
        <source>dihapus</source>
        <translation>deleted</translation>
    </message>
    <message>
        <source>Nomor pendaftaran</source>
        <translation>Registration number</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Tanggal lahir</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Jenis kelamin</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Desa/Kelurahan</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Skema</source>
        <translation>Scheme</translation>
    </message>
    <message>
        <source>Masa perlindungan</source>
        <translation>Coverage period</translation>
    </message>
    <message>
        <source>Nomor KPJ</source>
        <translation>KPJ number</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tanggal cetak</source>
        <translation>Printed on</translation>
    </message>
    <message>
        <source>Kantor penerbit</source>
        <translation>Issuing office</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Periksa keaslian bukti</source>
        <translation>Verify a slip</translation>
    </message>
    <message>
        <source>Pindai QR pada bukti dengan pemindai, atau tempel teksnya di sini</source>
        <translation>Scan the QR on the slip with a scanner, or paste its text here</translation>
    </message>
    <message>
        <source>&amp;Periksa</source>
        <translation>&amp;Check</translation>
    </message>
    <message>
        <source>&amp;Buka data peserta</source>
        <translation>&amp;Open participant&apos;s record</translation>
    </message>
    <message>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Kode QR bukti pendaftaran:</source>
        <translation>Enrolment slip QR code:</translation>
    </message>
</context>
<context>
    <name>WindowLock</name>
    <message>
        <source>&amp;Kunci sekarang</source>
        <translation>&amp;Lock now</translation>
    </message>
</context>
</TS>
