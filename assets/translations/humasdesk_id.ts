<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>AccountState</name>
    <message>
        <source>Connected</source>
        <translation>Tersambung</translation>
    </message>
    <message>
        <source>Needs reconnect</source>
        <translation>Perlu disambungkan ulang</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Nonaktif</translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <source>the accounts page</source>
        <translation>halaman akun</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Akun</translation>
    </message>
    <message>
        <source>The Local outbox saves posts as files on this computer, so everything works before you connect a platform. Passwords and tokens are kept only in the system keyring.</source>
        <translation>Kotak Keluar Lokal menyimpan postingan sebagai berkas di komputer ini, jadi semuanya sudah bisa dipakai sebelum Anda menyambungkan platform. Sandi dan token hanya disimpan di keyring sistem.</translation>
    </message>
    <message>
        <source>the account list</source>
        <translation>daftar akun</translation>
    </message>
    <message>
        <source>&amp;Accounts:</source>
        <translation>&amp;Akun:</translation>
    </message>
    <message>
        <source>&amp;Human Agent (7 days)</source>
        <translation>&amp;Human Agent (7 hari)</translation>
    </message>
    <message>
        <source>Checking “{name}”…</source>
        <translation>Memeriksa “{name}”…</translation>
    </message>
    <message>
        <source>Checking “{name}” failed unexpectedly ({reason}).</source>
        <translation>Pemeriksaan “{name}” gagal karena kesalahan yang tidak terduga ({reason}).</translation>
    </message>
    <message>
        <source>“{name}” works. {details}</source>
        <translation>“{name}” berfungsi. {details}</translation>
    </message>
    <message>
        <source>“{name}”: {problem}</source>
        <translation>“{name}”: {problem}</translation>
    </message>
    <message>
        <source>“{name}” was not removed: {reason}</source>
        <translation>“{name}” tidak dihapus: {reason}</translation>
    </message>
    <message>
        <source>Account name in HumasDesk</source>
        <translation>Nama akun di HumasDesk</translation>
    </message>
    <message>
        <source>How HumasDesk names this account, for example Bluesky RSKO. Leave it empty to use the account&apos;s own name.</source>
        <translation>Nama akun ini di HumasDesk, misalnya Bluesky RSKO. Biarkan kosong untuk memakai nama akun itu di platformnya.</translation>
    </message>
    <message>
        <source>Meta app ID</source>
        <translation>App ID aplikasi Meta</translation>
    </message>
    <message>
        <source>Digits only: Meta for Developers, your app, App settings, Basic.</source>
        <translation>Hanya angka: Meta for Developers, aplikasi Anda, App settings, Basic.</translation>
    </message>
    <message>
        <source>Meta app secret</source>
        <translation>App secret aplikasi Meta</translation>
    </message>
    <message>
        <source>App settings, Basic. Kept in the system keyring only.</source>
        <translation>App settings, Basic. Hanya disimpan di keyring sistem.</translation>
    </message>
    <message>
        <source>Redirect address (optional)</source>
        <translation>Alamat pengalihan (opsional)</translation>
    </message>
    <message>
        <source>Only when the app accepts nothing but its registered address: then you paste the address the browser ends on. Leave it empty and the browser comes back to HumasDesk by itself.</source>
        <translation>Isi hanya jika aplikasi tidak menerima alamat lain selain alamat yang terdaftar; setelah itu Anda menempelkan alamat yang terakhir muncul di browser. Jika dibiarkan kosong, browser kembali ke HumasDesk dengan sendirinya.</translation>
    </message>
    <message>
        <source>Token (optional)</source>
        <translation>Token (opsional)</translation>
    </message>
    <message>
        <source>A token from Meta&apos;s Graph API Explorer, instead of logging in in the browser.</source>
        <translation>Token dari Graph API Explorer milik Meta, sebagai ganti masuk lewat browser.</translation>
    </message>
    <message>
        <source>Facebook page ID (optional)</source>
        <translation>ID Halaman Facebook (opsional)</translation>
    </message>
    <message>
        <source>Leave it empty to choose from the pages this login manages.</source>
        <translation>Biarkan kosong untuk memilih dari Halaman yang dikelola login ini.</translation>
    </message>
    <message>
        <source>Needs the App ID and App secret of the hospital&apos;s Meta app, then a Facebook login in the browser (or a pasted token).</source>
        <translation>Memerlukan App ID dan App secret aplikasi Meta milik rumah sakit, lalu login Facebook di browser (atau token yang ditempelkan).</translation>
    </message>
    <message>
        <source>Needs the same Meta app and login as the Facebook page, and the Instagram professional account linked to that page.</source>
        <translation>Memerlukan aplikasi Meta dan login yang sama dengan Halaman Facebook, serta akun profesional Instagram yang tertaut ke Halaman itu.</translation>
    </message>
    <message>
        <source>Where images go first</source>
        <translation>Tempat gambar ditaruh lebih dulu</translation>
    </message>
    <message>
        <source>Needs the Client ID of your own X app; then you log in and allow access in the browser.</source>
        <translation>Memerlukan Client ID aplikasi X milik Anda sendiri; lalu Anda masuk dan mengizinkan akses di browser.</translation>
    </message>
    <message>
        <source>X app Client ID</source>
        <translation>Client ID aplikasi X</translation>
    </message>
    <message>
        <source>X developer portal, your app, Keys and tokens, OAuth 2.0 Client ID.</source>
        <translation>X developer portal, aplikasi Anda, Keys and tokens, OAuth 2.0 Client ID.</translation>
    </message>
    <message>
        <source>Needs the handle and an app password (Bluesky: Settings, Privacy and security, App passwords); not your main password.</source>
        <translation>Memerlukan handle dan sandi aplikasi (di Bluesky: Pengaturan, Privasi dan keamanan, Sandi aplikasi); bukan sandi utama Anda.</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Handle</translation>
    </message>
    <message>
        <source>For example rsko.bsky.social.</source>
        <translation>Misalnya rsko.bsky.social.</translation>
    </message>
    <message>
        <source>App password</source>
        <translation>Sandi aplikasi</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Leave https://bsky.social unless the account lives on another server.</source>
        <translation>Biarkan https://bsky.social, kecuali akunnya berada di server lain.</translation>
    </message>
    <message>
        <source>Needs the server&apos;s address; then you log in and allow access in the browser.</source>
        <translation>Memerlukan alamat server; lalu Anda masuk dan mengizinkan akses di browser.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Alamat server</translation>
    </message>
    <message>
        <source>For example mastodon.social.</source>
        <translation>Misalnya mastodon.social.</translation>
    </message>
    <message>
        <source>Who sees the posts</source>
        <translation>Siapa yang melihat postingan</translation>
    </message>
    <message>
        <source>Browser comes back by itself</source>
        <translation>Browser kembali dengan sendirinya</translation>
    </message>
    <message>
        <source>After you allow access, the browser returns to HumasDesk. Turn it off to paste the code the server shows instead.</source>
        <translation>Setelah Anda mengizinkan akses, browser kembali ke HumasDesk. Matikan pilihan ini untuk menempelkan kode yang ditampilkan server sebagai gantinya.</translation>
    </message>
    <message>
        <source>Needs a token from the Meta app dashboard, or the Threads App ID, App secret and redirect address for a login in the browser.</source>
        <translation>Memerlukan token dari dasbor aplikasi Meta, atau App ID, App secret, dan alamat pengalihan aplikasi Threads untuk login di browser.</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Meta app dashboard, Threads use case, User Token Generator. Leave it empty to log in in the browser instead.</source>
        <translation>Dasbor aplikasi Meta, Threads use case, User Token Generator. Biarkan kosong untuk masuk lewat browser sebagai gantinya.</translation>
    </message>
    <message>
        <source>Threads app ID</source>
        <translation>App ID aplikasi Threads</translation>
    </message>
    <message>
        <source>Threads app secret</source>
        <translation>App secret aplikasi Threads</translation>
    </message>
    <message>
        <source>Your own LinkedIn profile</source>
        <translation>Profil LinkedIn Anda sendiri</translation>
    </message>
    <message>
        <source>An organization page you administer</source>
        <translation>Halaman organisasi yang Anda kelola sebagai admin</translation>
    </message>
    <message>
        <source>Needs the Client ID and Client secret of your own LinkedIn app; then you log in and allow access in the browser.</source>
        <translation>Memerlukan Client ID dan Client secret aplikasi LinkedIn Anda sendiri; lalu Anda login dan mengizinkan akses di peramban.</translation>
    </message>
    <message>
        <source>LinkedIn app Client ID</source>
        <translation>Client ID aplikasi LinkedIn</translation>
    </message>
    <message>
        <source>LinkedIn developer portal, your app, Auth.</source>
        <translation>Portal pengembang LinkedIn, aplikasi Anda, Auth.</translation>
    </message>
    <message>
        <source>LinkedIn: the Client ID of your LinkedIn app</source>
        <translation>LinkedIn: Client ID aplikasi LinkedIn Anda</translation>
    </message>
    <message>
        <source>LinkedIn app Client secret</source>
        <translation>Client secret aplikasi LinkedIn</translation>
    </message>
    <message>
        <source>Auth, Primary Client Secret. Kept in the system keyring only.</source>
        <translation>Auth, Primary Client Secret. Hanya disimpan di keyring sistem.</translation>
    </message>
    <message>
        <source>Post on</source>
        <translation>Posting di</translation>
    </message>
    <message>
        <source>LinkedIn: post on your own profile or on an organization page</source>
        <translation>LinkedIn: posting di profil Anda sendiri atau di Halaman organisasi</translation>
    </message>
    <message>
        <source>Organization page ID (optional)</source>
        <translation>ID Halaman organisasi (opsional)</translation>
    </message>
    <message>
        <source>The number in the page&apos;s admin address. Leave it empty to choose from the pages you administer.</source>
        <translation>Angka di alamat admin Halaman tersebut. Biarkan kosong untuk memilih dari Halaman yang Anda kelola.</translation>
    </message>
    <message>
        <source>LinkedIn: the organization page, when you administer several</source>
        <translation>LinkedIn: Halaman organisasi, bila Anda mengelola beberapa Halaman</translation>
    </message>
    <message>
        <source>Redirect address</source>
        <translation>Alamat pengalihan</translation>
    </message>
    <message>
        <source>Register this address in your LinkedIn app (Auth, Authorized redirect URLs); the browser then comes back to HumasDesk by itself.</source>
        <translation>Daftarkan alamat ini di aplikasi LinkedIn Anda (Auth, Authorized redirect URLs); peramban lalu kembali ke HumasDesk dengan sendirinya.</translation>
    </message>
    <message>
        <source>The https address registered in the Threads app; you paste the address the browser ends on.</source>
        <translation>Alamat https yang terdaftar di aplikasi Threads; Anda lalu menempelkan alamat yang terakhir muncul di browser.</translation>
    </message>
    <message>
        <source>Needs a bot token from BotFather and the channel; the bot must be an administrator of the channel, allowed to post.</source>
        <translation>Memerlukan token bot dari BotFather dan kanalnya; bot harus menjadi administrator kanal dan diizinkan memposting.</translation>
    </message>
    <message>
        <source>Bot token</source>
        <translation>Token bot</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>@name, t.me/name, or a private channel&apos;s number starting with -100.</source>
        <translation>@nama, t.me/nama, atau nomor kanal privat yang diawali -100.</translation>
    </message>
    <message>
        <source>Needs the site&apos;s address, your WordPress user name and an application password (your profile page, Application Passwords).</source>
        <translation>Memerlukan alamat situs, nama pengguna WordPress Anda, dan sandi aplikasi (halaman profil Anda, Kata Sandi Aplikasi).</translation>
    </message>
    <message>
        <source>Site address</source>
        <translation>Alamat situs</translation>
    </message>
    <message>
        <source>For example https://www.rsko.co.id.</source>
        <translation>Misalnya https://www.rsko.co.id.</translation>
    </message>
    <message>
        <source>WordPress user name</source>
        <translation>Nama pengguna WordPress</translation>
    </message>
    <message>
        <source>Application password</source>
        <translation>Sandi aplikasi</translation>
    </message>
    <message>
        <source>Nothing to type: you post on Kompasiana by hand, HumasDesk prepares the text and opens the site.</source>
        <translation>Tidak ada yang perlu diketik: Anda memposting di Kompasiana secara manual, HumasDesk menyiapkan teks dan membuka situsnya.</translation>
    </message>
    <message>
        <source>Address of the write page (optional)</source>
        <translation>Alamat halaman untuk menulis (opsional)</translation>
    </message>
    <message>
        <source>Nothing to type: you post on Kaskus by hand, HumasDesk prepares the text and opens the site.</source>
        <translation>Tidak ada yang perlu diketik: Anda memposting di Kaskus secara manual, HumasDesk menyiapkan teks dan membuka situsnya.</translation>
    </message>
    <message>
        <source>Any other site: needs the address of its write page. You post there by hand; HumasDesk prepares the text and opens the page.</source>
        <translation>Situs lain apa pun: memerlukan alamat halaman untuk menulis di situs itu. Anda memposting di sana secara manual; HumasDesk menyiapkan teks dan membuka halamannya.</translation>
    </message>
    <message>
        <source>Address of the write page</source>
        <translation>Alamat halaman untuk menulis</translation>
    </message>
    <message>
        <source>Nothing to type: posts are saved as files on this computer.</source>
        <translation>Tidak ada yang perlu diketik: postingan disimpan sebagai berkas di komputer ini.</translation>
    </message>
    <message>
        <source>The WordPress site “{name}” (its media library)</source>
        <translation>Situs WordPress “{name}” (pustaka medianya)</translation>
    </message>
    <message>
        <source>Nowhere: images are posted by hand</source>
        <translation>Tidak ada: gambar diposting secara manual</translation>
    </message>
    <message>
        <source>The linked Facebook page (hidden, temporary photos)</source>
        <translation>Halaman Facebook yang tertaut (foto sementara yang tersembunyi)</translation>
    </message>
    <message>
        <source>Fill in “{field}”.</source>
        <translation>Isi “{field}”.</translation>
    </message>
    <message>
        <source>Paste a token, or fill in the app ID, the app secret and the redirect address to log in in the browser.</source>
        <translation>Tempelkan token, atau isi App ID, App secret, dan alamat pengalihan untuk masuk lewat browser.</translation>
    </message>
    <message>
        <source>“{name}” is the name of a removed account that is kept for its post history. Choose another name, or reconnect that account.</source>
        <translation>“{name}” adalah nama akun yang sudah dihapus tetapi disimpan untuk riwayat postingannya. Pilih nama lain, atau sambungkan ulang akun itu.</translation>
    </message>
    <message>
        <source>There is already an account named “{name}”. Choose another name.</source>
        <translation>Sudah ada akun bernama “{name}”. Pilih nama lain.</translation>
    </message>
    <message>
        <source>Reading the inbox is on. {cost}</source>
        <translation>Pembacaan kotak masuk menyala. {cost}</translation>
    </message>
    <message>
        <source>An account name is one line: remove the line breaks and control characters.</source>
        <translation>Nama akun hanya satu baris: hapus pindah baris dan karakter kendalinya.</translation>
    </message>
    <message>
        <source>Choose a connected WordPress site to hold the images.</source>
        <translation>Pilih situs WordPress tersambung untuk menyimpan gambar.</translation>
    </message>
    <message>
        <source>HumasDesk cannot add a {platform} account yet.</source>
        <translation>HumasDesk belum bisa menambahkan akun {platform}.</translation>
    </message>
    <message>
        <source>Remove the account “{name}”? HumasDesk forgets its login (the keyring entries).</source>
        <translation>Hapus akun “{name}”? HumasDesk akan menghapus data login-nya (entri di keyring sistem).</translation>
    </message>
    <message>
        <source>It has posts in its history, so it is disabled rather than deleted; the history stays.</source>
        <translation>Akun ini punya postingan di riwayatnya, jadi akun dinonaktifkan, bukan dihapus; riwayatnya tetap ada.</translation>
    </message>
    <message numerus="yes">
        <source>%n scheduled post(s) for it will be cancelled.</source>
        <translation>
            <numerusform>%n postingan terjadwal untuk akun ini akan dibatalkan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) waiting in the platform&apos;s own schedule will be cancelled there first.</source>
        <translation>
            <numerusform>%n postingan yang menunggu di jadwal milik platform akan dibatalkan di sana lebih dulu.</numerusform>
        </translation>
    </message>
    <message>
        <source>{accounts} put their images on this site; they will post images by hand instead.</source>
        <translation>{accounts} menaruh gambarnya di situs ini; gambar untuk akun tersebut selanjutnya diposting secara manual.</translation>
    </message>
    <message>
        <source>Removed “{name}” and forgot its login.</source>
        <translation>“{name}” dihapus beserta data login-nya.</translation>
    </message>
    <message>
        <source>“{name}” has posts in its history, so it was disabled rather than deleted; its login was forgotten.</source>
        <translation>“{name}” punya postingan di riwayatnya, jadi akun ini dinonaktifkan, bukan dihapus; data login-nya sudah dihapus.</translation>
    </message>
    <message>
        <source>Disabled (removed; kept for its post history)</source>
        <translation>Nonaktif (dihapus; disimpan untuk riwayat postingannya)</translation>
    </message>
    <message>
        <source>Only if the hospital&apos;s Meta app passed review for the Human Agent permission: messages are then answered up to 7 days after the person&apos;s last message, instead of 24 hours.</source>
        <translation>Hanya jika aplikasi Meta milik rumah sakit telah lolos peninjauan untuk izin Human Agent: pesan lalu dapat dibalas hingga 7 hari setelah pesan terakhir orang tersebut, bukan 24 jam.</translation>
    </message>
    <message>
        <source>Turn on reading the inbox of “{name}”? {cost} You can turn it off again here.</source>
        <translation>Nyalakan pembacaan kotak masuk “{name}”? {cost} Anda dapat mematikannya lagi di sini.</translation>
    </message>
    <message>
        <source>Turn off reading the inbox of “{name}”? Nothing more is billed for it; comments and mentions are no longer listed in the Inbox.</source>
        <translation>Matikan pembacaan kotak masuk “{name}”? Tidak ada lagi tagihan untuknya; komentar dan sebutan tidak lagi dicantumkan di Kotak masuk.</translation>
    </message>
    <message>
        <source>Reading the inbox of “{name}” is on. {cost}</source>
        <translation>Pembacaan kotak masuk “{name}” menyala. {cost}</translation>
    </message>
    <message>
        <source>Reading the inbox of “{name}” is off; nothing more is billed for it.</source>
        <translation>Pembacaan kotak masuk “{name}” dimatikan; tidak ada lagi tagihan untuknya.</translation>
    </message>
    <message>
        <source>“{name}” has no Human Agent option: only Facebook and Instagram accounts answer messages with it.</source>
        <translation>“{name}” tidak memiliki opsi Human Agent: hanya akun Facebook dan Instagram yang membalas pesan dengannya.</translation>
    </message>
    <message>
        <source>“{name}” now answers messages up to 7 days after the person&apos;s last message (Human Agent).</source>
        <translation>“{name}” kini membalas pesan hingga 7 hari setelah pesan terakhir orang tersebut (Human Agent).</translation>
    </message>
    <message>
        <source>“{name}” now answers messages up to 24 hours after the person&apos;s last message.</source>
        <translation>“{name}” kini membalas pesan hingga 24 jam setelah pesan terakhir orang tersebut.</translation>
    </message>
    <message>
        <source>{name}, {platform}, {state}</source>
        <translation>{name}, {platform}, {state}</translation>
    </message>
    <message>
        <source>{name}, {state}</source>
        <translation>{name}, {state}</translation>
    </message>
    <message>
        <source>list, add, verify, reconnect or remove the accounts HumasDesk publishes to</source>
        <translation>tampilkan, tambah, verifikasi, sambungkan ulang, atau hapus akun tujuan penerbitan HumasDesk</translation>
    </message>
    <message>
        <source>every account with its state</source>
        <translation>semua akun beserta statusnya</translation>
    </message>
    <message>
        <source>print JSON instead of text</source>
        <translation>cetak JSON, bukan teks biasa</translation>
    </message>
    <message>
        <source>connect an account; passwords and tokens are asked for (hidden), or read one per line from standard input, never taken from the command line</source>
        <translation>sambungkan akun; sandi dan token ditanyakan (tersembunyi), atau dibaca satu per baris dari masukan standar, tidak pernah diambil dari baris perintah</translation>
    </message>
    <message>
        <source>one of: {platforms}</source>
        <translation>salah satu dari: {platforms}</translation>
    </message>
    <message>
        <source>what HumasDesk calls the account</source>
        <translation>nama akun di HumasDesk</translation>
    </message>
    <message>
        <source>log in again (after an expired login, or to re-enable a removed account); the platform options default to the account&apos;s own</source>
        <translation>masuk lagi (setelah login kedaluwarsa, atau untuk mengaktifkan lagi akun yang dihapus); opsi platform bawaannya memakai nilai akun itu sendiri</translation>
    </message>
    <message>
        <source>ask the platform who the account is logged in as</source>
        <translation>tanyakan ke platform siapa yang sedang login di akun itu</translation>
    </message>
    <message>
        <source>forget an account&apos;s login and remove it (an account with post history is disabled instead, so the history stays)</source>
        <translation>hapus data login akun lalu hapus akunnya (akun yang punya riwayat postingan dinonaktifkan saja, jadi riwayatnya tetap ada)</translation>
    </message>
    <message>
        <source>do not ask for confirmation</source>
        <translation>jangan minta konfirmasi</translation>
    </message>
    <message>
        <source>read the account&apos;s mentions (X bills every read), or stop reading them</source>
        <translation>baca sebutan akun ini (X menagih setiap pembacaan), atau berhenti membacanya</translation>
    </message>
    <message>
        <source>{option}: passwords and tokens are never taken from the command line, where the shell history keeps them. Leave it out: HumasDesk asks for it with a hidden prompt, or reads it from standard input.</source>
        <translation>{option}: sandi dan token tidak pernah diambil dari baris perintah, karena riwayat shell menyimpannya. Jangan sertakan opsi ini: HumasDesk akan menanyakannya dengan prompt tersembunyi, atau membacanya dari masukan standar.</translation>
    </message>
    <message>
        <source>Bluesky: the account&apos;s server (default https://bsky.social); Telegram: a local Bot API server</source>
        <translation>Bluesky: server akun (bawaan https://bsky.social); Telegram: server Bot API lokal</translation>
    </message>
    <message>
        <source>Bluesky: the handle, such as rsko.bsky.social</source>
        <translation>Bluesky: handle, misalnya rsko.bsky.social</translation>
    </message>
    <message>
        <source>Mastodon: the server, such as mastodon.social</source>
        <translation>Mastodon: server, misalnya mastodon.social</translation>
    </message>
    <message>
        <source>Mastodon: who sees the posts (default public)</source>
        <translation>Mastodon: siapa yang melihat postingan (bawaan public)</translation>
    </message>
    <message>
        <source>Telegram: @name, t.me/name or -100…</source>
        <translation>Telegram: @nama, t.me/nama, atau -100…</translation>
    </message>
    <message>
        <source>WordPress: the site&apos;s address</source>
        <translation>WordPress: alamat situs</translation>
    </message>
    <message>
        <source>WordPress: the user name</source>
        <translation>WordPress: nama pengguna</translation>
    </message>
    <message>
        <source>a site posted by hand that HumasDesk knows (with --platform assisted)</source>
        <translation>situs yang dikenal HumasDesk dan diposting secara manual (bersama --platform assisted)</translation>
    </message>
    <message>
        <source>a site posted by hand: the address of its write page</source>
        <translation>situs yang diposting secara manual: alamat halaman untuk menulis</translation>
    </message>
    <message>
        <source>X: the Client ID of your X app</source>
        <translation>X: Client ID aplikasi X Anda</translation>
    </message>
    <message>
        <source>Facebook, Instagram, Threads: the Meta app&apos;s ID</source>
        <translation>Facebook, Instagram, Threads: App ID aplikasi Meta</translation>
    </message>
    <message>
        <source>Facebook, Instagram: the page, when you manage several</source>
        <translation>Facebook, Instagram: Halaman yang dipakai, jika Anda mengelola beberapa</translation>
    </message>
    <message>
        <source>Facebook, Instagram, X, Threads: the redirect address registered in the app; you then paste the address the browser ends on</source>
        <translation>Facebook, Instagram, X, Threads: alamat pengalihan yang terdaftar di aplikasi; lalu Anda menempelkan alamat yang terakhir muncul di browser</translation>
    </message>
    <message>
        <source>Instagram, Threads: where images go first (wordpress needs --wordpress-account)</source>
        <translation>Instagram, Threads: tempat gambar ditaruh lebih dulu (wordpress memerlukan --wordpress-account)</translation>
    </message>
    <message>
        <source>Instagram, Threads: the connected WordPress site that holds the images</source>
        <translation>Instagram, Threads: situs WordPress tersambung yang menyimpan gambar</translation>
    </message>
    <message>
        <source>Facebook, Instagram, Threads: paste a token (asked for hidden) instead of logging in in the browser</source>
        <translation>Facebook, Instagram, Threads: tempelkan token (ditanyakan secara tersembunyi), bukan masuk lewat browser</translation>
    </message>
    <message>
        <source>Mastodon: let the browser come back to HumasDesk by itself instead of pasting the code</source>
        <translation>Mastodon: biarkan browser kembali ke HumasDesk dengan sendirinya, tanpa menempelkan kode</translation>
    </message>
    <message>
        <source>change an account&apos;s setting: the Human Agent option of Facebook and Instagram, or reading X mentions, which X bills (the estimated cost is printed, and asked about, before it is turned on)</source>
        <translation>ubah pengaturan akun: opsi Human Agent untuk Facebook dan Instagram, atau pembacaan sebutan X, yang ditagih oleh X (perkiraan biayanya dicetak dan ditanyakan sebelum dinyalakan)</translation>
    </message>
    <message>
        <source>Facebook and Instagram: answer messages up to 7 days after the person&apos;s last message (only if the hospital&apos;s Meta app passed review for the Human Agent permission), or within 24 hours</source>
        <translation>Facebook dan Instagram: balas pesan hingga 7 hari setelah pesan terakhir orang tersebut (hanya jika aplikasi Meta milik rumah sakit telah lolos peninjauan untuk izin Human Agent), atau dalam 24 jam</translation>
    </message>
    <message>
        <source>only print the login address; do not open the browser</source>
        <translation>hanya cetak alamat login; jangan buka browser</translation>
    </message>
    <message>
        <source>Say what to do: humasdesk accounts list, add, verify, reconnect or remove (see humasdesk accounts --help).</source>
        <translation>Sebutkan yang ingin dilakukan: humasdesk accounts list, add, verify, reconnect, atau remove (lihat humasdesk accounts --help).</translation>
    </message>
    <message>
        <source>There is no account named “{name}”. Accounts: {known}.</source>
        <translation>Tidak ada akun bernama “{name}”. Akun yang ada: {known}.</translation>
    </message>
    <message>
        <source>There are no accounts. Add one with humasdesk accounts add.</source>
        <translation>Belum ada akun. Tambahkan dengan humasdesk accounts add.</translation>
    </message>
    <message>
        <source>{name}: {details}. {state}.</source>
        <translation>{name}: {details}. {state}.</translation>
    </message>
    <message>
        <source>{what} (hidden): </source>
        <translation>{what} (tersembunyi): </translation>
    </message>
    <message>
        <source>No {what} was given. Type it at the prompt, or give it as one line on standard input.</source>
        <translation>{what} belum diberikan. Ketik di prompt, atau berikan sebagai satu baris di masukan standar.</translation>
    </message>
    <message>
        <source>Open this address in the browser, log in and allow HumasDesk access:</source>
        <translation>Buka alamat ini di browser, masuk, lalu izinkan akses untuk HumasDesk:</translation>
    </message>
    <message>
        <source>Paste the address the browser shows after you allowed access (or the code the page shows): </source>
        <translation>Tempelkan alamat yang ditampilkan browser setelah Anda mengizinkan akses (atau kode yang ditampilkan halamannya): </translation>
    </message>
    <message>
        <source>This Facebook user manages several pages:</source>
        <translation>Pengguna Facebook ini mengelola beberapa Halaman:</translation>
    </message>
    <message>
        <source>Number or ID of the page to use: </source>
        <translation>Nomor atau ID Halaman yang akan dipakai: </translation>
    </message>
    <message>
        <source>--image-host wordpress needs --wordpress-account NAME.</source>
        <translation>--image-host wordpress memerlukan --wordpress-account NAMA.</translation>
    </message>
    <message>
        <source>“{name}” is not a WordPress site.</source>
        <translation>“{name}” bukan situs WordPress.</translation>
    </message>
    <message>
        <source>--preset goes with --platform {platform}.</source>
        <translation>--preset dipakai bersama --platform {platform}.</translation>
    </message>
    <message>
        <source>Say which setting to change: --read-mentions on|off or --human-agent on|off.</source>
        <translation>Sebutkan pengaturan yang akan diubah: --read-mentions on|off atau --human-agent on|off.</translation>
    </message>
    <message>
        <source>Reading the inbox of “{name}” costs nothing; there is nothing to turn on.</source>
        <translation>Pembacaan kotak masuk “{name}” tidak berbiaya; tidak ada yang perlu dinyalakan.</translation>
    </message>
    <message>
        <source>This needs a confirmation: run it in a terminal, or add --yes.</source>
        <translation>Ini memerlukan konfirmasi: jalankan di terminal, atau tambahkan --yes.</translation>
    </message>
    <message>
        <source>Type yes to go on: </source>
        <translation>Ketik ya untuk melanjutkan: </translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>Threads can put images on a WordPress site, or nowhere (assisted).</source>
        <translation>Threads bisa menaruh gambar di situs WordPress, atau tidak di mana pun (assisted).</translation>
    </message>
    <message>
        <source>{option} does not apply to {platform}.</source>
        <translation>{option} tidak berlaku untuk {platform}.</translation>
    </message>
    <message>
        <source>Unknown platform “{platform}”. Choose one of: {platforms}.</source>
        <translation>Platform “{platform}” tidak dikenal. Pilih salah satu dari: {platforms}.</translation>
    </message>
    <message>
        <source>Threads: give --app-id and --redirect-uri to log in in the browser, or --paste-token.</source>
        <translation>Threads: berikan --app-id dan --redirect-uri untuk masuk lewat browser, atau --paste-token.</translation>
    </message>
    <message>
        <source>{problem} ({option})</source>
        <translation>{problem} ({option})</translation>
    </message>
    <message>
        <source>Added “{name}” ({platform}).</source>
        <translation>“{name}” ({platform}) ditambahkan.</translation>
    </message>
    <message>
        <source>The Local outbox has no login to reconnect.</source>
        <translation>Kotak Keluar Lokal tidak punya login yang perlu disambungkan ulang.</translation>
    </message>
    <message>
        <source>Reconnected “{name}”.</source>
        <translation>“{name}” sudah tersambung ulang.</translation>
    </message>
    <message>
        <source>The account was not removed.</source>
        <translation>Akun tidak dihapus.</translation>
    </message>
    <message numerus="yes">
        <source>%n scheduled post(s) were cancelled.</source>
        <translation>
            <numerusform>%n postingan terjadwal dibatalkan.</numerusform>
        </translation>
    </message>
    <message>
        <source>“{name}” was removed and is kept only for its post history. Reconnect it to use it again.</source>
        <translation>“{name}” sudah dihapus dan hanya disimpan untuk riwayat postingannya. Sambungkan ulang untuk memakainya lagi.</translation>
    </message>
    <message>
        <source>Removing needs a confirmation: run it in a terminal, or add --yes.</source>
        <translation>Penghapusan memerlukan konfirmasi: jalankan di terminal, atau tambahkan --yes.</translation>
    </message>
    <message>
        <source>Type yes to remove it: </source>
        <translation>Ketik ya untuk menghapusnya: </translation>
    </message>
    <message>
        <source>Nothing was removed.</source>
        <translation>Tidak ada yang dihapus.</translation>
    </message>
    <message>
        <source>Connecting was cancelled. Nothing was saved.</source>
        <translation>Penyambungan dibatalkan. Tidak ada yang disimpan.</translation>
    </message>
    <message>
        <source>Reconnect “{name}”</source>
        <translation>Sambungkan ulang “{name}”</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>Tambah akun</translation>
    </message>
    <message>
        <source>the steps</source>
        <translation>langkah-langkahnya</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Kembali</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Berikutnya</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>&amp;Sambungkan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Step 1 of 2: choose the platform</source>
        <translation>Langkah 1 dari 2: pilih platform</translation>
    </message>
    <message>
        <source>Use the arrow keys to choose, then press Enter. Each line says what connecting needs.</source>
        <translation>Pilih dengan tombol panah, lalu tekan Enter. Setiap baris menjelaskan apa yang diperlukan untuk menyambungkan.</translation>
    </message>
    <message>
        <source>the platform list</source>
        <translation>daftar platform</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>&amp;Platform:</translation>
    </message>
    <message>
        <source>Step 1 of 2: choose the platform.</source>
        <translation>Langkah 1 dari 2: pilih platform.</translation>
    </message>
    <message>
        <source>{platform}. {needs}</source>
        <translation>{platform}. {needs}</translation>
    </message>
    <message>
        <source>Step 2 of 2: {platform}</source>
        <translation>Langkah 2 dari 2: {platform}</translation>
    </message>
    <message>
        <source>Reconnect “{name}” ({platform})</source>
        <translation>Sambungkan ulang “{name}” ({platform})</translation>
    </message>
    <message>
        <source>the account&apos;s fields</source>
        <translation>kolom isian akun</translation>
    </message>
    <message>
        <source>Log in again; the account keeps its name, its posts and its settings. Passwords and tokens are not shown: type them again.</source>
        <translation>Masuk lagi; nama, postingan, dan pengaturan akun tetap sama. Sandi dan token tidak ditampilkan: ketik lagi.</translation>
    </message>
    <message>
        <source>Login &amp;address:</source>
        <translation>&amp;Alamat login:</translation>
    </message>
    <message>
        <source>Cop&amp;y address</source>
        <translation>Sal&amp;in alamat</translation>
    </message>
    <message>
        <source>Open in bro&amp;wser</source>
        <translation>B&amp;uka di browser</translation>
    </message>
    <message>
        <source>&amp;Paste the address the browser ended on (or the code it shows):</source>
        <translation>&amp;Tempelkan alamat yang terakhir muncul di browser (atau kode yang ditampilkannya):</translation>
    </message>
    <message>
        <source>Con&amp;tinue</source>
        <translation>&amp;Lanjutkan</translation>
    </message>
    <message>
        <source>the page list</source>
        <translation>daftar Halaman</translation>
    </message>
    <message>
        <source>&amp;Which page:</source>
        <translation>&amp;Halaman yang dipakai:</translation>
    </message>
    <message>
        <source>&amp;Use this page</source>
        <translation>&amp;Gunakan Halaman ini</translation>
    </message>
    <message>
        <source>Connecting to {platform}…</source>
        <translation>Menyambungkan ke {platform}…</translation>
    </message>
    <message>
        <source>Connected “{name}”.</source>
        <translation>“{name}” tersambung.</translation>
    </message>
    <message>
        <source>Connecting failed unexpectedly ({reason}). Nothing was saved.</source>
        <translation>Penyambungan gagal karena kesalahan yang tidak terduga ({reason}). Tidak ada yang disimpan.</translation>
    </message>
    <message>
        <source>The login page is open in the browser (its address is below, with a Copy button). Log in and allow access, then paste here the address the browser ends on, or the code the page shows, and press Enter.</source>
        <translation>Halaman login sudah terbuka di browser (alamatnya ada di bawah, dengan tombol Salin alamat). Masuk dan izinkan akses, lalu tempelkan di sini alamat yang terakhir muncul di browser, atau kode yang ditampilkan halamannya, dan tekan Enter.</translation>
    </message>
    <message>
        <source>The login page is open in the browser (its address is below, with a Copy button). Log in and allow access; the browser then comes back to HumasDesk by itself.</source>
        <translation>Halaman login sudah terbuka di browser (alamatnya ada di bawah, dengan tombol Salin alamat). Masuk dan izinkan akses; setelah itu browser kembali ke HumasDesk dengan sendirinya.</translation>
    </message>
    <message>
        <source>Waiting for the login in the browser.</source>
        <translation>Menunggu login di browser.</translation>
    </message>
    <message>
        <source>Login address copied.</source>
        <translation>Alamat login disalin.</translation>
    </message>
    <message>
        <source>Paste the address first.</source>
        <translation>Tempelkan alamatnya dulu.</translation>
    </message>
    <message>
        <source>Finishing the login…</source>
        <translation>Menyelesaikan login…</translation>
    </message>
    <message numerus="yes">
        <source>This login manages %n page(s). Choose the page to use, then press Use this page.</source>
        <translation>
            <numerusform>Login ini mengelola %n Halaman. Pilih Halaman yang akan dipakai, lalu tekan Gunakan Halaman ini.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the account?</source>
        <translation>Hapus akun?</translation>
    </message>
    <message>
        <source>&amp;Remove account</source>
        <translation>&amp;Hapus akun</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;Jangan hapus</translation>
    </message>
    <message>
        <source>Turn on paid reading?</source>
        <translation>Nyalakan pembacaan berbayar?</translation>
    </message>
    <message>
        <source>Turn off paid reading?</source>
        <translation>Matikan pembacaan berbayar?</translation>
    </message>
    <message>
        <source>&amp;Turn on</source>
        <translation>&amp;Nyalakan</translation>
    </message>
    <message>
        <source>&amp;Turn off</source>
        <translation>&amp;Matikan</translation>
    </message>
    <message>
        <source>&amp;Leave it as it is</source>
        <translation>&amp;Biarkan seperti ini</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>Insights</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>How the audience reacted, the best time to post and the weekly report</source>
        <translation>Tanggapan audiens, waktu terbaik untuk mengunggah, dan laporan mingguan</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Tulis</translation>
    </message>
    <message>
        <source>Go to the composer to write a post</source>
        <translation>Buka halaman Tulis untuk menulis postingan</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Antrean</translation>
    </message>
    <message>
        <source>Scheduled, published and failed posts</source>
        <translation>Postingan terjadwal, terbit, dan gagal</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Akun</translation>
    </message>
    <message>
        <source>The accounts HumasDesk publishes to</source>
        <translation>Akun-akun tujuan penerbitan HumasDesk</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Language, theme, text size, keys and speech</source>
        <translation>Bahasa, tema, ukuran teks, tombol, dan suara</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Kotak masuk</translation>
    </message>
    <message>
        <source>Comments, mentions and messages from every account, emergencies and complaints first</source>
        <translation>Komentar, sebutan, dan pesan dari setiap akun, keadaan darurat dan keluhan lebih dahulu</translation>
    </message>
    <message>
        <source>Publish now</source>
        <translation>Terbitkan sekarang</translation>
    </message>
    <message>
        <source>Publish the post to the checked accounts now</source>
        <translation>Terbitkan postingan ke akun yang dicentang sekarang juga</translation>
    </message>
    <message>
        <source>Cancel publishing</source>
        <translation>Batalkan penerbitan</translation>
    </message>
    <message>
        <source>Stop a post during its undo time</source>
        <translation>Hentikan postingan selagi masih bisa dibatalkan</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Jadwalkan</translation>
    </message>
    <message>
        <source>Publish the post at the chosen date and time</source>
        <translation>Terbitkan postingan pada tanggal dan jam yang dipilih</translation>
    </message>
    <message>
        <source>Go to the post text</source>
        <translation>Ke teks postingan</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Pratinjau</translation>
    </message>
    <message>
        <source>See and hear the final text for each account, then publish</source>
        <translation>Lihat dan dengarkan teks akhir untuk setiap akun, lalu terbitkan</translation>
    </message>
    <message>
        <source>Dictate</source>
        <translation>Dikte</translation>
    </message>
    <message>
        <source>Start or stop listening; what you say is written at the cursor</source>
        <translation>Mulai atau hentikan mendengarkan; ucapan Anda ditulis di posisi kursor</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Bacakan</translation>
    </message>
    <message>
        <source>Hear the text (or the selection); any key stops it</source>
        <translation>Dengarkan teksnya (atau bagian yang dipilih); tekan tombol apa saja untuk berhenti</translation>
    </message>
    <message>
        <source>Attach image</source>
        <translation>Lampirkan gambar</translation>
    </message>
    <message>
        <source>Choose an image; you are asked to describe it</source>
        <translation>Pilih gambar; Anda akan diminta mendeskripsikannya</translation>
    </message>
    <message>
        <source>Pick from the pictures folder</source>
        <translation>Pilih dari folder gambar</translation>
    </message>
    <message>
        <source>The newest pictures in the folder chosen in Settings, with their time and size</source>
        <translation>Gambar terbaru di folder yang dipilih di Pengaturan, beserta waktu dan ukurannya</translation>
    </message>
    <message>
        <source>Describe image</source>
        <translation>Deskripsikan gambar</translation>
    </message>
    <message>
        <source>Write or change the description of the selected image</source>
        <translation>Tulis atau ubah deskripsi gambar yang dipilih</translation>
    </message>
    <message>
        <source>Remove image</source>
        <translation>Hapus gambar</translation>
    </message>
    <message>
        <source>Take the selected image off the post</source>
        <translation>Keluarkan gambar yang dipilih dari postingan</translation>
    </message>
    <message>
        <source>Restore the draft</source>
        <translation>Pulihkan draf</translation>
    </message>
    <message>
        <source>Discard the draft</source>
        <translation>Buang draf</translation>
    </message>
    <message>
        <source>Choose account</source>
        <translation>Pilih akun</translation>
    </message>
    <message>
        <source>Check an account for this post, by its name or its platform</source>
        <translation>Centang akun untuk unggahan ini, menurut nama atau platformnya</translation>
    </message>
    <message>
        <source>Skip account</source>
        <translation>Lewati akun</translation>
    </message>
    <message>
        <source>Uncheck an account for this post, by its name or its platform</source>
        <translation>Hapus centang akun untuk unggahan ini, menurut nama atau platformnya</translation>
    </message>
    <message>
        <source>Refresh the queue</source>
        <translation>Muat ulang antrean</translation>
    </message>
    <message>
        <source>Publish the selected post now</source>
        <translation>Terbitkan postingan yang dipilih sekarang</translation>
    </message>
    <message>
        <source>Reschedule</source>
        <translation>Jadwalkan ulang</translation>
    </message>
    <message>
        <source>Choose a new time for the selected post</source>
        <translation>Pilih waktu baru untuk postingan yang dipilih</translation>
    </message>
    <message>
        <source>Edit in composer</source>
        <translation>Edit di halaman Tulis</translation>
    </message>
    <message>
        <source>Take the selected post back into the composer</source>
        <translation>Kembalikan postingan yang dipilih ke halaman Tulis</translation>
    </message>
    <message>
        <source>Mark as published</source>
        <translation>Tandai sudah terbit</translation>
    </message>
    <message>
        <source>You checked: it did go out</source>
        <translation>Anda sudah memeriksa: postingan memang sudah terbit</translation>
    </message>
    <message>
        <source>Cancel post</source>
        <translation>Batalkan postingan</translation>
    </message>
    <message>
        <source>Stop the selected post; it can be rescheduled</source>
        <translation>Hentikan postingan yang dipilih; postingan bisa dijadwalkan ulang</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Tambah akun</translation>
    </message>
    <message>
        <source>Connect a new account: choose the platform, then fill in what it needs</source>
        <translation>Sambungkan akun baru: pilih platform, lalu isi yang diperlukan</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verifikasi</translation>
    </message>
    <message>
        <source>Ask the platform who the selected account is logged in as</source>
        <translation>Tanyakan ke platform siapa yang sedang login di akun yang dipilih</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Sambungkan ulang</translation>
    </message>
    <message>
        <source>Log in again to the selected account</source>
        <translation>Masuk lagi ke akun yang dipilih</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Hapus akun</translation>
    </message>
    <message>
        <source>Forget the selected account&apos;s login and remove it, after you confirm</source>
        <translation>Hapus data login akun yang dipilih lalu hapus akunnya, setelah Anda konfirmasi</translation>
    </message>
    <message>
        <source>Voice command</source>
        <translation>Perintah suara</translation>
    </message>
    <message>
        <source>Say what HumasDesk should do, for example “buka antrean” or “jadwalkan besok jam sembilan”</source>
        <translation>Ucapkan apa yang harus dilakukan HumasDesk, misalnya “buka antrean” atau “jadwalkan besok jam sembilan”</translation>
    </message>
    <message>
        <source>Paid inbox reading</source>
        <translation>Pembacaan kotak masuk berbayar</translation>
    </message>
    <message>
        <source>Turn reading the selected account&apos;s inbox on or off where the platform bills every read (X), after hearing the cost</source>
        <translation>Nyalakan atau matikan pembacaan kotak masuk akun yang dipilih bila platformnya menagih setiap pembacaan (X), setelah mendengar biayanya</translation>
    </message>
    <message>
        <source>Next new item</source>
        <translation>Item baru berikutnya</translation>
    </message>
    <message>
        <source>Go to the next new item in the inbox</source>
        <translation>Ke item baru berikutnya di kotak masuk</translation>
    </message>
    <message>
        <source>Previous new item</source>
        <translation>Item baru sebelumnya</translation>
    </message>
    <message>
        <source>Go to the previous new item in the inbox</source>
        <translation>Ke item baru sebelumnya di kotak masuk</translation>
    </message>
    <message>
        <source>Next complaint</source>
        <translation>Keluhan berikutnya</translation>
    </message>
    <message>
        <source>Go to the next emergency or complaint in the inbox</source>
        <translation>Ke keadaan darurat atau keluhan berikutnya di kotak masuk</translation>
    </message>
    <message>
        <source>Read the whole thread</source>
        <translation>Bacakan seluruh percakapan</translation>
    </message>
    <message>
        <source>Hear the selected item with everything before it in its conversation</source>
        <translation>Dengarkan item terpilih beserta semua pesan sebelumnya dalam percakapannya</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Balas</translation>
    </message>
    <message>
        <source>Answer the selected item (Enter in the list does the same)</source>
        <translation>Balas item terpilih (Enter di daftar juga bisa)</translation>
    </message>
    <message>
        <source>Mark handled</source>
        <translation>Tandai sudah ditangani</translation>
    </message>
    <message>
        <source>Nothing more to do for the selected item</source>
        <translation>Tidak ada lagi yang perlu dilakukan untuk item terpilih</translation>
    </message>
    <message>
        <source>Correct the label</source>
        <translation>Koreksi label</translation>
    </message>
    <message>
        <source>Not a complaint, or a complaint that was missed; kept and learned from</source>
        <translation>Bukan keluhan, atau keluhan yang terlewat; disimpan dan dipelajari</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Moderasi</translation>
    </message>
    <message>
        <source>Hide, approve, mark as spam, trash or dismiss the selected item on its platform</source>
        <translation>Sembunyikan, setujui, tandai sebagai spam, buang, atau abaikan item terpilih di platformnya</translation>
    </message>
    <message>
        <source>Check for new items now</source>
        <translation>Periksa item baru sekarang</translation>
    </message>
    <message>
        <source>Read every account&apos;s inbox now</source>
        <translation>Baca kotak masuk setiap akun sekarang</translation>
    </message>
    <message>
        <source>Insert a saved reply</source>
        <translation>Sisipkan balasan tersimpan</translation>
    </message>
    <message>
        <source>Choose a saved reply; its fields are filled from the item, then edit it</source>
        <translation>Pilih balasan tersimpan; kolomnya diisi dari item, lalu sunting</translation>
    </message>
    <message>
        <source>Saved replies</source>
        <translation>Balasan tersimpan</translation>
    </message>
    <message>
        <source>Add, change or delete saved replies</source>
        <translation>Tambah, ubah, atau hapus balasan tersimpan</translation>
    </message>
    <message>
        <source>Send the reply</source>
        <translation>Kirim balasan</translation>
    </message>
    <message>
        <source>Check the reply, then send it after the undo time</source>
        <translation>Periksa balasan, lalu kirim setelah waktu pembatalan</translation>
    </message>
    <message>
        <source>Close the reply</source>
        <translation>Tutup balasan</translation>
    </message>
    <message>
        <source>Put the reply away and go back to the list</source>
        <translation>Simpan dulu balasannya dan kembali ke daftar</translation>
    </message>
    <message>
        <source>Collect figures now</source>
        <translation>Kumpulkan angka sekarang</translation>
    </message>
    <message>
        <source>Ask the platforms for the latest figures of this week&apos;s posts</source>
        <translation>Minta angka terbaru unggahan minggu ini dari platform</translation>
    </message>
    <message>
        <source>Save table as CSV</source>
        <translation>Simpan tabel sebagai CSV</translation>
    </message>
    <message>
        <source>Save the figures of the chart in focus as a CSV file</source>
        <translation>Simpan angka grafik yang sedang difokuskan sebagai berkas CSV</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>Simpan grafik sebagai PNG</translation>
    </message>
    <message>
        <source>Save the chart in focus as a PNG image</source>
        <translation>Simpan grafik yang sedang difokuskan sebagai gambar PNG</translation>
    </message>
    <message>
        <source>Weekly report</source>
        <translation>Laporan mingguan</translation>
    </message>
    <message>
        <source>Write the chosen week&apos;s report for your superiors (PDF or HTML)</source>
        <translation>Tulis laporan minggu yang dipilih untuk atasan Anda (PDF atau HTML)</translation>
    </message>
    <message>
        <source>Queue slots from best time</source>
        <translation>Slot antrean dari waktu terbaik</translation>
    </message>
    <message>
        <source>Set the selected account&apos;s queue slots to its best hours</source>
        <translation>Atur slot antrean akun yang dipilih ke jam-jam terbaiknya</translation>
    </message>
    <message>
        <source>Repeat the last message</source>
        <translation>Ulangi pesan terakhir</translation>
    </message>
    <message>
        <source>Find an action</source>
        <translation>Cari tindakan</translation>
    </message>
    <message>
        <source>A searchable list of everything HumasDesk can do</source>
        <translation>Daftar yang bisa dicari, berisi semua yang dapat dilakukan HumasDesk</translation>
    </message>
    <message>
        <source>Single-key mode on or off</source>
        <translation>Mode satu tombol aktif atau nonaktif</translation>
    </message>
    <message>
        <source>Letters alone run the most used actions while you are not typing in a text field</source>
        <translation>Cukup tekan huruf untuk menjalankan tindakan yang paling sering dipakai, selama Anda tidak sedang mengetik di kolom teks</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <source>{keys} is already the shortcut for “{action}”. Choose other keys, or change that one first.</source>
        <translation>{keys} sudah menjadi pintasan untuk “{action}”. Pilih tombol lain, atau ubah pintasan itu dulu.</translation>
    </message>
    <message>
        <source>Shortcut: {keys}</source>
        <translation>Pintasan: {keys}</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>a file has that name</source>
        <translation>ada berkas dengan nama itu</translation>
    </message>
    <message>
        <source>a part of its path is a file, not a folder</source>
        <translation>sebagian jalurnya adalah berkas, bukan folder</translation>
    </message>
    <message>
        <source>this user may not write there</source>
        <translation>pengguna ini tidak boleh menulis di sana</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>disk hanya dapat dibaca</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>disk penuh</translation>
    </message>
    <message>
        <source>HumasDesk cannot use its data folder {folder}: {problem}. Set HUMASDESK_HOME to a folder you can write to, or fix this one.</source>
        <translation>HumasDesk tidak dapat memakai folder datanya {folder}: {problem}. Atur HUMASDESK_HOME ke folder yang dapat Anda tulisi, atau perbaiki folder ini.</translation>
    </message>
</context>
<context>
    <name>Assisted</name>
    <message>
        <source>Kompasiana</source>
        <translation>Kompasiana</translation>
    </message>
    <message>
        <source>Log in to Kompasiana, then choose Tulis (Write) to open the editor. HumasDesk opens the home page because the editor&apos;s own address is not published and may change; if you know it, put it in this account&apos;s address. An article needs a title, a category and tags. Kompasiana asks for a validated account before it shows your articles, its editors may review an article before it appears, and photos need a real source (not a search engine or social media).</source>
        <translation>Masuk ke Kompasiana, lalu pilih Tulis untuk membuka editor. HumasDesk membuka halaman beranda karena alamat editornya tidak diumumkan dan bisa berubah; jika Anda mengetahuinya, isikan sebagai alamat akun ini. Artikel memerlukan judul, kategori, dan tag. Kompasiana meminta akun yang sudah tervalidasi sebelum menampilkan artikel Anda, editornya mungkin meninjau artikel sebelum tayang, dan foto harus mencantumkan sumber yang sebenarnya (bukan mesin pencari atau media sosial).</translation>
    </message>
    <message>
        <source>Kaskus</source>
        <translation>Kaskus</translation>
    </message>
    <message>
        <source>Log in to Kaskus, open the forum you post in (for example your city&apos;s regional forum), and choose Buat Thread (Create thread). A thread needs a title and a forum; new accounts may have to verify a phone number before they can post. Upload the images from the media folder in the editor.</source>
        <translation>Masuk ke Kaskus, buka forum tempat Anda memposting (misalnya forum regional kota Anda), lalu pilih Buat Thread. Thread memerlukan judul dan forum; akun baru mungkin harus memverifikasi nomor telepon sebelum bisa memposting. Unggah gambar dari folder media di editor.</translation>
    </message>
    <message>
        <source>Type the address of the site&apos;s page where you write a post.</source>
        <translation>Ketik alamat halaman situs tempat Anda menulis postingan.</translation>
    </message>
    <message>
        <source>“{url}” is not a web address.</source>
        <translation>“{url}” bukan alamat web.</translation>
    </message>
    <message>
        <source>Waiting for you to post this on {site} by hand.</source>
        <translation>Menunggu Anda memposting ini secara manual di {site}.</translation>
    </message>
    <message>
        <source>{site} has no way for programs to post. HumasDesk copies the text, opens {url} and shows the media folder; you post it and confirm.</source>
        <translation>{site} tidak menyediakan cara bagi program untuk memposting. HumasDesk menyalin teksnya, membuka {url}, dan menampilkan folder media; Anda yang memposting lalu mengonfirmasi.</translation>
    </message>
    <message>
        <source>The post has no text.</source>
        <translation>Postingan ini tidak berisi teks.</translation>
    </message>
    <message>
        <source>The text is on the clipboard.</source>
        <translation>Teksnya sudah disalin ke papan klip.</translation>
    </message>
    <message>
        <source>Suggested title: {title}</source>
        <translation>Saran judul: {title}</translation>
    </message>
    <message>
        <source>Open {url} in the browser and log in if asked.</source>
        <translation>Buka {url} di browser dan masuk jika diminta.</translation>
    </message>
    <message>
        <source>Start a new post and paste the text.</source>
        <translation>Buat postingan baru lalu tempelkan teksnya.</translation>
    </message>
    <message>
        <source>Upload the {count} files from the folder {folder}; their descriptions are in descriptions.txt there.</source>
        <translation>Unggah {count} berkas dari folder {folder}; deskripsinya ada di descriptions.txt dalam folder itu.</translation>
    </message>
    <message>
        <source>Publish it on the site, then confirm here that it is posted. You may paste the post&apos;s address first.</source>
        <translation>Terbitkan di situs, lalu konfirmasikan di sini bahwa postingan sudah terbit. Anda bisa menempelkan alamat postingannya lebih dulu.</translation>
    </message>
    <message>
        <source>The file {file} cannot be read. Was it moved or deleted?</source>
        <translation>Berkas {file} tidak dapat dibaca. Apakah berkas itu dipindahkan atau dihapus?</translation>
    </message>
    <message>
        <source>The media folder {folder} cannot be written: {reason}</source>
        <translation>Folder media {folder} tidak dapat ditulisi: {reason}</translation>
    </message>
    <message>
        <source>{reason} It is ready for posting by hand: {how}</source>
        <translation>{reason} Postingan sudah siap diposting secara manual: {how}</translation>
    </message>
    <message>
        <source>There is no preset “{preset}”. Choose {choices}, or give the site&apos;s address.</source>
        <translation>Tidak ada prasetel “{preset}”. Pilih {choices}, atau berikan alamat situsnya.</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>the systemd user service {name}</source>
        <translation>layanan pengguna systemd {name}</translation>
    </message>
    <message>
        <source>the autostart file {path}</source>
        <translation>berkas mulai otomatis {path}</translation>
    </message>
    <message>
        <source>the LaunchAgent {path}</source>
        <translation>LaunchAgent {path}</translation>
    </message>
    <message>
        <source>the Task Scheduler task {name}</source>
        <translation>tugas Penjadwal Tugas {name}</translation>
    </message>
    <message>
        <source>the command is missing or did not answer</source>
        <translation>perintahnya tidak ada atau tidak menjawab</translation>
    </message>
    <message>
        <source>“{command}” failed: {reason}</source>
        <translation>“{command}” gagal: {reason}</translation>
    </message>
    <message>
        <source>HumasDesk could not change {where}: {reason}.</source>
        <translation>HumasDesk tidak dapat mengubah {where}: {reason}.</translation>
    </message>
    <message>
        <source>The publishing agent now starts when you log in, through {where}. Scheduled posts go out while the window is closed.</source>
        <translation>Agen penerbitan kini berjalan saat Anda masuk, melalui {where}. Unggahan terjadwal tetap diterbitkan saat jendela tertutup.</translation>
    </message>
    <message>
        <source>The publishing agent no longer starts when you log in ({where} was removed). Posts go out only while HumasDesk is open.</source>
        <translation>Agen penerbitan tidak lagi berjalan saat Anda masuk ({where} sudah dihapus). Unggahan hanya diterbitkan selama HumasDesk terbuka.</translation>
    </message>
</context>
<context>
    <name>BestTime</name>
    <message>
        <source>Monday</source>
        <translation>Senin</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Selasa</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Rabu</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Kamis</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Jumat</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Sabtu</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Minggu</translation>
    </message>
    <message>
        <source>{weekday} {hour:02d}:00 {zone}</source>
        <translation>{weekday} {hour:02d}.00 {zone}</translation>
    </message>
    <message>
        <source>Too little history to say ({n} posts with figures; at least {needed} are needed). Until then HumasDesk suggests the general default, weekdays at {hour:02d}:00 {zone}: a rule of thumb for Indonesian audiences, who read social media after work, not a measurement of yours.</source>
        <translation>Riwayatnya belum cukup ({n} unggahan dengan angka; perlu setidaknya {needed}). Sampai saat itu HumasDesk menyarankan waktu umum, hari kerja pukul {hour:02d}:00 {zone}: patokan umum untuk audiens Indonesia, yang membaca media sosial sepulang kerja, bukan hasil pengukuran akun Anda.</translation>
    </message>
    <message>
        <source>Best time: {slot}, with {score} reactions per 1,000 followers. Confidence {level}: it rests on {slot_posts} posts at that hour, out of {n} in all.</source>
        <translation>Waktu terbaik: {slot}, dengan {score} reaksi per 1.000 pengikut. Keyakinan {level}: berdasarkan {slot_posts} unggahan pada jam itu, dari {n} unggahan seluruhnya.</translation>
    </message>
    <message>
        <source>high</source>
        <translation>tinggi</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>sedang</translation>
    </message>
    <message>
        <source>low</source>
        <translation>rendah</translation>
    </message>
    <message>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
</context>
<context>
    <name>Bluesky</name>
    <message>
        <source>“{server}” is not a server address. Use one such as https://bsky.social.</source>
        <translation>“{server}” bukan alamat server. Gunakan alamat seperti https://bsky.social.</translation>
    </message>
    <message>
        <source>The server address must start with https://, so that the password and the posts travel encrypted.</source>
        <translation>Alamat server harus diawali https:// agar sandi dan postingan dikirim terenkripsi.</translation>
    </message>
    <message>
        <source>The app password of this account has no access to direct messages, so HumasDesk reads replies, mentions and quotes only. To read messages too, create an app password with “Allow access to your direct messages” (Bluesky: Settings, Privacy and security, App passwords) and reconnect the account.</source>
        <translation>Sandi aplikasi akun ini tidak punya akses ke pesan langsung, jadi HumasDesk hanya membaca balasan, sebutan, dan kutipan. Agar pesan juga terbaca, buat sandi aplikasi dengan “Izinkan akses ke pesan langsung Anda” (di Bluesky: Pengaturan, Privasi dan keamanan, Sandi aplikasi) lalu sambungkan ulang akun ini.</translation>
    </message>
    <message>
        <source>HumasDesk does not know which post this item answers, so it cannot reply to it. Read the inbox again.</source>
        <translation>HumasDesk tidak tahu postingan mana yang dijawab item ini, jadi tidak dapat membalasnya. Baca ulang kotak masuk.</translation>
    </message>
    <message>
        <source>The post you are answering was deleted on Bluesky; the reply was not sent.</source>
        <translation>Postingan yang Anda jawab sudah dihapus di Bluesky; balasan tidak dikirim.</translation>
    </message>
    <message>
        <source>The author of this thread allows replies only from some people, and this account is not one of them; the reply was not sent.</source>
        <translation>Pembuat utas ini hanya mengizinkan balasan dari orang tertentu, dan akun ini tidak termasuk; balasan tidak dikirim.</translation>
    </message>
    <message>
        <source>HumasDesk does not know which conversation this message belongs to, so it cannot answer it. Read the inbox again.</source>
        <translation>HumasDesk tidak tahu pesan ini termasuk percakapan mana, jadi tidak dapat menjawabnya. Baca ulang kotak masuk.</translation>
    </message>
    <message>
        <source>The reply is empty.</source>
        <translation>Balasannya kosong.</translation>
    </message>
    <message>
        <source>Bluesky has not counted this post yet.</source>
        <translation>Bluesky belum menghitung reaksi untuk postingan ini.</translation>
    </message>
    <message>
        <source>Bluesky did not send this count.</source>
        <translation>Bluesky tidak mengirim angka ini.</translation>
    </message>
    <message>
        <source>HumasDesk cannot tell which Bluesky post “{post}” is.</source>
        <translation>HumasDesk tidak dapat mengenali postingan Bluesky “{post}”.</translation>
    </message>
    <message>
        <source>Bluesky did not send the number of followers.</source>
        <translation>Bluesky tidak mengirim jumlah pengikut.</translation>
    </message>
    <message>
        <source>Type what to search for.</source>
        <translation>Ketik kata yang dicari.</translation>
    </message>
    <message>
        <source>Bluesky&apos;s answer was not understood. HumasDesk will try again.</source>
        <translation>Jawaban Bluesky tidak dapat dipahami. HumasDesk akan mencoba lagi.</translation>
    </message>
    <message>
        <source>Type the account&apos;s handle, for example rsko.bsky.social.</source>
        <translation>Ketik handle akun, misalnya rsko.bsky.social.</translation>
    </message>
    <message>
        <source>Type the app password.</source>
        <translation>Ketik sandi aplikasi.</translation>
    </message>
    <message>
        <source>This account asks for a sign-in code from e-mail. Use an app password instead (Bluesky: Settings, Privacy and security, App passwords).</source>
        <translation>Akun ini meminta kode masuk dari email. Gunakan sandi aplikasi sebagai gantinya (di Bluesky: Pengaturan, Privasi dan keamanan, Sandi aplikasi).</translation>
    </message>
    <message>
        <source>Bluesky says this account is suspended or deactivated: {reason}</source>
        <translation>Menurut Bluesky, akun ini ditangguhkan atau dinonaktifkan: {reason}</translation>
    </message>
    <message>
        <source>Bluesky did not accept the handle “{handle}” with this app password. Check the handle, and create a new app password if needed (Bluesky: Settings, Privacy and security, App passwords). Your main password is not needed.</source>
        <translation>Bluesky tidak menerima handle “{handle}” dengan sandi aplikasi ini. Periksa handle-nya, dan buat sandi aplikasi baru jika perlu (di Bluesky: Pengaturan, Privasi dan keamanan, Sandi aplikasi). Sandi utama Anda tidak diperlukan.</translation>
    </message>
    <message>
        <source>Bluesky refused the login: {reason}</source>
        <translation>Bluesky menolak login: {reason}</translation>
    </message>
    <message>
        <source>Signed in to {server} as @{handle}.</source>
        <translation>Berhasil masuk ke {server} sebagai @{handle}.</translation>
    </message>
    <message>
        <source>{reason} The post went without a preview card.</source>
        <translation>{reason} Unggahan terbit tanpa kartu pratinjau.</translation>
    </message>
    <message>
        <source>Part {number} of the post is empty.</source>
        <translation>Bagian {number} dari postingan ini kosong.</translation>
    </message>
    <message>
        <source>Bluesky takes at most {limit} images per post; part {number} has {count}.</source>
        <translation>Bluesky menerima paling banyak {limit} gambar per postingan; bagian {number} berisi {count}.</translation>
    </message>
    <message>
        <source>“{name}” is not an image; HumasDesk sends only images to Bluesky.</source>
        <translation>“{name}” bukan gambar; HumasDesk hanya mengirim gambar ke Bluesky.</translation>
    </message>
    <message>
        <source>The image “{name}” cannot be read: {reason}</source>
        <translation>Gambar “{name}” tidak dapat dibaca: {reason}</translation>
    </message>
    <message>
        <source>The image “{name}” is {size} MB; Bluesky takes at most 2 MB per image. Make it smaller and try again.</source>
        <translation>Gambar “{name}” berukuran {size} MB; Bluesky menerima paling besar 2 MB per gambar. Perkecil gambarnya lalu coba lagi.</translation>
    </message>
    <message>
        <source>Bluesky&apos;s answer to an image upload was not understood. HumasDesk will try again.</source>
        <translation>Jawaban Bluesky atas unggahan gambar tidak dapat dipahami. HumasDesk akan mencoba lagi.</translation>
    </message>
    <message>
        <source>Bluesky already has a different post under this post&apos;s record key. Nothing was changed; check the account.</source>
        <translation>Bluesky sudah menyimpan postingan lain dengan kunci rekaman (record key) yang sama dengan postingan ini. Tidak ada yang diubah; periksa akunnya.</translation>
    </message>
    <message>
        <source>Bluesky&apos;s answer was unclear, and the post is not on Bluesky. HumasDesk will send it again (never twice).</source>
        <translation>Jawaban Bluesky tidak jelas, dan postingan tidak ada di Bluesky. HumasDesk akan mengirimnya lagi (tidak pernah dua kali).</translation>
    </message>
    <message>
        <source>HumasDesk has no saved login for this Bluesky account. Connect it again on the Accounts page.</source>
        <translation>HumasDesk tidak menyimpan login untuk akun Bluesky ini. Sambungkan ulang akunnya di halaman Akun.</translation>
    </message>
    <message>
        <source>Bluesky&apos;s answer to the login was not understood. Try again later.</source>
        <translation>Jawaban Bluesky atas login tidak dapat dipahami. Coba lagi nanti.</translation>
    </message>
    <message>
        <source>The Bluesky server had a problem (HTTP {status}). HumasDesk will try again.</source>
        <translation>Server Bluesky mengalami masalah (HTTP {status}). HumasDesk akan mencoba lagi.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>{command}: {problem} (see {command} --help)</source>
        <translation>{command}: {problem} (lihat {command} --help)</translation>
    </message>
    <message>
        <source>Standard input</source>
        <translation>Masukan standar</translation>
    </message>
    <message>
        <source>Command-line argument {number} (“{shown}”)</source>
        <translation>Argumen baris perintah ke-{number} (“{shown}”)</translation>
    </message>
    <message>
        <source>Give the text once: with --text TEXT, --file PATH, or - to read it from standard input.</source>
        <translation>Berikan teksnya satu kali saja: dengan --text TEKS, --file BERKAS, atau - untuk membacanya dari masukan standar.</translation>
    </message>
    <message>
        <source>The file {path} does not exist.</source>
        <translation>Berkas {path} tidak ada.</translation>
    </message>
    <message>
        <source>The file {path} cannot be read: {reason}</source>
        <translation>Berkas {path} tidak dapat dibaca: {reason}</translation>
    </message>
    <message>
        <source>The file {path}</source>
        <translation>Berkas {path}</translation>
    </message>
    <message>
        <source>Say which account with --account NAME.</source>
        <translation>Sebutkan akunnya dengan --account NAMA.</translation>
    </message>
    <message>
        <source>--zone only makes sense with --at.</source>
        <translation>--zone hanya berguna bersama --at.</translation>
    </message>
    <message>
        <source>There is no account named “{name}”. Accounts: {known}.</source>
        <translation>Tidak ada akun bernama “{name}”. Akun yang ada: {known}.</translation>
    </message>
    <message>
        <source>Scheduled for {time} on {account}.</source>
        <translation>Dijadwalkan pada {time} di {account}.</translation>
    </message>
    <message>
        <source>Unknown post language “{value}”. Use --language id for Indonesian or --language en for English, or leave it out to detect it from the text.</source>
        <translation>Bahasa unggahan “{value}” tidak dikenal. Gunakan --language id untuk bahasa Indonesia atau --language en untuk bahasa Inggris, atau jangan diisi agar bahasanya dikenali dari teks.</translation>
    </message>
    <message>
        <source>The post is saved in the queue but was not sent: {reason} It goes out when HumasDesk can write to its data folder again (if that is much later, HumasDesk asks first); see humasdesk queue.</source>
        <translation>Postingan tersimpan di antrean tetapi belum dikirim: {reason} Postingan akan terbit begitu HumasDesk bisa menulis lagi ke folder datanya (jika itu jauh lebih lama, HumasDesk bertanya dulu); lihat humasdesk queue.</translation>
    </message>
    <message>
        <source>Handed to the running HumasDesk, which publishes it to {account}; see humasdesk queue.</source>
        <translation>Diserahkan ke HumasDesk yang sedang berjalan, yang akan menerbitkannya ke {account}; lihat humasdesk queue.</translation>
    </message>
    <message>
        <source>HumasDesk agent: publishing due posts until stopped (Ctrl+C).</source>
        <translation>Agen HumasDesk: menerbitkan postingan yang sudah waktunya sampai dihentikan (Ctrl+C).</translation>
    </message>
    <message>
        <source>Nothing was due.</source>
        <translation>Tidak ada postingan yang sudah waktunya terbit.</translation>
    </message>
    <message>
        <source>The queue is empty.</source>
        <translation>Antrean kosong.</translation>
    </message>
    <message>
        <source>HumasDesk: write, schedule and publish posts for every account, by keyboard, voice and screen reader. Without a command, the window opens.</source>
        <translation>HumasDesk: tulis, jadwalkan, dan terbitkan postingan ke semua akun, dengan papan ketik, suara, dan pembaca layar. Tanpa perintah, jendela aplikasi terbuka.</translation>
    </message>
    <message>
        <source>publish now, or schedule with --at</source>
        <translation>terbitkan sekarang, atau jadwalkan dengan --at</translation>
    </message>
    <message>
        <source>account to publish to (repeat for several)</source>
        <translation>akun tujuan (ulangi untuk beberapa akun)</translation>
    </message>
    <message>
        <source>the text of the post</source>
        <translation>teks postingan</translation>
    </message>
    <message>
        <source>read the text from a UTF-8 file</source>
        <translation>baca teks dari berkas UTF-8</translation>
    </message>
    <message>
        <source>&apos;-&apos; reads the text from standard input</source>
        <translation>&apos;-&apos; membaca teks dari masukan standar</translation>
    </message>
    <message>
        <source>schedule for this local time instead of now</source>
        <translation>jadwalkan pada waktu setempat ini, bukan sekarang</translation>
    </message>
    <message>
        <source>time zone of --at (default: the one in Settings, Asia/Jakarta = WIB)</source>
        <translation>zona waktu untuk --at (bawaan: yang di Pengaturan, Asia/Jakarta = WIB)</translation>
    </message>
    <message>
        <source>the post&apos;s language, sent to the platforms (default: detected from the text)</source>
        <translation>bahasa unggahan, dikirim ke platform (bawaan: dikenali dari teks)</translation>
    </message>
    <message>
        <source>list scheduled, published and failed posts</source>
        <translation>tampilkan postingan terjadwal, terbit, dan gagal</translation>
    </message>
    <message>
        <source>print JSON instead of text</source>
        <translation>cetak JSON, bukan teks biasa</translation>
    </message>
    <message>
        <source>publish due posts without the window (for autostart)</source>
        <translation>terbitkan postingan yang sudah waktunya tanpa membuka jendela (untuk mulai otomatis)</translation>
    </message>
    <message>
        <source>publish what is due now, then exit</source>
        <translation>terbitkan yang sudah waktunya sekarang, lalu keluar</translation>
    </message>
    <message>
        <source>attach a picture (repeat for several, in order)</source>
        <translation>lampirkan gambar (ulangi untuk beberapa, berurutan)</translation>
    </message>
    <message>
        <source>the description of each --image, in the same order (one per image)</source>
        <translation>deskripsi setiap --image, dengan urutan yang sama (satu per gambar)</translation>
    </message>
    <message>
        <source>blur every face found in the images (patients must not be recognisable)</source>
        <translation>samarkan setiap wajah yang ditemukan di gambar (pasien tidak boleh dapat dikenali)</translation>
    </message>
    <message>
        <source>Give one --alt for each --image, in the same order: there are {images} --image and {alts} --alt. Use --alt &apos;&apos; for a picture with nothing to describe.</source>
        <translation>Berikan satu --alt untuk setiap --image, dengan urutan yang sama: ada {images} --image dan {alts} --alt. Gunakan --alt &apos;&apos; untuk gambar yang tidak perlu dideskripsikan.</translation>
    </message>
    <message>
        <source>The image {path} does not exist.</source>
        <translation>Gambar {path} tidak ada.</translation>
    </message>
    <message numerus="yes">
        <source>%n face(s) blurred in image {n}.</source>
        <translation>
            <numerusform>%n wajah disamarkan di gambar {n}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Image {n} shows %n face(s), sent as they are. If patients can be recognised, use --blur-faces.</source>
        <translation>
            <numerusform>Gambar {n} memuat %n wajah, dikirim apa adanya. Jika pasien dapat dikenali, gunakan --blur-faces.</numerusform>
        </translation>
    </message>
    <message>
        <source>start the publishing agent when you log in (on), stop that (off), or say which it is (status)</source>
        <translation>jalankan agen penerbitan saat Anda masuk (on), hentikan itu (off), atau tampilkan keadaannya (status)</translation>
    </message>
    <message>
        <source>The publishing agent starts when you log in.</source>
        <translation>Agen penerbitan berjalan saat Anda masuk.</translation>
    </message>
    <message>
        <source>The publishing agent does not start when you log in.</source>
        <translation>Agen penerbitan tidak berjalan saat Anda masuk.</translation>
    </message>
</context>
<context>
    <name>Compose</name>
    <message>
        <source>the composer</source>
        <translation>halaman Tulis</translation>
    </message>
    <message>
        <source>Write a post</source>
        <translation>Tulis postingan</translation>
    </message>
    <message>
        <source>Unsent draft</source>
        <translation>Draf yang belum terkirim</translation>
    </message>
    <message>
        <source>Post text</source>
        <translation>Teks postingan</translation>
    </message>
    <message>
        <source>the post text</source>
        <translation>teks postingan</translation>
    </message>
    <message>
        <source>&amp;Post text ({keys}):</source>
        <translation>&amp;Teks postingan ({keys}):</translation>
    </message>
    <message>
        <source>Write the post here. Tab moves on to the accounts.</source>
        <translation>Tulis postingan di sini. Tombol Tab berpindah ke daftar akun.</translation>
    </message>
    <message>
        <source>Dictation</source>
        <translation>Dikte</translation>
    </message>
    <message>
        <source>Microphone level</source>
        <translation>Tingkat suara mikrofon</translation>
    </message>
    <message>
        <source>Publish to these accounts</source>
        <translation>Terbitkan ke akun-akun ini</translation>
    </message>
    <message>
        <source>Loading the accounts…</source>
        <translation>Memuat akun…</translation>
    </message>
    <message>
        <source>About to publish</source>
        <translation>Akan segera terbit</translation>
    </message>
    <message>
        <source>Or schedule it</source>
        <translation>Atau jadwalkan</translation>
    </message>
    <message>
        <source>{account}: {n} over the limit.</source>
        <translation>{account}: lebih {n} dari batas.</translation>
    </message>
    <message>
        <source>{account}: {n} left.</source>
        <translation>{account}: sisa {n}.</translation>
    </message>
    <message>
        <source>Indonesian dictation needs a Whisper model, downloaded once. Settings now shows what it takes; confirm to download it, or choose your own folder.</source>
        <translation>Dikte bahasa Indonesia memerlukan model Whisper yang diunduh sekali. Pengaturan kini menampilkan apa yang diperlukan; konfirmasikan untuk mengunduhnya, atau pilih folder Anda sendiri.</translation>
    </message>
    <message>
        <source>Getting ready to listen…</source>
        <translation>Bersiap mendengarkan…</translation>
    </message>
    <message>
        <source>Listening. Speak now; {keys} stops.</source>
        <translation>Mendengarkan. Silakan bicara; {keys} untuk berhenti.</translation>
    </message>
    <message>
        <source>Hearing you…</source>
        <translation>Mendengar suara Anda…</translation>
    </message>
    <message>
        <source>Writing down what you said…</source>
        <translation>Menuliskan ucapan Anda…</translation>
    </message>
    <message>
        <source>Written: {text}</source>
        <translation>Ditulis: {text}</translation>
    </message>
    <message>
        <source>{account}: {problem}</source>
        <translation>{account}: {problem}</translation>
    </message>
    <message>
        <source>Shorten the text, write a separate text for that account, or choose a thread where it is offered.</source>
        <translation>Persingkat teksnya, tulis teks tersendiri untuk akun itu, atau pilih utas jika tersedia.</translation>
    </message>
    <message>
        <source>Images without a description</source>
        <translation>Gambar tanpa deskripsi</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) have no description, so people who cannot see them will miss them. Publish without a description?</source>
        <translation>
            <numerusform>%n gambar belum memiliki deskripsi, jadi orang yang tidak dapat melihatnya akan kehilangan informasinya. Terbitkan tanpa deskripsi?</numerusform>
        </translation>
    </message>
    <message>
        <source>Publishing in {n} s. Changed your mind?</source>
        <translation>Terbit dalam {n} detik. Berubah pikiran?</translation>
    </message>
    <message>
        <source>Too late to cancel: the post was already sent.</source>
        <translation>Terlambat untuk membatalkan: postingan sudah terkirim.</translation>
    </message>
    <message>
        <source>Publishing cancelled. The text is back in the composer.</source>
        <translation>Penerbitan dibatalkan. Teksnya kembali ke halaman Tulis.</translation>
    </message>
    <message>
        <source>&amp;When (for example “besok jam 9”, “Senin 14.00” or 2026-12-01 09:00):</source>
        <translation>&amp;Kapan (misalnya “besok jam 9”, “Senin 14.00”, atau 2026-12-01 09:00):</translation>
    </message>
    <message>
        <source>Type a date and time in words or numbers; what HumasDesk understood is shown and read out below.</source>
        <translation>Ketik tanggal dan jam dengan kata atau angka; apa yang dipahami HumasDesk ditampilkan dan dibacakan di bawahnya.</translation>
    </message>
    <message>
        <source>&amp;Date (arrow keys change it):</source>
        <translation>Tangga&amp;l (ubah dengan tombol panah):</translation>
    </message>
    <message>
        <source>T&amp;ime, {label} (arrow keys change it):</source>
        <translation>&amp;Jam, {label} (ubah dengan tombol panah):</translation>
    </message>
    <message>
        <source>Times are in {label} ({zone}).</source>
        <translation>Waktu dalam {label} ({zone}).</translation>
    </message>
    <message>
        <source>Understood: {when}</source>
        <translation>Dipahami: {when}</translation>
    </message>
    <message>
        <source>A draft from {time} was not published: “{start}”</source>
        <translation>Ada draf dari {time} yang belum diterbitkan: “{start}”</translation>
    </message>
    <message>
        <source>An unsent draft from {time} can be restored.</source>
        <translation>Draf yang belum terkirim dari {time} bisa dipulihkan.</translation>
    </message>
    <message>
        <source>Draft restored.</source>
        <translation>Draf dipulihkan.</translation>
    </message>
    <message>
        <source>Draft discarded.</source>
        <translation>Draf dibuang.</translation>
    </message>
    <message>
        <source>Your unfinished text was kept as a draft.</source>
        <translation>Teks Anda yang belum selesai disimpan sebagai draf.</translation>
    </message>
    <message>
        <source>The post is in the composer.</source>
        <translation>Postingan ada di halaman Tulis.</translation>
    </message>
    <message>
        <source>{reason} The text is back in the composer: fix it and publish again.</source>
        <translation>{reason} Teksnya kembali ke halaman Tulis: perbaiki lalu terbitkan lagi.</translation>
    </message>
    <message>
        <source>Publishing to {accounts} in {n} seconds. Press Escape to cancel.</source>
        <translation>Akan terbit di {accounts} dalam {n} detik. Tekan Escape untuk membatalkan.</translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation>Sedang menerbitkan…</translation>
    </message>
    <message>
        <source>Schedule for {time}</source>
        <translation>Jadwalkan pada {time}</translation>
    </message>
    <message>
        <source>Scheduled for {time}.</source>
        <translation>Dijadwalkan pada {time}.</translation>
    </message>
    <message>
        <source>The file {path} cannot be read: {reason}</source>
        <translation>Berkas {path} tidak dapat dibaca: {reason}</translation>
    </message>
    <message>
        <source>{name} is not an image HumasDesk can attach.</source>
        <translation>{name} bukan gambar yang bisa dilampirkan HumasDesk.</translation>
    </message>
    <message>
        <source>Describe the image</source>
        <translation>Deskripsikan gambar</translation>
    </message>
    <message>
        <source>the description</source>
        <translation>deskripsinya</translation>
    </message>
    <message>
        <source>Say what {name} shows, for people who cannot see it: who, what, where, and any text in it. One or two sentences are enough.</source>
        <translation>Jelaskan apa yang terlihat di {name} untuk orang yang tidak dapat melihatnya: siapa, apa, di mana, dan teks apa pun di dalamnya. Satu atau dua kalimat sudah cukup.</translation>
    </message>
    <message>
        <source>Image description</source>
        <translation>Deskripsi gambar</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Deskripsi:</translation>
    </message>
    <message>
        <source>Propose from the &amp;words in the picture</source>
        <translation>Usulkan dari &amp;tulisan pada gambar</translation>
    </message>
    <message>
        <source>Dic&amp;tate</source>
        <translation>&amp;Diktekan</translation>
    </message>
    <message>
        <source>&amp;Hear it</source>
        <translation>Dengar&amp;kan</translation>
    </message>
    <message>
        <source>Reading the words in the picture…</source>
        <translation>Membaca tulisan pada gambar…</translation>
    </message>
    <message>
        <source>No printed words were found in the picture. Describe it in your own words.</source>
        <translation>Tidak ada tulisan yang ditemukan pada gambar. Deskripsikan dengan kata-kata Anda sendiri.</translation>
    </message>
    <message>
        <source>Proposed description: {text} Enter keeps it; type or dictate to replace it.</source>
        <translation>Usulan deskripsi: {text} Enter menyimpannya; ketik atau diktekan untuk menggantinya.</translation>
    </message>
    <message>
        <source>The words in the picture could not be read.</source>
        <translation>Tulisan pada gambar tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Gambar</translation>
    </message>
    <message>
        <source>the images</source>
        <translation>daftar gambar</translation>
    </message>
    <message>
        <source>Attached ima&amp;ges:</source>
        <translation>&amp;Gambar terlampir:</translation>
    </message>
    <message>
        <source>no description yet</source>
        <translation>belum ada deskripsi</translation>
    </message>
    <message>
        <source>Image {n}: {description}</source>
        <translation>Gambar {n}: {description}</translation>
    </message>
    <message>
        <source>Attach images</source>
        <translation>Lampirkan gambar</translation>
    </message>
    <message>
        <source>Images ({patterns})</source>
        <translation>Gambar ({patterns})</translation>
    </message>
    <message>
        <source>Image attached: {name}.</source>
        <translation>Gambar dilampirkan: {name}.</translation>
    </message>
    <message>
        <source>Description saved.</source>
        <translation>Deskripsi disimpan.</translation>
    </message>
    <message>
        <source>This image has no description.</source>
        <translation>Gambar ini belum memiliki deskripsi.</translation>
    </message>
    <message>
        <source>Image removed.</source>
        <translation>Gambar dihapus.</translation>
    </message>
    <message>
        <source>No length limit.</source>
        <translation>Tanpa batas panjang.</translation>
    </message>
    <message>
        <source>{left} of {limit} left.</source>
        <translation>Sisa {left} dari {limit}.</translation>
    </message>
    <message>
        <source>{over} over the limit of {limit}.</source>
        <translation>Lebih {over} dari batas {limit}.</translation>
    </message>
    <message>
        <source>Text for {account}</source>
        <translation>Teks untuk {account}</translation>
    </message>
    <message>
        <source>the text for {account}</source>
        <translation>teks untuk {account}</translation>
    </message>
    <message>
        <source>Text for {account}:</source>
        <translation>Teks untuk {account}:</translation>
    </message>
    <message>
        <source>Numbered thread if too long</source>
        <translation>Utas bernomor jika terlalu panjang</translation>
    </message>
    <message>
        <source>Use the main text</source>
        <translation>Pakai teks utama</translation>
    </message>
    <message>
        <source>Write a separate text</source>
        <translation>Tulis teks tersendiri</translation>
    </message>
    <message>
        <source>Use the main text for {account}</source>
        <translation>Pakai teks utama untuk {account}</translation>
    </message>
    <message>
        <source>Write a separate text for {account}</source>
        <translation>Tulis teks tersendiri untuk {account}</translation>
    </message>
    <message>
        <source>Goes out as a thread of {n} parts.</source>
        <translation>Terbit sebagai utas {n} bagian.</translation>
    </message>
    <message>
        <source>Indonesian</source>
        <translation>Bahasa Indonesia</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Bahasa Inggris</translation>
    </message>
    <message>
        <source>Post &amp;language:</source>
        <translation>&amp;Bahasa unggahan:</translation>
    </message>
    <message>
        <source>Sent to the platforms with the post. Automatic follows the text as you write.</source>
        <translation>Dikirim ke platform bersama unggahan. Otomatis mengikuti teks yang Anda tulis.</translation>
    </message>
    <message>
        <source>Post language: {language}.</source>
        <translation>Bahasa unggahan: {language}.</translation>
    </message>
    <message>
        <source>Automatic: {language}</source>
        <translation>Otomatis: {language}</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Otomatis</translation>
    </message>
    <message>
        <source>Post language: automatic.</source>
        <translation>Bahasa unggahan: otomatis.</translation>
    </message>
</context>
<context>
    <name>Facebook</name>
    <message>
        <source>A Facebook user</source>
        <translation>Seorang pengguna Facebook</translation>
    </message>
    <message>
        <source>The answer has no text.</source>
        <translation>Balasan belum berisi teks.</translation>
    </message>
    <message>
        <source>Facebook did not say which comment it made.</source>
        <translation>Facebook tidak menyebutkan komentar mana yang dibuatnya.</translation>
    </message>
    <message>
        <source>Only a comment can be hidden or shown again on Facebook.</source>
        <translation>Di Facebook, hanya komentar yang dapat disembunyikan atau ditampilkan lagi.</translation>
    </message>
    <message>
        <source>Connected to the Facebook page “{page}”. {expiry}</source>
        <translation>Tersambung ke Halaman Facebook “{page}”. {expiry}</translation>
    </message>
    <message>
        <source>Facebook schedules posts only at least 10 minutes ahead; {time} is too soon.</source>
        <translation>Facebook hanya bisa menjadwalkan postingan paling cepat 10 menit ke depan; {time} terlalu dekat.</translation>
    </message>
    <message>
        <source>Facebook is set to schedule at most {days} days ahead; HumasDesk will send {time} itself.</source>
        <translation>Facebook diatur untuk menjadwalkan paling jauh {days} hari ke depan; HumasDesk akan mengirimkannya sendiri pada {time}.</translation>
    </message>
    <message>
        <source>This post is already published on the Facebook page, so it can no longer be cancelled or moved.</source>
        <translation>Postingan ini sudah terbit di Halaman Facebook, jadi tidak bisa lagi dibatalkan atau dipindahkan jadwalnya.</translation>
    </message>
    <message>
        <source>The post has no text.</source>
        <translation>Postingan ini tidak berisi teks.</translation>
    </message>
    <message>
        <source>Facebook takes at most {limit} photos in one post.</source>
        <translation>Facebook menerima paling banyak {limit} foto dalam satu postingan.</translation>
    </message>
    <message>
        <source>“{name}” is not an image.</source>
        <translation>“{name}” bukan gambar.</translation>
    </message>
    <message>
        <source>The image “{name}” cannot be read: {reason}</source>
        <translation>Gambar “{name}” tidak dapat dibaca: {reason}</translation>
    </message>
    <message>
        <source>The image “{name}” is {size} MB; Facebook takes photos under 10 MB.</source>
        <translation>Gambar “{name}” berukuran {size} MB; Facebook hanya menerima foto di bawah 10 MB.</translation>
    </message>
    <message>
        <source>Facebook did not say which post it made.</source>
        <translation>Facebook tidak memberi tahu postingan mana yang dibuatnya.</translation>
    </message>
    <message>
        <source>Facebook did not accept the photo.</source>
        <translation>Facebook tidak menerima foto itu.</translation>
    </message>
    <message>
        <source>Facebook did not give an address for the uploaded photo.</source>
        <translation>Facebook tidak memberikan alamat untuk foto yang diunggah.</translation>
    </message>
    <message>
        <source>Log in to Facebook in the browser, or paste a token.</source>
        <translation>Masuk ke Facebook di browser, atau tempelkan token.</translation>
    </message>
</context>
<context>
    <name>Faces</name>
    <message>
        <source>Checking the pictures for faces…</source>
        <translation>Memeriksa wajah di gambar…</translation>
    </message>
    <message>
        <source>Blurring the faces in image {n}…</source>
        <translation>Menyamarkan wajah di gambar {n}…</translation>
    </message>
    <message numerus="yes">
        <source>%n face(s) blurred in image {n}; the blurred copy is what goes out.</source>
        <translation>
            <numerusform>%n wajah disamarkan di gambar {n}; salinan yang disamarkan itulah yang dikirim.</numerusform>
        </translation>
    </message>
    <message>
        <source>The faces in image {n} stay as they are.</source>
        <translation>Wajah di gambar {n} dibiarkan apa adanya.</translation>
    </message>
    <message>
        <source>You chose before to blur the faces in this picture; the blurred copy is attached.</source>
        <translation>Sebelumnya Anda memilih menyamarkan wajah di gambar ini; salinan yang disamarkan dilampirkan.</translation>
    </message>
    <message>
        <source>Faces in image {n}</source>
        <translation>Wajah di gambar {n}</translation>
    </message>
    <message numerus="yes">
        <source>%n face(s) found in image {n}: {description} Can patients be recognised? Checked faces are blurred in every copy that goes out; your own file stays as it is. Up and Down go through the faces, Space keeps or blurs one.</source>
        <translation>
            <numerusform>%n wajah ditemukan di gambar {n}: {description} Apakah pasien dapat dikenali? Wajah yang dicentang disamarkan di setiap salinan yang dikirim; berkas Anda sendiri tetap seperti semula. Panah Atas dan Bawah berpindah antarwajah, Spasi membiarkan atau menyamarkan satu wajah.</numerusform>
        </translation>
    </message>
    <message>
        <source>the faces</source>
        <translation>daftar wajah</translation>
    </message>
    <message>
        <source>&amp;Faces:</source>
        <translation>&amp;Wajah:</translation>
    </message>
    <message>
        <source>&amp;Blur the checked faces</source>
        <translation>&amp;Samarkan wajah yang dicentang</translation>
    </message>
    <message>
        <source>&amp;Keep all faces as they are</source>
        <translation>&amp;Biarkan semua wajah apa adanya</translation>
    </message>
    <message>
        <source>Back to editing</source>
        <translation>Kembali mengedit</translation>
    </message>
    <message>
        <source>will be blurred</source>
        <translation>akan disamarkan</translation>
    </message>
    <message>
        <source>stays as it is</source>
        <translation>dibiarkan apa adanya</translation>
    </message>
    <message>
        <source>Face {i} of {n}, {side}: {state}</source>
        <translation>Wajah {i} dari {n}, {side}: {state}</translation>
    </message>
</context>
<context>
    <name>Inbox</name>
    <message>
        <source>This message no longer exists on {platform}: its author or a moderator deleted it. Nothing was sent.</source>
        <translation>Pesan ini sudah tidak ada di {platform}: penulisnya atau moderator telah menghapusnya. Tidak ada yang dikirim.</translation>
    </message>
    <message>
        <source>{platform} no longer allows an answer to this message: the time to reply ended at {time}. Answer the person another way (a comment, a phone call).</source>
        <translation>{platform} tidak lagi mengizinkan balasan untuk pesan ini: batas waktu membalas berakhir pada {time}. Hubungi orang tersebut dengan cara lain (komentar, telepon).</translation>
    </message>
    <message>
        <source>list the comments, replies, mentions and messages of every account</source>
        <translation>tampilkan komentar, balasan, sebutan, dan pesan dari semua akun</translation>
    </message>
    <message>
        <source>read the platforms first</source>
        <translation>baca platform terlebih dahulu</translation>
    </message>
    <message>
        <source>only this account</source>
        <translation>hanya akun ini</translation>
    </message>
    <message>
        <source>only items in this state (default: all)</source>
        <translation>hanya item dengan status ini (bawaan: semua)</translation>
    </message>
    <message>
        <source>answer an inbox item (its id from humasdesk inbox)</source>
        <translation>jawab item kotak masuk (ID-nya dari humasdesk inbox)</translation>
    </message>
    <message>
        <source>the text of the reply</source>
        <translation>teks balasan</translation>
    </message>
    <message>
        <source>Nothing new on {account}.</source>
        <translation>Tidak ada yang baru di {account}.</translation>
    </message>
    <message>
        <source>The inbox is empty.</source>
        <translation>Kotak masuk kosong.</translation>
    </message>
    <message>
        <source>Because: {reasons}</source>
        <translation>Karena: {reasons}</translation>
    </message>
    <message>
        <source>There is no inbox item {id}.</source>
        <translation>Tidak ada item kotak masuk {id}.</translation>
    </message>
    <message>
        <source>The time to answer this message ended on {time}; {account} no longer accepts a reply to it.</source>
        <translation>Batas waktu untuk menjawab pesan ini berakhir pada {time}; {account} tidak lagi menerima balasan untuk pesan ini.</translation>
    </message>
    <message>
        <source>{account} cannot take replies from HumasDesk; answer it on the platform itself.</source>
        <translation>{account} tidak dapat menerima balasan dari HumasDesk; jawablah langsung di platformnya.</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Balasan</translation>
    </message>
    <message>
        <source>Mention</source>
        <translation>Sebutan</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Kutipan</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Komentar</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Pesan</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Keluhan</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Darurat</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pertanyaan</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>baru saja</translation>
    </message>
    <message>
        <source>{label} · {account} · {author}: {text} · {when}</source>
        <translation>{label} · {account} · {author}: {text} · {when}</translation>
    </message>
    <message>
        <source>{site} cannot be read by HumasDesk; open it in the browser to see comments there.</source>
        <translation>{site} tidak dapat dibaca oleh HumasDesk; buka di browser untuk melihat komentar di sana.</translation>
    </message>
    <message>
        <source>The local outbox only keeps posts as files; nobody can comment on them or send messages to it.</source>
        <translation>Kotak Keluar Lokal hanya menyimpan postingan sebagai berkas; tidak ada yang bisa mengomentarinya atau mengirim pesan ke sana.</translation>
    </message>
    <message>
        <source>Reply published to {account}.</source>
        <translation>Balasan terbit di {account}.</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Sembunyikan</translation>
    </message>
    <message>
        <source>Show again</source>
        <translation>Tampilkan lagi</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Setujui</translation>
    </message>
    <message>
        <source>Mark as spam</source>
        <translation>Tandai sebagai spam</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>Pindahkan ke tempat sampah</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Abaikan</translation>
    </message>
    <message>
        <source>Hidden on {account}.</source>
        <translation>Disembunyikan di {account}.</translation>
    </message>
    <message>
        <source>Shown again on {account}.</source>
        <translation>Ditampilkan lagi di {account}.</translation>
    </message>
    <message>
        <source>Approved on {account}.</source>
        <translation>Disetujui di {account}.</translation>
    </message>
    <message>
        <source>Marked as spam on {account}.</source>
        <translation>Ditandai sebagai spam di {account}.</translation>
    </message>
    <message>
        <source>Moved to the trash on {account}.</source>
        <translation>Dipindahkan ke tempat sampah di {account}.</translation>
    </message>
    <message>
        <source>Dismissed on {account}.</source>
        <translation>Diabaikan di {account}.</translation>
    </message>
    <message>
        <source>%n new replies</source>
        <translation>%n balasan baru</translation>
    </message>
    <message>
        <source>%n new mentions</source>
        <translation>%n sebutan baru</translation>
    </message>
    <message>
        <source>%n new quotes</source>
        <translation>%n kutipan baru</translation>
    </message>
    <message>
        <source>%n new comments</source>
        <translation>%n komentar baru</translation>
    </message>
    <message>
        <source>%n new messages</source>
        <translation>%n pesan baru</translation>
    </message>
    <message>
        <source>{items} on {account}</source>
        <translation>{items} di {account}</translation>
    </message>
    <message>
        <source>Choose an account to see its inbox.</source>
        <translation>Pilih akun untuk melihat kotak masuknya.</translation>
    </message>
    <message>
        <source>HumasDesk cannot read comments or messages on {platform} yet; open it in the browser.</source>
        <translation>HumasDesk belum dapat membaca komentar atau pesan di {platform}; buka di browser.</translation>
    </message>
    <message>
        <source>Reading the inbox of {account} is turned off on the Accounts page.</source>
        <translation>Pembacaan kotak masuk {account} dimatikan di halaman Akun.</translation>
    </message>
    <message>
        <source>{account} cannot answer now: {state}.</source>
        <translation>{account} tidak dapat menjawab sekarang: {state}.</translation>
    </message>
    <message>
        <source>{account} cannot be read now: {state}.</source>
        <translation>{account} tidak dapat dibaca sekarang: {state}.</translation>
    </message>
    <message>
        <source>Something went wrong inside HumasDesk while reading.</source>
        <translation>Terjadi kesalahan di dalam HumasDesk saat membaca.</translation>
    </message>
    <message>
        <source>{account} needs to be reconnected; its inbox is not read until then. {reason}</source>
        <translation>{account} perlu disambungkan ulang; kotak masuknya tidak dibaca sampai saat itu. {reason}</translation>
    </message>
    <message>
        <source>{account} asks us to wait until {time} before reading its inbox again.</source>
        <translation>{account} meminta kita menunggu sampai {time} sebelum membaca kotak masuknya lagi.</translation>
    </message>
    <message>
        <source>{account} could not be reached; reading its inbox again at {time}.</source>
        <translation>{account} tidak dapat dihubungi; kotak masuknya dibaca lagi pada {time}.</translation>
    </message>
    <message>
        <source>The inbox of {account} could not be read: {reason}</source>
        <translation>Kotak masuk {account} tidak dapat dibaca: {reason}</translation>
    </message>
    <message>
        <source>Unknown label: {label}</source>
        <translation>Label tidak dikenal: {label}</translation>
    </message>
    <message>
        <source>The reply is empty. Write some text first.</source>
        <translation>Balasan masih kosong. Tulis teksnya terlebih dahulu.</translation>
    </message>
    <message>
        <source>A reply to this item is already waiting to be sent; it goes out once, also after a restart. To change it, cancel it in the queue first.</source>
        <translation>Balasan untuk item ini sudah menunggu dikirim; balasan itu terkirim satu kali, juga setelah aplikasi dimulai ulang. Untuk mengubahnya, batalkan dulu di antrean.</translation>
    </message>
    <message>
        <source>{account} does not allow “{action}” on this item.</source>
        <translation>{account} tidak mengizinkan “{action}” pada item ini.</translation>
    </message>
    <message>
        <source>Give the saved reply a name.</source>
        <translation>Beri nama untuk balasan tersimpan ini.</translation>
    </message>
    <message>
        <source>The saved reply is empty. Write some text first.</source>
        <translation>Balasan tersimpan masih kosong. Tulis teksnya terlebih dahulu.</translation>
    </message>
    <message>
        <source>A saved reply is in Indonesian (id) or English (en).</source>
        <translation>Balasan tersimpan berbahasa Indonesia (id) atau Inggris (en).</translation>
    </message>
    <message>
        <source>A field name is one word of letters, digits and “_”, and not “{author}” (that one is the author&apos;s name).</source>
        <translation>Nama isian adalah satu kata dari huruf, angka, dan “_”, dan bukan “{author}” (yang itu adalah nama penulis).</translation>
    </message>
    <message>
        <source>Reply text</source>
        <translation>Teks balasan</translation>
    </message>
    <message>
        <source>the reply text</source>
        <translation>teks balasan</translation>
    </message>
    <message>
        <source>&amp;Reply text:</source>
        <translation>Teks &amp;balasan:</translation>
    </message>
    <message>
        <source>Ctrl+Enter sends after the undo time. F2 dictates, F3 reads it aloud.</source>
        <translation>Ctrl+Enter mengirim setelah waktu pembatalan. F2 untuk dikte, F3 untuk membacakannya.</translation>
    </message>
    <message>
        <source>Dictate  (F2)</source>
        <translation>Dikte  (F2)</translation>
    </message>
    <message>
        <source>Read aloud  (F3)</source>
        <translation>Bacakan  (F3)</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Pratinjau</translation>
    </message>
    <message>
        <source>About to send</source>
        <translation>Segera dikirim</translation>
    </message>
    <message>
        <source>{author} wrote on {account}:
{text}</source>
        <translation>{author} menulis di {account}:
{text}</translation>
    </message>
    <message>
        <source>Answer before {time}: {account} accepts no reply after that.</source>
        <translation>Balas sebelum {time}: setelah itu {account} tidak menerima balasan.</translation>
    </message>
    <message>
        <source>Reply to {author} on {account}. {author} wrote: {text}</source>
        <translation>Balas {author} di {account}. {author} menulis: {text}</translation>
    </message>
    <message>
        <source>{account}: {count}</source>
        <translation>{account}: {count}</translation>
    </message>
    <message>
        <source>Insert a saved reply</source>
        <translation>Sisipkan balasan tersimpan</translation>
    </message>
    <message>
        <source>No saved replies yet. {keys} adds one.</source>
        <translation>Belum ada balasan tersimpan. {keys} untuk menambahkannya.</translation>
    </message>
    <message>
        <source>Inserted: {text}</source>
        <translation>Disisipkan: {text}</translation>
    </message>
    <message>
        <source>Replying to {author} on {account} in {n} seconds. Press Escape to cancel.</source>
        <translation>Membalas {author} di {account} dalam {n} detik. Tekan Escape untuk membatalkan.</translation>
    </message>
    <message>
        <source>Sending the reply to {author}…</source>
        <translation>Mengirim balasan kepada {author}…</translation>
    </message>
    <message>
        <source>Sending the reply in {n} s. Changed your mind?</source>
        <translation>Balasan dikirim dalam {n} detik. Berubah pikiran?</translation>
    </message>
    <message>
        <source>Too late to cancel: the reply was already sent.</source>
        <translation>Terlambat untuk membatalkan: balasan sudah terkirim.</translation>
    </message>
    <message>
        <source>Reply cancelled. Its text is back for editing.</source>
        <translation>Balasan dibatalkan. Teksnya kembali untuk disunting.</translation>
    </message>
    <message>
        <source>Saved replies</source>
        <translation>Balasan tersimpan</translation>
    </message>
    <message>
        <source>the saved replies</source>
        <translation>balasan tersimpan</translation>
    </message>
    <message>
        <source>&amp;Saved replies:</source>
        <translation>&amp;Daftar balasan tersimpan:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>Indonesian</source>
        <translation>Bahasa Indonesia</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Bahasa Inggris</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Bahasa:</translation>
    </message>
    <message>
        <source>Saved reply text</source>
        <translation>Teks balasan tersimpan</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Teks:</translation>
    </message>
    <message>
        <source>{nama} becomes the name of the person you answer.</source>
        <translation>{nama} diganti dengan nama orang yang Anda balas.</translation>
    </message>
    <message>
        <source>Your own fields</source>
        <translation>Kolom buatan Anda</translation>
    </message>
    <message>
        <source>&amp;Field name:</source>
        <translation>Nama &amp;kolom:</translation>
    </message>
    <message>
        <source>One word, for example jam_besuk; write it as {jam_besuk} in a reply.</source>
        <translation>Satu kata, misalnya jam_besuk; tulis sebagai {jam_besuk} di balasan.</translation>
    </message>
    <message>
        <source>Field v&amp;alue (empty removes it):</source>
        <translation>&amp;Isi kolom (kosongkan untuk menghapusnya):</translation>
    </message>
    <message>
        <source>S&amp;et the field</source>
        <translation>Tetapkan k&amp;olom</translation>
    </message>
    <message>
        <source>Ne&amp;w</source>
        <translation>Bar&amp;u</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>Si&amp;mpan</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>No fields of your own yet. {nama} is always the author&apos;s name.</source>
        <translation>Belum ada kolom buatan Anda. {nama} selalu berisi nama penulis.</translation>
    </message>
    <message>
        <source>Field {{{name}}} is now “{value}”.</source>
        <translation>Kolom {{{name}}} sekarang “{value}”.</translation>
    </message>
    <message>
        <source>Field {{{name}}} removed.</source>
        <translation>Kolom {{{name}}} dihapus.</translation>
    </message>
    <message>
        <source>{title}, {language}: {text}</source>
        <translation>{title}, {language}: {text}</translation>
    </message>
    <message>
        <source>Saved reply “{title}” saved.</source>
        <translation>Balasan tersimpan “{title}” telah disimpan.</translation>
    </message>
    <message>
        <source>Please confirm</source>
        <translation>Mohon konfirmasi</translation>
    </message>
    <message>
        <source>Delete the saved reply “{title}”?</source>
        <translation>Hapus balasan tersimpan “{title}”?</translation>
    </message>
    <message>
        <source>Saved reply “{title}” deleted.</source>
        <translation>Balasan tersimpan “{title}” telah dihapus.</translation>
    </message>
    <message>
        <source>Already checking for new items…</source>
        <translation>Sedang memeriksa item baru…</translation>
    </message>
    <message>
        <source>Checking for new items failed unexpectedly ({reason}).</source>
        <translation>Pemeriksaan item baru gagal secara tak terduga ({reason}).</translation>
    </message>
    <message>
        <source>No new items.</source>
        <translation>Tidak ada item baru.</translation>
    </message>
    <message>
        <source>Emergency: {item}</source>
        <translation>Darurat: {item}</translation>
    </message>
    <message>
        <source>Most urgent first</source>
        <translation>Paling mendesak dahulu</translation>
    </message>
    <message>
        <source>All new</source>
        <translation>Semua yang baru</translation>
    </message>
    <message>
        <source>By account</source>
        <translation>Per akun</translation>
    </message>
    <message>
        <source>Handled</source>
        <translation>Sudah ditangani</translation>
    </message>
    <message>
        <source>Mentions of the hospital</source>
        <translation>Penyebutan rumah sakit</translation>
    </message>
    <message>
        <source>Why: {reasons}</source>
        <translation>Alasan: {reasons}</translation>
    </message>
    <message>
        <source>Label corrected by you.</source>
        <translation>Label sudah Anda koreksi.</translation>
    </message>
    <message>
        <source>Handled.</source>
        <translation>Sudah ditangani.</translation>
    </message>
    <message>
        <source>New.</source>
        <translation>Baru.</translation>
    </message>
    <message>
        <source>the inbox page</source>
        <translation>halaman kotak masuk</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Kotak masuk</translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation>&amp;Tampilan:</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>A&amp;kun:</translation>
    </message>
    <message>
        <source>the inbox</source>
        <translation>kotak masuk</translation>
    </message>
    <message>
        <source>&amp;Items:</source>
        <translation>&amp;Item:</translation>
    </message>
    <message>
        <source>Enter opens the reply. The buttons below show the other keys.</source>
        <translation>Enter membuka balasan. Tombol di bawah menunjukkan tombol pintas lainnya.</translation>
    </message>
    <message>
        <source>Nothing here. New comments, mentions and messages appear in this list.</source>
        <translation>Belum ada apa-apa. Komentar, sebutan, dan pesan baru muncul di daftar ini.</translation>
    </message>
    <message>
        <source>Show more items</source>
        <translation>Tampilkan item lainnya</translation>
    </message>
    <message>
        <source>No more new items.</source>
        <translation>Tidak ada lagi item baru.</translation>
    </message>
    <message>
        <source>No new items before this one.</source>
        <translation>Tidak ada item baru sebelum yang ini.</translation>
    </message>
    <message>
        <source>No more complaints or emergencies.</source>
        <translation>Tidak ada lagi keluhan atau keadaan darurat.</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Semua akun</translation>
    </message>
    <message>
        <source>{account}: {why}</source>
        <translation>{account}: {why}</translation>
    </message>
    <message>
        <source>{author}: {text}</source>
        <translation>{author}: {text}</translation>
    </message>
    <message>
        <source>Open again.</source>
        <translation>Dibuka kembali.</translation>
    </message>
    <message>
        <source>Marked handled.</source>
        <translation>Ditandai sudah ditangani.</translation>
    </message>
    <message>
        <source>Now marked: {label}. Kept; later messages like it are labelled the same way.</source>
        <translation>Sekarang ditandai: {label}. Disimpan; pesan serupa berikutnya diberi label yang sama.</translation>
    </message>
    <message>
        <source>No longer marked: {label}. Kept; later messages like it are labelled the same way.</source>
        <translation>Tidak lagi ditandai: {label}. Disimpan; pesan serupa berikutnya diberi label yang sama.</translation>
    </message>
    <message>
        <source>Moderate on {account}</source>
        <translation>Moderasi di {account}</translation>
    </message>
    <message>
        <source>{account} allows no moderation from HumasDesk.</source>
        <translation>{account} tidak mengizinkan moderasi dari HumasDesk.</translation>
    </message>
    <message>
        <source>{action}: this item from {author} on {account}?</source>
        <translation>{action}: item dari {author} di {account} ini?</translation>
    </message>
    <message>
        <source>Asking {account}…</source>
        <translation>Menghubungi {account}…</translation>
    </message>
    <message>
        <source>Moderating on {account} failed unexpectedly ({reason}).</source>
        <translation>Moderasi di {account} gagal secara tak terduga ({reason}).</translation>
    </message>
    <message>
        <source>The inbox is still starting; try again in a moment.</source>
        <translation>Kotak masuk masih disiapkan; coba lagi sebentar lagi.</translation>
    </message>
    <message>
        <source>{account}: new mentions cannot be heard as they come; the inbox is still read every minute. {reason}</source>
        <translation>{account}: sebutan baru tidak dapat diterima saat itu juga; kotak masuk tetap dibaca setiap menit. {reason}</translation>
    </message>
</context>
<context>
    <name>Insights</name>
    <message>
        <source>reactions to published posts, followers and the best time to post</source>
        <translation>reaksi atas unggahan yang terbit, pengikut, dan waktu terbaik untuk mengunggah</translation>
    </message>
    <message>
        <source>read the latest figures from the platforms first</source>
        <translation>baca dulu angka terbaru dari platform</translation>
    </message>
    <message>
        <source>print JSON instead of text</source>
        <translation>cetak JSON, bukan teks biasa</translation>
    </message>
    <message>
        <source>only this account</source>
        <translation>hanya akun ini</translation>
    </message>
    <message>
        <source>posts of the last N days (default 7)</source>
        <translation>unggahan N hari terakhir (bawaan 7)</translation>
    </message>
    <message>
        <source>set the account&apos;s queue slots to its best hours (with --account)</source>
        <translation>atur slot antrean akun ke jam-jam terbaiknya (dengan --account)</translation>
    </message>
    <message>
        <source>read figures from this X account or not; reading costs money (with --account)</source>
        <translation>baca angka dari akun X ini atau tidak; pembacaannya berbayar (dengan --account)</translation>
    </message>
    <message>
        <source>write the weekly report as PDF or HTML</source>
        <translation>tulis laporan mingguan sebagai PDF atau HTML</translation>
    </message>
    <message>
        <source>the ISO week, such as 2026-W48 (default: last week)</source>
        <translation>minggu ISO, misalnya 2026-W48 (bawaan: minggu lalu)</translation>
    </message>
    <message>
        <source>the report&apos;s language (default: the app&apos;s)</source>
        <translation>bahasa laporan (bawaan: bahasa aplikasi)</translation>
    </message>
    <message>
        <source>the file to write: .pdf or .html</source>
        <translation>berkas yang ditulis: .pdf atau .html</translation>
    </message>
    <message>
        <source>give a number of days from 1 to 3660, not “{value}”</source>
        <translation>berikan jumlah hari dari 1 sampai 3660, bukan “{value}”</translation>
    </message>
    <message>
        <source>give the week as YYYY-Www, such as 2026-W48, not “{value}”</source>
        <translation>tulis minggunya sebagai YYYY-Www, misalnya 2026-W48, bukan “{value}”</translation>
    </message>
    <message>
        <source>No posts were published in the last {days} days.</source>
        <translation>Tidak ada unggahan yang terbit dalam {days} hari terakhir.</translation>
    </message>
    <message>
        <source>{account}: {followers} followers ({change} in {days} days).</source>
        <translation>{account}: {followers} pengikut ({change} dalam {days} hari).</translation>
    </message>
    <message>
        <source>{account}: {summary}</source>
        <translation>{account}: {summary}</translation>
    </message>
    <message>
        <source>Say which account with --account NAME.</source>
        <translation>Sebutkan akunnya dengan --account NAMA.</translation>
    </message>
    <message>
        <source>Queue slots set to {slots}. {summary}</source>
        <translation>Slot antrean diatur ke {slots}. {summary}</translation>
    </message>
    <message>
        <source>The report for {start} to {end} was written to {path}.</source>
        <translation>Laporan untuk {start} sampai {end} sudah ditulis ke {path}.</translation>
    </message>
    <message numerus="yes">
        <source>%n like(s)</source>
        <translation>
            <numerusform>%n suka</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n share(s)</source>
        <translation>
            <numerusform>%n bagikan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repl(y/ies)</source>
        <translation>
            <numerusform>%n balasan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quote(s)</source>
        <translation>
            <numerusform>%n kutipan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n send(s)</source>
        <translation>
            <numerusform>%n kirim</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n save(s)</source>
        <translation>
            <numerusform>%n simpan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n view(s)</source>
        <translation>
            <numerusform>%n tayangan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) reached</source>
        <translation>
            <numerusform>%n akun terjangkau</numerusform>
        </translation>
    </message>
    <message>
        <source>{account}: {reason}</source>
        <translation>{account}: {reason}</translation>
    </message>
    <message>
        <source>{title}: {figures}</source>
        <translation>{title}: {figures}</translation>
    </message>
    <message>
        <source>no figures yet on {platform}</source>
        <translation>belum ada angka di {platform}</translation>
    </message>
    <message>
        <source>deleted on {platform}</source>
        <translation>dihapus di {platform}</translation>
    </message>
    <message>
        <source>no figures available from {platform}</source>
        <translation>angka tidak tersedia dari {platform}</translation>
    </message>
    <message>
        <source>no reactions yet on {platform}</source>
        <translation>belum ada reaksi di {platform}</translation>
    </message>
    <message>
        <source>{figures} on {platform}</source>
        <translation>{figures} di {platform}</translation>
    </message>
    <message>
        <source>Only X accounts have this choice: reading figures from the other platforms costs nothing.</source>
        <translation>Pilihan ini hanya untuk akun X: membaca angka dari platform lain tidak berbayar.</translation>
    </message>
    <message>
        <source>Reading figures from X is on for {account}. {cost}</source>
        <translation>Pembacaan angka dari X dinyalakan untuk {account}. {cost}</translation>
    </message>
    <message>
        <source>Reading figures from X is off for {account}; nothing is read or billed.</source>
        <translation>Pembacaan angka dari X dimatikan untuk {account}; tidak ada yang dibaca atau ditagih.</translation>
    </message>
