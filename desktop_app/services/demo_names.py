"""Word lists for synthetic demo people (common Indonesian names; no real persons)."""

MALE = (
    "Ahmad", "Muhammad", "Budi", "Agus", "Andi", "Arief", "Bambang", "Dedi", "Eko", "Fajar", "Hendra",
    "Irwan", "Joko", "Kurniawan", "La Ode", "Made", "Nur", "Rahmat", "Rudi", "Slamet", "Sutrisno", "Syamsul",
    "Taufik", "Usman", "Wahyu", "Yusuf", "Zainal", "Abdul", "Hasan", "Ismail", "Darmawan", "Sudirman",
    "Sukardi", "Ramli", "Junaidi", "Baharuddin", "Hamzah", "Muh.", "M.", "Ilham", "Arifin", "Ruslan",
)
FEMALE = (
    "Siti", "Sri", "Dewi", "Nur'aini", "Aminah", "Fatimah", "Rina", "Yuliana", "Wati", "Ratna", "Suryani",
    "Nurhayati", "Hasanah", "Kartini", "Rosmini", "Masitah", "Lestari", "Indah", "Wahyuni", "Ani", "Halimah",
    "Rahmawati", "Mariam", "Jumiati", "Sumarni", "Hartini", "Nurlela", "Asmawati", "St.", "Hj.",
)
SECOND = (
    "Saputra", "Hidayat", "Santoso", "Wijaya", "Pratama", "Setiawan", "Kurnia", "Rahman", "Hakim", "Syahrir",
    "Gunawan", "Nugroho", "Susanto", "Hamid", "Latif", "Yunus", "Rasyid", "Daeng", "Sulaiman", "Ma'ruf",
    "Aziz", "Firmansyah", "Maulana", "Effendi", "Purnomo", "Wibowo",
)
SECOND_FEMALE = SECOND + ("Handayani", "Sari", "Ningsih", "Rahayu", "Lestari", "Puspita")
STREETS = (
    "Jl. Provinsi", "Jl. Poros Penajam", "Jl. Nelayan", "Jl. Pelabuhan", "Jl. Kebun Sayur", "Jl. Sawit",
    "Jl. Masjid", "Jl. Pasar", "Gg. Mawar", "Gg. Melati", "Dusun Karya Bakti", "Dusun Sumber Rejeki",
)
OCCUPATION_WEIGHTS = (
    ("Petani/Pekebun", 26), ("Nelayan/Perikanan", 14), ("Buruh Harian Lepas", 14),
    ("Buruh Tani/Perkebunan", 10), ("Pedagang (kecil/keliling/kaki lima)", 8), ("Tukang Ojek", 5),
    ("Buruh Nelayan/Perikanan", 5), ("Peternak", 3), ("Kuli Bangunan", 3), ("Tukang Kayu", 2),
    ("Pekerja Serabutan", 3), ("Pelaku UMKM", 2), ("Penggiat Agama (marbot, guru ngaji)", 2),
    ("Tukang Jahit", 1), ("Sopir Angkot", 1), ("Lainnya", 1),
)
OTHER_JOBS = ("Pengrajin anyaman", "Penjual kayu bakar", "Pemandu perahu")
