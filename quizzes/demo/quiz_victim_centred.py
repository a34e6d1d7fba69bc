"""Demo quizzes for the course "Layanan yang Berpihak pada Korban dan Responsif Gender"
(courses/demo/course_victim_centred.py): a pre-test and a final quiz. Format: see __init__.py.

Written from ../shared/content/brief.md (sections 1.1, 2 and scenario sketches S2, S4, S5, S6,
S7) and the course lessons. Every question tests a point a lesson teaches and names that lesson.
Items the brief marks ✘ or ◐ are left out: UU 21/2007 Pasal 26 is not cited; Pasal 5 UU 13/2006
jo. UU 31/2014 appears only once, with its caveat; UU 12/2022 Pasal 26 only where the case involves
sexual violence. All names are fictional.
"""

COURSE = "layanan-berpihak-korban-responsif-gender"

# Lesson slugs (courses/demo/course_victim_centred.py).
L_PRINSIP = "berpihak-pada-korban-dan-tidak-menambah-bahaya"
L_PERSETUJUAN = "persetujuan-kerahasiaan-dan-hak-memilih"
L_WAWANCARA = "wawancara-dan-pendampingan-peka-trauma-dan-gender"
L_TANPA_HUKUMAN = "tidak-menghukum-korban-dan-nondiskriminasi"
L_ANAK = "korban-anak-kepentingan-terbaik"
L_KESALAHAN = "kesalahan-umum-yang-harus-dihindari"

# --- Pre-test: same topics as the final quiz, not graded ---------------------------------