</context>
<context>
    <name>Insights page</name>
    <message>
        <source>Nothing measured yet.</source>
        <translation>Belum ada yang terukur.</translation>
    </message>
    <message>
        <source>{title} (table)</source>
        <translation>{title} (tabel)</translation>
    </message>
    <message>
        <source>the image could not be written</source>
        <translation>gambar tidak dapat ditulis</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} sampai {end}</translation>
    </message>
    <message>
        <source>This week, {period}</source>
        <translation>Minggu ini, {period}</translation>
    </message>
    <message>
        <source>Last week, {period}</source>
        <translation>Minggu lalu, {period}</translation>
    </message>
    <message>
        <source>Week of {period}</source>
        <translation>Minggu {period}</translation>
    </message>
    <message>
        <source>{title}, {period}: nothing measured.</source>
        <translation>{title}, {period}: belum ada yang terukur.</translation>
    </message>
    <message>
        <source>{title}, {period}: {items}.</source>
        <translation>{title}, {period}: {items}.</translation>
    </message>
    <message>
        <source>Highest: {high}; lowest: {low}.</source>
        <translation>Tertinggi: {high}; terendah: {low}.</translation>
    </message>
    <message>
        <source>the insights page</source>
        <translation>halaman statistik</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>&amp;Week:</source>
        <translation>&amp;Minggu:</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>&amp;Akun:</translation>
    </message>
    <message>
        <source>Reactions per post</source>
        <translation>Reaksi per unggahan</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Akun</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Unggahan</translation>
    </message>
    <message>
        <source>Reactions</source>
        <translation>Reaksi</translation>
    </message>
    <message>
        <source>Follower change</source>
        <translation>Perubahan pengikut</translation>
    </message>
    <message>
        <source>Followers at the start</source>
        <translation>Pengikut di awal</translation>
    </message>
    <message>
        <source>Followers at the end</source>
        <translation>Pengikut di akhir</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Perubahan</translation>
    </message>
    <message>
        <source>&amp;Best and weakest posts of the week:</source>
        <translation>Unggahan &amp;terbaik dan terlemah minggu ini:</translation>
    </message>
    <message>
        <source>&amp;Posts of the week, each in one sentence:</source>
        <translation>&amp;Unggahan minggu ini, masing-masing dalam satu kalimat:</translation>
    </message>
    <message>
        <source>Best &amp;time to post, per account:</source>
        <translation>&amp;Waktu terbaik untuk mengunggah, per akun:</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Semua akun</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>tidak terukur</translation>
    </message>
    <message>
        <source>Working out the best times…</source>
        <translation>Menghitung waktu terbaik…</translation>
    </message>
    <message>
        <source>No figures for this week yet. HumasDesk collects them about 1 hour, 1 day and 7 days after each post; collect now to ask at once.</source>
        <translation>Belum ada angka untuk minggu ini. HumasDesk mengumpulkannya sekitar 1 jam, 1 hari, dan 7 hari setelah setiap unggahan; kumpulkan sekarang untuk memintanya segera.</translation>
    </message>
    <message>
        <source>{posts} posts on {accounts} accounts in this week.</source>
        <translation>{posts} unggahan di {accounts} akun pada minggu ini.</translation>
    </message>
    <message>
        <source>No posts published in this week.</source>
        <translation>Tidak ada unggahan yang terbit pada minggu ini.</translation>
    </message>
    <message>
        <source>Best: {sentence}</source>
        <translation>Terbaik: {sentence}</translation>
    </message>
    <message>
        <source>Weakest: {sentence}</source>
        <translation>Terlemah: {sentence}</translation>
    </message>
    <message>
        <source>{account}, {title}: {figures}</source>
        <translation>{account}, {title}: {figures}</translation>
    </message>
    <message>
        <source>No post of this week has figures yet.</source>
        <translation>Belum ada unggahan minggu ini yang memiliki angka.</translation>
    </message>
    <message>
        <source>{account}: {summary}</source>
        <translation>{account}: {summary}</translation>
    </message>
    <message>
        <source>No account gives figures yet.</source>
        <translation>Belum ada akun yang memberikan angka.</translation>
    </message>
    <message>
        <source>The best times could not be worked out: {reason}</source>
        <translation>Waktu terbaik tidak dapat dihitung: {reason}</translation>
    </message>
    <message>
        <source>Collecting the figures from the platforms…</source>
        <translation>Mengumpulkan angka dari platform…</translation>
    </message>
    <message>
        <source>Figures collected: {readings} post readings, {audiences} follower counts.</source>
        <translation>Angka terkumpul: {readings} pembacaan unggahan, {audiences} jumlah pengikut.</translation>
    </message>
    <message>
        <source>More are due; they come with the next collection.</source>
        <translation>Masih ada yang perlu dibaca; akan diambil pada pengumpulan berikutnya.</translation>
    </message>
    <message>
        <source>The figures could not be collected: {reason}</source>
        <translation>Angka tidak dapat dikumpulkan: {reason}</translation>
    </message>
    <message>
        <source>Save the table as CSV</source>
        <translation>Simpan tabel sebagai CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
    <message>
        <source>The table “{title}” is saved as CSV in {path}.</source>
        <translation>Tabel “{title}” disimpan sebagai CSV di {path}.</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image</source>
        <translation>Simpan grafik sebagai gambar PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Gambar PNG (*.png)</translation>
    </message>
    <message>
        <source>The chart “{title}” is saved as a PNG image in {path}.</source>
        <translation>Grafik “{title}” disimpan sebagai gambar PNG di {path}.</translation>
    </message>
    <message>
        <source>Nothing was saved: {path} could not be written ({reason}). Choose another folder.</source>
        <translation>Tidak ada yang disimpan: {path} tidak dapat ditulis ({reason}). Pilih folder lain.</translation>
    </message>
    <message>
        <source>Save the weekly report</source>
        <translation>Simpan laporan mingguan</translation>
    </message>
    <message>
        <source>report-{week}.pdf</source>
        <translation>laporan-{week}.pdf</translation>
    </message>
    <message>
        <source>PDF or HTML (*.pdf *.html)</source>
        <translation>PDF atau HTML (*.pdf *.html)</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Menulis laporan…</translation>
    </message>
    <message>
        <source>The report for {start} to {end} is saved in {path}.</source>
        <translation>Laporan untuk {start} sampai {end} disimpan di {path}.</translation>
    </message>
    <message>
        <source>The report was not written: {reason}</source>
        <translation>Laporan tidak ditulis: {reason}</translation>
    </message>
    <message>
        <source>The queue slots of {account} are now {slots}, from its best time.</source>
        <translation>Slot antrean {account} sekarang {slots}, dari waktu terbaiknya.</translation>
    </message>
