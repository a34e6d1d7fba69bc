"""Demo final quiz for the course "SOP Pelayanan Terpadu bagi Saksi dan/atau Korban TPPO (Permen PPPA 8/2021)"
(courses/demo/course_sop_8_2021.py). Format: see __init__.py.

Written from ../shared/content/brief.md (sections 1.1, 1.2, 1.3, 1.5, 2 and scenario sketches S1, S9, S10) and
the course lessons, in our own words; every question tests a point a lesson teaches and names that lesson. Items
the brief marks ✘ or ◐ are left out: the unverified consent article and substitute detention are not cited, no
service-time standard from the SOP annex is given, and who "typically" handles a stage appears only where a
lesson states it, always as common practice ("lazimnya"), never as law. Permen PPPA 8/2021, PP 9/2008, Permen
PPPA 4/2018, Permen PPPA 2/2024 and Perma 1/2022 are cited without article numbers, as the lessons do. All names
are fictional.
"""

COURSE = "sop-pelayanan-terpadu-permen-8-2021"

# Lesson slugs (courses/demo/course_sop_8_2021.py).
L_TPPO = "apa-itu-tppo-menurut-uu-21-2007"
L_PPT = "pelayanan-terpadu-ppt-uptd-ppa-dan-hak-korban"
L_PENGADUAN = "tahap-1-pengaduan-dan-identifikasi"
L_KESEHATAN = "tahap-2-rehabilitasi-kesehatan"
L_SOSIAL = "tahap-3-rehabilitasi-sosial"
L_HUKUM = "tahap-4-layanan-hukum-dan-restitusi"
L_PEMULANGAN = "tahap-5-pemulangan"
L_REINTEGRASI = "tahap-6-reintegrasi-sosial"
L_KOORDINASI = "koordinasi-dan-rujukan-antarinstansi"

# --- Scenario 1 (brief S1): a returning migrant worker at a UPTD PPA --------------------------------------

S1_TERIMA = {
    "key": "s1_terima",
    "narrative": (
        "Wulan (35) diantar petugas pelabuhan ke UPTD PPA tempat Anda bertugas, sehari setelah dideportasi "
        "dari Malaysia. Ia bercerita singkat: sepuluh bulan bekerja di rumah seorang majikan, upahnya tidak "
        "pernah dibayar, dan paspornya dipegang majikan sejak hari pertama. Ia tampak letih dan berkata "
        "hanya ingin pulang ke kampung. Rekan Anda berbisik, “Ini TKI ilegal, serahkan saja ke imigrasi.”"
    ),
    "narrative_en": (
        "Port staff bring Wulan (35) to the UPTD PPA where you work, a day after she was deported from "
        "Malaysia. She explains briefly: ten months working in an employer's home, wages never paid, and "
        "her passport held by the employer from the first day. She looks exhausted and says she only wants "
        "to go home to her village. Your colleague whispers: “She's an illegal migrant, just hand her to "
        "immigration.”"
    ),
    "choices": [
        {
            "text": "Catat Wulan sebagai pekerja migran ilegal dan serahkan ke kantor imigrasi.",
            "text_en": "Record Wulan as an illegal migrant worker and hand her to the immigration office.",
            "feedback": (
                "Keliru dan merugikan. Upah yang tidak dibayar dan paspor yang ditahan adalah tanda TPPO "
                "yang harus diperiksa pada tahap pengaduan dan identifikasi, bukan alasan menggolongkannya "
                "sebagai pelanggar. Unsur cara dan tujuan eksploitasi perlu ditelusuri (UU 21/2007 Pasal 1 "
                "angka 1), dan korban yang melanggar aturan karena dipaksa pelaku tidak dipidana (Pasal 18)."
            ),
            "feedback_en": (
                "Wrong and harmful. Unpaid wages and a confiscated passport are signs of trafficking to be "
                "checked at the complaint and identification stage, not grounds to treat her as an "
                "offender. The means and exploitative purpose need to be explored (Law 21/2007 Art. 1 "
                "point 1), and a victim who breaks a rule because the trafficker forced her is not "
                "punished (Art. 18)."
            ),
            "next": "e_s1_gagal",
        },
        {
            "text": (
                "Ajak Wulan ke ruang tertutup, tawarkan petugas perempuan atau laki-laki sesuai pilihannya, "
                "jelaskan siapa Anda, apa yang dicatat dan untuk apa, dan bahwa ia boleh menolak atau "
                "berhenti kapan saja."
            ),
            "text_en": (
                "Take Wulan to a private room, offer a female or male officer as she prefers, explain who "
                "you are, what will be recorded and why, and that she may refuse or stop at any time."
            ),
            "feedback": (
                "Tepat. Tahap pertama SOP Permen PPPA 8/2021 adalah pengaduan dan identifikasi, dan "
                "pertemuan pertama sering menentukan apakah korban mau kembali. Ruang tertutup, pilihan "
                "petugas, dan penjelasan yang jujur mewujudkan layanan yang aman, nyaman, dan rahasia "
                "seperti dituntut PP 9/2008, sehingga persetujuan Wulan benar-benar ia pahami."
            ),
            "feedback_en": (
                "Right. The first stage of the Regulation PPPA 8/2021 SOP is complaint and identification, "
                "and the first meeting often decides whether a victim comes back. A private room, a choice "
                "of officer and an honest explanation deliver the safe, comfortable and confidential service "
                "that Government Regulation 9/2008 requires, so Wulan's consent is truly informed."
            ),
            "next": "s1_kebutuhan",
        },
        {
            "text": "Katakan bahwa layanan baru bisa diberikan setelah ia menandatangani laporan polisi.",
            "text_en": "Tell her that services can only start once she has signed a police report.",
            "feedback": (
                "Keliru. UU 21/2007 Pasal 51 ayat (2) tidak mensyaratkan korban melapor sendiri: kasus "
                "boleh dilaporkan ke polisi oleh pihak lain, dan permohonan layanan dapat diajukan keluarga, "
                "teman, polisi, relawan pendamping, atau pekerja sosial. Menjadikan laporan sebagai syarat "
                "membuat korban yang takut pergi tanpa bantuan."
            ),
            "feedback_en": (
                "Wrong. Law 21/2007 Art. 51(2) does not require the victim to report herself: someone else "
                "may report the case to the police, and the request for services can come from family, a "
                "friend, the police, a volunteer companion or a social worker. Making a report a condition "
                "drives frightened victims away without help."
            ),
            "next": "e_s1_gagal",
        },
        {
            "text": "Beri Wulan ongkos bus supaya ia bisa langsung pulang hari ini.",
            "text_en": "Give Wulan the bus fare so she can go home today.",
            "feedback": (
                "Niatnya baik, tetapi tahap identifikasi terlewat. Tanda TPPO tidak tercatat, kebutuhan "
                "kesehatannya tidak diketahui, dan haknya atas rehabilitasi, pemulangan, dan reintegrasi "
                "sosial (UU 21/2007 Pasal 51 ayat (1)) tidak pernah ditawarkan. Ia bisa pulang langsung ke "
                "lingkungan tempat ia direkrut."
            ),
            "feedback_en": (
                "Well meant, but the identification stage is skipped. The signs of trafficking go "
                "unrecorded, her health needs are unknown, and her right to rehabilitation, repatriation "
                "and social reintegration (Law 21/2007 Art. 51(1)) is never offered. She may go straight "
                "back to the place where she was recruited."
            ),
            "next": "e_s1_gagal",
        },
    ],
}

S1_KEBUTUHAN = {
    "key": "s1_kebutuhan",
    "narrative": (
        "Di ruang tertutup, dengan petugas perempuan yang ia pilih, Wulan bercerita lebih banyak. Ia "
        "direkrut sponsor dari desanya, ongkos keberangkatan katanya dipotong dari upah yang tak pernah "
        "dibayar, ada luka bakar di tangannya yang belum sembuh, dan ia sulit tidur. Ia takut melapor ke "
        "polisi karena sponsornya masih tinggal di desa itu. Apa langkah Anda berikutnya?"
    ),
    "narrative_en": (
        "In a private room, with the female officer she chose, Wulan tells you more. A sponsor from her "
        "village recruited her, her travel costs were supposedly deducted from wages that were never paid, "
        "she has a burn on her hand that has not healed, and she cannot sleep. She is afraid to report to "
        "the police because the sponsor still lives in her village. What do you do next?"
    ),
    "choices": [
        {
            "text": (
                "Jelaskan hak dan pilihan layanannya (pemeriksaan kesehatan, tempat aman, pemulangan, "
                "perlindungan LPSK, laporan polisi, restitusi) sebagai pilihan, bukan syarat; dengan "
                "persetujuannya, ajukan permohonan layanan kesehatan hari ini dan catat tanggalnya."
            ),
            "text_en": (
                "Explain her rights and service options (health check, a safe place, repatriation, LPSK "
                "protection, a police report, restitution) as choices, not conditions; with her consent, "
                "file a request for health services today and record the date."
            ),
            "feedback": (
                "Tepat. Korban yang menderita fisik atau psikis berhak atas rehabilitasi kesehatan dan "
                "sosial, pemulangan, dan reintegrasi (UU 21/2007 Pasal 51 ayat (1)), paling lambat 7 hari "
                "sejak permohonan (Pasal 52), jadi tanggal permohonan dicatat. Laporan polisi dapat dibuat "
                "pihak lain tanpa menunggu Wulan siap (Pasal 51 ayat (2)). Karena ia takut pada sponsornya, "
                "identitasnya dirahasiakan (Pasal 44) dan perlindungan LPSK dapat ditawarkan (Pasal 43)."
            ),
            "feedback_en": (
                "Right. A victim who suffers physical or psychological harm is entitled to health and "
                "social rehabilitation, repatriation and reintegration (Law 21/2007 Art. 51(1)) within 7 "
                "days of the request (Art. 52), so the request date is recorded. Someone else can file the "
                "police report without waiting until Wulan is ready (Art. 51(2)). Because she fears the "
                "sponsor, her identity is kept confidential (Art. 44) and LPSK protection can be offered "
                "(Art. 43)."
            ),
            "next": "s1_pulang",
        },
        {
            "text": (
                "Bawa Wulan ke kantor polisi hari ini juga untuk diperiksa selagi ingatannya segar; "
                "pemeriksaan kesehatan bisa menyusul."
            ),
            "text_en": (
                "Take Wulan to the police station today to be questioned while her memory is fresh; the "
                "health check can come later."
            ),
            "feedback": (
                "Sebagian benar: perkaranya memang perlu dilaporkan. Tetapi kebutuhan berkas didahulukan "
                "atas luka dan kondisi psikis Wulan, dan ia belum setuju. Luka dan sulit tidur adalah "
                "kebutuhan rehabilitasi kesehatan yang menjadi haknya (UU 21/2007 Pasal 51 ayat (1)). "
                "Laporan dapat dibuat pihak lain (Pasal 51 ayat (2)); bila kelak Wulan siap memberi "
                "keterangan, ia berhak didampingi (Pasal 35) dan diperiksa di RPK (Pasal 45)."
            ),
            "feedback_en": (
                "Partly right: the case does need to be reported. But the file is put before Wulan's "
                "injury and mental state, and she has not agreed. The burn and sleeplessness are health "
                "rehabilitation needs she is entitled to have met (Law 21/2007 Art. 51(1)). Someone else "
                "can file the report (Art. 51(2)); when Wulan is ready to give a statement she has the "
                "right to a companion (Art. 35) and to be examined in a special service room (Art. 45)."
            ),
            "next": "e_s1_sebagian",
        },
        {
            "text": (
                "Sampaikan bahwa tanpa keterangannya di kepolisian kasus tidak bisa diproses, jadi UPTD "
                "PPA hanya bisa membantu ongkos pulang."
            ),
            "text_en": (
                "Tell her that without her statement to the police the case cannot proceed, so the UPTD "
                "PPA can only help with her fare home."
            ),
            "feedback": (
                "Keliru. Ini membuat layanan bergantung pada kesaksian korban, kesalahan yang dicegah UU "
                "21/2007 Pasal 51 ayat (2): laporan boleh dibuat pihak lain, dan permohonan layanan boleh "
                "diajukan pekerja sosial atau pendamping. Hak Wulan atas rehabilitasi kesehatan dan sosial "
                "(Pasal 51 ayat (1)) tidak bergantung pada kesediaannya bersaksi."
            ),
            "feedback_en": (
                "Wrong. This makes services depend on the victim's testimony, the mistake Law 21/2007 Art. "
                "51(2) prevents: someone else may file the report, and a social worker or companion may "
                "request services. Wulan's right to health and social rehabilitation (Art. 51(1)) does not "
                "depend on her willingness to testify."
            ),
            "next": "e_s1_gagal",
        },
    ],
}