PRETEST_QUESTIONS = [
    {
        "type": "single_choice",
        "lesson": L_WAWANCARA,
        "points": 1,
        "prompt": (
            "Seorang perempuan yang baru diselamatkan dari eksploitasi seksual dibawa ke kantor "
            "polisi untuk dimintai keterangan. Di mana dan bagaimana sebaiknya ia diperiksa?"
        ),
        "prompt_en": (
            "A woman just rescued from sexual exploitation is brought to a police station to give "
            "a statement. Where and how should she be examined?"
        ),
        "choices": [
            {
                "text": (
                    "Di meja penyidik di ruang kerja bersama, supaya pemeriksaan cepat selesai."
                ),
                "text_en": (
                    "At the investigator's desk in the shared office, so the examination is over "
                    "quickly."
                ),
                "correct": False,
                "feedback": (
                    "Kurang tepat. Di ruang terbuka orang lain bisa mendengar dan korban merasa "
                    "tidak aman, sehingga ceritanya justru tertahan. UU 21/2007 Pasal 45 mengatur "
                    "ruang pelayanan khusus (RPK) di kantor polisi untuk memeriksa saksi dan "
                    "korban TPPO; keselamatan adalah prinsip pertama pendekatan peka trauma "
                    "(SAMHSA, 2014)."
                ),
                "feedback_en": (
                    "Not quite. In an open office others can overhear and the victim does not feel "
                    "safe, so she holds back. Law 21/2007 Art. 45 provides special service rooms "
                    "(RPK) at police stations for examining trafficking witnesses and victims; "
                    "safety is the first principle of a trauma-informed approach (SAMHSA, 2014)."
                ),
            },
            {
                "text": (
                    "Di ruang pelayanan khusus (RPK), dengan tawaran pendamping sejak awal dan "
                    "pilihan diperiksa oleh petugas perempuan."
                ),
                "text_en": (
                    "In the special service room (RPK), with a companion offered from the start "
                    "and the option of a female officer."
                ),
                "correct": True,
                "feedback": (
                    "Tepat. RPK disediakan untuk pemeriksaan korban TPPO (UU 21/2007 Pasal 45), "
                    "dan korban berhak didampingi advokat dan/atau pendamping lain selama "
                    "pemeriksaan (Pasal 35). Untuk unsur kekerasan seksual, UU 12/2022 Pasal 26 "
                    "meminta pendamping yang terlatih peka gender dan diutamakan sejenis kelamin "
                    "dengan korban. Ini wujud pendekatan peka trauma dan peka gender."
                ),
                "feedback_en": (
                    "Correct. The RPK exists for examining trafficking victims (Law 21/2007 Art. "
                    "45), and the victim has the right to an advocate and/or other companion "
                    "during examination (Art. 35). For the sexual-violence element, Law 12/2022 "
                    "Art. 26 calls for companions trained in gender sensitivity, preferably of the "
                    "victim's sex. This is trauma-informed, gender-sensitive practice."
                ),
            },
            {
                "text": (
                    "Di ruang mana saja, asalkan tersangka ikut hadir agar keterangannya langsung "
                    "dicocokkan."
                ),
                "text_en": (
                    "In any room, as long as the suspect is present so her account can be checked "
                    "at once."
                ),
                "correct": False,
                "feedback": (
                    "Keliru. Mempertemukan korban dengan tersangka adalah bentuk reviktimisasi: "
                    "korban dipaksa menghadapi orang yang ia takuti dan bisa ditekan untuk "
                    "mengubah keterangannya. Prinsip tidak menambah bahaya (rekomendasi WHO) dan "
                    "keselamatan (SAMHSA, 2014) melarangnya."
                ),
                "feedback_en": (
                    "Wrong. Confronting a victim with the suspect is re-victimisation: she must "
                    "face the person she fears and may be pressured to change her account. The "
                    "do-no-harm principle (WHO recommendations) and safety (SAMHSA, 2014) rule it "
                    "out."
                ),
            },
            {
                "text": "Di rumah aman, tanpa pendamping, agar ia tidak dipengaruhi orang lain.",
                "text_en": "At the shelter, without a companion, so that nobody influences her.",
                "correct": False,
                "feedback": (
                    "Keliru. Pendamping bukan gangguan, melainkan hak korban selama pemeriksaan "
                    "(UU 21/2007 Pasal 35). Tawarkan hak itu sebelum pemeriksaan dimulai; korban "
                    "yang didampingi merasa lebih aman dan lebih mampu bercerita."
                ),
                "feedback_en": (
                    "Wrong. A companion is not interference but the victim's right during "
                    "examination (Law 21/2007 Art. 35). Offer it before the examination begins; an "
                    "accompanied victim feels safer and is better able to speak."
                ),
            },
        ],
    },
    {
        "type": "true_false",
        "lesson": L_WAWANCARA,
        "points": 1,
        "prompt": (
            "Benar atau salah: bila cerita korban melompat-lompat, urutan waktunya kacau, dan ia "
            "menyampaikannya dengan wajah datar, itu tanda kuat bahwa ia berbohong."
        ),
        "prompt_en": (
            "True or false: if a victim's account jumps around, the timeline is confused and she "
            "tells it with a flat expression, that is a strong sign she is lying."
        ),
        "correct": False,
        "feedback_true": (
            "Kurang tepat. Panduan SAMHSA (2014) tentang pendekatan peka trauma menjelaskan bahwa "
            "trauma dapat mengganggu ingatan, urutan cerita, dan ekspresi emosi. Cerita yang tidak "
            "runtut atau sikap datar lebih mungkin merupakan akibat trauma; jangan langsung "
            "menyimpulkan korban berbohong."
        ),
        "feedback_true_en": (
            "Not quite. SAMHSA's 2014 guidance on a trauma-informed approach explains that trauma "
            "can disturb memory, the order of events and emotional expression. A disjointed "
            "account or a flat manner should be read as a possible effect of trauma, not "
            "automatically as lying."
        ),
        "feedback_false": (
            "Tepat. Menurut panduan SAMHSA (2014), trauma dapat berdampak panjang pada cara "
            "seseorang mengingat dan bercerita. Karena itu petugas yang peka trauma memberi waktu "
            "dan jeda, bukan langsung mencurigai korban."
        ),
        "feedback_false_en": (
            "Correct. According to SAMHSA's 2014 guidance, trauma can have lasting effects on how "
            "a person remembers and tells events. A trauma-informed officer therefore allows time "
            "and breaks instead of assuming the victim is lying."
        ),
    },
    {
        "type": "multiple_response",
        "lesson": L_ANAK,
        "points": 1,
        "prompt": (
            "Di terminal bus, petugas menghentikan seorang remaja putri yang hendak berangkat ke "
            "“kerja di kafe” yang ia temukan di media sosial. KTP-nya menyebut usia 20 tahun, "
            "tetapi ia tampak jauh lebih muda dan berkata orang tuanya sudah mengizinkan. Langkah "
            "mana saja yang sesuai dengan kepentingan terbaik anak? Pilih semua yang benar."
        ),
        "prompt_en": (
            "At a bus terminal, officers stop a teenage girl about to leave for a “café job” she "
            "found on social media. Her ID card says she is 20, but she looks much younger and "
            "says her parents agreed. Which steps serve the best interests of the child? Select "
            "all that apply."
        ),
        "choices": [
            {
                "text": "Memperlakukannya sebagai anak sampai usianya dapat dipastikan.",
                "text_en": "Treating her as a child until her age can be established.",
                "correct": True,
                "feedback": (
                    "Benar. Pedoman UNICEF tentang anak korban perdagangan orang meminta orang "
                    "yang usianya tidak pasti diperlakukan sebagai anak; batas yang dipakai adalah "
                    "di bawah 18 tahun (Protokol Palermo Pasal 3). Perlindungan tidak ditunda "
                    "sambil menunggu kepastian usia."
                ),
                "feedback_en": (
                    "Right. The UNICEF guidelines on child victims of trafficking ask that anyone "
                    "whose age is uncertain be treated as a child; the line is under 18 (Palermo "
                    "Protocol Art. 3). Protection is not delayed while the age is checked."
                ),
            },
            {
                "text": (
                    "Menghubungi UPTD PPA dan memastikan ada pendamping sebelum ia dimintai "
                    "keterangan."
                ),
                "text_en": (
                    "Contacting the UPTD PPA and making sure a companion is present before she is "
                    "questioned."
                ),
                "correct": True,
                "feedback": (
                    "Benar. Anak yang menjadi saksi atau korban didampingi selama pemeriksaan (UU "
                    "21/2007 Pasal 39), dan pedoman UNICEF menganjurkan wali atau pendamping sejak "
                    "awal."
                ),
                "feedback_en": (
                    "Right. A child witness or victim is accompanied during examination (Law "
                    "21/2007 Art. 39), and the UNICEF guidelines recommend a guardian or companion "
                    "from the start."
                ),
            },
            {
                "text": (
                    "Memeriksa apakah ada anggota keluarga yang terlibat sebelum memulangkannya."
                ),
                "text_en": (
                    "Checking whether any family member was involved before sending her home."
                ),
                "correct": True,
                "feedback": (
                    "Benar. Rumah belum tentu tempat yang aman; keputusan memulangkan diukur "
                    "dengan kepentingan terbaik anak (pedoman UNICEF)."
                ),
                "feedback_en": (
                    "Right. Home is not necessarily safe; the decision to return her is measured "
                    "against the best interests of the child (UNICEF guidelines)."
                ),
            },
            {
                "text": "Membiarkannya berangkat karena orang tuanya sudah memberi izin.",
                "text_en": "Letting her travel because her parents have given permission.",
                "correct": False,
                "feedback": (
                    "Keliru. Persetujuan anak maupun orang tuanya tidak pernah membuat eksploitasi "
                    "anak menjadi sah; untuk korban di bawah 18 tahun, unsur cara bahkan tidak "
                    "diperlukan (Protokol Palermo Pasal 3)."
                ),
                "feedback_en": (
                    "Wrong. No consent, whether the child's or the parents', can make a child's "
                    "exploitation lawful; for victims under 18 the means element is not even "
                    "required (Palermo Protocol Art. 3)."
                ),
            },
            {
                "text": "Memprosesnya karena memakai KTP dengan data usia palsu.",
                "text_en": "Charging her for using an ID card with a false age.",
                "correct": False,
                "feedback": (
                    "Keliru. Pemalsuan termasuk cara yang dipakai pelaku dalam definisi TPPO (UU "
                    "21/2007 Pasal 1), jadi telusuri siapa yang mengurus KTP itu. Semangat Pasal "
                    "18 adalah tidak menghukum korban atas perbuatan yang dipaksakan pelaku; "
                    "pemberatan sepertiga dalam Pasal 17 ditujukan kepada perekrutnya, bukan "
                    "kepada anak."
                ),
                "feedback_en": (
                    "Wrong. Forgery is one of the means in the definition of trafficking (Law "
                    "21/2007 Art. 1), so find out who arranged the ID card. The spirit of Art. 18 "
                    "is not to punish victims for what the trafficker made them do; the one-third "
                    "aggravation in Art. 17 targets the recruiter, not the child."
                ),
            },
        ],
    },
    {
        "type": "single_choice",
        "lesson": L_PERSETUJUAN,
        "points": 1,
        "prompt": (
            "Menurut rekomendasi etik dan keselamatan WHO, kapan persetujuan korban untuk "
            "diwawancarai benar-benar bermakna?"
        ),
        "prompt_en": (
            "According to the WHO ethical and safety recommendations, when is a victim's consent "
            "to an interview truly meaningful?"
        ),
        "choices": [
            {
                "text": (
                    "Bila korban sudah menandatangani formulir persetujuan di awal pertemuan "
                    "pertama."
                ),
                "text_en": (
                    "When the victim has signed a consent form at the start of the first meeting."
                ),
                "correct": False,
                "feedback": (
                    "Kurang tepat. Persetujuan bukan satu tanda tangan di awal. Setiap langkah "
                    "baru, seperti tes medis, foto luka, rujukan, atau laporan ke polisi, perlu "
                    "dijelaskan dan disetujui tersendiri (rekomendasi WHO)."
                ),
                "feedback_en": (
                    "Not quite. Consent is not a single signature at the start. Each new step, "
                    "such as a medical test, photos of injuries, a referral or a police report, "
                    "must be explained and agreed separately (WHO recommendations)."
                ),
            },
            {
                "text": (
                    "Bila korban memahami siapa yang bertanya, untuk apa, bagaimana informasinya "
                    "dipakai dan disimpan, dan bahwa ia boleh menolak, berhenti sejenak, atau "
                    "berhenti tanpa kehilangan layanan."
                ),
                "text_en": (
                    "When the victim knows who is asking and for what purpose, how the information "
                    "will be used and kept, and that they can say no, take a break or end the "
                    "conversation and still receive help."
                ),
                "correct": True,
                "feedback": (
                    "Tepat. Inilah inti persetujuan berdasarkan informasi dalam rekomendasi WHO. "
                    "Hak menolak tanpa kehilangan bantuan juga mencerminkan pendekatan berpihak "
                    "pada korban: kerja sama tidak boleh menjadi harga pertolongan (OHCHR, Prinsip "
                    "1)."
                ),
                "feedback_en": (
                    "Correct. This is the core of informed consent in the WHO recommendations. The "
                    "right to refuse without losing help also reflects the victim-centred "
                    "approach: cooperation must never be the price of assistance (OHCHR, Principle "
                    "1)."
                ),
            },
            {
                "text": (
                    "Bila korban diam atau mengangguk ketika petugas menjelaskan tujuan wawancara."
                ),
                "text_en": (
                    "When the victim stays silent or nods while the officer explains the interview."
                ),
                "correct": False,
                "feedback": (
                    "Keliru. Diam atau mengangguk karena takut bukanlah persetujuan. Periksa "
                    "pemahaman, misalnya dengan meminta korban mengulang penjelasan dengan "
                    "kata-katanya sendiri, dan sediakan juru bahasa bila perlu (rekomendasi WHO)."
                ),
                "feedback_en": (
                    "Wrong. Silence or a frightened nod is not consent. Check understanding, for "
                    "example by asking the victim to explain it back in their own words, and "
                    "provide an interpreter if needed (WHO recommendations)."
                ),
            },
        ],
    },
    {
        "type": "true_false",
        "lesson": L_TANPA_HUKUMAN,
        "points": 1,
        "prompt": (
            "Benar atau salah: seorang pemuda yang dideportasi dari kompleks penipuan daring dan "
            "mengaku mengirim pesan investasi palsu harus diproses dulu sebagai pelaku penipuan; "
            "soal ia dipaksa atau tidak dapat ditanyakan belakangan."
        ),
        "prompt_en": (
            "True or false: a young man deported from an online scam compound who admits sending "
            "fake investment messages must first be processed as a fraud suspect; whether he was "
            "forced can be asked later."
        ),
        "correct": False,
        "feedback_true": (
            "Kurang tepat. UU 21/2007 Pasal 18 menyatakan korban yang melakukan tindak pidana "
            "karena dipaksa pelaku TPPO tidak dipidana. Karena itu kemungkinan paksaan (cara "
            "perekrutan, paspor ditahan, utang, ancaman, penjagaan) harus ditanyakan dan dicatat "
            "sebelum ada keputusan menahan atau menuntut. Ini prinsip tidak menghukum korban "
            "(OHCHR)."
        ),
        "feedback_true_en": (
            "Not quite. Under Law 21/2007 Art. 18, victims are not punished for offences a "
            "trafficker forced them to commit. Possible coercion (how he was recruited, a withheld "
            "passport, debt, threats, guards) must therefore be asked about and recorded before "
            "any decision to detain or charge. This is the non-punishment principle (OHCHR)."
        ),
        "feedback_false": (
            "Tepat. Skrining dulu, baru putuskan. Pasal 18 UU 21/2007 melindungi korban yang "
            "berbuat karena dipaksa pelaku. Yang memutuskan akhirnya penyidik, penuntut umum, dan "
            "hakim, dan mereka hanya dapat menimbang paksaan yang sudah ditanyakan dan dicatat "
            "(prinsip tidak menghukum korban, OHCHR)."
        ),
        "feedback_false_en": (
            "Correct. Screen first, then decide. Art. 18 of Law 21/2007 protects victims who acted "
            "because the trafficker forced them; the final judgement lies with investigators, "
            "prosecutors and judges, but they can only weigh coercion that has been asked about "
            "and recorded (non-punishment principle, OHCHR)."
        ),
    },
    {
        "type": "scenario",
        "lesson": L_KESALAHAN,
        "points": 2,
        "prompt": "Ikuti kasus ini dan pilih langkah Anda di setiap tahap.",
        "prompt_en": "Follow this case and choose your step at each stage.",
        "title": "Telepon dari wartawan",
        "title_en": "A call from a reporter",
        "start": "pre-media-1",
        "steps": [
            {
                "key": "pre-media-1",
                "narrative": (
                    "Anda bertugas di DP3A kabupaten. Dua hari lalu empat anak perempuan "
                    "diselamatkan dari jaringan perdagangan orang. Seorang wartawan media daring "
                    "menelepon dan meminta nama, desa asal, serta foto anak-anak itu “agar "
                    "beritanya kuat”."
                ),
                "narrative_en": (
                    "You work at the regency DP3A. Two days ago four girls were rescued from a "
                    "trafficking network. A reporter from an online outlet calls and asks for the "
                    "children's names, home villages and photos “so the story has impact”."
                ),
                "choices": [
                    {
                        "text": (
                            "Menolak memberi identitas, dan menawarkan data tren tanpa identitas: "
                            "jumlah kasus, modus perekrutan, dan cara melapor."
                        ),
                        "text_en": (
                            "Decline to give identities and offer non-identifying trend data: "
                            "number of cases, recruitment methods and how to report."
                        ),
                        "feedback": (
                            "Tepat. Saksi dan korban berhak atas kerahasiaan identitas (UU 21/2007 "
                            "Pasal 44), dan bagi anak hal ini juga menyangkut kepentingan terbaik "
                            "anak. Data tren tetap berguna untuk pencegahan tanpa membuka siapa "
                            "korbannya."
                        ),
                        "feedback_en": (
                            "Correct. Witnesses and victims have the right to a confidential "
                            "identity (Law 21/2007 Art. 44), and for children this is also a "
                            "matter of their best interests. Trend data still serves prevention "
                            "without revealing who the victims are."
                        ),
                        "next": "pre-media-2",
                    },
                    {
                        "text": (
                            "Mengirim foto yang wajahnya diburamkan, disertai nama desa asal "
                            "anak-anak."
                        ),
                        "text_en": (
                            "Send photos with faces blurred, together with the children's home "
                            "village."
                        ),
                        "feedback": (
                            "Kurang tepat. Di komunitas kecil, nama desa ditambah postur, pakaian, "
                            "atau latar foto sudah cukup untuk mengenali anak. Itu membuka "
                            "identitas yang dilindungi UU 21/2007 Pasal 44 dan membuat anak rentan "
                            "terhadap stigma dan pembalasan."
                        ),
                        "feedback_en": (
                            "Not quite. In a small community the village name plus build, clothing "
                            "or the photo's background is enough to recognise a child. It "
                            "discloses an identity protected by Law 21/2007 Art. 44 and exposes "
                            "the children to stigma and retaliation."
                        ),
                        "next": "pre-media-sebagian",
                    },
                    {
                        "text": (
                            "Memberikan alamat keluarga agar wartawan bertanya langsung kepada "
                            "mereka."
                        ),
                        "text_en": (
                            "Give the families' address so the reporter can ask them directly."
                        ),
                        "feedback": (
                            "Keliru. Cara ini memindahkan risiko kepada keluarga dan tetap membuka "
                            "identitas anak (UU 21/2007 Pasal 44). Keluarga yang terancam pun "
                            "berhak atas kerahasiaan identitas sampai derajat kedua. Prinsip tidak "
                            "menambah bahaya (WHO) dilanggar."
                        ),
                        "feedback_en": (
                            "Wrong. This shifts the risk onto the families and still reveals the "
                            "children's identity (Law 21/2007 Art. 44). Threatened family members "
                            "up to the second degree are also entitled to confidentiality. It "
                            "breaks the do-no-harm principle (WHO)."
                        ),
                        "next": "pre-media-bahaya",
                    },
                ],
            },
            {
                "key": "pre-media-2",
                "narrative": (
                    "Esok harinya, pimpinan Anda ingin mengunggah foto serah terima anak-anak itu "
                    "di akun Instagram dinas “untuk menunjukkan hasil kerja”. Di foto itu wajah "
                    "dan seragam sekolah anak-anak terlihat jelas."
                ),
                "narrative_en": (
                    "The next day your head of office wants to post a photo of the children's "
                    "handover on the office's Instagram account “to show our results”. The "
                    "children's faces and school uniforms are clearly visible."
                ),
                "choices": [
                    {
                        "text": (
                            "Mengusulkan unggahan tanpa anak sama sekali, misalnya infografik "
                            "modus perekrutan dan nomor SAPA 129."
                        ),
                        "text_en": (
                            "Propose a post with no children at all, such as an infographic on "
                            "recruitment methods and the SAPA 129 number."
                        ),
                        "feedback": (
                            "Tepat. Hasil kerja bisa ditunjukkan tanpa mengorbankan kerahasiaan. "
                            "Tidak ada nama, foto, atau nama desa korban di media sosial (UU "
                            "21/2007 Pasal 44; anjuran WHO menjaga anonimitas), dan kepentingan "
                            "terbaik anak didahulukan."
                        ),
                        "feedback_en": (
                            "Correct. Results can be shown without sacrificing confidentiality. No "
                            "names, photos or villages of victims on social media (Law 21/2007 "
                            "Art. 44; WHO advice on anonymity), and the children's best interests "
                            "come first."
                        ),
                        "next": "pre-media-terbaik",
                    },
                    {
                        "text": (
                            "Mengunggahnya dengan wajah diburamkan, seragam sekolah tetap terlihat."
                        ),
                        "text_en": "Post it with faces blurred but school uniforms still visible.",
                        "feedback": (
                            "Kurang tepat. Seragam dan nama sekolah dapat menunjuk langsung kepada "
                            "anak. Kerahasiaan identitas (UU 21/2007 Pasal 44) mencakup semua hal "
                            "yang membuat korban bisa dikenali, bukan hanya wajah."
                        ),
                        "feedback_en": (
                            "Not quite. A school uniform can point straight to a child. "
                            "Confidentiality of identity (Law 21/2007 Art. 44) covers anything "
                            "that makes a victim recognisable, not just the face."
                        ),
                        "next": "pre-media-sebagian",
                    },
                ],
            },
        ],
        "endings": [
            {
                "key": "pre-media-terbaik",
                "text": (
                    "Berita dan unggahan dinas membantu pencegahan tanpa membuka identitas siapa "
                    "pun. Anak-anak dapat pulih tanpa menjadi bahan pembicaraan di desa dan "
                    "sekolahnya."
                ),
                "text_en": (
                    "The story and the office's post help prevention without revealing anyone's "
                    "identity. The children can recover without becoming the talk of their village "
                    "and school."
                ),
                "score": 100,
            },
            {
                "key": "pre-media-sebagian",
                "text": (
                    "Nama anak tidak disebut, tetapi detail yang tersebar cukup bagi tetangga "
                    "untuk menebak siapa mereka. Dua keluarga mulai menerima pesan bernada "
                    "ancaman."
                ),
                "text_en": (
                    "The children are not named, but the details released are enough for "
                    "neighbours to guess who they are. Two families start receiving threatening "
                    "messages."
                ),
                "score": 30,
            },
            {
                "key": "pre-media-bahaya",
                "text": (
                    "Wartawan mendatangi rumah keluarga dan beritanya memuat cukup detail untuk "
                    "mengenali anak-anak. Satu keluarga memindahkan anaknya dari sekolah karena "
                    "malu dan takut."
                ),
                "text_en": (
                    "The reporter visits the families and the story carries enough detail to "
                    "identify the children. One family takes their daughter out of school out of "
                    "shame and fear."
                ),
                "score": 0,
            },
        ],
    },
]

