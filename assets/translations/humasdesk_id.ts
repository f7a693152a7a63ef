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
        <source>Accounts</source>
        <translation>Akun</translation>
    </message>
    <message>
        <source>The Local outbox saves posts as files on this computer, so everything works before you connect a platform.</source>
        <translation>Kotak Keluar Lokal menyimpan postingan sebagai berkas di komputer ini, jadi semuanya sudah bisa dipakai sebelum Anda menyambungkan platform.</translation>
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
        <source>{name}, {platform}, {state}</source>
        <translation>{name}, {platform}, {state}</translation>
    </message>
</context>
<context>
    <name>Actions</name>
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
        <source>Language, theme, text size and time zone</source>
        <translation>Bahasa, tema, ukuran teks, dan zona waktu</translation>
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
        <source>Refresh the queue</source>
        <translation>Muat ulang antrean</translation>
    </message>
    <message>
        <source>Repeat the last message</source>
        <translation>Ulangi pesan terakhir</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <source>Shortcut: {keys}</source>
        <translation>Pintasan: {keys}</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>{command}: {problem} (see {command} --help)</source>
        <translation>{command}: {problem} (lihat {command} --help)</translation>
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
        <source>The file {path} is not UTF-8 text.</source>
        <translation>Berkas {path} bukan teks UTF-8.</translation>
    </message>
    <message>
        <source>The file {path} cannot be read: {reason}</source>
        <translation>Berkas {path} tidak dapat dibaca: {reason}</translation>
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
        <source>list scheduled, published and failed posts</source>
        <translation>tampilkan postingan terjadwal, terbit, dan gagal</translation>
    </message>
    <message>
        <source>print JSON instead of text</source>
        <translation>cetak JSON, bukan teks biasa</translation>
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
        <source>Restore the draft</source>
        <translation>Pulihkan draf</translation>
    </message>
    <message>
        <source>Discard it</source>
        <translation>Buang draf</translation>
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
        <source>Publish to these accounts</source>
        <translation>Terbitkan ke akun-akun ini</translation>
    </message>
    <message>
        <source>Or schedule it</source>
        <translation>Atau jadwalkan</translation>
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
        <source>T&amp;ime (arrow keys change it):</source>
        <translation>&amp;Jam (ubah dengan tombol panah):</translation>
    </message>
    <message>
        <source>Times are in {label} ({zone}).</source>
        <translation>Waktu dalam {label} ({zone}).</translation>
    </message>
    <message>
        <source>Time, {label}</source>
        <translation>Jam, {label}</translation>
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
        <source>Publishing…</source>
        <translation>Sedang menerbitkan…</translation>
    </message>
    <message>
        <source>Publishing stopped with an error: {error}</source>
        <translation>Penerbitan berhenti karena kesalahan: {error}</translation>
    </message>
    <message>
        <source>Scheduled for {time}.</source>
        <translation>Dijadwalkan pada {time}.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>HumasDesk</source>
        <translation>HumasDesk</translation>
    </message>
</context>
<context>
    <name>PlatformError</name>
    <message>
        <source>The login for this account has expired or was revoked. Reconnect the account on the Accounts page.</source>
        <translation>Login akun ini sudah kedaluwarsa atau dicabut. Sambungkan ulang akunnya di halaman Akun.</translation>
    </message>
    <message>
        <source>The platform asks us to slow down. HumasDesk will try again when it allows.</source>
        <translation>Platform meminta pengiriman diperlambat. HumasDesk akan mencoba lagi saat diizinkan.</translation>
    </message>
    <message>
        <source>The platform refused the post: {reason}</source>
        <translation>Platform menolak postingan: {reason}</translation>
    </message>
    <message>
        <source>The platform could not be reached. HumasDesk will try again.</source>
        <translation>Platform tidak dapat dihubungi. HumasDesk akan mencoba lagi.</translation>
    </message>
    <message>
        <source>The connection broke while sending; it is not known whether the post went out. Check the account before sending it again.</source>
        <translation>Koneksi terputus saat mengirim; tidak diketahui apakah postingan sudah terbit. Periksa akunnya sebelum mengirim lagi.</translation>
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
        <source>{time} is already past. Choose a time in the future.</source>
        <translation>{time} sudah lewat. Pilih waktu yang akan datang.</translation>
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
        <source>Not published to {account}: {reason}</source>
        <translation>Tidak terbit di {account}: {reason}</translation>
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
        <source>Queue</source>
        <translation>Antrean</translation>
    </message>
    <message>
        <source>Upcoming posts first, then published and failed ones, newest first.</source>
        <translation>Postingan yang akan datang di atas, lalu yang sudah terbit dan yang gagal, terbaru lebih dulu.</translation>
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
        <source>Changes are saved and applied at once.</source>
        <translation>Perubahan langsung disimpan dan diterapkan.</translation>
    </message>