S1_PULANG = {
    "key": "s1_pulang",
    "narrative": (
        "Lukanya sudah dirawat dan Wulan mulai bisa tidur. Beberapa hari kemudian ia tetap ingin pulang ke "
        "desanya, tempat sponsornya juga tinggal. Seorang rekan menyarankan kasusnya ditutup saja begitu "
        "Wulan naik bus. Apa yang Anda lakukan?"
    ),
    "narrative_en": (
        "Her burn has been treated and Wulan is starting to sleep. A few days later she still wants to go "
        "home to her village, where the sponsor also lives. A colleague suggests closing the case as soon "
        "as Wulan boards the bus. What do you do?"
    ),
    "choices": [
        {
            "text": (
                "Susun rencana pemulangan bersama Wulan: tanyakan siapa yang aman ditemui, nilai risiko "
                "dari sponsor, teruskan ringkasan kasus dengan izinnya ke Dinas Sosial dan UPTD PPA daerah "
                "asal, dan catat kontak amannya untuk keperluan perkara."
            ),
            "text_en": (
                "Plan the return with Wulan: ask whom it is safe to see, assess the risk from the sponsor, "
                "pass a case summary with her permission to the social affairs office and UPTD PPA in her "
                "home area, and record a safe contact for the case."
            ),
            "feedback": (
                "Tepat. Pemulangan dan reintegrasi sosial adalah hak korban (UU 21/2007 Pasal 51 ayat (1)) "
                "dan tahap kelima serta keenam SOP; pemulangan yang baik adalah serah terima yang aman, "
                "bukan sekadar tiket. Kontak aman menjaga kaitan dengan perkara, karena keterangannya "
                "kelak dapat diberikan lewat sarana audio-visual (Pasal 34). Ringkasan kasus dibagikan "
                "seperlunya dengan izinnya, karena identitas korban wajib dirahasiakan (Pasal 44)."
            ),
            "feedback_en": (
                "Right. Repatriation and social reintegration are the victim's rights (Law 21/2007 Art. "
                "51(1)) and the fifth and sixth SOP stages; a good return is a safe handover, not just a "
                "ticket. A safe contact keeps her linked to the case, since she can later testify by "
                "audio-visual link (Art. 34). The case summary is shared only as needed and with her "
                "permission, because a victim's identity must be kept confidential (Art. 44)."
            ),
            "next": "e_s1_terbaik",
        },
        {
            "text": "Belikan tiket bus, ucapkan selamat jalan, dan tutup kasusnya.",
            "text_en": "Buy her a bus ticket, wish her well and close the case.",
            "feedback": (
                "Sebagian benar: keinginan Wulan untuk pulang memang dihormati. Tetapi tanpa penilaian "
                "risiko dan serah terima ke daerah asal, ia kembali ke lingkungan sponsornya tanpa "
                "dukungan, padahal reintegrasi sosial juga haknya (UU 21/2007 Pasal 51 ayat (1)). Kasus "
                "ditutup setelah rencana reintegrasi dan tindak lanjutnya disepakati, bukan saat bus "
                "berangkat."
            ),
            "feedback_en": (
                "Partly right: Wulan's wish to go home is respected. But without a risk assessment and a "
                "handover to her home area, she returns to the sponsor's community with no support, "
                "although social reintegration is also her right (Law 21/2007 Art. 51(1)). A case is "
                "closed once a reintegration plan and follow-up are agreed, not when the bus leaves."
            ),
            "next": "e_s1_sebagian",
        },
        {
            "text": (
                "Tahan Wulan di rumah aman sampai ia bersedia bersaksi, dan simpan teleponnya supaya "
                "sponsor tidak bisa menghubunginya."
            ),
            "text_en": (
                "Keep Wulan in the shelter until she agrees to testify, and hold on to her phone so the "
                "sponsor cannot reach her."
            ),
            "feedback": (
                "Keliru dan berbahaya. Rumah perlindungan yang diminta UU 21/2007 Pasal 52 ada untuk "
                "melindungi, bukan menahan; menyita telepon dan mengurung korban mengulang kendali pelaku. "
                "Tinggal di rumah aman bersifat sukarela, dan layanan tidak boleh disyaratkan pada "
                "kesaksian korban (Pasal 51 ayat (2))."
            ),
            "feedback_en": (
                "Wrong and dangerous. The protection homes required by Law 21/2007 Art. 52 exist to "
                "protect, not to detain; taking her phone and locking her in repeats the trafficker's "
                "control. A stay in a shelter is voluntary, and services must not depend on the victim's "
                "testimony (Art. 51(2))."
            ),
            "next": "e_s1_gagal",
        },
    ],
}

# --- Scenario 2 (brief S9): restitution nobody has explained ----------------------------------------------

S9_AWAL = {
    "key": "s9_awal",
    "narrative": (
        "Rahmat (29) bekerja sebelas bulan di sebuah pabrik pengolahan ikan tanpa upah, padahal ia direkrut "
        "dengan janji gaji Rp4 juta sebulan. Anda pendampingnya dari UPTD PPA. Penyidik mengabarkan berkas "
        "akan dikirim ke jaksa minggu depan. Saat Anda menyebut kata “restitusi”, Rahmat bingung: belum ada "
        "yang pernah menjelaskannya. Rekan Anda berkata, “Biar hakim saja yang memikirkan nanti.”"
    ),
    "narrative_en": (
        "Rahmat (29) worked eleven months at a fish-processing plant without pay, although he was recruited "
        "with a promised wage of Rp4 million a month. You are his companion from the UPTD PPA. The "
        "investigator says the file goes to the prosecutor next week. When you mention “restitution”, "
        "Rahmat is puzzled: nobody has ever explained it. Your colleague says, “Let the judge think about "
        "that later.”"
    ),
    "choices": [
        {
            "text": "Tunggu putusan; kalau hakim menilainya perlu, restitusi akan muncul dengan sendirinya.",
            "text_en": "Wait for the verdict; if the judge thinks it right, restitution will follow by itself.",
            "feedback": (
                "Kurang tepat. Menunggu berarti berharap kerugian Rahmat diperhitungkan tanpa bukti yang "
                "lengkap, padahal kerugian paling mudah dibuktikan bila dikumpulkan sebelum berkas "
                "dilimpahkan. Restitusi adalah hak korban TPPO (UU 21/2007 Pasal 48), dapat diajukan "
                "melalui LPSK (UU 31/2014 Pasal 7A), dan tata caranya diatur Perma 1/2022."
            ),
            "feedback_en": (
                "Not quite. Waiting means hoping Rahmat's losses are counted without full evidence, while "
                "losses are easiest to prove when gathered before the file is handed over. Restitution is "
                "a trafficking victim's right (Law 21/2007 Art. 48), can be claimed through LPSK (Law "
                "31/2014 Art. 7A), and its procedure is set by Supreme Court Regulation 1/2022."
            ),
            "next": "s9_terlambat",
        },
        {
            "text": (
                "Hari ini juga jelaskan dengan bahasa sederhana apa itu restitusi, kerugian apa saja yang "
                "bisa dimintakan, dan bahwa ia dapat mengajukannya melalui LPSK; tanyakan apakah ia ingin "
                "mengajukannya."
            ),
            "text_en": (
                "Today, explain in plain words what restitution is, which losses can be claimed and that "
                "he can apply through LPSK; ask whether he wants to apply."
            ),
            "feedback": (
                "Tepat. Korban perlu tahu haknya sebelum terlambat. Restitusi menurut UU 21/2007 Pasal 48 "
                "mencakup kehilangan harta atau penghasilan, penderitaan, biaya perawatan medis atau "
                "psikologis, dan kerugian lain. Korban TPPO dapat mengajukannya melalui LPSK (UU 31/2014 "
                "Pasal 7A), dengan tata cara dalam Perma 1/2022. Keputusannya tetap di tangan Rahmat."
            ),
            "feedback_en": (
                "Right. A victim needs to know his rights before it is too late. Restitution under Law "
                "21/2007 Art. 48 can make good lost income or property, the suffering endured, the cost of "
                "medical or psychological care, and other losses. Trafficking victims can claim it through LPSK (Law 31/2014 Art. 7A), "
                "following Supreme Court Regulation 1/2022. The decision stays with Rahmat."
            ),
            "next": "s9_hitung",
        },
        {
            "text": "Sarankan ia menggugat secara perdata sendiri setelah perkara pidananya selesai.",
            "text_en": "Advise him to bring a civil suit himself once the criminal case is over.",
            "feedback": (
                "Kurang tepat. Gugatan perdata memakan biaya dan waktu, dan bebannya ditanggung korban "
                "sendiri. Jalur restitusi sudah tersedia bagi korban TPPO (UU 21/2007 Pasal 48), dapat "
                "ditempuh melalui LPSK (UU 31/2014 Pasal 7A) dan diperiksa bersama perkara pidananya "
                "menurut Perma 1/2022. Rahmat perlu mendengar jalur ini sekarang."
            ),
            "feedback_en": (
                "Not quite. A civil suit costs money and time, and the victim carries it alone. Trafficking "
                "victims already have the restitution route (Law 21/2007 Art. 48), which can go through "
                "LPSK (Law 31/2014 Art. 7A) and be examined with the criminal case under Supreme Court "
                "Regulation 1/2022. Rahmat needs to hear about it now."
            ),
            "next": "s9_terlambat",
        },
        {
            "text": (
                "Hubungi keluarga perekrut dan rundingkan pembayaran damai supaya Rahmat cepat menerima uang."
            ),
            "text_en": (
                "Contact the recruiter's family and negotiate a settlement so Rahmat gets money quickly."
            ),
            "feedback": (
                "Keliru. Petugas tidak menjadi perantara pembayaran pribadi. “Uang damai” membuat korban "
                "rentan ditekan mencabut keterangan dan kerugiannya tidak tercatat dalam putusan. TPPO "
                "adalah tindak pidana yang diancam penjara (UU 21/2007 Pasal 2 ayat (1)), bukan sengketa "
                "yang didamaikan; jalur yang sah adalah restitusi (Pasal 48; Perma 1/2022)."
            ),
            "feedback_en": (
                "Wrong. Officers do not broker private payments. “Peace money” leaves the victim open to "
                "pressure to withdraw his statement, and his losses never appear in the verdict. "
                "Trafficking is a crime punishable by prison (Law 21/2007 Art. 2(1)), not a dispute to be "
                "settled; the lawful route is restitution (Art. 48; Supreme Court Regulation 1/2022)."
            ),
            "next": "e_s9_gagal",
        },
    ],
}