# --- Final quiz ----------------------------------------------------------------------------

FINAL_QUESTIONS = [
    {
        "type": "single_choice",
        "lesson": L_PRINSIP,
        "points": 1,
        "prompt": (
            "Seorang penyintas akan pulang ke desanya setelah dua minggu di UPTD PPA. Jaringan "
            "yang merekrutnya belum tertangkap. Apa yang paling penting disepakati bersamanya "
            "sebelum ia pulang?"
        ),
        "prompt_en": (
            "A survivor is going home to her village after two weeks at the UPTD PPA. The network "
            "that recruited her has not been caught. What is most important to agree with her "
            "before she leaves?"
        ),
        "choices": [
            {
                "text": (
                    "Cara menghubunginya yang aman, siapa saja yang boleh tahu ia sedang dibantu, "
                    "langkah darurat (misalnya SAPA 129), dan jadwal tindak lanjut."
                ),
                "text_en": (
                    "A safe way to contact her, who may know she is being helped, emergency steps "
                    "(such as SAPA 129) and a follow-up schedule."
                ),
                "correct": True,
                "feedback": (
                    "Tepat. Prinsip tidak menambah bahaya meminta setiap kontak dianggap berisiko "
                    "sampai dinilai sebaliknya, dan keselamatan direncanakan sebelum, selama, dan "
                    "sesudah pertemuan (rekomendasi WHO; buku pegangan IOM). Korban sendiri sering "
                    "paling tahu siapa yang berbahaya baginya."
                ),
                "feedback_en": (
                    "Correct. Do no harm means treating every contact as risky until assessed "
                    "otherwise and planning safety before, during and after each meeting (WHO "
                    "recommendations; IOM handbook). The victim often knows best who is dangerous "
                    "to her."
                ),
            },
            {
                "text": "Mengumumkan kepulangannya di rapat desa supaya warga ikut menjaganya.",
                "text_en": (
                    "Announce her return at a village meeting so that residents can look out for "
                    "her."
                ),
                "correct": False,
                "feedback": (
                    "Keliru. Mengumumkan kasusnya membuka identitas korban, yang dilindungi UU "
                    "21/2007 Pasal 44, dan dapat membawa stigma serta memberi tahu jaringan pelaku "
                    "di mana ia berada."
                ),
                "feedback_en": (
                    "Wrong. Announcing her case reveals an identity protected by Law 21/2007 Art. "
                    "44, can bring stigma and tells the network where she is."
                ),
            },
            {
                "text": (
                    "Memakai nomor ponsel yang dulu ia gunakan selama bekerja, karena nomor itu "
                    "sudah tercatat."
                ),
                "text_en": (
                    "Use the phone number she used while working, since it is already on file."
                ),
                "correct": False,
                "feedback": (
                    "Keliru. Nomor yang pernah dipakai selama eksploitasi mungkin diketahui atau "
                    "dikuasai pelaku. Tanyakan kepada korban cara yang aman (rekomendasi WHO; buku "
                    "pegangan IOM)."
                ),
                "feedback_en": (
                    "Wrong. A number used during the exploitation may be known to or controlled by "
                    "the traffickers. Ask the victim what is safe (WHO recommendations; IOM "
                    "handbook)."
                ),
            },
            {
                "text": "Tidak perlu kesepakatan apa pun; ia sudah aman begitu sampai di rumah.",
                "text_en": "No agreement is needed; she is safe once she reaches home.",
                "correct": False,
                "feedback": (
                    "Keliru. Jaringan pelaku bisa masih mengawasi korban atau menagih “utang” "
                    "kepada keluarganya. Keselamatan sesudah pertemuan harus direncanakan, bukan "
                    "diandaikan (rekomendasi WHO; buku pegangan IOM)."
                ),
                "feedback_en": (
                    "Wrong. The network may still be watching her or pressing her family over a "
                    "“debt”. Safety after the meeting must be planned, not assumed (WHO "
                    "recommendations; IOM handbook)."
                ),
            },
        ],
    },
    {
        "type": "multiple_response",
        "lesson": L_PERSETUJUAN,
        "points": 1,
        "prompt": (
            "Seorang perempuan muda yang baru lolos dari tempat eksploitasi datang ke puskesmas "
            "dengan luka di lengan. Perawat jaga ingin memeriksa kehamilan dan infeksi menular "
            "seksual tanpa meminta izin, kemudian langsung menghubungi polisi. Langkah mana saja "
            "yang benar? Pilih semua yang benar."
        ),
        "prompt_en": (
            "A young woman who has just escaped exploitation comes to a health centre with an "
            "injured arm. The nurse on duty wants to run pregnancy and STI tests straight away "
            "without asking, then call the police. Which steps are right? Select all that apply."
        ),
        "choices": [
            {
                "text": "Menangani luka dan kebutuhan medis yang mendesak lebih dulu.",
                "text_en": "Treating the injury and urgent medical needs first.",
                "correct": True,
                "feedback": (
                    "Benar. Perawatan tidak ditunda menunggu laporan. UU 21/2007 Pasal 53 "
                    "menetapkan pertolongan pertama diberikan paling lambat 7 hari setelah "
                    "permohonan; angka itu batas akhir, bukan sasaran, sehingga keadaan darurat "
                    "tetap ditangani saat itu juga."
                ),
                "feedback_en": (
                    "Right. Care is not delayed for a report. Law 21/2007 Art. 53 sets a limit of "
                    "7 days from the request for first aid; that is the latest allowed, not a "
                    "target, and emergencies are treated at once."
                ),
            },
            {
                "text": "Menjelaskan setiap tes dan melakukannya hanya bila ia setuju.",
                "text_en": "Explaining each test and doing it only if she agrees.",
                "correct": True,
                "feedback": (
                    "Benar. Setiap langkah baru membutuhkan persetujuan tersendiri: tujuan tes, "
                    "caranya, dan siapa yang akan tahu hasilnya (persetujuan berdasarkan "
                    "informasi, rekomendasi WHO)."
                ),
                "feedback_en": (
                    "Right. Each new step needs its own consent: the purpose of the test, how it "
                    "is done and who will see the result (informed consent, WHO recommendations)."
                ),
            },
            {
                "text": "Merahasiakan hasil tes dan identitasnya.",
                "text_en": "Keeping the test results and her identity confidential.",
                "correct": True,
                "feedback": (
                    "Benar. Korban berhak atas kerahasiaan identitas (UU 21/2007 Pasal 44), dan "
                    "WHO meminta informasi pribadi dijaga setiap kali data dipakai."
                ),
                "feedback_en": (
                    "Right. The victim has the right to a confidential identity (Law 21/2007 Art. "
                    "44), and WHO asks that personal information be protected whenever data are "
                    "used."
                ),
            },
            {
                "text": (
                    "Membiarkan ia memutuskan apakah melapor sendiri atau meminta pendamping "
                    "mengurus permohonan layanan."
                ),
                "text_en": (
                    "Letting her decide whether to report herself or ask a companion to handle the "
                    "request for services."
                ),
                "correct": True,
                "feedback": (
                    "Benar. Ini hak korban menentukan pilihan (rekomendasi WHO). UU 21/2007 Pasal "
                    "51 ayat (2) memungkinkan permohonan layanan diajukan pihak lain, misalnya "
                    "relawan pendamping atau pekerja sosial, dan laporan polisinya pun tidak harus "
                    "dibuat oleh korban sendiri."
                ),
                "feedback_en": (
                    "Right. This is the victim's self-determination (WHO recommendations). Law "
                    "21/2007 Art. 51(2) lets others, such as a volunteer companion or social "
                    "worker, file the request for services, and the police report may also be made "
                    "by someone else."
                ),
            },
            {
                "text": "Menjalankan semua tes tanpa bertanya karena itu prosedur standar.",
                "text_en": (
                    "Running all the tests without asking because they are standard procedure."
                ),
                "correct": False,
                "feedback": (
                    "Keliru. Tes tanpa persetujuan kembali merampas kendali korban atas tubuhnya. "
                    "Tidak ada prosedur standar yang menghapus kewajiban menjelaskan dan meminta "
                    "persetujuan (rekomendasi WHO)."
                ),
                "feedback_en": (
                    "Wrong. Testing without consent again takes away the victim's control over her "
                    "own body. No standard procedure removes the duty to explain and ask for "
                    "consent (WHO recommendations)."
                ),
            },
            {
                "text": "Menunda perawatan sampai polisi datang dan laporan dibuat.",
                "text_en": "Delaying treatment until the police arrive and a report is made.",
                "correct": False,
                "feedback": (
                    "Keliru. Layanan tidak boleh bergantung pada laporan atau kesaksian korban (UU "
                    "21/2007 Pasal 51 ayat (2)); menundanya menambah bahaya bagi korban yang "
                    "terluka."
                ),
                "feedback_en": (
                    "Wrong. Services must not depend on the victim's report or testimony (Law "
                    "21/2007 Art. 51(2)); delaying care adds harm to an injured victim."
                ),
            },
        ],
    },
    {
        "type": "true_false",
        "lesson": L_PERSETUJUAN,
        "points": 1,
        "prompt": (
            "Benar atau salah: hak atas kerahasiaan identitas dalam UU 21/2007 Pasal 44 hanya "
            "melindungi saksi dan korban sendiri, tidak pernah keluarganya."
        ),
        "prompt_en": (
            "True or false: the right to a confidential identity in Law 21/2007 Art. 44 protects "
            "only witnesses and victims themselves, never their families."
        ),
        "correct": False,
        "feedback_true": (
            "Kurang tepat. Pasal 44 UU 21/2007 memperluas hak atas kerahasiaan identitas kepada "
            "keluarga saksi atau korban sampai derajat kedua apabila keluarga itu mendapat "
            "ancaman. Karena itu nama, alamat, dan desa keluarga korban juga tidak boleh dibuka."
        ),
        "feedback_true_en": (
            "Not quite. Art. 44 of Law 21/2007 extends the right to a confidential identity to the "
            "family of a witness or victim up to the second degree when that family is threatened. "
            "The family's names, address and village must therefore not be disclosed either."
        ),
        "feedback_false": (
            "Tepat. Bila keluarga sampai derajat kedua ikut diancam, hak atas kerahasiaan "
            "identitas juga berlaku bagi mereka (UU 21/2007 Pasal 44). Prinsip kerahasiaan "
            "melindungi korban dan orang yang dapat dipakai pelaku untuk menekannya."
        ),
        "feedback_false_en": (
            "Correct. When family members up to the second degree are threatened, the right to a "
            "confidential identity covers them too (Law 21/2007 Art. 44). Confidentiality protects "
            "the victim and the people a trafficker could use to pressure them."
        ),
    },
    {
        "type": "true_false",
        "lesson": L_TANPA_HUKUMAN,
        "points": 1,
        "prompt": (
            "Benar atau salah: UU 21/2007 Pasal 18 berarti setiap perbuatan pidana yang pernah "
            "dilakukan seorang korban TPPO otomatis tidak dapat dipidana, apa pun sebabnya."
        ),
        "prompt_en": (
            "True or false: Law 21/2007 Art. 18 means that any offence a trafficking victim has "
            "ever committed is automatically not punishable, whatever the reason."
        ),
        "correct": False,
        "feedback_true": (
            "Kurang tepat. Kata kuncinya adalah “karena dipaksa”: Pasal 18 melindungi korban yang "
            "melakukan tindak pidana karena dipaksa pelaku TPPO. Harus tampak hubungan antara "
            "paksaan dan perbuatan itu. Tugas petugas garis depan adalah menanyakan dan mencatat "
            "kemungkinan paksaan sebelum ada keputusan menahan atau menuntut; keputusan akhirnya "
            "di tangan penyidik, penuntut umum, dan hakim."
        ),
        "feedback_true_en": (
            "Not quite. The key words are “because they were forced”: Art. 18 protects victims who "
            "commit an offence because a trafficker forced them. There must be a link between the "
            "coercion and the act. Front-line officers must ask about and record possible coercion "
            "before any decision to detain or charge; the final judgement lies with investigators, "
            "prosecutors and judges."
        ),
        "feedback_false": (
            "Tepat. Pasal 18 bukan pembebasan otomatis atas setiap perbuatan korban; ia melindungi "
            "korban yang berbuat karena dipaksa pelaku. Karena itu prinsip tidak menghukum korban "
            "(UU 21/2007 Pasal 18; OHCHR) dijalankan dengan skrining dan pencatatan paksaan sejak "
            "awal."
        ),
        "feedback_false_en": (
            "Correct. Art. 18 does not wipe out every act of a victim automatically; it protects "
            "victims who acted because the trafficker forced them. Non-punishment (Law 21/2007 "
            "Art. 18; OHCHR) is therefore put into practice by screening for and recording "
            "coercion from the start."
        ),
    },
    {
        "type": "ordering",
        "lesson": L_PRINSIP,
        "points": 1,
        "prompt": (
            "Urutkan langkah-langkah pertemuan pertama dengan korban dewasa berikut, dari yang "
            "paling awal sampai yang paling akhir."
        ),
        "prompt_en": (
            "Put these steps of a first meeting with an adult victim in order, from first to last."
        ),
        "items": [
            {
                "text": (
                    "Menilai risiko sebelum bertemu (siapa pelakunya, adakah ancaman kepada "
                    "keluarga) dan menyiapkan ruang tertutup serta daftar rujukan."
                ),
                "text_en": (
                    "Assess the risks before meeting (who the traffickers are, whether the family "
                    "is threatened) and prepare a private room and a referral list."
                ),
            },
            {
                "text": (
                    "Memperkenalkan diri, menjelaskan tujuan pertemuan dan penggunaan informasi, "
                    "serta hak menolak atau berhenti, lalu meminta persetujuan."
                ),
                "text_en": (
                    "Introduce yourself, explain the purpose of the meeting, how information will "
                    "be used and the right to refuse or stop, then ask for consent."
                ),
            },
            {
                "text": (
                    "Selama percakapan, memperhatikan tanda tertekan, memberi jeda, dan "
                    "menghentikan pertemuan bila korban merasa tidak aman."
                ),
                "text_en": (
                    "During the conversation, watch for signs of distress, offer breaks and stop "
                    "if the victim feels unsafe."
                ),
            },
            {
                "text": (
                    "Menyepakati langkah darurat, nomor yang dapat dihubungi (misalnya SAPA 129), "
                    "dan jadwal tindak lanjut."
                ),
                "text_en": (
                    "Agree on emergency steps, a number to call (such as SAPA 129) and a follow-up "
                    "schedule."
                ),
            },
        ],
        "feedback": (
            "Keselamatan disiapkan sejak sebelum bertemu, dijaga selama pertemuan, dan "
            "ditindaklanjuti sesudahnya, bukan baru dipikirkan ketika masalah terjadi (prinsip "
            "tidak menambah bahaya; rekomendasi WHO; buku pegangan IOM). Persetujuan berdasarkan "
            "informasi diminta sebelum wawancara dimulai, dan korban tetap boleh berhenti kapan "
            "saja (rekomendasi WHO)."
        ),
        "feedback_en": (
            "Safety is planned before, during and after every meeting, not thought about once "
            "problems arise (do no harm; WHO recommendations; IOM handbook). Informed consent is "
            "sought before the interview begins, and the victim may still stop at any time (WHO "
            "recommendations)."
        ),
    },
    {
        "type": "matching",
        "lesson": L_WAWANCARA,
        "points": 1,
        "prompt": (
            "Pasangkan setiap prinsip pendekatan peka trauma (SAMHSA, 2014) dengan wujudnya dalam "
            "wawancara korban."
        ),
        "prompt_en": (
            "Match each principle of a trauma-informed approach (SAMHSA, 2014) with what it looks "
            "like in a victim interview."
        ),
        "pairs": [
            {
                "left": "Keselamatan",
                "left_en": "Safety",
                "right": (
                    "Ruang tertutup dan tenang, tanpa tersangka atau orang yang ditakuti korban di "
                    "dekatnya."
                ),
                "right_en": "A quiet, private room with no suspect or feared person nearby.",
            },
            {
                "left": "Dapat dipercaya dan terbuka",
                "left_en": "Trustworthiness and transparency",
                "right": (
                    "Menjelaskan tujuan, lama, dan langkah berikutnya tanpa menjanjikan hal yang "
                    "tak bisa dipenuhi."
                ),
                "right_en": (
                    "Explaining the purpose, length and next steps without promising what cannot "
                    "be delivered."
                ),
            },
            {
                "left": "Kolaborasi dan kesetaraan",
                "left_en": "Collaboration and mutuality",
                "right": "Menyusun jadwal dan urutan wawancara bersama korban dan pendampingnya.",
                "right_en": (
                    "Planning the interview schedule and order together with the victim and "
                    "companion."
                ),
            },
            {
                "left": "Pemberdayaan, suara, dan pilihan",
                "left_en": "Empowerment, voice and choice",
                "right": (
                    "Korban dapat memilih pewawancara laki-laki atau perempuan, minta istirahat, "
                    "atau melewati pertanyaan."
                ),
                "right_en": (
                    "The victim may choose the interviewer's sex, ask for a break or decline to "
                    "answer."
                ),
            },
            {
                "left": "Isu budaya, sejarah, dan gender",
                "left_en": "Cultural, historical and gender issues",
                "right": (
                    "Memperhatikan bahasa, agama, adat, dan rasa malu; menyediakan juru bahasa."
                ),
                "right_en": (
                    "Minding language, religion, custom and shame; providing an interpreter."
                ),
            },
        ],
        "feedback": (
            "Enam prinsip SAMHSA (2014), termasuk dukungan sesama yang tidak dipasangkan di sini, "
            "mengubah wawancara dari interogasi menjadi percakapan yang aman. Dalam kasus TPPO, "
            "ruang tertutup itu adalah RPK (UU 21/2007 Pasal 45) dan pendamping adalah hak korban "
            "(Pasal 35)."
        ),
        "feedback_en": (
            "SAMHSA's six principles (2014), including peer support, which is not matched here, "
            "turn an interview from an interrogation into a safe conversation. In trafficking "
            "cases the private room is the RPK (Law 21/2007 Art. 45) and the companion is the "
            "victim's right (Art. 35)."
        ),
    },
    {
        "type": "multiple_response",
        "lesson": L_ANAK,
        "points": 1,
        "prompt": (
            "Seorang anak laki-laki berusia 14 tahun, korban eksploitasi kerja, akan memberi "
            "keterangan dalam perkara perekrutnya. Mana saja yang sesuai dengan UU 21/2007 dan "
            "kepentingan terbaik anak? Pilih semua yang benar."
        ),
        "prompt_en": (
            "A 14-year-old boy, a victim of labour exploitation, is to give evidence in the case "
            "against his recruiter. Which of these follow Law 21/2007 and the best interests of "
            "the child? Select all that apply."
        ),
        "choices": [
            {
                "text": "Ia didampingi selama pemeriksaan.",
                "text_en": "He is accompanied during examination.",
                "correct": True,
                "feedback": (
                    "Benar. Saksi dan/atau korban anak didampingi selama pemeriksaan (UU 21/2007 "
                    "Pasal 39); pedoman UNICEF juga menganjurkan wali atau pendamping sejak awal."
                ),
                "feedback_en": (
                    "Right. A child witness and/or victim is accompanied during examination (Law "
                    "21/2007 Art. 39); the UNICEF guidelines also recommend a guardian or "
                    "companion from the start."
                ),
            },
            {
                "text": "Ia diperiksa tanpa kehadiran terdakwa.",
                "text_en": "He is examined without the defendant present.",
                "correct": True,
                "feedback": (
                    "Benar. UU 21/2007 Pasal 39 mengatur pemeriksaan anak tanpa kehadiran "
                    "terdakwa, agar anak tidak ditekan atau ketakutan."
                ),
                "feedback_en": (
                    "Right. Law 21/2007 Art. 39 provides for examining a child without the "
                    "defendant present, so that the child is not pressured or frightened."
                ),
            },
            {
                "text": (
                    "Dengan persetujuan hakim, keterangannya diambil di luar sidang melalui "
                    "perekaman."
                ),
                "text_en": (
                    "With the judge's approval, his evidence is taken out of court on a recording."
                ),
                "correct": True,
                "feedback": (
                    "Benar. UU 21/2007 Pasal 40 membuka kemungkinan ini, sehingga beban anak di "
                    "ruang sidang berkurang."
                ),
                "feedback_en": (
                    "Right. Law 21/2007 Art. 40 allows this, which lightens the burden on the "
                    "child in the courtroom."
                ),
            },
            {
                "text": (
                    "Penyidik, UPTD PPA, dan pekerja sosial berkoordinasi agar ia cukup bercerita "
                    "sekali."
                ),
                "text_en": (
                    "Investigators, the UPTD PPA and social workers coordinate so that he tells "
                    "his story once."
                ),
                "correct": True,
                "feedback": (
                    "Benar. Pedoman UNICEF meminta wawancara berulang dihindari; satu wawancara "
                    "terencana dengan pendamping yang sama mencegah reviktimisasi."
                ),
                "feedback_en": (
                    "Right. The UNICEF guidelines ask that repeated interviews be avoided; one "
                    "planned interview with the same companion prevents re-victimisation."
                ),
            },
            {
                "text": (
                    "Setiap lembaga mewawancarainya sendiri-sendiri agar berkas masing-masing "
                    "lengkap."
                ),
                "text_en": "Each agency interviews him separately so that each file is complete.",
                "correct": False,
                "feedback": (
                    "Keliru. Wawancara berulang memaksa anak menghidupkan kembali traumanya. "
                    "Kepentingan terbaik anak (pedoman UNICEF) lebih penting daripada kelengkapan "
                    "berkas tiap lembaga."
                ),
                "feedback_en": (
                    "Wrong. Repeated interviews force the child to relive the trauma. The child's "
                    "best interests (UNICEF guidelines) come before each agency's file."
                ),
            },
            {
                "text": (
                    "Ia didudukkan berhadapan dengan terdakwa agar keterangannya dapat diuji "
                    "langsung."
                ),
                "text_en": (
                    "He is seated facing the defendant so that his account can be tested directly."
                ),
                "correct": False,
                "feedback": (
                    "Keliru. Ini bertentangan dengan UU 21/2007 Pasal 39, yang mengatur "
                    "pemeriksaan anak tanpa kehadiran terdakwa, dan dengan prinsip tidak menambah "
                    "bahaya."
                ),
                "feedback_en": (
                    "Wrong. This contradicts Law 21/2007 Art. 39, which provides for examining a "
                    "child without the defendant present, and the do-no-harm principle."
                ),
            },
        ],
    },
    {
        "type": "single_choice",
        "lesson": L_TANPA_HUKUMAN,
        "points": 1,
        "prompt": (
            "Tujuh laki-laki dewasa dipulangkan dari sebuah perkebunan di luar negeri. Paspor "
            "mereka dipegang mandor, gaji dipotong untuk “utang” biaya keberangkatan, dan mereka "
            "dijaga. Rekan Anda berkata, “Korban TPPO itu perempuan dan anak. Mereka ini cuma "
            "pekerja migran ilegal.” Tanggapan mana yang paling tepat?"
        ),
        "prompt_en": (
            "Seven adult men are sent home from a plantation abroad. The foreman held their "
            "passports, their wages were cut for a “debt” for travel costs, and they were guarded. "
            "A colleague says, “Trafficking victims are women and children. These are just illegal "
            "migrant workers.” Which response is most appropriate?"
        ),
        "choices": [
            {
                "text": (
                    "Memberi mereka skrining dan tawaran layanan yang sama seperti korban lain, "
                    "karena indikator perdagangan orang jelas terlihat."
                ),
                "text_en": (
                    "Give them the same screening and offer of services as any other victim, "
                    "because the trafficking indicators are plain."
                ),
                "correct": True,
                "feedback": (
                    "Tepat. Paspor ditahan, biaya yang diubah menjadi utang, dan penjagaan adalah "
                    "indikator perdagangan orang. Prinsip nondiskriminasi dalam Prinsip dan "
                    "Pedoman OHCHR meminta skrining dan layanan yang sama tanpa memandang jenis "
                    "kelamin atau status dokumen; laki-laki juga bisa menjadi korban."
                ),
                "feedback_en": (
                    "Correct. Withheld passports, costs turned into debt and guards are "
                    "trafficking indicators. The non-discrimination principle in the OHCHR "
                    "Principles and Guidelines calls for the same screening and services "
                    "regardless of sex or document status; men can be victims too."
                ),
            },
            {
                "text": (
                    "Menyerahkan mereka kepada imigrasi untuk diproses sebagai pelanggar "
                    "keimigrasian."
                ),
                "text_en": "Hand them to immigration to be processed as immigration offenders.",
                "correct": False,
                "feedback": (
                    "Keliru. Memperlakukan korban sebagai migran ilegal adalah kesalahan yang "
                    "sering dicatat. Skrining dulu: korban tidak dipidana atas perbuatan yang "
                    "dipaksakan pelaku (UU 21/2007 Pasal 18), dan OHCHR meminta korban tidak "
                    "ditahan atau dituntut hanya karena status masuk atau tinggalnya tidak resmi."
                ),
                "feedback_en": (
                    "Wrong. Treating victims as illegal migrants is a frequently recorded mistake. "
                    "Screen first: victims are not punished for what the trafficker forced them to "
                    "do (Law 21/2007 Art. 18), and OHCHR asks that victims not be detained or "
                    "prosecuted for irregular entry or stay."
                ),
            },
            {
                "text": (
                    "Setuju dengan rekan itu, karena data SIMFONI PPA 2019–2023 (dikutip IOM, "
                    "2024) menunjukkan sekitar 97% korban adalah perempuan dan anak."
                ),
                "text_en": (
                    "Agree with the colleague, because SIMFONI PPA data for 2019–2023 (cited by "
                    "IOM, 2024) show about 97% of victims are women and children."
                ),
                "correct": False,
                "feedback": (
                    "Keliru. Data SIMFONI PPA dihimpun dari layanan perempuan dan anak, sehingga "
                    "kurang menangkap laki-laki dewasa; angka menurut sumber lain berbeda. Angka "
                    "itu mencerminkan siapa yang datang ke layanan pencatatnya, bukan siapa saja "
                    "yang menjadi korban. Nondiskriminasi (OHCHR) berarti skrining tidak "
                    "ditentukan oleh jenis kelamin."
                ),
                "feedback_en": (
                    "Wrong. SIMFONI PPA data come from women's and children's services, so they "
                    "under-count adult men; other sources give different figures. Who looks like a "
                    "victim depends on which service records them. Non-discrimination (OHCHR) "
                    "means screening is not decided by sex."
                ),
            },
        ],
    },
    {
        "type": "multiple_response",
        "lesson": L_KESALAHAN,
        "points": 1,
        "prompt": (
            "Seorang wartawan meminta bahan berita kepada DP3A tentang anak-anak korban "
            "perdagangan orang yang baru diselamatkan. Informasi mana saja yang boleh diberikan? "
            "Pilih semua yang benar."
        ),
        "prompt_en": (
            "A reporter asks the DP3A for material on child trafficking victims who have just been "
            "rescued. Which information may be given? Select all that apply."
        ),
        "choices": [
            {
                "text": "Jumlah kasus yang ditangani tahun ini.",
                "text_en": "The number of cases handled this year.",
                "correct": True,
                "feedback": (
                    "Benar. Data tren tanpa identitas tidak membuka siapa korbannya dan tetap "
                    "berguna bagi masyarakat (UU 21/2007 Pasal 44)."
                ),
                "feedback_en": (
                    "Right. Non-identifying trend data reveal nobody and are still useful to the "
                    "public (Law 21/2007 Art. 44)."
                ),
            },
            {
                "text": (
                    "Modus perekrutan yang dipakai jaringan, misalnya iklan kerja di media sosial."
                ),
                "text_en": (
                    "The recruitment methods the network used, such as job ads on social media."
                ),
                "correct": True,
                "feedback": (
                    "Benar. Informasi modus membantu pencegahan tanpa menyebut korban; kerahasiaan "
                    "identitas tetap terjaga (UU 21/2007 Pasal 44)."
                ),
                "feedback_en": (
                    "Right. Information on methods helps prevention without pointing to any "
                    "victim; identity stays confidential (Law 21/2007 Art. 44)."
                ),
            },
            {
                "text": "Cara melapor, misalnya SAPA 129 atau UPTD PPA terdekat.",
                "text_en": "How to report, such as SAPA 129 or the nearest UPTD PPA.",
                "correct": True,
                "feedback": (
                    "Benar. Ini informasi layanan yang bermanfaat dan sama sekali tidak menyangkut "
                    "identitas korban."
                ),
                "feedback_en": (
                    "Right. This is useful service information that has nothing to do with any "
                    "victim's identity."
                ),
            },
            {
                "text": "Foto anak-anak dengan wajah diburamkan, disertai nama desa asal mereka.",
                "text_en": (
                    "Photos of the children with faces blurred, together with their home village."
                ),
                "correct": False,
                "feedback": (
                    "Keliru. Foto buram ditambah nama desa tetap bisa membuka identitas di "
                    "komunitas kecil. Itu melanggar hak kerahasiaan identitas (UU 21/2007 Pasal "
                    "44) dan kepentingan terbaik anak."
                ),
                "feedback_en": (
                    "Wrong. A blurred photo plus the village name can still reveal identity in a "
                    "small community. It breaches the right to a confidential identity (Law "
                    "21/2007 Art. 44) and the best interests of the child."
                ),
            },
            {
                "text": (
                    "Nomor telepon orang tua, agar wartawan dapat meminta izin langsung kepada "
                    "mereka."
                ),
                "text_en": (
                    "The parents' phone number, so the reporter can ask them for permission "
                    "directly."
                ),
                "correct": False,
                "feedback": (
                    "Keliru. Ini memindahkan risiko kepada keluarga dan membuka identitas anak. "
                    "Keluarga sampai derajat kedua yang terancam juga berhak atas kerahasiaan "
                    "identitas (UU 21/2007 Pasal 44); prinsip tidak menambah bahaya (WHO) "
                    "dilanggar."
                ),
                "feedback_en": (
                    "Wrong. This shifts the risk onto the family and reveals the child's identity. "
                    "Threatened family members up to the second degree are also entitled to "
                    "confidentiality (Law 21/2007 Art. 44); it breaks the do-no-harm principle "
                    "(WHO)."
                ),
            },
        ],
    },
    {
        "type": "true_false",
        "lesson": L_KESALAHAN,
        "points": 1,
        "prompt": (
            "Benar atau salah: bila pelaku bersedia membayar “uang damai” dan keluarga korban "
            "setuju, petugas boleh menyelesaikan kasus TPPO lewat mediasi tanpa meneruskannya ke "
            "penyidik."
        ),
        "prompt_en": (
            "True or false: if the trafficker is willing to pay “peace money” and the victim's "
            "family agrees, officers may settle a trafficking case through mediation without "
            "passing it to investigators."
        ),
        "correct": False,
        "feedback_true": (
            "Kurang tepat. Ancaman pidana TPPO adalah penjara 3–15 tahun ditambah denda Rp120–600 "
            "juta (UU 21/2007 Pasal 2 ayat (1)); perkara ini bukan untuk didamaikan. Mediasi "
            "membiarkan pelaku lolos dan korban kehilangan kesempatan meminta restitusi atas harta "
            "atau penghasilan yang hilang, penderitaan, serta biaya pengobatan medis dan "
            "psikologis (Pasal 48). Jelaskan hak-hak itu kepada korban; petugas tidak menjadi "
            "perantara perdamaian dengan pelaku."
        ),
        "feedback_true_en": (
            "Not quite. Trafficking carries 3 to 15 years' prison and a fine of Rp120–600 million "
            "(Law 21/2007 Art. 2(1)); it is not a matter for settlement. Mediation lets the "
            "offender go free and costs the victim the route to restitution, which covers lost "
            "property or income, suffering, and medical and psychological costs (Art. 48). Explain "
            "these rights to the victim; officers must not broker a settlement with the offender."
        ),
        "feedback_false": (
            "Tepat. TPPO adalah tindak pidana yang diancam penjara 3–15 tahun (UU 21/2007 Pasal 2 "
            "ayat (1)). Teruskan ke penyidik dan jelaskan hak restitusi korban (Pasal 48). "
            "Keputusan bersaksi tetap milik korban, tetapi penyelesaian lewat “uang damai” bukan "
            "pilihan yang berpihak pada korban."
        ),
        "feedback_false_en": (
            "Correct. Trafficking is a crime carrying 3 to 15 years' prison (Law 21/2007 Art. "
            "2(1)). Pass it to investigators and explain the victim's right to restitution (Art. "
            "48). Whether to testify remains the victim's choice, but settling with “peace money” "
            "is not a victim-centred option."
        ),
    },
    {
        "type": "scenario",
        "lesson": L_WAWANCARA,
        "points": 3,
        "prompt": (
            "Kasus bercabang: ikuti pemeriksaan Laras dan pilih langkah Anda di setiap tahap."
        ),
        "prompt_en": (
            "Branching case: follow Laras's examination and choose your step at each stage."
        ),
        "title": "Laras di kantor polisi",
        "title_en": "Laras at the police station",
        "start": "s4-awal",
        "steps": [
            {
                "key": "s4-awal",
                "narrative": (
                    "Anda petugas Unit PPA di sebuah polres. Malam ini Laras (22 tahun) dibawa ke "
                    "kantor setelah diselamatkan dari tempat hiburan tempat ia dieksploitasi "
                    "secara seksual. Penyidik jaga sudah menyiapkan kursi di depan mejanya di "
                    "ruang kerja bersama yang ramai dan berniat membuka dengan pertanyaan, “Kenapa "
                    "kamu tidak kabur saja?”"
                ),
                "narrative_en": (
                    "You are a Unit PPA officer at a district police station. Tonight Laras (22) "
                    "is brought in after being rescued from an entertainment venue where she was "
                    "sexually exploited. The duty investigator has set a chair in front of his "
                    "desk in the busy shared office and plans to open with, “Why didn't you just "
                    "run away?”"
                ),
                "choices": [
                    {
                        "text": (
                            "Mengusulkan pemeriksaan di RPK, menawarkan petugas perempuan, "
                            "memanggil pendamping dari UPTD PPA, dan menjelaskan kepada Laras "
                            "bahwa ia boleh berhenti sejenak kapan saja."
                        ),
                        "text_en": (
                            "Propose examining her in the RPK, offer a female officer, call a "
                            "companion from the UPTD PPA and tell Laras she may pause at any time."
                        ),
                        "feedback": (
                            "Tepat. RPK disediakan untuk memeriksa korban TPPO (UU 21/2007 Pasal "
                            "45) dan korban berhak didampingi selama pemeriksaan (Pasal 35). Untuk "
                            "unsur kekerasan seksual, UU 12/2022 Pasal 26 meminta pendamping "
                            "terlatih peka gender, diutamakan sejenis kelamin. Pertanyaan “kenapa "
                            "tidak kabur?” menyalahkan korban: penyekapan, ancaman, dan jerat "
                            "utang justru menutup jalan keluar. Keselamatan dan pilihan adalah "
                            "prinsip peka trauma (SAMHSA, 2014)."
                        ),
                        "feedback_en": (
                            "Correct. The RPK exists for examining trafficking victims (Law "
                            "21/2007 Art. 45) and victims have the right to a companion during "
                            "examination (Art. 35). For the sexual-violence element, Law 12/2022 "
                            "Art. 26 calls for companions trained in gender sensitivity, "
                            "preferably of the same sex. “Why didn't you run?” blames the victim: "
                            "confinement, threats and debt bondage are what close the way out. "
                            "Safety and choice are trauma-informed principles (SAMHSA, 2014)."
                        ),
                        "next": "s4-rpk",
                    },
                    {
                        "text": (
                            "Membiarkan pemeriksaan di meja penyidik, tetapi memintanya berbicara "
                            "lebih lembut."
                        ),
                        "text_en": (
                            "Let the examination go ahead at the desk, but ask him to speak more "
                            "gently."
                        ),
                        "feedback": (
                            "Kurang tepat. Nada yang lembut membantu, tetapi ruang terbuka tetap "
                            "tidak aman dan pertanyaannya tetap menyalahkan korban. UU 21/2007 "
                            "Pasal 45 menyediakan RPK justru untuk pemeriksaan seperti ini "
                            "(keselamatan, SAMHSA 2014)."
                        ),
                        "feedback_en": (
                            "Not quite. A gentle tone helps, but the open office is still unsafe "
                            "and the question still blames the victim. Law 21/2007 Art. 45 "
                            "provides the RPK for exactly this kind of examination (safety, SAMHSA "
                            "2014)."
                        ),
                        "next": "s4-terlambat",
                    },
                    {
                        "text": (
                            "Menunda pemeriksaan tanpa batas waktu dan menyuruh Laras menunggu di "
                            "lorong tanpa layanan apa pun sampai ia “siap”."
                        ),
                        "text_en": (
                            "Postpone the examination indefinitely and have Laras wait in the "
                            "corridor with no services until she is “ready”."
                        ),
                        "feedback": (
                            "Keliru. Menunda wawancara boleh bila korban belum siap, tetapi "
                            "layanan kesehatan dan pendampingan tetap berjalan. Membiarkannya "
                            "tanpa layanan menambah bahaya (rekomendasi WHO), dan layanan tidak "
                            "boleh bergantung pada kesaksian (UU 21/2007 Pasal 51 ayat (2))."
                        ),
                        "feedback_en": (
                            "Wrong. Delaying the interview is fine if the victim is not ready, but "
                            "health care and accompaniment continue. Leaving her without services "
                            "adds harm (WHO recommendations), and services must not depend on "
                            "testimony (Law 21/2007 Art. 51(2))."
                        ),
                        "next": "s4-bahaya",
                    },
                ],
            },
            {
                "key": "s4-rpk",
                "narrative": (
                    "Di RPK, bersama pendamping dari UPTD PPA, Laras mulai bercerita, tetapi "
                    "ceritanya melompat-lompat dan urutan waktunya kacau. Seorang penyidik "
                    "mengusulkan agar pengelola tempat hiburan yang sudah ditahan dibawa ke "
                    "ruangan “supaya keterangannya cepat dicocokkan”. Petugas lain ingin Laras "
                    "nanti bercerita ulang kepada imigrasi dan Dinsos agar setiap lembaga punya "
                    "catatan sendiri."
                ),
                "narrative_en": (
                    "In the RPK, with a companion from the UPTD PPA, Laras starts to talk, but her "
                    "account jumps around and the timeline is confused. An investigator proposes "
                    "bringing in the detained venue manager “so her statement can be checked "
                    "quickly”. Another officer wants Laras to tell her story again later to "
                    "immigration and social services so that each agency has its own record."
                ),
                "choices": [
                    {
                        "text": (
                            "Menolak konfrontasi dan merencanakan satu wawancara yang dicatat "
                            "dengan baik, dengan pertanyaan terbuka dan jeda; dengan persetujuan "
                            "Laras, catatan itu dipakai bersama lembaga yang perlu tahu."
                        ),
                        "text_en": (
                            "Refuse the confrontation and plan a single, well-recorded interview "
                            "with open questions and breaks; with Laras's consent, the record is "
                            "shared with agencies that need to know."
                        ),
                        "feedback": (
                            "Tepat. Cerita yang kacau bisa merupakan dampak trauma (SAMHSA, 2014). "
                            "Satu wawancara terencana dengan pendamping (UU 21/2007 Pasal 35) "
                            "mencegah reviktimisasi, dan berbagi catatan hanya dengan persetujuan "
                            "korban dan kepada yang perlu tahu menjaga kerahasiaan (Pasal 44; "
                            "rekomendasi WHO)."
                        ),
                        "feedback_en": (
                            "Correct. A confused account may be an effect of trauma (SAMHSA, "
                            "2014). A single planned interview with a companion (Law 21/2007 Art. "
                            "35) prevents re-victimisation, and sharing the record only with "
                            "consent and on a need-to-know basis protects confidentiality (Art. "
                            "44; WHO recommendations)."
                        ),
                        "next": "s4-jeda",
                    },
                    {
                        "text": (
                            "Menyetujui konfrontasi dengan pengelola, asalkan pendamping tetap "
                            "hadir."
                        ),
                        "text_en": (
                            "Agree to the confrontation with the manager, as long as the companion "
                            "stays."
                        ),
                        "feedback": (
                            "Keliru. Kehadiran pendamping tidak menghapus bahaya mempertemukan "
                            "korban dengan orang yang mengeksploitasinya. Konfrontasi adalah "
                            "bentuk reviktimisasi yang bertentangan dengan prinsip tidak menambah "
                            "bahaya (rekomendasi WHO) dan keselamatan (SAMHSA, 2014)."
                        ),
                        "feedback_en": (
                            "Wrong. A companion's presence does not remove the harm of confronting "
                            "a victim with the person who exploited her. Confrontation is "
                            "re-victimisation, contrary to do no harm (WHO recommendations) and "
                            "safety (SAMHSA, 2014)."
                        ),
                        "next": "s4-bahaya",
                    },
                    {
                        "text": "Menyetujui agar Laras bercerita ulang kepada setiap lembaga.",
                        "text_en": "Agree that Laras should retell her story to each agency.",
                        "feedback": (
                            "Kurang tepat. Wawancara berulang memaksa korban menghidupkan kembali "
                            "traumanya dan membuat keterangannya tampak berubah-ubah. "
                            "Koordinasikan satu wawancara dengan pendamping (rekomendasi WHO; UU "
                            "21/2007 Pasal 35)."
                        ),
                        "feedback_en": (
                            "Not quite. Repeated interviews force the victim to relive the trauma "
                            "and make her account look inconsistent. Coordinate one interview with "
                            "a companion (WHO recommendations; Law 21/2007 Art. 35)."
                        ),
                        "next": "s4-berulang",
                    },
                ],
            },
            {
                "key": "s4-jeda",
                "narrative": (
                    "Setelah satu jam, Laras berkata ia sangat lelah dan belum sanggup "
                    "melanjutkan. Penyidik menjawab bahwa pemeriksaan kesehatan dan tempat tinggal "
                    "sementara baru akan diurus setelah keterangannya lengkap."
                ),
                "narrative_en": (
                    "After an hour Laras says she is exhausted and cannot go on. The investigator "
                    "replies that a health check and temporary accommodation will only be arranged "
                    "once her statement is complete."
                ),
                "choices": [
                    {
                        "text": (
                            "Menghentikan wawancara hari itu, menyepakati jadwal lanjutan dengan "
                            "Laras, dan memastikan pemeriksaan kesehatan dan rumah aman tetap "
                            "berjalan; pendamping mengajukan permohonan layanannya."
                        ),
                        "text_en": (
                            "Stop the interview for the day, agree a follow-up time with Laras and "
                            "make sure the health check and shelter go ahead; the companion files "
                            "her request for services."
                        ),
                        "feedback": (
                            "Tepat. Korban boleh meminta jeda atau berhenti (rekomendasi WHO; "
                            "prinsip pilihan SAMHSA). Layanan tidak menunggu kesaksian: permohonan "
                            "dapat diajukan pendamping atau pekerja sosial (UU 21/2007 Pasal 51 "
                            "ayat (2)), dan Pasal 52 mewajibkan layanan paling lambat 7 hari "
                            "setelah permohonan."
                        ),
                        "feedback_en": (
                            "Correct. The victim may ask to pause or stop (WHO recommendations; "
                            "SAMHSA's choice principle). Services do not wait for testimony: a "
                            "companion or social worker can file the request (Law 21/2007 Art. "
                            "51(2)) and services are due within 7 days (Art. 52)."
                        ),
                        "next": "s4-terbaik",
                    },
                    {
                        "text": (
                            "Melanjutkan wawancara sampai selesai malam itu karena berkas harus "
                            "segera lengkap."
                        ),
                        "text_en": (
                            "Carry on until the interview is finished that night because the file "
                            "is due."
                        ),
                        "feedback": (
                            "Kurang tepat. Memaksa korban yang kelelahan berarti mendahulukan "
                            "berkas di atas orangnya, bertentangan dengan pendekatan berpihak pada "
                            "korban (OHCHR, Prinsip 1). Menjadikan layanan bergantung pada "
                            "keterangan lengkap juga tidak berdasar (UU 21/2007 Pasal 51 ayat "
                            "(2))."
                        ),
                        "feedback_en": (
                            "Not quite. Pushing an exhausted victim puts the file before the "
                            "person, contrary to the victim-centred approach (OHCHR, Principle 1). "
                            "Making services depend on a complete statement has no basis either "
                            "(Law 21/2007 Art. 51(2))."
                        ),
                        "next": "s4-berulang",
                    },
                ],
            },
        ],
        "endings": [
            {
                "key": "s4-terbaik",
                "text": (
                    "Laras memberi keterangan yang runtut dalam dua sesi yang ia sepakati, dengan "
                    "pendamping yang sama. Ia mendapat pemeriksaan kesehatan dan tempat aman sejak "
                    "malam pertama dan bersedia datang lagi bila diperlukan."
                ),
                "text_en": (
                    "Laras gives a coherent statement in two sessions she agreed to, with the same "
                    "companion. She has a health check and a safe place from the first night and "
                    "is willing to come back if needed."
                ),
                "score": 100,
            },
            {
                "key": "s4-berulang",
                "text": (
                    "Keterangan terkumpul, tetapi dengan beban yang tidak perlu. Laras harus "
                    "bercerita lagi dan lagi atau dipaksa melanjutkan saat kelelahan; "
                    "keterangannya makin tidak konsisten dan ia mulai enggan datang lagi."
                ),
                "text_en": (
                    "A statement is taken, but at an unnecessary cost. Laras has to tell her story "
                    "again and again or keep going while exhausted; her account becomes less "
                    "consistent and she grows reluctant to come back."
                ),
                "score": 40,
            },
            {
                "key": "s4-terlambat",
                "text": (
                    "Di ruang terbuka Laras menjawab sepotong-sepotong, terus menoleh ke pintu, "
                    "lalu diam; penyidik mencatatnya “tidak kooperatif”, padahal itu bisa dampak "
                    "trauma. Ia baru dipindah ke RPK setelah pendamping datang dan butuh waktu "
                    "lama untuk kembali percaya."
                ),
                "text_en": (
                    "In the open office Laras answers in fragments, keeps glancing at the door, "
                    "then falls silent; the investigator notes her as “uncooperative”, though this "
                    "may be an effect of trauma. She is moved to the RPK only when a companion "
                    "arrives and takes a long time to trust anyone again."
                ),
                "score": 30,
            },
            {
                "key": "s4-bahaya",
                "text": (
                    "Laras merasa disalahkan dan tidak aman. Ia menolak bicara lagi dan pergi "
                    "tanpa layanan; beberapa hari kemudian orang dari jaringan lamanya kembali "
                    "menghubunginya."
                ),
                "text_en": (
                    "Laras feels blamed and unsafe. She refuses to say anything more and leaves "
                    "without services; a few days later someone from her old network contacts her "
                    "again."
                ),
                "score": 0,
            },
        ],
    },
    {
        "type": "scenario",
        "lesson": L_TANPA_HUKUMAN,
        "points": 3,
        "prompt": "Kasus bercabang: tentukan penanganan Rizal di setiap tahap.",
        "prompt_en": "Branching case: decide how Rizal is handled at each stage.",
        "title": "Rizal pulang dari kompleks penipuan daring",
        "title_en": "Rizal comes home from an online scam compound",
        "start": "s5-awal",
        "steps": [
            {
                "key": "s5-awal",
                "narrative": (
                    "Anda anggota gugus tugas TPPO kabupaten. Rizal (23 tahun) baru dideportasi "
                    "dari Kamboja bersama belasan WNI lain. Di sana ia bekerja di sebuah kompleks "
                    "tertutup, mengirim tawaran investasi bodong kepada orang yang tidak ia kenal. "
                    "Seorang pejabat daerah ingin Rizal segera diserahkan ke polisi sebagai pelaku "
                    "penipuan."
                ),
                "narrative_en": (
                    "You are a member of the regency anti-trafficking task force. Rizal (23) has "
                    "just been deported from Cambodia with a dozen other Indonesians. There he "
                    "worked in a closed compound sending fake investment pitches to strangers. A "
                    "regional official wants Rizal handed to the police at once as a fraud "
                    "suspect."
                ),
                "choices": [
                    {
                        "text": (
                            "Mewawancarai Rizal di tempat tertutup untuk skrining kriminalitas "
                            "paksa sebelum ada keputusan apa pun: cara ia direkrut, paspor, utang, "
                            "ancaman, dan penjagaan."
                        ),
                        "text_en": (
                            "Interview Rizal privately to screen for forced criminality before any "
                            "decision: how he was recruited, his passport, debt, threats and "
                            "guards."
                        ),
                        "feedback": (
                            "Tepat. Skrining dulu, baru putuskan. Korban yang melakukan tindak "
                            "pidana karena dipaksa pelaku TPPO tidak dipidana (UU 21/2007 Pasal "
                            "18), jadi paksaan harus ditanyakan dan dicatat sebelum ada keputusan "
                            "menahan atau menuntut (prinsip tidak menghukum korban; OHCHR)."
                        ),
                        "feedback_en": (
                            "Correct. Screen first, then decide. A victim who commits an offence "
                            "because a trafficker forced them is not punished (Law 21/2007 Art. "
                            "18), so coercion must be asked about and recorded before any decision "
                            "to detain or charge (non-punishment; OHCHR)."
                        ),
                        "next": "s5-skrining",
                    },
                    {
                        "text": (
                            "Menyerahkan Rizal ke polisi sebagai tersangka penipuan, sesuai "
                            "permintaan pejabat."
                        ),
                        "text_en": (
                            "Hand Rizal to the police as a fraud suspect, as the official asks."
                        ),
                        "feedback": (
                            "Keliru. Tanpa skrining, korban kriminalitas paksa diperlakukan "
                            "sebagai pelaku dan dihukum dua kali: oleh pelaku, lalu oleh negara. "
                            "Ini bertentangan dengan UU 21/2007 Pasal 18 dan prinsip tidak "
                            "menghukum korban (OHCHR)."
                        ),
                        "feedback_en": (
                            "Wrong. Without screening, a victim of forced criminality is treated "
                            "as an offender and punished twice: by the traffickers, then by the "
                            "state. This runs against Law 21/2007 Art. 18 and the non-punishment "
                            "principle (OHCHR)."
                        ),
                        "next": "s5-pidana",
                    },
                    {
                        "text": (
                            "Memulangkan Rizal tanpa bertanya apa pun; ia laki-laki dewasa, bukan "
                            "kasus TPPO."
                        ),
                        "text_en": (
                            "Send Rizal home without asking anything; he is an adult man, not a "
                            "trafficking case."
                        ),
                        "feedback": (
                            "Kurang tepat. Laki-laki dewasa juga bisa menjadi korban "
                            "(nondiskriminasi, OHCHR). Bila ia dilepas tanpa skrining, ia "
                            "kehilangan layanan yang menjadi haknya dan penyidik kehilangan "
                            "petunjuk tentang perekrutnya."
                        ),
                        "feedback_en": (
                            "Not quite. Adult men can be victims too (non-discrimination, OHCHR). "
                            "Releasing him without screening costs him his right to services and "
                            "loses leads on the recruiters."
                        ),
                        "next": "s5-terlewat",
                    },
                ],
            },
            {
                "key": "s5-skrining",
                "narrative": (
                    "Rizal bercerita: ia melamar iklan “customer service” di Facebook, berangkat "
                    "tiga hari kemudian dengan visa turis, paspornya diambil setibanya di sana, "
                    "biaya perjalanan dijadikan utang, dan ia dipukul bila target tidak tercapai. "
                    "Tangannya masih bengkak. Ia malu, tidak mau melapor atau bersaksi, dan hanya "
                    "ingin pulang ke orang tuanya."
                ),
                "narrative_en": (
                    "Rizal explains: he answered a “customer service” ad on Facebook, left three "
                    "days later on a tourist visa, had his passport taken on arrival, had his "
                    "travel costs turned into debt, and was beaten when he missed targets. His "
                    "hand is still swollen. He is ashamed, does not want to report or testify, and "
                    "only wants to go home to his parents."
                ),
                "choices": [
                    {
                        "text": (
                            "Mencatat indikator paksaan untuk penyidik, merujuk Rizal ke UPTD PPA "
                            "atau Dinsos/Kemensos serta ke layanan kesehatan, dan menjelaskan "
                            "bahwa bersaksi atau tidak adalah pilihannya; pekerja sosial dapat "
                            "mengajukan permohonan layanannya."
                        ),
                        "text_en": (
                            "Record the signs of coercion for investigators, refer Rizal to the "
                            "UPTD PPA or social services (Dinsos/Kemensos) and to health care, and "
                            "explain that whether to testify is his choice; a social worker can "
                            "file his request for services."
                        ),
                        "feedback": (
                            "Tepat. Perekrutan kilat, visa turis, paspor ditahan, jerat utang, dan "
                            "kekerasan adalah indikator perdagangan orang. Bila penipuan itu ia "
                            "lakukan karena dipaksa, Pasal 18 UU 21/2007 berlaku; catatan Anda "
                            "menjadi bahan penilaian penyidik. Layanan tidak menunggu kesaksian: "
                            "permohonan dapat diajukan pekerja sosial (Pasal 51 ayat (2)). "
                            "Menghormati pilihannya adalah hak menentukan pilihan (rekomendasi "
                            "WHO), dan layanan yang sama untuk laki-laki adalah nondiskriminasi "
                            "(OHCHR)."
                        ),
                        "feedback_en": (
                            "Correct. Rushed recruitment, a tourist visa, a withheld passport, "
                            "debt bondage and violence are trafficking indicators. If he committed "
                            "the fraud because he was forced, Art. 18 of Law 21/2007 applies; your "
                            "notes are what investigators will weigh. Services do not wait for "
                            "testimony: a social worker can file the request (Art. 51(2)). "
                            "Respecting his choice is self-determination (WHO recommendations), "
                            "and the same services for men is non-discrimination (OHCHR)."
                        ),
                        "next": "s5-media",
                    },
                    {
                        "text": (
                            "Menjelaskan bahwa layanan baru bisa diberikan bila Rizal "
                            "menandatangani laporan polisi sebagai saksi."
                        ),
                        "text_en": (
                            "Explain that services are only available if Rizal signs a police "
                            "report as a witness."
                        ),
                        "feedback": (
                            "Keliru. Menjadikan layanan imbalan atas kesaksian adalah kesalahan "
                            "umum. UU 21/2007 Pasal 51 ayat (2) memungkinkan pihak lain mengajukan "
                            "permohonan layanan, dan pendekatan berpihak pada korban menolak "
                            "menjadikan kerja sama sebagai harga bantuan (OHCHR, Prinsip 1)."
                        ),
                        "feedback_en": (
                            "Wrong. Making services a reward for testimony is a common mistake. "
                            "Law 21/2007 Art. 51(2) lets others file the request for services, and "
                            "the victim-centred approach refuses to make cooperation the price of "
                            "help (OHCHR, Principle 1)."
                        ),
                        "next": "s5-terlewat",
                    },
                    {
                        "text": (
                            "Tidak merujuk ke mana pun, karena UPTD PPA hanya untuk perempuan dan "
                            "anak."
                        ),
                        "text_en": (
                            "Refer him nowhere, because the UPTD PPA is only for women and "
                            "children."
                        ),
                        "feedback": (
                            "Kurang tepat. Korban laki-laki paling mudah terlewat. Nondiskriminasi "
                            "(OHCHR) berarti mencari rujukan yang tepat, misalnya rehabilitasi "
                            "sosial Dinsos atau Kemensos, bukan menghentikan bantuan."
                        ),
                        "feedback_en": (
                            "Not quite. Male victims are the easiest to miss. Non-discrimination "
                            "(OHCHR) means finding the right referral, such as Dinsos or Kemensos "
                            "social rehabilitation, not stopping help."
                        ),
                        "next": "s5-terlewat",
                    },
                ],
            },
            {
                "key": "s5-media",
                "narrative": (
                    "Sepekan kemudian, seorang wartawan lokal meminta daftar nama warga yang "
                    "dipulangkan dari Kamboja. Pejabat yang sama mengusulkan agar nama dan foto "
                    "Rizal diumumkan “sebagai peringatan bagi pemuda lain”."
                ),
                "narrative_en": (
                    "A week later a local reporter asks for the names of residents returned from "
                    "Cambodia. The same official suggests announcing Rizal's name and photo “as a "
                    "warning to other young people”."
                ),
                "choices": [
                    {
                        "text": (
                            "Menolak membuka identitas dan menawarkan informasi tanpa identitas: "
                            "modus iklan kerja palsu, cara memeriksa tawaran kerja, dan cara "
                            "melapor."
                        ),
                        "text_en": (
                            "Decline to disclose identities and offer non-identifying information: "
                            "the fake job ad method, how to check job offers and how to report."
                        ),
                        "feedback": (
                            "Tepat. Saksi dan korban berhak atas kerahasiaan identitas (UU 21/2007 "
                            "Pasal 44). Pesan peringatan tetap sampai kepada masyarakat tanpa "
                            "membuat Rizal menanggung stigma atau pembalasan dari jaringan "
                            "perekrut."
                        ),
                        "feedback_en": (
                            "Correct. Witnesses and victims have the right to a confidential "
                            "identity (Law 21/2007 Art. 44). The warning still reaches the public "
                            "without Rizal bearing stigma or retaliation from the recruiting "
                            "network."
                        ),
                        "next": "s5-terbaik",
                    },
                    {
                        "text": (
                            "Mengumumkan nama dan foto Rizal, karena tujuannya baik untuk "
                            "pencegahan."
                        ),
                        "text_en": (
                            "Announce Rizal's name and photo, since the aim of prevention is good."
                        ),
                        "feedback": (
                            "Keliru. Niat baik tidak menghapus hak atas kerahasiaan identitas (UU "
                            "21/2007 Pasal 44). Mengumumkan nama korban membawa stigma dan risiko "
                            "pembalasan, bertentangan dengan prinsip tidak menambah bahaya "
                            "(rekomendasi WHO)."
                        ),
                        "feedback_en": (
                            "Wrong. Good intentions do not override the right to a confidential "
                            "identity (Law 21/2007 Art. 44). Naming a victim brings stigma and a "
                            "risk of retaliation, contrary to do no harm (WHO recommendations)."
                        ),
                        "next": "s5-identitas",
                    },
                ],
            },
        ],
        "endings": [
            {
                "key": "s5-terbaik",
                "text": (
                    "Rizal mendapat perawatan dan pendampingan tanpa diproses sebagai pelaku. "
                    "Catatan tentang perekrutnya sampai ke penyidik, dan beberapa bulan kemudian "
                    "ia sendiri memutuskan ikut memberi keterangan."
                ),
                "text_en": (
                    "Rizal receives care and support without being treated as an offender. The "
                    "notes on his recruiters reach the investigators, and a few months later he "
                    "decides for himself to give a statement."
                ),
                "score": 100,
            },
            {
                "key": "s5-identitas",
                "text": (
                    "Rizal sudah mendapat layanan, tetapi setelah namanya muncul di berita ia "
                    "dicemooh di kampungnya dan keluarganya menerima ancaman dari orang yang "
                    "mengaku penagih utang."
                ),
                "text_en": (
                    "Rizal has received services, but after his name appears in the news he is "
                    "mocked in his village and his family receives threats from someone claiming "
                    "to collect his debt."
                ),
                "score": 30,
            },
            {
                "key": "s5-terlewat",
                "text": (
                    "Rizal pulang tanpa layanan apa pun. Tangannya tidak dirawat, petunjuk tentang "
                    "perekrutnya hilang, dan beberapa bulan kemudian ia kembali tergiur iklan "
                    "kerja serupa."
                ),
                "text_en": (
                    "Rizal goes home without any services. His hand is not treated, the leads on "
                    "his recruiters are lost, and a few months later he is drawn in by a similar "
                    "job ad."
                ),
                "score": 20,
            },
            {
                "key": "s5-pidana",
                "text": (
                    "Rizal ditahan sebagai tersangka penipuan. Paksaan yang ia alami tidak pernah "
                    "tercatat, ia tidak mendapat layanan, dan perekrutnya tetap bebas merekrut "
                    "orang lain."
                ),
                "text_en": (
                    "Rizal is detained as a fraud suspect. The coercion he suffered is never "
                    "recorded, he receives no services, and his recruiters remain free to recruit "
                    "others."
                ),
                "score": 0,
            },
        ],
    },
    {
        "type": "scenario",
        "lesson": L_KESALAHAN,
        "points": 3,
        "prompt": "Kasus bercabang: tentukan aturan yang adil bagi Ratna di rumah aman.",
        "prompt_en": "Branching case: decide on fair shelter rules for Ratna.",
        "title": "Paspor dan gerbang rumah aman",
        "title_en": "The passport and the shelter gate",
        "start": "s7-awal",
        "steps": [
            {
                "key": "s7-awal",
                "narrative": (
                    "Anda manajer kasus di sebuah rumah aman. Ratna (28 tahun), penyintas dewasa "
                    "eksploitasi kerja, sudah seminggu tinggal di sana. Agen yang merekrutnya "
                    "beberapa kali mengirim pesan ke ponselnya. Koordinator ingin menyimpan paspor "
                    "dan ponsel Ratna “demi keamanan” dan mengunci gerbang sepanjang hari. Ratna "
                    "tampak gelisah mendengarnya."
                ),
                "narrative_en": (
                    "You are a case manager at a shelter. Ratna (28), an adult survivor of labour "
                    "exploitation, has been there a week. The agent who recruited her has messaged "
                    "her phone several times. The coordinator wants to keep Ratna's passport and "
                    "phone “for safety” and lock the gate all day. Ratna looks anxious when she "
                    "hears this."
                ),
                "choices": [
                    {
                        "text": (
                            "Menyusun rencana keselamatan bersama Ratna: mendengar penilaiannya "
                            "atas risiko, dokumen tetap padanya, tinggal bersifat sukarela, dan "
                            "pembatasan apa pun disepakati bersama serta berbatas waktu."
                        ),
                        "text_en": (
                            "Make a safety plan with Ratna: hear her own view of the risks, she "
                            "keeps her documents, her stay is voluntary, and any restriction is "
                            "agreed together and time-limited."
                        ),
                        "feedback": (
                            "Tepat. Menahan dokumen dan membatasi gerak adalah indikator "
                            "perdagangan orang; rumah aman tidak boleh mengulanginya. Keselamatan "
                            "dirancang bersama korban (prinsip tidak menambah bahaya; rekomendasi "
                            "WHO; buku pegangan IOM), dan korban ikut menentukan bentuk "
                            "perlindungannya (hak menentukan pilihan; Pasal 5 UU 13/2006 jo. UU "
                            "31/2014, rinciannya masih perlu dicocokkan dengan teks resmi)."
                        ),
                        "feedback_en": (
                            "Correct. Withholding documents and restricting movement are "
                            "trafficking indicators; a shelter must not repeat them. Safety is "
                            "planned with the victim (do no harm; WHO recommendations; IOM "
                            "handbook), and the victim has a say in the form of protection "
                            "(self-determination; Art. 5 of Law 13/2006 as amended by Law 31/2014, "
                            "details still to be checked against the official text)."
                        ),
                        "next": "s7-rencana",
                    },
                    {
                        "text": (
                            "Menyimpan paspornya di lemari kantor tanpa bertanya, tetapi "
                            "membiarkannya memegang ponsel."
                        ),
                        "text_en": (
                            "Lock her passport in the office cupboard without asking, but let her "
                            "keep her phone."
                        ),
                        "feedback": (
                            "Kurang tepat. Separuh pembatasan tetap mengambil kendali atas "
                            "dokumennya tanpa persetujuan, padahal dokumen yang ditahan adalah "
                            "indikator perdagangan orang. Dokumen dititipkan hanya bila korban "
                            "sendiri memintanya (hak menentukan pilihan; rekomendasi WHO)."
                        ),
                        "feedback_en": (
                            "Not quite. Half a restriction still takes control of her documents "
                            "without consent, and withheld documents are a trafficking indicator. "
                            "Documents are held for safekeeping only if the victim asks "
                            "(self-determination; WHO recommendations)."
                        ),
                        "next": "s7-sebagian",
                    },
                    {
                        "text": (
                            "Menyimpan paspor dan ponsel serta mengunci gerbang; alasannya "
                            "dijelaskan kepada Ratna nanti."
                        ),
                        "text_en": (
                            "Keep the passport and phone and lock the gate; explain the reasons to "
                            "Ratna later."
                        ),
                        "feedback": (
                            "Keliru. Ratna kembali kehilangan kendali atas hidupnya, persis "
                            "seperti saat dieksploitasi. Laporan pemantauan internasional tentang "
                            "Indonesia mencatat praktik semacam ini di rumah aman sebagai masalah. "
                            "Ini melanggar prinsip tidak menambah bahaya (rekomendasi WHO; buku "
                            "pegangan IOM)."
                        ),
                        "feedback_en": (
                            "Wrong. Ratna loses control of her life again, just as when she was "
                            "exploited. International monitoring reports on Indonesia have flagged "
                            "this shelter practice as a problem. It breaks the do-no-harm "
                            "principle (WHO recommendations; IOM handbook)."
                        ),
                        "next": "s7-bahaya",
                    },
                ],
            },
            {
                "key": "s7-rencana",
                "narrative": (
                    "Ratna menduga agen itu melacaknya lewat nomor lamanya. Atas usulnya sendiri, "
                    "ia sepakat menonaktifkan nomor itu selama dua minggu dan menelepon ibunya "
                    "lewat telepon rumah aman; paspornya ia simpan sendiri. Tiga hari kemudian "
                    "kakaknya menelepon dan meminta paspor Ratna diserahkan kepada keluarga "
                    "“supaya aman”. Koordinator berkata, “Kalau Ratna tidak mau ikut aturan lama "
                    "kita, keluarkan saja.”"
                ),
                "narrative_en": (
                    "Ratna suspects the agent tracks her through her old number. At her own "
                    "suggestion she agrees to switch it off for two weeks and call her mother on "
                    "the shelter's phone; she keeps her passport. Three days later her brother "
                    "calls and asks for Ratna's passport to be handed to the family “to keep it "
                    "safe”. The coordinator says, “If Ratna won't follow our old rules, discharge "
                    "her.”"
                ),
                "choices": [
                    {
                        "text": (
                            "Paspor tetap pada Ratna; permintaan kakaknya dibicarakan dengan Ratna "
                            "dan ia yang memutuskan; ia tidak dikeluarkan; pembatasan ponsel "
                            "ditinjau bersama pada tanggal yang disepakati."
                        ),
                        "text_en": (
                            "The passport stays with Ratna; her brother's request is discussed "
                            "with her and she decides; she is not discharged; the phone "
                            "restriction is reviewed together on the agreed date."
                        ),
                        "feedback": (
                            "Tepat. Keputusan tentang dokumen dan kontak keluarga milik korban "
                            "dewasa (hak menentukan pilihan; rekomendasi WHO), apalagi bila belum "
                            "jelas apakah keluarga terlibat. Tinggal di rumah aman bersifat "
                            "sukarela, dan menolak aturan yang tidak disepakati bukan alasan "
                            "mencabut perlindungan (prinsip tidak menambah bahaya; buku pegangan "
                            "IOM)."
                        ),
                        "feedback_en": (
                            "Correct. Decisions about documents and family contact belong to the "
                            "adult victim (self-determination; WHO recommendations), especially "
                            "when it is unclear whether the family was involved. Staying at a "
                            "shelter is voluntary, and refusing rules she never agreed to is no "
                            "reason to withdraw protection (do no harm; IOM handbook)."
                        ),
                        "next": "s7-terbaik",
                    },
                    {
                        "text": (
                            "Menyerahkan paspor kepada kakaknya, karena keluarga lebih berhak "
                            "daripada lembaga."
                        ),
                        "text_en": (
                            "Give the passport to her brother, because family has more right to it "
                            "than the agency."
                        ),
                        "feedback": (
                            "Kurang tepat. Paspor adalah milik Ratna, bukan keluarganya. "
                            "Menyerahkannya tanpa keputusan Ratna mengambil alih kendalinya, dan "
                            "keluarga belum tentu aman (hak menentukan pilihan; rekomendasi WHO)."
                        ),
                        "feedback_en": (
                            "Not quite. The passport belongs to Ratna, not her family. Handing it "
                            "over without her decision takes away her control, and the family is "
                            "not necessarily safe (self-determination; WHO recommendations)."
                        ),
                        "next": "s7-sebagian",
                    },
                    {
                        "text": "Mengeluarkan Ratna bila ia tetap menolak aturan lama rumah aman.",
                        "text_en": "Discharge Ratna if she keeps refusing the shelter's old rules.",
                        "feedback": (
                            "Keliru. Mengusir korban yang masih dilacak agen menempatkannya dalam "
                            "bahaya nyata. Perlindungan tidak boleh dijadikan alat untuk memaksa "
                            "kepatuhan (prinsip tidak menambah bahaya; rekomendasi WHO; buku "
                            "pegangan IOM)."
                        ),
                        "feedback_en": (
                            "Wrong. Turning out a victim whom the agent is still tracking puts her "
                            "in real danger. Protection must not be used to force compliance (do "
                            "no harm; WHO recommendations; IOM handbook)."
                        ),
                        "next": "s7-bahaya",
                    },
                ],
            },
        ],
        "endings": [
            {
                "key": "s7-terbaik",
                "text": (
                    "Ratna tetap tinggal karena merasa dipercaya. Dua minggu kemudian ia dan staf "
                    "meninjau rencana keselamatannya; ia memakai nomor baru dan mulai menyiapkan "
                    "kepulangan bersama pekerja sosial."
                ),
                "text_en": (
                    "Ratna stays because she feels trusted. Two weeks later she and the staff "
                    "review her safety plan; she uses a new number and starts preparing to go home "
                    "with a social worker."
                ),
                "score": 100,
            },
            {
                "key": "s7-sebagian",
                "text": (
                    "Ratna tetap aman secara fisik, tetapi kendali atas dokumennya kembali diambil "
                    "orang lain. Ia mulai menarik diri dan bertanya apa bedanya rumah aman dengan "
                    "tempat ia dulu bekerja."
                ),
                "text_en": (
                    "Ratna is physically safe, but someone else has taken control of her documents "
                    "again. She withdraws and asks how the shelter differs from the place where "
                    "she used to work."
                ),
                "score": 40,
            },
            {
                "key": "s7-bahaya",
                "text": (
                    "Ratna merasa dikurung lagi dan pergi dari rumah aman pada kesempatan pertama. "
                    "Tak lama kemudian agen yang sama menghubunginya dengan tawaran kerja baru."
                ),
                "text_en": (
                    "Ratna feels locked up again and leaves the shelter at the first chance. Soon "
                    "afterwards the same agent contacts her with a new job offer."
                ),
                "score": 0,
            },
        ],
    },
]

