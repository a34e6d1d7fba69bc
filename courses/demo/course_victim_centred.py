"""Demo course: victim-centred and gender-responsive services (Layanan yang Berpihak pada Korban dan
Responsif Gender). Written from ../shared/content/brief.md (sections 1.1, 1.2, 2, 4, 5, 6); see the
format in __init__.py. Items the brief marks ✘ are left out; items marked ◐ carry their uncertainty."""

COURSE = {
    "slug": "layanan-berpihak-korban-responsif-gender",
    "title": "Layanan yang Berpihak pada Korban dan Responsif Gender",
    "title_en": "Victim-Centred and Gender-Responsive Services",
    "summary": (
        "Kursus ini membekali anggota Gugus Tugas PP-TPPO untuk melayani korban perdagangan orang tanpa "
        "menambah luka: mendahulukan keselamatan dan pilihan korban, menjaga kerahasiaan, mewawancarai "
        "dengan peka trauma dan gender, tidak menghukum korban, melindungi anak, dan menghindari "
        "kesalahan yang paling sering terjadi."
    ),
    "summary_en": (
        "This course prepares anti-trafficking task force members to serve trafficking victims without "
        "causing further harm: putting the person's safety and choices first, protecting confidentiality, "
        "interviewing in a trauma-informed and gender-sensitive way, not punishing victims, protecting "
        "children and avoiding the mistakes most often seen in practice."
    ),
    "regulations": [
        "uu-21-2007",
        "uu-13-2006",
        "uu-31-2014",
        "uu-12-2022",
        "perma-1-2022",
        "palermo-protocol",
    ],
    "audience_agencies": [],
    "audience_levels": [],
    "objectives": [
        "Menerapkan pendekatan yang berpihak pada korban dan prinsip tidak menambah bahaya dalam setiap kontak dengan korban.",
        "Meminta persetujuan berdasarkan informasi, menjaga kerahasiaan identitas korban (UU 21/2007 Pasal 44), dan menghormati pilihan korban.",
        "Menyiapkan wawancara dan pendampingan yang peka trauma dan gender dengan memanfaatkan RPK dan hak atas pendamping (UU 21/2007 Pasal 35 dan 45).",
        "Menerapkan prinsip tidak menghukum korban (UU 21/2007 Pasal 18) dan tidak membeda-bedakan korban, termasuk korban laki-laki.",
        "Melindungi korban anak berdasarkan kepentingan terbaik anak dan ketentuan pemeriksaan anak (UU 21/2007 Pasal 39–40).",
        "Mengenali dan menghindari kesalahan umum seperti reviktimisasi, menyalahkan korban, dan layanan bersyarat.",
    ],
    "objectives_en": [
        "Apply the victim-centred approach and the do-no-harm principle in every contact with a victim.",
        "Obtain informed consent, keep the victim's identity confidential (Law 21/2007 Art. 44) and respect the victim's choices.",
        "Prepare trauma-informed, gender-sensitive interviews and accompaniment using police special service rooms and the right to a companion (Law 21/2007 Arts 35 and 45).",
        "Apply non-punishment (Law 21/2007 Art. 18) and non-discrimination, including towards male victims.",
        "Protect child victims on the basis of the child's best interests and the rules for examining children (Law 21/2007 Arts 39–40).",
        "Recognise and avoid common mistakes such as re-victimisation, victim-blaming and conditional services.",
    ],
    "estimated_minutes": 75,
    "modules": [
        {
            "slug": "prinsip-dasar-layanan",
            "title": "Prinsip Dasar Layanan yang Berpihak pada Korban",
            "title_en": "Core Principles of Victim-Centred Services",
            "lessons": [
                {
                    "slug": "berpihak-pada-korban-dan-tidak-menambah-bahaya",
                    "title": "Berpihak pada Korban dan Tidak Menambah Bahaya",
                    "title_en": "The Victim-Centred Approach and Doing No Harm",
                    "minutes": 12,
                    "required": True,
                    "summary_en": (
                        "A victim-centred service puts the rights, safety and recovery of the person ahead of "
                        "the needs of the case file or the agency, as OHCHR Principle 1 and the Bali Process "
                        "guidance on victim-centred work set out. The lesson explains the do-no-harm principle "
                        "from the WHO interviewing recommendations and the IOM direct-assistance handbook: treat "
                        "each contact as risky until assessed, and plan for safety before, during and after every "
                        "meeting. It links safety to Law 21/2007 Art. 43 (the witness and victim protection law, "
                        "and so LPSK, also covers trafficking cases) and Art. 44 (confidential identity, extended "
                        "to threatened family up to the second degree). A case of a deported domestic worker shows "
                        "why services must never be made conditional on a police report."
                    ),
                    "body": [
                        (
                            "text",
                            "<p>Polisi, petugas imigrasi, perawat, kepala desa, dan konselor bertemu korban dari pintu "
                            "yang berbeda, tetapi pegangannya sama. Dalam pendekatan yang "
                            "<strong>berpihak pada korban</strong>, hak, keselamatan, dan pemulihan orang yang kita layani "
                            "lebih didahulukan daripada kebutuhan berkas perkara, target operasi, atau kemudahan kerja "
                            "lembaga.</p>"
                            "<p>Gagasan ini berakar pada Prinsip dan Pedoman yang Direkomendasikan tentang Hak Asasi Manusia "
                            "dan Perdagangan Orang dari OHCHR. Prinsip 1 di dalamnya menjadikan hak asasi orang yang "
                            "diperdagangkan sebagai pusat dari seluruh upaya pencegahan, penindakan, perlindungan, dan "
                            "pemulihan. Panduan Bali Process tentang penguatan pendekatan yang berpusat pada korban "
                            "menurunkan gagasan itu ke dalam kerja sama lintas lembaga.</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "principle",
                                "title": "Berpihak pada korban",
                                "text": "<p>Pertanyaan pertama bukan “apa yang dibutuhkan kasus ini?”, melainkan “apa yang "
                                "dibutuhkan orang ini agar aman dan pulih?”. Proses hukum tetap penting, tetapi kesediaan "
                                "korban bekerja sama tidak boleh menjadi harga yang harus ia bayar untuk mendapat bantuan. "
                                "(Dasar: OHCHR, Prinsip 1; panduan Bali Process.)</p>",
                            },
                        ),
                        ("heading", "Jangan menambah bahaya"),
                        (
                            "text",
                            "<p>Prinsip <em>do no harm</em> mengingatkan bahwa niat baik pun bisa mencelakakan. Jaringan "
                            "pelaku mungkin masih mengawasi korban, menagih “utang” kepada keluarganya, atau menghubunginya "
                            "lewat telepon. Rekomendasi etik dan keselamatan WHO untuk wawancara perempuan korban "
                            "perdagangan orang meminta petugas menganggap setiap kontak berisiko tinggi sampai penilaian "
                            "menunjukkan sebaliknya. Buku pegangan IOM tentang bantuan langsung bagi korban perdagangan "
                            "orang menekankan hal serupa: keselamatan dirancang sebelum, selama, dan sesudah setiap "
                            "pertemuan, bukan dipikirkan setelah masalah muncul.</p>"
                            "<p>Contohnya: tidak menghubungi nomor yang mungkin dikuasai pelaku dan memilih tempat bertemu "
                            "yang tidak mencolok.</p>",
                        ),
                        (
                            "checklist",
                            {
                                "title": "Rencana keselamatan tiga tahap",
                                "items": [
                                    "Sebelum: cari tahu risikonya (siapa pelaku, adakah ancaman kepada keluarga), siapkan ruang tertutup dan daftar rujukan.",
                                    "Sebelum: tanyakan kepada korban cara menghubunginya yang aman dan siapa saja yang boleh tahu ia sedang dibantu.",
                                    "Selama: perhatikan tanda tertekan, beri jeda, dan hentikan pertemuan bila korban merasa tidak aman.",
                                    "Sesudah: sepakati langkah darurat, nomor yang bisa dihubungi (misalnya SAPA 129), dan jadwal tindak lanjut.",
                                ],
                            },
                        ),
                        (
                            "citation",
                            {
                                "regulation": "uu-21-2007",
                                "article": "Pasal 43",
                                "point": "Ketentuan undang-undang perlindungan saksi dan korban juga berlaku bagi saksi "
                                "dan korban TPPO, kecuali UU 21/2007 mengatur lain. Karena itu korban yang terancam "
                                "dapat dirujuk ke LPSK untuk meminta perlindungan.",
                            },
                        ),
                        ("glossary", "LPSK"),
                        (
                            "citation",
                            {
                                "regulation": "uu-21-2007",
                                "article": "Pasal 44",
                                "point": "Saksi dan korban berhak atas kerahasiaan identitasnya. Bila keluarganya sampai "
                                "derajat kedua ikut diancam, hak atas kerahasiaan itu juga berlaku bagi mereka.",
                            },
                        ),
                        (
                            "case_study",
                            {
                                "title": "Sulastri hanya ingin pulang",
                                "situation": "<p>Sulastri (34 tahun) baru dideportasi dari Malaysia dan diantar ke UPTD PPA. "
                                "Dua tahun gajinya tidak dibayar dan paspornya dipegang majikan. Ia lelah dan berkata hanya "
                                "ingin pulang ke kampung. Seorang petugas mengusulkan agar ia dicatat sebagai pekerja migran "
                                "ilegal dan diserahkan ke imigrasi. Petugas lain meminta ia menandatangani laporan polisi "
                                "lebih dulu “supaya layanannya bisa jalan”.</p>",
                                "discussion": "<p>Kedua usulan itu keliru. Paspor yang dikuasai majikan termasuk indikator "
                                "perdagangan orang, dan upah yang tidak dibayar menambah alasan untuk skrining. Langkah yang "
                                "berpihak pada korban: bicara di ruang tertutup, dengan petugas perempuan bila Sulastri "
                                "menghendakinya; jelaskan hak dan layanan; minta persetujuannya; tawarkan pemeriksaan "
                                "kesehatan serta pilihan melapor ke polisi atau meminta perlindungan LPSK tanpa menjadikannya "
                                "syarat. Pasal 51 ayat (2) UU 21/2007 membolehkan pihak lain, misalnya pekerja sosial, "
                                "mengajukan permohonan layanan, dan laporan ke polisi pun boleh dibuat orang lain. "
                                "Keinginannya pulang dihormati; tugas kita menyiapkan kepulangan yang aman dan tindak lanjut "
                                "reintegrasi.</p>",
                            },
                        ),
                        (
                            "faq",
                            [
                                {
                                    "question": "Bagaimana jika korban menolak semua bantuan?",
                                    "answer": "<p>Hormati keputusannya, pastikan ia tahu cara menghubungi layanan di kemudian "
                                    "hari (misalnya SAPA 129 atau UPTD PPA terdekat), dan catat bahwa tawaran sudah "
                                    "diberikan. Menolak hari ini tidak berarti menolak selamanya.</p>",
                                },
                            ],
                        ),
                        (
                            "takeaways",
                            [
                                "Hak, keselamatan, dan pemulihan korban didahulukan daripada kebutuhan berkas (OHCHR, Prinsip 1).",
                                "Anggap setiap kontak berisiko sampai dinilai sebaliknya; rancang keselamatan sebelum, selama, dan sesudah pertemuan (WHO; IOM).",
                                "Identitas korban, dan keluarganya sampai derajat kedua bila terancam, berhak dirahasiakan (UU 21/2007 Pasal 44).",
                                "Layanan tidak pernah dijadikan imbalan atas kesaksian (UU 21/2007 Pasal 51 ayat (2)).",
                            ],
                        ),
                        (
                            "reflection",
                            "Ingat satu keputusan dalam pekerjaan Anda bulan lalu yang lebih melayani kebutuhan berkas atau "
                            "lembaga daripada kebutuhan korban. Apa yang akan Anda lakukan secara berbeda?",
                        ),
                    ],
                },
                {
                    "slug": "persetujuan-kerahasiaan-dan-hak-memilih",
                    "title": "Persetujuan, Kerahasiaan, dan Hak Korban Menentukan Pilihan",
                    "title_en": "Informed Consent, Confidentiality and Self-Determination",
                    "minutes": 12,
                    "required": True,
                    "summary_en": (
                        "Trafficking takes control away from people; good services give it back. Following the WHO "
                        "ethical and safety recommendations for interviewing trafficked women, consent is only real "
                        "when the person understands who is asking, why, how the information will be used and stored, "
                        "and that they may refuse, pause or stop without losing help; each new step (tests, photos, "
                        "referrals, reports) needs fresh consent. Confidentiality rests on Law 21/2007 Art. 44: no "
                        "names, photos or villages in reports, social media or press briefings, and secure records. "
                        "Self-determination draws on the rights list in Art. 5 of Law 13/2006 as amended by Law "
                        "31/2014 (only partly confirmed, so taught with caution). A health-centre case applies these "
                        "rules together with the seven-day first-aid limit in Art. 53."
                    ),
                    "body": [
                        (
                            "text",
                            "<p>Perdagangan orang merampas kendali seseorang atas hidupnya: dokumen ditahan, gerak "
                            "dibatasi, keputusan diambil orang lain. Layanan yang baik mengembalikan kendali itu sedikit "
                            "demi sedikit. Pelajaran ini membahas tiga alat utamanya: persetujuan berdasarkan informasi, "
                            "kerahasiaan, dan hak korban ikut menentukan bentuk bantuan.</p>",
                        ),
                        ("heading", "Persetujuan berdasarkan informasi"),
                        (
                            "text",
                            "<p>Rekomendasi etik dan keselamatan WHO untuk wawancara perempuan korban perdagangan orang "
                            "menjadikan persetujuan sebagai syarat sebelum wawancara. Persetujuan baru bermakna bila korban "
                            "memahami siapa Anda dan dari lembaga mana, untuk apa informasinya diminta, bagaimana informasi "
                            "itu dipakai dan disimpan serta siapa yang dapat membacanya, dan bahwa ia boleh menolak "
                            "pertanyaan tertentu, meminta jeda, atau menghentikan percakapan kapan saja tanpa kehilangan "
                            "layanan.</p>"
                            "<p>Persetujuan bukan satu tanda tangan di awal. Setiap langkah baru—pemeriksaan medis, foto "
                            "luka, rujukan ke lembaga lain, laporan ke polisi—perlu dijelaskan dan disetujui tersendiri.</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "principle",
                                "title": "Persetujuan yang sungguh-sungguh",
                                "text": "<p>Gunakan bahasa sehari-hari, sediakan juru bahasa bila perlu, dan periksa "
                                "pemahaman dengan meminta korban mengulang penjelasan dengan kata-katanya sendiri. Diam atau "
                                "mengangguk karena takut bukanlah persetujuan. (Dasar: rekomendasi WHO.)</p>",
                            },
                        ),
                        ("heading", "Kerahasiaan"),
                        (
                            "citation",
                            {
                                "regulation": "uu-21-2007",
                                "article": "Pasal 44",
                                "point": "Saksi dan korban TPPO berhak atas kerahasiaan identitas; hak ini meluas kepada "
                                "keluarga sampai derajat kedua apabila keluarga itu mendapat ancaman.",
                            },
                        ),
                        (
                            "text",
                            "<p>Dalam praktik, kerahasiaan berarti tidak ada nama, foto, alamat, atau nama desa korban "
                            "dalam laporan kegiatan, unggahan media sosial, maupun jumpa pers; berkas disimpan terkunci "
                            "atau berkata sandi; dan informasi hanya dibagikan kepada petugas yang memang perlu tahu untuk "
                            "menangani kasus. Rekomendasi WHO juga meminta anonimitas dijaga setiap kali data dipakai.</p>",
                        ),
                        ("heading", "Hak menentukan pilihan"),
                        (
                            "citation",
                            {
                                "regulation": "uu-31-2014",
                                "article": "Pasal 5 UU 13/2006 sebagaimana diubah",
                                "point": "Pasal ini memuat daftar hak saksi dan korban, antara lain ikut menentukan bentuk "
                                "perlindungan, memberi keterangan tanpa tekanan, mendapat penerjemah, dan bebas dari "
                                "pertanyaan yang menjerat. Catatan: rincian lengkapnya (menurut ringkasan sekunder ada 16 "
                                "hak) belum dicocokkan dengan teks resmi; periksa JDIH sebelum mengutipnya secara rinci.",
                            },
                        ),
                        (
                            "text",
                            "<p>Hak menentukan pilihan (<em>self-determination</em>) berarti korban diajak memilih, bukan "
                            "sekadar diberi tahu: apakah ia akan melapor, di mana tinggal sementara, layanan mana yang "
                            "didahulukan, dan kapan pulang. WHO menganjurkan petugas mendengarkan dan menghormati penilaian "
                            "korban sendiri atas situasi dan risikonya; korban kerap paling tahu apa yang membahayakan "
                            "dirinya dan keluarganya. Untuk korban anak, pilihan ini diimbangi kepentingan terbaik anak, "
                            "yang dibahas di modul berikutnya.</p>",
                        ),
                        (
                            "case_study",
                            {
                                "title": "Yuni di puskesmas",
                                "situation": "<p>Yuni, perempuan muda yang baru keluar dari tempat eksploitasi, datang ke "
                                "puskesmas dengan luka di lengan dan wajah. Perawat jaga berniat langsung mengambil sampel "
                                "untuk tes kehamilan dan infeksi menular seksual tanpa bertanya, lalu menelepon polisi saat "
                                "itu juga.</p>",
                                "discussion": "<p>Tangani dulu luka dan kebutuhan medis yang mendesak. Setiap tes dijelaskan "
                                "(tujuan, caranya, siapa yang akan tahu hasilnya) dan hanya dilakukan bila Yuni setuju; "
                                "hasilnya dirahasiakan. Yuni yang memutuskan apakah ia melapor sendiri atau meminta "
                                "pendamping mengurusnya; Pasal 51 ayat (2) UU 21/2007 memungkinkan pihak lain, seperti "
                                "relawan pendamping atau pekerja sosial, mengajukan permohonan layanan. Perawatan tidak "
                                "ditunda menunggu laporan. Pasal 53 memberi batas paling lambat 7 hari sejak permohonan untuk "
                                "pertolongan pertama; itu batas terlambat, bukan target, dan kondisi gawat tetap ditangani "
                                "segera.</p>",
                            },
                        ),
                        (
                            "citation",
                            {
                                "regulation": "uu-21-2007",
                                "article": "Pasal 53",
                                "point": "Korban yang mengalami trauma atau penyakit yang membahayakan dirinya berhak "
                                "mendapat pertolongan pertama paling lambat 7 hari setelah permohonan diajukan.",
                            },
                        ),
                        (
                            "faq",
                            [
                                {
                                    "question": "Bolehkah foto korban atau dokumen kasus dibagikan di grup WhatsApp koordinasi?",
                                    "answer": "<p>Sebaiknya tidak. Pesan di grup mudah diteruskan dan anggota grup berganti. "
                                    "Bagikan hanya informasi minimal yang diperlukan, tanpa nama dan foto, dengan kode kasus. "
                                    "Dasarnya hak atas kerahasiaan identitas (Pasal 44 UU 21/2007) dan anjuran WHO untuk "
                                    "menjaga anonimitas.</p>",
                                },
                            ],
                        ),
                        (
                            "takeaways",
                            [
                                "Persetujuan sah hanya bila korban paham tujuan, penggunaan informasi, dan haknya menolak, berhenti sejenak, atau berhenti (WHO).",
                                "Minta persetujuan ulang untuk setiap langkah baru: tes, foto, rujukan, laporan.",
                                "Tanpa nama, foto, atau nama desa dalam laporan, media sosial, dan jumpa pers (UU 21/2007 Pasal 44).",
                                "Korban ikut menentukan bentuk perlindungan dan layanan (Pasal 5 UU 13/2006 jo. UU 31/2014, rinciannya masih perlu dicek; WHO).",
                            ],
                        ),
                        (
                            "reflection",
                            "Bagaimana biasanya Anda menjelaskan kepada korban apa yang akan terjadi dengan informasi yang ia "
                            "berikan? Apakah ia benar-benar bisa menolak tanpa takut kehilangan bantuan?",
                        ),
                    ],
                },
                {
                    "slug": "wawancara-dan-pendampingan-peka-trauma-dan-gender",
                    "title": "Wawancara dan Pendampingan yang Peka Trauma dan Gender",
                    "title_en": "Trauma-Informed and Gender-Sensitive Interviewing and Accompaniment",
                    "minutes": 15,
                    "required": True,
                    "summary_en": (
                        "Interviews are where victims are most easily hurt again. Drawing on SAMHSA's 2014 guidance on "
                        "a trauma-informed approach, the lesson explains why a confused or flat account may reflect "
                        "trauma rather than lying, and turns SAMHSA's six principles into interview practice. It covers "
                        "the police special service rooms (RPK) in Law 21/2007 Art. 45, the right to an advocate or "
                        "other companion during examination (Art. 35), case updates (Art. 36) and audio-visual "
                        "testimony (Art. 34). For sexual-violence cases, Law 12/2022 Art. 26 requires companions "
                        "trained in gender sensitivity and prefers a companion of the victim's sex. A case of a woman "
                        "questioned in an open office shows how to plan a single, well-recorded interview without "
                        "confronting her with the suspect."
                    ),
                    "body": [
                        (
                            "text",
                            "<p>Wawancara adalah saat paling rawan dalam penanganan korban: ia diminta menceritakan ulang "
                            "pengalaman yang menyakitkan kepada orang yang belum ia kenal. Pendekatan peka trauma membantu "
                            "petugas memperoleh keterangan yang dibutuhkan tanpa melukai korban untuk kedua kalinya.</p>"
                            "<p>Panduan SAMHSA (badan layanan kesehatan jiwa dan penyalahgunaan zat Amerika Serikat) tahun "
                            "2014 tentang konsep trauma dan pendekatan peka trauma menggambarkan trauma sebagai peristiwa "
                            "atau rangkaian keadaan yang dialami sebagai membahayakan dan dapat berdampak panjang pada "
                            "fungsi serta kesejahteraan seseorang. Karena itu, cerita yang melompat-lompat, urutan waktu "
                            "yang kacau, sikap datar, atau kemarahan sebaiknya dibaca sebagai kemungkinan dampak trauma, "
                            "bukan otomatis tanda berbohong.</p>",
                        ),
                        (
                            "table",
                            {
                                "caption": "Enam prinsip pendekatan peka trauma (SAMHSA, 2014) dalam wawancara",
                                "header": ["Prinsip", "Wujud dalam wawancara"],
                                "rows": [
                                    [
                                        "Keselamatan",
                                        "Ruang tertutup dan tenang; tersangka atau orang yang ditakuti korban tidak berada di sekitar.",
                                    ],
                                    [
                                        "Dapat dipercaya dan terbuka",
                                        "Jelaskan tujuan, lama, dan langkah berikutnya; jangan menjanjikan hal yang tidak bisa dipenuhi.",
                                    ],
                                    [
                                        "Dukungan sesama",
                                        "Bila tersedia dan korban mau, hubungkan dengan kelompok dukungan penyintas yang terlatih.",
                                    ],
                                    [
                                        "Kolaborasi dan kesetaraan",
                                        "Susun jadwal dan urutan wawancara bersama korban dan pendampingnya.",
                                    ],
                                    [
                                        "Pemberdayaan, suara, dan pilihan",
                                        "Korban boleh memilih jenis kelamin pewawancara, meminta jeda, atau tidak menjawab.",
                                    ],
                                    [
                                        "Isu budaya, sejarah, dan gender",
                                        "Perhatikan bahasa, agama, adat, dan rasa malu terkait pengalaman seksual; sediakan juru bahasa.",
                                    ],
                                ],
                            },
                        ),
                        ("heading", "Ruang dan pendamping"),
                        (
                            "citation",
                            {
                                "regulation": "uu-21-2007",
                                "article": "Pasal 45",
                                "point": "UU 21/2007 mengatur adanya ruang pelayanan khusus (RPK) di kantor kepolisian di "
                                "provinsi dan kabupaten/kota untuk memeriksa saksi dan/atau korban TPPO. Gunakan ruang ini, "
                                "bukan meja kerja di ruang terbuka.",
                            },
                        ),
                        ("glossary", "Unit PPA / RPK"),
                        (
                            "citation",
                            {
                                "regulation": "uu-21-2007",
                                "article": "Pasal 35",
                                "point": "Selama pemeriksaan, saksi dan/atau korban berhak didampingi advokat dan/atau "
                                "pendamping lain yang dibutuhkan. Tawarkan hak ini sebelum wawancara dimulai, jangan menunggu "
                                "korban memintanya.",
                            },
                        ),
                        (
                            "citation",
                            {
                                "regulation": "uu-12-2022",
                                "article": "Pasal 26",
                                "point": "Dalam perkara kekerasan seksual, pendamping korban harus terlatih dan memahami "
                                "penanganan korban yang peka gender, dan diutamakan berjenis kelamin sama dengan korban.",
                            },
                        ),
                        (
                            "text",
                            "<p>Pasal 26 UU TPKS berlaku untuk perkara kekerasan seksual. Bila kasus TPPO juga menyangkut "
                            "kekerasan seksual, koordinasikan dengan penyidik ketentuan mana yang dipakai; untuk kasus lain, "
                            "prinsip yang sama tetap merupakan praktik yang baik: tanyakan apakah korban lebih nyaman "
                            "diwawancarai dan didampingi petugas perempuan atau laki-laki.</p>"
                            "<p>UU 21/2007 juga memberi korban hak atas informasi perkembangan perkaranya, termasuk salinan "
                            "berita acara pemeriksaan (Pasal 36), dan membuka kemungkinan memberi keterangan melalui sarana "
                            "audio-visual jarak jauh (Pasal 34). Keduanya dapat mengurangi kecemasan korban dan beban "
                            "menghadiri persidangan.</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "principle",
                                "title": "Peka gender",
                                "text": "<p>Tawarkan pilihan jenis kelamin pewawancara dan pendamping, terutama bagi korban "
                                "eksploitasi seksual. Hindari pertanyaan tentang moral, riwayat seksual, atau pakaian korban. "
                                "Korban laki-laki juga bisa mengalami kekerasan seksual dan berhak atas pilihan yang sama. "
                                "(Dasar: UU 12/2022 Pasal 26 untuk perkara kekerasan seksual; SAMHSA, prinsip isu budaya, "
                                "sejarah, dan gender.)</p>",
                            },
                        ),
                        (
                            "case_study",
                            {
                                "title": "Ayu diperiksa di ruang terbuka",
                                "situation": "<p>Ayu baru diselamatkan dari tempat eksploitasi seksual dan dibawa ke kantor "
                                "polisi. Penyidik hendak memeriksanya di meja kerja di ruang terbuka yang ramai dan membuka "
                                "dengan pertanyaan, “Kenapa kamu tidak kabur saja?” Seorang rekan mengusulkan agar Ayu "
                                "dipertemukan dengan tersangka supaya keterangannya cepat dicocokkan. Rekan lain menyarankan "
                                "pemeriksaan ditunda tanpa batas waktu dan tanpa layanan apa pun.</p>",
                                "discussion": "<p>Ketiga usulan itu menambah bahaya. Pindahkan pemeriksaan ke RPK (Pasal 45), "
                                "tawarkan petugas perempuan, pastikan pendamping hadir (Pasal 35; untuk unsur kekerasan "
                                "seksual, Pasal 26 UU TPKS), dan jelaskan bahwa Ayu boleh berhenti sejenak kapan saja. "
                                "Rencanakan wawancara yang cukup dilakukan sekali dan dicatat dengan baik agar ia tidak perlu "
                                "mengulang ceritanya. Jangan mempertemukannya dengan tersangka. Bila ia belum siap, tunda "
                                "wawancaranya, tetapi layanan kesehatan dan pendampingan tetap berjalan.</p>",
                            },
                        ),
                        (
                            "faq",
                            [
                                {
                                    "question": "Mengapa pertanyaan “kenapa tidak kabur?” dianggap keliru?",
                                    "answer": "<p>Pertanyaan itu mengandaikan korban punya jalan keluar yang aman, padahal "
                                    "cara-cara dalam definisi TPPO (Pasal 1 UU 21/2007) seperti penyekapan, ancaman, dan "
                                    "penjeratan utang justru menutup jalan itu. Korban akan merasa disalahkan dan menutup diri. "
                                    "Ganti dengan pertanyaan terbuka, misalnya “Apa yang terjadi kalau ada orang yang mencoba "
                                    "pergi dari tempat itu?”</p>",
                                },
                            ],
                        ),
                        (
                            "takeaways",
                            [
                                "Cerita yang tidak runtut bisa merupakan dampak trauma, bukan tanda bohong (SAMHSA, 2014).",
                                "Periksa korban di RPK, bukan di ruang terbuka (UU 21/2007 Pasal 45).",
                                "Tawarkan pendamping sejak awal (UU 21/2007 Pasal 35); pada perkara kekerasan seksual, pendamping terlatih dan diutamakan sejenis kelamin (UU 12/2022 Pasal 26).",
                                "Satu wawancara yang direncanakan baik lebih baik daripada wawancara berulang; jangan pernah mempertemukan korban dengan tersangka.",
                            ],
                        ),
                        (
                            "reflection",
                            "Seandainya Anda yang menjadi korban, di ruangan seperti apa dan dengan siapa Anda bersedia "
                            "menceritakan pengalaman terburuk Anda? Seberapa jauh kantor Anda dari keadaan itu?",
                        ),
                    ],
                },
            ],
        },
        {
            "slug": "kelompok-rentan-dan-kesalahan-umum",
            "title": "Tanpa Hukuman dan Tanpa Diskriminasi: Korban Laki-laki, Anak, dan Kesalahan Umum",
            "title_en": "No Punishment, No Discrimination: Male Victims, Children and Common Mistakes",
            "lessons": [
                {
                    "slug": "tidak-menghukum-korban-dan-nondiskriminasi",
                    "title": "Tidak Menghukum Korban dan Tidak Membeda-bedakan",
                    "title_en": "Non-Punishment and Non-Discrimination",
                    "minutes": 12,
                    "required": True,
                    "summary_en": (
                        "Victims often reach officials looking like offenders: false papers, irregular entry, unlicensed "
                        "work, even taking part in online fraud. Law 21/2007 Art. 18 says a victim who commits an "
                        "offence because the trafficker forced them is not punished, so coercion must be asked about "
                        "and recorded before anyone is detained or charged; the OHCHR principles extend the idea to "
                        "irregular entry. The lesson covers forced criminality in scam compounds in Cambodia, Myanmar, "
                        "Laos and the Philippines through the case of a young man deported from Cambodia. It then turns "
                        "to non-discrimination: men, undocumented migrants and sex workers can be victims. Figures by "
                        "sex differ by source (SIMFONI via IOM; 2023 police data reported by one news outlet), a "
                        "reminder that service records shape who is seen as a victim."
                    ),
                    "body": [
                        (
                            "text",
                            "<p>Korban perdagangan orang sering tiba di hadapan petugas dalam posisi yang tampak seperti "
                            "pelanggar: membawa paspor dengan data palsu, bekerja tanpa izin, masuk negara lain tanpa jalur "
                            "resmi, atau bahkan ikut menjalankan penipuan daring. Bila petugas hanya melihat pelanggarannya, "
                            "korban dihukum dua kali—oleh pelaku, lalu oleh negara—sementara perekrut dan pengendalinya "
                            "tidak tersentuh.</p>",
                        ),
                        (
                            "citation",
                            {
                                "regulation": "uu-21-2007",
                                "article": "Pasal 18",
                                "point": "Korban yang melakukan tindak pidana karena dipaksa oleh pelaku TPPO tidak dipidana.",
                            },
                        ),
                        (
                            "text",
                            "<p>Kata kuncinya adalah <em>karena dipaksa</em>. Pasal 18 tidak menghapus semua perbuatan "
                            "korban secara otomatis; ada hubungan yang harus terlihat antara paksaan pelaku dan perbuatan "
                            "korban. Karena itu, tugas petugas garis depan adalah memastikan kemungkinan paksaan ditanyakan "
                            "dan dicatat <strong>sebelum</strong> ada keputusan menahan atau menuntut. Penilaian akhirnya "
                            "ada pada penyidik, penuntut umum, dan hakim, tetapi mereka hanya bisa menilai apa yang "
                            "tercatat.</p>"
                            "<p>Prinsip dan Pedoman OHCHR tentang HAM dan perdagangan orang memperluas semangat ini: orang "
                            "yang diperdagangkan tidak semestinya ditahan atau dituntut karena masuk atau tinggal secara "
                            "tidak resmi, atau karena perbuatan yang merupakan akibat langsung dari situasi "
                            "perdagangannya.</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "principle",
                                "title": "Tidak menghukum korban",
                                "text": "<p>Skrining dulu, baru putuskan. Siapa pun yang dipulangkan atau ditangkap dalam "
                                "situasi dengan indikator perdagangan orang perlu ditanya tentang cara ia direkrut, utang, "
                                "dokumen, dan kebebasan bergeraknya sebelum diperlakukan sebagai pelanggar. (Dasar: UU "
                                "21/2007 Pasal 18; OHCHR.)</p>",
                            },
                        ),
                        ("heading", "Kriminalitas paksa di kompleks penipuan daring"),
                        (
                            "text",
                            "<p>Warga Indonesia direkrut lewat iklan media sosial yang menjanjikan gaji tinggi, diberangkatkan "
                            "dengan visa turis, lalu dipaksa menjalankan penipuan atau judi daring di kompleks tertutup di "
                            "Kamboja, Myanmar, Laos, dan Filipina. South China Morning Post (2022) melaporkan 446 korban "
                            "WNI dari kompleks semacam itu pada Januari–Agustus 2022. Indikator yang perlu ditanyakan: "
                            "perekrutan yang serba cepat, paspor ditahan, biaya perjalanan diubah menjadi utang, serta "
                            "penjaga dan larangan keluar.</p>",
                        ),
                        ("glossary", "Penjeratan utang"),
                        (
                            "case_study",
                            {
                                "title": "Fajar pulang dari Kamboja",
                                "situation": "<p>Fajar (24 tahun) dideportasi dari Kamboja setelah berbulan-bulan di sebuah "
                                "kompleks penipuan daring, tempat ia mengirim pesan rayuan investasi palsu kepada orang lain. "
                                "Seorang pejabat di daerah asalnya ingin Fajar segera diproses sebagai pelaku penipuan. Ada "
                                "pula yang mengusulkan agar ia dilepas saja tanpa ditanya apa pun, atau namanya diumumkan "
                                "kepada wartawan sebagai peringatan.</p>",
                                "discussion": "<p>Langkah yang tepat adalah skrining untuk kriminalitas paksa: bagaimana ia "
                                "direkrut, apakah paspornya ditahan, adakah utang, ancaman, atau penjagaan. Bila perbuatannya "
                                "dilakukan karena dipaksa, Pasal 18 UU 21/2007 berlaku. Rujuk Fajar ke UPTD PPA atau layanan "
                                "rehabilitasi sosial Dinsos/Kemensos, dan serahkan informasi tentang perekrutnya kepada "
                                "penyidik. Melepasnya tanpa skrining menghilangkan haknya atas layanan sekaligus petunjuk "
                                "penyidikan; mengumumkan namanya melanggar hak atas kerahasiaan identitas (Pasal 44).</p>",
                            },
                        ),
                        ("heading", "Tidak membeda-bedakan korban"),
                        (
                            "text",
                            "<p>Laki-laki, pekerja migran tanpa dokumen, dan pekerja seks juga bisa menjadi korban; status "
                            "atau pekerjaan seseorang tidak menghapus haknya. Inilah prinsip nondiskriminasi dalam Prinsip "
                            "dan Pedoman OHCHR. Definisi eksploitasi dalam Pasal 1 UU 21/2007 pun tidak bergantung pada ada "
                            "atau tidaknya persetujuan korban.</p>"
                            "<p>Korban laki-laki paling mudah terlewat, dan angkanya berbeda menurut sumber. Menurut data "
                            "SIMFONI PPA yang dikutip IOM (2024), sekitar 97% korban pada 2019–2023 adalah perempuan dan "
                            "anak; data ini dihimpun dari layanan perempuan dan anak sehingga kurang menangkap laki-laki "
                            "dewasa. Sebaliknya, data Polri untuk 2023 yang dikutip Radar Sampit (April 2024) mencatat "
                            "1.869 korban laki-laki dan 1.497 korban perempuan; ini satu sumber berita yang belum kami "
                            "cocokkan dengan publikasi resmi, dan dalam berita yang sama seorang pejabat Kemenko PMK tetap "
                            "menyebut korban umumnya perempuan. Pelajarannya: siapa yang tampak sebagai korban bergantung "
                            "pada pintu layanan yang mencatatnya. Laporan <em>Trafficking in Persons</em> 2019 Departemen "
                            "Luar Negeri AS tentang Indonesia juga menilai identifikasi korban laki-laki terhambat, dan "
                            "skrining yang lemah dapat membuat korban yang tidak teridentifikasi dihukum atau "
                            "dideportasi.</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "principle",
                                "title": "Nondiskriminasi",
                                "text": "<p>Tawarkan skrining dan layanan yang sama kepada siapa pun yang menunjukkan indikator "
                                "perdagangan orang, tanpa memandang jenis kelamin, status dokumen, atau pekerjaan. (Dasar: "
                                "OHCHR.)</p>",
                            },
                        ),
                        (
                            "faq",
                            [
                                {
                                    "question": "Apakah pekerja seks dewasa bisa menjadi korban TPPO?",
                                    "answer": "<p>Bisa. Eksploitasi pelacuran termasuk bentuk eksploitasi menurut UU 21/2007, "
                                    "dan definisinya tidak bergantung pada persetujuan korban (Pasal 1). Skrining bagaimana ia "
                                    "direkrut dan dikendalikan, serta adakah utang atau ancaman.</p>",
                                },
                            ],
                        ),
                        (
                            "takeaways",
                            [
                                "Korban yang melakukan tindak pidana karena dipaksa pelaku tidak dipidana (UU 21/2007 Pasal 18): skrining sebelum menahan atau menuntut.",
                                "Pekerja kompleks penipuan daring yang dipulangkan perlu diskrining untuk kriminalitas paksa, bukan langsung diproses sebagai pelaku.",
                                "Laki-laki, migran tanpa dokumen, dan pekerja seks juga bisa menjadi korban (OHCHR).",
                                "Angka korban berbeda menurut sumber; data layanan perempuan dan anak kurang menangkap korban laki-laki.",
                            ],
                        ),
                        (
                            "reflection",
                            "Apakah di wilayah Anda ada layanan rujukan yang siap menerima korban laki-laki dewasa? Jika belum, "
                            "siapa yang perlu Anda ajak bicara?",
                        ),
                    ],
                },
                {
                    "slug": "korban-anak-kepentingan-terbaik",
                    "title": "Korban Anak: Kepentingan Terbaik Anak",
                    "title_en": "Child Victims: The Best Interests of the Child",
                    "minutes": 12,
                    "required": True,
                    "summary_en": (
                        "Every decision about a trafficked child (holding, interviewing, returning home, contacting "
                        "family) is measured against the child's best interests, as the UNICEF guidelines on child "
                        "victims of trafficking stress. Anyone under 18 is a child (Palermo Protocol Art. 3; the same "
                        "line is used in Perma 1/2022 and Perpres 55/2024), and someone whose age is uncertain is "
                        "treated as a child until it is established. Neither the child's nor the parents' consent ever "
                        "makes exploitation lawful. Law 21/2007 Art. 39 requires accompaniment and examination without "
                        "the defendant present, Art. 40 allows recorded testimony outside court with the judge's "
                        "approval, and Art. 17 adds a third to the offender's sentence. A case at a port shows how to "
                        "respond to a 15-year-old recruited through social media."
                    ),
                    "body": [
                        (
                            "text",
                            "<p>Anak yang diperdagangkan membutuhkan perlindungan berlapis. Ukuran setiap keputusan—menahan, "
                            "mewawancarai, memulangkan, atau menghubungi keluarga—adalah <strong>kepentingan terbaik "
                            "anak</strong>, sebagaimana ditekankan dalam pedoman UNICEF tentang perlindungan anak korban "
                            "perdagangan orang.</p>",
                        ),
                        ("heading", "Siapa yang disebut anak"),
                        (
                            "text",
                            "<p>Protokol Palermo memakai batas usia di bawah 18 tahun, dan peraturan nasional terkait seperti "
                            "Perma 1/2022 dan Perpres 55/2024 memakai batas yang sama. Rumusan definisi anak di dalam UU "
                            "21/2007 sendiri belum kami periksa ulang dengan teks resmi, jadi gunakan batas di bawah 18 "
                            "tahun sebagai pegangan kerja.</p>"
                            "<p>Bila usia tidak pasti—dokumen dipalsukan, tidak ada akta, atau penampilan meragukan—pedoman "
                            "UNICEF meminta orang itu <strong>diperlakukan sebagai anak</strong> sampai usianya dapat "
                            "dipastikan. Perlindungan tidak ditunda sambil menunggu kepastian usia.</p>",
                        ),
                        (
                            "citation",
                            {
                                "regulation": "palermo-protocol",
                                "article": "Pasal 3",
                                "point": "Untuk korban di bawah 18 tahun, perbuatan (misalnya merekrut atau mengangkut) "
                                "ditambah tujuan eksploitasi sudah cukup; unsur cara seperti ancaman atau penipuan tidak "
                                "diperlukan. Untuk korban dewasa pun, persetujuan tidak relevan begitu salah satu cara itu "
                                "digunakan.",
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "principle",
                                "title": "Persetujuan tidak pernah membenarkan eksploitasi anak",
                                "text": "<p>Persetujuan anak maupun persetujuan orang tuanya tidak pernah membuat eksploitasi "
                                "anak menjadi sah. Dasarnya: Protokol Palermo Pasal 3, dan definisi eksploitasi dalam Pasal 1 "
                                "UU 21/2007 yang tidak bergantung pada persetujuan korban.</p>",
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "note",
                                "title": "Catatan untuk penegak hukum",
                                "text": "<p>Menurut analisis sekunder, UU 21/2007 tidak memuat rumusan khusus seperti Protokol "
                                "Palermo yang meniadakan unsur cara bila korbannya anak. Cara membuktikan unsur-unsur itu "
                                "adalah urusan penyidik dan penuntut umum; bagi petugas layanan, anak tetap diperlakukan "
                                "sebagai korban sejak awal.</p>",
                            },
                        ),
                        (
                            "citation",
                            {
                                "regulation": "uu-21-2007",
                                "article": "Pasal 17",
                                "point": "Bila tindak pidana dalam Pasal 2 sampai 4 dilakukan terhadap anak, ancaman "
                                "pidananya ditambah sepertiga. Pemberatan ini menyasar perekrut dan pelaku, bukan anak.",
                            },
                        ),
                        ("heading", "Pemeriksaan anak"),
                        (
                            "citation",
                            {
                                "regulation": "uu-21-2007",
                                "article": "Pasal 39",
                                "point": "Saksi dan/atau korban anak didampingi selama pemeriksaan dan diperiksa tanpa "
                                "kehadiran terdakwa.",
                            },
                        ),
                        (
                            "citation",
                            {
                                "regulation": "uu-21-2007",
                                "article": "Pasal 40",
                                "point": "Dengan persetujuan hakim, keterangan anak dapat diambil di luar sidang pengadilan "
                                "melalui perekaman, sehingga beban anak di ruang sidang berkurang.",
                            },
                        ),
                        (
                            "text",
                            "<p>Pedoman UNICEF juga menganjurkan wali atau pendamping bagi anak dan menghindari wawancara "
                            "berulang. Koordinasikan sejak awal dengan penyidik, UPTD PPA, dan pekerja sosial agar anak "
                            "cukup bercerita sekali, dengan pendamping yang sama. Sebelum memulangkan anak, periksa apakah "
                            "ada anggota keluarga yang terlibat dalam perekrutan: rumah belum tentu tempat yang aman.</p>",
                        ),
                        ("glossary", "UPTD PPA"),
                        (
                            "case_study",
                            {
                                "title": "Nadia di pelabuhan",
                                "situation": "<p>Petugas di sebuah pelabuhan menghentikan Nadia, 15 tahun, yang hendak "
                                "berangkat ke Batam untuk “kerja di kafe” yang ia temukan lewat Instagram. KTP yang dibawanya "
                                "mencantumkan usia 19 tahun. Nadia berkata ia dan orang tuanya sudah setuju. Ada yang "
                                "mengusulkan agar ia dibiarkan berangkat, diproses karena data usia palsu, atau difoto dan "
                                "diunggah sebagai peringatan bagi remaja lain.</p>",
                                "discussion": "<p>Nadia diperlakukan sebagai anak korban; persetujuannya dan persetujuan orang "
                                "tuanya tidak mengubah apa pun. Hubungi UPTD PPA dan pendamping, tempatkan ia di tempat aman, "
                                "dan periksa peran keluarga sebelum ia dipulangkan. Pemalsuan termasuk cara yang disebut dalam "
                                "definisi TPPO (Pasal 1 UU 21/2007), jadi telusuri siapa yang mengurus KTP itu alih-alih "
                                "memproses Nadia; semangat Pasal 18 melindungi korban dari pemidanaan atas perbuatan yang "
                                "dipaksakan pelaku. Mengunggah fotonya melanggar hak kerahasiaan identitas (Pasal 44) dan "
                                "kepentingan terbaik anak. Pemberatan Pasal 17 ditujukan kepada perekrutnya.</p>",
                            },
                        ),
                        (
                            "checklist",
                            {
                                "title": "Saat menemukan anak yang diduga korban",
                                "items": [
                                    "Perlakukan sebagai anak bila usianya di bawah 18 tahun atau belum pasti.",
                                    "Hubungi UPTD PPA atau DP3A dan pastikan ada pendamping atau wali sebelum wawancara.",
                                    "Wawancara sekali, di ruang yang ramah anak, tanpa terduga pelaku di dekatnya.",
                                    "Periksa keterlibatan keluarga sebelum memulangkan anak.",
                                    "Jangan sebarkan nama, foto, sekolah, atau nama desa anak.",
                                    "Catat data perekrut untuk penyidik; pemberatan Pasal 17 berlaku bagi pelaku.",
                                ],
                            },
                        ),
                        (
                            "takeaways",
                            [
                                "Di bawah 18 tahun berarti anak; bila usia tidak pasti, perlakukan sebagai anak (Protokol Palermo Pasal 3; pedoman UNICEF).",
                                "Persetujuan anak atau orang tua tidak pernah membenarkan eksploitasi anak.",
                                "Anak didampingi dan diperiksa tanpa terdakwa (UU 21/2007 Pasal 39); keterangannya dapat direkam di luar sidang dengan persetujuan hakim (Pasal 40).",
                                "Pemberatan sepertiga (Pasal 17) ditujukan kepada pelaku, bukan kepada anak.",
                            ],
                        ),
                        (
                            "reflection",
                            "Bila besok Anda menemukan remaja dengan dokumen yang meragukan, siapa tiga orang pertama yang "
                            "akan Anda hubungi, dan apakah nomor mereka sudah Anda simpan?",
                        ),
                    ],
                },
                {
                    "slug": "kesalahan-umum-yang-harus-dihindari",
                    "title": "Kesalahan Umum yang Harus Dihindari",
                    "title_en": "Common Mistakes to Avoid",
                    "minutes": 12,
                    "required": True,
                    "summary_en": (
                        "Much of the harm victims suffer after rescue can come from unexamined work habits. This lesson "
                        "sets out the mistakes most often recorded and what to do instead: repeated interviews and "
                        "confronting victims with suspects; victim-blaming questions; making services depend on a "
                        "report or testimony, which Law 21/2007 Art. 51(2) avoids by letting others file the request "
                        "(with services due within seven days under Art. 52); publishing identities contrary to Art. "
                        "44; treating victims as illegal migrants; shelters that hold passports and lock residents in; "
                        "settling trafficking through mediation, although it carries prison terms under Art. 2(1) and "
                        "gives victims a right to restitution under Art. 48; and overlooking male victims. Two cases, a "
                        "media request and shelter rules, put these points into practice."
                    ),
                    "body": [
                        (
                            "text",
                            "<p>Sebagian kerugian yang dialami korban setelah diselamatkan dapat bersumber dari kebiasaan "
                            "kerja yang tidak pernah dipertanyakan. Tabel ini merangkum kesalahan yang sering dicatat.</p>",
                        ),
                        (
                            "table",
                            {
                                "caption": "Kesalahan, akibatnya, dan penggantinya",
                                "header": [
                                    "Kesalahan",
                                    "Mengapa merugikan",
                                    "Lakukan ini",
                                    "Dasar",
                                ],
                                "rows": [
                                    [
                                        "Wawancara berulang oleh banyak lembaga; mempertemukan korban dengan tersangka",
                                        "Korban dipaksa menghidupkan kembali traumanya (reviktimisasi)",
                                        "Satu wawancara terencana dengan pendamping; tanpa konfrontasi",
                                        "Rekomendasi WHO; UU 21/2007 Pasal 35 dan 39",
                                    ],
                                    [
                                        "Menyalahkan korban: “Kenapa mau?”, “Kenapa tidak kabur?”",
                                        "Korban merasa bersalah dan menutup diri",
                                        "Pertanyaan terbuka yang tidak menghakimi",
                                        "SAMHSA (2014)",
                                    ],
                                    [
                                        "Layanan baru diberikan bila korban bersaksi atau menandatangani laporan",
                                        "Korban yang takut tidak mendapat pertolongan",
                                        "Layanan berjalan; permohonan dapat diajukan pihak lain",
                                        "UU 21/2007 Pasal 51 ayat (2)",
                                    ],
                                    [
                                        "Membuka identitas korban kepada media atau di media sosial",
                                        "Stigma dan risiko pembalasan",
                                        "Hanya data tren tanpa identitas",
                                        "UU 21/2007 Pasal 44",
                                    ],
                                    [
                                        "Memperlakukan korban sebagai migran ilegal",
                                        "Korban dihukum atau dideportasi tanpa layanan",
                                        "Skrining indikator sebelum tindakan imigrasi atau pidana",
                                        "UU 21/2007 Pasal 18; laporan TIP AS 2019",
                                    ],
                                    [
                                        "Rumah aman menahan paspor dan ponsel, mengunci gerbang",
                                        "Korban kembali kehilangan kendali atas hidupnya",
                                        "Rencana keselamatan bersama; tinggal bersifat sukarela",
                                        "Rekomendasi WHO; buku pegangan IOM",
                                    ],
                                    [
                                        "Menyelesaikan TPPO lewat mediasi atau “uang damai”",
                                        "Pelaku lolos; korban kehilangan kesempatan menuntut restitusi",
                                        "Teruskan ke penyidik; jelaskan hak restitusi",
                                        "UU 21/2007 Pasal 2 dan 48",
                                    ],
                                    [
                                        "Mengabaikan korban laki-laki",
                                        "Korban tidak teridentifikasi",
                                        "Skrining yang sama untuk semua orang",
                                        "OHCHR; laporan TIP AS 2019",
                                    ],
                                ],
                            },
                        ),
                        (
                            "citation",
                            {
                                "regulation": "uu-21-2007",
                                "article": "Pasal 51 ayat (2)",
                                "point": "Permohonan rehabilitasi kesehatan, rehabilitasi sosial, pemulangan, dan "
                                "reintegrasi sosial dapat diajukan oleh korban, keluarga, teman, polisi, relawan pendamping, "
                                "atau pekerja sosial, setelah kasusnya dilaporkan ke polisi oleh korban atau pihak lain. "
                                "Korban tidak harus menjadi pelapor atau bersaksi lebih dulu untuk mendapat layanan.",
                            },
                        ),
                        (
                            "text",
                            "<p>Setelah permohonan diajukan, Pasal 52 UU 21/2007 menetapkan layanan diberikan paling lambat 7 "
                            "hari. Artinya, keterlambatan karena menunggu korban “siap bersaksi” tidak punya dasar.</p>",
                        ),
                        (
                            "case_study",
                            {
                                "title": "Permintaan wartawan",
                                "situation": "<p>Seorang wartawan meminta DP3A kabupaten memberikan nama, desa asal, dan foto "
                                "anak-anak yang baru diselamatkan dari jaringan perdagangan orang, “supaya beritanya kuat”. "
                                "Seorang staf menawarkan foto buram dengan menyebut nama desanya; staf lain menyarankan "
                                "wartawan langsung mendatangi keluarga korban.</p>",
                                "discussion": "<p>Berikan hanya data tren yang tidak mengidentifikasi, misalnya jumlah kasus, "
                                "modus perekrutan, dan cara melapor. Foto buram dengan nama desa tetap bisa membuka identitas "
                                "di komunitas kecil, dan mengarahkan wartawan ke keluarga memindahkan risiko kepada mereka. "
                                "Hak kerahasiaan identitas (Pasal 44 UU 21/2007) dan kepentingan terbaik anak menjadi dasar "
                                "penolakan.</p>",
                            },
                        ),
                        (
                            "case_study",
                            {
                                "title": "Aturan rumah aman",
                                "situation": "<p>Staf sebuah rumah aman ingin menyimpan paspor dan ponsel Lestari, penyintas "
                                "dewasa, “demi keamanan”, dan mengunci gerbang sepanjang hari. Bila Lestari menolak, ada usul "
                                "agar ia dikeluarkan, atau dokumennya diserahkan kepada keluarganya.</p>",
                                "discussion": "<p>Susun rencana keselamatan bersama Lestari. Dokumen tetap di tangannya, atau "
                                "dititipkan hanya bila ia sendiri memintanya; tinggal di rumah aman bersifat sukarela; dan "
                                "setiap pembatasan, misalnya tidak memakai ponsel karena pelaku masih melacak, disepakati "
                                "bersamanya dan berlaku untuk waktu tertentu. Menahan dokumen dan membatasi gerak adalah "
                                "indikator perdagangan orang, dan laporan pemantauan internasional tentang Indonesia mencatat "
                                "praktik semacam itu di rumah aman. Dasarnya: hak korban ikut menentukan bentuk perlindungan "
                                "(Pasal 5 UU 13/2006 jo. UU 31/2014, dengan catatan di pelajaran 2) dan prinsip tidak menambah "
                                "bahaya (WHO; IOM).</p>",
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "warning",
                                "title": "TPPO bukan perkara untuk didamaikan",
                                "text": "<p>TPPO diancam pidana penjara 3 sampai 15 tahun dan denda Rp120–600 juta (UU 21/2007 "
                                "Pasal 2 ayat (1)). Menyelesaikannya lewat mediasi administratif atau “uang damai” membuat "
                                "perkara tidak sampai ke penyidik dan korban kehilangan jalan menuntut restitusi, yang mencakup kehilangan harta atau "
                                "penghasilan, penderitaan, serta biaya medis dan psikologis (Pasal 48). Laporan pemantauan "
                                "internasional tentang Indonesia mencatat praktik mediasi semacam ini sebagai kelemahan.</p>",
                            },
                        ),
                        (
                            "faq",
                            [
                                {
                                    "question": "Korban meminta kasusnya “diselesaikan secara kekeluargaan”. Apa yang harus dilakukan?",
                                    "answer": "<p>Dengarkan alasannya; bisa jadi ada rasa takut, tekanan keluarga, atau kebutuhan "
                                    "uang yang mendesak. Jelaskan hak-haknya, termasuk restitusi (Pasal 48 UU 21/2007) dan "
                                    "perlindungan LPSK, dan tangani kebutuhan mendesaknya. Keputusan untuk bersaksi tetap "
                                    "miliknya, tetapi petugas jangan menjadi perantara perdamaian dengan pelaku.</p>",
                                },
                            ],
                        ),
                        (
                            "takeaways",
                            [
                                "Satu wawancara terencana, tanpa konfrontasi dengan tersangka, mencegah reviktimisasi.",
                                "Layanan tidak menunggu kesaksian: permohonan bisa diajukan pihak lain (UU 21/2007 Pasal 51 ayat (2)) dan layanan diberikan paling lambat 7 hari (Pasal 52).",
                                "Media hanya menerima data tren tanpa identitas (UU 21/2007 Pasal 44).",
                                "Rumah aman tidak menahan dokumen atau mengurung penghuni; pembatasan apa pun disepakati dan berbatas waktu.",
                                "TPPO tidak diselesaikan lewat mediasi; jelaskan hak restitusi kepada korban (Pasal 48).",
                            ],
                        ),
                        (
                            "reflection",
                            "Kesalahan mana dalam tabel di atas yang paling mungkin terjadi di kantor Anda? Apa satu perubahan "
                            "kecil yang bisa Anda usulkan bulan ini?",
                        ),
                    ],
                },
            ],
        },
    ],
}