S9_HITUNG = {
    "key": "s9_hitung",
    "narrative": (
        "Rahmat ingin mengajukan restitusi. Ia menyimpan pesan WhatsApp berisi janji gaji, kuitansi berobat "
        "dari klinik, dan catatan bahwa agen memungut Rp3 juta sebagai “ongkos berangkat”. Ia juga sering "
        "mimpi buruk. Sehari kemudian seorang kerabat perekrut menawarinya Rp2,5 juta asal ia pulang "
        "kampung dan tidak datang ke persidangan."
    ),
    "narrative_en": (
        "Rahmat wants to claim restitution. He has kept WhatsApp messages with the promised wage, clinic "
        "receipts, and a note that the agent charged him Rp3 million in “departure costs”. He also has "
        "frequent nightmares. A day later a relative of the recruiter offers him Rp2.5 million if he goes "
        "back to his village and stays away from the trial."
    ),
    "choices": [
        {
            "text": (
                "Bersama LPSK hitung seluruh kerugian: upah yang dijanjikan selama sebelas bulan, biaya "
                "berobat, penderitaan (dengan catatan psikolog), dan pungutan agen; ajukan permohonan "
                "melalui LPSK selagi perkara berjalan; laporkan tawaran uang itu kepada penyidik dan "
                "pertimbangkan perlindungan LPSK."
            ),
            "text_en": (
                "With LPSK, add up every loss: eleven months of promised wages, medical costs, suffering "
                "(with a psychologist's notes) and the agent's charge; apply through LPSK while the case "
                "is under way; report the cash offer to the investigator and consider LPSK protection."
            ),
            "feedback": (
                "Tepat. Keempat komponen UU 21/2007 Pasal 48 terwakili: kehilangan penghasilan, biaya "
                "medis dan psikologis, penderitaan, dan kerugian lain (pungutan agen). Pengajuan melalui "
                "LPSK didasarkan pada UU 31/2014 Pasal 7A dan Perma 1/2022, dan lebih aman dilakukan "
                "selama perkara berjalan. Tawaran uang agar ia menjauhi sidang adalah tekanan terhadap "
                "saksi: laporkan, dan karena UU perlindungan saksi dan korban berlaku dalam perkara TPPO "
                "(UU 21/2007 Pasal 43), LPSK dapat melindunginya."
            ),
            "feedback_en": (
                "Right. All four components of Law 21/2007 Art. 48 are covered: lost income, medical and "
                "psychological costs, suffering, and other losses (the agent's charge). Applying through "
                "LPSK rests on Law 31/2014 Art. 7A and Supreme Court Regulation 1/2022, and is safer while "
                "the case is under way. Money offered to keep him away from the trial is pressure on a "
                "witness: report it. Trafficking cases also fall under the witness and victim protection "
                "statute (Law 21/2007 Art. 43), so LPSK can protect him."
            ),
            "next": "e_s9_penuh",
        },
        {
            "text": (
                "Ajukan hanya biaya berobat karena hanya itu yang ada kuitansinya, dan abaikan saja "
                "tawaran uang itu."
            ),
            "text_en": (
                "Claim only the medical costs, since only those have receipts, and simply ignore the cash "
                "offer."
            ),
            "feedback": (
                "Sebagian benar: mengajukan restitusi lebih baik daripada tidak sama sekali. Tetapi UU "
                "21/2007 Pasal 48 juga mencakup kehilangan penghasilan, penderitaan, dan kerugian lain; "
                "pesan berisi janji gaji dan catatan pungutan agen adalah bukti yang dapat dipakai. Tawaran "
                "uang itu tekanan terhadap saksi yang perlu dilaporkan kepada penyidik, dan perlindungan "
                "LPSK dapat diminta (Pasal 43)."
            ),
            "feedback_en": (
                "Partly right: claiming restitution is better than not claiming at all. But Law 21/2007 "
                "Art. 48 also covers lost income, suffering and other losses; the messages with the "
                "promised wage and the note of the agent's charge are usable evidence. The cash offer is "
                "pressure on a witness that should be reported to the investigator, and LPSK protection "
                "can be requested (Art. 43)."
            ),
            "next": "e_s9_sebagian",
        },
        {
            "text": (
                "Sarankan Rahmat menerima Rp2,5 juta itu, karena uang yang pasti lebih baik daripada "
                "restitusi yang belum tentu."
            ),
            "text_en": (
                "Advise Rahmat to take the Rp2.5 million, since certain money beats restitution that may "
                "never come."
            ),
            "feedback": (
                "Keliru. Menyarankan korban menerima uang dari pihak pelaku sama dengan menjadi perantara "
                "“uang damai”: Rahmat melepas sebagian besar haknya menurut UU 21/2007 Pasal 48, dan "
                "keterangannya sebagai saksi bisa hilang. TPPO diancam pidana penjara (Pasal 2 ayat (1)) "
                "dan tidak diselesaikan dengan pembayaran pribadi; tekanan itu dilaporkan dan perlindungan "
                "LPSK dipertimbangkan (Pasal 43)."
            ),
            "feedback_en": (
                "Wrong. Advising a victim to take money from the offender's side is brokering “peace "
                "money”: Rahmat gives up most of his rights under Law 21/2007 Art. 48, and his evidence as "
                "a witness may be lost. Trafficking is punishable by prison (Art. 2(1)) and is not settled "
                "by private payment; the pressure is reported and LPSK protection considered (Art. 43)."
            ),
            "next": "e_s9_gagal",
        },
    ],
}

S9_TERLAMBAT = {
    "key": "s9_terlambat",
    "narrative": (
        "Beberapa bulan kemudian putusan pidananya berkekuatan hukum tetap tanpa amar restitusi. Rahmat "
        "baru mengetahui putusan itu dari telepon Anda hari ini dan bertanya apakah masih ada yang bisa "
        "dilakukan."
    ),
    "narrative_en": (
        "Some months later the criminal judgment becomes final with no restitution order. Rahmat learns "
        "of the judgment from your phone call today and asks whether anything can still be done."
    ),
    "choices": [
        {
            "text": (
                "Jelaskan bahwa permohonan restitusi masih dapat diajukan paling lama 90 hari sejak ia "
                "mengetahui putusan, langsung ke pengadilan atau melalui LPSK, lalu bantu ia menyiapkan "
                "bukti kerugiannya minggu ini."
            ),
            "text_en": (
                "Explain that a restitution claim can still be filed within 90 days of his learning of the "
                "judgment, directly with the court or through LPSK, and help him prepare evidence of his "
                "losses this week."
            ),
            "feedback": (
                "Tepat untuk keadaan ini. Perma 1/2022 membuka permohonan restitusi setelah putusan "
                "berkekuatan hukum tetap, paling lama 90 hari sejak pemohon mengetahui putusan, langsung "
                "ke pengadilan atau melalui LPSK (lihat juga UU 31/2014 Pasal 7A). Namun waktu yang sempit "
                "dan bukti yang tercecer membuat jalan ini lebih sulit daripada mengajukannya selagi "
                "perkara berjalan."
            ),
            "feedback_en": (
                "Right for this situation. Supreme Court Regulation 1/2022 allows a restitution claim after "
                "a final judgment, within 90 days of the applicant learning of it, directly with the court "
                "or through LPSK (see also Law 31/2014 Art. 7A). But the short window and scattered "
                "evidence make this harder than applying while the case is under way."
            ),
            "next": "e_s9_sebagian",
        },
        {
            "text": (
                "Katakan semuanya sudah terlambat; satu-satunya jalan adalah gugatan perdata yang harus ia "
                "urus sendiri."
            ),
            "text_en": (
                "Tell him it is all too late; his only option is a civil suit he must handle himself."
            ),
            "feedback": (
                "Keliru. Menurut Perma 1/2022, permohonan restitusi masih dapat diajukan dalam 90 hari "
                "sejak pemohon mengetahui putusan yang berkekuatan hukum tetap, langsung ke pengadilan "
                "atau melalui LPSK. Informasi yang salah membuat Rahmat kehilangan haknya atas restitusi "
                "(UU 21/2007 Pasal 48)."
            ),
            "feedback_en": (
                "Wrong. Under Supreme Court Regulation 1/2022 a restitution claim can still be filed within "
                "90 days of the applicant learning of the final judgment, directly with the court or "
                "through LPSK. Wrong information costs Rahmat his right to restitution (Law 21/2007 "
                "Art. 48)."
            ),
            "next": "e_s9_gagal",
        },
    ],
}

# --- Scenario 3 (brief S10): health care at a Puskesmas ---------------------------------------------------

S10_AWAL = {
    "key": "s10_awal",
    "narrative": (
        "Anda dokter jaga di sebuah puskesmas. Pendamping UPTD PPA membawa Anjani (24), yang semalam "
        "dibebaskan polisi dari sebuah tempat hiburan. Pelipisnya robek dan lengannya memar. Perawat "
        "mengusulkan langsung mengambil darah untuk tes kehamilan dan infeksi menular seksual (IMS) "
        "“sekalian saja, tidak usah ditanya”, lalu menelepon polisi supaya Anjani diperiksa di ruang "
        "tindakan."
    ),
    "narrative_en": (
        "You are the doctor on duty at a community health centre (puskesmas). A UPTD PPA companion brings "
        "in Anjani (24), freed by the police from an entertainment venue last night. Her temple is cut and "
        "her arm bruised. The nurse proposes drawing blood for pregnancy and sexually transmitted infection "
        "(STI) tests “while we're at it, no need to ask”, then calling the police so they can question "
        "Anjani in the treatment room."
    ),
    "choices": [
        {
            "text": (
                "Rawat lukanya sekarang; jelaskan setiap pemeriksaan, termasuk tes kehamilan dan IMS, dan "
                "minta persetujuannya untuk masing-masing; tawarkan tenaga kesehatan perempuan dan "
                "kehadiran pendamping bila ia mau."
            ),
            "text_en": (
                "Treat the wound now; explain every test, including the pregnancy and STI tests, and ask "
                "her consent for each; offer a female health worker and the companion's presence if she "
                "wishes."
            ),
            "feedback": (
                "Tepat. Luka dirawat tanpa menunggu apa pun: korban yang menderita fisik berhak atas "
                "rehabilitasi kesehatan (UU 21/2007 Pasal 51 ayat (1)). Setiap pemeriksaan dijelaskan dan "
                "disetujui satu per satu, sehingga Anjani kembali memegang kendali atas tubuhnya. Pilihan "
                "tenaga kesehatan dan pendamping membuat layanan aman dan nyaman, seperti dituntut PP "
                "9/2008."
            ),
            "feedback_en": (
                "Right. The wound is treated without waiting for anything: a victim who suffers physical "
                "harm is entitled to health rehabilitation (Law 21/2007 Art. 51(1)). Each test is "
                "explained and agreed one by one, so Anjani regains control over her own body. A choice "
                "of health worker and a companion make the service safe and comfortable, as Government "
                "Regulation 9/2008 requires."
            ),
            "next": "s10_polisi",
        },
        {
            "text": "Ikuti usul perawat: ambil semua sampel sekarang tanpa bertanya, supaya hasilnya cepat.",
            "text_en": "Follow the nurse: take all the samples now without asking, so results come quickly.",
            "feedback": (
                "Kurang tepat. Lukanya memang ditangani, tetapi tes tanpa persetujuan mengulang "
                "pengalaman tubuh yang dikendalikan orang lain dan merusak kepercayaan korban pada "
                "layanan. Setiap pemeriksaan dijelaskan dan disetujui lebih dulu, dan hasilnya "
                "dirahasiakan: layanan terpadu harus aman dan rahasia (PP 9/2008), dan identitas korban "
                "dilindungi (UU 21/2007 Pasal 44)."
            ),
            "feedback_en": (
                "Not quite. The wound is treated, but testing without consent repeats the experience of "
                "a body controlled by others and damages the victim's trust in services. Each test is "
                "explained and agreed first, and results are kept confidential: integrated services must "
                "be safe and confidential (Government Regulation 9/2008), and the victim's identity is "
                "protected (Law 21/2007 Art. 44)."
            ),
            "next": "e_s10_sebagian",
        },
        {
            "text": (
                "Tunda perawatan sampai polisi datang dan selesai memeriksanya, supaya bukti luka tidak "
                "hilang."
            ),
            "text_en": (
                "Hold off treatment until the police arrive and finish questioning her, so the evidence "
                "of injury is not lost."
            ),
            "feedback": (
                "Keliru. Perawatan tidak menunggu laporan atau pemeriksaan polisi; kesehatan korban "
                "didahulukan daripada kebutuhan berkas. UU 21/2007 Pasal 53 menjamin pertolongan pertama "
                "bagi korban dengan trauma atau penyakit yang membahayakan paling lambat 7 hari sejak "
                "permohonan, dan itu batas paling lambat: luka terbuka ditangani hari itu juga."
            ),
            "feedback_en": (
                "Wrong. Treatment does not wait for a police report or interview; the victim's health "
                "comes before the case file. Law 21/2007 Art. 53 guarantees first aid for victims with "
                "dangerous trauma or illness within 7 days of the request, and that is the latest limit: "
                "an open wound is treated the same day."
            ),
            "next": "e_s10_gagal",
        },
        {
            "text": (
                "Suruh Anjani ke rumah sakit tanpa dirawat dulu, karena kasus TPPO bukan urusan puskesmas."
            ),
            "text_en": (
                "Send Anjani to a hospital untreated, because trafficking cases are not the puskesmas's "
                "business."
            ),
            "feedback": (
                "Keliru. Rehabilitasi kesehatan adalah hak korban (UU 21/2007 Pasal 51 ayat (1)) dan tahap "
                "kedua SOP Permen PPPA 8/2021. Fasilitas yang didatangi korban memberi pertolongan yang ia "
                "mampu sebelum merujuk; menolak merawat membiarkan korban pergi dengan luka terbuka dan "
                "bisa membuatnya hilang dari layanan."
            ),
            "feedback_en": (
                "Wrong. Health rehabilitation is the victim's right (Law 21/2007 Art. 51(1)) and the second "
                "stage of the Regulation PPPA 8/2021 SOP. The facility a victim reaches gives the care it "
                "can before referring; refusing leaves her with an open wound and may lose her to services "
                "altogether."
            ),
            "next": "e_s10_gagal",
        },
    ],
}