</context>
<context>
    <name>Instagram</name>
    <message>
        <source>Images are put in the WordPress site&apos;s media library first, because Instagram fetches them from a public address.</source>
        <translation>Gambar lebih dulu ditaruh di pustaka media situs WordPress, karena Instagram mengambilnya dari alamat publik.</translation>
    </message>
    <message>
        <source>No public place for images is set up, so Instagram posts are prepared for posting by hand.</source>
        <translation>Belum ada tempat publik untuk gambar, jadi postingan Instagram disiapkan untuk diposting secara manual.</translation>
    </message>
    <message>
        <source>Images are first uploaded to the linked Facebook page as hidden, temporary photos (nothing appears on the page), because Instagram fetches them from a public address.</source>
        <translation>Gambar lebih dulu diunggah ke Halaman Facebook yang tertaut sebagai foto sementara yang tersembunyi (tidak ada yang tampil di Halaman), karena Instagram mengambilnya dari alamat publik.</translation>
    </message>
    <message>
        <source>Instagram does not let HumasDesk read direct messages: the hospital&apos;s Meta app is not allowed to use Instagram messaging (Meta error 3, the app has not passed Meta&apos;s review for it). Comments and mentions are still read.</source>
        <translation>Instagram tidak mengizinkan HumasDesk membaca pesan langsung: aplikasi Meta milik rumah sakit tidak diizinkan memakai fitur pesan Instagram (galat Meta 3, aplikasi belum lolos peninjauan Meta untuk fitur itu). Komentar dan sebutan tetap dibaca.</translation>
    </message>
    <message>
        <source>Instagram does not let HumasDesk read direct messages: the login lacks the permission instagram_manage_messages, or the person who connected the account cannot manage the page&apos;s messages. Comments and mentions are still read. To read messages too, reconnect the account and allow every permission HumasDesk asks for.</source>
        <translation>Instagram tidak mengizinkan HumasDesk membaca pesan langsung: login ini belum memiliki izin instagram_manage_messages, atau orang yang menyambungkan akun ini tidak dapat mengelola pesan halaman. Komentar dan sebutan tetap dibaca. Agar pesan juga terbaca, sambungkan ulang akunnya dan berikan semua izin yang diminta HumasDesk.</translation>
    </message>
    <message>
        <source>An Instagram user</source>
        <translation>Seorang pengguna Instagram</translation>
    </message>
    <message>
        <source>The answer has no text.</source>
        <translation>Balasan belum berisi teks.</translation>
    </message>
    <message>
        <source>Instagram did not say which comment it made.</source>
        <translation>Instagram tidak menyebutkan komentar mana yang dibuatnya.</translation>
    </message>
    <message>
        <source>Only a comment can be hidden or shown again on Instagram.</source>
        <translation>Di Instagram, hanya komentar yang dapat disembunyikan atau ditampilkan lagi.</translation>
    </message>
    <message>
        <source>Connected to the Instagram account @{username}. {host} {expiry}</source>
        <translation>Tersambung ke akun Instagram @{username}. {host} {expiry}</translation>
    </message>
    <message>
        <source>Instagram did not say which post it made.</source>
        <translation>Instagram tidak memberi tahu postingan mana yang dibuatnya.</translation>
    </message>
    <message>
        <source>An Instagram post needs at least one image.</source>
        <translation>Postingan Instagram memerlukan setidaknya satu gambar.</translation>
    </message>
    <message>
        <source>Instagram takes at most {limit} images in one carousel.</source>
        <translation>Instagram menerima paling banyak {limit} gambar dalam satu carousel.</translation>
    </message>
    <message>
        <source>“{name}” is not an image; HumasDesk sends only images to Instagram.</source>
        <translation>“{name}” bukan gambar; HumasDesk hanya mengirim gambar ke Instagram.</translation>
    </message>
    <message>
        <source>Instagram takes only JPEG images from a website; “{name}” is not a JPEG. Save it as JPEG, or host images on the Facebook page.</source>
        <translation>Instagram hanya menerima gambar JPEG dari situs web; “{name}” bukan JPEG. Simpan sebagai JPEG, atau pilih Halaman Facebook sebagai tempat gambar.</translation>
    </message>
    <message>
        <source>Instagram&apos;s limit of {total} posts in 24 hours through programs is used up. HumasDesk will try again later.</source>
        <translation>Batas Instagram sebanyak {total} postingan dalam 24 jam melalui program sudah habis. HumasDesk akan mencoba lagi nanti.</translation>
    </message>
    <message>
        <source>The image could not be put at a public address ({reason}), which Instagram needs.</source>
        <translation>Gambar tidak dapat ditaruh di alamat publik ({reason}), padahal Instagram memerlukannya.</translation>
    </message>
    <message>
        <source>no WordPress site is chosen</source>
        <translation>belum ada situs WordPress yang dipilih</translation>
    </message>
    <message>
        <source>Instagram did not accept the image. HumasDesk will try again.</source>
        <translation>Instagram tidak menerima gambar itu. HumasDesk akan mencoba lagi.</translation>
    </message>
    <message>
        <source>Instagram could not use the image ({reason}). Check that it is a JPEG with an aspect ratio between 4:5 and 1.91:1.</source>
        <translation>Instagram tidak dapat memakai gambar itu ({reason}). Pastikan gambar berformat JPEG dengan rasio aspek antara 4:5 dan 1.91:1.</translation>
    </message>
    <message>
        <source>The upload to Instagram expired before it was published. HumasDesk will try again.</source>
        <translation>Unggahan ke Instagram kedaluwarsa sebelum diterbitkan. HumasDesk akan mencoba lagi.</translation>
    </message>
    <message>
        <source>Instagram is still processing the image after {seconds} seconds. Nothing was published; HumasDesk will try again.</source>
        <translation>Instagram masih memproses gambar setelah {seconds} detik. Belum ada yang diterbitkan; HumasDesk akan mencoba lagi.</translation>
    </message>
    <message>
        <source>Unknown image host “{host}”; choose facebook, wordpress or assisted.</source>
        <translation>Tempat gambar “{host}” tidak dikenal; pilih facebook, wordpress, atau assisted.</translation>
    </message>
    <message>
        <source>The Facebook page “{page}” has no Instagram professional account linked. Link it in the page&apos;s settings (Linked accounts), then connect again.</source>
        <translation>Halaman Facebook “{page}” belum tertaut ke akun profesional Instagram. Tautkan di pengaturan Halaman (Akun tertaut), lalu sambungkan ulang.</translation>
    </message>
    <message>
        <source>Choose the connected WordPress site that will hold the images.</source>
        <translation>Pilih situs WordPress tersambung yang akan menyimpan gambar.</translation>
    </message>