QUIZZES = [
    {
        "course": COURSE,
        "slug": "pretest-layanan-berpihak-korban",
        "title": "Pra-tes: Layanan yang Berpihak pada Korban",
        "title_en": "Pre-test: Victim-Centred Services",
        "intro": (
            "Pra-tes ini mengukur apa yang sudah Anda ketahui sebelum mengikuti kursus. Hasilnya "
            "tidak dihitung untuk kelulusan kursus; jawab sejujurnya agar Anda dan pelatih dapat "
            "melihat kemajuan Anda setelah kuis akhir."
        ),
        "intro_en": (
            "This pre-test measures what you already know before taking the course. It does not "
            "count toward completing the course; answer honestly so that you and your trainer can "
            "see your progress after the final quiz."
        ),
        "mode": "pretest",
        "pass_mark": 0,
        "questions": PRETEST_QUESTIONS,
    },
    {
        "course": COURSE,
        "slug": "kuis-akhir-layanan-berpihak-korban",
        "title": "Kuis Akhir: Layanan yang Berpihak pada Korban",
        "title_en": "Final Quiz: Victim-Centred Services",
        "intro": (
            "Kuis akhir ini menguji penerapan prinsip berpihak pada korban, persetujuan, "
            "kerahasiaan, wawancara peka trauma dan gender, tidak menghukum korban, dan "
            "perlindungan anak. Tiga soal berupa kasus bercabang: pilihan Anda menentukan jalan "
            "ceritanya. Nilai lulus 70%."
        ),
        "intro_en": (
            "This final quiz tests how you apply the victim-centred approach, informed consent, "
            "confidentiality, trauma-informed and gender-sensitive interviewing, non-punishment "
            "and child protection. Three questions are branching cases: your choices shape the "
            "story. The pass mark is 70%."
        ),
        "mode": "final",
        "pass_mark": 70,
        "questions": FINAL_QUESTIONS,
    },
]