</context>
<context>
    <name>Speech</name>
    <message>
        <source>turn a recorded voice memo into text, with spoken commands applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recognition engine (default: the one in Settings): whisper (offline, Indonesian and English, needs a model folder), pocketsphinx (offline, English only), google (online: sends the recording to Google)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language spoken in the memo (default: the one in Settings, Indonesian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whisper model folder (default: the one in Settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the text as a new draft instead of printing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the recording: WAV, AIFF or FLAC; other formats such as M4A or MP3 when PyAV is installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audio file {path} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as draft {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a WAV, AIFF or FLAC file, and the decoder for other formats (the PyAV package) is not installed. Convert the file to WAV, or install PyAV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} could not be read as audio. Is it a sound recording?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No microphone was found. Plug one in (or turn it on in the system&apos;s sound settings), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The microphone “{name}” could not be opened. Another program may be using it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound support is not installed: the Python package “sounddevice” is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound support is not installed: the system library PortAudio is missing (on Debian or Ubuntu, install the package libportaudio2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sound output device was found, so nothing can be read aloud. Connect speakers or headphones and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no dictated phrase to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last dictated phrase was changed after it was dictated, so it was not removed. Use Undo instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command file {path} cannot be used: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dictation stopped because of an unexpected error. Nothing was changed. The details are in the log file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indonesian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{engine} cannot recognise {language}. It knows: {known}. Choose another engine or language in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in English (offline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognises English on this computer with PocketSphinx. Nothing leaves the computer and nothing needs downloading, but it makes more mistakes than Whisper and knows no Indonesian.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in English engine is not installed (the Python package “pocketsphinx” is missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in English engine could not start: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To dictate offline with Whisper, HumasDesk needs a Whisper model folder in CTranslate2 format (“faster-whisper”), for example faster-whisper-small: a folder with model.bin, config.json, tokenizer.json and vocabulary.txt. Download it once on any computer with internet (for Indonesian, pick a multilingual model, not one whose name ends in “.en”), copy the folder here, and choose it in Settings, Speech, Whisper model folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder copied to {folder} is found without choosing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whisper (offline, Indonesian and English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognises Indonesian and English on this computer with a Whisper model that you download once. Nothing leaves the computer. Larger models are more accurate but slower.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Whisper engine is not installed (the Python package “faster-whisper” is missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Whisper model folder is chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Whisper model folder {folder} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {folder} is not a complete Whisper model: {files} missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Whisper model in {folder} knows only English. For {language}, choose a multilingual model (one whose name does not end in “.en”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Whisper model in {folder} could not be loaded: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google (online)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends each recording over the internet to Google&apos;s speech service. It needs no download and knows Indonesian well, but Google receives everything you say: never dictate patient names or other private information with it. It stops working without internet, and Google may limit or end this free service at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The online engine is not installed (the Python package “SpeechRecognition” is missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The online speech service could not be reached ({reason}). Nothing was changed. Check the internet connection, or choose an offline engine in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no speech engine called “{name}”. Engines: {known}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I heard nothing. Check that the microphone is on and speak a little louder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I could not understand that. Nothing was changed; please say it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading aloud stopped because of an unexpected error. The details are in the log file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading aloud is not installed (the Python package “pyttsx3” is missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading aloud could not start: {reason}. On Debian or Ubuntu, install the package espeak-ng.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no {language} voice, so {voice} reads the text and will mispronounce it. Installing espeak-ng adds an Indonesian voice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the default voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The speech could not be written to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpeechCommand</name>
    <message>
        <source>Full stop (.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question mark (?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclamation mark (!)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colon (:)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening bracket ((), no space after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing bracket ())</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hyphen (-), joining the words on both sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new paragraph (an empty line between)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the last dictated phrase, wherever the cursor is now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the word before the cursor, or the selected text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the next word with a capital letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the next word a hashtag (#word)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the text aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the next command as words, e.g. “ketik titik” types the word “titik”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>The disk is full or cannot be written; nothing was saved. Free some space and try again.</source>
        <translation>Disk penuh atau tidak dapat ditulisi; tidak ada yang tersimpan. Kosongkan sebagian ruang lalu coba lagi.</translation>
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
    <name>TextRules</name>
    <message>
        <source>X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mastodon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bluesky</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telegram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Telegram caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WordPress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the local outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an assisted site</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Time</name>
    <message>
        <source>Unknown time zone: {zone}. Use a name like Asia/Jakarta.</source>
        <translation>Zona waktu tidak dikenal: {zone}. Gunakan nama seperti Asia/Jakarta.</translation>
    </message>
    <message>
        <source>Cannot read the time “{text}”. Write it as YYYY-MM-DD HH:MM, for example 2026-12-01 09:00.</source>
        <translation>Waktu “{text}” tidak terbaca. Tulis sebagai tahun-bulan-tanggal jam:menit (YYYY-MM-DD HH:MM), misalnya 2026-12-01 09:00.</translation>
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
</TS>
