"""Demo course: the SOP for integrated services to trafficking witnesses and victims (Permen PPPA 8/2021).

Written from ../shared/content/brief.md (sections 1.1, 1.2, 1.3, 1.5, 2, 4 S1, S4, S9 and S10, 5, 6). Points the
brief marks as unconfirmed (✘/◐) are left out or stated with their uncertainty: the lead agency for each stage is
presented as what usually happens ("lazimnya"), not as law, and no service-time standard from the SOP annex is
given. Where a citation reads "(nomor pasal belum diverifikasi)", the article number was not verified and must be
checked on JDIH before it is added.
"""

COURSE = {
    "slug": "sop-pelayanan-terpadu-permen-8-2021",
    "title": "SOP Pelayanan Terpadu bagi Saksi dan/atau Korban TPPO (Permen PPPA 8/2021)",
    "title_en": (
        "SOP for Integrated Services to Witnesses and/or Victims of Trafficking "
        "(Ministerial Regulation PPPA 8/2021)"
    ),
    "summary": (
        "Kursus ini menuntun anggota gugus tugas melewati enam tahap pelayanan terpadu bagi saksi dan "
        "korban TPPO menurut Permen PPPA 8/2021, dari pengaduan sampai reintegrasi sosial, beserta "
        "dasar hukumnya dalam UU 21/2007, PP 9/2008, dan undang-undang perlindungan saksi dan korban. "
        "Fokusnya: siapa berbuat apa, kapan, dan bagaimana merujuk tanpa menambah beban korban."
    ),
    "summary_en": (
        "This course walks task-force members through the six stages of integrated services for "
        "trafficking witnesses and victims under Ministerial Regulation PPPA 8/2021, from complaint to "
        "social reintegration, with their legal basis in Law 21/2007, Government Regulation 9/2008 and "
        "the witness and victim protection law. The focus: who does what, when, and how to refer "
        "without adding to the victim's burden."
    ),
    "regulations": [
        "uu-21-2007",
        "pp-9-2008",
        "permen-pppa-8-2021",
        "permen-pppa-4-2018",
        "uu-13-2006",
        "uu-31-2014",
        "perma-1-2022",
        "permen-pppa-2-2024",
        "perpres-69-2008",
    ],
    "audience_agencies": [],
    "audience_levels": [],
    "objectives": [
        "Menguraikan unsur TPPO menurut Pasal 1 angka 1 UU 21/2007 dan ancaman pidananya (Pasal 2 ayat (1), Pasal 16, Pasal 17).",
        "Menjelaskan dasar pelayanan terpadu (UU 21/2007 Pasal 46, PP 9/2008), peran UPTD PPA (Permen PPPA 4/2018), dan siapa saja yang terikat Permen PPPA 8/2021.",
        "Menjalankan enam tahap layanan, dari pengaduan sampai reintegrasi sosial, tanpa mensyaratkan kesaksian korban (UU 21/2007 Pasal 51 ayat (2)).",
        "Menerapkan batas 7 hari untuk layanan pemulihan dan pertolongan pertama (UU 21/2007 Pasal 52–53) dan membedakannya dari standar waktu yang belum terverifikasi.",
        "Menjamin hak prosedural dan restitusi korban (UU 21/2007 Pasal 34–36, 39–40, 43–45, 48; UU 31/2014 Pasal 7A; Perma 1/2022).",
        "Mengoordinasikan dan merujuk kasus antarinstansi dengan satu berkas dan persetujuan korban, sambil menjaga kerahasiaan (UU 21/2007 Pasal 44).",
    ],
    "objectives_en": [
        "Break down the elements of trafficking under Law 21/2007 Article 1 point 1 and its penalties (Article 2(1), Articles 16 and 17).",
        "Explain the basis of integrated services (Law 21/2007 Article 46, Government Regulation 9/2008), the role of the UPTD PPA (Regulation PPPA 4/2018), and who is bound by Regulation PPPA 8/2021.",
        "Carry out the six service stages, from complaint to social reintegration, without making services depend on the victim's testimony (Law 21/2007 Article 51(2)).",
        "Apply the 7-day limits for recovery services and first aid (Law 21/2007 Articles 52–53) and distinguish them from unverified service-time standards.",
        "Secure victims' procedural rights and restitution (Law 21/2007 Articles 34–36, 39–40, 43–45 and 48; Law 31/2014 Article 7A; Supreme Court Regulation 1/2022).",
        "Coordinate and refer cases between agencies with one file and the victim's consent, while keeping identities confidential (Law 21/2007 Article 44).",
    ],
    "estimated_minutes": 107,
    "modules": [
        {
            "slug": "dasar-hukum-pelayanan-terpadu",
            "title": "Dasar Hukum: TPPO dan Pelayanan Terpadu",
            "title_en": "Legal Basis: Trafficking and Integrated Services",
            "lessons": [
                {
                    "slug": "apa-itu-tppo-menurut-uu-21-2007",
                    "title": "Apa yang Disebut TPPO menurut UU 21/2007",
                    "title_en": "What Counts as Trafficking under Law 21/2007",
                    "minutes": 12,
                    "required": True,
                    "summary_en": (
                        "The integrated-service SOP serves witnesses and victims of trafficking, so every "
                        "officer needs a shared, accurate picture of what the crime is. Law 21/2007 Article 1 "
                        "point 1 builds it from three elements: an act (such as recruiting, transporting or "
                        "harbouring), a means (such as deception, abuse of a vulnerable position or debt "
                        "bondage) and an exploitative purpose. The law's definition of exploitation applies "
                        "whether or not the victim agreed. The lesson sets out the basic penalty in Article "
                        "2(1), the one-third increases in Article 16 (organised groups) and Article 17 "
                        "(child victims), and the non-punishment rule in Article 18. It flags what is not yet "
                        "verified, including the child definition in the statute itself, and practises "
                        "breaking a case into its elements."
                    ),
                    "body": [
                        (
                            "text",
                            "<p>Permen PPPA 8/2021 mengatur cara melayani <strong>saksi dan/atau korban "
                            "TPPO</strong>. Karena itu, sebelum membahas tahap demi tahap layanan, semua "
                            "petugas perlu memegang pengertian yang sama tentang kejahatan ini. Petugas "
                            "yang keliru memahami TPPO cenderung salah menggolongkan korban: sebagai "
                            "pekerja migran bermasalah, pelanggar keimigrasian, atau pekerja seks, lalu "
                            "menutup pintu layanan yang sebenarnya menjadi haknya.</p>"
                            "<p>Pelajaran ini bukan pelatihan penyidikan. Menentukan apakah unsur pidana "
                            "terbukti adalah tugas aparat penegak hukum dan hakim. Tugas kita di gugus tugas "
                            "adalah cukup paham untuk <em>menduga</em>, mencatat dengan benar, dan merujuk.</p>",
                        ),
                        ("glossary", "TPPO"),
                        ("heading", "Tiga unsur: proses, cara, tujuan"),
                        (
                            "text",
                            "<p>UU 21/2007 merumuskan perdagangan orang dari tiga unsur yang harus dibaca "
                            "bersama. Ketiganya tidak harus dilakukan oleh satu orang; dalam jaringan, "
                            "perekrut di desa, pengangkut, dan penampung di kota tujuan sering orang yang "
                            "berbeda.</p>",
                        ),
                        (
                            "table",
                            {
                                "caption": "Unsur TPPO menurut Pasal 1 angka 1 UU 21/2007 (diringkas)",
                                "header": ["Unsur", "Isinya", "Contoh yang sering ditemui"],
                                "rows": [
                                    [
                                        "Proses (tindakan)",
                                        "Merekrut, mengangkut, menampung, mengirim, memindahkan, atau menerima seseorang",
                                        "Sponsor mencari calon pekerja; agen menampung mereka di rumah singgah",
                                    ],
                                    [
                                        "Cara",
                                        "Ancaman atau penggunaan kekerasan, penculikan, penyekapan, pemalsuan, penipuan, penyalahgunaan kekuasaan atau posisi rentan, penjeratan utang, atau memberi bayaran kepada pihak yang mengendalikan korban",
                                        "Janji gaji palsu, dokumen dipalsukan, ongkos berangkat dijadikan utang",
                                    ],
                                    [
                                        "Tujuan",
                                        "Eksploitasi, atau perbuatan yang membuat orang tereksploitasi, di dalam negeri maupun lintas negara",
                                        "Kerja tanpa upah, pelacuran paksa, pengambilan organ",
                                    ],
                                ],
                            },
                        ),
                        (
                            "citation",
                            {
                                "regulation": "uu-21-2007",
                                "article": "Pasal 1 angka 1",
                                "point": "Perdagangan orang terdiri atas tindakan (proses), cara, dan tujuan "
                                "eksploitasi; berlaku baik di dalam wilayah Indonesia maupun antarnegara.",
                            },
                        ),
                        ("glossary", "Penjeratan utang"),
                        ("heading", "Persetujuan korban tidak menghapus eksploitasi"),
                        (
                            "text",
                            "<p>Ketentuan umum UU 21/2007 merumuskan eksploitasi sebagai tindakan yang "
                            "terjadi <strong>dengan atau tanpa persetujuan korban</strong>. Daftarnya "
                            "terbuka, antara lain pelacuran, kerja atau layanan paksa, perbudakan dan "
                            "praktik serupa perbudakan, penindasan, pemerasan, pemanfaatan fisik, seksual, "
                            "atau organ reproduksi, pengambilan organ atau jaringan tubuh secara melawan "
                            "hukum, dan pemanfaatan tenaga atau kemampuan seseorang demi keuntungan orang "
                            'lain. Jadi kalimat "dia sendiri yang mau berangkat" tidak mengakhiri '
                            "pemeriksaan.</p>"
                            "<p>Untuk anak, pegangan praktisnya tegas: persetujuan anak maupun orang tuanya "
                            "tidak pernah membuat eksploitasi anak menjadi sah. Aturan terkait seperti Perma "
                            "1/2022 dan Perpres 55/2024 memakai batas usia di bawah 18 tahun, termasuk anak "
                            "dalam kandungan; rumusan definisi anak di dalam UU 21/2007 sendiri belum kami "
                            "periksa ulang pada teks resmi.</p>",
                        ),
                        (
                            "citation",
                            {
                                "regulation": "uu-21-2007",
                                "article": "Pasal 1 (rumusan eksploitasi; nomor angka belum diverifikasi)",
                                "point": "Eksploitasi mencakup tindakan yang dilakukan dengan maupun tanpa "
                                "persetujuan korban; daftar bentuknya tidak tertutup.",
                            },
                        ),
                        ("heading", "Ancaman pidana dan pemberatannya"),
                        (
                            "text",
                            "<p>Pasal 2 ayat (1) mengancam pelaku dengan penjara 3 sampai 15 tahun dan "
                            "denda Rp120 juta sampai Rp600 juta. Ancaman itu ditambah sepertiga bila "
                            "dilakukan kelompok terorganisasi (Pasal 16), dan ditambah sepertiga bila "
                            "perbuatan menurut Pasal 2 sampai 4 dilakukan terhadap anak (Pasal 17). Banyak "
                            "pelatih juga mengajarkan bahwa tindak pidana sudah selesai walaupun eksploitasi "
                            "belum benar-benar terjadi; pendapat ini lazim, tetapi belum kami cocokkan dengan "
                            "teks resmi, jadi serahkan penilaiannya kepada penyidik.</p>",
                        ),
                        (
                            "citation",
                            {
                                "regulation": "uu-21-2007",
                                "article": "Pasal 2 ayat (1), Pasal 16, Pasal 17",
                                "point": "Pidana pokok 3–15 tahun penjara dan denda Rp120–600 juta; ditambah "
                                "sepertiga untuk kelompok terorganisasi dan untuk korban anak.",
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "principle",
                                "title": "Korban bukan pelaku",
                                "text": "<p>Korban yang melakukan tindak pidana karena dipaksa pelaku TPPO "
                                "tidak dipidana (UU 21/2007 Pasal 18). Bagi petugas layanan, artinya: "
                                "jangan menunda layanan karena korban memakai paspor palsu atau bekerja "
                                "tanpa izin atas suruhan pelaku.</p>",
                            },
                        ),
                        (
                            "case_study",
                            {
                                "title": "Latihan: lowongan rumah makan",
                                "situation": "<p>Lestari (22) melihat lowongan pelayan rumah makan di media "
                                "sosial dengan gaji tinggi. Seorang agen membelikan tiket ke provinsi lain, "
                                "menjemputnya, dan menampungnya di sebuah mes. Setibanya di sana ia dipekerjakan "
                                "di panti pijat 14 jam sehari, KTP-nya ditahan, dan ia diberi tahu berutang "
                                "Rp15 juta untuk ongkos. Ia mengaku berangkat atas kemauan sendiri.</p>",
                                "discussion": "<p>Proses: perekrutan, pengangkutan, penampungan. Cara: "
                                "penipuan soal jenis pekerjaan dan penjeratan utang. Tujuan: eksploitasi "
                                "tenaga dan mungkin eksploitasi seksual. Kemauannya berangkat tidak "
                                "menghapus eksploitasi (Pasal 1 UU 21/2007). Bagi petugas layanan, "
                                "dugaan ini cukup untuk membuka tahap pengaduan dan identifikasi; "
                                "pembuktian adalah urusan penyidik.</p>",
                            },
                        ),
                        (
                            "takeaways",
                            [
                                "TPPO dibangun dari tiga unsur: proses, cara, dan tujuan eksploitasi (UU 21/2007 Pasal 1 angka 1).",
                                "Eksploitasi tetap eksploitasi walaupun korban setuju; bagi anak, persetujuan siapa pun tidak berarti.",
                                "Pidana pokok 3–15 tahun dan denda Rp120–600 juta (Pasal 2 ayat (1)); ditambah sepertiga untuk kelompok terorganisasi (Pasal 16) dan korban anak (Pasal 17).",
                                "Petugas layanan cukup menduga dan merujuk; pembuktian adalah tugas penegak hukum.",
                            ],
                        ),
                        (
                            "reflection",
                            'Pernahkah Anda, atau rekan Anda, menyebut seseorang "TKI ilegal" atau "ikut '
                            'sendiri" sebelum memeriksa unsur cara dan tujuannya? Apa yang akan Anda tanyakan '
                            "kali berikutnya?",
                        ),
                    ],
                },
                {
                    "slug": "pelayanan-terpadu-ppt-uptd-ppa-dan-hak-korban",
                    "title": "Pelayanan Terpadu: PP 9/2008, PPT, UPTD PPA, Permen PPPA 8/2021, dan Hak Prosedural Korban",
                    "title_en": "Integrated Services: GR 9/2008, PPTs, UPTD PPA, Regulation PPPA 8/2021 and Victims' Procedural Rights",
                    "minutes": 13,
                    "required": True,
                    "summary_en": (
                        "Law 21/2007 Article 46 requires integrated service centres (PPT), and Government "
                        "Regulation 9/2008 sets out how they work: several agencies jointly providing health "
                        "and social rehabilitation, repatriation, social reintegration and legal aid, quickly, "
                        "safely, free of charge and confidentially, with quality assured through an SOP. "
                        "Today the regional PPT role sits mainly with the UPTD PPA, whose six functions come "
                        "from Ministerial Regulation PPPA 4/2018. Regulation PPPA 8/2021 is that SOP: it "
                        "replaced Regulation 22/2010 and binds central, regional, overseas and community-based "
                        "PPTs. The lesson closes with the procedural rights every stage must respect under "
                        "Law 21/2007 Articles 34–36, 39–40 and 43–45."
                    ),
                    "body": [
                        (
                            "text",
                            "<p>Korban TPPO jarang hanya membutuhkan satu layanan. Ia mungkin terluka, "
                            "trauma, tidak punya dokumen, jauh dari rumah, dan sekaligus menjadi saksi "
                            "kunci dalam perkara pidana. Jika setiap instansi bekerja sendiri-sendiri, "
                            "korbanlah yang harus berpindah dari kantor ke kantor dan mengulang ceritanya. "
                            "Gagasan <strong>pelayanan terpadu</strong> lahir untuk membalik beban itu: "
                            "instansi yang bergerak, bukan korban.</p>",
                        ),
                        ("heading", "Dari UU 21/2007 ke PP 9/2008"),
                        (
                            "citation",
                            {
                                "regulation": "uu-21-2007",
                                "article": "Pasal 46",
                                "point": "Pusat pelayanan terpadu (PPT) bagi saksi dan/atau korban TPPO wajib "
                                "dibentuk; ayat (2) menjadi dasar peraturan pemerintah tentang tata caranya.",
                            },
                        ),
                        (
                            "text",
                            "<p>Peraturan pelaksananya adalah PP 9/2008. Di sana pelayanan terpadu diartikan "
                            "sebagai kerja bersama berbagai instansi untuk memberikan rehabilitasi kesehatan, "
                            "rehabilitasi sosial, pemulangan, reintegrasi sosial, dan bantuan hukum, dengan "
                            "PPT sebagai unit pelaksananya. PPT dibentuk di kabupaten/kota, dan KemenPPPA "
                            "memikul tanggung jawab atas penyelenggaraannya. Layanannya harus cepat, mudah, "
                            "nyaman, aman, <strong>tidak dipungut biaya</strong>, dan "
                            "<strong>rahasia</strong>, dengan mutu yang dijaga melalui standar operasional "
                            "prosedur.</p>",
                        ),
                        (
                            "citation",
                            {
                                "regulation": "pp-9-2008",
                                "article": "(nomor pasal belum diverifikasi)",
                                "point": "Pelayanan terpadu mencakup rehabilitasi kesehatan, rehabilitasi sosial, "
                                "pemulangan, reintegrasi sosial, dan bantuan hukum; diberikan gratis, rahasia, "
                                "cepat, dan aman, dengan mutu dijamin melalui SOP.",
                            },
                        ),
                        ("glossary", "PPT"),
                        ("heading", "PPT hari ini: UPTD PPA"),
                        (
                            "text",
                            "<p>Di banyak daerah, peran PPT kini dijalankan terutama oleh UPTD PPA, yang "
                            "menggantikan P2TP2A. Permen PPPA 4/2018 memberi UPTD PPA enam fungsi: "
                            "pengaduan, penjangkauan, pengelolaan kasus, penampungan sementara, mediasi, "
                            "dan pendampingan. Sejak 2024 UPTD PPA juga diatur Perpres 55/2024. Catatan "
                            'penting: fungsi mediasi tidak dipakai untuk "mendamaikan" perkara TPPO. '
                            "TPPO adalah tindak pidana yang diancam penjara (UU 21/2007 Pasal 2), dan "
                            "penyelesaian lewat mediasi administratif termasuk kesalahan yang harus "
                            "dihindari.</p>",
                        ),
                        (
                            "citation",
                            {
                                "regulation": "permen-pppa-4-2018",
                                "article": "(nomor pasal belum diverifikasi)",
                                "point": "UPTD PPA menjalankan enam fungsi: pengaduan, penjangkauan, pengelolaan "
                                "kasus, penampungan sementara, mediasi, dan pendampingan.",
                            },
                        ),
                        ("glossary", "UPTD PPA"),
                        ("heading", "Permen PPPA 8/2021: SOP-nya, dan untuk siapa"),
                        (
                            "text",
                            "<p>Permen PPPA 8/2021 adalah SOP yang dimaksud PP 9/2008; ia menggantikan Permen "
                            "PPPA 22/2010. SOP ini berlaku bagi empat jenis PPT: PPT pusat (kementerian dan "
                            "lembaga anggota gugus tugas pusat), PPT daerah (UPTD PPA dan perangkat daerah "
                            "anggota gugus tugas daerah), Perwakilan RI di luar negeri, dan PPT berbasis "
                            "masyarakat. Isinya membagi layanan ke dalam enam tahap: (1) pengaduan/identifikasi, "
                            "(2) rehabilitasi kesehatan, (3) rehabilitasi sosial, (4) layanan hukum, "
                            "(5) pemulangan, dan (6) reintegrasi sosial.</p>",
                        ),
                        (
                            "citation",
                            {
                                "regulation": "permen-pppa-8-2021",
                                "article": "(nomor pasal belum diverifikasi)",
                                "point": "SOP pelayanan terpadu berlaku bagi PPT pusat, PPT daerah, Perwakilan RI, "
                                "dan PPT berbasis masyarakat, dan menyusun layanan dalam enam tahap.",
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "note",
                                "title": "Tahap bukan antrean",
                                "text": "<p>Urutan enam tahap memudahkan pembagian kerja, tetapi dalam praktik "
                                "beberapa tahap berjalan bersamaan. Korban yang sedang dirawat boleh saja "
                                "sekaligus didampingi memberi keterangan. Yang penting, setiap tahap tercatat "
                                "dan ada petugas yang bertanggung jawab.</p>",
                            },
                        ),
                        ("heading", "Hak prosedural korban yang menyertai semua tahap"),
                        (
                            "table",
                            {
                                "caption": "Hak prosedural saksi dan korban dalam UU 21/2007",
                                "header": ["Pasal", "Hak", "Yang dilakukan petugas"],
                                "rows": [
                                    [
                                        "34",
                                        "Memberi keterangan lewat sarana audio-visual jarak jauh",
                                        "Usulkan kepada penyidik atau jaksa bila korban jauh atau takut",
                                    ],
                                    [
                                        "35",
                                        "Didampingi advokat atau pendamping lain",
                                        "Siapkan pendamping sejak pemeriksaan pertama",
                                    ],
                                    [
                                        "36",
                                        "Mendapat informasi perkembangan perkara, termasuk salinan berita acara",
                                        "Kabari korban secara berkala",
                                    ],
                                    [
                                        "39–40",
                                        "Anak diperiksa dengan pendamping, tanpa kehadiran terdakwa; dengan izin hakim dapat direkam di luar sidang",
                                        "Cegah pemeriksaan berulang terhadap anak",
                                    ],
                                    [
                                        "43",
                                        "UU perlindungan saksi dan korban berlaku, kecuali UU 21 mengatur lain",
                                        "Rujuk ke LPSK bila korban terancam",
                                    ],
                                    [
                                        "44",
                                        "Identitas dirahasiakan, juga keluarga sampai derajat kedua bila diancam",
                                        "Tanpa nama, foto, atau desa dalam laporan publik",
                                    ],
                                    [
                                        "45",
                                        "RPK di kepolisian provinsi dan kabupaten/kota",
                                        "Minta pemeriksaan di ruang tertutup",
                                    ],
                                ],
                            },
                        ),
                        (
                            "citation",
                            {
                                "regulation": "uu-31-2014",
                                "article": "Pasal 6",
                                "point": "Korban TPPO, antara lain, berhak atas bantuan medis dan rehabilitasi "
                                "psikososial dan psikologis melalui LPSK.",
                            },
                        ),
                        (
                            "faq",
                            [
                                {
                                    "question": "Apakah korban boleh dimintai biaya, misalnya untuk visum atau menginap di rumah aman?",
                                    "answer": "<p>Tidak untuk layanan PPT: PP 9/2008 menuntut layanan terpadu "
                                    "tanpa biaya. Bila ada biaya di fasilitas lain, itu urusan antarinstansi, "
                                    "bukan beban korban.</p>",
                                },
                                {
                                    "question": "Saya staf dinas tenaga kerja. Apakah SOP ini berlaku bagi saya?",
                                    "answer": "<p>Ya, bila dinas Anda anggota gugus tugas daerah: perangkat daerah "
                                    "anggota gugus tugas termasuk PPT daerah menurut Permen PPPA 8/2021.</p>",
                                },
                            ],
                        ),
                        (
                            "takeaways",
                            [
                                "PPT diwajibkan UU 21/2007 Pasal 46 dan diatur PP 9/2008: lima layanan, gratis, rahasia, bermutu lewat SOP.",
                                "Di daerah, peran PPT kini dijalankan terutama oleh UPTD PPA dengan enam fungsi (Permen PPPA 4/2018).",
                                "Permen PPPA 8/2021 mengikat PPT pusat, PPT daerah, Perwakilan RI, dan PPT berbasis masyarakat, dalam enam tahap.",
                                "Hak prosedural korban (UU 21/2007 Pasal 34–36, 39–40, 43–45) berlaku di setiap tahap.",
                            ],
                        ),
                        (
                            "reflection",
                            "Dari tujuh hak prosedural dalam tabel, mana yang paling jarang dipenuhi di "
                            "daerah Anda, dan siapa yang bisa Anda ajak bicara untuk mengubahnya?",
                        ),
                    ],
                },
            ],
        },
        {
            "slug": "tahap-pengaduan-sampai-rehabilitasi",
            "title": "Tahap 1–3: Pengaduan, Rehabilitasi Kesehatan, dan Rehabilitasi Sosial",
            "title_en": "Stages 1–3: Complaint, Health Rehabilitation and Social Rehabilitation",
            "lessons": [
                {
                    "slug": "tahap-1-pengaduan-dan-identifikasi",
                    "title": "Tahap 1: Pengaduan dan Identifikasi",
                    "title_en": "Stage 1: Complaint and Identification",
                    "minutes": 12,
                    "required": True,
                    "summary_en": (
                        "The first stage of the SOP opens the door to every other service. A case can arrive "
                        "through several doors: the SAPA 129 hotline (call 129 or WhatsApp 08111-129-129), a "
                        "UPTD PPA, the police women-and-children unit and its special service rooms (Law "
                        "21/2007 Article 45), an Indonesian mission abroad, or a member of the community. The "
                        "lesson presents the usual lead at this stage as common practice, not law. It stresses "
                        "Article 51(2): the request for recovery services can be made by the victim, family, "
                        "a friend, police, a volunteer companion or a social worker, and the police report may "
                        "be filed by someone else, so services never wait for the victim's own testimony. A "
                        "hotline case shows how a complaint is received and referred."
                    ),
                    "body": [
                        (
                            "text",
                            "<p>Tahap pertama dalam Permen PPPA 8/2021 adalah pengaduan dan identifikasi. "
                            "Di sinilah ditentukan apakah seseorang dikenali sebagai korban yang berhak atas "
                            "layanan, atau justru lolos dan kembali ke tangan pelaku. Tahap ini juga sering "
                            "menjadi satu-satunya kesempatan: korban yang merasa dihakimi pada pertemuan "
                            "pertama jarang datang lagi.</p>",
                        ),
                        ("heading", "Banyak pintu masuk"),
                        (
                            "text",
                            "<p>Tidak ada satu pintu wajib. Pengaduan bisa datang dari korban sendiri, "
                            "keluarga, tetangga, majikan yang curiga, petugas pelabuhan, atau kantor "
                            "perwakilan di luar negeri. Tabel berikut merangkum pintu yang <em>lazimnya</em> "
                            "dipakai. Ini ringkasan praktik dari UU 21/2007, PP 9/2008, dan laman instansi, "
                            "bukan pembagian kewenangan yang tertulis dalam SOP; pastikan kesepakatan rujukan "
                            "di daerah Anda.</p>",
                        ),
                        (
                            "table",
                            {
                                "caption": "Pintu pengaduan yang lazim (ringkasan praktik, bukan ketentuan hukum)",
                                "header": ["Pintu", "Keterangan", "Dasar atau sumber"],
                                "rows": [
                                    [
                                        "SAPA 129",
                                        "Telepon 129 atau WhatsApp 08111-129-129; milik KemenPPPA",
                                        "Layanan resmi KemenPPPA",
                                    ],
                                    [
                                        "UPTD PPA",
                                        "Fungsi pengaduan dan penjangkauan",
                                        "Permen PPPA 4/2018",
                                    ],
                                    [
                                        "Kepolisian: Unit PPA dan RPK",
                                        "Laporan polisi; pemeriksaan di ruang tertutup",
                                        "UU 21/2007 Pasal 45",
                                    ],
                                    [
                                        "Perwakilan RI",
                                        "WNI korban di luar negeri",
                                        "UU 21/2007 Pasal 54; Permen PPPA 8/2021",
                                    ],
                                    [
                                        "Masyarakat",
                                        "Warga, tokoh agama, LSM, PPT berbasis masyarakat",
                                        "Permen PPPA 2/2024; Permen PPPA 8/2021",
                                    ],
                                ],
                            },
                        ),
                        ("glossary", "SAPA 129"),
                        ("glossary", "Unit PPA / RPK"),
                        ("heading", "Layanan tidak menunggu kesaksian korban"),
                        (
                            "text",
                            "<p>Kesalahan paling merugikan pada tahap ini adalah mensyaratkan korban membuat "
                            "laporan polisi sendiri sebelum dibantu. UU 21/2007 tidak menuntut itu. Permohonan "
                            "layanan pemulihan boleh diajukan oleh korban, keluarganya, temannya, polisi, "
                            "relawan pendamping, atau pekerja sosial, setelah kasusnya dilaporkan ke polisi "
                            "oleh korban <em>atau pihak lain</em>. Artinya, petugas UPTD PPA atau pekerja "
                            "sosial dapat membuat laporan dan mengajukan permohonan, sementara korban "
                            "memulihkan diri. Permohonan itu ditujukan kepada menteri atau instansi daerah "
                            "yang membidangi kesehatan dan sosial.</p>",
                        ),
                        (
                            "citation",
                            {
                                "regulation": "uu-21-2007",
                                "article": "Pasal 51 ayat (2) dan (3)",
                                "point": "Permohonan layanan dapat diajukan korban, keluarga, teman, polisi, "
                                "relawan pendamping, atau pekerja sosial setelah kasus dilaporkan ke polisi "
                                "oleh siapa pun; diajukan kepada instansi yang membidangi kesehatan dan sosial.",
                            },
                        ),
                        (
                            "checklist",
                            {
                                "title": "Saat menerima pengaduan (praktik baik, bukan kutipan SOP)",
                                "items": [
                                    "Pastikan dulu keselamatan: apakah korban masih di bawah kendali pelaku, dan adakah yang membutuhkan pertolongan medis sekarang?",
                                    "Bicara di ruang tertutup; tawarkan petugas perempuan atau laki-laki sesuai pilihan korban.",
                                    "Jelaskan siapa Anda, apa yang akan dicatat, untuk apa, dan bahwa korban boleh menolak atau berhenti.",
                                    "Tanyakan hal yang perlu saja: tanda penjeratan utang, dokumen ditahan, gerak dibatasi, janji kerja yang berbeda dari kenyataan.",
                                    "Catat dalam satu berkas kasus; isi SIMFONI PPA bila unit Anda memakainya, tanpa menyebar identitas korban.",
                                    "Tentukan kebutuhan segera (kesehatan, tempat aman, pemulangan) dan rujuk pada hari yang sama bila bisa.",
                                ],
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "warning",
                                "title": "Jangan mengutip standar waktu yang belum terverifikasi",
                                "text": "<p>Lampiran SOP Permen PPPA 8/2021 belum kami verifikasi, jadi kursus "
                                "ini tidak menyebut standar jam atau hari untuk menindaklanjuti pengaduan. "
                                "Batas waktu yang pasti ada dalam undang-undang adalah 7 hari untuk "
                                "rehabilitasi dan pertolongan pertama sejak permohonan (UU 21/2007 Pasal "
                                "52–53). Standar waktu yang dibuat satu UPTD PPA adalah aturan lokal, bukan "
                                "nasional.</p>",
                            },
                        ),
                        (
                            "case_study",
                            {
                                "title": "Telepon dari seorang kakak",
                                "situation": "<p>Yosefina menghubungi SAPA 129 lewat WhatsApp. Adiknya, Marta "
                                "(17), berangkat tiga bulan lalu untuk bekerja di sebuah toko di provinsi lain. "
                                "Kini Marta hanya sesekali bisa mengirim pesan, mengaku tidak digaji, tidak "
                                'boleh keluar, dan diminta melunasi "utang" tiket. Yosefina takut '
                                "melapor ke polisi karena perekrutnya tetangga mereka.</p>",
                                "discussion": "<p>Marta masih anak, dan ada tanda penyekapan serta penjeratan "
                                "utang. Pengaduan dicatat, lalu dirujuk ke UPTD PPA dan kepolisian di daerah "
                                "tempat Marta berada untuk penjangkauan, serta ke UPTD PPA di daerah asal "
                                "untuk mendampingi keluarga. Yosefina tidak wajib menjadi pelapor: pihak lain, "
                                "misalnya petugas UPTD PPA, dapat melaporkan kasus ke polisi (Pasal 51 ayat "
                                "(2)). Identitas keluarga dijaga, dan perlindungan dapat diminta bila "
                                "perekrut mengancam (Pasal 44).</p>",
                            },
                        ),
                        (
                            "takeaways",
                            [
                                "Tahap 1 punya banyak pintu: SAPA 129 (129 / WA 08111-129-129), UPTD PPA, Unit PPA/RPK, Perwakilan RI, dan masyarakat.",
                                "Pembagian pintu di atas adalah praktik yang lazim, bukan kewenangan yang ditetapkan SOP.",
                                "Layanan tidak boleh disyaratkan pada laporan atau kesaksian korban sendiri (UU 21/2007 Pasal 51 ayat (2)).",
                                "Jangan menyebut standar waktu dari lampiran SOP; yang pasti hanya batas 7 hari dalam Pasal 52–53.",
                            ],
                        ),
                        (
                            "reflection",
                            "Jika seseorang mengadu di kantor Anda besok pagi, apakah Anda tahu nomor dan nama "
                            "petugas yang akan Anda hubungi di UPTD PPA dan Unit PPA? Bila belum, kapan Anda "
                            "akan mencarinya?",
                        ),
                    ],
                },
                {
                    "slug": "tahap-2-rehabilitasi-kesehatan",
                    "title": "Tahap 2: Rehabilitasi Kesehatan dan Batas 7 Hari",
                    "title_en": "Stage 2: Health Rehabilitation and the 7-Day Limits",
                    "minutes": 11,
                    "required": True,
                    "summary_en": (
                        "Victims who suffer physical or psychological harm have a right to health "
                        "rehabilitation from the government (Law 21/2007 Article 51(1)). The law sets two "
                        "confirmed deadlines: recovery services within 7 days of the request (Article 52, "
                        "which also calls for protection homes or trauma centres) and first aid for urgent "
                        "trauma or illness within 7 days of the request (Article 53). Seven days is a ceiling, "
                        "not a target; urgent care starts at once. The lesson notes that which health bodies "
                        "lead this stage is not confirmed from the SOP text, points to LPSK medical and "
                        "psychological help (Law 31/2014 Article 6), and covers consent and confidentiality "
                        "during examinations. A shelter case practises running the 7-day clock."
                    ),
                    "body": [
                        (
                            "text",
                            "<p>Korban TPPO sering datang dengan luka yang tampak dan yang tidak tampak: "
                            "cedera akibat kekerasan, kelelahan kerja berlebihan, gizi buruk, infeksi "
                            "yang tidak diobati, kehamilan, serta kecemasan, gangguan tidur, atau trauma "
                            "berat. Tahap kedua SOP memastikan kebutuhan kesehatan fisik dan psikis ini "
                            "ditangani, dan ditangani lebih dulu daripada kebutuhan berkas perkara.</p>",
                        ),
                        ("heading", "Hak dan dua batas waktu dalam undang-undang"),
                        (
                            "citation",
                            {
                                "regulation": "uu-21-2007",
                                "article": "Pasal 51 ayat (1)",
                                "point": "Korban yang menderita fisik atau psikis akibat TPPO berhak memperoleh "
                                "rehabilitasi kesehatan, rehabilitasi sosial, pemulangan, dan reintegrasi "
                                "sosial dari pemerintah.",
                            },
                        ),
                        (
                            "text",
                            "<p>UU 21/2007 memasang dua batas waktu yang sudah terkonfirmasi. Pertama, "
                            "layanan pemulihan harus diberikan paling lambat 7 hari sejak permohonan "
                            "diajukan; pasal yang sama meminta pemerintah menyediakan rumah perlindungan "
                            "atau pusat trauma. Kedua, korban yang mengalami trauma atau penyakit yang "
                            "membahayakan dirinya harus mendapat pertolongan pertama paling lambat 7 hari "
                            "sejak permohonan.</p>",
                        ),
                        (
                            "citation",
                            {
                                "regulation": "uu-21-2007",
                                "article": "Pasal 52",
                                "point": "Layanan pemulihan diberikan paling lambat 7 hari sejak permohonan; "
                                "pemerintah menyediakan rumah perlindungan atau pusat trauma.",
                            },
                        ),
                        (
                            "citation",
                            {
                                "regulation": "uu-21-2007",
                                "article": "Pasal 53",
                                "point": "Korban dengan trauma atau penyakit yang membahayakan dirinya berhak "
                                "atas pertolongan pertama paling lambat 7 hari sejak permohonan.",
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "principle",
                                "title": "Tujuh hari adalah batas, bukan sasaran",
                                "text": "<p>Angka 7 hari adalah batas paling lambat menurut hukum. Korban yang "
                                "berdarah, demam tinggi, atau berisiko bunuh diri ditolong hari itu juga di "
                                "fasilitas kesehatan terdekat. Hitungan dimulai sejak permohonan diajukan, "
                                "jadi catat tanggal permohonan di berkas kasus.</p>",
                            },
                        ),
                        ("heading", "Siapa yang melayani?"),
                        (
                            "text",
                            "<p>Permohonan ditujukan kepada menteri atau instansi daerah yang membidangi "
                            "kesehatan (UU 21/2007 Pasal 51 ayat (3)). Pembagian peran persis antara dinas "
                            "kesehatan, puskesmas, dan rumah sakit pada tahap ini <strong>belum kami "
                            "verifikasi</strong> dari teks SOP, jadi kursus ini tidak menetapkannya. "
                            "Sepakati jalurnya dengan dinas kesehatan di daerah Anda: fasilitas mana yang "
                            "menerima rujukan, siapa kontaknya, dan bagaimana biaya ditanggung tanpa "
                            "membebani korban, sesuai asas layanan gratis dalam PP 9/2008.</p>"
                            "<p>Jalur tambahan tersedia lewat LPSK: korban TPPO dapat memperoleh bantuan "
                            "medis serta rehabilitasi psikososial dan psikologis. Jalur ini berguna "
                            "terutama bila korban juga saksi yang membutuhkan perlindungan.</p>",
                        ),
                        (
                            "citation",
                            {
                                "regulation": "uu-31-2014",
                                "article": "Pasal 6",
                                "point": "Korban TPPO dapat memperoleh bantuan medis dan rehabilitasi "
                                "psikososial serta psikologis melalui LPSK.",
                            },
                        ),
                        (
                            "checklist",
                            {
                                "title": "Selama pemeriksaan kesehatan (praktik baik)",
                                "items": [
                                    "Jelaskan setiap pemeriksaan sebelum dilakukan dan minta persetujuan korban untuk masing-masing.",
                                    "Tawarkan tenaga kesehatan dengan jenis kelamin yang dipilih korban dan pendamping yang ia percayai.",
                                    "Simpan hasil pemeriksaan secara rahasia; bagikan hanya yang perlu dan dengan izin korban.",
                                    "Jangan menunda perawatan sampai polisi datang atau laporan dibuat.",
                                    "Rencanakan layanan psikologis lanjutan, bukan hanya pengobatan luka.",
                                ],
                            },
                        ),
                        (
                            "case_study",
                            {
                                "title": "Hitungan hari di rumah aman",
                                "situation": "<p>Hari Senin, Ningsih (26) diterima di rumah aman UPTD PPA "
                                "setelah dibebaskan dari tempat penampungan ilegal. Ia batuk berkepanjangan, "
                                "ada memar di lengan, dan sulit tidur. Pekerja sosial mengajukan permohonan "
                                "layanan kesehatan hari itu juga. Puskesmas rujukan mengatakan baru bisa "
                                "menjadwalkan pemeriksaan dua minggu lagi.</p>",
                                "discussion": "<p>Jadwal dua minggu melewati batas 7 hari sejak permohonan "
                                "(UU 21/2007 Pasal 52). Pekerja sosial mencatat tanggal permohonan, "
                                "meningkatkan persoalan ke dinas kesehatan, dan mencari fasilitas lain. Bila "
                                "batuknya disertai gejala berat, Ningsih dibawa berobat hari itu juga: itu "
                                "pertolongan pertama (Pasal 53). Sulit tidurnya dicatat sebagai kebutuhan "
                                "layanan psikologis, dan LPSK dapat dilibatkan (UU 31/2014 Pasal 6).</p>",
                            },
                        ),
                        (
                            "takeaways",
                            [
                                "Korban yang menderita fisik atau psikis berhak atas rehabilitasi kesehatan dari pemerintah (UU 21/2007 Pasal 51 ayat (1)).",
                                "Layanan pemulihan paling lambat 7 hari sejak permohonan (Pasal 52); pertolongan pertama untuk kondisi yang membahayakan paling lambat 7 hari (Pasal 53).",
                                "Catat tanggal permohonan; kondisi darurat ditolong hari itu juga.",
                                "Pembagian peran antarfasilitas kesehatan belum terverifikasi dari SOP; sepakati jalurnya di daerah.",
                                "LPSK menyediakan bantuan medis dan psikologis bagi korban TPPO (UU 31/2014 Pasal 6).",
                            ],
                        ),
                        (
                            "reflection",
                            "Di berkas kasus yang Anda tangani, apakah tanggal permohonan layanan dicatat? "
                            "Bagaimana Anda akan tahu bila batas 7 hari terlewati?",
                        ),
                    ],
                },
                {
                    "slug": "tahap-3-rehabilitasi-sosial",
                    "title": "Tahap 3: Rehabilitasi Sosial dan Rumah Perlindungan",
                    "title_en": "Stage 3: Social Rehabilitation and Protection Homes",
                    "minutes": 12,
                    "required": True,
                    "summary_en": (
                        "Social rehabilitation helps a survivor regain stability, relationships and the "
                        "ability to make decisions. It is a right under Law 21/2007 Article 51(1), subject to "
                        "the 7-day limit in Article 52, which also calls for protection homes or trauma "
                        "centres. In practice the stage is usually led by the Ministry of Social Affairs (its "
                        "RPTC trauma shelters, now being turned into service centres), regional social "
                        "offices and the temporary shelter function of the UPTD PPA under Ministerial "
                        "Regulation PPPA 4/2018; this division is common practice, not law. The lesson stresses "
                        "that any stay is voluntary: survivors keep their documents and phones, and limits "
                        "are agreed and time-bound. A case of an adult male fishing-crew survivor shows how to "
                        "refer people a women-and-children unit cannot house."
                    ),
                    "body": [
                        (
                            "text",
                            "<p>Setelah kebutuhan medis mendesak tertangani, korban masih harus memulihkan "
                            "rasa aman, kepercayaan kepada orang lain, hubungan dengan keluarga, dan "
                            "kemampuan mengatur hidupnya sendiri. Itulah sasaran rehabilitasi sosial, tahap "
                            'ketiga SOP. Tahap ini tidak identik dengan "tinggal di rumah aman": sebagian '
                            "korban memilih langsung pulang dan menjalani pendampingan dari rumah.</p>",
                        ),
                        (
                            "citation",
                            {
                                "regulation": "uu-21-2007",
                                "article": "Pasal 51 ayat (1) dan Pasal 52",
                                "point": "Rehabilitasi sosial adalah hak korban yang menderita fisik atau psikis; "
                                "diberikan paling lambat 7 hari sejak permohonan, dan pemerintah menyediakan "
                                "rumah perlindungan atau pusat trauma.",
                            },
                        ),
                        ("heading", "Siapa yang lazimnya memberi layanan"),
                        (
                            "table",
                            {
                                "caption": "Penyedia rehabilitasi sosial yang lazim (ringkasan praktik, bukan ketentuan hukum)",
                                "header": ["Penyedia", "Yang biasa diberikan", "Catatan"],
                                "rows": [
                                    [
                                        "Kemensos: RPTC",
                                        "Rumah perlindungan dan layanan trauma; menerima rujukan, termasuk dari kepolisian",
                                        "RPTC dilaporkan sedang diubah menjadi sentra layanan",
                                    ],
                                    [
                                        "Dinas Sosial",
                                        "Pendampingan pekerja sosial, bantuan rehabilitasi sosial, rujukan ke Kemensos",
                                        "Juga berperan pada pemulangan dan reintegrasi",
                                    ],
                                    [
                                        "UPTD PPA",
                                        "Penampungan sementara dan pendampingan",
                                        "Fungsi menurut Permen PPPA 4/2018; sasarannya perempuan dan anak",
                                    ],
                                ],
                            },
                        ),
                        ("glossary", "RPTC"),
                        ("glossary", "Kemensos / Dinsos"),
                        (
                            "text",
                            "<p>Dalam struktur gugus tugas pusat, Kemensos duduk di sub-gugus tugas yang "
                            "menangani rehabilitasi sosial, pemulangan, dan reintegrasi (sub-gugus tugas "
                            "dibentuk dengan Peraturan Ketua Harian 1/2021). Bantuan rehabilitasi "
                            "sosial Kemensos dikenal dengan nama ATENSI; jenis dan besarannya mengikuti "
                            "ketentuan Kemensos yang berlaku, jadi tanyakan kepada Dinas Sosial setempat "
                            "sebelum menjanjikan apa pun kepada korban.</p>",
                        ),
                        ("glossary", "ATENSI"),
                        ("heading", "Tinggal di rumah perlindungan itu sukarela"),
                        (
                            "text",
                            "<p>Rumah perlindungan ada untuk melindungi, bukan menahan. Laporan pemantauan "
                            "internasional berulang kali mencatat praktik keliru: paspor dan telepon korban "
                            "disimpan pengelola, gerbang dikunci, dan korban tidak boleh keluar sampai "
                            "perkara selesai. Praktik seperti itu mengulang pengalaman dikendalikan pelaku. "
                            "Daftar hak saksi dan korban dalam Pasal 5 UU 13/2006 sebagaimana diubah UU "
                            "31/2014 dilaporkan memuat hak ikut menentukan bentuk perlindungan; rumusan "
                            "persisnya belum kami cocokkan dengan teks resmi, tetapi prinsipnya jelas: "
                            "rencana keselamatan disusun <em>bersama</em> korban.</p>",
                        ),
                        (
                            "checklist",
                            {
                                "title": "Rumah perlindungan yang menghormati korban (praktik baik)",
                                "items": [
                                    "Korban memegang sendiri dokumen dan teleponnya, kecuali ia memilih menitipkannya.",
                                    "Pembatasan keluar-masuk hanya bila disepakati bersama, tertulis, beralasan keselamatan, dan berbatas waktu.",
                                    "Korban boleh meninggalkan rumah perlindungan; bila ia pergi, pastikan ia tahu cara kembali meminta bantuan.",
                                    "Konseling, kontak dengan keluarga, dan kegiatan keterampilan direncanakan bersama korban.",
                                    "Lama tinggal ditinjau berkala; tujuan akhirnya pemulangan dan reintegrasi, bukan penampungan tanpa ujung.",
                                ],
                            },
                        ),
                        (
                            "case_study",
                            {
                                "title": "Awak kapal yang tidak punya tempat",
                                "situation": "<p>Yohanes (29) dan dua rekannya, awak kapal penangkap ikan, "
                                "turun di pelabuhan setelah berbulan-bulan bekerja tanpa upah dan dipukuli. "
                                "Kepolisian menghubungi UPTD PPA, yang menjawab bahwa penampungannya khusus "
                                "perempuan dan anak. Seorang petugas mengusulkan agar mereka menunggu di "
                                "kantor polisi sampai ada keputusan.</p>",
                                "discussion": "<p>Laki-laki dewasa juga korban, dan data kepolisian 2023 yang "
                                "dikutip media bahkan mencatat lebih banyak korban laki-laki daripada "
                                "perempuan. UPTD PPA tetap dapat mencatat dan mengoordinasikan kasus, tetapi "
                                "penampungan dicarikan lewat Dinas Sosial atau dirujuk ke RPTC Kemensos. "
                                "Menunggu di sel atau ruang tahanan tidak layak bagi korban. Permohonan "
                                "rehabilitasi dicatat tanggalnya karena batas 7 hari berlaku (UU 21/2007 "
                                "Pasal 52). Bila Yohanes lebih memilih pulang, keinginannya dihormati dan "
                                "tahap pemulangan disiapkan.</p>",
                            },
                        ),
                        (
                            "takeaways",
                            [
                                "Rehabilitasi sosial adalah hak korban dan tunduk pada batas 7 hari sejak permohonan (UU 21/2007 Pasal 51 ayat (1), Pasal 52).",
                                "Lazimnya dilayani Kemensos (RPTC), Dinas Sosial, dan penampungan sementara UPTD PPA; ini ringkasan praktik, bukan pembagian kewenangan dalam hukum.",
                                "Tinggal di rumah perlindungan itu sukarela: dokumen dan telepon tetap milik korban.",
                                "Korban laki-laki dewasa dirujuk ke layanan yang bisa menerimanya, tidak dibiarkan menunggu di kantor polisi.",
                            ],
                        ),
                        (
                            "reflection",
                            "Ke mana Anda akan merujuk korban laki-laki dewasa di daerah Anda malam ini juga? "
                            "Jika Anda tidak yakin, siapa yang perlu Anda hubungi untuk menyepakatinya?",
                        ),
                    ],
                },
            ],
        },
        {
            "slug": "tahap-hukum-sampai-reintegrasi",
            "title": "Tahap 4–6 dan Koordinasi: Layanan Hukum, Pemulangan, dan Reintegrasi Sosial",
            "title_en": "Stages 4–6 and Coordination: Legal Services, Repatriation and Social Reintegration",
            "lessons": [
                {
                    "slug": "tahap-4-layanan-hukum-dan-restitusi",
                    "title": "Tahap 4: Layanan Hukum, Perlindungan LPSK, dan Restitusi",
                    "title_en": "Stage 4: Legal Services, LPSK Protection and Restitution",
                    "minutes": 13,
                    "required": True,
                    "summary_en": (
                        "Legal services help the victim move through the criminal process safely and come out "
                        "with redress. The usual actors are the police women-and-children unit with its "
                        "special service rooms (Law 21/2007 Article 45), prosecutors, courts, LPSK and "
                        "advocates or companions (Article 35); this division is common practice. The core of "
                        "the lesson is restitution: Article 48 covers lost property or income, suffering, "
                        "medical and psychological costs and other losses; Law 31/2014 Article 7A lets "
                        "trafficking victims claim through LPSK; Supreme Court Regulation 1/2022 sets the "
                        "procedure, including a 90-day window after a final verdict. Officers should raise "
                        "restitution early, before the file reaches the prosecutor, and never broker private "
                        "payments."
                    ),
                    "body": [
                        (
                            "text",
                            "<p>Tahap keempat SOP menyangkut layanan hukum. Tujuannya ganda: korban aman dan "
                            "bermartabat selama proses pidana, dan korban tidak pulang dengan tangan kosong. "
                            "Layanan hukum juga termasuk dalam pengertian pelayanan terpadu menurut PP "
                            "9/2008, yang menyebut bantuan hukum di samping rehabilitasi, pemulangan, dan "
                            "reintegrasi.</p>",
                        ),
                        ("heading", "Siapa yang lazimnya terlibat"),
                        (
                            "text",
                            "<p>Lazimnya tahap ini melibatkan penyidik kepolisian (Unit PPA, dengan "
                            "pemeriksaan di RPK menurut Pasal 45 UU 21/2007), penuntut umum, pengadilan, "
                            "LPSK, serta advokat atau pendamping. Ringkasan ini berasal dari undang-undang "
                            "dan laman instansi, bukan daftar kewenangan dalam SOP. Peran pendamping "
                            "dijamin: korban berhak didampingi advokat atau pendamping lain di setiap "
                            "tingkat pemeriksaan (Pasal 35), dan berhak mendapat kabar perkembangan "
                            "perkaranya (Pasal 36). Bila korban atau keluarganya terancam, ajukan "
                            "perlindungan ke LPSK, karena undang-undang perlindungan saksi dan korban juga "
                            "berlaku dalam perkara TPPO (Pasal 43).</p>",
                        ),
                        (
                            "citation",
                            {
                                "regulation": "uu-21-2007",
                                "article": "Pasal 35, Pasal 36, Pasal 43",
                                "point": "Korban berhak didampingi advokat atau pendamping lain, mendapat "
                                "informasi perkembangan perkara, dan memperoleh perlindungan menurut "
                                "undang-undang perlindungan saksi dan korban.",
                            },
                        ),
                        ("glossary", "LPSK"),
                        ("heading", "Restitusi: hak yang sering terlupa"),
                        (
                            "text",
                            "<p>Restitusi adalah ganti kerugian yang dibayar pelaku (atau pihak ketiga) "
                            "kepada korban. Banyak korban tidak pernah mendengar kata ini sampai perkaranya "
                            "sudah diputus. Padahal kerugian paling mudah dibuktikan bila dikumpulkan sejak "
                            "awal, selagi bukti masih ada.</p>",
                        ),
                        (
                            "table",
                            {
                                "caption": "Komponen restitusi menurut UU 21/2007 Pasal 48, dengan contoh bukti",
                                "header": ["Komponen", "Contoh bukti yang bisa dikumpulkan"],
                                "rows": [
                                    [
                                        "Kehilangan harta atau penghasilan",
                                        "Janji gaji dalam iklan atau pesan, slip atau catatan upah, bukti uang yang disetor ke perekrut",
                                    ],
                                    [
                                        "Penderitaan",
                                        "Keterangan korban dan pendamping, catatan psikolog",
                                    ],
                                    [
                                        "Biaya perawatan medis dan/atau psikologis",
                                        "Kuitansi, surat rujukan, rekam layanan",
                                    ],
                                    [
                                        "Kerugian lain akibat perdagangan orang",
                                        'Ongkos perjalanan, "utang" yang ditagih pelaku, biaya mengurus dokumen',
                                    ],
                                ],
                            },
                        ),
                        (
                            "citation",
                            {
                                "regulation": "uu-21-2007",
                                "article": "Pasal 48",
                                "point": "Korban TPPO berhak atas restitusi yang meliputi "
                                "kehilangan harta atau penghasilan, penderitaan, biaya perawatan medis atau "
                                "psikologis, dan kerugian lain.",
                            },
                        ),
                        (
                            "citation",
                            {
                                "regulation": "uu-31-2014",
                                "article": "Pasal 7A",
                                "point": "Korban TPPO dapat mengajukan restitusi melalui LPSK.",
                            },
                        ),
                        (
                            "text",
                            "<p>Tata caranya diatur Perma 1/2022. Pokok-pokoknya: restitusi dibayar pelaku "
                            "atau pihak ketiga, sedangkan kompensasi dibayar negara; permohonan dapat "
                            "diajukan langsung ke pengadilan atau melalui LPSK; TPPO termasuk tindak pidana "
                            "yang dicakup; uang restitusi dapat dititipkan di pengadilan; dan bila perkara "
                            "sudah berkekuatan hukum tetap, permohonan masih dapat diajukan dalam 90 hari "
                            "sejak pemohon mengetahui putusan itu. Menunggu sampai putusan tetap berisiko, "
                            "jadi lebih aman mengajukannya selama perkara berjalan.</p>",
                        ),
                        (
                            "citation",
                            {
                                "regulation": "perma-1-2022",
                                "article": "(nomor pasal belum diverifikasi)",
                                "point": "Permohonan restitusi diajukan langsung ke pengadilan atau melalui LPSK; "
                                "setelah putusan berkekuatan hukum tetap, batasnya 90 hari sejak pemohon "
                                "mengetahui putusan.",
                            },
                        ),
                        ("glossary", "Restitusi / Kompensasi"),
                        (
                            "callout",
                            {
                                "kind": "warning",
                                "title": 'Jangan menjadi perantara "uang damai"',
                                "text": "<p>Petugas tidak menegosiasikan pembayaran pribadi antara pelaku dan "
                                "korban. Pembayaran di luar jalur membuat korban rentan ditekan mencabut "
                                "keterangan, dan kerugiannya tidak tercatat dalam putusan. Jalur yang sah "
                                "adalah restitusi menurut Pasal 48 UU 21/2007 dan Perma 1/2022.</p>",
                            },
                        ),
                        (
                            "case_study",
                            {
                                "title": "Berkas hampir dilimpahkan",
                                "situation": "<p>Sekar (31) dipekerjakan tanpa upah selama 14 bulan di rumah "
                                "makan milik jaringan perekrut. Penyidik memberi tahu pendamping UPTD PPA "
                                "bahwa berkas akan segera dikirim ke jaksa. Belum ada yang menjelaskan "
                                "restitusi kepada Sekar. Seorang kerabat pelaku menawarkan Rp5 juta asal "
                                'Sekar "tidak memperpanjang masalah".</p>',
                                "discussion": "<p>Pendamping menjelaskan hak restitusi kepada Sekar hari itu "
                                "juga dan menolak tawaran uang damai. Bersama LPSK, mereka menghitung upah "
                                "14 bulan sesuai janji, biaya berobat, dan penderitaan, lalu mengajukan "
                                "permohonan melalui LPSK (UU 31/2014 Pasal 7A) agar dapat diperiksa "
                                "bersama perkara pidananya. Tawaran dari kerabat pelaku dilaporkan kepada penyidik, dan "
                                "perlindungan LPSK dipertimbangkan bila tekanan berlanjut.</p>",
                            },
                        ),
                        (
                            "takeaways",
                            [
                                "Layanan hukum lazimnya melibatkan polisi (Unit PPA/RPK), jaksa, pengadilan, LPSK, dan pendamping; korban berhak didampingi (UU 21/2007 Pasal 35).",
                                "Restitusi mencakup kehilangan harta atau penghasilan, penderitaan, biaya medis/psikologis, dan kerugian lain (Pasal 48).",
                                "Korban TPPO dapat mengajukan restitusi melalui LPSK (UU 31/2014 Pasal 7A); tata caranya dalam Perma 1/2022.",
                                "Jelaskan restitusi sejak awal dan kumpulkan bukti kerugian sebelum berkas dilimpahkan; jangan menjadi perantara uang damai.",
                            ],
                        ),
                        (
                            "reflection",
                            "Pada kasus terakhir yang Anda dampingi, kapan korban pertama kali mendengar kata "
                            '"restitusi"? Siapa yang seharusnya menjelaskannya, dan kapan?',
                        ),
                    ],
                },
                {
                    "slug": "tahap-5-pemulangan",
                    "title": "Tahap 5: Pemulangan yang Aman",
                    "title_en": "Stage 5: Safe Repatriation",
                    "minutes": 11,
                    "required": True,
                    "summary_en": (
                        "Repatriation is a right of trafficking victims under Law 21/2007 Article 51(1), "
                        "covered by the 7-day limit in Article 52. Article 54 adds two rules: Indonesian "
                        "missions abroad must protect Indonesian victims and bring them home at state "
                        "expense, and foreign victims found in Indonesia are returned through their own "
                        "country's mission. Ministerial Regulation PPPA 8/2021 counts missions abroad among "
                        "the service centres it binds. For returns inside Indonesia the usual actors are the "
                        "social affairs ministry and offices, with KP2MI for migrant workers; this is common "
                        "practice, not law. The lesson treats repatriation as a handover, not a bus ticket: "
                        "check safety at the destination, get consent, keep the legal case reachable, and "
                        "pass the file to the receiving area."
                    ),
                    "body": [
                        (
                            "text",
                            "<p>Sebagian besar korban ingin pulang, dan keinginan itu wajar. Namun "
                            "pemulangan yang tergesa-gesa bisa mengantar korban kembali ke lingkungan "
                            "tempat ia direkrut: perekrut yang tinggal sekampung, keluarga yang ikut "
                            'menerima uang, atau "utang" yang terus ditagih. Tahap kelima SOP karena itu '
                            "dipahami sebagai <strong>serah terima yang aman</strong>, bukan sekadar "
                            "memberi ongkos jalan.</p>",
                        ),
                        ("heading", "Dasar hukumnya"),
                        (
                            "citation",
                            {
                                "regulation": "uu-21-2007",
                                "article": "Pasal 54",
                                "point": "Perwakilan RI di luar negeri wajib melindungi korban WNI dan "
                                "memulangkannya atas biaya negara; korban WNA di Indonesia dipulangkan melalui "
                                "perwakilan negaranya.",
                            },
                        ),
                        (
                            "text",
                            "<p>Pemulangan termasuk layanan pemulihan dalam Pasal 51 ayat (1), sehingga batas "
                            "7 hari sejak permohonan dalam Pasal 52 juga berlaku. Permen PPPA 8/2021 memasukkan "
                            "Perwakilan RI di luar negeri sebagai salah satu PPT yang terikat SOP, sehingga "
                            "kedutaan dan konsulat merupakan bagian dari rantai layanan yang sama, bukan "
                            "pihak di luarnya.</p>",
                        ),
                        ("glossary", "Perwakilan RI / KBRI"),
                        (
                            "table",
                            {
                                "caption": "Jalur pemulangan menurut situasi (kolom 'lazimnya' adalah ringkasan praktik)",
                                "header": [
                                    "Situasi",
                                    "Ketentuan yang pasti",
                                    "Yang lazimnya terlibat",
                                ],
                                "rows": [
                                    [
                                        "WNI menjadi korban di luar negeri",
                                        "Dilindungi dan dipulangkan Perwakilan RI atas biaya negara (Pasal 54)",
                                        "Perwakilan RI, Kementerian Luar Negeri, KP2MI bila korban pekerja migran, lalu Dinsos dan UPTD PPA daerah asal",
                                    ],
                                    [
                                        "WNI menjadi korban di daerah lain di Indonesia",
                                        "Hak atas pemulangan dalam 7 hari sejak permohonan (Pasal 51 ayat (1), Pasal 52)",
                                        "Kemensos atau Dinas Sosial, UPTD PPA daerah tujuan dan daerah asal",
                                    ],
                                    [
                                        "WNA menjadi korban di Indonesia",
                                        "Dipulangkan melalui perwakilan negaranya (Pasal 54)",
                                        "Perwakilan negara asal korban, difasilitasi instansi terkait",
                                    ],
                                ],
                            },
                        ),
                        ("glossary", "BP2MI → KP2MI"),
                        (
                            "text",
                            "<p>Sejak Perpres 139/2024, BP2MI menjadi kementerian bernama KP2MI. Untuk korban "
                            "yang berangkat sebagai pekerja migran, termasuk yang nonprosedural, KP2MI "
                            "menjadi mitra penting dalam pemulangan dan pendataan. Korban yang bekerja di "
                            "luar negeri tanpa prosedur resmi tidak otomatis menjadi pelanggar: bila ia "
                            "melanggar karena dipaksa pelaku, ia tidak dipidana (UU 21/2007 Pasal 18).</p>",
                        ),
                        (
                            "checklist",
                            {
                                "title": "Sebelum korban dipulangkan (praktik baik)",
                                "items": [
                                    "Tanyakan kepada korban ke mana ia ingin pulang dan siapa yang aman untuk ditemui.",
                                    "Periksa risiko di tempat tujuan: apakah perekrut tinggal di sana, dan apakah keluarga terlibat atau ditagih utang.",
                                    "Pastikan dokumen identitas korban ada di tangannya, atau sedang diurus.",
                                    "Atur pendamping perjalanan bila korban anak, sakit, atau terancam.",
                                    "Jaga kaitan dengan perkara: catat kontak aman korban dan ingatkan penyidik bahwa keterangan dapat diberikan lewat sarana audio-visual (Pasal 34).",
                                    "Serahkan ringkasan kasus (dengan izin korban) kepada Dinsos dan UPTD PPA daerah asal sebelum korban tiba.",
                                ],
                            },
                        ),
                        (
                            "case_study",
                            {
                                "title": "Dua korban, dua jalur",
                                "situation": "<p>Polisi membebaskan beberapa perempuan dari sebuah tempat "
                                "hiburan di kota perbatasan. Dua di antaranya ingin segera pulang: Dewi (20), "
                                "warga provinsi lain yang direkrut tetangganya, dan Mai (23), warga negara "
                                "tetangga yang masuk dengan visa kunjungan. Seorang petugas mengusulkan Dewi "
                                "diberi ongkos bus dan Mai diserahkan ke imigrasi untuk dideportasi.</p>",
                                "discussion": "<p>Untuk Dewi, UPTD PPA setempat berkoordinasi dengan Dinas "
                                "Sosial dan UPTD PPA daerah asal; karena perekrutnya tetangga, rencana "
                                "keselamatan disusun sebelum ia tiba. Untuk Mai, pemulangan ditempuh melalui "
                                "perwakilan negaranya (UU 21/2007 Pasal 54). Selama menunggu, keduanya "
                                "diperlakukan sebagai korban dan saksi, bukan pelanggar: pelanggaran izin "
                                "tinggal yang terjadi karena dipaksa pelaku tidak dipidana (Pasal 18), dan "
                                "keterangan mereka dapat diambil lebih dulu atau lewat sarana audio-visual "
                                "(Pasal 34).</p>",
                            },
                        ),
                        (
                            "takeaways",
                            [
                                "Pemulangan adalah hak korban dan tunduk pada batas 7 hari sejak permohonan (UU 21/2007 Pasal 51 ayat (1), Pasal 52).",
                                "Perwakilan RI memulangkan korban WNI atas biaya negara; korban WNA pulang melalui perwakilan negaranya (Pasal 54).",
                                "Pembagian peran Kemlu, KP2MI, Kemensos, dan Dinsos adalah praktik yang lazim; sepakati jalurnya di daerah.",
                                "Pemulangan adalah serah terima: periksa keamanan tujuan, minta persetujuan, dan teruskan berkas ke daerah asal.",
                            ],
                        ),
                        (
                            "reflection",
                            "Bila korban dari daerah Anda dipulangkan minggu depan, siapa yang akan menjemput "
                            "dan bagaimana Anda tahu tempat tujuannya aman?",
                        ),
                    ],
                },
                {
                    "slug": "tahap-6-reintegrasi-sosial",
                    "title": "Tahap 6: Reintegrasi Sosial dan Tindak Lanjut",
                    "title_en": "Stage 6: Social Reintegration and Follow-Up",
                    "minutes": 11,
                    "required": True,
                    "summary_en": (
                        "Social reintegration is the last stage of the SOP and the one that decides whether a "
                        "survivor is trafficked again. It is a right under Law 21/2007 Article 51(1) with the "
                        "7-day limit in Article 52. Usually the social affairs office, the DP3A and its UPTD "
                        "PPA, the manpower office and the village government share the work; this is common "
                        "practice, not a legal division of duties. The lesson builds a reintegration plan with "
                        "the survivor, treats new debt demands or fresh job offers from the same network as "
                        "warning signs, and keeps follow-up going after the survivor is home, in line with the "
                        "re-trafficking prevention aim of Regulation PPPA 2/2024. A reported 2023 figure on "
                        "low take-up of business grants shows why plans must fit the survivor's own goals."
                    ),
                    "body": [
                        (
                            "text",
                            "<p>Korban sudah pulang, berkas perkara sudah di pengadilan, dan rumah aman "
                            "sudah kosong. Di titik inilah banyak kasus dianggap selesai, padahal risiko "
                            "terbesar justru baru dimulai. Penyintas kembali ke kondisi ekonomi yang dulu "
                            "membuatnya rentan, sering dengan tambahan utang, rasa malu, dan jaringan "
                            "perekrut yang masih aktif. Tahap keenam SOP, reintegrasi sosial, bertujuan "
                            "agar ia dapat hidup mandiri dan aman di tengah keluarga dan masyarakatnya.</p>",
                        ),
                        (
                            "citation",
                            {
                                "regulation": "uu-21-2007",
                                "article": "Pasal 51 ayat (1) dan Pasal 52",
                                "point": "Reintegrasi sosial adalah hak korban dari pemerintah dan termasuk "
                                "layanan yang wajib diberikan paling lambat 7 hari sejak permohonan.",
                            },
                        ),
                        (
                            "glossary",
                            "Rehabilitasi kesehatan/sosial, Pemulangan, Reintegrasi sosial",
                        ),
                        ("heading", "Rencana reintegrasi dan pembagian kerja yang lazim"),
                        (
                            "table",
                            {
                                "caption": "Unsur rencana reintegrasi dan pihak yang lazimnya terlibat (ringkasan praktik, bukan ketentuan hukum)",
                                "header": ["Unsur rencana", "Lazimnya bersama"],
                                "rows": [
                                    [
                                        "Kunjungan rumah, konseling keluarga, bantuan sosial",
                                        "Dinas Sosial",
                                    ],
                                    [
                                        "Manajemen kasus, pendampingan, tindak lanjut perkara dan restitusi",
                                        "DP3A / UPTD PPA",
                                    ],
                                    [
                                        "Pelatihan kerja, penempatan kerja, informasi migrasi aman",
                                        "Dinas tenaga kerja (dan KP2MI untuk pekerja migran)",
                                    ],
                                    [
                                        "Dokumen kependudukan, penerimaan di masyarakat, pemantauan di desa",
                                        "Pemerintah desa",
                                    ],
                                    [
                                        "Layanan kesehatan lanjutan, sekolah bagi korban anak",
                                        "Puskesmas dan dinas terkait, sesuai kesepakatan daerah",
                                    ],
                                ],
                            },
                        ),
                        ("glossary", "DP3A / Dinas PPPA"),
                        (
                            "text",
                            "<p>Rencana disusun <em>bersama</em> penyintas, bukan untuknya. Sebuah laporan "
                            "media (IDN Times, 2023) menyebut hanya sekitar sepersepuluh dari 295 korban yang "
                            "direhabilitasi di RPTC Bambu Apus tahun itu yang mengambil bantuan modal usaha "
                            "Kemensos. Angka itu tidak perlu dibaca sebagai kegagalan korban; ia "
                            "mengingatkan bahwa paket yang seragam jarang cocok. Ada penyintas yang lebih "
                            "membutuhkan pekerjaan bergaji tetap, sekolah, atau sekadar waktu untuk pulih.</p>",
                        ),
                        ("heading", "Mencegah perdagangan ulang"),
                        (
                            "text",
                            "<p>Permen PPPA 2/2024 menjadikan pencegahan keberulangan salah satu tujuan "
                            "pencegahan berbasis masyarakat. Dalam kerja reintegrasi, tanda bahayanya "
                            'antara lain: tagihan "utang" dari sponsor, tawaran kerja baru dari orang '
                            "yang sama atau jaringannya, tekanan keluarga agar segera berangkat lagi, dan "
                            "penyintas yang terisolasi karena digunjingkan. Tagihan utang dari perekrut "
                            "diperlakukan sebagai petunjuk perkara dan dilaporkan, bukan urusan pribadi "
                            "keluarga. Kerahasiaan tetap berlaku di desa: identitas penyintas tidak "
                            "dibicarakan dalam rapat warga (UU 21/2007 Pasal 44).</p>",
                        ),
                        (
                            "citation",
                            {
                                "regulation": "permen-pppa-2-2024",
                                "article": "(nomor pasal belum diverifikasi)",
                                "point": "Pencegahan berbasis masyarakat bertujuan menghapus akar masalah sejak "
                                "dini dan mencegah korban diperdagangkan kembali.",
                            },
                        ),
                        (
                            "checklist",
                            {
                                "title": "Tindak lanjut setelah penyintas pulang (praktik baik)",
                                "items": [
                                    "Tetapkan satu pengelola kasus yang dikenal penyintas dan mudah dihubungi.",
                                    "Sepakati jadwal kontak atau kunjungan yang tidak mencolok bagi tetangga.",
                                    "Pantau perkembangan perkara dan restitusi, dan kabarkan kepada penyintas (UU 21/2007 Pasal 36).",
                                    "Periksa ulang tanda bahaya perdagangan ulang pada setiap kontak.",
                                    "Tutup kasus hanya setelah penyintas dan tim sepakat bahwa tujuan rencananya tercapai, dan catat alasannya.",
                                ],
                            },
                        ),
                        (
                            "case_study",
                            {
                                "title": "Tawaran kedua",
                                "situation": "<p>Halimah (27) dipulangkan dari luar negeri melalui KBRI "
                                "setelah dua tahun bekerja tanpa upah. Di rumah, ia mengikuti konseling dan "
                                "ingin bekerja lagi agar bisa membiayai anaknya. Tiga bulan kemudian, "
                                "sponsor yang dulu memberangkatkannya datang dengan tawaran baru, gaji lebih "
                                'tinggi, dan janji bahwa "kali ini resmi".</p>',
                                "discussion": "<p>Tawaran dari jaringan yang sama adalah tanda bahaya "
                                "perdagangan ulang. Pengelola kasus di UPTD PPA menyampaikannya kepada "
                                "penyidik, karena sponsor itu bisa menjadi petunjuk perkara. Bersama "
                                "dinas tenaga kerja, Halimah diberi pilihan nyata: pelatihan dan lowongan "
                                "di dalam negeri, atau jalur migrasi resmi yang izin perekrut dan lowongannya "
                                "diperiksa bersama KP2MI. Keputusan tetap di tangan Halimah; tugas tim "
                                "adalah memastikan pilihannya aman dan diambil dengan informasi lengkap.</p>",
                            },
                        ),
                        (
                            "takeaways",
                            [
                                "Reintegrasi sosial adalah hak korban dengan batas 7 hari sejak permohonan (UU 21/2007 Pasal 51 ayat (1), Pasal 52).",
                                "Dinsos, DP3A/UPTD PPA, dinas tenaga kerja, dan pemerintah desa lazimnya berbagi peran; pembagian ini praktik, bukan ketentuan hukum.",
                                "Rencana disusun bersama penyintas dan disesuaikan dengan tujuannya sendiri.",
                                "Tagihan utang dan tawaran kerja dari jaringan yang sama adalah tanda bahaya perdagangan ulang; laporkan dan tindak lanjuti.",
                            ],
                        ),
                        (
                            "reflection",
                            "Berapa lama lembaga Anda biasanya masih berhubungan dengan penyintas setelah ia "
                            "pulang? Apakah waktu itu cukup untuk mengenali tawaran kedua?",
                        ),
                    ],
                },
                {
                    "slug": "koordinasi-dan-rujukan-antarinstansi",
                    "title": "Koordinasi dan Rujukan Antarinstansi: Satu Korban, Satu Berkas",
                    "title_en": "Coordination and Referral between Agencies: One Victim, One File",
                    "minutes": 12,
                    "required": True,
                    "summary_en": (
                        "The six stages only work if the agencies behind them act as one service. Law "
                        "21/2007 Article 58 requires central and regional task forces, and Presidential "
                        "Regulation 69/2008 Article 4 gives the central task force the job of coordinating "
                        "victim handling and monitoring rehabilitation, repatriation and reintegration. The "
                        "lesson turns that mandate into everyday tools, presented as good practice rather than "
                        "SOP text: one case manager (case management is a UPTD PPA function under Regulation "
                        "PPPA 4/2018), one case file, case conferences, warm referrals, and sharing "
                        "information only with the victim's informed consent and within the confidentiality "
                        "duties of Law 21/2007 Article 44 and Government Regulation 9/2008. A child case shows "
                        "how a conference prevents repeated interviews."
                    ),
                    "body": [
                        (
                            "text",
                            "<p>Enam tahap dalam Permen PPPA 8/2021 dijalankan oleh instansi yang berbeda, "
                            "dengan atasan, anggaran, dan formulir masing-masing. Tanpa koordinasi, korban "
                            "menceritakan pengalaman terburuknya kepada lima petugas, menunggu surat yang "
                            "tak kunjung dikirim, dan jatuh di celah antara dua kantor. Pelajaran ini "
                            "membahas cara menutup celah itu.</p>",
                        ),
                        ("heading", "Mandat koordinasi"),
                        (
                            "citation",
                            {
                                "regulation": "uu-21-2007",
                                "article": "Pasal 58",
                                "point": "Pemerintah pusat dan pemerintah daerah wajib membentuk gugus tugas "
                                "pencegahan dan penanganan TPPO.",
                            },
                        ),
                        (
                            "citation",
                            {
                                "regulation": "perpres-69-2008",
                                "article": "Pasal 4 (rumusan setelah perubahan 2021 dan 2023 belum diperiksa ulang)",
                                "point": "Gugus tugas pusat antara lain mengoordinasikan pencegahan dan "
                                "penanganan TPPO serta memantau perlindungan korban, meliputi rehabilitasi, "
                                "pemulangan, dan reintegrasi sosial.",
                            },
                        ),
                        (
                            "text",
                            "<p>Gugus tugas juga dibentuk di provinsi dan kabupaten/kota. Siapa yang memimpin "
                            "gugus tugas daerah belum kami verifikasi secara umum; lihat surat keputusan "
                            "pembentukannya di daerah Anda. Di tingkat kasus, koordinasi sehari-hari lazimnya "
                            "dipegang UPTD PPA, karena <strong>pengelolaan kasus</strong> termasuk enam "
                            "fungsinya menurut Permen PPPA 4/2018.</p>",
                        ),
                        ("glossary", "GT PP-TPPO"),
                        ("heading", "Alat kerja: praktik baik, bukan kutipan SOP"),
                        (
                            "table",
                            {
                                "caption": "Alat koordinasi kasus (praktik baik)",
                                "header": ["Alat", "Gunanya", "Hal yang perlu dijaga"],
                                "rows": [
                                    [
                                        "Satu pengelola kasus",
                                        "Korban dan instansi tahu siapa penanggung jawabnya",
                                        "Diganti hanya dengan serah terima yang jelas",
                                    ],
                                    [
                                        "Satu berkas kasus",
                                        "Cerita korban dicatat sekali, lalu dipakai bersama sesuai kebutuhan",
                                        "Disimpan aman; akses terbatas",
                                    ],
                                    [
                                        "Konferensi kasus",
                                        "Instansi menyepakati rencana, pembagian tugas, dan tenggat",
                                        "Korban atau pendampingnya didengar; hasilnya dicatat",
                                    ],
                                    [
                                        "Rujukan hangat",
                                        "Petugas menghubungi penerima rujukan dan memastikan korban diterima",
                                        "Bukan sekadar memberi alamat kantor",
                                    ],
                                    [
                                        "Persetujuan berbagi informasi",
                                        "Korban tahu apa yang dibagikan, kepada siapa, untuk apa",
                                        "Bagikan seperlunya; catat persetujuannya",
                                    ],
                                ],
                            },
                        ),
                        (
                            "text",
                            "<p>Berbagi informasi antarinstansi tidak menghapus kewajiban kerahasiaan. "
                            "Identitas saksi dan korban dilindungi UU 21/2007 Pasal 44, dan PP 9/2008 "
                            "menuntut layanan terpadu yang rahasia. Karena itu setiap rujukan cukup memuat "
                            "informasi yang dibutuhkan penerima untuk memberi layanannya, dengan persetujuan "
                            "korban yang sudah diberi penjelasan. Untuk anak, libatkan orang tua atau wali "
                            "yang tidak terlibat dalam perkara, atau pendamping, dan utamakan kepentingan "
                            "terbaik anak.</p>",
                        ),
                        (
                            "citation",
                            {
                                "regulation": "uu-21-2007",
                                "article": "Pasal 44",
                                "point": "Identitas saksi dan korban dirahasiakan; perlindungan ini meluas ke "
                                "keluarga sampai derajat kedua bila mereka diancam.",
                            },
                        ),
                        (
                            "case_study",
                            {
                                "title": "Empat instansi, satu anak",
                                "situation": "<p>Bima (16) dibebaskan dari sebuah perkebunan di provinsi lain "
                                "tempat ia bekerja tanpa upah. Dalam dua hari, penyidik, pekerja sosial Dinas "
                                "Sosial, petugas puskesmas, dan petugas UPTD PPA masing-masing menanyainya "
                                "dari awal. Bima mulai menolak bicara dan bertanya kapan ia boleh pulang.</p>",
                                "discussion": "<p>UPTD PPA sebagai pengelola kasus mengundang konferensi "
                                "kasus. Disepakati: satu pemeriksaan oleh penyidik dengan pendamping; di "
                                "persidangan Bima berhak diperiksa tanpa kehadiran terdakwa, dan dengan "
                                "persetujuan hakim keterangannya dapat direkam di luar sidang (UU 21/2007 "
                                "Pasal 39–40). Instansi lain memakai ringkasan dari berkas bersama "
                                "sesuai persetujuan Bima dan walinya. Dinas Sosial menilai keamanan rumahnya, "
                                "dan UPTD PPA daerah asal dihubungi untuk pemulangan dan reintegrasi. Setiap "
                                "tugas diberi penanggung jawab dan tenggat.</p>",
                            },
                        ),
                        (
                            "faq",
                            [
                                {
                                    "question": "Instansi lain meminta seluruh berkas korban. Apakah saya harus memberikannya?",
                                    "answer": "<p>Tanyakan dulu untuk layanan apa berkas itu dibutuhkan, lalu "
                                    "berikan bagian yang relevan dengan persetujuan korban. Kewajiban "
                                    "kerahasiaan (UU 21/2007 Pasal 44; PP 9/2008) tetap berlaku di antara "
                                    "instansi pemerintah.</p>",
                                },
                                {
                                    "question": "Siapa yang memimpin konferensi kasus?",
                                    "answer": "<p>Tidak ada ketentuan yang kami verifikasi soal ini. Lazimnya "
                                    "pengelola kasus di UPTD PPA, karena pengelolaan kasus adalah fungsinya "
                                    "menurut Permen PPPA 4/2018; sepakati di gugus tugas daerah Anda.</p>",
                                },
                            ],
                        ),
                        (
                            "takeaways",
                            [
                                "Gugus tugas wajib dibentuk di pusat dan daerah (UU 21/2007 Pasal 58) dan bertugas mengoordinasikan penanganan korban (Perpres 69/2008 Pasal 4).",
                                "Di tingkat kasus, pengelolaan kasus lazimnya dipegang UPTD PPA (Permen PPPA 4/2018).",
                                "Satu pengelola kasus, satu berkas, konferensi kasus, dan rujukan hangat mencegah korban ditanyai berulang-ulang.",
                                "Bagikan informasi seperlunya dan dengan persetujuan korban; kerahasiaan (Pasal 44) berlaku juga antarinstansi.",
                            ],
                        ),
                        (
                            "reflection",
                            "Pikirkan kasus terakhir yang melibatkan lebih dari dua instansi. Berapa kali "
                            "korban harus menceritakan kisahnya, dan apa satu langkah yang bisa menguranginya?",
                        ),
                    ],
                },
            ],
        },
    ],
}
