"""Glossary for the demo courses: one entry for every row of the glossary in ../shared/content/brief.md
(section 5). Definitions are written in our own words; facts the brief marks as unconfirmed are labelled
as such in the text."""

TERMS = [
    {
        "term": "TPPO",
        "gloss_en": "The crime of trafficking in persons",
        "definition": (
            "Singkatan dari tindak pidana perdagangan orang. Menurut Pasal 1 angka 1 UU 21/2007, "
            "perbuatan ini tersusun dari tiga unsur: proses (misalnya merekrut, mengangkut, menampung), "
            "cara (misalnya kekerasan, penipuan, penjeratan utang), dan tujuan eksploitasi. Ancaman "
            "pidananya menurut Pasal 2 ayat (1) adalah penjara 3–15 tahun dan denda Rp120–600 juta."
        ),
    },
    {
        "term": "UU PTPPO",
        "gloss_en": "Law No. 21 of 2007, Indonesia's anti-trafficking statute",
        "definition": (
            "Sebutan singkat untuk Undang-Undang Nomor 21 Tahun 2007 tentang Pemberantasan Tindak "
            "Pidana Perdagangan Orang (Lembaran Negara 2007 Nomor 58). Undang-undang ini memuat rumusan "
            "tindak pidana, hak-hak korban dan saksi, kewajiban membentuk gugus tugas (Pasal 58), serta "
            "peran serta masyarakat (Pasal 60)."
        ),
    },
    {
        "term": "GT PP-TPPO",
        "gloss_en": "Anti-trafficking task force at national, provincial and district level",
        "definition": (
            "Gugus Tugas Pencegahan dan Penanganan TPPO, wadah koordinasi lintas instansi yang wajib "
            "dibentuk pemerintah pusat dan daerah menurut Pasal 58 UU 21/2007. Pengaturannya ada dalam "
            "Perpres 69/2008 yang telah diubah dengan Perpres 22/2021 dan Perpres 49/2023; gugus tugas "
            "ada di tingkat pusat, provinsi, dan kabupaten/kota."
        ),
    },
    {
        "term": "Ketua Harian",
        "gloss_en": "Daily chair of the national task force (the National Police Chief since 2023)",
        "definition": (
            "Pejabat yang memimpin kegiatan sehari-hari gugus tugas pusat. Sejak Perpres 49/2023 "
            "(ditandatangani 10 Agustus 2023) jabatan ini dipegang Kapolri; sebelumnya, menurut "
            "Perpres 22/2021, dipegang Menteri PPPA."
        ),
    },
    {
        "term": "Sub-GT",
        "gloss_en": "Thematic sub-task force",
        "definition": (
            "Kelompok kerja tematik di dalam gugus tugas pusat yang dibentuk dengan Peraturan Ketua "
            "Harian Nomor 1 Tahun 2021; Kemensos, misalnya, duduk di sub-GT rehabilitasi sosial, "
            "pemulangan, dan reintegrasi. Daftar sub-GT yang berlaku saat ini belum terkonfirmasi "
            "(media daerah memberitakan Peraturan Ketua Harian 1/2025), jadi tanyakan ke sekretariat GT."
        ),
    },
    {
        "term": "Satgas TPPO",
        "gloss_en": "National Police anti-trafficking unit formed on 5 June 2023",
        "definition": (
            "Satuan tugas Polri yang dibentuk pada 5 Juni 2023 untuk menindak perdagangan "
            "orang. Jumlah orang yang diselamatkan satgas ini dilaporkan berbeda-beda dari waktu ke "
            "waktu, sehingga setiap angka harus dikutip bersama tanggal datanya."
        ),
    },
    {
        "term": "RAN PP TPPO",
        "gloss_en": "National Action Plan on preventing and handling trafficking (2020–2024)",
        "definition": (
            "Rencana Aksi Nasional Pencegahan dan Penanganan TPPO periode 2020–2024, ditetapkan dengan "
            "Perpres 19/2023, yang menjadi acuan program dan alokasi anggaran gugus tugas. Rencana aksi "
            "untuk periode sesudah 2024 belum kami konfirmasi."
        ),
    },
    {
        "term": "KemenPPPA",
        "gloss_en": "Ministry of Women's Empowerment and Child Protection",
        "definition": (
            "Kementerian Pemberdayaan Perempuan dan Perlindungan Anak. Kementerian ini menerbitkan "
            "Permen PPPA 8/2021 (SOP pelayanan terpadu) dan Permen PPPA 2/2024 (pencegahan dan "
            "penanganan berbasis masyarakat), serta mengelola layanan SAPA 129 dan pencatatan SIMFONI PPA."
        ),
    },
    {
        "term": "DP3A / Dinas PPPA",
        "gloss_en": "Regional office for women's empowerment and child protection",
        "definition": (
            "Dinas di provinsi atau kabupaten/kota yang menangani urusan pemberdayaan perempuan dan "
            "perlindungan anak; di beberapa daerah urusan ini digabung dengan urusan lain sehingga "
            "namanya berbeda. UPTD PPA berada di bawah dinas ini, sehingga DP3A menjadi pintu masuk "
            "penting untuk koordinasi layanan korban di daerah."
        ),
    },
    {
        "term": "UPTD PPA",
        "gloss_en": "Regional technical unit providing services to women and children",
        "definition": (
            "Unit Pelaksana Teknis Daerah Perlindungan Perempuan dan Anak. Menurut Permen PPPA 4/2018 "
            "unit ini menjalankan enam fungsi: pengaduan, penjangkauan, pengelolaan kasus, penampungan "
            "sementara, mediasi, dan pendampingan; kini juga diatur Perpres 55/2024. Dalam praktik, "
            "UPTD PPA menjalankan peran pusat pelayanan terpadu bagi korban TPPO di daerah."
        ),
    },
    {
        "term": "P2TP2A",
        "gloss_en": "Former integrated service centre for women and children, replaced by UPTD PPA",
        "definition": (
            "Pusat Pelayanan Terpadu Pemberdayaan Perempuan dan Anak, wadah layanan yang dulu banyak "
            "dipakai daerah. Perannya kini digantikan UPTD PPA, sehingga rujukan kasus baru sebaiknya "
            "diarahkan ke UPTD PPA setempat."
        ),
    },
    {
        "term": "PPT",
        "gloss_en": "Integrated service centre for trafficking victims",
        "definition": (
            "Pusat Pelayanan Terpadu yang diwajibkan Pasal 46 UU 21/2007 dan diatur dalam PP 9/2008: "
            "unit tempat berbagai instansi bersama-sama memberi rehabilitasi kesehatan, rehabilitasi "
            "sosial, pemulangan, reintegrasi sosial, dan bantuan hukum. Layanannya harus gratis dan "
            "rahasia."
        ),
    },
    {
        "term": "SAPA 129",
        "gloss_en": "KemenPPPA's complaint hotline for women and children",
        "definition": (
            "Layanan pengaduan Sahabat Perempuan dan Anak milik KemenPPPA, dapat dihubungi lewat telepon "
            "129 atau WhatsApp 08111-129-129. Masyarakat dapat memakainya untuk melaporkan dugaan "
            "perdagangan orang, terutama bila tidak tahu harus menghubungi siapa di daerahnya."
        ),
    },
    {
        "term": "SIMFONI PPA",
        "gloss_en": "KemenPPPA's online case-recording system",
        "definition": (
            "Sistem pencatatan kasus kekerasan terhadap perempuan dan anak secara daring yang dikelola "
            "KemenPPPA dan diisi unit layanan. Karena datanya berasal dari layanan perempuan dan anak, "
            "korban laki-laki dewasa cenderung kurang tercatat; baca angkanya dengan catatan itu."
        ),
    },
    {
        "term": "LPSK",
        "gloss_en": "Witness and Victim Protection Agency",
        "definition": (
            "Lembaga Perlindungan Saksi dan Korban yang dibentuk UU 13/2006 sebagaimana diubah UU "
            "31/2014. Korban TPPO dapat memperoleh bantuan medis dan rehabilitasi psikososial atau "
            "psikologis (Pasal 6) dan mengajukan restitusi melalui LPSK (Pasal 7A)."
        ),
    },
    {
        "term": "Restitusi / Kompensasi",
        "gloss_en": "Restitution paid by the offender / compensation paid by the state",
        "definition": (
            "Restitusi adalah ganti kerugian yang dibayar pelaku atau pihak ketiga; menurut Pasal 48 UU "
            "21/2007 meliputi kehilangan harta atau penghasilan, penderitaan, biaya perawatan medis atau "
            "psikologis, dan kerugian lain. Kompensasi adalah ganti kerugian yang dibayar negara; tata "
            "cara permohonan keduanya diatur Perma 1/2022."
        ),
    },
    {
        "term": "Kemensos / Dinsos",
        "gloss_en": "Ministry / regional office of social affairs",
        "definition": (
            "Kementerian Sosial di tingkat pusat dan Dinas Sosial di daerah. Keduanya berperan dalam "
            "rehabilitasi sosial, pemulangan, dan reintegrasi korban; Kemensos duduk di sub-GT yang "
            "menangani bidang tersebut."
        ),
    },
    {
        "term": "RPTC",
        "gloss_en": "Kemensos protection and trauma shelter",
        "definition": (
            "Rumah Perlindungan Trauma Center, rumah perlindungan milik Kemensos yang menerima rujukan "
            "korban TPPO, misalnya RPTC Bambu Apus di Jakarta. Kemensos dilaporkan sedang mengubah "
            "unit-unit seperti ini menjadi sentra layanan."
        ),
    },
    {
        "term": "ATENSI",
        "gloss_en": "Kemensos social-rehabilitation assistance",
        "definition": (
            "Asistensi Rehabilitasi Sosial, bentuk bantuan rehabilitasi sosial dari Kemensos yang juga "
            "disalurkan kepada korban TPPO. Jenis dan besaran bantuan mengikuti ketentuan Kemensos yang "
            "berlaku, jadi pastikan ke Dinsos setempat."
        ),
    },
    {
        "term": "BP2MI → KP2MI",
        "gloss_en": "Migrant-worker protection agency, a ministry since 2024",
        "definition": (
            "Badan Pelindungan Pekerja Migran Indonesia (BP2MI) diubah menjadi Kementerian Pelindungan "
            "Pekerja Migran Indonesia (KP2MI) melalui Perpres 139/2024. Bersama dinas tenaga kerja, "
            "KP2MI adalah tempat memeriksa izin perekrut dan keabsahan lowongan kerja luar negeri."
        ),
    },
    {
        "term": "PMI / CPMI / PMI nonprosedural",
        "gloss_en": "Migrant worker / prospective migrant worker / worker placed outside legal procedures",
        "definition": (
            "PMI adalah pekerja migran Indonesia, CPMI adalah calon pekerja migran yang belum berangkat, "
            "dan PMI nonprosedural adalah pekerja yang diberangkatkan tanpa menempuh prosedur resmi. "
            "Penempatan nonprosedural, termasuk ke tujuan yang ditutup, merupakan salah satu tanda "
            "risiko perdagangan orang."
        ),
    },
    {
        "term": "Perwakilan RI / KBRI",
        "gloss_en": "Indonesian mission / embassy abroad",
        "definition": (
            "Kantor perwakilan Indonesia di luar negeri, seperti kedutaan besar (KBRI) dan konsulat. "
            "Menurut Pasal 54 UU 21/2007, perwakilan RI wajib melindungi korban WNI di luar negeri dan "
            "mengupayakan pemulangannya atas biaya negara."
        ),
    },
    {
        "term": "Unit PPA / RPK",
        "gloss_en": "Police women-and-children unit / special service room",
        "definition": (
            "Unit Pelayanan Perempuan dan Anak di kepolisian menangani perkara dengan korban perempuan "
            "dan anak, termasuk TPPO. Pasal 45 UU 21/2007 mewajibkan Ruang Pelayanan Khusus (RPK) di "
            "setiap provinsi dan kabupaten/kota agar korban dapat diperiksa di ruang yang aman dan tertutup."
        ),
    },
    {
        "term": "Penjeratan utang",
        "gloss_en": "Debt bondage",
        "definition": (
            "Cara mengikat seseorang dengan utang yang sengaja dibuat atau dibesar-besarkan, misalnya "
            "biaya perekrutan dan perjalanan yang dijadikan pinjaman, sehingga ia tidak bisa menolak atau "
            "berhenti bekerja. Penjeratan utang adalah salah satu unsur cara dalam Pasal 1 angka 1 UU 21/2007."
        ),
    },
    {
        "term": "Rehabilitasi kesehatan/sosial, Pemulangan, Reintegrasi sosial",
        "gloss_en": "Health/social rehabilitation, repatriation, social reintegration",
        "definition": (
            "Empat layanan pemulihan yang menjadi hak korban yang menderita secara fisik atau psikis "
            "menurut Pasal 51 ayat (1) UU 21/2007. Pasal 52 mewajibkan layanan ini diberikan paling "
            "lambat 7 hari sejak permohonan diajukan."
        ),
    },
    {
        "term": "APH",
        "gloss_en": "Law-enforcement officials",
        "definition": (
            "Aparat penegak hukum, yakni penyidik kepolisian, penuntut umum, dan hakim yang menangani "
            "perkara pidana. Menilai apakah unsur TPPO terpenuhi adalah tugas APH, bukan tugas warga "
            "yang melapor."
        ),
    },
]