</context>
<context>
    <name>LinkCard</name>
    <message>
        <source>The page at {host} could not be read (too slow, too large or not reachable).</source>
        <translation>Halaman di {host} tidak dapat dibaca (terlalu lambat, terlalu besar, atau tidak dapat dijangkau).</translation>
    </message>
    <message>
        <source>{host} sends the link on to another site, {target}, so HumasDesk did not follow it.</source>
        <translation>{host} meneruskan tautan ke situs lain, {target}, sehingga HumasDesk tidak mengikutinya.</translation>
    </message>
    <message>
        <source>{host} sends the link on too many times.</source>
        <translation>{host} meneruskan tautan terlalu banyak kali.</translation>
    </message>
    <message>
        <source>The link is not a web page.</source>
        <translation>Tautan ini bukan halaman web.</translation>
    </message>
    <message>
        <source>{host} answered HTTP {status} for the link.</source>
        <translation>{host} menjawab HTTP {status} untuk tautan ini.</translation>
    </message>
    <message>
        <source>The page at {host} has no title to show.</source>
        <translation>Halaman di {host} tidak memiliki judul untuk ditampilkan.</translation>
    </message>
</context>
<context>
    <name>LinkedIn</name>
    <message>
        <source>The login renews itself until {time}.</source>
        <translation>Login ini diperbarui otomatis sampai {time}.</translation>
    </message>
    <message>
        <source>The login renews itself.</source>
        <translation>Login ini diperbarui otomatis.</translation>
    </message>
    <message>
        <source>LinkedIn logins last 60 days; then reconnect the account.</source>
        <translation>Login LinkedIn berlaku 60 hari; setelah itu sambungkan ulang akunnya.</translation>
    </message>
    <message>
        <source>the page “{page}”</source>
        <translation>Halaman “{page}”</translation>
    </message>
    <message>
        <source>your own profile</source>
        <translation>profil Anda sendiri</translation>
    </message>
    <message>
        <source>Signed in to LinkedIn as {name}, posting to {where}. {expiry}</source>
        <translation>Masuk ke LinkedIn sebagai {name}, memposting ke {where}. {expiry}</translation>
    </message>
    <message>
        <source>LinkedIn has no threads; send one post.</source>
        <translation>LinkedIn tidak mengenal utas; kirim satu postingan saja.</translation>
    </message>
    <message>
        <source>This LinkedIn account does not say where to post. Reconnect it on the Accounts page.</source>
        <translation>Akun LinkedIn ini tidak menyebutkan tujuan posting. Sambungkan ulang di halaman Akun.</translation>
    </message>
    <message>
        <source>LinkedIn takes at most {count} images in a post.</source>
        <translation>LinkedIn menerima paling banyak {count} gambar per postingan.</translation>
    </message>
    <message>
        <source>LinkedIn takes JPEG, PNG or GIF images; “{name}” is not one.</source>
        <translation>LinkedIn menerima gambar JPEG, PNG, atau GIF; “{name}” bukan salah satunya.</translation>
    </message>
    <message>
        <source>The image “{name}” cannot be read: {reason}</source>
        <translation>Gambar “{name}” tidak dapat dibaca: {reason}</translation>
    </message>
    <message>
        <source>LinkedIn did not accept the image. HumasDesk will try again.</source>
        <translation>LinkedIn tidak menerima gambarnya. HumasDesk akan mencoba lagi.</translation>
    </message>
    <message>
        <source>LinkedIn no longer renews HumasDesk&apos;s login for this account. Reconnect the account on the Accounts page; the post stays in the queue.</source>
        <translation>LinkedIn tidak lagi memperbarui login HumasDesk untuk akun ini. Sambungkan ulang akunnya di halaman Akun; postingan tetap di antrean.</translation>
    </message>
    <message>
        <source>LinkedIn does not accept HumasDesk&apos;s login for this account (it expired or was revoked). Reconnect the account on the Accounts page; the post stays in the queue.</source>
        <translation>LinkedIn tidak menerima login HumasDesk untuk akun ini (login kedaluwarsa atau dicabut). Sambungkan ulang akunnya di halaman Akun; postingan tetap di antrean.</translation>
    </message>
    <message>
        <source>LinkedIn refused: the login lacks the permission {permission}. Add the LinkedIn product that grants it to your app in the LinkedIn developer portal (and for a page, be its administrator), then reconnect the account (LinkedIn says: {reason}).</source>
        <translation>LinkedIn menolak: login ini tidak memiliki izin {permission}. Tambahkan produk LinkedIn yang memberikan izin itu ke aplikasi Anda di portal pengembang LinkedIn (dan untuk Halaman, pastikan Anda adminnya), lalu sambungkan ulang akunnya (kata LinkedIn: {reason}).</translation>
    </message>
    <message>
        <source>LinkedIn had a problem (HTTP {status}). HumasDesk will try again.</source>
        <translation>LinkedIn mengalami masalah (HTTP {status}). HumasDesk akan mencoba lagi.</translation>
    </message>
    <message>
        <source>LinkedIn answered without a token. Try again.</source>
        <translation>LinkedIn menjawab tanpa memberikan token. Coba lagi.</translation>
    </message>
    <message>
        <source>Type the Client ID and the Client secret of your LinkedIn app (LinkedIn developer portal, your app, Auth).</source>
        <translation>Ketik Client ID dan Client secret aplikasi LinkedIn Anda (portal pengembang LinkedIn, aplikasi Anda, Auth).</translation>
    </message>
    <message>
        <source>The organization page ID is the number in the page&apos;s admin address (linkedin.com/company/NUMBER/admin/).</source>
        <translation>ID Halaman organisasi adalah angka di alamat admin Halaman tersebut (linkedin.com/company/ANGKA/admin/).</translation>
    </message>
    <message>
        <source>LinkedIn did not say who logged in. Try again.</source>
        <translation>LinkedIn tidak menyebutkan siapa yang login. Coba lagi.</translation>
    </message>
    <message>
        <source>This LinkedIn login is not an administrator of the page {page}. Ask a page administrator to give you the administrator role, or log in as one.</source>
        <translation>Login LinkedIn ini bukan admin Halaman {page}. Minta admin Halaman memberi Anda peran admin, atau login sebagai admin.</translation>
    </message>
    <message>
        <source>This LinkedIn login administers no organization page. Post on your own profile, or log in as a page administrator.</source>
        <translation>Login LinkedIn ini tidak mengelola Halaman organisasi mana pun. Posting di profil Anda sendiri, atau login sebagai admin Halaman.</translation>
    </message>
    <message>
        <source>Choose one of the pages this login administers.</source>
        <translation>Pilih salah satu Halaman yang dikelola login ini.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>HumasDesk</source>
        <translation>HumasDesk</translation>
    </message>
    <message>
        <source>{page} page</source>
        <translation>Halaman {page}</translation>
    </message>
    <message>
        <source>Already on the {page}.</source>
        <translation>Anda sudah berada di {page}.</translation>
    </message>
    <message>
        <source>Single-key mode is on: letters alone run actions while you are not in a text field.</source>
        <translation>Mode satu tombol aktif: cukup tekan huruf untuk menjalankan tindakan selama Anda tidak berada di kolom teks.</translation>
    </message>
    <message>
        <source>Single-key mode is off.</source>
        <translation>Mode satu tombol nonaktif.</translation>
    </message>
    <message>
        <source>the page buttons</source>
        <translation>tombol halaman</translation>
    </message>
