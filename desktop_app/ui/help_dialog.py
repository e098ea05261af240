"""F1: a short help on the screen in front of the officer and the keyboard shortcuts."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget


class HelpDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Bantuan singkat"))
        browser = QTextBrowser()
        browser.setOpenExternalLinks(False)
        browser.setHtml(self.text())
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("Tutup"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(browser)
        layout.addWidget(buttons)
        self.resize(640, 560)

    def text(self) -> str:
        return self.tr(
            "<h3>Mendaftarkan peserta</h3>"
            "<ol><li>Ketik <b>NIK</b> dari KTP. Tanggal lahir dan jenis kelamin terisi sendiri dari NIK; "
            "bila berbeda dengan KTP, ubah saja (muncul peringatan kuning, bukan larangan).</li>"
            "<li>Isi nama, tempat lahir, nama ibu kandung, alamat, pekerjaan dan ahli waris. "
            "Tekan <b>Tab</b> atau <b>Enter</b> untuk pindah ke isian berikutnya.</li>"
            "<li>Tekan <b>Ctrl+Enter</b> atau <b>Ctrl+Shift+S</b> (Simpan &amp; Baru) untuk menyimpan dan "
            "langsung mendaftarkan "
            "orang berikutnya. Isian bertanda <b>Tetap</b> (desa, RT/RW, pekerjaan, skema, masa "
            "perlindungan) terbawa ke pendaftaran berikutnya.</li></ol>"
            "<p><b>Tab</b> melewati isian yang sudah diisi otomatis (dari NIK, atau terbawa dari data "
            "sebelumnya); tekan <b>Shift+Tab</b> untuk kembali mengubahnya. Nomor KK diawali kode kecamatan "
            "alamat; ketik sisanya. Tempat lahir ditawarkan dari kabupaten NIK dan No. HP diawali 08: bila "
            "berbeda, ketik saja di atasnya. Penghasilan boleh ditulis seperti diucapkan (750rb, 1,5jt). Di "
            "ahli waris, <b>↓</b> membuka baris berikutnya dan sesudah suami/istri ditawarkan Anak. Tab "
            "melewati e-mail yang kosong.</p>"
            "<p>Pesan <span style='color:#b3261e'>merah</span> harus diperbaiki sebelum menyimpan; pesan "
            "<span style='color:#8a5300'>kuning</span> hanya peringatan. NIK yang sudah terdaftar di skema "
            "yang sama tidak dapat didaftarkan lagi.</p>"
            "<h3>Mencari dan mengubah data</h3>"
            "<p>Di <b>Data Peserta</b> ketik sebagian nama, awal NIK, nomor pendaftaran atau KPJ. Tekan "
            "<b>Enter</b> untuk membuka data, <b>Delete</b> untuk menghapus (wajib dengan alasan), "
            "<b>Ctrl+Z</b> untuk mengurungkan perubahan atau penghapusan.</p>"
            "<h3>Batch, impor dan cetak</h3>"
            "<p>Di <b>Batch</b> buat batch, ekspor ke Excel (berkas diperiksa ulang sebelum batch dikunci), "
            "tandai terkirim, catat jawaban BPJS, dan cetak semua bukti atau berita acara. Di <b>Impor</b> "
            "baca daftar Excel dari desa: pratinjau dulu, tidak ada yang disimpan sebelum dikonfirmasi. "
            "<b>Ctrl+P</b> mencetak bukti orang yang sedang ditampilkan sebagai PDF; cetak dari pembaca PDF. "
            "Cadangan dan pemulihan ada di <b>Pengaturan › Cadangan</b>.</p>"
            "<h3>Tukar data antarkantor</h3>"
            "<p>Di <b>Tukar Data</b> kirim perubahan kantor ini ke kantor mitra (desa → kecamatan → Dinas) "
            "sebagai satu berkas tersandi <b>.lsync</b>, dan terima berkas dari mereka (flash disk, WhatsApp "
            "atau folder tukar bersama). Berkas yang sama dua kali tidak mengubah apa pun. Perubahan yang "
            "bertabrakan menunggu keputusan Anda di <b>Data Peserta › Konflik</b>.</p>"
            "<h3>Tombol pintas</h3>"
            "<table cellpadding='3'>"
            "<tr><td><b>Ctrl+N</b></td><td>Pendaftaran baru</td></tr>"
            "<tr><td><b>Ctrl+S</b></td><td>Simpan</td></tr>"
            "<tr><td><b>Ctrl+Enter / Ctrl+Shift+S</b></td><td>Simpan &amp; Baru</td></tr>"
            "<tr><td><b>Esc</b></td><td>Batalkan isian (ditanya dulu)</td></tr>"
            "<tr><td><b>Ctrl+F</b></td><td>Cari peserta</td></tr>"
            "<tr><td><b>Ctrl+Z / Ctrl+Y</b></td><td>Urungkan / Ulangi</td></tr>"
            "<tr><td><b>Ctrl+1 … Ctrl+7</b></td><td>Pindah halaman</td></tr>"
            "<tr><td><b>Ctrl+P</b></td><td>Cetak bukti pendaftaran</td></tr>"
            "<tr><td><b>Ctrl+B</b></td><td>Tambah peserta terpilih ke batch (Data Peserta)</td></tr>"
            "<tr><td><b>Ctrl+Shift+Q</b></td><td>Periksa keaslian bukti (QR)</td></tr>"
            "<tr><td><b>Ctrl+Shift+M</b></td><td>Kirim ke kantor mitra</td></tr>"
            "<tr><td><b>Ctrl+Shift+D</b></td><td>Terima berkas tukar</td></tr>"
            "<tr><td><b>Alt+L</b></td><td>Cari kecamatan di luar kabupaten kantor</td></tr>"
            "<tr><td><b>Alt+W</b></td><td>Tambah ahli waris</td></tr>"
            "<tr><td><b>Ctrl+Shift+K</b></td><td>Tampilkan/samarkan NIK di daftar</td></tr>"
            "<tr><td><b>F1</b></td><td>Bantuan ini</td></tr></table>"
            "<p>Isian yang belum disimpan disimpan otomatis sebagai draf setiap beberapa detik dan "
            "ditawarkan kembali bila Lindungi tertutup mendadak.</p>")
