"""The home page's first content, written by the data migration; the ministry edits it in the admin after."""

TITLE = "Sigap: belajar bersama Gugus Tugas TPPO"
HEADING_EN = "Sigap: learning together as an anti-trafficking task force"

INTRO = (
    "<p>Sigap adalah ruang belajar bagi anggota Gugus Tugas Pencegahan dan Penanganan Tindak Pidana "
    "Perdagangan Orang di tingkat pusat, provinsi, dan kabupaten/kota. Anggota baru mempelajari SOP "
    "pelayanan terpadu bagi saksi dan/atau korban (Permen PPPA Nomor 8 Tahun 2021), pencegahan dan "
    "penanganan berbasis masyarakat (Permen PPPA Nomor 2 Tahun 2024), serta cara melayani korban yang "
    "berpihak pada korban dan peka gender.</p>"
)
INTRO_EN = (
    "<p>Sigap is where members of the task forces for the prevention and handling of trafficking in persons, "
    "at national, provincial and regency/city level, learn together. New members study the SOP for integrated "
    "services to witnesses and victims (Minister of Women's Empowerment and Child Protection Regulation "
    "No. 8 of 2021), community-based prevention and handling (Regulation No. 2 of 2024), and how to serve "
    "victims in a victim-oriented, gender-sensitive way.</p>"
)

HIGHLIGHTS = [
    {
        "title": "Untuk anggota baru",
        "title_en": "For new members",
        "text": "Daftar, lengkapi profil gugus tugas Anda, lalu pelajari modul singkat yang nyaman dibaca di "
        "ponsel dan tetap ringan di jaringan lambat.",
        "text_en": "Sign up, complete your task-force profile, then work through short modules that read well "
        "on a phone and stay light on a slow connection.",
    },
    {
        "title": "Untuk pelatih",
        "title_en": "For trainers",
        "text": "Susun modul SOP dan regulasi di ruang admin, kirim untuk ditinjau, dan terbitkan setelah "
        "disetujui kementerian.",
        "text_en": "Write SOP and regulation modules in the admin, send them for review, and publish them once "
        "the ministry approves.",
    },
    {
        "title": "Untuk koordinator",
        "title_en": "For coordinators",
        "text": "Kementerian dan koordinator daerah melihat siapa yang sudah dilatih di wilayahnya masing-masing.",
        "text_en": "The ministry and regional coordinators see who has been trained in their own region.",
    },
]