</context>
<context>
    <name>Mastodon</name>
    <message>
        <source>Public</source>
        <translation>Publik</translation>
    </message>
    <message>
        <source>Quiet public (not in public timelines)</source>
        <translation>Publik senyap (tidak tampil di linimasa publik)</translation>
    </message>
    <message>
        <source>Followers only</source>
        <translation>Hanya pengikut</translation>
    </message>
    <message>
        <source>Mentioned people only</source>
        <translation>Hanya orang yang disebut</translation>
    </message>
    <message>
        <source>Type the address of the Mastodon server, for example mastodon.social.</source>
        <translation>Ketik alamat server Mastodon, misalnya mastodon.social.</translation>
    </message>
    <message>
        <source>“{server}” is not a server address. Use one such as mastodon.social.</source>
        <translation>“{server}” bukan alamat server. Gunakan alamat seperti mastodon.social.</translation>
    </message>
    <message>
        <source>The server address must start with https://, so that the login and the posts travel encrypted.</source>
        <translation>Alamat server harus diawali https:// agar login dan postingan dikirim terenkripsi.</translation>
    </message>
    <message>
        <source>{server} does not answer like a Mastodon server. Check the address.</source>
        <translation>{server} tidak menjawab seperti server Mastodon. Periksa alamatnya.</translation>
    </message>
    <message>
        <source>{server} did not register HumasDesk as an app. Try again later.</source>
        <translation>{server} tidak mendaftarkan HumasDesk sebagai aplikasi. Coba lagi nanti.</translation>
    </message>
    <message>
        <source>{server} no longer accepts HumasDesk&apos;s login for this account (it was revoked or the app was removed). Reconnect the account on the Accounts page.</source>
        <translation>{server} tidak lagi menerima login HumasDesk untuk akun ini (login dicabut atau aplikasinya dihapus). Sambungkan ulang akunnya di halaman Akun.</translation>
    </message>
    <message>
        <source>{server} does not allow this: {reason}. Reconnect the account, or check whether it is suspended.</source>
        <translation>{server} tidak mengizinkan ini: {reason}. Sambungkan ulang akunnya, atau periksa apakah akun itu ditangguhkan.</translation>
    </message>
    <message>
        <source>The Mastodon server {server} had a problem (HTTP {status}). HumasDesk will try again.</source>
        <translation>Server Mastodon {server} mengalami masalah (HTTP {status}). HumasDesk akan mencoba lagi.</translation>
    </message>
    <message>
        <source>Mastodon can only dismiss a notification.</source>
        <translation>Mastodon hanya dapat mengabaikan notifikasi.</translation>
    </message>
    <message>
        <source>This item has no notification on the server to dismiss.</source>
        <translation>Item ini tidak punya notifikasi di server yang dapat diabaikan.</translation>
    </message>
    <message>
        <source>Type a word or a #hashtag to search for.</source>
        <translation>Ketik kata atau #tagar yang ingin dicari.</translation>
    </message>
    <message>
        <source>No posts found for “{query}”. {server} may not offer full-text search (it needs a search engine that not every server runs), and even where it does, it finds only posts whose authors allow it. A #hashtag always works.</source>
        <translation>Tidak ada postingan yang ditemukan untuk “{query}”. {server} mungkin tidak menyediakan pencarian teks lengkap (fitur ini memerlukan mesin pencari yang tidak dijalankan semua server), dan kalaupun ada, hanya postingan yang penulisnya mengizinkan yang ditemukan. Pencarian #tagar selalu berfungsi.</translation>
    </message>
    <message>
        <source>The answer from {server} was not understood (it is not the data Mastodon sends). HumasDesk will try again.</source>
        <translation>Jawaban dari {server} tidak dapat dipahami (bukan data yang dikirim Mastodon). HumasDesk akan mencoba lagi.</translation>
    </message>
    <message>
        <source>Signed in to {server} as @{user}.</source>
        <translation>Berhasil masuk ke {server} sebagai @{user}.</translation>
    </message>
    <message>
        <source>Mastodon cannot schedule a thread. HumasDesk will send it itself at the chosen time.</source>
        <translation>Mastodon tidak bisa menjadwalkan utas. HumasDesk sendiri yang akan mengirimnya pada waktu yang dipilih.</translation>
    </message>
    <message>
        <source>Mastodon schedules posts only at least 5 minutes ahead; {time} is too soon.</source>
        <translation>Mastodon hanya bisa menjadwalkan postingan paling cepat 5 menit ke depan; {time} terlalu dekat.</translation>
    </message>
    <message>
        <source>The post is no longer scheduled on {server}: it was published already, or cancelled there.</source>
        <translation>Postingan ini tidak lagi terjadwal di {server}: postingan sudah terbit, atau dibatalkan di sana.</translation>
    </message>
    <message>
        <source>Part {number}: {reason}</source>
        <translation>Bagian {number}: {reason}</translation>
    </message>
    <message>
        <source>{server} takes at most {limit} images or videos per post; this one has {count}.</source>
        <translation>{server} menerima paling banyak {limit} gambar atau video per postingan; postingan ini berisi {count}.</translation>
    </message>
    <message>
        <source>{file} has no description (alt text). Add one in the composer so that blind readers know what it shows.</source>
        <translation>{file} belum memiliki deskripsi (teks alternatif). Tambahkan di halaman Tulis agar pembaca tunanetra tahu isinya.</translation>
    </message>
    <message>
        <source>The description of {file} has {count} characters; {server} allows {limit}.</source>
        <translation>Deskripsi {file} berisi {count} karakter; {server} membolehkan {limit}.</translation>
    </message>
    <message>
        <source>The file {file} cannot be read. Was it moved or deleted?</source>
        <translation>Berkas {file} tidak dapat dibaca. Apakah berkas itu dipindahkan atau dihapus?</translation>
    </message>
    <message>
        <source>{file} is {size} MB; {server} takes files up to {limit} MB.</source>
        <translation>{file} berukuran {size} MB; {server} menerima berkas sampai {limit} MB.</translation>
    </message>
    <message>
        <source>{server} is still processing {file}. HumasDesk will try again later.</source>
        <translation>{server} masih memproses {file}. HumasDesk akan mencoba lagi nanti.</translation>
    </message>
    <message>
        <source>The login for this Mastodon account is not in the keyring. Reconnect the account on the Accounts page.</source>
        <translation>Login untuk akun Mastodon ini tidak ada di keyring sistem. Sambungkan ulang akunnya di halaman Akun.</translation>
    </message>
    <message>
        <source>The live connection to {server} went quiet.</source>
        <translation>Sambungan langsung ke {server} tidak lagi mengirim apa pun.</translation>
    </message>
    <message>
        <source>The live connection to {server} was cut.</source>
        <translation>Sambungan langsung ke {server} terputus.</translation>
    </message>
    <message>
        <source>{server} offers no live notifications (HTTP {status}).</source>
        <translation>{server} tidak menyediakan notifikasi langsung (HTTP {status}).</translation>
    </message>
    <message>
        <source>{server} sent something that is not a notification stream.</source>
        <translation>{server} mengirim sesuatu yang bukan aliran notifikasi.</translation>
    </message>
    <message>
        <source>{server} sent a line too long for a notification stream.</source>
        <translation>{server} mengirim baris yang terlalu panjang untuk aliran notifikasi.</translation>
    </message>
</context>
<context>
    <name>Media</name>
    <message>
        <source>left side</source>
        <translation>sisi kiri</translation>
    </message>
    <message>
        <source>right side</source>
        <translation>sisi kanan</translation>
    </message>
    <message>
        <source>middle</source>
        <translation>tengah</translation>
    </message>
    <message>
        <source>{name} is not a picture HumasDesk can read ({reason}).</source>
        <translation>{name} bukan gambar yang dapat dibaca HumasDesk ({reason}).</translation>
    </message>
    <message>
        <source>The picture {name} cannot be read: {reason}</source>
        <translation>Gambar {name} tidak dapat dibaca: {reason}</translation>
    </message>
    <message>
        <source>{name} is too large a picture to open safely.</source>
        <translation>{name} terlalu besar untuk dibuka dengan aman.</translation>
    </message>
    <message>
        <source>{name} is not a picture HumasDesk can read ({reason}). Save it as JPEG or PNG and attach it again.</source>
        <translation>{name} bukan gambar yang dapat dibaca HumasDesk ({reason}). Simpan sebagai JPEG atau PNG, lalu lampirkan lagi.</translation>
    </message>
    <message>
        <source>This picture cannot be made small enough for {platform}, even at {side} pixels. Choose a smaller picture.</source>
        <translation>Gambar ini tidak dapat diperkecil cukup untuk {platform}, bahkan pada {side} piksel. Pilih gambar yang lebih kecil.</translation>
    </message>
    <message>
        <source>This animated picture cannot be made small enough for {platform}. Choose a shorter or smaller one.</source>
        <translation>Gambar bergerak ini tidak dapat diperkecil cukup untuk {platform}. Pilih yang lebih pendek atau lebih kecil.</translation>
    </message>
    <message>
        <source>turned upright</source>
        <translation>diputar tegak</translation>
    </message>
    <message>
        <source>cropped to the centre to fit the platform&apos;s shape</source>
        <translation>dipotong ke tengah agar sesuai bentuk platform</translation>
    </message>
    <message>
        <source>given bars of colour {colour} to fit the platform&apos;s shape</source>
        <translation>diberi bingkai warna {colour} agar sesuai bentuk platform</translation>
    </message>
    <message>
        <source>made smaller from {w0} × {h0} to {w} × {h} pixels</source>
        <translation>diperkecil dari {w0} × {h0} menjadi {w} × {h} piksel</translation>
    </message>
    <message>
        <source>saved at JPEG quality {quality}</source>
        <translation>disimpan dengan mutu JPEG {quality}</translation>
    </message>
    <message>
        <source>location, camera and owner details removed</source>
        <translation>keterangan lokasi, kamera, dan pemilik dihapus</translation>
    </message>
    <message>
        <source>still animated</source>
        <translation>tetap bergerak</translation>
    </message>
    <message>
        <source>only its first picture goes, because this platform does not show animation</source>
        <translation>hanya gambar pertamanya yang dikirim, karena platform ini tidak menampilkan animasi</translation>
    </message>
    <message>
        <source>{format}, {size} MB</source>
        <translation>{format}, {size} MB</translation>
    </message>
    <message>
        <source>Sent as it is ({size}).</source>
        <translation>Dikirim apa adanya ({size}).</translation>
    </message>
    <message>
        <source>Sent {changes} ({size}).</source>
        <translation>Dikirim {changes} ({size}).</translation>
    </message>
    <message>
        <source>white</source>
        <translation>putih</translation>
    </message>
    <message>
        <source>black</source>
        <translation>hitam</translation>
    </message>
    <message>
        <source>hospital blue</source>
        <translation>biru rumah sakit</translation>
    </message>
    <message>
        <source>green</source>
        <translation>hijau</translation>
    </message>
    <message>
        <source>light grey</source>
        <translation>abu-abu muda</translation>
    </message>
    <message>
        <source>Pad: the whole picture is kept, with bars of colour on the left and right.</source>
        <translation>Bingkai: seluruh gambar tetap utuh, dengan pita warna di kiri dan kanan.</translation>
    </message>
    <message>
        <source>Crop: the middle is kept; the top and bottom are cut off ({percent}% of the height).</source>
        <translation>Potong: bagian tengah dipertahankan; bagian atas dan bawah dipotong ({percent}% dari tinggi).</translation>
    </message>
    <message>
        <source>Pad: the whole picture is kept, with bars of colour above and below.</source>
        <translation>Bingkai: seluruh gambar tetap utuh, dengan pita warna di atas dan di bawah.</translation>
    </message>
    <message>
        <source>Crop: the middle is kept; the left and right sides are cut off ({percent}% of the width).</source>
        <translation>Potong: bagian tengah dipertahankan; sisi kiri dan kanan dipotong ({percent}% dari lebar).</translation>
    </message>
    <message>
        <source>Image {n} does not fit {platform}&apos;s shape</source>
        <translation>Gambar {n} tidak sesuai bentuk {platform}</translation>
    </message>
    <message>
        <source>Image {n} is {w} × {h} pixels; {platform} takes pictures from {low} (tall) to {high} (wide), width to height. {pad} {crop} Press P to pad or C to crop; Escape goes back.</source>
        <translation>Gambar {n} berukuran {w} × {h} piksel; {platform} menerima gambar dari {low} (tinggi) sampai {high} (lebar), lebar banding tinggi. {pad} {crop} Tekan P untuk memberi bingkai atau C untuk memotong; Escape untuk kembali.</translation>
    </message>
    <message>
        <source>Colour of the &amp;bars:</source>
        <translation>&amp;Warna bingkai:</translation>
    </message>
    <message>
        <source>&amp;Pad with the colour</source>
        <translation>&amp;Beri bingkai warna</translation>
    </message>
    <message>
        <source>&amp;Crop to the centre</source>
        <translation>&amp;Potong ke tengah</translation>
    </message>
    <message>
        <source>Back to editing</source>
        <translation>Kembali mengedit</translation>
    </message>
    <message>
        <source>propose a description of a picture from the words printed on it</source>
        <translation>usulkan deskripsi gambar dari tulisan yang tercetak di dalamnya</translation>
    </message>
    <message>
        <source>the picture</source>
        <translation>gambarnya</translation>
    </message>
    <message>
        <source>the language of the words on the picture (default: found from the words)</source>
        <translation>bahasa tulisan pada gambar (bawaan: dikenali dari tulisannya)</translation>
    </message>
    <message>
        <source>print a JSON object with the proposed alt_text and the raw text found</source>
        <translation>cetak objek JSON berisi alt_text yang diusulkan dan teks mentah yang ditemukan</translation>
    </message>
    <message>
        <source>Words found, in reading order:</source>
        <translation>Tulisan yang ditemukan, sesuai urutan baca:</translation>
    </message>
    <message>
        <source>No printed words were found. Describe the picture in your own words.</source>
        <translation>Tidak ada tulisan yang ditemukan. Deskripsikan gambar dengan kata-kata Anda sendiri.</translation>
    </message>
    <message>
        <source>There is no picture at {path}.</source>
        <translation>Tidak ada gambar di {path}.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a picture.</source>
        <translation>{path} adalah folder, bukan gambar.</translation>
    </message>
    <message>
        <source>Text recognition is not installed. Install the Debian packages tesseract-ocr, tesseract-ocr-ind and tesseract-ocr-eng.</source>
        <translation>Pengenalan teks belum terpasang. Pasang paket Debian tesseract-ocr, tesseract-ocr-ind, dan tesseract-ocr-eng.</translation>
    </message>
    <message>
        <source>Reading the words in {name} took too long and was stopped.</source>
        <translation>Membaca tulisan pada {name} terlalu lama dan dihentikan.</translation>
    </message>
    <message>
        <source>Text recognition could not read {name}: {reason}</source>
        <translation>Pengenalan teks tidak dapat membaca {name}: {reason}</translation>
    </message>
    <message>
        <source>{name} looks blurry: the camera may have moved. Readers may not make it out. Attach it anyway, or choose a sharper photo.</source>
        <translation>{name} tampak buram: kamera mungkin bergerak. Pembaca mungkin tidak dapat melihatnya dengan jelas. Tetap lampirkan, atau pilih foto yang lebih tajam.</translation>
    </message>
</context>
<context>
    <name>Meta</name>
    <message>
        <source>The Facebook password was changed since the account was connected.</source>
        <translation>Sandi Facebook sudah diubah sejak akun ini disambungkan.</translation>
    </message>
    <message>
        <source>The app was removed from the Facebook account&apos;s settings.</source>
        <translation>Aplikasi ini sudah dihapus dari pengaturan akun Facebook.</translation>
    </message>
    <message>
        <source>The login has expired.</source>
        <translation>Login sudah kedaluwarsa.</translation>
    </message>
    <message>
        <source>The login is no longer valid.</source>
        <translation>Login sudah tidak berlaku.</translation>
    </message>
    <message>
        <source>{platform}: {reason} Reconnect the account on the Accounts page; the post stays in the queue.</source>
        <translation>{platform}: {reason} Sambungkan ulang akunnya di halaman Akun; postingan tetap di antrean.</translation>
    </message>
    <message>
        <source>{platform} says HumasDesk lacks a permission: {reason} Reconnect the account and allow every permission HumasDesk asks for.</source>
        <translation>Menurut {platform}, HumasDesk tidak memiliki izin: {reason} Sambungkan ulang akunnya dan berikan semua izin yang diminta HumasDesk.</translation>
    </message>
    <message>
        <source>{platform} asks HumasDesk to slow down ({reason}). It will try again later.</source>
        <translation>{platform} meminta HumasDesk memperlambat pengiriman ({reason}). HumasDesk akan mencoba lagi nanti.</translation>
    </message>
    <message>
        <source>{platform} had a temporary problem (HTTP {status}). HumasDesk will try again.</source>
        <translation>{platform} mengalami masalah sementara (HTTP {status}). HumasDesk akan mencoba lagi.</translation>
    </message>
    <message>
        <source>{platform}&apos;s answer was not understood (HTTP {status}). HumasDesk will try again.</source>
        <translation>Jawaban {platform} tidak dapat dipahami (HTTP {status}). HumasDesk akan mencoba lagi.</translation>
    </message>
    <message>
        <source>Facebook answered the token exchange without a token. Try connecting again.</source>
        <translation>Facebook menjawab pertukaran token tanpa memberikan token. Coba sambungkan lagi.</translation>
    </message>
    <message>
        <source>{platform} answered the login without a token. Try connecting again.</source>
        <translation>{platform} menjawab login tanpa memberikan token. Coba sambungkan lagi.</translation>
    </message>
    <message>
        <source>Type the Meta app&apos;s App ID (digits only; Meta for Developers, your app, App settings, Basic).</source>
        <translation>Ketik App ID aplikasi Meta (hanya angka; Meta for Developers, aplikasi Anda, App settings, Basic).</translation>
    </message>
    <message>
        <source>Paste the Meta app&apos;s App secret (App settings, Basic). HumasDesk keeps it in the system keyring only.</source>
        <translation>Tempelkan App secret aplikasi Meta (App settings, Basic). HumasDesk menyimpannya hanya di keyring sistem.</translation>
    </message>
    <message>
        <source>Give the redirect address registered in the Meta app (Facebook Login, Settings, Valid OAuth Redirect URIs), or let HumasDesk receive the login itself.</source>
        <translation>Berikan alamat pengalihan (redirect) yang terdaftar di aplikasi Meta (Facebook Login, Settings, Valid OAuth Redirect URIs), atau biarkan HumasDesk menerima login itu sendiri.</translation>
    </message>
    <message>
        <source>This Facebook user manages no page that {platform} can use. Log in as a person with a role on the hospital&apos;s page.</source>
        <translation>Pengguna Facebook ini tidak mengelola Halaman yang bisa dipakai {platform}. Masuk sebagai orang yang punya peran di Halaman rumah sakit.</translation>
    </message>
    <message>
        <source>This Facebook user does not manage the page {page}.</source>
        <translation>Pengguna Facebook ini tidak mengelola Halaman {page}.</translation>
    </message>
    <message>
        <source>No page was chosen, so nothing was connected.</source>
        <translation>Tidak ada Halaman yang dipilih, jadi tidak ada yang disambungkan.</translation>
    </message>
    <message>
        <source>This Facebook user manages several pages: {pages}. Choose one.</source>
        <translation>Pengguna Facebook ini mengelola beberapa Halaman: {pages}. Pilih salah satu.</translation>
    </message>
    <message>
        <source>{platform} no longer allows an answer to this person in {channel} (the time to reply has passed, or they cannot receive messages now). Nothing was sent.</source>
        <translation>{platform} tidak lagi mengizinkan balasan kepada orang ini di {channel} (batas waktu membalas sudah lewat, atau ia tidak dapat menerima pesan saat ini). Tidak ada yang dikirim.</translation>
    </message>
    <message>
        <source>{platform} did not say who sent this message, so it cannot be answered here.</source>
        <translation>{platform} tidak menyebutkan pengirim pesan ini, sehingga pesan ini tidak dapat dibalas di sini.</translation>
    </message>
    <message>
        <source>{platform} did not say whether the message was sent.</source>
        <translation>{platform} tidak menyebutkan apakah pesan sudah terkirim.</translation>
    </message>
    <message>
        <source>{platform} cannot load this post, nor the account it belongs to: HumasDesk has lost a permission (or access to the page). The post is not marked as deleted. Reconnect the account and allow every permission HumasDesk asks for.</source>
        <translation>{platform} tidak dapat memuat unggahan ini, juga tidak dapat memuat akun pemiliknya: HumasDesk kehilangan izin (atau akses ke halaman). Unggahan tidak ditandai sebagai terhapus. Hubungkan ulang akun dan izinkan semua izin yang diminta HumasDesk.</translation>
    </message>
    <message>
        <source>{platform} no longer serves the figure “{metric}” (Meta retired or refused it); the other figures still arrive.</source>
        <translation>{platform} tidak lagi menyediakan angka “{metric}” (Meta menghentikan atau menolaknya); angka lainnya tetap masuk.</translation>
    </message>
    <message>
        <source>{platform} gives no figure “{metric}” for this post: {reason}</source>
        <translation>{platform} tidak memberi angka “{metric}” untuk unggahan ini: {reason}</translation>
    </message>
    <message>
        <source>{platform} sent no figure “{metric}” for this post.</source>
        <translation>{platform} tidak mengirim angka “{metric}” untuk unggahan ini.</translation>
    </message>
</context>
<context>
    <name>OAuth</name>
    <message>
        <source>The answer from the browser does not belong to the login HumasDesk started, so it was refused and nothing was saved. Start connecting the account again.</source>
        <translation>Jawaban dari browser bukan milik login yang dimulai HumasDesk, jadi ditolak dan tidak ada yang disimpan. Sambungkan ulang akunnya dari awal.</translation>
    </message>
    <message>
        <source>Access was not allowed on the login page, so the account was not connected.</source>
        <translation>Akses tidak diizinkan di halaman login, jadi akun tidak tersambung.</translation>
    </message>
    <message>
        <source>The login page reported a problem: {reason}</source>
        <translation>Halaman login melaporkan masalah: {reason}</translation>
    </message>
    <message>
        <source>The browser came back without an authorization code. Start connecting the account again.</source>
        <translation>Browser kembali tanpa kode otorisasi. Sambungkan ulang akunnya dari awal.</translation>
    </message>
    <message>
        <source>No code was pasted.</source>
        <translation>Belum ada kode yang ditempelkan.</translation>
    </message>
    <message>
        <source>That does not look like an authorization code: codes have no spaces. Copy the code again from the login page.</source>
        <translation>Itu tidak tampak seperti kode otorisasi: kode tidak mengandung spasi. Salin lagi kodenya dari halaman login.</translation>
    </message>
    <message>
        <source>Paste the whole address the browser shows after you allowed access, not just the code.</source>
        <translation>Tempelkan seluruh alamat yang ditampilkan browser setelah Anda mengizinkan akses, bukan hanya kodenya.</translation>
    </message>
    <message>
        <source>Nothing here.</source>
        <translation>Tidak ada apa-apa di sini.</translation>
    </message>
    <message>
        <source>HumasDesk could not listen for the browser&apos;s answer on this computer ({reason}). Connect with a pasted code instead.</source>
        <translation>HumasDesk tidak dapat menunggu jawaban browser di komputer ini ({reason}). Sambungkan dengan menempelkan kode saja.</translation>
    </message>
    <message>
        <source>This login is already finished. You can close this page.</source>
        <translation>Login ini sudah selesai. Anda bisa menutup halaman ini.</translation>
    </message>
    <message>
        <source>HumasDesk received the permission. You can close this page and return to HumasDesk.</source>
        <translation>HumasDesk sudah menerima izin. Anda bisa menutup halaman ini dan kembali ke HumasDesk.</translation>
    </message>
    <message>
        <source>Connecting was cancelled. Nothing was saved.</source>
        <translation>Penyambungan dibatalkan. Tidak ada yang disimpan.</translation>
    </message>
    <message>
        <source>The browser did not come back to HumasDesk in time. Start connecting the account again, or paste the code instead.</source>
        <translation>Browser tidak kembali ke HumasDesk tepat waktu. Sambungkan ulang akunnya dari awal, atau tempelkan kodenya saja.</translation>
    </message>
    <message>
        <source>There is no way to receive the code: HumasDesk needs either the browser&apos;s answer or a pasted code.</source>
        <translation>Tidak ada cara untuk menerima kode: HumasDesk memerlukan jawaban dari browser atau kode yang ditempelkan.</translation>
    </message>
    <message>
        <source>The login server {host} had a problem (HTTP {status}). Try connecting again in a moment.</source>
        <translation>Server login {host} mengalami masalah (HTTP {status}). Coba sambungkan lagi sebentar lagi.</translation>
    </message>
    <message>
        <source>The login server {host} answered with something HumasDesk does not understand. Try connecting again.</source>
        <translation>Server login {host} menjawab dengan sesuatu yang tidak dipahami HumasDesk. Coba sambungkan lagi.</translation>
    </message>
    <message>
        <source>The login server did not accept the authorization: {reason}. Start connecting the account again.</source>
        <translation>Server login tidak menerima otorisasi: {reason}. Sambungkan ulang akunnya dari awal.</translation>
    </message>
    <message>
        <source>The login server {host} answered without a token. Try connecting again.</source>
        <translation>Server login {host} menjawab tanpa memberikan token. Coba sambungkan lagi.</translation>
    </message>
</context>
<context>
    <name>Palette</name>
    <message>
        <source>Find an action</source>
        <translation>Cari tindakan</translation>
    </message>
    <message>
        <source>the action finder</source>
        <translation>pencari tindakan</translation>
    </message>
    <message>
        <source>&amp;Type part of the action’s name:</source>
        <translation>&amp;Ketik sebagian nama tindakan:</translation>
    </message>
    <message>
        <source>Down arrow moves into the list; Enter runs the action; Escape closes.</source>
        <translation>Tombol panah bawah berpindah ke daftar; Enter menjalankan tindakan; Escape menutup.</translation>
    </message>
    <message>
        <source>the actions</source>
        <translation>daftar tindakan</translation>
    </message>
    <message>
        <source>&amp;Actions:</source>
        <translation>&amp;Tindakan:</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) found.</source>
        <translation>
            <numerusform>%n tindakan ditemukan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pictures</name>
    <message>
        <source>No pictures folder is chosen yet. Choose it on the Settings page.</source>
        <translation>Folder gambar belum dipilih. Pilih di halaman Pengaturan.</translation>
    </message>
    <message>
        <source>The pictures folder {folder} is not there. Choose it again on the Settings page.</source>
        <translation>Folder gambar {folder} tidak ada. Pilih lagi di halaman Pengaturan.</translation>
    </message>
    <message>
        <source>The pictures folder {folder} cannot be read: {reason}</source>
        <translation>Folder gambar {folder} tidak dapat dibaca: {reason}</translation>
    </message>
    <message>
        <source>{n} MB</source>
        <translation>{n} MB</translation>
    </message>
    <message>
        <source>{n} KB</source>
        <translation>{n} KB</translation>
    </message>
    <message>
        <source>The pasted picture cannot be saved: {reason}</source>
        <translation>Gambar yang ditempel tidak dapat disimpan: {reason}</translation>
    </message>
    <message>
        <source>Pasted picture saved.</source>
        <translation>Gambar yang ditempel telah disimpan.</translation>
    </message>
    <message>
        <source>Pictures folder</source>
        <translation>Folder gambar</translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) in {folder}, newest first. Up and Down go through them, Enter attaches the one you are on, Escape closes.</source>
        <translation>
            <numerusform>%n gambar di {folder}, terbaru lebih dulu. Panah Atas dan Bawah untuk menelusuri, Enter melampirkan gambar yang dipilih, Escape menutup.</numerusform>
        </translation>
    </message>
    <message>
        <source>the pictures</source>
        <translation>daftar gambar</translation>
    </message>
    <message>
        <source>{name}, {time}, {size}</source>
        <translation>{name}, {time}, {size}</translation>
    </message>
    <message>
        <source>&amp;Pictures:</source>
        <translation>&amp;Gambar:</translation>
    </message>
    <message numerus="yes">
        <source>%n new picture(s) in the folder.</source>
        <translation>
            <numerusform>%n gambar baru di folder.</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no pictures in {folder}.</source>
        <translation>Tidak ada gambar di {folder}.</translation>
    </message>
    <message>
        <source>Blurry photo</source>
        <translation>Foto buram</translation>
    </message>
    <message>
        <source>&amp;Attach anyway</source>
        <translation>&amp;Tetap lampirkan</translation>
    </message>
    <message>
        <source>&amp;Leave it out</source>
        <translation>&amp;Jangan lampirkan</translation>
    </message>
</context>
<context>
    <name>PlatformError</name>
    <message>
        <source>The login for this account has expired or was revoked. Reconnect the account on the Accounts page.</source>
        <translation>Login akun ini sudah kedaluwarsa atau dicabut. Sambungkan ulang akunnya di halaman Akun.</translation>
    </message>
    <message>
        <source>The platform asks us to wait before trying again. Try again later.</source>
        <translation>Platform meminta kita menunggu sebelum mencoba lagi. Coba lagi nanti.</translation>
    </message>
    <message>
        <source>The platform asks us to slow down. HumasDesk will try again when it allows.</source>
        <translation>Platform meminta pengiriman diperlambat. HumasDesk akan mencoba lagi saat diizinkan.</translation>
    </message>
    <message>
        <source>The platform refused the login: {reason}</source>
        <translation>Platform menolak login: {reason}</translation>
    </message>
    <message>
        <source>The platform refused the post: {reason}</source>
        <translation>Platform menolak postingan: {reason}</translation>
    </message>
    <message>
        <source>The platform could not be reached. Try again in a moment.</source>
        <translation>Platform tidak dapat dihubungi. Coba lagi sebentar lagi.</translation>
    </message>
    <message>
        <source>The platform could not be reached. HumasDesk will try again.</source>
        <translation>Platform tidak dapat dihubungi. HumasDesk akan mencoba lagi.</translation>
    </message>
    <message>
        <source>The connection broke while sending; it is not known whether the post went out. Check the account before sending it again.</source>
        <translation>Koneksi terputus saat mengirim; tidak diketahui apakah postingan sudah terbit. Periksa akunnya sebelum mengirim lagi.</translation>
    </message>
    <message>
        <source>The server address is not valid. Check it on the Accounts page.</source>
        <translation>Alamat server tidak valid. Periksa di halaman Akun.</translation>
    </message>
    <message>
        <source>The connection to {host} is not secure: its certificate could not be verified. Nothing was sent.</source>
        <translation>Koneksi ke {host} tidak aman: sertifikatnya tidak dapat diverifikasi. Tidak ada yang dikirim.</translation>
    </message>
    <message>
        <source>Could not connect to {host}. Check the internet connection and the server address; {retry}</source>
        <translation>Tidak dapat tersambung ke {host}. Periksa koneksi internet dan alamat server; {retry}</translation>
    </message>
    <message>
        <source>The connection to {host} broke while sending. Nothing was published; {retry}</source>
        <translation>Koneksi ke {host} terputus saat mengirim. Belum ada yang diterbitkan; {retry}</translation>
    </message>
    <message>
        <source>{host} did not answer in time, or its answer was cut off. {retry}</source>
        <translation>{host} tidak menjawab tepat waktu, atau jawabannya terpotong. {retry}</translation>
    </message>
    <message>
        <source>{host} answered the post, but the answer was cut off, so it is not known whether the post went out. HumasDesk looks for it before sending again.</source>
        <translation>{host} menjawab postingan, tetapi jawabannya terpotong, jadi tidak diketahui apakah postingan sudah terbit. HumasDesk mencarinya dahulu sebelum mengirim lagi.</translation>
    </message>
    <message>
        <source>The exchange with {host} failed. {retry}</source>
        <translation>Pertukaran data dengan {host} gagal. {retry}</translation>
    </message>
    <message>
        <source>Try again in a moment.</source>
        <translation>Coba lagi sebentar lagi.</translation>
    </message>
    <message>
        <source>HumasDesk will try again.</source>
        <translation>HumasDesk akan mencoba lagi.</translation>
    </message>
    <message>
        <source>{host} did not finish answering within {seconds} seconds, so HumasDesk stopped waiting. It is not known whether the post went out; HumasDesk looks for it before sending again.</source>
        <translation>{host} tidak selesai menjawab dalam {seconds} detik, jadi HumasDesk berhenti menunggu. Tidak diketahui apakah postingan sudah terbit; HumasDesk mencarinya dahulu sebelum mengirim lagi.</translation>
    </message>
    <message>
        <source>{host} did not finish answering within {seconds} seconds, so HumasDesk stopped waiting. {retry}</source>
        <translation>{host} tidak selesai menjawab dalam {seconds} detik, jadi HumasDesk berhenti menunggu. {retry}</translation>
    </message>
    <message>
        <source>Sending took longer than {minutes} minutes, so HumasDesk stopped. Part of the post may have gone out; HumasDesk looks for it before sending again.</source>
        <translation>Pengiriman memakan waktu lebih dari {minutes} menit, jadi HumasDesk menghentikannya. Sebagian postingan mungkin sudah terbit; HumasDesk mencarinya dahulu sebelum mengirim lagi.</translation>
    </message>
    <message>
        <source>Sending took longer than {minutes} minutes, so HumasDesk stopped. Nothing was published; {retry}</source>
        <translation>Pengiriman memakan waktu lebih dari {minutes} menit, jadi HumasDesk menghentikannya. Belum ada yang diterbitkan; {retry}</translation>
    </message>
    <message>
        <source>{host} answered the post with more than {size} MB, so HumasDesk stopped reading. It is not known whether the post went out; HumasDesk looks for it before sending again.</source>
        <translation>{host} menjawab postingan dengan lebih dari {size} MB, jadi HumasDesk berhenti membacanya. Tidak diketahui apakah postingan sudah terbit; HumasDesk mencarinya dahulu sebelum mengirim lagi.</translation>
    </message>
    <message>
        <source>{host} answered with more than {size} MB, which is not a normal answer, so HumasDesk stopped reading. {retry}</source>
        <translation>{host} menjawab dengan lebih dari {size} MB, yang bukan jawaban wajar, jadi HumasDesk berhenti membacanya. {retry}</translation>
    </message>
    <message>
        <source>{host} answered that this address has moved to {target} (HTTP {status}). Nothing was sent there. Check the server address on the Accounts page.</source>
        <translation>{host} menjawab bahwa alamat ini sudah pindah ke {target} (HTTP {status}). Tidak ada yang dikirim ke sana. Periksa alamat server di halaman Akun.</translation>
    </message>
    <message>
        <source>{host} answered that this address has moved (HTTP {status}). Nothing was sent there. Check the server address on the Accounts page.</source>
        <translation>{host} menjawab bahwa alamat ini sudah pindah (HTTP {status}). Tidak ada yang dikirim ke sana. Periksa alamat server di halaman Akun.</translation>
    </message>
    <message>
        <source>{site} asks us to wait until {time}. Try again then.</source>
        <translation>{site} meminta kita menunggu sampai {time}. Coba lagi pada waktu itu.</translation>
    </message>
    <message>
        <source>{site} asks us to wait until {time}; HumasDesk will try again then.</source>
        <translation>{site} meminta kita menunggu sampai {time}; HumasDesk akan mencoba lagi pada waktu itu.</translation>
    </message>
    <message>
        <source>{site} answered the post (HTTP {status}), but the answer could not be read, so it is not known whether the post went out. HumasDesk looks for it before sending again.</source>
        <translation>{site} menjawab postingan (HTTP {status}), tetapi jawabannya tidak dapat dibaca, jadi tidak diketahui apakah postingan sudah terbit. HumasDesk mencarinya dahulu sebelum mengirim lagi.</translation>
    </message>
    <message>
        <source>The answer from {site} was not understood. {retry}</source>
        <translation>Jawaban dari {site} tidak dapat dipahami. {retry}</translation>
    </message>
    <message>
        <source>{host} did not answer after the post was sent, so it is not known whether it went out. Check the account before sending it again.</source>
        <translation>{host} tidak menjawab setelah postingan dikirim, jadi tidak diketahui apakah postingan sudah terbit. Periksa akunnya sebelum mengirim lagi.</translation>
    </message>