S10_POLISI = {
    "key": "s10_polisi",
    "narrative": (
        "Anjani setuju lukanya dijahit dan mau menjalani tes kehamilan, tetapi menolak tes IMS untuk saat "
        "ini. Ia belum mau bertemu polisi hari ini. Perawat berkata, “Telepon saja polisinya sekarang dan "
        "kirim semua hasil tesnya, biar kasusnya cepat jalan.”"
    ),
    "narrative_en": (
        "Anjani agrees to stitches and a pregnancy test but declines the STI test for now. She does not "
        "want to meet the police today. The nurse says, “Just call the police now and send them all the "
        "test results, so the case moves fast.”"
    ),
    "choices": [
        {
            "text": (
                "Hormati penolakannya dan tawarkan tes IMS di lain waktu; simpan hasil tes secara rahasia; "
                "jelaskan bahwa laporan polisi dapat dibuat oleh pendampingnya dan perawatannya tidak "
                "bergantung pada laporan itu."
            ),
            "text_en": (
                "Respect her refusal and offer the STI test another time; keep the results confidential; "
                "explain that her companion can make the police report and that her care does not depend "
                "on it."
            ),
            "feedback": (
                "Tepat. Persetujuan berlaku untuk setiap pemeriksaan, jadi penolakan pun dihormati. Hasil "
                "tes dibagikan seperlunya dan dengan izinnya: layanan terpadu bersifat rahasia (PP 9/2008) "
                "dan identitas korban dilindungi (UU 21/2007 Pasal 44). Korban tidak harus melapor sendiri; "
                "pihak lain, termasuk pendamping, dapat melaporkan kasus, dan layanan pemulihan tetap "
                "berjalan (Pasal 51 ayat (2))."
            ),
            "feedback_en": (
                "Right. Consent applies to each examination, so a refusal is respected too. Results are "
                "shared only as needed and with her permission: integrated services are confidential "
                "(Government Regulation 9/2008) and the victim's identity is protected (Law 21/2007 Art. "
                "44). She need not report herself; others, including her companion, can report the case, "
                "and recovery services continue (Art. 51(2))."
            ),
            "next": "s10_lanjut",
        },
        {
            "text": "Biarkan perawat menelepon polisi dan mengirim semua hasil tes, termasuk tes kehamilan.",
            "text_en": "Let the nurse call the police and send all the results, including the pregnancy test.",
            "feedback": (
                "Keliru. Mengirim hasil pemeriksaan yang sangat pribadi tanpa izin melanggar kerahasiaan "
                "layanan terpadu (PP 9/2008) dan membuka informasi tentang korban lebih luas dari yang "
                "perlu (UU 21/2007 Pasal 44). Bila kasus dilaporkan, pendamping dapat melakukannya (Pasal "
                "51 ayat (2)), dan informasi medis dibagikan seperlunya dengan persetujuan korban."
            ),
            "feedback_en": (
                "Wrong. Sending highly personal results without permission breaches the confidentiality "
                "of integrated services (Government Regulation 9/2008) and exposes the victim more widely "
                "than needed (Law 21/2007 Art. 44). If the case is reported, the companion can do it "
                "(Art. 51(2)), and medical information is shared only as needed, with her consent."
            ),
            "next": "e_s10_gagal",
        },
        {
            "text": (
                "Katakan kepada Anjani bahwa perawatan lanjutan hanya bisa diberikan bila ia mau melapor ke "
                "polisi hari ini."
            ),
            "text_en": "Tell Anjani that follow-up care is only possible if she reports to the police today.",
            "feedback": (
                "Keliru. Layanan kesehatan tidak boleh dijadikan alat untuk memaksa korban melapor. UU "
                "21/2007 Pasal 51 ayat (2) memungkinkan pihak lain melaporkan kasus dan mengajukan "
                "permohonan layanan, dan hak atas rehabilitasi kesehatan (Pasal 51 ayat (1)) tidak "
                "bergantung pada kesediaan korban bersaksi."
            ),
            "feedback_en": (
                "Wrong. Health care must never be used to force a victim to report. Law 21/2007 Art. 51(2) "
                "lets others report the case and request services, and the right to health rehabilitation "
                "(Art. 51(1)) does not depend on the victim's willingness to testify."
            ),
            "next": "e_s10_gagal",
        },
    ],
}

S10_LANJUT = {
    "key": "s10_lanjut",
    "narrative": (
        "Sebelum kembali ke rumah aman, Anjani bercerita ia terus bermimpi buruk dan takut tidur dalam "
        "gelap. Jahitannya juga perlu dikontrol. Pendamping bertanya layanan apa yang bisa disiapkan, dan "
        "seberapa cepat."
    ),
    "narrative_en": (
        "Before going back to the shelter, Anjani says she keeps having nightmares and is afraid to sleep "
        "in the dark. Her stitches also need a check-up. The companion asks what services can be arranged, "
        "and how soon."
    ),
    "choices": [
        {
            "text": (
                "Dengan persetujuan Anjani, ajukan hari ini permohonan layanan psikologis dan kontrol luka, "
                "catat tanggalnya karena layanan wajib diberikan paling lambat 7 hari sejak permohonan, dan "
                "sebutkan bantuan medis serta psikologis dari LPSK sebagai pilihan tambahan."
            ),
            "text_en": (
                "With Anjani's consent, request psychological care and a wound check today, record the date "
                "because services must be given within 7 days of the request, and mention LPSK medical and "
                "psychological help as a further option."
            ),
            "feedback": (
                "Tepat. Rehabilitasi kesehatan mencakup luka yang tidak tampak. Layanan pemulihan "
                "diberikan paling lambat 7 hari sejak permohonan (UU 21/2007 Pasal 52), jadi tanggalnya "
                "dicatat; bila kondisinya membahayakan, misalnya ada risiko bunuh diri, ia ditolong hari "
                "itu juga (Pasal 53). LPSK juga dapat memberi bantuan medis dan rehabilitasi psikologis "
                "bagi korban TPPO (UU 31/2014 Pasal 6)."
            ),
            "feedback_en": (
                "Right. Health rehabilitation includes the wounds you cannot see. Recovery services are "
                "due within 7 days of the request (Law 21/2007 Art. 52), so the date is recorded; if her "
                "condition is dangerous, for example a suicide risk, she is helped the same day (Art. 53). "
                "LPSK can also provide medical help and psychological rehabilitation to trafficking "
                "victims (Law 31/2014 Art. 6)."
            ),
            "next": "e_s10_terbaik",
        },
        {
            "text": "Katakan layanan psikologis bisa menunggu sampai sidang selesai; yang penting lukanya sembuh.",
            "text_en": "Say psychological care can wait until the trial is over; what matters is the wound healing.",
            "feedback": (
                "Kurang tepat. Mimpi buruk dan rasa takut adalah penderitaan psikis yang juga memberi hak "
                "atas rehabilitasi (UU 21/2007 Pasal 51 ayat (1)). Menunggu sidang bisa berarti berbulan-"
                "bulan, padahal layanan pemulihan wajib diberikan paling lambat 7 hari sejak permohonan "
                "(Pasal 52). LPSK dapat membantu rehabilitasi psikologis (UU 31/2014 Pasal 6)."
            ),
            "feedback_en": (
                "Not quite. Nightmares and fear are psychological suffering that also gives a right to "
                "rehabilitation (Law 21/2007 Art. 51(1)). Waiting for the trial may mean months, while "
                "recovery services are due within 7 days of the request (Art. 52). LPSK can help with "
                "psychological rehabilitation (Law 31/2014 Art. 6)."
            ),
            "next": "e_s10_sebagian",
        },
    ],
}

