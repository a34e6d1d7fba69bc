"""Demo course: community-based prevention and handling of trafficking victims (Permen PPPA 2/2024).

Written from ../shared/content/brief.md (sections 1.1, 1.4, 1.6, 2, 3, 4 S3 and S8, 5, 6). Points the brief
marks as unconfirmed (✘/◐) are left out or stated with their uncertainty. Where a citation gives no article
number, the number was not verified and must be checked on JDIH before it is added.
"""

COURSE = {
    "slug": "pencegahan-penanganan-berbasis-masyarakat-permen-2-2024",
    "title": "Pencegahan dan Penanganan Korban TPPO Berbasis Masyarakat (Permen PPPA 2/2024)",
    "title_en": "Community-Based Prevention and Handling of Trafficking Victims (Ministerial Regulation PPPA 2/2024)",
    "summary": (
        "Kursus ini membekali anggota gugus tugas, perangkat desa, dan pendamping masyarakat untuk "
        "mencegah TPPO dari tingkat desa, mengenali tanda-tandanya, melapor dan merujuk dugaan kasus "
        "dengan aman, serta mendampingi penyintas agar tidak terjerat kembali. Dasarnya UU 21/2007 dan "
        "Permen PPPA 2/2024."
    ),
    "summary_en": (
        "This course prepares task-force members, village officials and community workers to prevent "
        "trafficking at village level, recognise its warning signs, report and refer suspected cases "
        "safely, and support survivors so they are not trafficked again. It rests on Law 21/2007 and "
        "Ministerial Regulation PPPA 2/2024."
    ),
    "regulations": [
        "uu-21-2007",
        "permen-pppa-2-2024",
        "perpres-69-2008",
        "perpres-22-2021",
        "perpres-49-2023",
        "permen-pppa-4-2018",
        "permen-pppa-8-2021",
        "uu-13-2006",
        "uu-31-2014",
        "perma-1-2022",
        "palermo-protocol",
    ],
    "audience_agencies": [],
    "audience_levels": [],
    "objectives": [
        "Menjelaskan dasar hukum peran masyarakat dalam pencegahan dan penanganan TPPO (Pasal 58 dan 60 UU 21/2007) serta tujuan Permen PPPA 2/2024.",
        "Mengenali unsur TPPO (Pasal 1 angka 1 UU 21/2007) dan tanda-tanda bahaya di desa, beserta batas penafsirannya.",
        "Merencanakan kegiatan pencegahan di desa sesuai langkah dalam Permen PPPA 2/2024, termasuk pemeriksaan migrasi aman bersama dinas tenaga kerja dan KP2MI.",
        "Melapor dan merujuk dugaan kasus ke polisi, SAPA 129, atau UPTD PPA sambil menjaga kerahasiaan korban (Pasal 44 UU 21/2007).",
        "Mendukung reintegrasi penyintas, melawan stigma, dan menangani tagihan utang sebagai tanda risiko perdagangan ulang.",
    ],
    "objectives_en": [
        "Explain the legal basis for community involvement in preventing and handling trafficking (Law 21/2007, Articles 58 and 60) and the aims of Ministerial Regulation PPPA 2/2024.",
        "Recognise the elements of trafficking (Law 21/2007, Article 1 point 1) and warning signs in the village, and the limits of reading them.",
        "Plan village prevention activities in line with the actions listed in Regulation 2/2024, including safe-migration checks with the manpower office and KP2MI.",
        "Report and refer suspected cases to the police, SAPA 129 or the UPTD PPA while keeping the victim's identity confidential (Law 21/2007, Article 44).",
        "Support survivors' reintegration, counter stigma, and treat debt demands as a warning sign of re-trafficking.",
    ],
    "estimated_minutes": 69,
    "modules": [
        {
            "slug": "dasar-dan-tanda-bahaya",
            "title": "Dasar Hukum dan Tanda Bahaya",
            "title_en": "Legal Basis and Warning Signs",
            "lessons": [
                {
                    "slug": "mengapa-berbasis-masyarakat",
                    "title": "Mengapa Pencegahan dan Penanganan Berbasis Masyarakat?",
                    "title_en": "Why Community-Based Prevention and Handling?",
                    "minutes": 12,
                    "required": True,
                    "summary_en": (
                        "Trafficking usually starts close to home: a neighbour or relative acting as "
                        "recruiter, a job offer shared in a village chat group, a family under money "
                        "pressure. This lesson shows why Indonesian law gives residents a formal part in "
                        "the response. Law 21/2007 Article 60 lets the community pass on information, "
                        "report to law enforcement and help handle victims, and Article 58 requires "
                        "central and regional governments to set up task forces, now governed by "
                        "Presidential Regulation 69/2008 as amended in 2021 and 2023. Ministerial "
                        "Regulation PPPA 2/2024 puts community participation into practice with two "
                        "prevention aims: removing root causes early and stopping survivors from being "
                        "trafficked again. The lesson also marks what we have not confirmed from the "
                        "regulation's text, such as village team structure, forms and referral steps."
                    ),
                    "body": [
                        (
                            "text",
                            "<p>Perdagangan orang jarang bermula di pelabuhan atau bandara. Sering kali "
                            "ia dimulai di teras rumah: seorang kenalan menawarkan pekerjaan bergaji "
                            "besar, seorang 'sponsor' bersedia menalangi ongkos berangkat, atau sebuah "
                            "lowongan beredar di grup WhatsApp desa. Karena itu, orang-orang yang paling "
                            "dekat dengan calon korban, yaitu keluarga, tetangga, perangkat desa, guru, "
                            "tokoh agama, dan kader PKK, kerap menjadi pihak pertama yang melihat tanda "
                            "bahaya. Desa juga menjadi tempat penyintas pulang dan memulai hidup baru, "
                            "sehingga sikap warga ikut menentukan apakah ia pulih atau justru terjerat "
                            "lagi.</p><p>Pelajaran ini menjelaskan dasar hukum yang memberi warga tempat "
                            "resmi dalam pencegahan dan penanganan TPPO, serta apa yang sudah dan belum "
                            "dapat kita pastikan dari Permen PPPA Nomor 2 Tahun 2024.</p>",
                        ),
                        ("heading", "Dasar hukum: warga bukan penonton"),
                        (
                            "text",
                            "<p>UU 21/2007 tentang Pemberantasan TPPO memuat bab khusus tentang peran "
                            "serta masyarakat. Pasal 60 menyatakan bahwa masyarakat ikut membantu "
                            "mencegah TPPO dan menangani korbannya, dan menyebut bentuknya dengan jelas: "
                            "memberikan informasi atau melaporkan dugaan TPPO kepada penegak hukum atau "
                            "pihak berwenang, atau turut menangani korban. Undang-undang yang sama juga "
                            "menjamin perlindungan hukum bagi warga yang menjalankan peran tersebut.</p>",
                        ),
                        (
                            "citation",
                            {
                                "regulation": "uu-21-2007",
                                "article": "Pasal 60 ayat (1) dan (2)",
                                "point": "Masyarakat berperan membantu pencegahan TPPO dan penanganan "
                                "korbannya, dengan memberi informasi atau melapor kepada penegak hukum "
                                "atau pihak berwenang, atau dengan ikut menangani korban.",
                            },
                        ),
                        (
                            "text",
                            "<p>Di sisi pemerintah, Pasal 58 UU 21/2007 mewajibkan pemerintah pusat dan "
                            "pemerintah daerah membentuk gugus tugas. Pengaturannya ada dalam Perpres "
                            "69/2008, yang diubah dengan Perpres 22/2021 dan kemudian Perpres 49/2023. "
                            "Perubahan terakhir, yang ditandatangani 10 Agustus 2023, menjadikan Kapolri "
                            "Ketua Harian gugus tugas pusat, dan keanggotaannya dilaporkan bertambah dari "
                            "19 menjadi 24 kementerian dan lembaga. Gugus tugas daerah dibentuk di "
                            "provinsi dan kabupaten/kota; cakupannya dilaporkan 32–34 provinsi dan "
                            "240–245 kabupaten/kota, dan angkanya berbeda antar sumber dan tahun. Karena "
                            "itu, sebelum merencanakan kegiatan desa, tanyakan ke DP3A apakah gugus tugas "
                            "di kabupaten/kota Anda sudah terbentuk dan aktif.</p>",
                        ),
                        (
                            "citation",
                            {
                                "regulation": "uu-21-2007",
                                "article": "Pasal 58",
                                "point": "Pemerintah pusat dan daerah wajib membentuk gugus tugas "
                                "pencegahan dan penanganan TPPO; gugus tugas daerah adalah mitra utama "
                                "inisiatif desa.",
                            },
                        ),
                        ("glossary", "GT PP-TPPO"),
                        ("heading", "Apa yang ditambahkan Permen PPPA 2/2024"),
                        (
                            "text",
                            "<p>Permen PPPA 2/2024 tentang Pencegahan dan Penanganan Korban TPPO "
                            "Berbasis Masyarakat menjabarkan ketentuan peran serta masyarakat dalam UU "
                            "21/2007 menjadi langkah yang lebih operasional. Untuk pencegahan, peraturan "
                            "ini menetapkan dua tujuan: menghapus faktor penyebab TPPO sedini mungkin, "
                            "dan mencegah orang yang pernah menjadi korban terjerat kembali. Untuk "
                            "penanganan, peran warga adalah melapor kepada pihak berwenang dan turut "
                            "serta dalam penanganan korban. Rincian langkah pencegahannya dibahas di "
                            "Modul 2.</p>",
                        ),
                        (
                            "citation",
                            {
                                "regulation": "permen-pppa-2-2024",
                                "article": "Ketentuan tujuan pencegahan (nomor pasal belum diverifikasi)",
                                "point": "Pencegahan berbasis masyarakat bertujuan menghapus akar "
                                "penyebab TPPO sedini mungkin dan mencegah korban terjerat lagi.",
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "warning",
                                "title": "Yang belum terkonfirmasi",
                                "text": "<p>Susunan tim di desa, formulir, dan langkah rujukan rinci "
                                "menurut Permen PPPA 2/2024 belum kami pastikan dari naskah resmi. "
                                "Jangan membuat formulir atau struktur tim lalu menyebutnya 'format "
                                "resmi Permen'. Mintalah naskahnya melalui JDIH KemenPPPA atau DP3A "
                                "setempat.</p>",
                            },
                        ),
                        (
                            "text",
                            "<p>Pendekatan berbasis masyarakat bukan hal baru. KemenPPPA sebelumnya "
                            "mengembangkan model Community Watch yang melibatkan tokoh adat dan agama, "
                            "kepala desa, PKK, Karang Taruna, LSM, pendidik, dan pelajar; hingga 2022 "
                            "model ini dilaporkan memiliki 2.712 agen perubahan (KemenPPPA, diberitakan "
                            "Antara, 2022). Pada 2024 IOM menyampaikan bahwa KemenPPPA bersama IOM dan "
                            "UN Women mendorong mekanisme rujukan di tingkat desa.</p>",
                        ),
                        (
                            "table",
                            {
                                "caption": "Contoh pembagian peran di desa (praktik baik, bukan susunan "
                                "resmi Permen PPPA 2/2024)",
                                "header": ["Pihak", "Kontribusi yang masuk akal"],
                                "rows": [
                                    [
                                        "Kepala desa dan perangkat",
                                        "Memeriksa setiap permintaan surat keterangan untuk kerja ke "
                                        "luar negeri; menyimpan daftar kontak rujukan",
                                    ],
                                    [
                                        "Tokoh agama dan adat",
                                        "Menyisipkan pesan migrasi aman dalam pengajian, ibadah, atau "
                                        "pertemuan adat",
                                    ],
                                    [
                                        "Kader PKK dan posyandu",
                                        "Peka terhadap keluarga yang sedang didekati perekrut atau "
                                        "terlilit utang",
                                    ],
                                    [
                                        "Guru dan Karang Taruna",
                                        "Mengajak remaja kritis terhadap lowongan dan 'beasiswa' di "
                                        "media sosial",
                                    ],
                                    [
                                        "LSM pendamping",
                                        "Mendampingi korban dan menghubungkannya ke UPTD PPA atau polisi",
                                    ],
                                ],
                            },
                        ),
                        (
                            "takeaways",
                            [
                                "Pasal 60 UU 21/2007 memberi warga peran resmi: memberi informasi, "
                                "melapor, dan ikut menangani korban.",
                                "Pasal 58 UU 21/2007 mewajibkan gugus tugas di pusat dan daerah; sejak "
                                "Perpres 49/2023, Ketua Harian gugus tugas pusat adalah Kapolri.",
                                "Permen PPPA 2/2024 menetapkan dua tujuan pencegahan: menghapus akar "
                                "penyebab sedini mungkin dan mencegah keberulangan.",
                                "Susunan tim desa, formulir, dan alur rujukan rinci menurut Permen "
                                "2/2024 belum terkonfirmasi; jangan mengarangnya.",
                            ],
                        ),
                        (
                            "reflection",
                            "Siapa di desa atau wilayah kerja Anda yang biasanya paling dulu tahu bila "
                            "ada warga hendak berangkat kerja jauh, dan bagaimana Anda dapat "
                            "melibatkannya?",
                        ),
                    ],
                },
                {
                    "slug": "mengenali-tanda-tppo-di-desa",
                    "title": "Mengenali Tanda-Tanda TPPO di Desa",
                    "title_en": "Recognising Signs of Trafficking in the Village",
                    "minutes": 14,
                    "required": True,
                    "summary_en": (
                        "Residents do not need to investigate, but they need to know what to look for. "
                        "The lesson sets out the three elements of trafficking in Law 21/2007 Article 1 "
                        "point 1 (act, means and purpose), the penalties in Articles 2, 16 and 17, and "
                        "the warning signs reported by news media and agencies: social-media job ads "
                        "promising high pay and fast departure, tourist instead of work visas, costs "
                        "turned into debt, confiscated passports, restricted movement, non-procedural "
                        "placement, online-scam compounds and fake internships. It stresses the limits: "
                        "one sign is not proof, migration is a right, SIMFONI data under-count men, and "
                        "judging the legal elements is the job of law enforcement. For children, "
                        "consent never makes exploitation lawful."
                    ),
                    "body": [
                        (
                            "text",
                            "<p>Warga desa tidak perlu menjadi penyidik untuk mencegah TPPO, tetapi perlu "
                            "tahu apa yang harus diperhatikan. Pelajaran ini membahas unsur TPPO menurut "
                            "undang-undang, tanda-tanda yang sering muncul menurut pemberitaan dan laporan "
                            "lembaga, serta batas-batas dalam membaca tanda tersebut.</p>",
                        ),
                        ("heading", "Tiga unsur menurut undang-undang"),
                        (
                            "text",
                            "<p>Pasal 1 angka 1 UU 21/2007 merumuskan TPPO sebagai gabungan tiga unsur. "
                            "Memahaminya membantu warga menceritakan kepada petugas apa yang sebenarnya "
                            "mereka lihat.</p>",
                        ),
                        (
                            "table",
                            {
                                "caption": "Unsur TPPO dan contohnya di desa",
                                "header": ["Unsur", "Isinya", "Contoh di desa"],
                                "rows": [
                                    [
                                        "Proses",
                                        "Merekrut, mengangkut, menampung, mengirim, memindahkan, atau "
                                        "menerima seseorang",
                                        "'Sponsor' mendata calon pekerja lalu menampung mereka di rumah "
                                        "singgah sebelum berangkat",
                                    ],
                                    [
                                        "Cara",
                                        "Ancaman atau kekerasan, penculikan, penyekapan, pemalsuan, "
                                        "penipuan, penyalahgunaan kekuasaan atau posisi rentan, "
                                        "penjeratan utang, atau memberi bayaran kepada pihak yang "
                                        "mengendalikan korban",
                                        "Umur di dokumen dituakan; pekerjaan yang dijanjikan ternyata "
                                        "lain; ongkos berangkat dijadikan utang",
                                    ],
                                    [
                                        "Tujuan",
                                        "Eksploitasi, atau perbuatan yang mengakibatkan orang "
                                        "tereksploitasi, di dalam negeri maupun lintas negara",
                                        "Kerja tanpa upah, prostitusi paksa, dipaksa menjalankan "
                                        "penipuan daring",
                                    ],
                                ],
                            },
                        ),
                        (
                            "citation",
                            {
                                "regulation": "uu-21-2007",
                                "article": "Pasal 1 angka 1",
                                "point": "TPPO terdiri atas unsur proses, cara, dan tujuan eksploitasi, "
                                "baik di dalam negeri maupun antarnegara.",
                            },
                        ),
                        (
                            "text",
                            "<p>Definisi eksploitasi dalam ketentuan umum (Pasal 1) UU 21/2007 "
                            "menegaskan bahwa eksploitasi tetap terjadi walaupun korban menyetujuinya. "
                            "Bentuknya antara lain pelacuran, kerja atau layanan paksa, perbudakan dan "
                            "praktik serupa, penindasan, pemerasan, eksploitasi fisik, seksual, atau "
                            "organ reproduksi, pengambilan organ atau jaringan tubuh secara melawan "
                            "hukum, serta memanfaatkan tenaga seseorang demi keuntungan pihak lain. "
                            "Ancaman pidananya penjara 3 sampai 15 tahun dan denda Rp120–600 juta "
                            "(Pasal 2 ayat (1)); ancaman ditambah sepertiga bila dilakukan kelompok "
                            "terorganisasi (Pasal 16) atau bila korbannya anak (Pasal 17).</p>",
                        ),
                        ("glossary", "Penjeratan utang"),
                        ("heading", "Tanda-tanda yang sering muncul"),
                        (
                            "checklist",
                            {
                                "title": "Tanda bahaya yang dilaporkan berbagai sumber",
                                "items": [
                                    "Lowongan di media sosial menjanjikan gaji sangat tinggi dan "
                                    "keberangkatan dalam hitungan hari.",
                                    "Calon pekerja diberangkatkan dengan visa turis, bukan visa kerja.",
                                    "Biaya perekrutan, pelatihan, atau tiket 'ditalangi' lalu dijadikan "
                                    "utang.",
                                    "Paspor atau dokumen lain dipegang majikan, agen, atau sponsor.",
                                    "Pekerja tidak bebas keluar, dijaga, atau sulit dihubungi keluarga.",
                                    "Penempatan di luar prosedur resmi, termasuk ke tujuan yang "
                                    "penempatannya telah dihentikan.",
                                    "Tawaran magang atau beasiswa ke luar negeri yang penyelenggaranya "
                                    "tidak jelas.",
                                    "Data umur atau identitas diubah (pemalsuan termasuk unsur cara).",
                                ],
                            },
                        ),
                        (
                            "text",
                            "<p>Beberapa tahun terakhir, perhatian besar tertuju pada modus 'kerja di "
                            "perusahaan online' di Kamboja, Myanmar, Laos, dan Filipina, tempat pekerja "
                            "dipaksa menjalankan penipuan atau judi daring. South China Morning Post "
                            "(2022) melaporkan 446 WNI menjadi korban modus ini sepanjang "
                            "Januari–Agustus 2022, dan The Jakarta Post (Februari 2025), mengutip BP3MI, "
                            "memberitakan sekitar 5.300 warga Kepulauan Riau diperdagangkan ke Kamboja. "
                            "Angka-angka ini menggambarkan skala masalah; bila Anda mengutipnya, selalu "
                            "sebutkan sumber dan tahunnya.</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "warning",
                                "title": "Tanda bukan bukti",
                                "text": "<p>Satu tanda saja belum tentu berarti TPPO. Banyak warga bekerja "
                                "ke luar negeri secara sah dan menemukan lowongan lewat media sosial; "
                                "bermigrasi adalah hak, bukan kesalahan. Tugas warga adalah mencatat apa "
                                "yang dilihat dan melapor, sedangkan menilai terpenuhinya unsur pidana "
                                "adalah tugas APH. Jangan menuduh siapa pun di depan umum.</p><p>Baca data "
                                "dengan hati-hati. SIMFONI PPA mencatat 97% korban pada 2019–2023 adalah "
                                "perempuan dan anak (dilaporkan IOM, 2024), tetapi sistem ini diisi oleh "
                                "layanan perempuan dan anak sehingga korban laki-laki kurang tercatat. "
                                "Laki-laki, termasuk pekerja migran tanpa dokumen, juga bisa menjadi "
                                "korban.</p>",
                            },
                        ),
                        ("heading", "Anak: persetujuan tidak pernah membenarkan eksploitasi"),
                        (
                            "text",
                            "<p>Menurut Protokol Palermo, untuk korban di bawah 18 tahun unsur proses dan "
                            "tujuan sudah cukup; unsur cara tidak perlu ada. UU 21/2007 tidak memuat "
                            "rumusan khusus anak yang menghapus unsur cara seperti itu, tetapi pesannya "
                            "bagi warga tetap sama: persetujuan anak maupun orang tuanya tidak pernah "
                            "membuat eksploitasi anak menjadi sah, dan kejahatan terhadap anak diancam "
                            "pidana lebih berat. Bila Anda melihat anak direkrut untuk bekerja jauh dari "
                            "rumah, laporkan, meskipun keluarganya setuju.</p>",
                        ),
                        (
                            "citation",
                            {
                                "regulation": "palermo-protocol",
                                "article": "Pasal 3",
                                "point": "Persetujuan korban tidak relevan bila salah satu cara telah "
                                "digunakan; bagi anak di bawah 18 tahun, proses dan tujuan eksploitasi "
                                "sudah cukup.",
                            },
                        ),
                        (
                            "citation",
                            {
                                "regulation": "uu-21-2007",
                                "article": "Pasal 17",
                                "point": "Bila perbuatan dalam Pasal 2–4 dilakukan terhadap anak, "
                                "ancaman pidananya ditambah sepertiga.",
                            },
                        ),
                        (
                            "takeaways",
                            [
                                "TPPO memerlukan unsur proses, cara, dan tujuan eksploitasi (Pasal 1 "
                                "angka 1 UU 21/2007); persetujuan korban tidak menghapus eksploitasi.",
                                "Tanda umum: lowongan instan bergaji tinggi, visa turis, biaya jadi "
                                "utang, paspor ditahan, gerak dibatasi, penempatan nonprosedural.",
                                "Satu tanda bukan bukti; catat dan laporkan, biarkan APH menilai unsur.",
                                "Persetujuan anak atau orang tua tidak pernah membenarkan eksploitasi "
                                "anak; Pasal 17 memperberat ancaman pidananya.",
                            ],
                        ),
                        (
                            "reflection",
                            "Tanda bahaya mana yang paling mungkin muncul di wilayah Anda, dan dari "
                            "siapa biasanya warga mendengar tawaran kerja pertama kali?",
                        ),
                    ],
                },
            ],
        },
        {
            "slug": "bertindak-di-desa",
            "title": "Bertindak di Desa",
            "title_en": "Acting in the Village",
            "lessons": [
                {
                    "slug": "aksi-pencegahan-dan-migrasi-aman",
                    "title": "Aksi Pencegahan di Desa dan Migrasi Aman",
                    "title_en": "Prevention Actions in the Village and Safe Migration",
                    "minutes": 14,
                    "required": True,
                    "summary_en": (
                        "Ministerial Regulation PPPA 2/2024 lists the prevention actions the community "
                        "takes part in: identifying local stakeholders, strengthening the local economy "
                        "and jobs in trafficking-prone areas, using community networks for information "
                        "and training, building village officials' capacity, and running prevention "
                        "activities. The lesson turns each action into practical village activities, "
                        "clearly labelled as practice rather than law. It then focuses on safe "
                        "migration: checking a recruiter's licence and the job order with the manpower "
                        "office and KP2MI (a ministry since Presidential Regulation 139/2024), using a "
                        "work visa, and avoiding banned destinations such as placement with individual "
                        "employers in the Middle East, stopped by Manpower Ministry Decree 260/2015 as "
                        "reported. A case study shows a village head handling a recruiter's request."
                    ),
                    "body": [
                        (
                            "text",
                            "<p>Permen PPPA 2/2024 tidak hanya meminta warga waspada; peraturan ini "
                            "menyebut langkah pencegahan yang dapat diikuti masyarakat. Pelajaran ini "
                            "menguraikan langkah tersebut, lalu menerapkannya pada titik rawan yang paling "
                            "sering dihadapi desa: warga yang hendak bekerja ke luar negeri.</p>",
                        ),
                        ("heading", "Langkah pencegahan menurut Permen PPPA 2/2024"),
                        (
                            "text",
                            "<p>Menurut Permen PPPA 2/2024, masyarakat turut serta dalam: (1) mengenali "
                            "para pemangku kepentingan terkait TPPO di wilayahnya; (2) memperkuat ekonomi "
                            "warga dan memperluas peluang kerja di daerah yang rawan TPPO; (3) "
                            "menggerakkan jejaring masyarakat untuk menyebarkan informasi serta "
                            "menyelenggarakan pelatihan, seminar, lokakarya, atau diskusi; (4) "
                            "meningkatkan kemampuan perangkat desa dalam pencegahan; dan (5) "
                            "melaksanakan kegiatan pencegahan itu sendiri. Daftar ini adalah rangkuman "
                            "kami; untuk rumusan resmi, rujuk naskah peraturannya di JDIH.</p>",
                        ),
                        (
                            "citation",
                            {
                                "regulation": "permen-pppa-2-2024",
                                "article": "Ketentuan langkah pencegahan oleh masyarakat (nomor pasal "
                                "belum diverifikasi)",
                                "point": "Masyarakat ikut memetakan pemangku kepentingan, memperkuat "
                                "ekonomi dan lapangan kerja di daerah rawan, menyebarkan informasi "
                                "lewat jejaring, meningkatkan kapasitas perangkat desa, dan "
                                "melaksanakan kegiatan pencegahan.",
                            },
                        ),
                        (
                            "table",
                            {
                                "caption": "Dari ketentuan ke kegiatan (contoh praktik, bukan rincian "
                                "Permen)",
                                "header": [
                                    "Langkah dalam Permen 2/2024",
                                    "Contoh kegiatan di desa",
                                ],
                                "rows": [
                                    [
                                        "Mengenali pemangku kepentingan",
                                        "Daftar kontak DP3A/UPTD PPA, Unit PPA Polres, dinas tenaga "
                                        "kerja, Dinsos, puskesmas, dan LSM, diperbarui setiap tahun",
                                    ],
                                    [
                                        "Ekonomi dan lapangan kerja",
                                        "Menghubungkan keluarga rentan dengan pelatihan kerja atau "
                                        "usaha milik desa",
                                    ],
                                    [
                                        "Jejaring dan penyebaran informasi",
                                        "Sesi migrasi aman di pengajian, arisan, sekolah, dan grup "
                                        "WhatsApp warga",
                                    ],
                                    [
                                        "Kapasitas perangkat desa",
                                        "Pelatihan memeriksa dokumen dan cara merujuk dugaan kasus",
                                    ],
                                    [
                                        "Kegiatan pencegahan",
                                        "Pos informasi migrasi aman di kantor desa",
                                    ],
                                ],
                            },
                        ),
                        ("heading", "Migrasi aman: periksa sebelum berangkat"),
                        (
                            "text",
                            "<p>Bekerja ke luar negeri adalah hak warga; yang perlu dicegah adalah "
                            "keberangkatan lewat jalur tidak resmi. Sejak Perpres 139/2024, BP2MI "
                            "berubah menjadi kementerian, yaitu KP2MI. Bersama dinas tenaga kerja "
                            "kabupaten/kota, KP2MI adalah tempat memastikan apakah perekrut memiliki izin "
                            "dan apakah lowongan (job order) yang ditawarkan benar-benar ada.</p>",
                        ),
                        ("glossary", "BP2MI → KP2MI"),
                        (
                            "checklist",
                            {
                                "title": "Daftar periksa sebelum warga berangkat (praktik baik)",
                                "items": [
                                    "Izin perusahaan atau agen perekrut sudah dicek ke dinas tenaga "
                                    "kerja dan KP2MI.",
                                    "Job order terverifikasi oleh instansi tersebut, bukan sekadar "
                                    "brosur atau tangkapan layar.",
                                    "Visa yang dipakai adalah visa kerja, bukan visa turis.",
                                    "Tidak ada biaya yang 'ditalangi' sponsor lalu dijadikan utang.",
                                    "Calon pekerja memahami kontraknya: jenis pekerjaan, gaji, majikan, "
                                    "dan alamat kerja.",
                                    "Paspor dipegang sendiri; keluarga menyimpan salinan dokumen dan "
                                    "nomor kontak.",
                                    "Negara dan jenis pekerjaan tujuan tidak termasuk yang "
                                    "penempatannya dihentikan.",
                                ],
                            },
                        ),
                        (
                            "text",
                            "<p>Contoh tujuan yang ditutup: Keputusan Menteri Ketenagakerjaan Nomor 260 "
                            "Tahun 2015 menghentikan penempatan pekerja migran pada pengguna perseorangan "
                            "(majikan perorangan) di negara-negara Timur Tengah, sebagaimana diberitakan "
                            "media (Poskota, Januari 2020). Kebijakan penempatan dapat berubah, jadi "
                            "pastikan status terbarunya ke dinas tenaga kerja atau KP2MI sebelum memberi "
                            "saran kepada warga.</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "principle",
                                "title": "Surat keterangan desa adalah pintu",
                                "text": "<p>Praktik baik: jangan menandatangani surat rekomendasi atau "
                                "keterangan untuk bekerja ke luar negeri sebelum izin perekrut dan "
                                "lowongannya terverifikasi. Penolakan yang sopan dan beralasan lebih "
                                "melindungi warga daripada tanda tangan yang terburu-buru.</p>",
                            },
                        ),
                        (
                            "case_study",
                            {
                                "title": "Tawaran 'berangkat gratis' ke Teluk",
                                "situation": "<p>Pak Harun, Kepala Desa Sukamaju (tokoh dan desa fiktif), "
                                "didatangi Pak Bondan yang mengaku agen. Ia menawarkan keberangkatan "
                                "gratis bagi perempuan desa untuk bekerja pada majikan perorangan di "
                                "sebuah negara Teluk, dan meminta sepuluh surat rekomendasi desa dalam "
                                "minggu itu juga. Beberapa keluarga sudah antusias.</p>",
                                "discussion": "<p>Langkah yang tepat: Pak Harun menunda surat dan "
                                "memeriksa izin Pak Bondan serta job order-nya ke dinas tenaga kerja dan "
                                "KP2MI. Karena penempatan pada majikan perorangan di Timur Tengah "
                                "dihentikan oleh Kepmenaker 260/2015 (sebagaimana diberitakan), tawaran "
                                "ini patut diduga sebagai penempatan nonprosedural, sehingga surat tidak "
                                "diterbitkan. Pak Harun melaporkan tawaran itu ke gugus tugas kabupaten "
                                "atau polisi, lalu bersama kader PKK menggelar sesi migrasi aman bagi "
                                "keluarga yang tertarik. Menghadang agen di depan umum atau merampas "
                                "ponselnya bukan pilihan yang baik: berisiko bagi warga dan dapat "
                                "merusak penyidikan. Berdiam diri juga keliru. Pemeriksaan dan "
                                "pelaporan seperti ini sejalan dengan Pasal 60 UU 21/2007 dan Permen "
                                "PPPA 2/2024.</p>",
                            },
                        ),
                        (
                            "takeaways",
                            [
                                "Permen PPPA 2/2024 menyebut lima kelompok langkah pencegahan: "
                                "memetakan pemangku kepentingan, ekonomi dan lapangan kerja, jejaring "
                                "informasi, kapasitas perangkat desa, dan kegiatan pencegahan.",
                                "Sebelum warga berangkat, cek izin perekrut dan job order ke dinas "
                                "tenaga kerja dan KP2MI.",
                                "Visa turis, utang ongkos, dan tujuan yang ditutup (misalnya majikan "
                                "perorangan di Timur Tengah menurut Kepmenaker 260/2015, sebagaimana "
                                "diberitakan) adalah tanda bahaya.",
                                "Jangan terbitkan surat desa sebelum verifikasi; laporkan tawaran "
                                "mencurigakan ke gugus tugas atau polisi.",
                            ],
                        ),
                        (
                            "reflection",
                            "Jika besok ada perekrut meminta surat keterangan dari kantor desa Anda, "
                            "siapa yang akan Anda hubungi lebih dulu untuk memeriksanya, dan apakah "
                            "nomor kontaknya sudah Anda simpan?",
                        ),
                    ],
                },
                {
                    "slug": "ketika-ada-dugaan-kasus",
                    "title": "Ketika Ada Dugaan Kasus: Melapor, Merujuk, dan Menjaga Kerahasiaan",
                    "title_en": "When a Case Is Suspected: Reporting, Referral and Confidentiality",
                    "minutes": 15,
                    "required": True,
                    "summary_en": (
                        "When residents suspect trafficking, the priorities are the person's safety, no "
                        "private investigation, and a quick link to the authorities. The lesson maps "
                        "the channels: police women-and-children units and special service rooms (Law "
                        "21/2007 Article 45), the SAPA 129 hotline (129 or WhatsApp 08111-129-129), "
                        "the UPTD PPA and its six functions under Ministerial Regulation PPPA 4/2018, "
                        "Indonesian missions abroad (Article 54) and the district task force. Article "
                        "51(2) means services need not wait for the victim to file a report. It covers "
                        "legal protection for residents who take part, LPSK protection for witnesses, "
                        "confidentiality of victims' identities (Article 44) and non-punishment of "
                        "victims forced to commit offences (Article 18), and explains why trafficking "
                        "must never be settled by village mediation."
                    ),
                    "body": [
                        (
                            "text",
                            "<p>Suatu sore, seorang ibu datang ke kantor desa. Anaknya yang bekerja di "
                            "luar negeri mengirim pesan singkat: ia tidak digaji, paspornya ditahan, dan "
                            "ia tidak boleh keluar rumah majikan. Apa yang harus dilakukan? Prinsipnya "
                            "sederhana: utamakan keselamatan orang tersebut, jangan menyelidiki sendiri, "
                            "dan segera hubungkan dengan pihak yang berwenang.</p>",
                        ),
                        ("heading", "Ke mana melapor"),
                        (
                            "table",
                            {
                                "caption": "Saluran pelaporan dan rujukan",
                                "header": ["Saluran", "Kapan dipakai", "Dasar atau catatan"],
                                "rows": [
                                    [
                                        "Polisi (Unit PPA di Polres)",
                                        "Ada dugaan tindak pidana, terutama bila korban masih dalam "
                                        "bahaya",
                                        "Pasal 60 UU 21/2007 (peran melapor); Pasal 45 mewajibkan "
                                        "Ruang Pelayanan Khusus di setiap provinsi dan kabupaten/kota",
                                    ],
                                    [
                                        "SAPA 129 (telepon 129, WhatsApp 08111-129-129)",
                                        "Bingung harus ke mana, atau perlu saluran yang bisa dihubungi "
                                        "dari mana saja",
                                        "Layanan pengaduan KemenPPPA",
                                    ],
                                    [
                                        "UPTD PPA provinsi atau kabupaten/kota",
                                        "Korban perempuan atau anak membutuhkan pendampingan, tempat "
                                        "aman, atau pengelolaan kasus",
                                        "Permen PPPA 4/2018: fungsi pengaduan, penjangkauan, "
                                        "pengelolaan kasus, penampungan sementara, mediasi, dan "
                                        "pendampingan",
                                    ],
                                    [
                                        "Perwakilan RI di negara tujuan dan KP2MI",
                                        "Korban masih berada di luar negeri",
                                        "Pasal 54 UU 21/2007: perwakilan RI wajib melindungi korban dan "
                                        "mengupayakan pemulangannya atas biaya negara",
                                    ],
                                    [
                                        "Gugus tugas kabupaten/kota (melalui DP3A)",
                                        "Ada pola berulang, misalnya perekrut yang sama mendatangi "
                                        "banyak desa",
                                        "Pasal 58 UU 21/2007",
                                    ],
                                ],
                            },
                        ),
                        ("glossary", "SAPA 129"),
                        ("glossary", "UPTD PPA"),
                        (
                            "citation",
                            {
                                "regulation": "permen-pppa-4-2018",
                                "article": "Ketentuan fungsi UPTD PPA (nomor pasal belum diverifikasi)",
                                "point": "UPTD PPA menjalankan fungsi pengaduan, penjangkauan, "
                                "pengelolaan kasus, penampungan sementara, mediasi, dan pendampingan.",
                            },
                        ),
                        (
                            "text",
                            "<p>Layanan bagi korban tidak perlu menunggu korban sendiri membuat laporan. "
                            "Menurut Pasal 51 ayat (2) UU 21/2007, setelah dugaan kasus dilaporkan ke "
                            "polisi oleh siapa pun, permohonan rehabilitasi dan layanan lain dapat "
                            "diajukan oleh korban, keluarga, teman, polisi, relawan pendamping, atau "
                            "pekerja sosial. Artinya, warga desa dapat menjadi pelapor sekaligus pihak "
                            "yang membantu mengajukan layanan.</p>",
                        ),
                        (
                            "citation",
                            {
                                "regulation": "uu-21-2007",
                                "article": "Pasal 51 ayat (2)",
                                "point": "Setelah kasus dilaporkan ke polisi oleh siapa pun, permohonan "
                                "layanan pemulihan dapat diajukan oleh korban, keluarga, teman, polisi, "
                                "relawan pendamping, atau pekerja sosial.",
                            },
                        ),
                        ("heading", "Melindungi pelapor dan menjaga kerahasiaan"),
                        (
                            "text",
                            "<p>UU 21/2007 menjamin perlindungan hukum bagi warga yang berperan serta "
                            "dalam pencegahan dan penanganan TPPO. Bila pelapor kemudian menjadi saksi, "
                            "ia dapat meminta perlindungan LPSK berdasarkan UU 13/2006 sebagaimana "
                            "diubah UU 31/2014; hak saksi dalam Pasal 5 undang-undang itu antara lain "
                            "mencakup keamanan diri, keluarga, dan harta benda (daftar lengkap hak "
                            "tersebut belum kami cocokkan dengan naskah resmi).</p><p>Kerahasiaan sama "
                            "pentingnya. Pasal 44 UU 21/2007 melindungi kerahasiaan identitas saksi dan "
                            "korban, dan perlindungan itu dapat diperluas kepada keluarganya sampai "
                            "derajat kedua bila mereka terancam. Di desa, ini berarti tidak menyebut "
                            "nama, alamat, atau foto korban di grup WhatsApp, media sosial, atau rapat "
                            "warga, dan menyimpan catatan di tempat yang tidak dapat dibaca sembarang "
                            "orang.</p>",
                        ),
                        (
                            "citation",
                            {
                                "regulation": "uu-21-2007",
                                "article": "Pasal 44",
                                "point": "Identitas saksi dan korban wajib dirahasiakan; perlindungan "
                                "dapat diperluas kepada keluarga sampai derajat kedua bila terancam.",
                            },
                        ),
                        (
                            "text",
                            "<p>Warga yang pulang dari 'perusahaan online' di luar negeri kadang dicap "
                            "penipu. Padahal Pasal 18 UU 21/2007 menyatakan bahwa korban yang melakukan "
                            "tindak pidana karena dipaksa pelaku TPPO tidak dipidana. Menilai apakah "
                            "seseorang dipaksa adalah tugas APH; tugas warga adalah tidak menghakimi dan "
                            "membantunya mendapat layanan.</p>",
                        ),
                        (
                            "citation",
                            {
                                "regulation": "uu-21-2007",
                                "article": "Pasal 18",
                                "point": "Korban yang melakukan tindak pidana karena dipaksa pelaku TPPO "
                                "tidak dipidana.",
                            },
                        ),
                        (
                            "checklist",
                            {
                                "title": "Langkah pertama di desa (praktik baik)",
                                "items": [
                                    "Dengarkan dengan tenang di tempat tertutup; jangan memaksa cerita "
                                    "lengkap.",
                                    "Bila ada bahaya mendesak, segera hubungi polisi.",
                                    "Catat fakta seperlunya: siapa, kapan, di mana, dan kontak "
                                    "perekrut, tanpa menambah tafsiran.",
                                    "Jelaskan pilihan layanan kepada korban dewasa dan minta "
                                    "persetujuannya sebelum membagikan data pribadinya.",
                                    "Untuk anak, tetap laporkan ke UPTD PPA atau polisi demi "
                                    "kepentingan terbaiknya.",
                                    "Jangan menghubungi atau menghadapi perekrut sendiri.",
                                    "Catat kepada siapa dan kapan Anda merujuk, lalu tindak lanjuti.",
                                ],
                            },
                        ),
                        (
                            "faq",
                            [
                                {
                                    "question": "Apakah saya harus punya bukti sebelum melapor?",
                                    "answer": "<p>Tidak. Pasal 60 UU 21/2007 menyebut bentuk peran "
                                    "serta berupa memberi informasi atau melaporkan dugaan. Ceritakan apa "
                                    "yang Anda lihat dan dengar; pembuktian adalah tugas penyidik.</p>",
                                },
                                {
                                    "question": "Bagaimana jika korban dewasa tidak mau melapor ke "
                                    "polisi?",
                                    "answer": "<p>Hormati keputusannya dan tetap tawarkan layanan, "
                                    "misalnya pendampingan UPTD PPA atau pemeriksaan kesehatan, tanpa "
                                    "menjadikan laporan polisi sebagai syarat. Bila ia masih dalam "
                                    "bahaya, bicarakan langkah perlindungan dengan UPTD PPA atau "
                                    "polisi.</p>",
                                },
                                {
                                    "question": "Bolehkah kasusnya diselesaikan secara kekeluargaan di "
                                    "desa?",
                                    "answer": "<p>Tidak. TPPO adalah tindak pidana dengan ancaman "
                                    "penjara 3–15 tahun (Pasal 2 ayat (1) UU 21/2007). Menyelesaikannya "
                                    "lewat musyawarah atau mediasi adalah kekeliruan yang sering dicatat "
                                    "dalam penanganan TPPO: pelaku lolos, dan korban bisa kehilangan "
                                    "jalan menuju restitusi serta pemulihan.</p>",
                                },
                            ],
                        ),
                        (
                            "takeaways",
                            [
                                "Utamakan keselamatan, jangan menyelidiki sendiri, dan segera rujuk ke "
                                "polisi, SAPA 129, atau UPTD PPA.",
                                "Layanan tidak bergantung pada laporan korban sendiri (Pasal 51 ayat (2) "
                                "UU 21/2007).",
                                "Identitas korban dan saksi dirahasiakan (Pasal 44); jangan sebarkan di "
                                "grup warga atau media sosial.",
                                "Korban yang dipaksa melakukan tindak pidana tidak dipidana (Pasal 18); "
                                "TPPO tidak boleh diselesaikan secara kekeluargaan.",
                            ],
                        ),
                        (
                            "reflection",
                            "Apakah di kantor atau desa Anda sudah ada catatan nomor UPTD PPA, Unit PPA "
                            "Polres, dan SAPA 129 yang mudah ditemukan, dan siapa yang menyimpan "
                            "catatan kasus secara aman?",
                        ),
                    ],
                },
                {
                    "slug": "reintegrasi-dan-mencegah-keberulangan",
                    "title": "Reintegrasi Penyintas dan Mencegah Keberulangan",
                    "title_en": "Reintegrating Survivors and Preventing Re-Trafficking",
                    "minutes": 14,
                    "required": True,
                    "summary_en": (
                        "A survivor's return home is not the end of the story; preventing re-trafficking "
                        "is one of the prevention aims of Ministerial Regulation PPPA 2/2024. The lesson "
                        "covers survivors' recovery rights under Law 21/2007 Article 51(1) (health and "
                        "social rehabilitation, repatriation, social reintegration), the 7-day service "
                        "deadline in Article 52, and reintegration as the last stage of the integrated "
                        "service SOP (Regulation PPPA 8/2021). It shows how villages can counter stigma "
                        "and keep identities confidential, and why a sponsor's 'debt' pushing a "
                        "survivor to migrate again is a trafficking indicator to report. It explains "
                        "restitution (Article 48; LPSK under Law 31/2014 Article 7A; Supreme Court "
                        "Regulation 1/2022) and livelihood support matched to what the survivor wants."
                    ),
                    "body": [
                        (
                            "text",
                            "<p>Kepulangan korban ke desa bukan akhir cerita. Salah satu tujuan "
                            "pencegahan dalam Permen PPPA 2/2024 adalah mencegah orang yang pernah "
                            "menjadi korban terjerat lagi. Risiko itu justru besar pada bulan-bulan "
                            "pertama setelah pulang, ketika penyintas menghadapi gunjingan, tekanan "
                            "ekonomi, dan 'utang' yang ditagih sponsor.</p>",
                        ),
                        ("heading", "Hak pemulihan korban"),
                        (
                            "text",
                            "<p>Pasal 51 ayat (1) UU 21/2007 memberi korban yang menderita secara fisik "
                            "atau psikis hak atas rehabilitasi kesehatan, rehabilitasi sosial, "
                            "pemulangan, dan reintegrasi sosial dari pemerintah. Permohonannya diajukan "
                            "kepada menteri atau instansi daerah yang menangani urusan kesehatan dan "
                            "sosial (ayat (3)), dan Pasal 52 mewajibkan layanan itu diberikan paling "
                            "lambat 7 hari sejak permohonan. Dalam SOP pelayanan terpadu menurut Permen "
                            "PPPA 8/2021, reintegrasi sosial adalah tahap terakhir dari enam tahap "
                            "layanan, dan SOP ini juga berlaku bagi pusat pelayanan terpadu berbasis "
                            "masyarakat.</p>",
                        ),
                        (
                            "citation",
                            {
                                "regulation": "uu-21-2007",
                                "article": "Pasal 51 ayat (1) dan Pasal 52",
                                "point": "Korban berhak atas rehabilitasi kesehatan, rehabilitasi "
                                "sosial, pemulangan, dan reintegrasi sosial, yang wajib diberikan "
                                "paling lambat 7 hari sejak permohonan.",
                            },
                        ),
                        (
                            "citation",
                            {
                                "regulation": "permen-pppa-8-2021",
                                "article": "Tahapan pelayanan terpadu (nomor pasal belum diverifikasi)",
                                "point": "Pelayanan terpadu berjalan dalam enam tahap, dari pengaduan "
                                "atau identifikasi sampai reintegrasi sosial; SOP ini berlaku juga bagi "
                                "PPT berbasis masyarakat.",
                            },
                        ),
                        (
                            "glossary",
                            "Rehabilitasi kesehatan/sosial, Pemulangan, Reintegrasi sosial",
                        ),
                        ("heading", "Melawan stigma"),
                        (
                            "text",
                            "<p>Gunjingan membuat penyintas menarik diri, sulit mencari kerja, dan lebih "
                            "mudah dibujuk pergi lagi. Beberapa sikap yang membantu (praktik baik): "
                            "perlakukan penyintas sebagai warga biasa, bukan sebagai 'kasus'; jangan "
                            "membahas kisahnya dalam pertemuan desa; pilih pendamping yang ia percayai, "
                            "sebaiknya berjenis kelamin sama bila ia menghendaki; dan ingat bahwa "
                            "laki-laki pun bisa menjadi korban dan membutuhkan dukungan yang sama. "
                            "Kewajiban merahasiakan identitas dalam Pasal 44 UU 21/2007 tetap berlaku "
                            "setelah korban pulang.</p>",
                        ),
                        ("heading", "Utang adalah tanda bahaya"),
                        (
                            "text",
                            "<p>Penyintas sering ditagih 'utang' oleh sponsor yang dulu "
                            "memberangkatkannya, lalu keluarga mendesaknya berangkat lagi untuk "
                            "melunasi. Perlakukan keadaan ini sebagai tanda TPPO, bukan sekadar urusan "
                            "utang-piutang: penjeratan utang termasuk unsur cara dalam Pasal 1 angka 1 "
                            "UU 21/2007. Laporkan kepada UPTD PPA atau polisi, dan bantu keluarga "
                            "memahami bahwa tagihan seperti itu perlu diperiksa petugas sebelum mereka "
                            "mengambil keputusan apa pun.</p>",
                        ),
                        (
                            "case_study",
                            {
                                "title": "Sari pulang, gunjingan datang",
                                "situation": "<p>Sari (29 tahun, tokoh fiktif) kembali ke desanya setelah "
                                "diselamatkan dari tempat kerja yang tidak pernah membayar gajinya. "
                                "Tetangga mulai bergunjing. Bu Marni, sponsor yang dulu "
                                "memberangkatkannya, menagih 'utang' ongkos keberangkatan, dan keluarga "
                                "Sari mendesaknya berangkat lagi lewat Bu Marni agar utang itu "
                                "lunas.</p>",
                                "discussion": "<p>Menyerahkan urusan ini kepada keluarga, memindahkan "
                                "Sari ke provinsi lain tanpa penjelasan, atau membahas kasusnya dalam "
                                "rapat desa sama-sama merugikan Sari. Langkah yang lebih baik adalah "
                                "rencana reintegrasi bersama Dinsos dan UPTD PPA: konseling keluarga, "
                                "melaporkan tagihan Bu Marni sebagai indikasi penjeratan utang, dukungan "
                                "mata pencaharian sesuai keinginan Sari, informasi tentang hak "
                                "restitusi, dan kunjungan tindak lanjut. Perangkat desa dan kader "
                                "menjaga kerahasiaan dan memastikan Sari tidak dikucilkan.</p>",
                            },
                        ),
                        ("heading", "Restitusi dan penghidupan"),
                        (
                            "text",
                            "<p>Korban berhak atas restitusi dari pelaku, yang mencakup kehilangan harta "
                            "atau penghasilan, penderitaan, biaya perawatan medis atau psikologis, dan "
                            "kerugian lain (Pasal 48 UU 21/2007). Permohonannya dapat diajukan melalui "
                            "LPSK (Pasal 7A UU 13/2006 sebagaimana diubah UU 31/2014) atau langsung ke "
                            "pengadilan, dengan tata cara menurut Perma 1/2022; permohonan yang diajukan "
                            "setelah putusan berkekuatan hukum tetap dibatasi 90 hari sejak pemohon "
                            "mengetahui putusan itu. Sampaikan hak ini sedini mungkin, jangan menunggu "
                            "putusan.</p><p>Dukungan usaha perlu disesuaikan dengan keinginan penyintas. "
                            "Sebagai gambaran, dari 295 korban yang direhabilitasi di RPTC Bambu Apus "
                            "pada 2023, hanya sekitar sepersepuluh yang mengambil bantuan modal usaha "
                            "Kemensos (diberitakan IDN Times). Tanyakan dulu apa yang ia butuhkan: "
                            "pekerjaan, keterampilan, sekolah, atau waktu untuk pulih.</p>",
                        ),
                        (
                            "citation",
                            {
                                "regulation": "uu-21-2007",
                                "article": "Pasal 48",
                                "point": "Restitusi mencakup kehilangan harta atau penghasilan, "
                                "penderitaan, biaya perawatan medis atau psikologis, dan kerugian lain.",
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
                            "citation",
                            {
                                "regulation": "perma-1-2022",
                                "article": "Tata cara permohonan restitusi (nomor pasal belum "
                                "diverifikasi)",
                                "point": "Permohonan restitusi diajukan langsung ke pengadilan atau "
                                "melalui LPSK; setelah putusan berkekuatan hukum tetap, batasnya 90 "
                                "hari sejak pemohon mengetahui putusan.",
                            },
                        ),
                        ("glossary", "Restitusi / Kompensasi"),
                        (
                            "checklist",
                            {
                                "title": "Dukungan desa untuk reintegrasi (praktik baik)",
                                "items": [
                                    "Sepakati satu pendamping desa yang dipercaya penyintas sebagai "
                                    "penghubung dengan Dinsos dan UPTD PPA.",
                                    "Lakukan kunjungan tindak lanjut berkala yang tidak mencolok.",
                                    "Libatkan penyintas dalam program ekonomi desa tanpa menyebut "
                                    "riwayatnya.",
                                    "Waspadai tawaran kerja baru dari sponsor lama atau jaringannya.",
                                    "Segera laporkan tagihan utang yang dipakai untuk menekan "
                                    "keberangkatan ulang.",
                                ],
                            },
                        ),
                        (
                            "takeaways",
                            [
                                "Mencegah keberulangan adalah tujuan pencegahan dalam Permen PPPA "
                                "2/2024; masa awal setelah pulang adalah masa paling rawan.",
                                "Korban berhak atas rehabilitasi kesehatan dan sosial, pemulangan, dan "
                                "reintegrasi paling lambat 7 hari sejak permohonan (Pasal 51–52 UU "
                                "21/2007).",
                                "Tagihan 'utang' dari sponsor yang mendorong keberangkatan ulang adalah "
                                "tanda penjeratan utang dan harus dilaporkan.",
                                "Beri tahu korban tentang restitusi sejak dini (Pasal 48; LPSK; Perma "
                                "1/2022) dan sesuaikan dukungan penghidupan dengan keinginannya.",
                            ],
                        ),
                        (
                            "reflection",
                            "Bagaimana desa Anda biasanya membicarakan warga yang pulang dari luar negeri "
                            "dengan masalah, dan satu kebiasaan apa yang bisa Anda ubah agar penyintas "
                            "tidak merasa dikucilkan?",
                        ),
                    ],
                },
            ],
        },
    ],
}