</context>
<context>
    <name>Platforms</name>
    <message>
        <source>Local outbox</source>
        <translation>Kotak Keluar Lokal</translation>
    </message>
    <message>
        <source>Posts are saved as files in {folder}</source>
        <translation>Postingan disimpan sebagai berkas di {folder}</translation>
    </message>
    <message>
        <source>The post has no text.</source>
        <translation>Postingan ini tidak berisi teks.</translation>
    </message>
    <message>
        <source>The disk is full; the post was not written to the outbox. Free some space and try again.</source>
        <translation>Disk penuh; postingan tidak tertulis ke kotak keluar. Kosongkan sebagian ruang lalu coba lagi.</translation>
    </message>
    <message>
        <source>The outbox folder {folder} cannot be written: {reason}</source>
        <translation>Folder kotak keluar {folder} tidak dapat ditulisi: {reason}</translation>
    </message>
    <message>
        <source>Unknown platform: {platform}</source>
        <translation>Platform tidak dikenal: {platform}</translation>
    </message>
    <message>
        <source>Other site (posted by hand)</source>
        <translation>Situs lain (diposting manual)</translation>
    </message>
    <message>
        <source>Kompasiana (posted by hand)</source>
        <translation>Kompasiana (diposting manual)</translation>
    </message>
    <message>
        <source>Kaskus (posted by hand)</source>
        <translation>Kaskus (diposting manual)</translation>
    </message>
    <message>
        <source>Bluesky</source>
        <translation>Bluesky</translation>
    </message>
    <message>
        <source>Facebook page</source>
        <translation>Halaman Facebook</translation>
    </message>
    <message>
        <source>Instagram (professional account)</source>
        <translation>Instagram (akun profesional)</translation>
    </message>
    <message>
        <source>Mastodon</source>
        <translation>Mastodon</translation>
    </message>
    <message>
        <source>Telegram channel</source>
        <translation>Kanal Telegram</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Threads</translation>
    </message>
    <message>
        <source>HumasDesk has no saved login for this {platform} account. Connect it again on the Accounts page.</source>
        <translation>HumasDesk tidak menyimpan login untuk akun {platform} ini. Sambungkan ulang akunnya di halaman Akun.</translation>
    </message>
    <message>
        <source>The login does not expire.</source>
        <translation>Login ini tidak kedaluwarsa.</translation>
    </message>
    <message>
        <source>The login is valid until {time}.</source>
        <translation>Login ini berlaku sampai {time}.</translation>
    </message>
    <message>
        <source>The {platform} login has expired. Reconnect the account on the Accounts page; the post stays in the queue.</source>
        <translation>Login {platform} sudah kedaluwarsa. Sambungkan ulang akunnya di halaman Akun; postingan tetap di antrean.</translation>
    </message>
    <message>
        <source>WordPress site</source>
        <translation>Situs WordPress</translation>
    </message>
    <message>
        <source>X (Twitter)</source>
        <translation>X (Twitter)</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
</context>
<context>
    <name>PublishState</name>
    <message>
        <source>Draft</source>
        <translation>Draf</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Terjadwal</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Sedang dikirim</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Terbit</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Gagal</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Perlu diperiksa</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>Scheduled on the platform</source>
        <translation>Terjadwal di platform</translation>
    </message>
    <message>
        <source>Waiting for you to post it</source>
        <translation>Menunggu Anda mempostingnya</translation>
    </message>
</context>
<context>
    <name>Publishing</name>
    <message>
        <source>The post is empty. Write some text first.</source>
        <translation>Postingan masih kosong. Tulis teksnya dulu.</translation>
    </message>
    <message>
        <source>Choose at least one account.</source>
        <translation>Pilih setidaknya satu akun.</translation>
    </message>
    <message>
        <source>Unknown repeat: {value}</source>
        <translation>Pengulangan tidak dikenal: {value}</translation>
    </message>
    <message>
        <source>{time} is already past. Choose a time in the future.</source>
        <translation>{time} sudah lewat. Pilih waktu yang akan datang.</translation>
    </message>
    <message>
        <source>{account} has no queue times yet. Set them on the Accounts page.</source>
        <translation>{account} belum punya jam antrean. Atur di halaman Akun.</translation>
    </message>
    <message>
        <source>No free queue time in the next 60 days for {account}.</source>
        <translation>Tidak ada jam antrean yang kosong dalam 60 hari ke depan untuk {account}.</translation>
    </message>
    <message>
        <source>The text for “{account}” is empty or has only invisible characters.</source>
        <translation>Teks untuk “{account}” kosong atau hanya berisi karakter tak terlihat.</translation>
    </message>
    <message>
        <source>{account}: {problem}</source>
        <translation>{account}: {problem}</translation>
    </message>
    <message>
        <source>That account no longer exists.</source>
        <translation>Akun itu sudah tidak ada.</translation>
    </message>
    <message>
        <source>The account “{name}” cannot publish now: {state}.</source>
        <translation>Akun “{name}” tidak bisa menerbitkan sekarang: {state}.</translation>
    </message>
    <message>
        <source>That post no longer exists.</source>
        <translation>Postingan itu sudah tidak ada.</translation>
    </message>
    <message>
        <source>This post is {state}; that cannot be changed now.</source>
        <translation>Postingan ini berstatus {state}; itu tidak bisa diubah sekarang.</translation>
    </message>
    <message>
        <source>Publishing is paused: {reason} Nothing more is sent until HumasDesk can write to its data folder; the posts wait in the queue.</source>
        <translation>Penerbitan dijeda: {reason} Tidak ada lagi yang dikirim sampai HumasDesk bisa menulis ke folder datanya; postingan menunggu di antrean.</translation>
    </message>
    <message>
        <source>Published to {account}, but HumasDesk could not write that down: {reason} It will write it down once there is space, and will not send the post again.</source>
        <translation>Sudah terbit di {account}, tetapi HumasDesk tidak bisa mencatatnya: {reason} Catatan itu akan ditulis begitu ada ruang, dan postingan tidak akan dikirim lagi.</translation>
    </message>
    <message>
        <source>What {account} answered could not be written down: {reason} The post stays “Sending”; HumasDesk checks it on the platform before it sends anything again.</source>
        <translation>Jawaban dari {account} tidak bisa dicatat: {reason} Postingan tetap berstatus “Sedang dikirim”; HumasDesk memeriksanya di platform sebelum mengirim apa pun lagi.</translation>
    </message>
    <message>
        <source>{account} needs to be reconnected; its posts wait until then. {reason}</source>
        <translation>{account} perlu disambungkan ulang; postingannya menunggu sampai saat itu. {reason}</translation>
    </message>
    <message>
        <source>{account} asks us to wait until {time}; HumasDesk will try again then.</source>
        <translation>{account} meminta kita menunggu sampai {time}; HumasDesk akan mencoba lagi pada waktu itu.</translation>
    </message>
    <message>
        <source>Not published to {account} after {n} tries: {reason}</source>
        <translation>Tidak terbit di {account} setelah {n} kali percobaan: {reason}</translation>
    </message>
    <message>
        <source>{account} could not be reached; trying again at {time}.</source>
        <translation>{account} tidak dapat dihubungi; dicoba lagi pada {time}.</translation>
    </message>
    <message>
        <source>Not published to {account}: {reason}</source>
        <translation>Tidak terbit di {account}: {reason}</translation>
    </message>
    <message>
        <source>The post for {account} was due at {time} but was not sent then. Publish it now, reschedule or cancel it.</source>
        <translation>Postingan untuk {account} seharusnya terbit pada {time}, tetapi saat itu tidak terkirim. Terbitkan sekarang, jadwalkan ulang, atau batalkan.</translation>
    </message>
    <message>
        <source>Checking whether the reply reached {account}; HumasDesk will look again.</source>
        <translation>Sedang memeriksa apakah balasan sampai di {account}; HumasDesk akan memeriksa lagi.</translation>
    </message>
    <message>
        <source>Checking whether the post reached {account}; HumasDesk will look again.</source>
        <translation>Sedang memeriksa apakah postingan sampai di {account}; HumasDesk akan memeriksa lagi.</translation>
    </message>
    <message>
        <source>Sending to {account} again with the same key; the platform ignores a repeat of it, so the reply cannot appear twice.</source>
        <translation>Mengirim lagi ke {account} dengan kunci yang sama; platform mengabaikan kiriman ulang dengan kunci itu, jadi balasan tidak mungkin muncul dua kali.</translation>
    </message>
    <message>
        <source>Sending to {account} again with the same key; the platform ignores a repeat of it, so the post cannot appear twice.</source>
        <translation>Mengirim lagi ke {account} dengan kunci yang sama; platform mengabaikan kiriman ulang dengan kunci itu, jadi postingan tidak mungkin muncul dua kali.</translation>
    </message>
    <message>
        <source>The reply was not found on {account}, so HumasDesk sends it again.</source>
        <translation>Balasan tidak ditemukan di {account}, jadi HumasDesk mengirimnya lagi.</translation>
    </message>
    <message>
        <source>The post was not found on {account}, so HumasDesk sends it again.</source>
        <translation>Postingan tidak ditemukan di {account}, jadi HumasDesk mengirimnya lagi.</translation>
    </message>
    <message>
        <source>It is not known whether the reply reached {account}. Check the conversation, then mark it published or send it again.</source>
        <translation>Tidak diketahui apakah balasan sampai di {account}. Periksa percakapannya, lalu tandai sudah terbit atau kirim lagi.</translation>
    </message>
    <message>
        <source>It is not known whether the post reached {account}. Check the account, then mark it published or send it again.</source>
        <translation>Tidak diketahui apakah postingan sampai di {account}. Periksa akunnya, lalu tandai sudah terbit atau kirim lagi.</translation>
    </message>
    <message>
        <source>{account} will publish it itself at {time}, even if this computer is off.</source>
        <translation>{account} akan menerbitkannya sendiri pada {time}, meskipun komputer ini mati.</translation>
    </message>
    <message>
        <source>Something went wrong inside HumasDesk while sending; check the account before sending again.</source>
        <translation>Terjadi kesalahan di dalam HumasDesk saat mengirim; periksa akunnya sebelum mengirim lagi.</translation>
    </message>
    <message>
        <source>Published to {account}.</source>
        <translation>Terbit di {account}.</translation>
    </message>
</context>
<context>
    <name>Queue</name>
    <message>
        <source>{state}, {account}, {time}: {text}</source>
        <translation>{state}, {account}, {time}: {text}</translation>
    </message>
    <message>
        <source>repeats every week</source>
        <translation>berulang setiap minggu</translation>
    </message>
    <message>
        <source>Reschedule</source>
        <translation>Jadwalkan ulang</translation>
    </message>
    <message>
        <source>the new time</source>
        <translation>waktu baru</translation>
    </message>
    <message>
        <source>New time for: {text}</source>
        <translation>Waktu baru untuk: {text}</translation>
    </message>
    <message>
        <source>the queue page</source>
        <translation>halaman antrean</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Antrean</translation>
    </message>
    <message>
        <source>All posts</source>
        <translation>Semua postingan</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Yang akan datang</translation>
    </message>
    <message>
        <source>Failed or waiting for you</source>
        <translation>Gagal atau menunggu Anda</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Terbit</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Daftar</translation>
    </message>
    <message>
        <source>Agenda by day</source>
        <translation>Agenda per hari</translation>
    </message>
    <message>
        <source>Agenda by week</source>
        <translation>Agenda per minggu</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Tampilkan:</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>&amp;Akun:</translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation>&amp;Mode tampilan:</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Semua akun</translation>
    </message>
    <message>
        <source>waiting for the platform’s answer</source>
        <translation>menunggu jawaban platform</translation>
    </message>
    <message>
        <source>Week of {day}</source>
        <translation>Pekan mulai {day}</translation>
    </message>
    <message numerus="yes">
        <source>%n post(s)</source>
        <translation>
            <numerusform>%n postingan</numerusform>
        </translation>
    </message>
    <message>
        <source>The change to the post on {account} failed unexpectedly ({reason}).</source>
        <translation>Perubahan postingan di {account} gagal karena kesalahan yang tidak terduga ({reason}).</translation>
    </message>
    <message>
        <source>Please confirm</source>
        <translation>Mohon konfirmasi</translation>
    </message>
    <message>
        <source>Publish this post to {account} now?</source>
        <translation>Terbitkan postingan ini ke {account} sekarang?</translation>
    </message>
    <message>
        <source>Publishing to {account} now.</source>
        <translation>Sedang menerbitkan ke {account}.</translation>
    </message>
    <message>
        <source>Taking the post back from {account} to publish it now…</source>
        <translation>Mengambil kembali postingan dari {account} untuk diterbitkan sekarang…</translation>
    </message>
    <message>
        <source>Rescheduled for {time}.</source>
        <translation>Dijadwalkan ulang pada {time}.</translation>
    </message>
    <message>
        <source>Moving the post on {account} to the new time…</source>
        <translation>Memindahkan postingan di {account} ke waktu yang baru…</translation>
    </message>
    <message>
        <source>Cancel this post to {account}? You can reschedule it later.</source>
        <translation>Batalkan postingan ini ke {account}? Anda bisa menjadwalkannya ulang nanti.</translation>
    </message>
    <message>
        <source>Post cancelled.</source>
        <translation>Postingan dibatalkan.</translation>
    </message>
    <message>
        <source>Cancelling the post on {account}…</source>
        <translation>Membatalkan postingan di {account}…</translation>
    </message>
    <message>
        <source>Marked as published.</source>
        <translation>Ditandai sudah terbit.</translation>
    </message>
    <message>
        <source>Taking the post back from {account} to edit it…</source>
        <translation>Mengambil kembali postingan dari {account} untuk diedit…</translation>
    </message>
    <message>
        <source>the queue</source>
        <translation>antrean</translation>
    </message>
    <message>
        <source>&amp;Posts:</source>
        <translation>&amp;Postingan:</translation>
    </message>
    <message>
        <source>Nothing here yet. Posts you publish or schedule appear in this list.</source>
        <translation>Belum ada apa-apa. Postingan yang Anda terbitkan atau jadwalkan akan muncul di daftar ini.</translation>
    </message>
</context>
<context>
    <name>ReplyTemplates</name>
    <message>
        <source>Still to fill in: {fields}</source>
        <translation>Masih perlu diisi: {fields}</translation>
    </message>
    <message>
        <source>Thanks (Indonesian)</source>
        <translation>Ucapan terima kasih (Bahasa Indonesia)</translation>
    </message>
    <message>
        <source>Thanks (English)</source>
        <translation>Ucapan terima kasih (Bahasa Inggris)</translation>
    </message>
    <message>
        <source>Apology for a complaint (Indonesian)</source>
        <translation>Permohonan maaf atas keluhan (Bahasa Indonesia)</translation>
    </message>
    <message>
        <source>Apology for a complaint (English)</source>
        <translation>Permohonan maaf atas keluhan (Bahasa Inggris)</translation>
    </message>
    <message>
        <source>Emergency (Indonesian)</source>
        <translation>Keadaan darurat (Bahasa Indonesia)</translation>
    </message>
    <message>
        <source>Emergency (English)</source>
        <translation>Keadaan darurat (Bahasa Inggris)</translation>
    </message>
    <message>
        <source>Where to find it (Indonesian)</source>
        <translation>Tempat informasinya (Bahasa Indonesia)</translation>
    </message>
    <message>
        <source>Where to find it (English)</source>
        <translation>Tempat informasinya (Bahasa Inggris)</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>January</source>
        <translation>Januari</translation>
    </message>
    <message>
        <source>February</source>
        <translation>Februari</translation>
    </message>
    <message>
        <source>March</source>
        <translation>Maret</translation>
    </message>
    <message>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Mei</translation>
    </message>
    <message>
        <source>June</source>
        <translation>Juni</translation>
    </message>
    <message>
        <source>July</source>
        <translation>Juli</translation>
    </message>
    <message>
        <source>August</source>
        <translation>Agustus</translation>
    </message>
    <message>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <source>October</source>
        <translation>Oktober</translation>
    </message>
    <message>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <source>December</source>
        <translation>Desember</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>tidak diketahui</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n menit</numerusform>
        </translation>
    </message>
    <message>
        <source>{hours} hours</source>
        <translation>{hours} jam</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n hari</numerusform>
        </translation>
    </message>
    <message>
        <source>Weekly social media report</source>
        <translation>Laporan mingguan media sosial</translation>
    </message>
    <message>
        <source>{start} to {end} ({zone})</source>
        <translation>{start} sampai {end} ({zone})</translation>
    </message>
    <message>
        <source>{posts} posts published, with {reactions} reactions in all.</source>
        <translation>{posts} unggahan terbit, dengan total {reactions} reaksi.</translation>
    </message>
    <message>
        <source>Followers changed by {change} across the accounts with figures.</source>
        <translation>Jumlah pengikut berubah {change} pada akun-akun yang memiliki angka.</translation>
    </message>
    <message>
        <source>No follower figures for this week yet.</source>
        <translation>Belum ada angka pengikut untuk minggu ini.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <source>Posts per platform</source>
        <translation>Unggahan per platform</translation>
    </message>
    <message>
        <source>Reactions per platform</source>
        <translation>Reaksi per platform</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Unggahan</translation>
    </message>
    <message>
        <source>Reactions</source>
        <translation>Reaksi</translation>
    </message>
    <message>
        <source>Reactions per post</source>
        <translation>Reaksi per unggahan</translation>
    </message>
    <message>
        <source>Follower change</source>
        <translation>Perubahan pengikut</translation>
    </message>
    <message>
        <source>Follower change per account</source>
        <translation>Perubahan pengikut per akun</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Akun</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Akun</translation>
    </message>
    <message>
        <source>Followers at the start</source>
        <translation>Pengikut di awal</translation>
    </message>
    <message>
        <source>Followers at the end</source>
        <translation>Pengikut di akhir</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Perubahan</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Peringkat</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Unggahan</translation>
    </message>
    <message>
        <source>Top posts</source>
        <translation>Unggahan teratas</translation>
    </message>
    <message>
        <source>No post of this week has figures yet.</source>
        <translation>Belum ada unggahan minggu ini yang memiliki angka.</translation>
    </message>
    <message>
        <source>Weakest posts</source>
        <translation>Unggahan terlemah</translation>
    </message>
    <message>
        <source>Not available: complaints from the inbox are not part of this report yet.</source>
        <translation>Tidak tersedia: keluhan dari kotak masuk belum menjadi bagian laporan ini.</translation>
    </message>
    <message>
        <source>No complaint came in this week.</source>
        <translation>Tidak ada keluhan yang masuk minggu ini.</translation>
    </message>
    <message>
        <source>{received} complaints received, {answered} answered.</source>
        <translation>{received} keluhan diterima, {answered} dijawab.</translation>
    </message>
    <message>
        <source>Median time to the first answer: {time}.</source>
        <translation>Median waktu sampai jawaban pertama: {time}.</translation>
    </message>
    <message>
        <source>No complaint was answered this week.</source>
        <translation>Tidak ada keluhan yang dijawab minggu ini.</translation>
    </message>
    <message>
        <source>Longest time to the first answer: {time}.</source>
        <translation>Waktu terlama sampai jawaban pertama: {time}.</translation>
    </message>
    <message>
        <source>{urgent} of them urgent (emergencies), {answered} answered.</source>
        <translation>{urgent} di antaranya mendesak (darurat), {answered} dijawab.</translation>
    </message>
    <message>
        <source>Median time to answer an emergency: {time}.</source>
        <translation>Median waktu menjawab keadaan darurat: {time}.</translation>
    </message>
    <message>
        <source>Complaints received and answered</source>
        <translation>Keluhan diterima dan dijawab</translation>
    </message>
    <message>
        <source>The report is written as PDF or HTML: give a file name ending in .pdf or .html.</source>
        <translation>Laporan ditulis sebagai PDF atau HTML: berikan nama berkas yang berakhiran .pdf atau .html.</translation>
    </message>
    <message>
        <source>The report could not be written to {path}: {reason}</source>
        <translation>Laporan tidak dapat ditulis ke {path}: {reason}</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>Check before it goes out</source>
        <translation>Periksa sebelum terbit</translation>
    </message>
    <message>
        <source>Tab moves through each account&apos;s text. Enter confirms; Escape goes back to editing.</source>
        <translation>Tombol Tab berpindah ke teks setiap akun. Enter mengonfirmasi; Escape kembali untuk mengedit.</translation>
    </message>
    <message>
        <source>the review</source>
        <translation>pratinjau</translation>
    </message>
    <message>
        <source>Back to editing</source>
        <translation>Kembali mengedit</translation>
    </message>
    <message>
        <source>To {account}</source>
        <translation>Untuk {account}</translation>
    </message>
    <message>
        <source>a thread of {n} parts</source>
        <translation>utas {n} bagian</translation>
    </message>
    <message>
        <source>Images: {descriptions}</source>
        <translation>Gambar: {descriptions}</translation>
    </message>
    <message>
        <source>Read aloud the text for {account}</source>
        <translation>Bacakan teks untuk {account}</translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <source>HumasDesk keeps passwords and tokens only in the system keyring, and no keyring is available in this session. Install and start a Secret Service keyring, such as GNOME Keyring (the gnome-keyring package) or KWallet, log in to the desktop again, and try again. Nothing was saved.</source>
        <translation>HumasDesk menyimpan sandi dan token hanya di keyring sistem, dan tidak ada keyring yang tersedia di sesi ini. Pasang dan jalankan keyring Secret Service, seperti GNOME Keyring (paket gnome-keyring) atau KWallet, masuk lagi ke desktop, lalu coba lagi. Tidak ada yang disimpan.</translation>
    </message>
    <message>
        <source>HumasDesk keeps passwords and tokens only in the system keyring, and the system keyring cannot be used. Nothing was saved.</source>
        <translation>HumasDesk menyimpan sandi dan token hanya di keyring sistem, dan keyring sistem tidak dapat dipakai. Tidak ada yang disimpan.</translation>
    </message>
    <message>
        <source>The system keyring is locked. Unlock it (log in to the desktop, or open the keyring in Passwords and Keys or KWallet Manager), then try again. Nothing was saved.</source>
        <translation>Keyring sistem terkunci. Buka kuncinya (masuk ke desktop, atau buka keyring di Passwords and Keys atau KWallet Manager), lalu coba lagi. Tidak ada yang disimpan.</translation>
    </message>
    <message>
        <source>The keyring is set to the null backend, which throws every password away. Remove that setting (PYTHON_KEYRING_BACKEND or keyringrc.cfg) so the system keyring is used. Nothing was saved.</source>
        <translation>Keyring diatur ke backend null, yang membuang setiap sandi. Hapus pengaturan itu (PYTHON_KEYRING_BACKEND atau keyringrc.cfg) agar keyring sistem yang dipakai. Tidak ada yang disimpan.</translation>
    </message>
    <message>
        <source>The configured keyring would keep passwords in a plain file or ask for them on a terminal; HumasDesk does not use it. Configure the system keyring (GNOME Keyring or KWallet) instead. Nothing was saved.</source>
        <translation>Keyring yang diatur akan menyimpan sandi di berkas biasa atau memintanya di terminal; HumasDesk tidak memakainya. Atur keyring sistem (GNOME Keyring atau KWallet) sebagai gantinya. Tidak ada yang disimpan.</translation>
    </message>
    <message>
        <source>The system keyring did not answer as expected ({reason}). Check that it is running and unlocked, then try again. Nothing was saved.</source>
        <translation>Keyring sistem tidak menjawab seperti yang diharapkan ({reason}). Pastikan keyring sedang berjalan dan tidak terkunci, lalu coba lagi. Tidak ada yang disimpan.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>“{value}” is not one of: {allowed}</source>
        <translation>“{value}” bukan salah satu dari: {allowed}</translation>
    </message>
    <message>
        <source>Choose a number from {low} to {high}.</source>
        <translation>Pilih angka dari {low} sampai {high}.</translation>
    </message>
    <message>
        <source>Choose on or off.</source>
        <translation>Pilih aktif atau nonaktif.</translation>
    </message>
    <message>
        <source>The shortcut list is damaged.</source>
        <translation>Daftar pintasan rusak.</translation>
    </message>
    <message>
        <source>Write a web address that starts with https://, for example https://huggingface.co</source>
        <translation>Tulis alamat web yang diawali https://, misalnya https://huggingface.co</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Sama dengan sistem</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Bahasa:</translation>
    </message>
    <message>
        <source>Display and language</source>
        <translation>Tampilan dan bahasa</translation>
    </message>
    <message>
        <source>Dark, high contrast</source>
        <translation>Gelap, kontras tinggi</translation>
    </message>
    <message>
        <source>Light, high contrast</source>
        <translation>Terang, kontras tinggi</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>Shortcut for “{action}”</source>
        <translation>Pintasan untuk “{action}”</translation>
    </message>
    <message>
        <source>Press the new keys now (for example Ctrl+Shift+P). Then Tab to OK and press Enter. Escape leaves it as it was.</source>
        <translation>Tekan tombol baru sekarang (misalnya Ctrl+Shift+P). Lalu pindah dengan Tab ke OK dan tekan Enter. Escape membiarkannya seperti semula.</translation>
    </message>
    <message>
        <source>New &amp;keys:</source>
        <translation>&amp;Tombol baru:</translation>
    </message>
    <message>
        <source>the settings</source>
        <translation>pengaturan</translation>
    </message>
    <message>
        <source>Text &amp;size:</source>
        <translation>&amp;Ukuran teks:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zona waktu:</translation>
    </message>
    <message>
        <source>Schedules are shown and typed in this zone.</source>
        <translation>Jadwal ditampilkan dan diketik dalam zona ini.</translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation>Penerbitan</translation>
    </message>
    <message>
        <source>Seconds to &amp;undo “Publish now” (0 = publish at once):</source>
        <translation>&amp;Detik untuk membatalkan “Terbitkan sekarang” (0 = langsung terbit):</translation>
    </message>
    <message>
        <source>Ask before sending a post that is late by more than this many &amp;minutes:</source>
        <translation>Tanyakan dulu sebelum mengirim postingan yang terlambat lebih dari sekian &amp;menit:</translation>
    </message>
    <message>
        <source>Always &amp;review first</source>
        <translation>Selalu &amp;pratinjau dulu</translation>
    </message>
    <message>
        <source>Every post shows its final text for each account, with Read aloud, before it goes out.</source>
        <translation>Setiap postingan menampilkan teks akhirnya untuk tiap akun, dengan Bacakan, sebelum terbit.</translation>
    </message>
    <message>
        <source>I&amp;gnore a second press of the same action within this many milliseconds:</source>
        <translation>&amp;Abaikan tekanan kedua pada tindakan yang sama dalam sekian milidetik:</translation>
    </message>
    <message>
        <source>Single-&amp;key mode</source>
        <translation>M&amp;ode satu tombol</translation>
    </message>
    <message>
        <source>Letters alone run the most used actions while you are not in a text field. Ctrl+Shift+K turns it on or off.</source>
        <translation>Huruf saja menjalankan tindakan yang paling sering dipakai selama Anda tidak berada di kolom teks. Ctrl+Shift+K menyalakan atau mematikannya.</translation>
    </message>
    <message>
        <source>Remo&amp;ve shortcut</source>
        <translation>&amp;Hapus pintasan</translation>
    </message>
    <message>
        <source>S&amp;ound cues</source>
        <translation>Bunyi &amp;isyarat</translation>
    </message>
    <message>
        <source>Short sounds when a post is published or fails, at a text limit, and when listening starts and stops.</source>
        <translation>Bunyi pendek saat postingan terbit atau gagal, saat teks mencapai batas, dan saat dikte mulai dan berhenti mendengarkan.</translation>
    </message>
    <message>
        <source>Sound cue volume (percent):</source>
        <translation>Volume bunyi isyarat (persen):</translation>
    </message>
    <message>
        <source>Speak m&amp;essages aloud</source>
        <translation>Sua&amp;rakan pesan</translation>
    </message>
    <message>
        <source>HumasDesk reads its messages in its own voice. Leave this off if you use a screen reader, so the two do not talk at once.</source>
        <translation>HumasDesk membacakan pesannya dengan suaranya sendiri. Biarkan mati jika Anda memakai pembaca layar, agar keduanya tidak berbicara bersamaan.</translation>
    </message>
    <message>
        <source>&amp;Dictation engine:</source>
        <translation>Mesin pe&amp;ngenal suara:</translation>
    </message>
    <message>
        <source>Dictation la&amp;nguage:</source>
        <translation>Bahasa &amp;yang didiktekan:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Cari folder…</translation>
    </message>
    <message>
        <source>&amp;Pause that ends listening (milliseconds):</source>
        <translation>&amp;Jeda yang mengakhiri dikte (milidetik):</translation>
    </message>
    <message>
        <source>Reading speed (words per minute):</source>
        <translation>Kecepatan membaca (kata per menit):</translation>
    </message>
    <message>
        <source>Reading volume (percent):</source>
        <translation>Volume pembacaan (persen):</translation>
    </message>
    <message>
        <source>Vo&amp;ice:</source>
        <translation>&amp;Suara:</translation>
    </message>
    <message>
        <source>Tr&amp;y the voice</source>
        <translation>Dengarkan suara pi&amp;lihan</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>Papan ketik</translation>
    </message>
    <message>
        <source>the shortcuts</source>
        <translation>daftar pintasan</translation>
    </message>
    <message>
        <source>S&amp;hortcuts:</source>
        <translation>Pintasan papan &amp;ketik:</translation>
    </message>
    <message>
        <source>&amp;Change shortcut…</source>
        <translation>&amp;Ganti pintasan…</translation>
    </message>
    <message>
        <source>Reset &amp;all shortcuts</source>
        <translation>Setel ulang s&amp;emua pintasan</translation>
    </message>
    <message>
        <source>Sound and speech</source>
        <translation>Bunyi dan suara</translation>
    </message>
    <message>
        <source>Dictation and reading aloud</source>
        <translation>Dikte dan pembacaan</translation>
    </message>
    <message>
        <source>Whisper model &amp;folder (for offline Indonesian):</source>
        <translation>Folder model &amp;Whisper (untuk bahasa Indonesia offline):</translation>
    </message>
    <message>
        <source>A folder with a faster-whisper model (model.bin, tokenizer.json). Leave empty to use the one in HumasDesk’s data folder, if any.</source>
        <translation>Folder berisi model faster-whisper (model.bin, tokenizer.json). Biarkan kosong untuk memakai model di folder data HumasDesk, jika ada.</translation>
    </message>
    <message>
        <source>Chosen by the text’s language</source>
        <translation>Sesuai bahasa teks</translation>
    </message>
    <message>
        <source>&amp;Wake phrase “perintah”</source>
        <translation>Frasa &amp;pemicu “perintah”</translation>
    </message>
    <message>
        <source>Voice commands start with F7. With this on, a phrase that begins with “perintah” or “command” while you dictate is a command, not text.</source>
        <translation>Perintah suara dimulai dengan F7. Jika ini aktif, frasa yang diawali “perintah” atau “command” saat Anda mendikte dianggap perintah, bukan teks.</translation>
    </message>
    <message>
        <source>Pictures and links</source>
        <translation>Gambar dan tautan</translation>
    </message>
    <message>
        <source>&amp;Watched folder for pictures:</source>
        <translation>&amp;Folder gambar yang dipantau:</translation>
    </message>
    <message>
        <source>The folder your phone or colleagues sync pictures into. “Pick from the pictures folder” in the composer lists it, newest first.</source>
        <translation>Folder tempat ponsel Anda atau rekan menyinkronkan gambar. “Pilih dari folder gambar” di penyusun menampilkan isinya, terbaru lebih dulu.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <source>Bluesky link cards</source>
        <translation>Kartu tautan Bluesky</translation>
    </message>
    <message>
        <source>A Bluesky post with a link shows the page&apos;s title, description and picture. HumasDesk reads the page to make it, which tells that site your computer&apos;s address.</source>
        <translation>Unggahan Bluesky yang berisi tautan menampilkan judul, deskripsi, dan gambar halamannya. Untuk membuatnya, HumasDesk membaca halaman tersebut, sehingga situs itu mengetahui alamat komputer Anda.</translation>
    </message>
    <message>
        <source>Choose the watched folder for pictures</source>
        <translation>Pilih folder gambar yang dipantau</translation>
    </message>
    <message>
        <source>The publishing agent starts when you log in, so scheduled posts go out while this window is closed.</source>
        <translation>Agen penerbitan berjalan saat Anda masuk, sehingga unggahan terjadwal tetap diterbitkan saat jendela ini tertutup.</translation>
    </message>
    <message>
        <source>Start &amp;with the computer</source>
        <translation>Mulai bersama kompu&amp;ter</translation>
    </message>
    <message>
        <source>Start with the computer could not be changed: {reason}</source>
        <translation>Pengaturan aktif saat komputer dinyalakan tidak dapat diubah: {reason}</translation>
    </message>
    <message>
        <source>Choose the Whisper model folder</source>
        <translation>Pilih folder model Whisper</translation>
    </message>
    <message>
        <source>This is how HumasDesk reads your posts aloud.</source>
        <translation>Seperti inilah HumasDesk membacakan postingan Anda.</translation>
    </message>
    <message>
        <source>no shortcut</source>
        <translation>tanpa pintasan</translation>
    </message>
    <message>
        <source>“{action}” now has the shortcut {keys}.</source>
        <translation>“{action}” sekarang memakai pintasan {keys}.</translation>
    </message>
    <message>
        <source>“{action}” has no shortcut now.</source>
        <translation>“{action}” sekarang tidak punya pintasan.</translation>
    </message>
    <message>
        <source>All shortcuts are back to their defaults.</source>
        <translation>Semua pintasan sudah kembali ke bawaan.</translation>
    </message>
    <message>
        <source>Changes are saved and applied at once.</source>
        <translation>Perubahan langsung disimpan dan diterapkan.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Ukuran teks</translation>
    </message>