QUESTIONS = [
    {
        "type": "scenario",
        "lesson": L_PENGADUAN,
        "points": 3,
        "prompt": (
            "<p>Kasus bercabang: seorang pekerja migran yang baru dideportasi datang ke UPTD PPA. Pilih "
            "langkah Anda di setiap tahap.</p>"
        ),
        "prompt_en": (
            "<p>Branching case: a migrant worker who has just been deported arrives at a UPTD PPA. Choose "
            "your step at each point.</p>"
        ),
        "title": "Pulang dari Malaysia tanpa upah",
        "title_en": "Home from Malaysia without wages",
        "start": "s1_terima",
        "steps": [S1_TERIMA, S1_KEBUTUHAN, S1_PULANG],
        "endings": [
            {
                "key": "e_s1_terbaik",
                "text": (
                    "Wulan dikenali sebagai korban, lukanya dirawat, dan ia pulang lewat serah terima yang "
                    "aman. Ia tahu hak-haknya, termasuk restitusi dan perlindungan LPSK, dan UPTD PPA "
                    "daerah asal siap menindaklanjuti. Laporan polisi dapat berjalan tanpa membebaninya."
                ),
                "text_en": (
                    "Wulan is recognised as a victim, her injury is treated and she goes home through a "
                    "safe handover. She knows her rights, including restitution and LPSK protection, and "
                    "the UPTD PPA in her home area is ready to follow up. A police report can go ahead "
                    "without burdening her."
                ),
                "score": 100,
            },
            {
                "key": "e_s1_sebagian",
                "text": (
                    "Wulan mendapat sebagian layanan, tetapi ada langkah yang mendahulukan berkas perkara "
                    "atau penutupan kasus di atas pemulihan dan keselamatannya. Ingat urutannya: keselamatan "
                    "dan kesehatan dulu, lalu pemulangan dan reintegrasi yang terencana."
                ),
                "text_en": (
                    "Wulan receives some services, but a step put the case file or closing the case before "
                    "her recovery and safety. Remember the order: safety and health first, then a planned "
                    "return and reintegration."
                ),
                "score": 50,
            },
            {
                "key": "e_s1_gagal",
                "text": (
                    "Wulan tidak dikenali atau tidak dilayani sebagai korban: ia diperlakukan sebagai "
                    "pelanggar, ditolak, ditahan, atau pulang tanpa pemeriksaan. Haknya atas layanan "
                    "pemulihan tidak terpenuhi, dan sponsornya tetap bebas mencari korban baru."
                ),
                "text_en": (
                    "Wulan is not recognised or served as a victim: she is treated as an offender, turned "
                    "away, held, or sent home unscreened. Her right to recovery services goes unmet, and "
                    "the sponsor stays free to find new victims."
                ),
                "score": 0,
            },
        ],
    },
    {
        "type": "scenario",
        "lesson": L_HUKUM,
        "points": 3,
        "prompt": (
            "<p>Kasus bercabang: berkas perkara hampir dilimpahkan ke jaksa, tetapi korban belum pernah "
            "mendengar tentang restitusi. Pilih langkah Anda di setiap tahap.</p>"
        ),
        "prompt_en": (
            "<p>Branching case: the case file is about to go to the prosecutor, but the victim has never "
            "heard of restitution. Choose your step at each point.</p>"
        ),
        "title": "Sebelas bulan tanpa upah",
        "title_en": "Eleven months without pay",
        "start": "s9_awal",
        "steps": [S9_AWAL, S9_HITUNG, S9_TERLAMBAT],
        "endings": [
            {
                "key": "e_s9_penuh",
                "text": (
                    "Rahmat memahami haknya sejak awal. Permohonan restitusinya lengkap, diajukan melalui "
                    "LPSK selagi perkara berjalan, dan tekanan dari pihak perekrut tercatat serta "
                    "ditangani. Kerugiannya punya peluang terbaik untuk masuk dalam putusan."
                ),
                "text_en": (
                    "Rahmat understood his rights from the start. His restitution claim is complete, filed "
                    "through LPSK while the case is under way, and the recruiter's pressure is recorded "
                    "and dealt with. His losses have the best chance of appearing in the judgment."
                ),
                "score": 100,
            },
            {
                "key": "e_s9_sebagian",
                "text": (
                    "Restitusi tetap diajukan, tetapi tidak lengkap atau terlambat, sehingga peluang Rahmat "
                    "memperoleh ganti kerugian penuh berkurang. Pelajarannya: jelaskan restitusi sebelum "
                    "berkas dilimpahkan dan kumpulkan semua bukti kerugian sejak awal."
                ),
                "text_en": (
                    "Restitution is still claimed, but incompletely or late, so Rahmat's chance of full "
                    "redress is smaller. The lesson: explain restitution before the file is handed over and "
                    "gather all evidence of loss from the start."
                ),
                "score": 50,
            },
            {
                "key": "e_s9_gagal",
                "text": (
                    "Rahmat kehilangan haknya atas restitusi atau terdorong menerima uang dari pihak "
                    "pelaku. Kerugiannya tidak tercatat dalam putusan, dan keterangannya sebagai saksi "
                    "terancam."
                ),
                "text_en": (
                    "Rahmat loses his right to restitution or is pushed into taking money from the "
                    "offender's side. His losses are not recorded in the judgment, and his evidence as a "
                    "witness is at risk."
                ),
                "score": 0,
            },
        ],
    },
    {
        "type": "scenario",
        "lesson": L_KESEHATAN,
        "points": 3,
        "prompt": (
            "<p>Kasus bercabang: korban yang baru dibebaskan dibawa ke puskesmas dalam keadaan terluka. "
            "Pilih langkah Anda di setiap tahap.</p>"
        ),
        "prompt_en": (
            "<p>Branching case: a victim who has just been freed is brought injured to a community health "
            "centre. Choose your step at each point.</p>"
        ),
        "title": "Luka di ruang tindakan",
        "title_en": "Injuries in the treatment room",
        "start": "s10_awal",
        "steps": [S10_AWAL, S10_POLISI, S10_LANJUT],
        "endings": [
            {
                "key": "e_s10_terbaik",
                "text": (
                    "Anjani dirawat dengan persetujuannya, hasil pemeriksaannya terjaga, ia memutuskan "
                    "sendiri soal laporan polisi, dan layanan psikologis serta kontrol lukanya sudah "
                    "diminta dengan tanggal yang tercatat."
                ),
                "text_en": (
                    "Anjani is treated with her consent, her results are protected, she decides for herself "
                    "about a police report, and psychological care and a wound check have been requested "
                    "with the date recorded."
                ),
                "score": 100,
            },
            {
                "key": "e_s10_sebagian",
                "text": (
                    "Luka Anjani dirawat, tetapi sebagian haknya terlewat: persetujuannya diabaikan atau "
                    "kebutuhan psikisnya ditunda. Layanan kesehatan bagi korban TPPO mencakup persetujuan "
                    "untuk setiap tindakan dan pemulihan psikologis, bukan hanya pengobatan luka."
                ),
                "text_en": (
                    "Anjani's wound is treated, but some of her rights are missed: her consent is ignored "
                    "or her psychological needs are put off. Health care for trafficking victims includes "
                    "consent to every procedure and psychological recovery, not only treating wounds."
                ),
                "score": 40,
            },
            {
                "key": "e_s10_gagal",
                "text": (
                    "Perawatan Anjani ditunda, ditolak, atau dijadikan alat untuk memaksanya melapor, atau "
                    "hasil pemeriksaannya tersebar tanpa izin. Kemungkinan besar ia tidak kembali ke "
                    "layanan, dan kepercayaannya pada petugas rusak."
                ),
                "text_en": (
                    "Anjani's care is delayed, refused or used to force her to report, or her results are "
                    "passed on without permission. She will most likely not come back to services, and her "
                    "trust in officials is damaged."
                ),
                "score": 0,
            },
        ],
    },
    {
        "type": "ordering",
        "lesson": L_PPT,
        "points": 1,
        "prompt": (
            "Urutkan enam tahap pelayanan terpadu bagi saksi dan/atau korban TPPO menurut Permen PPPA "
            "8/2021, dari tahap pertama sampai terakhir."
        ),
        "prompt_en": (
            "Put the six stages of integrated services for trafficking witnesses and/or victims under "
            "Regulation PPPA 8/2021 in order, from first to last."
        ),
        "items": [
            {"text": "Pengaduan dan identifikasi", "text_en": "Complaint and identification"},
            {"text": "Rehabilitasi kesehatan", "text_en": "Health rehabilitation"},
            {"text": "Rehabilitasi sosial", "text_en": "Social rehabilitation"},
            {"text": "Layanan hukum", "text_en": "Legal services"},
            {"text": "Pemulangan", "text_en": "Repatriation"},
            {"text": "Reintegrasi sosial", "text_en": "Social reintegration"},
        ],
        "feedback": (
            "Permen PPPA 8/2021 menyusun layanan dalam enam tahap: pengaduan/identifikasi, rehabilitasi "
            "kesehatan, rehabilitasi sosial, layanan hukum, pemulangan, dan reintegrasi sosial. Urutan ini "
            "membagi kerja, bukan antrean: dalam praktik beberapa tahap berjalan bersamaan, misalnya korban "
            "yang sedang dirawat sekaligus didampingi memberi keterangan. Yang penting, setiap tahap "
            "tercatat dan punya penanggung jawab."
        ),
        "feedback_en": (
            "Regulation PPPA 8/2021 arranges services in six stages: complaint/identification, health "
            "rehabilitation, social rehabilitation, legal services, repatriation and social reintegration. "
            "The order divides the work; it is not a queue: in practice several stages run at once, for "
            "example a victim in treatment may also be accompanied to give a statement. What matters is "
            "that each stage is recorded and has someone responsible."
        ),
    },
    {
        "type": "matching",
        "lesson": L_REINTEGRASI,
        "points": 1,
        "prompt": (
            "Rencana reintegrasi sosial seorang penyintas sedang disusun. Pasangkan setiap unsur rencana "
            "dengan pihak yang lazimnya menanganinya (ringkasan praktik, bukan pembagian kewenangan dalam "
            "hukum)."
        ),
        "prompt_en": (
            "A survivor's social reintegration plan is being drawn up. Match each part of the plan with "
            "the body that typically handles it (a summary of practice, not a legal division of duties)."
        ),
        "pairs": [
            {
                "left": "Kunjungan rumah, konseling keluarga, bantuan sosial",
                "left_en": "Home visits, family counselling, social assistance",
                "right": "Dinas Sosial",
                "right_en": "Regional social affairs office (Dinsos)",
            },
            {
                "left": "Manajemen kasus, pendampingan, tindak lanjut perkara dan restitusi",
                "left_en": "Case management, accompaniment, following up the case and restitution",
                "right": "DP3A / UPTD PPA",
                "right_en": "DP3A / UPTD PPA",
            },
            {
                "left": "Pelatihan kerja, lowongan, informasi migrasi aman",
                "left_en": "Job training, vacancies, safe-migration information",
                "right": "Dinas tenaga kerja (dan KP2MI untuk pekerja migran)",
                "right_en": "Manpower office (and KP2MI for migrant workers)",
            },
            {
                "left": "Dokumen kependudukan, penerimaan di masyarakat, pemantauan di desa",
                "left_en": "Civil-registration documents, acceptance by the community, monitoring in the village",
                "right": "Pemerintah desa",
                "right_en": "Village government",
            },
        ],
        "feedback": (
            "Pembagian ini adalah kerja yang lazim pada tahap keenam SOP, bukan kewenangan yang ditetapkan "
            "hukum; sepakati jalurnya di gugus tugas daerah Anda. Yang pasti dalam hukum: reintegrasi "
            "sosial adalah hak korban dari pemerintah, paling lambat 7 hari sejak permohonan (UU 21/2007 "
            "Pasal 51 ayat (1) dan Pasal 52). Rencana disusun bersama penyintas, dan identitasnya tetap "
            "dirahasiakan di desa (Pasal 44)."
        ),
        "feedback_en": (
            "This is the usual division of work at the sixth SOP stage, not a division of powers set by "
            "law; agree the routes in your regional task force. What the law does fix: social "
            "reintegration is the victim's right from the government, due within 7 days of the request "
            "(Law 21/2007 Art. 51(1) and Art. 52). The plan is made with the survivor, and her identity "
            "stays confidential in the village (Art. 44)."
        ),
    },
    {
        "type": "matching",
        "lesson": L_PEMULANGAN,
        "points": 1,
        "prompt": "Pasangkan setiap situasi korban dengan jalur pemulangannya.",
        "prompt_en": "Match each victim's situation with the route home.",
        "pairs": [
            {
                "left": "WNI menjadi korban di luar negeri",
                "left_en": "An Indonesian citizen trafficked abroad",
                "right": "Dilindungi dan dipulangkan Perwakilan RI atas biaya negara",
                "right_en": "Protected and brought home by the Indonesian mission at state expense",
            },
            {
                "left": "WNA menjadi korban di Indonesia",
                "left_en": "A foreign national trafficked in Indonesia",
                "right": "Dipulangkan melalui perwakilan negaranya",
                "right_en": "Returned through their own country's mission",
            },
            {
                "left": "WNI menjadi korban di provinsi lain di Indonesia",
                "left_en": "An Indonesian citizen trafficked to another province",
                "right": "Lazimnya Kemensos atau Dinas Sosial bersama UPTD PPA daerah tujuan dan daerah asal",
                "right_en": (
                    "Typically the social affairs ministry or office, with the UPTD PPA at the "
                    "destination and in the home area"
                ),
            },
        ],
        "feedback": (
            "Dua pasangan pertama adalah ketentuan UU 21/2007 Pasal 54. Pasangan ketiga adalah praktik yang "
            "lazim, bukan pembagian kewenangan dalam hukum; haknya sendiri pasti, karena pemulangan "
            "termasuk layanan dalam Pasal 51 ayat (1) dengan batas 7 hari sejak permohonan (Pasal 52). Di "
            "jalur mana pun, korban yang melanggar aturan karena dipaksa pelaku tidak dipidana (Pasal 18)."
        ),
        "feedback_en": (
            "The first two pairs are rules of Law 21/2007 Art. 54. The third is common practice, not a "
            "legal division of powers; the right itself is certain, since repatriation is one of the "
            "services in Art. 51(1), due within 7 days of the request (Art. 52). On any route, a victim who "
            "is not punished for rule-breaking the trafficker forced on them (Art. 18)."
        ),
    },
    {
        "type": "single_choice",
        "lesson": L_TPPO,
        "points": 1,
        "prompt": (
            "Seorang perekrut menanggung ongkos berangkat calon pekerja, lalu menyebutnya “utang” yang "
            "harus dilunasi dengan bekerja tanpa upah. Dalam rumusan TPPO pada UU 21/2007 Pasal 1 angka 1, "
            "keadaan ini termasuk unsur apa?"
        ),
        "prompt_en": (
            "A recruiter pays a job-seeker's travel costs, then calls it a “debt” to be paid off by "
            "working without wages. In the definition of trafficking in Law 21/2007 Art. 1 point 1, which "
            "element is this?"
        ),
        "choices": [
            {
                "text": "Proses (tindakan)",
                "text_en": "Act (process)",
                "correct": False,
                "feedback": (
                    "Kurang tepat. Unsur proses adalah perbuatan terhadap orangnya: merekrut, mengangkut, "
                    "menampung, mengirim, memindahkan, atau menerima (UU 21/2007 Pasal 1 angka 1). "
                    "Menjadikan ongkos sebagai utang adalah alat untuk mengendalikan korban."
                ),
                "feedback_en": (
                    "Not quite. The act element is an action taken on the person, such as recruiting, "
                    "transporting, harbouring, sending, transferring or receiving them (Law 21/2007 Art. 1 "
                    "point 1). Turning "
                    "costs into a debt is a tool for controlling the victim."
                ),
            },
            {
                "text": "Cara, yaitu penjeratan utang",
                "text_en": "Means, namely debt bondage",
                "correct": True,
                "feedback": (
                    "Tepat. Penjeratan utang disebut sebagai salah satu cara dalam UU 21/2007 Pasal 1 angka "
                    "1, di samping penipuan, penyalahgunaan posisi rentan, dan lainnya. Bagi petugas "
                    "layanan, tanda ini cukup untuk membuka tahap pengaduan dan identifikasi; "
                    "pembuktiannya tugas penyidik."
                ),
                "feedback_en": (
                    "Right. Debt bondage is one of the means listed in Law 21/2007 Art. 1 point 1, along "
                    "with deception, abuse of a vulnerable position and others. For service officers this "
                    "sign is enough to open the complaint and identification stage; proving it is the "
                    "investigator's job."
                ),
            },
            {
                "text": "Tujuan",
                "text_en": "Purpose",
                "correct": False,
                "feedback": (
                    "Kurang tepat. Tujuannya adalah eksploitasi, misalnya kerja tanpa upah. Utang itu "
                    "sendiri adalah cara yang dipakai untuk mencapai eksploitasi (UU 21/2007 Pasal 1 "
                    "angka 1)."
                ),
                "feedback_en": (
                    "Not quite. The purpose is exploitation, such as unpaid work. The debt itself is the "
                    "means used to achieve the exploitation (Law 21/2007 Art. 1 point 1)."
                ),
            },
            {
                "text": "Bukan unsur TPPO, karena calon pekerja setuju berutang",
                "text_en": "Not an element of trafficking, because the job-seeker agreed to the debt",
                "correct": False,
                "feedback": (
                    "Keliru. Menurut ketentuan umum UU 21/2007, eksploitasi tetap eksploitasi dengan atau "
                    "tanpa persetujuan korban, dan penjeratan utang justru disebut sebagai cara dalam "
                    "Pasal 1 angka 1."
                ),
                "feedback_en": (
                    "Wrong. Under the general provisions of Law 21/2007, exploitation remains exploitation "
                    "with or without the victim's consent, and debt bondage is expressly listed as a means "
                    "in Art. 1 point 1."
                ),
            },
        ],
    },
    {
        "type": "true_false",
        "lesson": L_TPPO,
        "points": 1,
        "prompt": (
            "Benar atau salah: korban TPPO yang bekerja dengan paspor palsu karena dipaksa perekrutnya "
            "harus diproses pidana lebih dulu sebelum boleh menerima layanan."
        ),
        "prompt_en": (
            "True or false: a trafficking victim who worked on a forged passport because the recruiter "
            "forced them must be prosecuted first before receiving services."
        ),
        "correct": False,
        "feedback_true": (
            "Kurang tepat. Korban yang melakukan tindak pidana karena dipaksa pelaku TPPO tidak dipidana "
            "(UU 21/2007 Pasal 18). Layanan tidak ditunda karena korban memakai dokumen palsu atau bekerja "
            "tanpa izin atas paksaan pelaku."
        ),
        "feedback_true_en": (
            "Not quite. Law 21/2007 Art. 18 shields victims from punishment for offences they were "
            "forced into by the trafficker. Services are not delayed because the victim used false papers or worked "
            "without a permit under the trafficker's coercion."
        ),
        "feedback_false": (
            "Tepat. UU 21/2007 Pasal 18: korban yang melakukan tindak pidana karena dipaksa pelaku TPPO "
            "tidak dipidana. Petugas layanan tetap membuka identifikasi dan layanan pemulihan; penilaian "
            "perkaranya diserahkan kepada penyidik."
        ),
        "feedback_false_en": (
            "Correct. Under Law 21/2007 Art. 18, an offence the trafficker forced the victim to commit "
            "does not lead to the victim's punishment. Service officers go ahead with identification and recovery services and "
            "leave the assessment of the case to investigators."
        ),
    },
    {
        "type": "true_false",
        "lesson": L_PPT,
        "points": 1,
        "prompt": (
            "Benar atau salah: Permen PPPA 8/2021 hanya mengikat UPTD PPA; kedutaan dan konsulat RI di luar "
            "negeri tidak terikat SOP ini."
        ),
        "prompt_en": (
            "True or false: Regulation PPPA 8/2021 binds only UPTD PPAs; Indonesian embassies and "
            "consulates abroad are not bound by this SOP."
        ),
        "correct": False,
        "feedback_true": (
            "Kurang tepat. SOP dalam Permen PPPA 8/2021 berlaku bagi empat jenis PPT: PPT pusat "
            "(kementerian dan lembaga anggota gugus tugas pusat), PPT daerah (UPTD PPA dan perangkat daerah "
            "anggota gugus tugas daerah), Perwakilan RI di luar negeri, dan PPT berbasis masyarakat."
        ),
        "feedback_true_en": (
            "Not quite. Regulation PPPA 8/2021 covers four kinds of integrated service centre: central ones "
            "run by the ministries and agencies that sit on the central task force; regional ones, meaning "
            "UPTD PPAs and the regional bodies that sit on regional task forces; Indonesian missions "
            "abroad; and community-based centres."
        ),
        "feedback_false": (
            "Tepat. Permen PPPA 8/2021 mengikat PPT pusat, PPT daerah, Perwakilan RI di luar negeri, dan "
            "PPT berbasis masyarakat. Kedutaan dan konsulat adalah bagian dari rantai layanan yang sama, "
            "sejalan dengan kewajiban Perwakilan RI melindungi dan memulangkan korban WNI (UU 21/2007 Pasal "
            "54)."
        ),
        "feedback_false_en": (
            "Correct. Regulation PPPA 8/2021 binds central, regional, overseas (Indonesian missions) and "
            "community-based service centres. Embassies and consulates are part of the same chain of "
            "services, in line with the missions' duty to protect and repatriate Indonesian victims (Law "
            "21/2007 Art. 54)."
        ),
    },
    {
        "type": "single_choice",
        "lesson": L_PPT,
        "points": 1,
        "prompt": (
            "Keluarga perekrut datang ke UPTD PPA dan meminta dimediasi dengan keluarga korban supaya "
            "kasus TPPO “diselesaikan secara kekeluargaan”. Mediasi memang salah satu fungsi UPTD PPA. "
            "Apa yang tepat?"
        ),
        "prompt_en": (
            "The recruiter's family comes to the UPTD PPA asking for mediation with the victim's family so "
            "the trafficking case can be “settled amicably”. Mediation is indeed one of the UPTD PPA's "
            "functions. What is right?"
        ),
        "choices": [
            {
                "text": "Fasilitasi mediasi, karena itu fungsi resmi UPTD PPA menurut Permen PPPA 4/2018.",
                "text_en": "Arrange the mediation, since it is an official UPTD PPA function under Regulation PPPA 4/2018.",
                "correct": False,
                "feedback": (
                    "Keliru. Mediasi memang salah satu dari enam fungsi UPTD PPA menurut Permen PPPA "
                    "4/2018, tetapi tidak dipakai untuk mendamaikan perkara TPPO. TPPO adalah tindak pidana "
                    "yang diancam penjara 3 sampai 15 tahun (UU 21/2007 Pasal 2 ayat (1)), dan penyelesaian "
                    "lewat mediasi administratif termasuk kesalahan yang harus dihindari."
                ),
                "feedback_en": (
                    "Wrong. Mediation is one of the six UPTD PPA functions under Regulation PPPA 4/2018, "
                    "but it is not used to settle trafficking cases. Trafficking is a crime punishable by "
                    "3 to 15 years in prison (Law 21/2007 Art. 2(1)), and settling it through "
                    "administrative mediation is a mistake to avoid."
                ),
            },
            {
                "text": (
                    "Tolak memediasi perkara pidananya, jelaskan bahwa TPPO tidak diselesaikan secara "
                    "kekeluargaan, sampaikan permintaan itu kepada penyidik, dan pastikan korban tetap "
                    "didampingi."
                ),
                "text_en": (
                    "Decline to mediate the criminal case, explain that trafficking is not settled "
                    "amicably, pass the request on to the investigator, and make sure the victim remains "
                    "accompanied."
                ),
                "correct": True,
                "feedback": (
                    "Tepat. TPPO diancam pidana penjara (UU 21/2007 Pasal 2 ayat (1)), jadi bukan sengketa "
                    "yang didamaikan. Permintaan damai dari pihak pelaku bisa menjadi tekanan terhadap "
                    "korban; korban berhak didampingi (Pasal 35), dan ganti kerugian yang sah ditempuh "
                    "lewat restitusi (Pasal 48)."
                ),
                "feedback_en": (
                    "Right. Trafficking is punishable by prison (Law 21/2007 Art. 2(1)), so it is not a "
                    "dispute to be settled. A settlement request from the offender's side can be pressure "
                    "on the victim; the victim has the right to a companion (Art. 35), and lawful redress "
                    "goes through restitution (Art. 48)."
                ),
            },
            {
                "text": "Mediasi boleh dilakukan asalkan korban setuju dan menerima ganti rugi yang layak.",
                "text_en": "Mediation is fine as long as the victim agrees and receives fair compensation.",
                "correct": False,
                "feedback": (
                    "Keliru. Persetujuan korban tidak mengubah TPPO menjadi urusan perdata; tindak pidana "
                    "ini diancam penjara (UU 21/2007 Pasal 2 ayat (1)). Ganti kerugian yang sah ditempuh "
                    "lewat restitusi (Pasal 48; Perma 1/2022), bukan pembayaran di luar jalur yang membuat "
                    "korban rentan ditekan."
                ),
                "feedback_en": (
                    "Wrong. The victim's agreement does not turn trafficking into a civil matter; the crime "
                    "is punishable by prison (Law 21/2007 Art. 2(1)). Lawful redress goes through "
                    "restitution (Art. 48; Supreme Court Regulation 1/2022), not off-the-books payments "
                    "that leave the victim open to pressure."
                ),
            },
            {
                "text": "Serahkan kepada kepala desa untuk didamaikan di tingkat desa.",
                "text_en": "Hand it to the village head to be settled at village level.",
                "correct": False,
                "feedback": (
                    "Keliru. Memindahkan perdamaian ke desa tidak mengubah sifat TPPO sebagai tindak pidana "
                    "(UU 21/2007 Pasal 2 ayat (1)), dan membicarakan kasus di tingkat desa berisiko membuka "
                    "identitas korban yang wajib dirahasiakan (Pasal 44)."
                ),
                "feedback_en": (
                    "Wrong. Moving the settlement to the village does not change trafficking's nature as a "
                    "crime (Law 21/2007 Art. 2(1)), and discussing the case in the village risks exposing "
                    "the victim's identity, which must be kept confidential (Art. 44)."
                ),
            },
        ],
    },
    {
        "type": "true_false",
        "lesson": L_PENGADUAN,
        "points": 1,
        "prompt": (
            "Benar atau salah: korban yang belum siap melapor tetap dapat dibantu, karena kasusnya boleh "
            "dilaporkan ke polisi oleh pihak lain dan permohonan layanan pemulihan boleh diajukan antara "
            "lain oleh pekerja sosial atau relawan pendamping."
        ),
        "prompt_en": (
            "True or false: a victim who is not ready to report can still be helped, because someone else "
            "may report the case to the police and a request for recovery services may be made by, among "
            "others, a social worker or a volunteer companion."
        ),
        "correct": True,
        "feedback_true": (
            "Tepat. UU 21/2007 Pasal 51 ayat (2) memungkinkan permohonan diajukan korban, keluarga, teman, "
            "polisi, relawan pendamping, atau pekerja sosial setelah kasus dilaporkan ke polisi oleh siapa "
            "pun; permohonan itu ditujukan kepada instansi yang membidangi kesehatan dan sosial (ayat (3)). "
            "Layanan tidak menunggu kesaksian korban sendiri."
        ),
        "feedback_true_en": (
            "Correct. Under Law 21/2007 Art. 51(2), once anyone has reported the case to the police, the "
            "request may be made by the victim, her family or friends, the police, a volunteer companion or "
            "a social worker; it goes to the bodies responsible for health and social affairs (para. (3)). Services "
            "do not wait for the victim's own testimony."
        ),
        "feedback_false": (
            "Kurang tepat. UU 21/2007 Pasal 51 ayat (2) tidak mensyaratkan korban melapor sendiri: laporan "
            "polisi boleh dibuat pihak lain, dan permohonan layanan boleh diajukan keluarga, teman, polisi, "
            "relawan pendamping, atau pekerja sosial. Mensyaratkan kesaksian korban adalah kesalahan yang "
            "paling merugikan pada tahap pengaduan."
        ),
        "feedback_false_en": (
            "Not quite. Law 21/2007 Art. 51(2) does not require the victim to report herself: someone else "
            "may file the police report, and the request for services may come from family, a friend, the "
            "police, a volunteer companion or a social worker. Requiring the victim's testimony is the most "
            "damaging mistake at the complaint stage."
        ),
    },
    {
        "type": "single_choice",
        "lesson": L_KESEHATAN,
        "points": 1,
        "prompt": (
            "Pada hari Senin pekerja sosial mengajukan permohonan layanan kesehatan bagi seorang korban. "
            "Puskesmas rujukan menawarkan jadwal dua minggu lagi. Menurut UU 21/2007, kapan layanan itu "
            "paling lambat harus diberikan?"
        ),
        "prompt_en": (
            "On Monday a social worker files a request for health services for a victim. The referral "
            "health centre offers an appointment in two weeks. Under Law 21/2007, when must the service be "
            "given at the latest?"
        ),
        "choices": [
            {
                "text": "Paling lambat 7 hari sejak permohonan diajukan; kondisi darurat ditolong hari itu juga.",
                "text_en": "Within 7 days of the request at the latest; emergencies are treated the same day.",
                "correct": True,
                "feedback": (
                    "Tepat. Layanan pemulihan diberikan paling lambat 7 hari sejak permohonan (UU 21/2007 "
                    "Pasal 52), dan pertolongan pertama bagi trauma atau penyakit yang membahayakan juga "
                    "paling lambat 7 hari sejak permohonan (Pasal 53). Tujuh hari adalah batas, bukan "
                    "sasaran; jadwal dua minggu harus dinaikkan ke dinas kesehatan atau dicarikan fasilitas "
                    "lain."
                ),
                "feedback_en": (
                    "Right. Recovery services are due within 7 days of the request (Law 21/2007 Art. 52), "
                    "and first aid for dangerous trauma or illness also within 7 days of the request "
                    "(Art. 53). Seven days is a ceiling, not a target; a two-week appointment should be "
                    "escalated to the health office or another facility found."
                ),
            },
            {
                "text": "Paling lambat 7 hari sejak korban membuat laporan polisi.",
                "text_en": "Within 7 days of the victim making a police report.",
                "correct": False,
                "feedback": (
                    "Kurang tepat. Hitungan dimulai sejak permohonan layanan diajukan (UU 21/2007 Pasal "
                    "52), bukan sejak laporan polisi, dan layanan tidak menunggu korban melapor sendiri "
                    "(Pasal 51 ayat (2)). Karena itu tanggal permohonan dicatat di berkas kasus."
                ),
                "feedback_en": (
                    "Not quite. The clock starts when the request for services is made (Law 21/2007 Art. "
                    "52), not when a police report is filed, and services do not wait for the victim to "
                    "report herself (Art. 51(2)). That is why the request date goes in the case file."
                ),
            },
            {
                "text": "Tidak ada batas waktu dalam undang-undang; mengikuti jadwal fasilitas kesehatan.",
                "text_en": "The law sets no deadline; it follows the health facility's schedule.",
                "correct": False,
                "feedback": (
                    "Keliru. UU 21/2007 menetapkan batas yang jelas: layanan pemulihan paling lambat 7 hari "
                    "sejak permohonan (Pasal 52) dan pertolongan pertama bagi kondisi yang membahayakan "
                    "paling lambat 7 hari sejak permohonan (Pasal 53)."
                ),
                "feedback_en": (
                    "Wrong. Law 21/2007 sets clear limits: recovery services within 7 days of the request "
                    "(Art. 52) and first aid for dangerous conditions within 7 days of the request "
                    "(Art. 53)."
                ),
            },
            {
                "text": "Paling lambat 14 hari sejak korban tiba di rumah aman.",
                "text_en": "Within 14 days of the victim arriving at the shelter.",
                "correct": False,
                "feedback": (
                    "Keliru. Batasnya 7 hari, bukan 14, dan dihitung sejak permohonan diajukan, bukan sejak "
                    "korban tiba di rumah aman (UU 21/2007 Pasal 52–53)."
                ),
                "feedback_en": (
                    "Wrong. The limit is 7 days, not 14, counted from the request, not from the victim's "
                    "arrival at the shelter (Law 21/2007 Arts 52–53)."
                ),
            },
        ],
    },
    {
        "type": "multiple_response",
        "lesson": L_SOSIAL,
        "points": 1,
        "prompt": (
            "Anda menyusun aturan rumah perlindungan untuk korban TPPO. Manakah yang sejalan dengan asas "
            "bahwa rumah perlindungan melindungi, bukan menahan? Pilih semua yang benar."
        ),
        "prompt_en": (
            "You are drafting house rules for a shelter for trafficking victims. Which fit the principle "
            "that a shelter protects rather than detains? Choose all that apply."
        ),
        "choices": [
            {
                "text": "Penghuni memegang sendiri paspor dan teleponnya, kecuali ia memilih menitipkannya.",
                "text_en": "Residents keep their own passports and phones, unless they choose to hand them in.",
                "correct": True,
                "feedback": (
                    "Benar. Menyita dokumen dan telepon mengulang cara pelaku mengendalikan korban. Rumah "
                    "perlindungan yang diminta UU 21/2007 Pasal 52 ada untuk melindungi, jadi dokumen tetap "
                    "milik korban."
                ),
                "feedback_en": (
                    "Correct. Taking documents and phones repeats the way traffickers control victims. The "
                    "protection homes required by Law 21/2007 Art. 52 exist to protect, so documents stay "
                    "with the victim."
                ),
            },
            {
                "text": (
                    "Pembatasan keluar-masuk hanya bila disepakati bersama penghuni, tertulis, beralasan "
                    "keselamatan, dan berbatas waktu."
                ),
                "text_en": (
                    "Limits on coming and going only when agreed with the resident, in writing, for safety "
                    "reasons and for a set time."
                ),
                "correct": True,
                "feedback": (
                    "Benar. Rencana keselamatan disusun bersama korban, bukan untuknya. Pembatasan yang "
                    "disepakati dan berbatas waktu menjaga keamanan tanpa mengubah rumah perlindungan "
                    "(UU 21/2007 Pasal 52) menjadi tempat penahanan."
                ),
                "feedback_en": (
                    "Correct. A safety plan is made with the victim, not for her. Agreed, time-limited "
                    "restrictions keep people safe without turning a protection home (Law 21/2007 Art. 52) "
                    "into a place of detention."
                ),
            },
            {
                "text": (
                    "Penghuni boleh meninggalkan rumah perlindungan, dan diberi tahu cara kembali meminta "
                    "bantuan."
                ),
                "text_en": "Residents may leave the shelter and are told how to come back for help.",
                "correct": True,
                "feedback": (
                    "Benar. Tinggal di rumah perlindungan itu sukarela. Korban yang memilih pergi tetap "
                    "berhak atas layanan pemulihan (UU 21/2007 Pasal 51 ayat (1)), jadi ia perlu tahu "
                    "jalan kembali."
                ),
                "feedback_en": (
                    "Correct. Staying in a shelter is voluntary. A victim who chooses to leave is still "
                    "entitled to recovery services (Law 21/2007 Art. 51(1)), so she needs to know the way "
                    "back."
                ),
            },
            {
                "text": "Pengelola menyimpan paspor dan telepon semua penghuni demi keamanan.",
                "text_en": "The managers hold all residents' passports and phones as a security measure.",
                "correct": False,
                "feedback": (
                    "Keliru. Praktik ini berulang kali dicatat sebagai kesalahan: ia mengulang kendali "
                    "pelaku atas korban. Rumah perlindungan (UU 21/2007 Pasal 52) melindungi, bukan "
                    "menahan; penghuni memegang sendiri dokumennya."
                ),
                "feedback_en": (
                    "Wrong. This practice has been recorded again and again as a mistake: it repeats the "
                    "trafficker's control over the victim. A protection home (Law 21/2007 Art. 52) "
                    "protects rather than detains; residents keep their own documents."
                ),
            },
            {
                "text": "Gerbang dikunci dan penghuni tidak boleh keluar sampai perkaranya diputus.",
                "text_en": "The gate is locked and residents may not leave until their case is decided.",
                "correct": False,
                "feedback": (
                    "Keliru. Mengurung korban sampai perkara selesai membuat layanan bergantung pada "
                    "proses pidana dan mengubah perlindungan menjadi penahanan. Lama tinggal ditinjau "
                    "berkala, dan tujuannya pemulangan serta reintegrasi sosial (UU 21/2007 Pasal 51 "
                    "ayat (1))."
                ),
                "feedback_en": (
                    "Wrong. Confining victims until the case ends ties services to the criminal process "
                    "and turns protection into detention. The length of stay is reviewed regularly, and the "
                    "aim is repatriation and social reintegration (Law 21/2007 Art. 51(1))."
                ),
            },
        ],
    },
    {
        "type": "multiple_response",
        "lesson": L_HUKUM,
        "points": 1,
        "prompt": (
            "Anda membantu korban menyusun permohonan restitusi. Kerugian mana yang termasuk komponen "
            "restitusi menurut UU 21/2007 Pasal 48? Pilih semua yang benar."
        ),
        "prompt_en": (
            "You are helping a victim prepare a restitution claim. Which losses are components of "
            "restitution under Law 21/2007 Art. 48? Choose all that apply."
        ),
        "choices": [
            {
                "text": "Upah yang dijanjikan tetapi tidak pernah dibayar",
                "text_en": "Wages promised but never paid",
                "correct": True,
                "feedback": (
                    "Benar. Ini kehilangan penghasilan, komponen pertama dalam UU 21/2007 Pasal 48. "
                    "Buktinya bisa berupa iklan lowongan, pesan berisi janji gaji, atau catatan upah."
                ),
                "feedback_en": (
                    "Correct. This is lost income, the first component in Law 21/2007 Art. 48. Evidence "
                    "can be the job advert, messages with the promised wage, or pay records."
                ),
            },
            {
                "text": "Penderitaan yang dialami korban",
                "text_en": "The suffering the victim endured",
                "correct": True,
                "feedback": (
                    "Benar. Penderitaan termasuk komponen restitusi (UU 21/2007 Pasal 48); keterangan "
                    "korban dan pendamping serta catatan psikolog dapat mendukungnya."
                ),
                "feedback_en": (
                    "Correct. Suffering is a component of restitution (Law 21/2007 Art. 48); statements by "
                    "the victim and companion and a psychologist's notes can support it."
                ),
            },
            {
                "text": "Biaya berobat dan konseling psikolog",
                "text_en": "Medical treatment and psychologist's counselling costs",
                "correct": True,
                "feedback": (
                    "Benar. Biaya perawatan medis dan/atau psikologis disebut dalam UU 21/2007 Pasal 48; "
                    "simpan kuitansi dan surat rujukannya."
                ),
                "feedback_en": (
                    "Correct. Medical and/or psychological care costs are named in Law 21/2007 Art. 48; "
                    "keep the receipts and referral letters."
                ),
            },
            {
                "text": "Ongkos perjalanan dan “utang” yang ditagih perekrut",
                "text_en": "Travel costs and the “debt” the recruiter demanded",
                "correct": True,
                "feedback": (
                    "Benar. Ini kerugian lain akibat perdagangan orang, komponen keempat dalam UU 21/2007 "
                    "Pasal 48."
                ),
                "feedback_en": (
                    "Correct. These are other losses caused by the trafficking, the fourth component in "
                    "Law 21/2007 Art. 48."
                ),
            },
            {
                "text": "Denda pidana yang dijatuhkan hakim kepada pelaku",
                "text_en": "The criminal fine the judge imposes on the offender",
                "correct": False,
                "feedback": (
                    "Keliru. Denda adalah bagian dari pidana terhadap pelaku (UU 21/2007 Pasal 2 ayat (1)), "
                    "bukan ganti kerugian bagi korban. Restitusi adalah pembayaran dari pelaku atau pihak "
                    "ketiga kepada korban atas kerugian dalam Pasal 48."
                ),
                "feedback_en": (
                    "Wrong. A fine is part of the offender's criminal penalty (Law 21/2007 Art. 2(1)), not "
                    "compensation for the victim. Restitution is money owed to the victim, by the offender "
                    "or a third party, for the losses listed in Art. 48."
                ),
            },
            {
                "text": "Uang damai yang dirundingkan pendamping dengan keluarga pelaku",
                "text_en": "Peace money negotiated by the companion with the offender's family",
                "correct": False,
                "feedback": (
                    "Keliru. Pembayaran di luar jalur bukan restitusi: ia membuat korban rentan ditekan "
                    "mencabut keterangan, dan kerugiannya tidak tercatat dalam putusan. Jalur yang sah "
                    "adalah restitusi menurut UU 21/2007 Pasal 48 dan Perma 1/2022, termasuk melalui LPSK "
                    "(UU 31/2014 Pasal 7A)."
                ),
                "feedback_en": (
                    "Wrong. Off-the-books payment is not restitution: it leaves the victim open to pressure "
                    "to withdraw her statement, and her losses are not recorded in the judgment. The lawful "
                    "route is restitution under Law 21/2007 Art. 48 and Supreme Court Regulation 1/2022, "
                    "including through LPSK (Law 31/2014 Art. 7A)."
                ),
            },
        ],
    },
    {
        "type": "single_choice",
        "lesson": L_REINTEGRASI,
        "points": 1,
        "prompt": (
            "Tiga bulan setelah pulang, penyintas yang Anda dampingi bercerita bahwa keluarganya mendesak "
            "ia segera berangkat lagi lewat sponsor yang sama untuk melunasi “utang” keberangkatan "
            "pertamanya. Apa langkah yang tepat?"
        ),
        "prompt_en": (
            "Three months after coming home, a survivor you support says her family is pressing her to "
            "leave again through the same sponsor to pay off the “debt” from her first departure. What "
            "is the right step?"
        ),
        "choices": [
            {
                "text": "Serahkan kepada keluarga, karena itu urusan pribadi mereka.",
                "text_en": "Leave it to the family, since it is their private business.",
                "correct": False,
                "feedback": (
                    "Keliru. Tagihan utang dari perekrut dan tekanan untuk berangkat lagi adalah tanda "
                    "bahaya perdagangan ulang, bukan urusan pribadi. Mencegah korban diperdagangkan "
                    "kembali adalah salah satu tujuan Permen PPPA 2/2024, dan reintegrasi sosial adalah hak "
                    "korban (UU 21/2007 Pasal 51 ayat (1))."
                ),
                "feedback_en": (
                    "Wrong. A recruiter's debt demand and pressure to leave again are warning signs of "
                    "re-trafficking, not a private matter. Preventing re-trafficking is one of the aims of "
                    "Regulation PPPA 2/2024, and social reintegration is the victim's right (Law 21/2007 "
                    "Art. 51(1))."
                ),
            },
            {
                "text": (
                    "Perlakukan tagihan utang itu sebagai tanda bahaya: sampaikan kepada penyidik, bahas "
                    "pilihan kerja yang aman bersama penyintas dan dinas tenaga kerja, beri konseling "
                    "keluarga, dan teruskan kunjungan tindak lanjut."
                ),
                "text_en": (
                    "Treat the debt demand as a warning sign: pass it to the investigator, discuss safe "
                    "work options with the survivor and the manpower office, offer family counselling, and "
                    "keep up follow-up visits."
                ),
                "correct": True,
                "feedback": (
                    "Tepat. Tagihan utang dari jaringan perekrut adalah petunjuk perkara yang dilaporkan, "
                    "dan pencegahan keberulangan adalah tujuan Permen PPPA 2/2024. Reintegrasi sosial "
                    "adalah hak korban (UU 21/2007 Pasal 51 ayat (1)); rencananya disusun bersama "
                    "penyintas, dan keputusan tentang bekerja tetap di tangannya."
                ),
                "feedback_en": (
                    "Right. A debt demand from the recruiting network is a lead for the case and is "
                    "reported, and preventing re-trafficking is an aim of Regulation PPPA 2/2024. Social "
                    "reintegration is the victim's right (Law 21/2007 Art. 51(1)); the plan is made with "
                    "the survivor, and decisions about work remain hers."
                ),
            },
            {
                "text": "Bahas kasusnya dalam rapat warga agar seluruh desa waspada terhadap sponsor itu.",
                "text_en": "Discuss her case at a village meeting so the whole village is wary of the sponsor.",
                "correct": False,
                "feedback": (
                    "Keliru. Identitas korban wajib dirahasiakan (UU 21/2007 Pasal 44), juga di desa; "
                    "membicarakannya di rapat warga menambah stigma. Kewaspadaan warga dibangun lewat "
                    "kegiatan pencegahan umum tanpa menyebut korban."
                ),
                "feedback_en": (
                    "Wrong. The victim's identity must be kept confidential (Law 21/2007 Art. 44), in the "
                    "village too; discussing it at a village meeting adds to the stigma. Community "
                    "awareness is built through general prevention work that names no victim."
                ),
            },
            {
                "text": "Larang penyintas bekerja ke luar negeri untuk selamanya.",
                "text_en": "Forbid the survivor from ever working abroad.",
                "correct": False,
                "feedback": (
                    "Keliru. Keputusan tentang hidupnya tetap milik penyintas. Tugas tim adalah memastikan "
                    "pilihannya aman dan diambil dengan informasi lengkap, misalnya jalur migrasi resmi "
                    "yang diperiksa bersama dinas tenaga kerja dan KP2MI, sebagai bagian dari hak atas "
                    "reintegrasi sosial (UU 21/2007 Pasal 51 ayat (1))."
                ),
                "feedback_en": (
                    "Wrong. Decisions about her life remain the survivor's. The team's job is to make sure "
                    "her choices are safe and well informed, for example a legal migration route checked "
                    "with the manpower office and KP2MI, as part of her right to social reintegration (Law "
                    "21/2007 Art. 51(1))."
                ),
            },
        ],
    },
    {
        "type": "single_choice",
        "lesson": L_KOORDINASI,
        "points": 1,
        "prompt": (
            "Sebuah instansi anggota gugus tugas meminta seluruh berkas kasus korban yang Anda kelola, "
            "“supaya lengkap”. Apa yang tepat?"
        ),
        "prompt_en": (
            "An agency on the task force asks for the whole case file of a victim you manage, “so we have "
            "everything”. What is right?"
        ),
        "choices": [
            {
                "text": "Kirim seluruh berkas, karena sesama instansi pemerintah tidak terikat kerahasiaan.",
                "text_en": "Send the whole file, since government agencies are not bound by confidentiality among themselves.",
                "correct": False,
                "feedback": (
                    "Keliru. Kewajiban merahasiakan identitas korban (UU 21/2007 Pasal 44) dan asas layanan "
                    "terpadu yang rahasia (PP 9/2008) berlaku juga di antara instansi pemerintah."
                ),
                "feedback_en": (
                    "Wrong. The duty to keep the victim's identity confidential (Law 21/2007 Art. 44) and "
                    "the confidentiality of integrated services (Government Regulation 9/2008) apply "
                    "between government agencies too."
                ),
            },
            {
                "text": (
                    "Tanyakan untuk layanan apa berkas itu dibutuhkan, lalu bagikan bagian yang relevan "
                    "dengan persetujuan korban dan catat persetujuannya."
                ),
                "text_en": (
                    "Ask which service the file is needed for, then share the relevant part with the "
                    "victim's consent and record that consent."
                ),
                "correct": True,
                "feedback": (
                    "Tepat. Satu berkas dipakai bersama supaya korban tidak bercerita berulang kali, tetapi "
                    "isinya dibagikan seperlunya dan dengan persetujuan korban yang sudah diberi "
                    "penjelasan. Dasarnya: kerahasiaan identitas (UU 21/2007 Pasal 44) dan layanan terpadu "
                    "yang rahasia (PP 9/2008)."
                ),
                "feedback_en": (
                    "Right. One shared file spares the victim from repeating her story, but its contents are "
                    "shared only as needed and with the victim's informed consent. The basis: confidential "
                    "identity (Law 21/2007 Art. 44) and confidential integrated services (Government "
                    "Regulation 9/2008)."
                ),
            },
            {
                "text": "Tolak sama sekali; berkas korban tidak boleh dibagikan kepada siapa pun.",
                "text_en": "Refuse outright; a victim's file may never be shared with anyone.",
                "correct": False,
                "feedback": (
                    "Kurang tepat. Pelayanan terpadu (PP 9/2008) justru menuntut instansi bekerja bersama; "
                    "menolak sama sekali bisa menghambat layanan yang dibutuhkan korban. Yang dijaga adalah "
                    "cakupannya: bagikan seperlunya, dengan persetujuan korban (UU 21/2007 Pasal 44)."
                ),
                "feedback_en": (
                    "Not quite. Integrated services (Government Regulation 9/2008) require agencies to work "
                    "together; an outright refusal can block services the victim needs. What is guarded is "
                    "the scope: share only what is needed, with the victim's consent (Law 21/2007 Art. 44)."
                ),
            },
            {
                "text": "Minta korban datang sendiri ke instansi itu dan menceritakan ulang kisahnya.",
                "text_en": "Ask the victim to go to that agency herself and tell her story again.",
                "correct": False,
                "feedback": (
                    "Keliru. Menyuruh korban mengulang ceritanya dari kantor ke kantor adalah beban yang "
                    "hendak dihapus oleh pelayanan terpadu (PP 9/2008): instansi yang bergerak, bukan "
                    "korban. Ringkasan dari berkas bersama, dengan persetujuannya, sudah cukup."
                ),
                "feedback_en": (
                    "Wrong. Sending the victim from office to office to repeat her story is the burden "
                    "integrated services (Government Regulation 9/2008) exist to remove: agencies move, "
                    "not the victim. A summary from the shared file, with her consent, is enough."
                ),
            },
        ],
    },
    {
        "type": "single_choice",
        "lesson": L_KOORDINASI,
        "points": 1,
        "prompt": (
            "Dalam dua hari, seorang anak korban sudah ditanyai dari awal oleh empat petugas dari instansi "
            "berbeda dan mulai menolak bicara. Sebagai pengelola kasus di UPTD PPA, apa langkah Anda?"
        ),
        "prompt_en": (
            "Within two days a child victim has been questioned from the start by four officers from "
            "different agencies and is beginning to refuse to talk. As case manager at the UPTD PPA, what "
            "do you do?"
        ),
        "choices": [
            {
                "text": (
                    "Adakan konferensi kasus: sepakati satu pemeriksaan oleh penyidik dengan pendamping, "
                    "instansi lain memakai ringkasan dari berkas bersama sesuai persetujuan anak dan "
                    "walinya, dan tetapkan penanggung jawab serta tenggat setiap tugas."
                ),
                "text_en": (
                    "Call a case conference: agree on one interview by the investigator with a companion, "
                    "other agencies use a summary from the shared file with the consent of the child and "
                    "guardian, and set an owner and deadline for each task."
                ),
                "correct": True,
                "feedback": (
                    "Tepat. Pengelolaan kasus adalah fungsi UPTD PPA menurut Permen PPPA 4/2018. Satu "
                    "pemeriksaan dengan pendamping mengurangi beban anak, dan undang-undang menyediakan "
                    "perlindungan lanjutannya: di persidangan anak diperiksa dengan pendamping tanpa "
                    "kehadiran terdakwa, dan dengan persetujuan hakim keterangannya dapat direkam di luar "
                    "sidang (UU 21/2007 Pasal 39–40)."
                ),
                "feedback_en": (
                    "Right. Case management is a UPTD PPA function under Regulation PPPA 4/2018. One "
                    "interview with a companion eases the child's burden, and the law adds further "
                    "protection: at trial a child is examined with a companion and without the defendant "
                    "present, and with the judge's approval the testimony can be recorded outside the "
                    "courtroom (Law 21/2007 Arts 39–40)."
                ),
            },
            {
                "text": "Biarkan setiap instansi melanjutkan wawancaranya karena kebutuhan mereka berbeda.",
                "text_en": "Let each agency carry on with its own interview, since their needs differ.",
                "correct": False,
                "feedback": (
                    "Keliru. Pemeriksaan berulang menambah trauma dan membuat anak berhenti bicara. "
                    "Perlindungan bagi anak dalam UU 21/2007 Pasal 39–40 (pendamping, tanpa kehadiran "
                    "terdakwa, rekaman di luar sidang) menunjukkan arahnya: beban pemeriksaan dikurangi. "
                    "Kebutuhan instansi lain dipenuhi dari berkas bersama."
                ),
                "feedback_en": (
                    "Wrong. Repeated interviews add to the trauma and make the child stop talking. The "
                    "child protections in Law 21/2007 Arts 39–40 (a companion, no defendant present, "
                    "recording outside court) point the same way: lighten the burden of examination. Other "
                    "agencies' needs are met from the shared file."
                ),
            },
            {
                "text": "Hentikan semua layanan sampai anak mau bicara lagi.",
                "text_en": "Stop all services until the child is willing to talk again.",
                "correct": False,
                "feedback": (
                    "Keliru. Layanan pemulihan tidak bergantung pada keterangan korban (UU 21/2007 Pasal 51 "
                    "ayat (2)), apalagi bagi anak. Yang dihentikan adalah wawancara berulangnya, bukan "
                    "layanannya."
                ),
                "feedback_en": (
                    "Wrong. Recovery services do not depend on the victim's statement (Law 21/2007 Art. "
                    "51(2)), least of all for a child. What stops is the repeated questioning, not the "
                    "services."
                ),
            },
            {
                "text": "Pertemukan anak dengan tersangka supaya keterangan keduanya bisa dicocokkan.",
                "text_en": "Bring the child face to face with the suspect so their accounts can be compared.",
                "correct": False,
                "feedback": (
                    "Keliru dan berbahaya. Mempertemukan korban dengan pelaku adalah bentuk reviktimisasi. "
                    "Bahkan di persidangan, anak korban diperiksa tanpa kehadiran terdakwa (UU 21/2007 "
                    "Pasal 39)."
                ),
                "feedback_en": (
                    "Wrong and dangerous. Confronting a victim with the offender is re-victimisation. Even "
                    "at trial, a child victim is examined without the defendant present (Law 21/2007 "
                    "Art. 39)."
                ),
            },
        ],
    },
]

QUIZZES = [
    {
        "course": COURSE,
        "slug": "kuis-akhir-sop-pelayanan-terpadu",
        "title": "Kuis Akhir: SOP Pelayanan Terpadu",
        "title_en": "Final Quiz: Integrated Services SOP",
        "intro": (
            "Kuis akhir ini menguji penerapan enam tahap pelayanan terpadu menurut Permen PPPA 8/2021 "
            "dalam situasi yang biasa dihadapi petugas, beserta dasar hukumnya. Tiga soal berupa kasus "
            "bercabang: pilihan Anda menentukan jalan ceritanya. Nilai lulus 70%."
        ),
        "intro_en": (
            "This final quiz tests how you apply the six stages of integrated services under Ministerial "
            "Regulation PPPA 8/2021 to situations officers commonly meet, and their legal basis. Three "
            "questions are branching cases: your choices shape the story. The pass mark is 70%."
        ),
        "mode": "final",
        "pass_mark": 70,
        "questions": QUESTIONS,
    },
]
