"""Final quiz for the community-based prevention and handling course (Permen PPPA 2/2024).

Written from ../shared/content/brief.md (sections 1.1, 1.4, 1.6, 2, 3, 4 S2, S3 and S8) and the lessons in
courses/demo/course_community_2_2024.py. Every question tests a point those lessons teach. Permen PPPA 2/2024
is cited without article numbers; its village team composition, forms and referral steps are unconfirmed
and are not tested. Kepmenaker 260/2015 is cited only "as reported", as in the lesson. All names are fictional.
"""

COURSE_SLUG = "pencegahan-penanganan-berbasis-masyarakat-permen-2-2024"

QUESTIONS = [
    {
        "type": "single_choice",
        "lesson": "mengapa-berbasis-masyarakat",
        "points": 1,
        "prompt": "Menurut Permen PPPA 2/2024, apa dua tujuan pencegahan TPPO berbasis masyarakat?",
        "prompt_en": (
            "Under Ministerial Regulation PPPA 2/2024, what are the two aims of community-based "
            "prevention of trafficking?"
        ),
        "choices": [
            {
                "text": "Menghapus akar penyebab TPPO sedini mungkin dan mencegah korban terjerat lagi.",
                "text_en": "Removing the root causes of trafficking early and stopping victims from being trafficked again.",
                "correct": True,
                "feedback": (
                    "Benar. Permen PPPA 2/2024 menetapkan dua tujuan pencegahan: mengatasi penyebab "
                    "sejak dini dan mencegah keberulangan. Karena itu, pencegahan di desa juga mencakup "
                    "penyintas yang sudah pulang."
                ),
                "feedback_en": (
                    "Correct. Regulation PPPA 2/2024 sets two prevention aims: tackling causes early and "
                    "preventing re-trafficking. That is why village prevention also covers survivors who "
                    "have come home."
                ),
            },
            {
                "text": "Menangkap perekrut dan menyita dokumen perjalanan warga yang hendak berangkat.",
                "text_en": "Arresting recruiters and seizing the travel documents of residents about to leave.",
                "correct": False,
                "feedback": (
                    "Kurang tepat. Penangkapan adalah kewenangan APH, dan menahan dokumen warga justru "
                    "termasuk tanda bahaya. Peran warga menurut Pasal 60 UU 21/2007 adalah memberi "
                    "informasi, melapor, dan ikut menangani korban."
                ),
                "feedback_en": (
                    "Not quite. Arrests are for law enforcement, and holding residents' documents is "
                    "itself a warning sign. Under Law 21/2007 Article 60 the community's role is to pass "
                    "on information, report and help handle victims."
                ),
            },
            {
                "text": "Melarang warga bekerja ke luar negeri dan mengawasi setiap keluarga miskin.",
                "text_en": "Banning residents from working abroad and monitoring every poor family.",
                "correct": False,
                "feedback": (
                    "Kurang tepat. Bermigrasi adalah hak warga; yang dicegah adalah keberangkatan lewat "
                    "jalur tidak resmi. Permen PPPA 2/2024 menekankan penghapusan penyebab dan pencegahan "
                    "keberulangan, bukan larangan."
                ),
                "feedback_en": (
                    "Not quite. Migrating is a resident's right; what we prevent is departure through "
                    "irregular channels. Regulation PPPA 2/2024 stresses removing causes and preventing "
                    "re-trafficking, not bans."
                ),
            },
        ],
    },
    {
        "type": "true_false",
        "lesson": "ketika-ada-dugaan-kasus",
        "points": 1,
        "prompt": "Warga harus memiliki bukti yang kuat sebelum melaporkan dugaan TPPO.",
        "prompt_en": "Residents must have solid evidence before reporting suspected trafficking.",
        "correct": False,
        "feedback_true": (
            "Kurang tepat. Pasal 60 UU 21/2007 menyebut peran warga berupa memberi informasi atau "
            "melaporkan dugaan TPPO. Ceritakan apa yang Anda lihat dan dengar; pembuktian adalah tugas "
            "penyidik."
        ),
        "feedback_true_en": (
            "Not quite. Law 21/2007 Article 60 describes the community's role as passing on information "
            "or reporting suspected trafficking. Say what you saw and heard; proving it is the "
            "investigators' job."
        ),
        "feedback_false": (
            "Benar. Pasal 60 UU 21/2007 cukup meminta warga memberi informasi atau melaporkan dugaan. "
            "Menilai unsur pidana dan mencari bukti adalah tugas APH, dan undang-undang yang sama "
            "menjamin perlindungan hukum bagi warga yang berperan serta."
        ),
        "feedback_false_en": (
            "Correct. Law 21/2007 Article 60 only asks residents to pass on information or report a "
            "suspicion. Judging the legal elements and gathering evidence is law enforcement's job, and "
            "the same law gives residents who take part legal protection."
        ),
    },
    {
        "type": "multiple_response",
        "lesson": "mengenali-tanda-tppo-di-desa",
        "points": 1,
        "prompt": "Seorang warga menceritakan tawaran kerja yang ia terima. Mana yang merupakan tanda bahaya TPPO? Pilih semua yang tepat.",
        "prompt_en": "A resident describes a job offer they received. Which are warning signs of trafficking? Select all that apply.",
        "choices": [
            {
                "text": "Lowongan di media sosial menjanjikan gaji sangat tinggi dan berangkat dalam beberapa hari.",
                "text_en": "A social-media job ad promises very high pay and departure within days.",
                "correct": True,
                "feedback": (
                    "Tepat. Lowongan instan bergaji tinggi di media sosial adalah modus yang sering "
                    "dilaporkan. Tetap ingat: satu tanda bukan bukti, tetapi layak dicatat dan dilaporkan."
                ),
                "feedback_en": (
                    "Right. Instant, high-paying social-media offers are a frequently reported method. "
                    "Remember that one sign is not proof, but it is worth noting and reporting."
                ),
            },
            {
                "text": "Ia akan diberangkatkan dengan visa turis, bukan visa kerja.",
                "text_en": "They will travel on a tourist visa, not a work visa.",
                "correct": True,
                "feedback": (
                    "Tepat. Bekerja dengan visa turis berarti berangkat di luar jalur resmi, sehingga "
                    "pekerja tidak terlindungi di negara tujuan."
                ),
                "feedback_en": (
                    "Right. Working on a tourist visa means leaving outside official channels, so the "
                    "worker has no protection in the destination country."
                ),
            },
            {
                "text": "Ongkos tiket dan pelatihan 'ditalangi' sponsor, lalu dihitung sebagai utang.",
                "text_en": "The sponsor 'covers' ticket and training costs, then counts them as debt.",
                "correct": True,
                "feedback": (
                    "Tepat. Penjeratan utang termasuk unsur cara dalam Pasal 1 angka 1 UU 21/2007."
                ),
                "feedback_en": (
                    "Right. Debt bondage is one of the 'means' in Law 21/2007 Article 1 point 1."
                ),
            },
            {
                "text": "Agen akan memegang paspornya selama ia bekerja.",
                "text_en": "The agent will keep their passport while they work.",
                "correct": True,
                "feedback": (
                    "Tepat. Paspor yang dipegang agen atau majikan membuat pekerja sulit pergi atau "
                    "pulang. Pekerja sebaiknya memegang paspornya sendiri."
                ),
                "feedback_en": (
                    "Right. A passport held by the agent or employer makes it hard for the worker to "
                    "leave or go home. Workers should keep their own passports."
                ),
            },
            {
                "text": "Izin perekrut dan job order-nya sudah diperiksa dinas tenaga kerja dan KP2MI.",
                "text_en": "The recruiter's licence and job order have been checked by the manpower office and KP2MI.",
                "correct": False,
                "feedback": (
                    "Ini bukan tanda bahaya, melainkan langkah migrasi aman yang diajarkan: izin perekrut "
                    "dan job order diverifikasi dinas tenaga kerja dan KP2MI (kementerian sejak Perpres "
                    "139/2024)."
                ),
                "feedback_en": (
                    "This is not a warning sign but the safe-migration check the course teaches: the "
                    "recruiter's licence and job order verified by the manpower office and KP2MI (a "
                    "ministry since Presidential Regulation 139/2024)."
                ),
            },
            {
                "text": "Ia memahami kontraknya: jenis pekerjaan, gaji, majikan, dan alamat kerja.",
                "text_en": "They understand the contract: type of work, wage, employer and workplace address.",
                "correct": False,
                "feedback": (
                    "Ini bukan tanda bahaya. Memahami isi kontrak termasuk daftar periksa sebelum "
                    "berangkat. Bekerja ke luar negeri adalah hak; yang dicegah adalah jalur tidak resmi."
                ),
                "feedback_en": (
                    "This is not a warning sign. Understanding the contract is part of the pre-departure "
                    "checklist. Working abroad is a right; what we prevent is irregular channels."
                ),
            },
        ],
    },
    {
        "type": "matching",
        "lesson": "mengenali-tanda-tppo-di-desa",
        "points": 1,
        "prompt": "Pasangkan setiap kejadian di desa dengan unsur TPPO menurut Pasal 1 angka 1 UU 21/2007.",
        "prompt_en": "Match each village event with the element of trafficking in Law 21/2007 Article 1 point 1.",
        "pairs": [
            {
                "left": "'Sponsor' menampung calon pekerja di rumah singgah sebelum berangkat",
                "left_en": "A 'sponsor' houses prospective workers in a transit house before departure",
                "right": "Proses",
                "right_en": "Act",
            },
            {
                "left": "Umur di dokumen dituakan dan ongkos berangkat dijadikan utang",
                "left_en": "Ages on documents are raised and travel costs are turned into debt",
                "right": "Cara",
                "right_en": "Means",
            },
            {
                "left": "Pekerja dipaksa menjalankan penipuan daring tanpa upah",
                "left_en": "Workers are forced to run online scams without pay",
                "right": "Tujuan (eksploitasi)",
                "right_en": "Purpose (exploitation)",
            },
        ],
        "feedback": (
            "Pasal 1 angka 1 UU 21/2007 merumuskan TPPO sebagai gabungan proses (merekrut, mengangkut, "
            "menampung, mengirim, memindahkan, menerima), cara (antara lain pemalsuan, penipuan, "
            "penjeratan utang), dan tujuan eksploitasi. Mengenali unsur ini membantu Anda menceritakan "
            "kepada petugas apa yang Anda lihat; menilai terpenuhinya unsur tetap tugas APH."
        ),
        "feedback_en": (
            "Law 21/2007 Article 1 point 1 defines trafficking as an act (recruiting, transporting, "
            "harbouring, sending, transferring, receiving), a means (including forgery, deception, debt "
            "bondage) and a purpose of exploitation. Knowing the elements helps you tell officers what "
            "you saw; deciding whether they are met remains law enforcement's job."
        ),
    },
    {
        "type": "single_choice",
        "lesson": "mengenali-tanda-tppo-di-desa",
        "points": 1,
        "prompt": (
            "Seorang perekrut membawa anak berusia 16 tahun untuk dipekerjakan tanpa upah. Orang tuanya "
            "sudah setuju. Apa akibatnya bagi ancaman pidana perekrut menurut UU 21/2007?"
        ),
        "prompt_en": (
            "A recruiter takes a 16-year-old to work without pay. The parents agreed. Under Law 21/2007, "
            "what does this mean for the penalty the recruiter faces?"
        ),
        "choices": [
            {
                "text": "Ancaman pidananya ditambah sepertiga karena korbannya anak.",
                "text_en": "The penalty is increased by one third because the victim is a child.",
                "correct": True,
                "feedback": (
                    "Benar. Pasal 17 UU 21/2007 menambah ancaman pidana sepertiga bila perbuatan dalam "
                    "Pasal 2–4 dilakukan terhadap anak. Persetujuan anak atau orang tuanya tidak pernah "
                    "membuat eksploitasi anak menjadi sah."
                ),
                "feedback_en": (
                    "Correct. Law 21/2007 Article 17 adds one third to the penalty when an offence under "
                    "Articles 2–4 is committed against a child. Neither the child's nor the parents' "
                    "consent ever makes the exploitation of a child lawful."
                ),
            },
            {
                "text": "Tidak ada pidana, karena orang tua sudah memberi izin.",
                "text_en": "There is no offence, because the parents gave permission.",
                "correct": False,
                "feedback": (
                    "Keliru. Menurut ketentuan umum (Pasal 1) UU 21/2007, eksploitasi tetap terjadi "
                    "walaupun korban setuju, dan untuk anak persetujuan orang tua pun tidak "
                    "membenarkannya. Laporkan ke UPTD PPA atau polisi."
                ),
                "feedback_en": (
                    "Wrong. Under the general provisions (Article 1) of Law 21/2007, exploitation exists "
                    "even if the victim agreed, and for a child even the parents' consent does not make "
                    "it lawful. Report it to the UPTD PPA or the police."
                ),
            },
            {
                "text": "Ancamannya diperingan karena anak ikut menyetujui.",
                "text_en": "The penalty is reduced because the child also agreed.",
                "correct": False,
                "feedback": (
                    "Keliru. Persetujuan tidak meringankan apa pun; justru Pasal 17 UU 21/2007 memperberat "
                    "ancaman pidana sepertiga bila korbannya anak."
                ),
                "feedback_en": (
                    "Wrong. Consent reduces nothing; Law 21/2007 Article 17 instead increases the penalty "
                    "by one third when the victim is a child."
                ),
            },
            {
                "text": "Ancaman hanya diperberat bila pelakunya kelompok terorganisasi.",
                "text_en": "The penalty is only increased if an organised group is involved.",
                "correct": False,
                "feedback": (
                    "Kurang tepat. Pemberatan untuk kelompok terorganisasi diatur tersendiri dalam Pasal "
                    "16. Pemberatan karena korbannya anak berlaku sendiri menurut Pasal 17 UU 21/2007."
                ),
                "feedback_en": (
                    "Not quite. The increase for organised groups is a separate rule in Article 16. The "
                    "increase because the victim is a child applies on its own under Law 21/2007 "
                    "Article 17."
                ),
            },
        ],
    },
    {
        "type": "multiple_response",
        "lesson": "aksi-pencegahan-dan-migrasi-aman",
        "points": 1,
        "prompt": "Langkah mana yang termasuk langkah pencegahan oleh masyarakat menurut Permen PPPA 2/2024? Pilih semua yang tepat.",
        "prompt_en": "Which of these are community prevention actions under Ministerial Regulation PPPA 2/2024? Select all that apply.",
        "choices": [
            {
                "text": "Mengenali pemangku kepentingan terkait TPPO di wilayahnya.",
                "text_en": "Identifying the local stakeholders involved in trafficking issues.",
                "correct": True,
                "feedback": (
                    "Tepat. Contoh praktiknya: daftar kontak DP3A/UPTD PPA, Unit PPA Polres, dinas "
                    "tenaga kerja, Dinsos, puskesmas, dan LSM yang diperbarui berkala."
                ),
                "feedback_en": (
                    "Right. In practice: a contact list of the DP3A/UPTD PPA, the police PPA unit, the "
                    "manpower office, Dinsos, the health centre and NGOs, updated regularly."
                ),
            },
            {
                "text": "Memperkuat ekonomi warga dan lapangan kerja di daerah rawan TPPO.",
                "text_en": "Strengthening the local economy and jobs in trafficking-prone areas.",
                "correct": True,
                "feedback": (
                    "Tepat. Tekanan ekonomi adalah salah satu akar penyebab; Permen PPPA 2/2024 meminta "
                    "masyarakat ikut memperkuat ekonomi dan peluang kerja setempat."
                ),
                "feedback_en": (
                    "Right. Economic pressure is a root cause; Regulation PPPA 2/2024 asks the community "
                    "to help strengthen the local economy and job opportunities."
                ),
            },
            {
                "text": "Menggerakkan jejaring warga untuk menyebarkan informasi dan pelatihan.",
                "text_en": "Using community networks to spread information and run training.",
                "correct": True,
                "feedback": (
                    "Tepat. Misalnya sesi migrasi aman di pengajian, arisan, sekolah, dan grup WhatsApp "
                    "warga."
                ),
                "feedback_en": (
                    "Right. For example, safe-migration sessions at religious gatherings, savings "
                    "groups, schools and residents' WhatsApp groups."
                ),
            },
            {
                "text": "Meningkatkan kemampuan perangkat desa dalam pencegahan.",
                "text_en": "Building village officials' capacity for prevention.",
                "correct": True,
                "feedback": (
                    "Tepat. Contohnya pelatihan memeriksa dokumen dan cara merujuk dugaan kasus."
                ),
                "feedback_en": (
                    "Right. For example, training on checking documents and referring suspected cases."
                ),
            },
            {
                "text": "Menahan paspor warga yang hendak berangkat sampai agennya jelas.",
                "text_en": "Holding the passports of residents about to leave until the agent is cleared.",
                "correct": False,
                "feedback": (
                    "Bukan. Menahan dokumen orang lain justru termasuk tanda bahaya TPPO, dan bermigrasi "
                    "adalah hak. Yang tepat adalah memeriksa izin perekrut ke dinas tenaga kerja dan KP2MI."
                ),
                "feedback_en": (
                    "No. Holding other people's documents is itself a trafficking warning sign, and "
                    "migrating is a right. The right step is checking the recruiter's licence with the "
                    "manpower office and KP2MI."
                ),
            },
            {
                "text": "Menyelidiki dan menangkap sendiri perekrut yang dicurigai.",
                "text_en": "Investigating and detaining suspected recruiters yourselves.",
                "correct": False,
                "feedback": (
                    "Bukan. Peran warga menurut Pasal 60 UU 21/2007 adalah memberi informasi, melapor, "
                    "dan ikut menangani korban. Menghadapi perekrut sendiri berisiko bagi warga dan dapat "
                    "merusak penyidikan."
                ),
                "feedback_en": (
                    "No. Under Law 21/2007 Article 60 residents pass on information, report and help "
                    "handle victims. Confronting recruiters yourselves puts residents at risk and can "
                    "damage the investigation."
                ),
            },
        ],
    },
    {
        "type": "matching",
        "lesson": "ketika-ada-dugaan-kasus",
        "points": 1,
        "prompt": "Pasangkan setiap situasi dengan saluran pelaporan atau rujukan yang paling tepat.",
        "prompt_en": "Match each situation with the most suitable reporting or referral channel.",
        "pairs": [
            {
                "left": "Ada dugaan tindak pidana dan korban masih dalam bahaya",
                "left_en": "A crime is suspected and the victim is still in danger",
                "right": "Polisi (Unit PPA Polres)",
                "right_en": "Police (district PPA unit)",
            },
            {
                "left": "Anda bingung harus ke mana dan perlu saluran yang bisa dihubungi dari mana saja",
                "left_en": "You are unsure where to turn and need a channel reachable from anywhere",
                "right": "SAPA 129 (telepon 129 atau WhatsApp 08111-129-129)",
                "right_en": "SAPA 129 (call 129 or WhatsApp 08111-129-129)",
            },
            {
                "left": "Korban perempuan atau anak membutuhkan pendampingan dan tempat aman",
                "left_en": "A woman or child victim needs accompaniment and a safe place",
                "right": "UPTD PPA",
                "right_en": "UPTD PPA",
            },
            {
                "left": "Korban masih berada di luar negeri",
                "left_en": "The victim is still abroad",
                "right": "Perwakilan RI di negara tujuan dan KP2MI",
                "right_en": "The Indonesian mission in that country and KP2MI",
            },
            {
                "left": "Perekrut yang sama mendatangi banyak desa",
                "left_en": "The same recruiter is visiting many villages",
                "right": "Gugus tugas kabupaten/kota melalui DP3A",
                "right_en": "The district task force, through the DP3A",
            },
        ],
        "feedback": (
            "Polisi menerima laporan tindak pidana, dan Pasal 45 UU 21/2007 mewajibkan Ruang Pelayanan "
            "Khusus di setiap provinsi dan kabupaten/kota. SAPA 129 adalah layanan pengaduan KemenPPPA. "
            "UPTD PPA menjalankan fungsi pengaduan, penjangkauan, pengelolaan kasus, penampungan "
            "sementara, mediasi, dan pendampingan (Permen PPPA 4/2018). Pasal 54 mewajibkan perwakilan RI "
            "melindungi korban di luar negeri dan memulangkannya atas biaya negara. Pola berulang "
            "ditangani gugus tugas yang dibentuk berdasarkan Pasal 58."
        ),
        "feedback_en": (
            "The police take crime reports, and Law 21/2007 Article 45 requires special service rooms in "
            "every province and district. SAPA 129 is the KemenPPPA complaints line. The UPTD PPA handles "
            "complaints, outreach, case management, temporary shelter, mediation and accompaniment "
            "(Regulation PPPA 4/2018). Article 54 requires Indonesian missions to protect victims abroad "
            "and repatriate them at state expense. Repeated patterns go to the task force set up under "
            "Article 58."
        ),
    },
    {
        "type": "true_false",
        "lesson": "reintegrasi-dan-mencegah-keberulangan",
        "points": 1,
        "prompt": (
            "Setelah penyintas pulang ke desa dan kasusnya selesai disidik, nama dan kisahnya boleh "
            "dibahas dalam rapat warga sebagai pelajaran bagi desa."
        ),
        "prompt_en": (
            "Once a survivor is back in the village and the investigation is over, their name and story "
            "may be discussed at a residents' meeting as a lesson for the village."
        ),
        "correct": False,
        "feedback_true": (
            "Kurang tepat. Pasal 44 UU 21/2007 melindungi kerahasiaan identitas korban, dan kewajiban itu "
            "tetap berlaku setelah korban pulang. Membahas kisahnya di rapat desa memperkuat stigma dan "
            "membuatnya lebih mudah dibujuk pergi lagi. Sampaikan pesan pencegahan secara umum, tanpa "
            "nama."
        ),
        "feedback_true_en": (
            "Not quite. Law 21/2007 Article 44 protects the confidentiality of a victim's identity, and "
            "that duty continues after the victim returns. Discussing their story at a village meeting "
            "feeds stigma and makes it easier to lure them away again. Give prevention messages in "
            "general terms, without names."
        ),
        "feedback_false": (
            "Benar. Kerahasiaan identitas korban menurut Pasal 44 UU 21/2007 tetap berlaku setelah korban "
            "pulang. Perlakukan penyintas sebagai warga biasa, bukan sebagai 'kasus', dan sampaikan pesan "
            "pencegahan tanpa menyebut siapa pun."
        ),
        "feedback_false_en": (
            "Correct. Confidentiality of the victim's identity under Law 21/2007 Article 44 continues "
            "after the victim returns. Treat the survivor as an ordinary resident, not a 'case', and give "
            "prevention messages without naming anyone."
        ),
    },
    {
        "type": "ordering",
        "lesson": "reintegrasi-dan-mencegah-keberulangan",
        "points": 1,
        "prompt": "Urutkan langkah hak pemulihan korban menurut UU 21/2007, dari yang pertama sampai yang terakhir.",
        "prompt_en": "Put the steps of a victim's recovery rights under Law 21/2007 in order, first to last.",
        "items": [
            {
                "text": "Dugaan TPPO dilaporkan ke polisi oleh siapa pun, tidak harus oleh korban sendiri.",
                "text_en": "The suspected trafficking is reported to the police by anyone, not necessarily the victim.",
            },
            {
                "text": "Korban, keluarga, teman, relawan pendamping, polisi, atau pekerja sosial mengajukan permohonan layanan kepada instansi kesehatan atau sosial.",
                "text_en": "The victim, family, a friend, a volunteer companion, the police or a social worker requests services from the health or social affairs authority.",
            },
            {
                "text": "Layanan rehabilitasi mulai diberikan, paling lambat 7 hari sejak permohonan.",
                "text_en": "Rehabilitation services begin, no later than 7 days after the request.",
            },
            {
                "text": "Reintegrasi sosial di desa sebagai tahap terakhir pelayanan terpadu, dengan kunjungan tindak lanjut.",
                "text_en": "Social reintegration in the village as the last stage of integrated services, with follow-up visits.",
            },
        ],
        "feedback": (
            "Menurut Pasal 51 ayat (2) UU 21/2007, setelah kasus dilaporkan ke polisi oleh siapa pun, "
            "permohonan layanan dapat diajukan oleh korban atau pihak lain; permohonan ditujukan kepada "
            "menteri atau instansi daerah urusan kesehatan dan sosial (ayat (3)). Pasal 52 mewajibkan "
            "layanan diberikan paling lambat 7 hari sejak permohonan. Dalam SOP Permen PPPA 8/2021, "
            "reintegrasi sosial adalah tahap terakhir dari enam tahap pelayanan terpadu."
        ),
        "feedback_en": (
            "Under Law 21/2007 Article 51(2), once anyone has reported the case to the police, the victim "
            "or others may request services; the request goes to the minister or regional agency for "
            "health and social affairs (paragraph (3)). Article 52 requires services within 7 days of the "
            "request. In the Regulation PPPA 8/2021 SOP, social reintegration is the last of the six "
            "stages of integrated services."
        ),
    },
    {
        "type": "scenario",
        "lesson": "aksi-pencegahan-dan-migrasi-aman",
        "points": 3,
        "prompt": "Anda adalah kepala desa. Pilih langkah Anda di setiap tahap.",
        "prompt_en": "You are the village head. Choose your action at each step.",
        "title": "Surat rekomendasi untuk 'berangkat gratis'",
        "title_en": "Recommendation letters for a 'free departure'",
        "start": "permintaan",
        "steps": [
            {
                "key": "permintaan",
                "narrative": (
                    "Anda, Pak Wiryo, Kepala Desa Tanjungrejo (tokoh dan desa fiktif), didatangi Pak "
                    "Samsul yang mengaku agen. Ia menawarkan keberangkatan gratis bagi delapan perempuan "
                    "desa untuk bekerja pada majikan perorangan di Timur Tengah, dan meminta surat "
                    "rekomendasi desa besok pagi. Beberapa keluarga sudah antusias."
                ),
                "narrative_en": (
                    "You, Pak Wiryo, head of Tanjungrejo village (fictional person and village), are "
                    "visited by Pak Samsul, who says he is an agent. He offers eight village women free "
                    "departure to work for individual employers in the Middle East and wants village "
                    "recommendation letters by tomorrow morning. Several families are keen."
                ),
                "choices": [
                    {
                        "text": "Menandatangani surat hari ini agar warga tidak kehilangan kesempatan.",
                        "text_en": "Sign the letters today so residents don't miss the chance.",
                        "feedback": (
                            "Berisiko besar. Surat desa adalah pintu keberangkatan. Penempatan pada "
                            "majikan perorangan di Timur Tengah dihentikan oleh Kepmenaker 260/2015 "
                            "(sebagaimana diberitakan), sehingga tawaran ini patut diduga nonprosedural. "
                            "Jangan tanda tangan sebelum izin dan job order terverifikasi."
                        ),
                        "feedback_en": (
                            "High risk. The village letter is the gateway to departure. Placement with "
                            "individual employers in the Middle East was stopped by Manpower Decree "
                            "260/2015 (as reported), so this offer looks non-procedural. Don't sign "
                            "before the licence and job order are verified."
                        ),
                        "next": "akhir-buruk",
                    },
                    {
                        "text": "Menunda surat dan memeriksa izin Pak Samsul serta job order-nya ke dinas tenaga kerja dan KP2MI.",
                        "text_en": "Hold the letters and check Pak Samsul's licence and job order with the manpower office and KP2MI.",
                        "feedback": (
                            "Tepat. Bekerja ke luar negeri adalah hak warga; yang dicegah adalah jalur "
                            "tidak resmi. Dinas tenaga kerja dan KP2MI (kementerian sejak Perpres "
                            "139/2024) adalah tempat memastikan izin perekrut dan keberadaan lowongan."
                        ),
                        "feedback_en": (
                            "Right. Working abroad is a right; what we prevent is irregular channels. The "
                            "manpower office and KP2MI (a ministry since Presidential Regulation "
                            "139/2024) can confirm the recruiter's licence and whether the job exists."
                        ),
                        "next": "hasil-cek",
                    },
                    {
                        "text": "Mengumpulkan warga, menghadang Pak Samsul di balai desa, dan merampas ponselnya sebagai bukti.",
                        "text_en": "Gather residents, confront Pak Samsul at the village hall and seize his phone as evidence.",
                        "feedback": (
                            "Keliru. Menyelidiki dan menghadapi perekrut sendiri berisiko bagi warga dan "
                            "dapat merusak penyidikan. Peran warga menurut Pasal 60 UU 21/2007 adalah "
                            "memberi informasi dan melapor; penyitaan adalah kewenangan APH."
                        ),
                        "feedback_en": (
                            "Wrong. Investigating and confronting a recruiter yourselves puts residents "
                            "at risk and can damage the investigation. Under Law 21/2007 Article 60 "
                            "residents pass on information and report; seizing evidence is for law "
                            "enforcement."
                        ),
                        "next": "akhir-buruk",
                    },
                ],
            },
            {
                "key": "hasil-cek",
                "narrative": (
                    "Dinas tenaga kerja memberi tahu bahwa perusahaan Pak Samsul tidak terdaftar dan "
                    "tidak ada job order atas namanya. Pak Samsul terus menelepon menagih surat."
                ),
                "narrative_en": (
                    "The manpower office tells you Pak Samsul's company is not registered and there is no "
                    "job order in its name. Pak Samsul keeps calling to demand the letters."
                ),
                "choices": [
                    {
                        "text": "Menolak surat dengan sopan dan beralasan, lalu melaporkan tawaran itu ke gugus tugas kabupaten melalui DP3A atau ke polisi.",
                        "text_en": "Politely refuse the letters with reasons, then report the offer to the district task force through the DP3A, or to the police.",
                        "feedback": (
                            "Tepat. Menolak surat untuk penempatan nonprosedural melindungi warga, dan "
                            "melapor adalah peran serta masyarakat menurut Pasal 60 UU 21/2007. Gugus "
                            "tugas daerah dibentuk berdasarkan Pasal 58 dan dapat melihat apakah perekrut "
                            "yang sama mendatangi desa lain."
                        ),
                        "feedback_en": (
                            "Right. Refusing letters for non-procedural placement protects residents, and "
                            "reporting is the community role in Law 21/2007 Article 60. The regional task "
                            "force, set up under Article 58, can see whether the same recruiter is "
                            "visiting other villages."
                        ),
                        "next": "warga",
                    },
                    {
                        "text": "Menolak surat, tetapi tidak melapor: urusan Pak Samsul di desa lain bukan tanggung jawab Anda.",
                        "text_en": "Refuse the letters but don't report: what Pak Samsul does in other villages is not your concern.",
                        "feedback": (
                            "Belum cukup. Warga Anda aman untuk sementara, tetapi perekrut bebas mencari "
                            "surat di desa lain. Pasal 60 UU 21/2007 memberi warga peran melapor, dan "
                            "UU yang sama menjamin perlindungan hukum bagi warga yang berperan serta."
                        ),
                        "feedback_en": (
                            "Not enough. Your residents are safe for now, but the recruiter is free to "
                            "get letters elsewhere. Law 21/2007 Article 60 gives residents the role of "
                            "reporting, and the same law protects residents who take part."
                        ),
                        "next": "akhir-sebagian",
                    },
                    {
                        "text": "Menerbitkan surat, karena para perempuan itu sudah dewasa dan setuju berangkat.",
                        "text_en": "Issue the letters, since the women are adults and agreed to go.",
                        "feedback": (
                            "Keliru. Menurut ketentuan umum (Pasal 1) UU 21/2007, eksploitasi tetap "
                            "terjadi walaupun korban menyetujuinya. Perekrut tanpa izin dan tanpa job "
                            "order adalah tanda bahaya yang jelas."
                        ),
                        "feedback_en": (
                            "Wrong. Under the general provisions (Article 1) of Law 21/2007, "
                            "exploitation exists even when the victim agreed. A recruiter with no licence "
                            "and no job order is a clear warning sign."
                        ),
                        "next": "akhir-buruk",
                    },
                ],
            },
            {
                "key": "warga",
                "narrative": (
                    "Beberapa keluarga kecewa. Mereka butuh penghasilan dan merasa kepala desa menghalangi "
                    "rezeki. Apa langkah Anda berikutnya?"
                ),
                "narrative_en": (
                    "Some families are upset. They need income and feel the village head is blocking "
                    "their livelihood. What do you do next?"
                ),
                "choices": [
                    {
                        "text": "Bersama kader PKK dan tokoh agama menggelar sesi migrasi aman, serta menghubungkan keluarga dengan pelatihan kerja atau usaha desa.",
                        "text_en": "With PKK volunteers and religious leaders, hold a safe-migration session and link families to job training or village enterprises.",
                        "feedback": (
                            "Tepat. Ini langkah pencegahan dalam Permen PPPA 2/2024: menggerakkan jejaring "
                            "warga untuk menyebarkan informasi dan memperkuat ekonomi serta lapangan kerja "
                            "di daerah rawan. Warga tahu cara berangkat lewat jalur resmi, bukan dilarang "
                            "berangkat."
                        ),
                        "feedback_en": (
                            "Right. These are prevention actions under Regulation PPPA 2/2024: using "
                            "community networks to spread information and strengthening the economy and "
                            "jobs in prone areas. Residents learn how to leave through official channels "
                            "instead of being banned from leaving."
                        ),
                        "next": "akhir-terbaik",
                    },
                    {
                        "text": "Mengunggah foto Pak Samsul ke grup WhatsApp desa dengan sebutan 'pelaku perdagangan orang'.",
                        "text_en": "Post Pak Samsul's photo in the village WhatsApp group labelled 'trafficker'.",
                        "feedback": (
                            "Kurang tepat. Menilai terpenuhinya unsur pidana adalah tugas APH; jangan "
                            "menuduh siapa pun di depan umum. Laporan Anda sudah di tangan yang berwenang; "
                            "sebarkan pesan migrasi aman secara umum."
                        ),
                        "feedback_en": (
                            "Not quite. Judging whether the legal elements are met is law enforcement's "
                            "job; don't accuse anyone publicly. Your report is already with the "
                            "authorities; share safe-migration messages in general terms."
                        ),
                        "next": "akhir-cukup",
                    },
                    {
                        "text": "Mengumumkan larangan bagi semua warga untuk bekerja ke luar negeri.",
                        "text_en": "Announce that no resident may work abroad.",
                        "feedback": (
                            "Kurang tepat. Bermigrasi adalah hak warga. Larangan justru mendorong warga "
                            "mencari jalur diam-diam. Yang dicegah adalah jalur tidak resmi, dengan "
                            "pemeriksaan izin dan job order ke dinas tenaga kerja dan KP2MI."
                        ),
                        "feedback_en": (
                            "Not quite. Migrating is a right. A ban pushes residents toward hidden "
                            "routes. What we prevent is irregular channels, by checking licences and job "
                            "orders with the manpower office and KP2MI."
                        ),
                        "next": "akhir-cukup",
                    },
                ],
            },
        ],
        "endings": [
            {
                "key": "akhir-terbaik",
                "text": (
                    "Surat tidak terbit, tawaran sudah dilaporkan, dan keluarga tahu jalur kerja yang aman. "
                    "Beberapa bulan kemudian, polisi menindak jaringan Pak Samsul berkat laporan dari "
                    "beberapa desa."
                ),
                "text_en": (
                    "No letters were issued, the offer was reported, and families know the safe route "
                    "to work abroad. A few months later the police act against Pak Samsul's network "
                    "thanks to reports from several villages."
                ),
                "score": 100,
            },
            {
                "key": "akhir-cukup",
                "text": (
                    "Surat tidak terbit dan tawaran sudah dilaporkan, tetapi langkah lanjutan Anda menuduh "
                    "orang di depan umum atau menutup jalur migrasi yang sah, sehingga warga yang kecewa "
                    "mencari jalan sendiri."
                ),
                "text_en": (
                    "No letters were issued and the offer was reported, but your follow-up accused "
                    "someone publicly or closed lawful migration routes, so frustrated residents look for "
                    "their own way out."
                ),
                "score": 60,
            },
            {
                "key": "akhir-sebagian",
                "text": (
                    "Warga desa Anda tidak berangkat, tetapi Pak Samsul memperoleh surat dari desa "
                    "tetangga dan memberangkatkan perempuan dari sana."
                ),
                "text_en": (
                    "Your residents did not leave, but Pak Samsul got letters from a neighbouring village "
                    "and sent women from there."
                ),
                "score": 30,
            },
            {
                "key": "akhir-buruk",
                "text": (
                    "Langkah Anda membuka jalan bagi penempatan nonprosedural atau membahayakan warga dan "
                    "penyidikan. Perempuan desa berisiko dieksploitasi di luar negeri."
                ),
                "text_en": (
                    "Your action opened the way for non-procedural placement or endangered residents and "
                    "the investigation. Village women are at risk of exploitation abroad."
                ),
                "score": 0,
            },
        ],
    },
    {
        "type": "scenario",
        "lesson": "reintegrasi-dan-mencegah-keberulangan",
        "points": 3,
        "prompt": "Anda adalah kader PKK yang dipercaya mendampingi penyintas di desa. Pilih langkah Anda.",
        "prompt_en": "You are a PKK volunteer trusted to support a survivor in the village. Choose your actions.",
        "title": "Yuni pulang ke desa",
        "title_en": "Yuni comes home",
        "start": "rapat",
        "steps": [
            {
                "key": "rapat",
                "narrative": (
                    "Yuni (27 tahun, tokoh fiktif) pulang setelah diselamatkan dari tempat kerja di luar "
                    "negeri yang tidak pernah membayar gajinya. Tetangga mulai bergunjing. Dalam rapat RT, "
                    "seorang warga mengusulkan agar kisah Yuni dibahas terbuka 'supaya jadi pelajaran'."
                ),
                "narrative_en": (
                    "Yuni (27, fictional) has come home after being rescued from a job abroad that never "
                    "paid her. Neighbours are gossiping. At a neighbourhood meeting, a resident proposes "
                    "discussing Yuni's story openly 'as a lesson'."
                ),
                "choices": [
                    {
                        "text": "Setuju, asal Yuni tidak hadir saat kisahnya dibahas.",
                        "text_en": "Agree, as long as Yuni isn't present when her story is discussed.",
                        "feedback": (
                            "Keliru. Kerahasiaan identitas korban menurut Pasal 44 UU 21/2007 tetap "
                            "berlaku setelah ia pulang. Membahas kisahnya di rapat memperkuat stigma dan "
                            "membuatnya lebih mudah dibujuk pergi lagi."
                        ),
                        "feedback_en": (
                            "Wrong. Confidentiality of a victim's identity under Law 21/2007 Article 44 "
                            "continues after she returns. Discussing her story at a meeting feeds stigma "
                            "and makes her easier to lure away again."
                        ),
                        "next": "akhir-buruk",
                    },
                    {
                        "text": "Menolak dengan sopan, menyampaikan pesan migrasi aman secara umum tanpa nama, lalu menemui Yuni secara pribadi.",
                        "text_en": "Decline politely, give a general safe-migration message without names, then see Yuni privately.",
                        "feedback": (
                            "Tepat. Pasal 44 UU 21/2007 melindungi identitas korban. Perlakukan Yuni "
                            "sebagai warga biasa, bukan sebagai 'kasus', dan biarkan ia memilih "
                            "pendamping yang ia percayai."
                        ),
                        "feedback_en": (
                            "Right. Law 21/2007 Article 44 protects the victim's identity. Treat Yuni as "
                            "an ordinary resident, not a 'case', and let her choose a companion she "
                            "trusts."
                        ),
                        "next": "utang",
                    },
                    {
                        "text": "Menyarankan keluarga diam-diam memindahkan Yuni ke provinsi lain sampai gunjingan reda.",
                        "text_en": "Suggest the family quietly move Yuni to another province until the gossip dies down.",
                        "feedback": (
                            "Keliru. Memindahkan Yuni tanpa penjelasan dan tanpa persetujuannya memutus "
                            "dukungan yang ia butuhkan. Reintegrasi sosial adalah haknya menurut Pasal 51 "
                            "ayat (1) UU 21/2007, dan yang perlu diubah adalah sikap warga."
                        ),
                        "feedback_en": (
                            "Wrong. Moving Yuni without explanation or her agreement cuts her off from "
                            "support. Social reintegration is her right under Law 21/2007 Article 51(1), "
                            "and it is the neighbours' attitude that needs to change."
                        ),
                        "next": "akhir-buruk",
                    },
                ],
            },
            {
                "key": "utang",
                "narrative": (
                    "Yuni bercerita bahwa Bu Ratih, sponsor yang dulu memberangkatkannya, menagih 'utang' "
                    "ongkos keberangkatan Rp15 juta. Keluarganya mendesak Yuni berangkat lagi lewat Bu "
                    "Ratih agar utang itu lunas."
                ),
                "narrative_en": (
                    "Yuni tells you that Bu Ratih, the sponsor who sent her abroad, is demanding a Rp15 "
                    "million 'debt' for her travel costs. Her family is pressing her to leave again "
                    "through Bu Ratih to pay it off."
                ),
                "choices": [
                    {
                        "text": "Menganggapnya urusan utang-piutang keluarga dan tidak ikut campur.",
                        "text_en": "Treat it as a private family debt and stay out of it.",
                        "feedback": (
                            "Kurang tepat. Tagihan 'utang' yang mendorong keberangkatan ulang adalah tanda "
                            "penjeratan utang, salah satu unsur cara dalam Pasal 1 angka 1 UU 21/2007. "
                            "Mencegah keberulangan adalah tujuan pencegahan dalam Permen PPPA 2/2024."
                        ),
                        "feedback_en": (
                            "Not quite. A 'debt' demand that pushes a survivor to leave again is a sign "
                            "of debt bondage, one of the 'means' in Law 21/2007 Article 1 point 1. "
                            "Preventing re-trafficking is a prevention aim of Regulation PPPA 2/2024."
                        ),
                        "next": "akhir-sebagian",
                    },
                    {
                        "text": "Melaporkan tagihan itu ke UPTD PPA atau polisi sebagai tanda penjeratan utang, dan meminta keluarga tidak memutuskan apa pun sebelum petugas memeriksanya.",
                        "text_en": "Report the demand to the UPTD PPA or police as a sign of debt bondage, and ask the family not to decide anything until officials have checked it.",
                        "feedback": (
                            "Tepat. Penjeratan utang adalah unsur cara dalam Pasal 1 angka 1 UU 21/2007. "
                            "Melapor adalah peran warga menurut Pasal 60, dan memeriksa tagihan itu adalah "
                            "tugas petugas, bukan keluarga."
                        ),
                        "feedback_en": (
                            "Right. Debt bondage is one of the 'means' in Law 21/2007 Article 1 point 1. "
                            "Reporting is the community role under Article 60, and checking the demand is "
                            "the officials' job, not the family's."
                        ),
                        "next": "rencana",
                    },
                    {
                        "text": "Mempertemukan keluarga dan Bu Ratih di balai desa untuk menawar utangnya secara kekeluargaan.",
                        "text_en": "Bring the family and Bu Ratih together at the village hall to negotiate the debt amicably.",
                        "feedback": (
                            "Keliru. TPPO adalah tindak pidana dengan ancaman penjara 3–15 tahun (Pasal 2 "
                            "ayat (1) UU 21/2007) dan tidak boleh diselesaikan lewat musyawarah. Mediasi "
                            "seperti ini mengakui 'utang' itu, membiarkan pelaku lolos, dan dapat menutup "
                            "jalan Yuni ke restitusi."
                        ),
                        "feedback_en": (
                            "Wrong. Trafficking is a crime carrying 3–15 years in prison (Law 21/2007 "
                            "Article 2(1)) and must not be settled by village mediation. Such a meeting "
                            "treats the 'debt' as real, lets the offender off, and can close Yuni's path "
                            "to restitution."
                        ),
                        "next": "akhir-buruk",
                    },
                ],
            },
            {
                "key": "rencana",
                "narrative": (
                    "UPTD PPA dan Dinsos menanggapi laporan Anda dan mengajak desa menyusun dukungan "
                    "untuk Yuni. Apa usul Anda?"
                ),
                "narrative_en": (
                    "The UPTD PPA and Dinsos respond to your report and invite the village to plan "
                    "support for Yuni. What do you propose?"
                ),
                "choices": [
                    {
                        "text": "Rencana reintegrasi bersama: konseling keluarga, dukungan penghidupan sesuai keinginan Yuni, informasi hak restitusi sejak sekarang, dan kunjungan tindak lanjut yang tidak mencolok.",
                        "text_en": "A joint reintegration plan: family counselling, livelihood support matching what Yuni wants, information on her right to restitution now, and discreet follow-up visits.",
                        "feedback": (
                            "Tepat. Reintegrasi sosial adalah hak korban (Pasal 51 ayat (1) UU 21/2007) "
                            "dan tahap terakhir pelayanan terpadu (Permen PPPA 8/2021). Restitusi "
                            "mencakup kehilangan penghasilan, penderitaan, dan biaya perawatan (Pasal 48) "
                            "dan dapat diajukan melalui LPSK (Pasal 7A UU 13/2006 sebagaimana diubah UU "
                            "31/2014) atau langsung ke pengadilan menurut Perma 1/2022."
                        ),
                        "feedback_en": (
                            "Right. Social reintegration is a victim's right (Law 21/2007 Article 51(1)) "
                            "and the last stage of integrated services (Regulation PPPA 8/2021). "
                            "Restitution covers lost income, suffering and treatment costs (Article 48) "
                            "and can be claimed through LPSK (Law 13/2006 Article 7A as amended by Law "
                            "31/2014) or directly in court under Supreme Court Regulation 1/2022."
                        ),
                        "next": "akhir-terbaik",
                    },
                    {
                        "text": "Langsung mendaftarkan Yuni ke program bantuan modal usaha tanpa bertanya dulu.",
                        "text_en": "Sign Yuni up for a business-capital grant straight away without asking her.",
                        "feedback": (
                            "Kurang tepat. Dukungan penghidupan harus sesuai keinginan penyintas. Dari 295 "
                            "korban di RPTC Bambu Apus pada 2023, hanya sekitar sepersepuluh yang "
                            "mengambil bantuan modal usaha (diberitakan IDN Times). Tanyakan dulu: kerja, "
                            "keterampilan, sekolah, atau waktu untuk pulih?"
                        ),
                        "feedback_en": (
                            "Not quite. Livelihood support must match what the survivor wants. Of 295 "
                            "victims at the RPTC Bambu Apus shelter in 2023, only about one in ten took "
                            "up business capital (reported by IDN Times). Ask first: work, skills, "
                            "school, or time to recover?"
                        ),
                        "next": "akhir-cukup",
                    },
                    {
                        "text": "Menyarankan Yuni menunggu putusan pengadilan sebelum membicarakan restitusi.",
                        "text_en": "Advise Yuni to wait for the court's verdict before discussing restitution.",
                        "feedback": (
                            "Kurang tepat. Hak restitusi (Pasal 48 UU 21/2007) perlu disampaikan sedini "
                            "mungkin. Permohonan dapat diajukan melalui LPSK atau ke pengadilan; menurut "
                            "Perma 1/2022, permohonan setelah putusan berkekuatan hukum tetap dibatasi 90 "
                            "hari sejak pemohon mengetahui putusan."
                        ),
                        "feedback_en": (
                            "Not quite. The right to restitution (Law 21/2007 Article 48) should be "
                            "explained as early as possible. Claims can go through LPSK or to the court; "
                            "under Supreme Court Regulation 1/2022, a claim after a final verdict is "
                            "limited to 90 days from when the applicant learns of it."
                        ),
                        "next": "akhir-cukup",
                    },
                ],
            },
        ],
        "endings": [
            {
                "key": "akhir-terbaik",
                "text": (
                    "Yuni mendapat dukungan yang ia pilih, keluarganya memahami bahwa tagihan Bu Ratih "
                    "adalah tanda bahaya, dan kasusnya ditangani petugas. Ia tetap tinggal di desa tanpa "
                    "dikucilkan."
                ),
                "text_en": (
                    "Yuni gets the support she chose, her family understands that Bu Ratih's demand is a "
                    "warning sign, and officials are handling the case. She stays in the village without "
                    "being shunned."
                ),
                "score": 100,
            },
            {
                "key": "akhir-cukup",
                "text": (
                    "Tagihan sudah dilaporkan dan Yuni aman untuk sementara, tetapi dukungannya tidak "
                    "sesuai kebutuhannya atau haknya atas restitusi terancam terlambat."
                ),
                "text_en": (
                    "The demand has been reported and Yuni is safe for now, but her support does not fit "
                    "her needs or her right to restitution risks coming too late."
                ),
                "score": 60,
            },
            {
                "key": "akhir-sebagian",
                "text": (
                    "Identitas Yuni terjaga, tetapi tekanan utang terus berlanjut. Beberapa bulan kemudian "
                    "ia kembali berangkat lewat Bu Ratih."
                ),
                "text_en": (
                    "Yuni's identity stayed protected, but the debt pressure continued. A few months later "
                    "she left again through Bu Ratih."
                ),
                "score": 30,
            },
            {
                "key": "akhir-buruk",
                "text": (
                    "Yuni merasa dikucilkan dan tidak terlindungi, sementara tekanan untuk berangkat lagi "
                    "tidak ditangani dengan benar. Risiko ia diperdagangkan lagi sangat tinggi."
                ),
                "text_en": (
                    "Yuni feels shunned and unprotected, and the pressure to leave again was not handled "
                    "properly. Her risk of being trafficked again is very high."
                ),
                "score": 0,
            },
        ],
    },
    {
        "type": "scenario",
        "lesson": "ketika-ada-dugaan-kasus",
        "points": 3,
        "prompt": "Anda adalah guru di sekolah desa. Pilih langkah Anda di setiap tahap.",
        "prompt_en": "You are a teacher at the village school. Choose your action at each step.",
        "title": "Lowongan kafe dari Instagram",
        "title_en": "A café job from Instagram",
        "start": "pamit",
        "steps": [
            {
                "key": "pamit",
                "narrative": (
                    "Nadia (15 tahun, tokoh fiktif), murid Anda, berpamitan: besok ia berangkat ke Batam "
                    "untuk 'kerja di kafe' yang ia temukan lewat akun Instagram 'Kak Vera'. Tiketnya "
                    "ditalangi dan akan dipotong dari gaji. Dokumen yang diurus Kak Vera mencantumkan "
                    "umurnya 19 tahun. 'Orang tua saya sudah setuju, Bu,' katanya."
                ),
                "narrative_en": (
                    "Nadia (15, fictional), your pupil, says goodbye: tomorrow she leaves for Batam to "
                    "'work in a café' she found through an Instagram account, 'Kak Vera'. Her ticket is "
                    "advanced and will be deducted from her wages. The papers Kak Vera arranged give her "
                    "age as 19. 'My parents already agreed, Ma'am,' she says."
                ),
                "choices": [
                    {
                        "text": "Membiarkannya berangkat, karena Nadia dan orang tuanya sudah setuju.",
                        "text_en": "Let her go, since Nadia and her parents have agreed.",
                        "feedback": (
                            "Keliru. Persetujuan anak maupun orang tuanya tidak pernah membuat eksploitasi "
                            "anak menjadi sah. Umur yang dituakan dan ongkos yang dijadikan utang adalah "
                            "unsur cara dalam Pasal 1 angka 1 UU 21/2007."
                        ),
                        "feedback_en": (
                            "Wrong. Neither a child's nor her parents' consent ever makes the "
                            "exploitation of a child lawful. A falsified age and costs turned into debt "
                            "are 'means' under Law 21/2007 Article 1 point 1."
                        ),
                        "next": "akhir-buruk",
                    },
                    {
                        "text": "Hari ini juga menghubungi UPTD PPA dan Unit PPA Polres (atau SAPA 129), mencatat fakta seperlunya, dan menjaga Nadia tetap aman tanpa menghubungi Kak Vera.",
                        "text_en": "Today, contact the UPTD PPA and the police PPA unit (or SAPA 129), note the key facts, and keep Nadia safe without contacting Kak Vera.",
                        "feedback": (
                            "Tepat. Untuk anak, laporkan ke UPTD PPA atau polisi demi kepentingan "
                            "terbaiknya, meskipun keluarganya setuju. Melapor adalah peran warga menurut "
                            "Pasal 60 UU 21/2007; pembuktian adalah tugas penyidik."
                        ),
                        "feedback_en": (
                            "Right. For a child, report to the UPTD PPA or the police in her best "
                            "interests, even if the family agrees. Reporting is the community role under "
                            "Law 21/2007 Article 60; proving the case is the investigators' job."
                        ),
                        "next": "musyawarah",
                    },
                    {
                        "text": "Mengirim pesan ke Kak Vera dengan menyamar sebagai pelamar untuk mengumpulkan bukti dulu.",
                        "text_en": "Message Kak Vera posing as an applicant to gather evidence first.",
                        "feedback": (
                            "Kurang tepat. Jangan menghubungi atau menghadapi perekrut sendiri: ia bisa "
                            "curiga, menghapus akun, atau memajukan keberangkatan. Menyelidiki adalah tugas "
                            "APH; tugas Anda melapor segera."
                        ),
                        "feedback_en": (
                            "Not quite. Don't contact or confront the recruiter yourself: she may grow "
                            "suspicious, delete the account or bring the departure forward. "
                            "Investigating is law enforcement's job; yours is to report at once."
                        ),
                        "next": "akhir-berisiko",
                    },
                ],
            },
            {
                "key": "musyawarah",
                "narrative": (
                    "Keberangkatan Nadia dibatalkan dan kasusnya ditangani UPTD PPA dan polisi. Dalam "
                    "pertemuan di kantor desa, sekretaris desa mengusulkan Nadia juga dilaporkan karena "
                    "memakai dokumen palsu, sementara orang tuanya ingin urusan selesai secara "
                    "kekeluargaan asal Kak Vera mengembalikan uang tiket."
                ),
                "narrative_en": (
                    "Nadia's departure is called off and the UPTD PPA and police are handling the case. "
                    "At a meeting in the village office, the village secretary suggests Nadia should "
                    "also be reported for using false papers, while her parents want the matter settled "
                    "amicably if Kak Vera refunds the ticket."
                ),
                "choices": [
                    {
                        "text": "Menjelaskan bahwa Nadia adalah anak korban, bukan pelaku, dan bahwa TPPO tidak boleh diselesaikan secara kekeluargaan.",
                        "text_en": "Explain that Nadia is a child victim, not an offender, and that trafficking must not be settled amicably.",
                        "feedback": (
                            "Tepat. Pemalsuan umur adalah cara yang dipakai perekrut. Pasal 18 UU 21/2007 "
                            "menyatakan korban yang melakukan tindak pidana karena dipaksa pelaku TPPO "
                            "tidak dipidana; penilaiannya tugas APH. TPPO diancam penjara 3–15 tahun "
                            "(Pasal 2 ayat (1)), ditambah sepertiga bila korbannya anak (Pasal 17)."
                        ),
                        "feedback_en": (
                            "Right. The falsified age is a means the recruiter used. Law 21/2007 Article "
                            "18 says a victim who commits an offence because the trafficker forced them "
                            "is not punished; law enforcement makes that call. Trafficking carries 3–15 "
                            "years (Article 2(1)), plus one third when the victim is a child (Article 17)."
                        ),
                        "next": "kabar",
                    },
                    {
                        "text": "Mendukung penyelesaian kekeluargaan agar keluarga Nadia tidak repot.",
                        "text_en": "Back an amicable settlement to spare Nadia's family the trouble.",
                        "feedback": (
                            "Keliru. TPPO adalah tindak pidana (Pasal 2 ayat (1) UU 21/2007), bukan "
                            "sengketa keluarga. Penyelesaian seperti ini membiarkan perekrut lolos dan "
                            "bebas mencari anak lain."
                        ),
                        "feedback_en": (
                            "Wrong. Trafficking is a crime (Law 21/2007 Article 2(1)), not a family "
                            "dispute. Settling it this way lets the recruiter off and free to target "
                            "other children."
                        ),
                        "next": "akhir-buruk",
                    },
                    {
                        "text": "Setuju melaporkan Nadia karena dokumen palsu, supaya ia jera.",
                        "text_en": "Agree to report Nadia for the false papers, to teach her a lesson.",
                        "feedback": (
                            "Keliru. Nadia adalah anak korban. Pemalsuan umur termasuk unsur cara yang "
                            "dipakai perekrut (Pasal 1 angka 1 UU 21/2007), dan prinsip non-pemidanaan "
                            "dalam Pasal 18 melindungi korban yang dipaksa pelaku. Memperlakukannya sebagai "
                            "pelaku membuat korban lain takut meminta tolong."
                        ),
                        "feedback_en": (
                            "Wrong. Nadia is a child victim. Falsifying her age is one of the means the "
                            "recruiter used (Law 21/2007 Article 1 point 1), and the non-punishment "
                            "principle in Article 18 protects victims forced by traffickers. Treating her "
                            "as an offender makes other victims afraid to ask for help."
                        ),
                        "next": "akhir-buruk",
                    },
                ],
            },
            {
                "key": "kabar",
                "narrative": (
                    "Di grup WhatsApp guru, rekan-rekan menanyakan kabar Nadia. Seorang guru mengusulkan "
                    "kisahnya diunggah ke Instagram sekolah, lengkap dengan foto Nadia yang diburamkan dan "
                    "nama kelasnya, sebagai peringatan bagi murid lain."
                ),
                "narrative_en": (
                    "In the teachers' WhatsApp group, colleagues ask about Nadia. One teacher suggests "
                    "posting her story on the school's Instagram, with a blurred photo of Nadia and her "
                    "class name, as a warning to other pupils."
                ),
                "choices": [
                    {
                        "text": "Tidak membagikan rincian apa pun tentang Nadia, menolak unggahan itu, dan mengusulkan sesi kelas tentang lowongan di media sosial tanpa menyebut siapa pun.",
                        "text_en": "Share no details about Nadia, turn down the post, and propose a class session on social-media job ads without naming anyone.",
                        "feedback": (
                            "Tepat. Pasal 44 UU 21/2007 melindungi kerahasiaan identitas korban: tanpa nama, "
                            "foto, alamat, atau petunjuk lain di grup warga dan media sosial. Pesan "
                            "pencegahan tetap tersampaikan secara umum, sejalan dengan langkah penyebaran "
                            "informasi dalam Permen PPPA 2/2024."
                        ),
                        "feedback_en": (
                            "Right. Law 21/2007 Article 44 protects the confidentiality of a victim's "
                            "identity: no names, photos, addresses or other clues in residents' groups or "
                            "on social media. The prevention message still goes out in general terms, in "
                            "line with the information-sharing action in Regulation PPPA 2/2024."
                        ),
                        "next": "akhir-terbaik",
                    },
                    {
                        "text": "Menyetujui unggahan itu, karena fotonya sudah diburamkan.",
                        "text_en": "Agree to the post, since the photo is blurred.",
                        "feedback": (
                            "Kurang tepat. Foto buram ditambah nama kelas tetap membuat Nadia mudah "
                            "dikenali di desa dan sekolahnya. Pasal 44 UU 21/2007 mewajibkan identitas "
                            "korban dirahasiakan."
                        ),
                        "feedback_en": (
                            "Not quite. A blurred photo plus her class name still makes Nadia easy to "
                            "recognise in her village and school. Law 21/2007 Article 44 requires the "
                            "victim's identity to be kept confidential."
                        ),
                        "next": "akhir-cukup",
                    },
                ],
            },
        ],
        "endings": [
            {
                "key": "akhir-terbaik",
                "text": (
                    "Nadia aman dan didampingi UPTD PPA, kasus Kak Vera ditangani polisi, dan murid lain "
                    "belajar mengenali lowongan palsu tanpa ada yang tahu kisah Nadia."
                ),
                "text_en": (
                    "Nadia is safe and supported by the UPTD PPA, the police are handling Kak Vera's "
                    "case, and other pupils learn to spot fake job ads without anyone knowing Nadia's "
                    "story."
                ),
                "score": 100,
            },
            {
                "key": "akhir-cukup",
                "text": (
                    "Nadia selamat dan kasusnya ditangani, tetapi teman-temannya mengenali dirinya dari "
                    "unggahan sekolah. Ia mulai enggan masuk sekolah."
                ),
                "text_en": (
                    "Nadia is safe and the case is being handled, but classmates recognise her from the "
                    "school's post. She starts avoiding school."
                ),
                "score": 50,
            },
            {
                "key": "akhir-berisiko",
                "text": (
                    "Kak Vera curiga, menghapus akunnya, dan memajukan jadwal keberangkatan. Nadia baru "
                    "tertahan setelah laporan menyusul, dan jejak perekrut sulit dilacak."
                ),
                "text_en": (
                    "Kak Vera grows suspicious, deletes the account and brings the departure forward. "
                    "Nadia is stopped only after a late report, and the recruiter's trail is hard to "
                    "follow."
                ),
                "score": 20,
            },
            {
                "key": "akhir-buruk",
                "text": (
                    "Nadia tidak dilindungi sebagai anak korban, dan perekrut tidak dimintai "
                    "pertanggungjawaban. Anak-anak lain di desa tetap berisiko."
                ),
                "text_en": (
                    "Nadia is not protected as a child victim, and the recruiter is not held to account. "
                    "Other children in the village remain at risk."
                ),
                "score": 0,
            },
        ],
    },
]

QUIZZES = [
    {
        "course": COURSE_SLUG,
        "slug": "kuis-akhir-pencegahan-berbasis-masyarakat",
        "title": "Kuis Akhir: Pencegahan dan Penanganan Berbasis Masyarakat",
        "title_en": "Final Quiz: Community-Based Prevention and Handling",
        "intro": (
            "Kuis ini menguji kemampuan Anda mengenali tanda TPPO, mencegahnya dari desa, melapor dan "
            "merujuk dengan aman, serta mendampingi penyintas. Tiga soal berupa kasus bercabang: setiap "
            "pilihan membawa Anda ke langkah berikutnya. Nilai lulus 70%."
        ),
        "intro_en": (
            "This quiz checks that you can recognise signs of trafficking, prevent it from the village, "
            "report and refer safely, and support survivors. Three questions are branching cases: each "
            "choice leads to the next step. The pass mark is 70%."
        ),
        "mode": "final",
        "pass_mark": 70,
        "questions": QUESTIONS,
    },
]