</context>
<context>
    <name>Speech</name>
    <message>
        <source>turn a recorded voice memo into text, with spoken commands applied</source>
        <translation>ubah rekaman memo suara menjadi teks, dengan perintah lisan diterapkan</translation>
    </message>
    <message>
        <source>recognition engine (default: the one in Settings): whisper (offline, Indonesian and English, needs a model folder), pocketsphinx (offline, English only), google (online: sends the recording to Google)</source>
        <translation>mesin pengenal suara (bawaan: yang di Pengaturan): whisper (offline, bahasa Indonesia dan Inggris, perlu folder model), pocketsphinx (offline, hanya bahasa Inggris), google (online: mengirim rekaman ke Google)</translation>
    </message>
    <message>
        <source>language spoken in the memo (default: the one in Settings, Indonesian)</source>
        <translation>bahasa yang diucapkan dalam memo (bawaan: yang di Pengaturan, bahasa Indonesia)</translation>
    </message>
    <message>
        <source>Whisper model folder (default: the one in Settings)</source>
        <translation>folder model Whisper (bawaan: yang di Pengaturan)</translation>
    </message>
    <message>
        <source>save the text as a new draft instead of printing it</source>
        <translation>simpan teks sebagai draf baru, bukan mencetaknya</translation>
    </message>
    <message>
        <source>the recording: WAV, AIFF or FLAC; other formats such as M4A or MP3 when PyAV is installed</source>
        <translation>rekamannya: WAV, AIFF, atau FLAC; format lain seperti M4A atau MP3 bila PyAV terpasang</translation>
    </message>
    <message>
        <source>The audio file {path} does not exist.</source>
        <translation>Berkas audio {path} tidak ada.</translation>
    </message>
    <message>
        <source>Saved as draft {id}.</source>
        <translation>Disimpan sebagai draf {id}.</translation>
    </message>
    <message>
        <source>{path} is not a WAV, AIFF or FLAC file, and the decoder for other formats (the PyAV package) is not installed. Convert the file to WAV, or install PyAV.</source>
        <translation>{path} bukan berkas WAV, AIFF, atau FLAC, dan dekoder untuk format lain (paket PyAV) belum terpasang. Ubah berkasnya ke WAV, atau pasang PyAV.</translation>
    </message>
    <message>
        <source>{path} could not be read as audio. Is it a sound recording?</source>
        <translation>{path} tidak dapat dibaca sebagai audio. Apakah ini rekaman suara?</translation>
    </message>
    <message>
        <source>No microphone was found. Plug one in (or turn it on in the system&apos;s sound settings), then try again.</source>
        <translation>Tidak ada mikrofon yang ditemukan. Colokkan mikrofon (atau nyalakan di pengaturan suara sistem), lalu coba lagi.</translation>
    </message>
    <message>
        <source>The microphone “{name}” could not be opened. Another program may be using it.</source>
        <translation>Mikrofon “{name}” tidak dapat dibuka. Mungkin sedang dipakai program lain.</translation>
    </message>
    <message>
        <source>Sound support is not installed: the Python package “sounddevice” is missing.</source>
        <translation>Dukungan suara belum terpasang: paket Python “sounddevice” tidak ada.</translation>
    </message>
    <message>
        <source>Sound support is not installed: the system library PortAudio is missing (on Debian or Ubuntu, install the package libportaudio2).</source>
        <translation>Dukungan suara belum terpasang: pustaka sistem PortAudio tidak ada (di Debian atau Ubuntu, pasang paket libportaudio2).</translation>
    </message>
    <message>
        <source>No sound output device was found, so nothing can be read aloud. Connect speakers or headphones and try again.</source>
        <translation>Tidak ada perangkat keluaran suara, jadi tidak ada yang bisa dibacakan. Sambungkan speaker atau headphone, lalu coba lagi.</translation>
    </message>
    <message>
        <source>There is no dictated phrase to remove.</source>
        <translation>Tidak ada frasa hasil dikte yang bisa dihapus.</translation>
    </message>
    <message>
        <source>The last dictated phrase was changed after it was dictated, so it was not removed. Use Undo instead.</source>
        <translation>Frasa dikte terakhir sudah diubah setelah didiktekan, jadi tidak dihapus. Gunakan perintah Urungkan (Undo) sebagai gantinya.</translation>
    </message>
    <message>
        <source>The command file {path} cannot be used: {reason}</source>
        <translation>Berkas perintah {path} tidak dapat dipakai: {reason}</translation>
    </message>
    <message>
        <source>Dictation stopped because of an unexpected error. Nothing was changed. The details are in the log file.</source>
        <translation>Dikte berhenti karena kesalahan yang tidak terduga. Tidak ada yang diubah. Rinciannya ada di berkas log.</translation>
    </message>
    <message>
        <source>Indonesian</source>
        <translation>bahasa Indonesia</translation>
    </message>
    <message>
        <source>English</source>
        <translation>bahasa Inggris</translation>
    </message>
    <message>
        <source>{engine} cannot recognise {language}. It knows: {known}. Choose another engine or language in Settings.</source>
        <translation>{engine} tidak dapat mengenali {language}. Yang dikenalinya: {known}. Pilih mesin atau bahasa lain di Pengaturan.</translation>
    </message>
    <message>
        <source>Built-in English (offline)</source>
        <translation>Bahasa Inggris bawaan (offline)</translation>
    </message>
    <message>
        <source>Recognises English on this computer with PocketSphinx. Nothing leaves the computer and nothing needs downloading, but it makes more mistakes than Whisper and knows no Indonesian.</source>
        <translation>Mengenali bahasa Inggris di komputer ini dengan PocketSphinx. Tidak ada yang keluar dari komputer dan tidak ada yang perlu diunduh, tetapi kesalahannya lebih banyak daripada Whisper dan tidak mengenal bahasa Indonesia.</translation>
    </message>
    <message>
        <source>The built-in English engine is not installed (the Python package “pocketsphinx” is missing).</source>
        <translation>Mesin bahasa Inggris bawaan belum terpasang (paket Python “pocketsphinx” tidak ada).</translation>
    </message>
    <message>
        <source>The built-in English engine could not start: {reason}</source>
        <translation>Mesin bahasa Inggris bawaan tidak dapat dijalankan: {reason}</translation>
    </message>
    <message>
        <source>To dictate offline with Whisper, HumasDesk needs a Whisper model folder in CTranslate2 format (“faster-whisper”), for example faster-whisper-small: a folder with model.bin, config.json, tokenizer.json and vocabulary.txt. Download it once on any computer with internet (for Indonesian, pick a multilingual model, not one whose name ends in “.en”), copy the folder here, and choose it in Settings, “Dictation and reading aloud”, Whisper model folder.</source>
        <translation>Untuk dikte offline dengan Whisper, HumasDesk memerlukan folder model Whisper dalam format CTranslate2 (“faster-whisper”), misalnya faster-whisper-small: folder yang berisi model.bin, config.json, tokenizer.json, dan vocabulary.txt. Unduh sekali di komputer mana pun yang terhubung ke internet (untuk bahasa Indonesia, pilih model multibahasa, bukan yang namanya berakhiran “.en”), salin foldernya ke komputer ini, lalu pilih di Pengaturan, “Dikte dan pembacaan”, Folder model Whisper.</translation>
    </message>
    <message>
        <source>A folder copied to {folder} is found without choosing it.</source>
        <translation>Folder yang disalin ke {folder} akan ditemukan tanpa perlu dipilih.</translation>
    </message>
    <message>
        <source>Or let HumasDesk download one: Settings, “Dictation and reading aloud”, Whisper models.</source>
        <translation>Atau biarkan HumasDesk mengunduhnya: Pengaturan, “Dikte dan pembacaan”, Model Whisper.</translation>
    </message>
    <message>
        <source>Whisper (offline)</source>
        <translation>Whisper (offline)</translation>
    </message>
    <message>
        <source>Recognises Indonesian and English on this computer with a Whisper model that you download once. Nothing leaves the computer. Larger models are more accurate but slower.</source>
        <translation>Mengenali bahasa Indonesia dan Inggris di komputer ini dengan model Whisper yang Anda unduh sekali. Tidak ada yang keluar dari komputer. Model yang lebih besar lebih akurat tetapi lebih lambat.</translation>
    </message>
    <message>
        <source>The Whisper engine is not installed (the Python package “faster-whisper” is missing).</source>
        <translation>Mesin Whisper belum terpasang (paket Python “faster-whisper” tidak ada).</translation>
    </message>
    <message>
        <source>No Whisper model folder is chosen.</source>
        <translation>Belum ada folder model Whisper yang dipilih.</translation>
    </message>
    <message>
        <source>The Whisper model folder {folder} does not exist.</source>
        <translation>Folder model Whisper {folder} tidak ada.</translation>
    </message>
    <message>
        <source>The folder {folder} is not a complete Whisper model: {files} missing.</source>
        <translation>Folder {folder} bukan model Whisper yang lengkap: {files} tidak ada.</translation>
    </message>
    <message>
        <source>The Whisper model in {folder} knows only English. For {language}, choose a multilingual model (one whose name does not end in “.en”).</source>
        <translation>Model Whisper di {folder} hanya mengenal bahasa Inggris. Untuk {language}, pilih model multibahasa (yang namanya tidak berakhiran “.en”).</translation>
    </message>
    <message>
        <source>The Whisper model in {folder} could not be loaded: {reason}</source>
        <translation>Model Whisper di {folder} tidak dapat dimuat: {reason}</translation>
    </message>
    <message>
        <source>Google (online)</source>
        <translation>Google (online)</translation>
    </message>
    <message>
        <source>Sends each recording over the internet to Google&apos;s speech service. It needs no download and knows Indonesian well, but Google receives everything you say: never dictate patient names or other private information with it. It stops working without internet, and Google may limit or end this free service at any time.</source>
        <translation>Mengirim setiap rekaman lewat internet ke layanan suara Google. Tidak perlu mengunduh apa pun dan mengenal bahasa Indonesia dengan baik, tetapi Google menerima semua yang Anda ucapkan: jangan pernah mendiktekan nama pasien atau informasi pribadi lain dengan mesin ini. Mesin ini tidak berfungsi tanpa internet, dan Google dapat membatasi atau menghentikan layanan gratis ini kapan saja.</translation>
    </message>
    <message>
        <source>The online engine is not installed (the Python package “SpeechRecognition” is missing).</source>
        <translation>Mesin online belum terpasang (paket Python “SpeechRecognition” tidak ada).</translation>
    </message>
    <message>
        <source>The online speech service could not be reached ({reason}). Nothing was changed. Check the internet connection, or choose an offline engine in Settings.</source>
        <translation>Layanan suara online tidak dapat dihubungi ({reason}). Tidak ada yang diubah. Periksa koneksi internet, atau pilih mesin offline di Pengaturan.</translation>
    </message>
    <message>
        <source>There is no speech engine called “{name}”. Engines: {known}.</source>
        <translation>Tidak ada mesin pengenal suara bernama “{name}”. Mesin yang ada: {known}.</translation>
    </message>
    <message>
        <source>I heard nothing. Check that the microphone is on and speak a little louder.</source>
        <translation>Tidak terdengar apa-apa. Pastikan mikrofon menyala dan bicaralah sedikit lebih keras.</translation>
    </message>
    <message>
        <source>I could not understand that. Nothing was changed; please say it again.</source>
        <translation>Ucapan tadi tidak dapat dipahami. Tidak ada yang diubah; silakan ucapkan lagi.</translation>
    </message>
    <message>
        <source>Reading aloud stopped because of an unexpected error. The details are in the log file.</source>
        <translation>Pembacaan berhenti karena kesalahan yang tidak terduga. Rinciannya ada di berkas log.</translation>
    </message>
    <message>
        <source>Reading aloud is not installed (the Python package “pyttsx3” is missing).</source>
        <translation>Fitur pembacaan belum terpasang (paket Python “pyttsx3” tidak ada).</translation>
    </message>
    <message>
        <source>Reading aloud could not start: {reason}. On Debian or Ubuntu, install the package espeak-ng.</source>
        <translation>Pembacaan tidak dapat dimulai: {reason}. Di Debian atau Ubuntu, pasang paket espeak-ng.</translation>
    </message>
    <message>
        <source>This computer has no {language} voice, so {voice} reads the text and will mispronounce it. Installing espeak-ng adds an Indonesian voice.</source>
        <translation>Komputer ini tidak punya suara {language}, jadi {voice} yang membacakan teks dan pelafalannya akan keliru. Memasang espeak-ng menambahkan suara bahasa Indonesia.</translation>
    </message>
    <message>
        <source>the default voice</source>
        <translation>suara bawaan</translation>
    </message>
    <message>
        <source>The speech could not be written to {path}.</source>
        <translation>Suara bacaan tidak dapat disimpan ke {path}.</translation>
    </message>
    <message>
        <source>There is nothing to read yet.</source>
        <translation>Belum ada yang bisa dibacakan.</translation>
    </message>
</context>
<context>
    <name>SpeechCommand</name>
    <message>
        <source>Full stop (.)</source>
        <translation>Titik (.)</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Koma (,)</translation>
    </message>
    <message>
        <source>Question mark (?)</source>
        <translation>Tanda tanya (?)</translation>
    </message>
    <message>
        <source>Exclamation mark (!)</source>
        <translation>Tanda seru (!)</translation>
    </message>
    <message>
        <source>Colon (:)</source>
        <translation>Titik dua (:)</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>Titik koma (;)</translation>
    </message>
    <message>
        <source>Opening bracket ((), no space after</source>
        <translation>Kurung buka ((), tanpa spasi sesudahnya</translation>
    </message>
    <message>
        <source>Closing bracket ())</source>
        <translation>Kurung tutup ())</translation>
    </message>
    <message>
        <source>Hyphen (-), joining the words on both sides</source>
        <translation>Tanda hubung (-), menyambung kata di kedua sisinya</translation>
    </message>
    <message>
        <source>Start a new line</source>
        <translation>Mulai baris baru</translation>
    </message>
    <message>
        <source>Start a new paragraph (an empty line between)</source>
        <translation>Mulai paragraf baru (dengan satu baris kosong di antaranya)</translation>
    </message>
    <message>
        <source>Remove the last dictated phrase, wherever the cursor is now</source>
        <translation>Hapus frasa terakhir yang didiktekan, di mana pun posisi kursor sekarang</translation>
    </message>
    <message>
        <source>Delete the word before the cursor, or the selected text</source>
        <translation>Hapus kata sebelum kursor, atau teks yang dipilih</translation>
    </message>
    <message>
        <source>Start the next word with a capital letter</source>
        <translation>Awali kata berikutnya dengan huruf kapital</translation>
    </message>
    <message>
        <source>Make the next word a hashtag (#word)</source>
        <translation>Jadikan kata berikutnya tagar (#kata)</translation>
    </message>
    <message>
        <source>Read the text aloud</source>
        <translation>Bacakan teksnya</translation>
    </message>
    <message>
        <source>Type the next command as words, e.g. “ketik titik” types the word “titik”</source>
        <translation>Ketik perintah berikutnya sebagai kata biasa, misalnya “ketik titik” mengetik kata “titik”</translation>
    </message>
</context>
<context>
    <name>SpeechModels</name>
    <message>
        <source>Good Indonesian; the best choice for most computers.</source>
        <translation>Bahasa Indonesia baik; pilihan terbaik untuk sebagian besar komputer.</translation>
    </message>
    <message>
        <source>Faster and smaller, for slower computers; more mistakes in Indonesian.</source>
        <translation>Lebih cepat dan lebih kecil, untuk komputer yang lebih lambat; lebih banyak kesalahan dalam bahasa Indonesia.</translation>
    </message>
    <message>
        <source>The fastest and smallest; many mistakes in Indonesian.</source>
        <translation>Paling cepat dan paling kecil; banyak kesalahan dalam bahasa Indonesia.</translation>
    </message>
    <message>
        <source>Very good Indonesian, but slow without a fast processor.</source>
        <translation>Bahasa Indonesia sangat baik, tetapi lambat tanpa prosesor yang cepat.</translation>
    </message>
    <message>
        <source>There is no model called “{name}”. Models: {known}.</source>
        <translation>Tidak ada model bernama “{name}”. Model yang tersedia: {known}.</translation>
    </message>
    <message>
        <source>{size} GB</source>
        <translation>{size} GB</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <source>Whisper {model}: a download of {download}; it needs {disk} free on the disk ({free} free now). On this computer it should write out a 5-second sentence in about {seconds} seconds. {note}</source>
        <translation>Whisper {model}: unduhan sebesar {download}; memerlukan ruang kosong {disk} di disk (kosong sekarang {free}). Di komputer ini, kalimat 5 detik akan ditulis dalam sekitar {seconds} detik. {note}</translation>
    </message>
    <message>
        <source>The disk with {folder} is too full for this model: it needs {needed} free and has {free}. Nothing was installed. Free some space, or choose a smaller model.</source>
        <translation>Disk tempat {folder} terlalu penuh untuk model ini: memerlukan ruang kosong {needed}, tersedia {free}. Tidak ada yang dipasang. Kosongkan sebagian ruang, atau pilih model yang lebih kecil.</translation>
    </message>
    <message>
        <source>The model server {server} could not be reached ({reason}). What was downloaded so far is kept; try again later, or set another download address in Settings.</source>
        <translation>Server model {server} tidak dapat dihubungi ({reason}). Yang sudah terunduh tetap disimpan; coba lagi nanti, atau atur alamat unduhan lain di Pengaturan.</translation>
    </message>
    <message>
        <source>The model server has no file {name} for {model} (HTTP {status}). Check the download address in Settings.</source>
        <translation>Server model tidak memiliki berkas {name} untuk {model} (HTTP {status}). Periksa alamat unduhan di Pengaturan.</translation>
    </message>
    <message>
        <source>The model could not be saved in {folder}: {reason}</source>
        <translation>Model tidak dapat disimpan di {folder}: {reason}</translation>
    </message>
    <message>
        <source>The model server refused {name} (HTTP {status}). What was downloaded so far is kept.</source>
        <translation>Server model menolak {name} (HTTP {status}). Yang sudah terunduh tetap disimpan.</translation>
    </message>
    <message>
        <source>The download was stopped. What was downloaded so far is kept for next time.</source>
        <translation>Unduhan dihentikan. Yang sudah terunduh disimpan untuk lain kali.</translation>
    </message>
    <message>
        <source>{name} has {got} bytes instead of {expected}</source>
        <translation>{name} berukuran {got} bita, bukan {expected}</translation>
    </message>
    <message>
        <source>{name} does not match its published checksum</source>
        <translation>{name} tidak cocok dengan checksum yang diterbitkan</translation>
    </message>
    <message>
        <source>The downloaded model is damaged: {problem}. Nothing was installed; try again, and if it happens again, check the download address in Settings.</source>
        <translation>Model yang diunduh rusak: {problem}. Tidak ada yang dipasang; coba lagi, dan jika terjadi lagi, periksa alamat unduhan di Pengaturan.</translation>
    </message>
    <message>
        <source>Whisper models for offline dictation</source>
        <translation>Model Whisper untuk dikte offline</translation>
    </message>
    <message>
        <source>Model to do&amp;wnload:</source>
        <translation>Model yang akan di&amp;unduh:</translation>
    </message>
    <message>
        <source>Check its &amp;size</source>
        <translation>Periksa &amp;ukurannya</translation>
    </message>
    <message>
        <source>Confirm download</source>
        <translation>Konfirmasi unduhan</translation>
    </message>
    <message>
        <source>S&amp;top download</source>
        <translation>&amp;Hentikan unduhan</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Kemajuan unduhan</translation>
    </message>
    <message>
        <source>the downloaded models</source>
        <translation>model yang sudah diunduh</translation>
    </message>
    <message>
        <source>Downloaded models:</source>
        <translation>Model yang sudah diunduh:</translation>
    </message>
    <message>
        <source>Remove the selected model</source>
        <translation>Hapus model yang dipilih</translation>
    </message>
    <message>
        <source>Download address:</source>
        <translation>Alamat unduhan:</translation>
    </message>
    <message>
        <source>Where models are downloaded from. A server inside the hospital network may offer the same files.</source>
        <translation>Tempat model diunduh. Server di dalam jaringan rumah sakit dapat menyediakan berkas yang sama.</translation>
    </message>
    <message>
        <source>Whisper {model}: {size}, in {folder}</source>
        <translation>Whisper {model}: {size}, di {folder}</translation>
    </message>
    <message>
        <source>(used for dictation)</source>
        <translation>(dipakai untuk dikte)</translation>
    </message>
    <message>
        <source>Asking the model server…</source>
        <translation>Menanyakan ke server model…</translation>
    </message>
    <message>
        <source>Press “Confirm download” to start.</source>
        <translation>Tekan “Konfirmasi unduhan” untuk memulai.</translation>
    </message>
    <message>
        <source>Downloading Whisper {model}…</source>
        <translation>Mengunduh Whisper {model}…</translation>
    </message>
    <message>
        <source>{percent} percent downloaded.</source>
        <translation>{percent} persen terunduh.</translation>
    </message>
    <message>
        <source>Whisper {model} is ready. Indonesian dictation now works offline.</source>
        <translation>Whisper {model} siap. Dikte bahasa Indonesia kini berfungsi offline.</translation>
    </message>
    <message>
        <source>Whisper {model} was removed.</source>
        <translation>Whisper {model} telah dihapus.</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>The disk is full or cannot be written.</source>
        <translation>Disk penuh atau tidak bisa ditulisi.</translation>
    </message>
    <message>
        <source>{reason} Nothing was saved. Free some space and try again.</source>
        <translation>{reason} Tidak ada yang tersimpan. Kosongkan sebagian ruang disk, lalu coba lagi.</translation>
    </message>
    <message>
        <source>The data file is busy in another HumasDesk window; try again in a moment.</source>
        <translation>Berkas data sedang dipakai jendela HumasDesk lain; coba lagi sebentar lagi.</translation>
    </message>
    <message>
        <source>The data file cannot be opened for writing. Check the folder&apos;s permissions.</source>
        <translation>Berkas data tidak dapat dibuka untuk ditulisi. Periksa izin foldernya.</translation>
    </message>
    <message>
        <source>The data file reported an error: {error}</source>
        <translation>Berkas data melaporkan kesalahan: {error}</translation>
    </message>
    <message>
        <source>This data file was written by a newer HumasDesk; update the app to open it.</source>
        <translation>Berkas data ini ditulis oleh HumasDesk versi yang lebih baru; perbarui aplikasi untuk membukanya.</translation>
    </message>
</context>
<context>
    <name>Telegram</name>
    <message>
        <source>“{channel}” is not a channel name. Use the channel&apos;s public name, such as @rsko_info, or a private channel&apos;s number, which starts with -100.</source>
        <translation>“{channel}” bukan nama kanal. Gunakan nama publik kanal, seperti @rsko_info, atau nomor kanal privat, yang diawali -100.</translation>
    </message>
    <message>
        <source>“{server}” is not a server address.</source>
        <translation>“{server}” bukan alamat server.</translation>
    </message>
    <message>
        <source>The Bot API address must start with https://, so that the bot token travels encrypted.</source>
        <translation>Alamat Bot API harus diawali https:// agar token bot dikirim terenkripsi.</translation>
    </message>
    <message>
        <source>That does not look like a bot token. BotFather gives one like 123456789:AAE…, a number, a colon and about 35 letters and digits.</source>
        <translation>Itu tidak tampak seperti token bot. BotFather memberikan token seperti 123456789:AAE…, yaitu angka, titik dua, lalu sekitar 35 huruf dan angka.</translation>
    </message>
    <message>
        <source>Telegram had a problem (HTTP {status}). HumasDesk will try again.</source>
        <translation>Telegram mengalami masalah (HTTP {status}). HumasDesk akan mencoba lagi.</translation>
    </message>
    <message>
        <source>Telegram&apos;s answer was not understood. HumasDesk will try again.</source>
        <translation>Jawaban Telegram tidak dapat dipahami. HumasDesk akan mencoba lagi.</translation>
    </message>
    <message>
        <source>Telegram cannot find the channel. Check its name (or number), and that the bot has been added to it as an administrator.</source>
        <translation>Telegram tidak dapat menemukan kanal itu. Periksa namanya (atau nomornya), dan pastikan bot sudah ditambahkan ke kanal sebagai administrator.</translation>
    </message>
    <message>
        <source>The bot may not post in this channel ({reason}). In Telegram, open the channel&apos;s settings, Administrators, add the bot and allow it to post messages; then verify the account.</source>
        <translation>Bot tidak boleh memposting di kanal ini ({reason}). Di Telegram, buka pengaturan kanal, Administrator, tambahkan bot dan izinkan bot memposting pesan; lalu verifikasi akunnya.</translation>
    </message>
    <message>
        <source>The group has become a supergroup with a new number ({chat}). Change the account&apos;s channel to it.</source>
        <translation>Grup ini sudah menjadi supergrup dengan nomor baru ({chat}). Ganti kanal akun ini ke nomor tersebut.</translation>
    </message>
    <message>
        <source>Telegram did not accept the bot token. Copy the token again from BotFather (/mybots, the bot, API Token) and reconnect the account.</source>
        <translation>Telegram tidak menerima token bot. Salin lagi tokennya dari BotFather (/mybots, pilih bot, API Token) lalu sambungkan ulang akunnya.</translation>
    </message>
    <message>
        <source>The bot is an administrator of “{channel}” but may not post messages. In the channel&apos;s settings, Administrators, open the bot and turn on Post messages.</source>
        <translation>Bot sudah menjadi administrator “{channel}” tetapi tidak boleh memposting pesan. Di pengaturan kanal, Administrator, buka bot itu dan nyalakan izin memposting pesan.</translation>
    </message>
    <message>
        <source>The bot is not an administrator of “{channel}”, so it cannot post there. In the channel&apos;s settings, Administrators, add the bot (@{bot}) and allow it to post messages.</source>
        <translation>Bot bukan administrator “{channel}”, jadi tidak bisa memposting di sana. Di pengaturan kanal, Administrator, tambahkan bot (@{bot}) dan izinkan bot memposting pesan.</translation>
    </message>
    <message>
        <source>Telegram keeps the bot&apos;s updates for 24 hours only: comments made while HumasDesk was not reading for longer than that are not listed.</source>
        <translation>Telegram hanya menyimpan pembaruan bot selama 24 jam: komentar yang masuk ketika HumasDesk tidak membaca lebih lama dari itu tidak akan tercantum.</translation>
    </message>
    <message>
        <source>The channel has no discussion group, so it has no comments to read. In the channel&apos;s settings, Discussion, link a group and add the bot to it.</source>
        <translation>Kanal ini tidak memiliki grup diskusi, jadi tidak ada komentar yang dapat dibaca. Di pengaturan kanal, bagian Diskusi, tautkan sebuah grup dan tambahkan bot ke grup itu.</translation>
    </message>
    <message>
        <source>This comment cannot be answered: HumasDesk does not know where it is.</source>
        <translation>Komentar ini tidak dapat dibalas: HumasDesk tidak tahu letaknya.</translation>
    </message>
    <message>
        <source>The bot delivers its updates to a web address (a webhook), so HumasDesk cannot read the comments. Remove the webhook (deleteWebhook) or use another bot for HumasDesk.</source>
        <translation>Bot ini mengirim pembaruannya ke sebuah alamat web (webhook), sehingga HumasDesk tidak dapat membaca komentar. Hapus webhook tersebut (deleteWebhook) atau gunakan bot lain untuk HumasDesk.</translation>
    </message>
    <message>
        <source>Another program is reading this bot&apos;s updates at the same time, and Telegram gives them to only one. Stop the other program, or give HumasDesk a bot of its own. HumasDesk will try again.</source>
        <translation>Ada program lain yang membaca pembaruan bot ini pada saat yang sama, dan Telegram hanya memberikannya kepada satu program. Hentikan program lain itu, atau berikan HumasDesk bot tersendiri. HumasDesk akan mencoba lagi.</translation>
    </message>
    <message>
        <source>The bot token for this channel is not in the keyring. Reconnect the account on the Accounts page.</source>
        <translation>Token bot untuk kanal ini tidak ada di keyring sistem. Sambungkan ulang akunnya di halaman Akun.</translation>
    </message>
    <message>
        <source>The bot @{bot} can post in “{channel}”.</source>
        <translation>Bot @{bot} bisa memposting di “{channel}”.</translation>
    </message>
    <message>
        <source>Telegram gives bots no views or statistics of channel posts; the channel&apos;s owner sees them in the Telegram app (Channel info, Statistics).</source>
        <translation>Telegram tidak memberi bot jumlah tayangan atau statistik unggahan kanal; pemilik kanal dapat melihatnya di aplikasi Telegram (Info kanal, Statistik).</translation>
    </message>
    <message>
        <source>Telegram did not say how many subscribers the channel has.</source>
        <translation>Telegram tidak menyebutkan berapa pelanggan kanal ini.</translation>
    </message>
    <message>
        <source>A Telegram channel post is one message; threads are not sent there.</source>
        <translation>Postingan kanal Telegram berupa satu pesan; utas tidak dikirim ke sana.</translation>
    </message>
    <message>
        <source>With a photo or video Telegram allows a caption of {limit} characters; this text has {count}. Shorten it, or post the text without media.</source>
        <translation>Dengan foto atau video, Telegram membolehkan keterangan sepanjang {limit} karakter; teks ini {count} karakter. Persingkat teksnya, atau posting teks tanpa media.</translation>
    </message>
    <message>
        <source>Telegram albums hold at most {limit} photos or videos; this post has {count}.</source>
        <translation>Album Telegram berisi paling banyak {limit} foto atau video; postingan ini berisi {count}.</translation>
    </message>
    <message>
        <source>{file} is not a photo or a video; HumasDesk sends only those to Telegram.</source>
        <translation>{file} bukan foto atau video; HumasDesk hanya mengirim foto dan video ke Telegram.</translation>
    </message>
    <message>
        <source>The file {file} cannot be read. Was it moved or deleted?</source>
        <translation>Berkas {file} tidak dapat dibaca. Apakah berkas itu dipindahkan atau dihapus?</translation>
    </message>
    <message>
        <source>{file} is {size} MB; Telegram takes up to {limit} MB from a bot.</source>
        <translation>{file} berukuran {size} MB; Telegram menerima sampai {limit} MB dari bot.</translation>
    </message>
</context>
<context>
    <name>Text</name>
    <message>
        <source>{source} is not UTF-8 text: byte 0x{byte} at line {line}, byte {column} of the line, cannot be read.</source>
        <translation>{source} bukan teks UTF-8: byte 0x{byte} di baris {line}, byte ke-{column} pada baris itu, tidak dapat dibaca.</translation>
    </message>
</context>
<context>
    <name>TextRules</name>
    <message>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <source>Mastodon</source>
        <translation>Mastodon</translation>
    </message>
    <message>
        <source>Bluesky</source>
        <translation>Bluesky</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Threads</translation>
    </message>
    <message>
        <source>Instagram</source>
        <translation>Instagram</translation>
    </message>
    <message>
        <source>Facebook</source>
        <translation>Facebook</translation>
    </message>
    <message>
        <source>Telegram</source>
        <translation>Telegram</translation>
    </message>
    <message>
        <source>a Telegram caption</source>
        <translation>keterangan Telegram</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>WordPress</source>
        <translation>WordPress</translation>
    </message>
    <message>
        <source>the local outbox</source>
        <translation>Kotak Keluar Lokal</translation>
    </message>
    <message>
        <source>an assisted site</source>
        <translation>situs yang diposting manual</translation>
    </message>
    <message>
        <source>Too long for {platform}: {length} of {limit} characters, {over} over.</source>
        <translation>Terlalu panjang untuk {platform}: {length} dari {limit} karakter, lebih {over}.</translation>
    </message>
    <message>
        <source>X counts emoji and Chinese, Japanese or Korean characters as 2 and every link as {url_length}.</source>
        <translation>X menghitung emoji dan karakter Tionghoa, Jepang, atau Korea sebagai 2, dan setiap tautan sebagai {url_length}.</translation>
    </message>
    <message>
        <source>Every link counts as {url_length}.</source>
        <translation>Setiap tautan dihitung sebagai {url_length}.</translation>
    </message>
    <message>
        <source>Most emoji count as 2.</source>
        <translation>Sebagian besar emoji dihitung sebagai 2.</translation>
    </message>
    <message>
        <source>Threads counts each emoji by its size in bytes, usually 4.</source>
        <translation>Threads menghitung setiap emoji menurut ukurannya dalam byte, biasanya 4.</translation>
    </message>
    <message>
        <source>LinkedIn counts its reserved characters, such as # @ ( ) _ and *, as 2, because they are escaped.</source>
        <translation>LinkedIn menghitung karakter khususnya, seperti # @ ( ) _ dan *, sebagai 2, karena karakter itu diberi tanda escape.</translation>
    </message>
    <message>
        <source>Too long for Bluesky: {length} of {limit} bytes, {over} over. Emoji and letters outside plain Latin take 2 to 4 bytes each.</source>
        <translation>Terlalu panjang untuk Bluesky: {length} dari {limit} byte, lebih {over}. Emoji dan huruf di luar huruf Latin biasa memakan 2 sampai 4 byte per karakter.</translation>
    </message>
    <message>
        <source>Too many links for {platform}: {count}, at most {limit}.</source>
        <translation>Terlalu banyak tautan untuk {platform}: {count}, paling banyak {limit}.</translation>
    </message>
    <message>
        <source>Too many hashtags for {platform}: {count}, at most {limit}.</source>
        <translation>Terlalu banyak tagar untuk {platform}: {count}, paling banyak {limit}.</translation>
    </message>
    <message>
        <source>Too many mentions for {platform}: {count}, at most {limit}.</source>
        <translation>Terlalu banyak sebutan untuk {platform}: {count}, paling banyak {limit}.</translation>
    </message>
    <message>
        <source>{platform} does not accept the invisible character U+{code}; remove it.</source>
        <translation>{platform} tidak menerima karakter tak terlihat U+{code}; hapus karakter itu.</translation>
    </message>
    <message>
        <source>The text is empty; {platform} needs some text.</source>
        <translation>Teksnya kosong; {platform} memerlukan teks.</translation>
    </message>
    <message>
        <source>Unknown platform “{platform}”. Known platforms: {known}.</source>
        <translation>Platform “{platform}” tidak dikenal. Platform yang dikenal: {known}.</translation>
    </message>
    <message>
        <source>The limits for {platform} must be {expected}, not {given}.</source>
        <translation>Batas untuk {platform} harus {expected}, bukan {given}.</translation>
    </message>
    <message>
        <source>the platform whose rules apply: {names}</source>
        <translation>platform yang aturannya berlaku: {names}</translation>
    </message>
    <message>
        <source>the text, or - to read it from standard input (one final line break is dropped)</source>
        <translation>teksnya, atau - untuk membacanya dari masukan standar (satu baris baru di akhir dibuang)</translation>
    </message>
    <message>
        <source>measure a text for a platform: length, limit, problems, links, mentions and hashtags</source>
        <translation>ukur teks untuk suatu platform: panjang, batas, masalah, tautan, sebutan, dan tagar</translation>
    </message>
    <message>
        <source>print JSON instead of text</source>
        <translation>cetak JSON, bukan teks biasa</translation>
    </message>
    <message>
        <source>split a long text into a thread of parts that each fit the platform</source>
        <translation>pecah teks panjang menjadi utas yang setiap bagiannya muat di platform</translation>
    </message>
    <message>
        <source>end every part with its number, such as 1/3 (counted in the part)</source>
        <translation>akhiri setiap bagian dengan nomornya, seperti 1/3 (ikut dihitung dalam bagian itu)</translation>
    </message>
    <message>
        <source>print the parts as a JSON list of strings</source>
        <translation>cetak bagian-bagiannya sebagai daftar string JSON</translation>
    </message>
    <message>
        <source>Give the text as an argument, or - to read it from standard input.</source>
        <translation>Berikan teks sebagai argumen, atau - untuk membacanya dari masukan standar.</translation>
    </message>
    <message>
        <source>{platform}: {length} characters, no limit.</source>
        <translation>{platform}: {length} karakter, tanpa batas.</translation>
    </message>
    <message>
        <source>{platform}: {length} of {limit} characters, {remaining} left.</source>
        <translation>{platform}: {length} dari {limit} karakter, sisa {remaining}.</translation>
    </message>
    <message>
        <source>{platform}: {length} of {limit} characters.</source>
        <translation>{platform}: {length} dari {limit} karakter.</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Tautan</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Sebutan</translation>
    </message>
    <message>
        <source>Hashtags</source>
        <translation>Tagar</translation>
    </message>
    <message>
        <source>Valid for {platform}.</source>
        <translation>Valid untuk {platform}.</translation>
    </message>
    <message>
        <source>Part {number} of {total}, {length} characters:</source>
        <translation>Bagian {number} dari {total}, {length} karakter:</translation>
    </message>
</context>
<context>
    <name>Threads</name>
    <message>
        <source>Signed in to Threads as @{username}. {expiry}</source>
        <translation>Berhasil masuk ke Threads sebagai @{username}. {expiry}</translation>
    </message>
    <message>
        <source>Threads fetches images from a public address, and no WordPress site is set up to hold them.</source>
        <translation>Threads mengambil gambar dari alamat publik, dan belum ada situs WordPress yang disiapkan untuk menyimpannya.</translation>
    </message>
    <message>
        <source>The thread stopped at part {number} of {count}: {reason} The first parts are on Threads ({url}); post the rest by hand or delete them before sending again.</source>
        <translation>Utas berhenti di bagian {number} dari {count}: {reason} Bagian-bagian awal sudah ada di Threads ({url}); posting sisanya secara manual atau hapus bagian-bagian itu sebelum mengirim lagi.</translation>
    </message>
    <message>
        <source>Threads did not say which post it made. Check the account before sending again.</source>
        <translation>Threads tidak memberi tahu postingan mana yang dibuatnya. Periksa akunnya sebelum mengirim lagi.</translation>
    </message>
    <message>
        <source>Threads allows {quota} searches in 24 hours (a search that finds nothing is not counted), so HumasDesk searches at most every {minutes} minutes. Without Meta&apos;s approval of keyword search, only your own posts are found.</source>
        <translation>Threads mengizinkan {quota} pencarian dalam 24 jam (pencarian tanpa hasil tidak dihitung), jadi HumasDesk mencari paling sering setiap {minutes} menit. Tanpa persetujuan Meta untuk pencarian kata kunci, hanya postingan Anda sendiri yang ditemukan.</translation>
    </message>
    <message>
        <source>Threads does not let HumasDesk read mentions: the Meta app lacks the permission threads_manage_mentions, or Meta has not given it advanced access. Replies to your posts are still read.</source>
        <translation>Threads tidak mengizinkan HumasDesk membaca sebutan: aplikasi Meta belum memiliki izin threads_manage_mentions, atau Meta belum memberinya akses lanjutan. Balasan untuk postingan Anda tetap dibaca.</translation>
    </message>
    <message>
        <source>Threads did not accept the answer. HumasDesk will try again.</source>
        <translation>Threads tidak menerima balasan. HumasDesk akan mencoba lagi.</translation>
    </message>
    <message>
        <source>Only a reply to your post can be hidden or shown again on Threads.</source>
        <translation>Di Threads, hanya balasan untuk postingan Anda yang dapat disembunyikan atau ditampilkan lagi.</translation>
    </message>
    <message>
        <source>Type a word or a #tag to search for.</source>
        <translation>Ketik kata atau #tag yang ingin dicari.</translation>
    </message>
    <message>
        <source>Threads does not let HumasDesk search: the Meta app lacks the permission threads_keyword_search.</source>
        <translation>Threads tidak mengizinkan HumasDesk mencari: aplikasi Meta belum memiliki izin threads_keyword_search.</translation>
    </message>
    <message>
        <source>Part {number}: {problems}</source>
        <translation>Bagian {number}: {problems}</translation>
    </message>
    <message>
        <source>Threads takes at most {limit} images in one post.</source>
        <translation>Threads menerima paling banyak {limit} gambar dalam satu postingan.</translation>
    </message>
    <message>
        <source>Threads takes JPEG and PNG images; “{name}” is neither.</source>
        <translation>Threads menerima gambar JPEG dan PNG; “{name}” bukan keduanya.</translation>
    </message>
    <message>
        <source>Threads allows {total} posts in 24 hours through programs and {used} are used; this post needs {needed}. HumasDesk will try again later.</source>
        <translation>Threads membolehkan {total} postingan dalam 24 jam melalui program dan {used} sudah terpakai; postingan ini memerlukan {needed}. HumasDesk akan mencoba lagi nanti.</translation>
    </message>
    <message>
        <source>Threads did not accept the post. HumasDesk will try again.</source>
        <translation>Threads tidak menerima postingan itu. HumasDesk akan mencoba lagi.</translation>
    </message>
    <message>
        <source>Threads could not use the post ({reason}).</source>
        <translation>Threads tidak dapat memakai postingan itu ({reason}).</translation>
    </message>
    <message>
        <source>The post expired on Threads before it was published. HumasDesk will try again.</source>
        <translation>Postingan kedaluwarsa di Threads sebelum diterbitkan. HumasDesk akan mencoba lagi.</translation>
    </message>
    <message>
        <source>Threads is still processing the post after {seconds} seconds. Nothing was published; HumasDesk will try again.</source>
        <translation>Threads masih memproses postingan setelah {seconds} detik. Belum ada yang diterbitkan; HumasDesk akan mencoba lagi.</translation>
    </message>
    <message>
        <source>Threads answered without a token. Try again.</source>
        <translation>Threads menjawab tanpa memberikan token. Coba lagi.</translation>
    </message>
    <message>
        <source>Log in to Threads in the browser, or paste a token.</source>
        <translation>Masuk ke Threads di browser, atau tempelkan token.</translation>
    </message>
    <message>
        <source>Give the redirect address registered in the Threads app (Threads use case, Settings, Redirect Callback URLs).</source>
        <translation>Berikan alamat pengalihan (redirect) yang terdaftar di aplikasi Threads (Threads use case, Settings, Redirect Callback URLs).</translation>
    </message>
</context>
<context>
    <name>Time</name>
    <message>
        <source>The time zone is empty. Use a name like Asia/Jakarta.</source>
        <translation>Zona waktunya kosong. Pakai nama seperti Asia/Jakarta.</translation>
    </message>
    <message>
        <source>Unknown time zone: {zone}. Use a name like Asia/Jakarta.</source>
        <translation>Zona waktu tidak dikenal: {zone}. Gunakan nama seperti Asia/Jakarta.</translation>
    </message>
    <message>
        <source>The time is empty. Write it as YYYY-MM-DD HH:MM, for example 2026-12-01 09:00.</source>
        <translation>Waktunya kosong. Tulis sebagai YYYY-MM-DD HH:MM, misalnya 2026-12-01 09:00.</translation>
    </message>
    <message>
        <source>Cannot read the time “{text}”. Write it as YYYY-MM-DD HH:MM, for example 2026-12-01 09:00.</source>
        <translation>Waktu “{text}” tidak terbaca. Tulis sebagai tahun-bulan-tanggal jam:menit (YYYY-MM-DD HH:MM), misalnya 2026-12-01 09:00.</translation>
    </message>
    <message>
        <source>“{text}” is outside the dates HumasDesk can schedule. Choose a time before the year 9999.</source>
        <translation>“{text}” di luar rentang tanggal yang dapat dijadwalkan HumasDesk. Pilih waktu sebelum tahun 9999.</translation>
    </message>
    <message>
        <source>{time} does not exist in {zone}: the clocks skip it. Choose another time.</source>
        <translation>{time} tidak ada di {zone}: jam dilompati karena pergantian waktu musim. Pilih waktu lain.</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Senin</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Selasa</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Rabu</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Kamis</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Jumat</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Sabtu</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Minggu</translation>
    </message>
    <message>
        <source>January</source>
        <translation>Januari</translation>
    </message>
    <message>
        <source>February</source>
        <translation>Februari</translation>
    </message>
    <message>
        <source>March</source>
        <translation>Maret</translation>
    </message>
    <message>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Mei</translation>
    </message>
    <message>
        <source>June</source>
        <translation>Juni</translation>
    </message>
    <message>
        <source>July</source>
        <translation>Juli</translation>
    </message>
    <message>
        <source>August</source>
        <translation>Agustus</translation>
    </message>
    <message>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <source>October</source>
        <translation>Oktober</translation>
    </message>
    <message>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <source>December</source>
        <translation>Desember</translation>
    </message>
    <message>
        <source>{weekday}, {day} {month} {year}, {time} {zone}</source>
        <translation>{weekday}, {day} {month} {year}, pukul {time} {zone}</translation>
    </message>
    <message>
        <source>Cannot understand “{text}”. Try “besok jam 9”, “Senin 14.00”, “tomorrow 9am” or 2026-12-01 09:00.</source>
        <translation>Tidak dapat memahami “{text}”. Coba “besok jam 9”, “Senin 14.00”, “tomorrow 9am”, atau 2026-12-01 09:00.</translation>
    </message>
    <message>
        <source>Write when the post should go out, for example “besok jam 9”.</source>
        <translation>Tulis kapan postingan harus terbit, misalnya “besok jam 9”.</translation>
    </message>
    <message>
        <source>Add a time, for example “besok jam 9”.</source>
        <translation>Tambahkan jamnya, misalnya “besok jam 9”.</translation>
    </message>
    <message>
        <source>No best time is known for the chosen accounts yet. Choose the accounts first, or give a time such as “besok jam 9”.</source>
        <translation>Waktu terbaik untuk akun yang dipilih belum diketahui. Pilih akunnya dulu, atau tulis waktu seperti “besok jam 9”.</translation>
    </message>
</context>
<context>
    <name>Triage</name>
    <message>
        <source>label messages as emergency, complaint or question, with the words that set each label</source>
        <translation>beri label darurat, keluhan, atau pertanyaan pada pesan, dengan kata-kata yang menjadi alasan tiap label</translation>
    </message>
    <message>
        <source>print a JSON array, one object per message</source>
        <translation>cetak larik JSON, satu objek per pesan</translation>
    </message>
    <message>
        <source>the message, or - to read one message per line from standard input</source>
        <translation>pesannya, atau - untuk membaca satu pesan per baris dari masukan standar</translation>
    </message>
    <message>
        <source>Give the message as an argument, or - to read one message per line from standard input.</source>
        <translation>Berikan pesannya sebagai argumen, atau - untuk membaca satu pesan per baris dari masukan standar.</translation>
    </message>
    <message>
        <source>Standard input holds no message: every line is empty.</source>
        <translation>Masukan standar tidak berisi pesan: semua barisnya kosong.</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>Pesannya kosong.</translation>
    </message>
    <message>
        <source>no label</source>
        <translation>tanpa label</translation>
    </message>
    <message>
        <source>complaint</source>
        <translation>keluhan</translation>
    </message>
    <message>
        <source>emergency</source>
        <translation>darurat</translation>
    </message>
    <message>
        <source>question</source>
        <translation>pertanyaan</translation>
    </message>
    <message>
        <source>“{words}” is not an emergency here</source>
        <translation>“{words}” di sini bukan keadaan darurat</translation>
    </message>
    <message>
        <source>“{words}” is told as past or general (“{cue}”)</source>
        <translation>“{words}” diceritakan sebagai hal yang sudah lewat atau umum (“{cue}”)</translation>
    </message>
    <message>
        <source>“{words}” describes the emergency</source>
        <translation>“{words}” menggambarkan keadaan daruratnya</translation>
    </message>
    <message>
        <source>“{negator}” cancels “{words}”</source>
        <translation>“{negator}” meniadakan “{words}”</translation>
    </message>
    <message>
        <source>“{words}” is only a guess or hearsay</source>
        <translation>“{words}” hanya dugaan atau kabar dari orang lain</translation>
    </message>
    <message>
        <source>{words} (learned from examples)</source>
        <translation>{words} (dipelajari dari contoh)</translation>
    </message>
    <message>
        <source>“{words}” no longer counts as {label}: you corrected it</source>
        <translation>“{words}” tidak lagi dihitung sebagai {label}: sudah Anda koreksi</translation>
    </message>
    <message>
        <source>your correction</source>
        <translation>koreksi Anda</translation>
    </message>
    <message>
        <source>like a message you corrected: “{text}”</source>
        <translation>mirip pesan yang sudah Anda koreksi: “{text}”</translation>
    </message>
    <message>
        <source>{label}: {words}</source>
        <translation>{label}: {words}</translation>
    </message>
    <message>
        <source>not {label}: {words}</source>
        <translation>bukan {label}: {words}</translation>
    </message>
</context>
<context>
    <name>Voice</name>
    <message>
        <source>say which action a recorded voice command asks for, without running it</source>
        <translation>sebutkan tindakan yang diminta rekaman perintah suara, tanpa menjalankannya</translation>
    </message>
    <message>
        <source>recognition engine (default: the one in Settings)</source>
        <translation>mesin pengenal suara (bawaan: yang dipilih di Pengaturan)</translation>
    </message>
    <message>
        <source>language spoken (default: the one in Settings)</source>
        <translation>bahasa yang diucapkan (bawaan: yang dipilih di Pengaturan)</translation>
    </message>
    <message>
        <source>the page he is on, for commands that belong to a page (default: compose)</source>
        <translation>halaman yang sedang dibuka, untuk perintah milik suatu halaman (bawaan: compose)</translation>
    </message>
    <message>
        <source>print an object with “heard”, “action” and “arguments”</source>
        <translation>cetak objek berisi “heard”, “action”, dan “arguments”</translation>
    </message>
    <message>
        <source>the recording: WAV, AIFF or FLAC</source>
        <translation>rekamannya: WAV, AIFF, atau FLAC</translation>
    </message>
    <message>
        <source>Heard: {heard}</source>
        <translation>Terdengar: {heard}</translation>
    </message>
    <message>
        <source>Understood: “{command}”. Say “ya” to go ahead or “tidak” to stop, or press Enter or Escape.</source>
        <translation>Dipahami: “{command}”. Ucapkan “ya” untuk melanjutkan atau “tidak” untuk berhenti, atau tekan Enter atau Escape.</translation>
    </message>
    <message>
        <source>Understood: “{command}”.</source>
        <translation>Dipahami: “{command}”.</translation>
    </message>
    <message>
        <source>Nothing was heard. Nothing was done.</source>
        <translation>Tidak ada yang terdengar. Tidak ada yang dilakukan.</translation>
    </message>
    <message>
        <source>“{heard}” is not a command. Nothing was done. “Find an action” (Ctrl+K) lists what you can say.</source>
        <translation>“{heard}” bukan perintah. Tidak ada yang dilakukan. “Cari tindakan” (Ctrl+K) menampilkan apa saja yang dapat Anda ucapkan.</translation>
    </message>
    <message>
        <source>“{command}”: when? {problem}</source>
        <translation>“{command}”: kapan? {problem}</translation>
    </message>
    <message>
        <source>“{command}”: which account? Say its name or its platform, for example “{example}”.</source>
        <translation>“{command}”: akun yang mana? Ucapkan nama atau platformnya, misalnya “{example}”.</translation>
    </message>
    <message>
        <source>Did you mean “{first}”? Say “ya” or “tidak”.</source>
        <translation>Maksud Anda “{first}”? Ucapkan “ya” atau “tidak”.</translation>
    </message>
    <message>
        <source>Did you mean “{first}” or “{second}”? Say the one you meant.</source>
        <translation>Maksud Anda “{first}” atau “{second}”? Ucapkan yang Anda maksud.</translation>
    </message>
    <message>
        <source>Say the command.</source>
        <translation>Ucapkan perintahnya.</translation>
    </message>
    <message>
        <source>Say “ya” or “tidak”, or press Enter or Escape.</source>
        <translation>Ucapkan “ya” atau “tidak”, atau tekan Enter atau Escape.</translation>
    </message>
    <message>
        <source>Nothing was done.</source>
        <translation>Tidak ada yang dilakukan.</translation>
    </message>
    <message>
        <source>Stopped: “{command}” was not done.</source>
        <translation>Dihentikan: “{command}” tidak dilakukan.</translation>
    </message>
    <message>
        <source>“{command}” cannot be done now.</source>
        <translation>“{command}” tidak dapat dilakukan sekarang.</translation>
    </message>
</context>
<context>
    <name>Watch</name>
    <message>
        <source>saved searches for the hospital&apos;s name or a hashtag (brand watch)</source>
        <translation>pencarian tersimpan untuk nama rumah sakit atau tagar (pemantauan merek)</translation>
    </message>
    <message>
        <source>watch for a name, some words or a #hashtag on an account</source>
        <translation>pantau nama, beberapa kata, atau #tagar pada sebuah akun</translation>
    </message>
    <message>
        <source>list the saved searches</source>
        <translation>tampilkan daftar pencarian tersimpan</translation>
    </message>
    <message>
        <source>forget a saved search (its id from humasdesk watch list)</source>
        <translation>lupakan pencarian tersimpan (id-nya dari humasdesk watch list)</translation>
    </message>
    <message>
        <source>No saved searches. Add one with: humasdesk watch add ACCOUNT QUERY</source>
        <translation>Belum ada pencarian tersimpan. Tambahkan dengan: humasdesk watch add AKUN KATA</translation>
    </message>
    <message>
        <source>There is no saved search {id}.</source>
        <translation>Tidak ada pencarian tersimpan {id}.</translation>
    </message>
    <message>
        <source>{account} no longer watches for “{query}”.</source>
        <translation>{account} tidak lagi memantau “{query}”.</translation>
    </message>
    <message>
        <source>{platform} does not let HumasDesk search its posts, so {account} cannot watch for a name or a hashtag. Bluesky, Mastodon and Threads accounts can.</source>
        <translation>{platform} tidak mengizinkan HumasDesk mencari unggahannya, jadi {account} tidak dapat memantau nama atau tagar. Akun Bluesky, Mastodon, dan Threads dapat melakukannya.</translation>
    </message>
    <message>
        <source>Type what to watch for: the hospital&apos;s name, a few words or a #hashtag.</source>
        <translation>Ketik apa yang dipantau: nama rumah sakit, beberapa kata, atau #tagar.</translation>
    </message>
    <message>
        <source>A saved search is at most {limit} characters long.</source>
        <translation>Pencarian tersimpan paling panjang {limit} karakter.</translation>
    </message>
    <message>
        <source>{account} already watches for “{query}”.</source>
        <translation>{account} sudah memantau “{query}”.</translation>
    </message>
    <message>
        <source>{account} now watches for “{query}”, every {minutes} minutes; new posts appear in the inbox under “Mentions of the hospital”.</source>
        <translation>{account} kini memantau “{query}” setiap {minutes} menit; unggahan baru muncul di kotak masuk pada “Penyebutan rumah sakit”.</translation>
    </message>
    <message>
        <source>Threads allows 2,200 keyword searches in 24 hours for the whole app, so each saved search on Threads runs only every {minutes} minutes.</source>
        <translation>Threads mengizinkan 2.200 pencarian kata kunci dalam 24 jam untuk seluruh aplikasi, jadi setiap pencarian tersimpan di Threads hanya berjalan setiap {minutes} menit.</translation>
    </message>
    <message>
        <source>Mastodon servers search words only where they run a search engine; a #hashtag always works.</source>
        <translation>Server Mastodon hanya dapat mencari kata jika menjalankan mesin pencari; #tagar selalu berfungsi.</translation>
    </message>
    <message>
        <source>{account} needs to be reconnected; its saved searches do not run until then. {reason}</source>
        <translation>{account} perlu disambungkan ulang; pencarian tersimpannya tidak berjalan sampai saat itu. {reason}</translation>
    </message>
    <message>
        <source>The search for “{query}” on {account} did not run: {reason} It runs again at {time}.</source>
        <translation>Pencarian “{query}” di {account} tidak berjalan: {reason} Pencarian berjalan lagi pada {time}.</translation>
    </message>
    <message>
        <source>Saved searc&amp;hes…</source>
        <translation>Pencarian terse&amp;mpan…</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Pencarian tersimpan</translation>
    </message>
    <message>
        <source>the saved searches</source>
        <translation>pencarian tersimpan</translation>
    </message>
    <message>
        <source>HumasDesk searches for these words and shows new posts in the inbox under “Mentions of the hospital”.</source>
        <translation>HumasDesk mencari kata-kata ini dan menampilkan unggahan baru di kotak masuk pada “Penyebutan rumah sakit”.</translation>
    </message>
    <message>
        <source>&amp;Saved searches:</source>
        <translation>&amp;Pencarian tersimpan:</translation>
    </message>
    <message>
        <source>Delete removes the chosen search.</source>
        <translation>Delete menghapus pencarian yang dipilih.</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>A&amp;kun:</translation>
    </message>
    <message>
        <source>&amp;Watch for:</source>
        <translation>Pa&amp;ntau:</translation>
    </message>
    <message>
        <source>The hospital&apos;s name, a few words or a #hashtag. Enter adds it.</source>
        <translation>Nama rumah sakit, beberapa kata, atau #tagar. Enter menambahkannya.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Tambah</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>None of your accounts can search. Connect a Bluesky, Mastodon or Threads account first.</source>
        <translation>Tidak ada akun Anda yang dapat mencari. Sambungkan akun Bluesky, Mastodon, atau Threads terlebih dahulu.</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>the welcome</source>
        <translation>sambutan</translation>
    </message>
    <message>
        <source>Welcome to HumasDesk</source>
        <translation>Selamat datang di HumasDesk</translation>
    </message>
    <message>
        <source>Choose how HumasDesk looks and sounds; you can change each choice later in Settings. Tab moves between them; Down arrow opens a list and Enter picks from it; Space ticks a box; Enter starts.</source>
        <translation>Pilih tampilan dan suara HumasDesk; setiap pilihan bisa Anda ubah nanti di Pengaturan. Tombol Tab berpindah antarpilihan; panah bawah membuka daftar dan Enter memilih darinya; Spasi mencentang kotak; Enter memulai.</translation>
    </message>
    <message>
        <source>A screen reader is running, so HumasDesk leaves its messages to it: “Speak messages aloud” is off. Turn it on to hear them in HumasDesk’s own voice as well.</source>
        <translation>Pembaca layar sedang berjalan, jadi HumasDesk menyerahkan pesannya kepada pembaca layar: “Suarakan pesan” dimatikan. Nyalakan jika Anda juga ingin mendengarnya dengan suara HumasDesk sendiri.</translation>
    </message>
    <message>
        <source>No screen reader is running, so HumasDesk reads its messages aloud in its own voice: “Speak messages aloud” is on. Turn it off to only see them.</source>
        <translation>Tidak ada pembaca layar yang berjalan, jadi HumasDesk membacakan pesannya dengan suaranya sendiri: “Suarakan pesan” dinyalakan. Matikan jika Anda cukup melihatnya saja.</translation>
    </message>
    <message>
        <source>Start using HumasDesk</source>
        <translation>Mulai memakai HumasDesk</translation>
    </message>
    <message>
        <source>Ready. The cursor is in the post text.</source>
        <translation>Siap. Kursor ada di teks postingan.</translation>
    </message>
</context>
<context>
    <name>Widgets</name>
    <message>
        <source>Scroll {what} up and down</source>
        <translation>Gulir {what} ke atas dan ke bawah</translation>
    </message>
    <message>
        <source>Scroll {what} sideways</source>
        <translation>Gulir {what} ke samping</translation>
    </message>
</context>
<context>
    <name>WordPress</name>
    <message>
        <source>Type the address of the WordPress site, for example https://www.rsko.co.id.</source>
        <translation>Ketik alamat situs WordPress, misalnya https://www.rsko.co.id.</translation>
    </message>
    <message>
        <source>“{url}” is not a web address. Use one such as https://www.rsko.co.id.</source>
        <translation>“{url}” bukan alamat web. Gunakan alamat seperti https://www.rsko.co.id.</translation>
    </message>
    <message>
        <source>The site address must start with https://. Over plain http:// the application password would travel readable by anyone on the network, and WordPress refuses it too.</source>
        <translation>Alamat situs harus diawali https://. Lewat http:// biasa, sandi aplikasi akan terkirim dalam bentuk yang bisa dibaca siapa pun di jaringan, dan WordPress pun menolaknya.</translation>
    </message>
    <message>
        <source>The answer has no text.</source>
        <translation>Balasan belum berisi teks.</translation>
    </message>
    <message>
        <source>A comment can be approved, marked as spam or moved to the Trash.</source>
        <translation>Komentar dapat disetujui, ditandai sebagai spam, atau dipindahkan ke Tempat Sampah.</translation>
    </message>
    <message>
        <source>Type the WordPress user name.</source>
        <translation>Ketik nama pengguna WordPress.</translation>
    </message>
    <message>
        <source>Paste the application password.</source>
        <translation>Tempelkan sandi aplikasi.</translation>
    </message>
    <message>
        <source>Signed in to {site} as {user}, but this user may not publish posts. Ask the site&apos;s administrator for the Author or Editor role.</source>
        <translation>Berhasil masuk ke {site} sebagai {user}, tetapi pengguna ini tidak boleh menerbitkan postingan. Mintalah peran Penulis (Author) atau Penyunting (Editor) kepada administrator situs.</translation>
    </message>
    <message>
        <source>Signed in to {site} as {user}. This user may publish posts but not upload images.</source>
        <translation>Berhasil masuk ke {site} sebagai {user}. Pengguna ini boleh menerbitkan postingan tetapi tidak boleh mengunggah gambar.</translation>
    </message>
    <message>
        <source>Signed in to {site} as {user}; may publish posts and upload images.</source>
        <translation>Berhasil masuk ke {site} sebagai {user}; boleh menerbitkan postingan dan mengunggah gambar.</translation>
    </message>
    <message>
        <source>This post is already published on the site, so it cannot be cancelled. Remove it on the site if it should not be there.</source>
        <translation>Postingan ini sudah terbit di situs, jadi tidak bisa dibatalkan. Hapus di situs jika postingan itu tidak seharusnya ada di sana.</translation>
    </message>
    <message>
        <source>This post is already published on the site, so its time cannot be changed.</source>
        <translation>Postingan ini sudah terbit di situs, jadi waktunya tidak bisa diubah.</translation>
    </message>
    <message>
        <source>A WordPress post can be scheduled only at least {minutes} minutes ahead; {time} is too soon.</source>
        <translation>Postingan WordPress hanya bisa dijadwalkan paling cepat {minutes} menit ke depan; {time} terlalu dekat.</translation>
    </message>
    <message>
        <source>The post has no text.</source>
        <translation>Postingan ini tidak berisi teks.</translation>
    </message>
    <message>
        <source>HumasDesk sends at most {limit} images with one WordPress post.</source>
        <translation>HumasDesk mengirim paling banyak {limit} gambar dalam satu postingan WordPress.</translation>
    </message>
    <message>
        <source>“{name}” is not an image.</source>
        <translation>“{name}” bukan gambar.</translation>
    </message>
    <message>
        <source>The image “{name}” cannot be found.</source>
        <translation>Gambar “{name}” tidak ditemukan.</translation>
    </message>
    <message>
        <source>The image “{name}” cannot be read: {reason}</source>
        <translation>Gambar “{name}” tidak dapat dibaca: {reason}</translation>
    </message>
    <message>
        <source>The site did not say where it keeps the uploaded image.</source>
        <translation>Situs tidak memberi tahu di mana gambar yang diunggah disimpan.</translation>
    </message>
    <message>
        <source>A website has no followers to count; its comments are counted per article.</source>
        <translation>Situs web tidak memiliki pengikut untuk dihitung; komentarnya dihitung per artikel.</translation>
    </message>
    <message>
        <source>HumasDesk has no saved application password for this WordPress site. Connect it again on the Accounts page.</source>
        <translation>HumasDesk tidak menyimpan sandi aplikasi untuk situs WordPress ini. Sambungkan ulang akunnya di halaman Akun.</translation>
    </message>
    <message>
        <source>The site {site} did not accept the user “{user}” with this application password. It may have been revoked. Create a new one on your WordPress profile page (Users, Profile, Application Passwords) and reconnect the account.</source>
        <translation>Situs {site} tidak menerima pengguna “{user}” dengan sandi aplikasi ini. Mungkin sandinya sudah dicabut. Buat sandi aplikasi baru di halaman profil WordPress Anda (Pengguna, Profil, Kata Sandi Aplikasi) lalu sambungkan ulang akunnya.</translation>
    </message>
    <message>
        <source>The site refused: {reason}. The user may lack the right role (Author or Editor publishes posts).</source>
        <translation>Situs menolak: {reason}. Pengguna mungkin tidak memiliki peran yang sesuai (Penulis atau Penyunting bisa menerbitkan postingan).</translation>
    </message>
    <message>
        <source>The site {site} had a problem (HTTP {status}). HumasDesk will try again.</source>
        <translation>Situs {site} mengalami masalah (HTTP {status}). HumasDesk akan mencoba lagi.</translation>
    </message>
    <message>
        <source>No WordPress REST API was found at {site}. Check the address, and that no security plugin turns the REST API off.</source>
        <translation>Tidak ditemukan WordPress REST API di {site}. Periksa alamatnya, dan pastikan tidak ada plugin keamanan yang mematikan REST API.</translation>
    </message>
    <message>
        <source>the site</source>
        <translation>situs</translation>
    </message>
</context>
<context>
    <name>X</name>
    <message>
        <source>Signed in to X as @{username}. {expiry}</source>
        <translation>Berhasil masuk ke X sebagai @{username}. {expiry}</translation>
    </message>
    <message>
        <source>The login renews itself.</source>
        <translation>Login ini diperbarui otomatis.</translation>
    </message>
    <message>
        <source>The thread stopped at part {number} of {count}: {reason} The first parts are on X ({url}); post the rest by hand or delete them before sending again.</source>
        <translation>Utas berhenti di bagian {number} dari {count}: {reason} Bagian-bagian awal sudah ada di X ({url}); posting sisanya secara manual atau hapus bagian-bagian itu sebelum mengirim lagi.</translation>
    </message>
    <message>
        <source>X did not say which post it made. Check the account before sending again.</source>
        <translation>X tidak memberi tahu postingan mana yang dibuatnya. Periksa akunnya sebelum mengirim lagi.</translation>
    </message>
    <message>
        <source>Reading figures from X costs money on X&apos;s pay-per-use plan: about US${cost} a month for {posts} posts ({readings} readings per post at US${post_price} each, and the follower count once a day at US${user_price}), billed to the X developer account.</source>
        <translation>Membaca angka dari X berbayar pada paket bayar-per-pemakaian X: sekitar US${cost} sebulan untuk {posts} unggahan ({readings} pembacaan per unggahan masing-masing US${post_price}, dan jumlah pengikut sekali sehari seharga US${user_price}), ditagihkan ke akun pengembang X.</translation>
    </message>
    <message>
        <source>Reading figures from X is off, because every read costs money. Turn it on for the account if the cost is worth it.</source>
        <translation>Pembacaan angka dari X dimatikan, karena setiap pembacaan berbayar. Nyalakan untuk akun ini bila biayanya sepadan.</translation>
    </message>
    <message>
        <source>Reading mentions on X costs about US$ {amount} a month at one read every {minutes} minutes, if each read brings one new mention (X bills US$ {price} for a mention and its author; a read that finds nothing is free).</source>
        <translation>Membaca sebutan di X memakan biaya sekitar US$ {amount} sebulan dengan satu kali baca setiap {minutes} menit, jika setiap pembacaan membawa satu sebutan baru (X menagih US$ {price} untuk satu sebutan beserta penulisnya; pembacaan yang tidak menemukan apa pun gratis).</translation>
    </message>
    <message>
        <source>Reading mentions on X is off, because X bills every post it returns. Turn it on in the account&apos;s settings if the cost is acceptable: {cost}</source>
        <translation>Pembacaan sebutan di X dimatikan, karena X menagih setiap postingan yang dikirimkannya. Nyalakan di pengaturan akun jika biayanya dapat diterima: {cost}</translation>
    </message>
    <message>
        <source>X&apos;s answer had no figures for the post. HumasDesk will try again.</source>
        <translation>Jawaban X tidak berisi angka untuk unggahan ini. HumasDesk akan mencoba lagi.</translation>
    </message>
    <message>
        <source>Part {number}: {problems}</source>
        <translation>Bagian {number}: {problems}</translation>
    </message>
    <message>
        <source>X takes at most {limit} images per post.</source>
        <translation>X menerima paling banyak {limit} gambar per postingan.</translation>
    </message>
    <message>
        <source>“{name}” is not a JPEG, PNG, GIF or WebP image.</source>
        <translation>“{name}” bukan gambar JPEG, PNG, GIF, atau WebP.</translation>
    </message>
    <message>
        <source>The image “{name}” cannot be read: {reason}</source>
        <translation>Gambar “{name}” tidak dapat dibaca: {reason}</translation>
    </message>
    <message>
        <source>The image “{name}” is {size} MB; X takes at most 5 MB per image.</source>
        <translation>Gambar “{name}” berukuran {size} MB; X menerima paling besar 5 MB per gambar.</translation>
    </message>
    <message>
        <source>X did not accept the image. HumasDesk will try again.</source>
        <translation>X tidak menerima gambar itu. HumasDesk akan mencoba lagi.</translation>
    </message>
    <message>
        <source>X no longer accepts HumasDesk&apos;s login for this account (it may have been revoked in X&apos;s settings, Connected apps). Reconnect the account on the Accounts page; the post stays in the queue.</source>
        <translation>X tidak lagi menerima login HumasDesk untuk akun ini (mungkin sudah dicabut di pengaturan X, Aplikasi yang terhubung). Sambungkan ulang akunnya di halaman Akun; postingan tetap di antrean.</translation>
    </message>
    <message>
        <source>X does not accept HumasDesk&apos;s login for this account. Reconnect the account on the Accounts page; the post stays in the queue.</source>
        <translation>X tidak menerima login HumasDesk untuk akun ini. Sambungkan ulang akunnya di halaman Akun; postingan tetap di antrean.</translation>
    </message>
    <message>
        <source>The X developer account has used up its plan&apos;s monthly posting allowance. It renews with the plan&apos;s next period, or upgrade the plan in the X developer portal.</source>
        <translation>Akun developer X sudah menghabiskan jatah posting bulanan dari paketnya. Jatah itu diperbarui pada periode paket berikutnya, atau tingkatkan paket di X developer portal.</translation>
    </message>
    <message>
        <source>X refused because the developer account&apos;s plan has no credit left for this (X says: {reason}). Add credit or choose a paid plan in the X developer portal (Products, Billing); the post stays in the queue.</source>
        <translation>X menolak karena paket akun developer tidak punya sisa kredit untuk ini (kata X: {reason}). Tambahkan kredit atau pilih paket berbayar di X developer portal (Products, Billing); postingan tetap di antrean.</translation>
    </message>
    <message>
        <source>a higher access level</source>
        <translation>tingkat akses yang lebih tinggi</translation>
    </message>
    <message>
        <source>The X app&apos;s access level does not allow posting: it needs {needed}. In the X developer portal, attach the app to a project on a plan that includes posting (X says: {reason}).</source>
        <translation>Tingkat akses aplikasi X tidak membolehkan posting: perlu {needed}. Di X developer portal, pasang aplikasi ke proyek dengan paket yang mencakup posting (kata X: {reason}).</translation>
    </message>
    <message>
        <source>X does not accept this kind of login for posting. Reconnect the account on the Accounts page.</source>
        <translation>X tidak menerima jenis login ini untuk posting. Sambungkan ulang akunnya di halaman Akun.</translation>
    </message>
    <message>
        <source>X had a problem (HTTP {status}). HumasDesk will try again.</source>
        <translation>X mengalami masalah (HTTP {status}). HumasDesk akan mencoba lagi.</translation>
    </message>
    <message>
        <source>X answered without a token. Try again.</source>
        <translation>X menjawab tanpa memberikan token. Coba lagi.</translation>
    </message>
    <message>
        <source>Type the Client ID of your X app (X developer portal, your app, Keys and tokens, OAuth 2.0 Client ID).</source>
        <translation>Ketik Client ID aplikasi X Anda (X developer portal, aplikasi Anda, Keys and tokens, OAuth 2.0 Client ID).</translation>
    </message>
</context>
</TS>
