<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AccountState</name>
    <message>
        <source>Connected</source>
        <translation>Connected</translation>
    </message>
    <message>
        <source>Needs reconnect</source>
        <translation>Needs reconnect</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>The Local outbox saves posts as files on this computer, so everything works before you connect a platform.</source>
        <translation>The Local outbox saves posts as files on this computer, so everything works before you connect a platform.</translation>
    </message>
    <message>
        <source>the account list</source>
        <translation>the account list</translation>
    </message>
    <message>
        <source>&amp;Accounts:</source>
        <translation>&amp;Accounts:</translation>
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
        <translation>Write</translation>
    </message>
    <message>
        <source>Go to the composer to write a post</source>
        <translation>Go to the composer to write a post</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <source>Scheduled, published and failed posts</source>
        <translation>Scheduled, published and failed posts</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>The accounts HumasDesk publishes to</source>
        <translation>The accounts HumasDesk publishes to</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Language, theme, text size and time zone</source>
        <translation>Language, theme, text size and time zone</translation>
    </message>
    <message>
        <source>Publish now</source>
        <translation>Publish now</translation>
    </message>
    <message>
        <source>Publish the post to the checked accounts now</source>
        <translation>Publish the post to the checked accounts now</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <source>Publish the post at the chosen date and time</source>
        <translation>Publish the post at the chosen date and time</translation>
    </message>
    <message>
        <source>Go to the post text</source>
        <translation>Go to the post text</translation>
    </message>
    <message>
        <source>Refresh the queue</source>
        <translation>Refresh the queue</translation>
    </message>
    <message>
        <source>Repeat the last message</source>
        <translation>Repeat the last message</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Shortcut: {keys}</source>
        <translation>Shortcut: {keys}</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>{command}: {problem} (see {command} --help)</source>
        <translation>{command}: {problem} (see {command} --help)</translation>
    </message>
    <message>
        <source>Give the text once: with --text TEXT, --file PATH, or - to read it from standard input.</source>
        <translation>Give the text once: with --text TEXT, --file PATH, or - to read it from standard input.</translation>
    </message>
    <message>
        <source>The file {path} does not exist.</source>
        <translation>The file {path} does not exist.</translation>
    </message>
    <message>
        <source>The file {path} is not UTF-8 text.</source>
        <translation>The file {path} is not UTF-8 text.</translation>
    </message>
    <message>
        <source>The file {path} cannot be read: {reason}</source>
        <translation>The file {path} cannot be read: {reason}</translation>
    </message>
    <message>
        <source>Say which account with --account NAME.</source>
        <translation>Say which account with --account NAME.</translation>
    </message>
    <message>
        <source>--zone only makes sense with --at.</source>
        <translation>--zone only makes sense with --at.</translation>
    </message>
    <message>
        <source>There is no account named “{name}”. Accounts: {known}.</source>
        <translation>There is no account named “{name}”. Accounts: {known}.</translation>
    </message>
    <message>
        <source>Scheduled for {time} on {account}.</source>
        <translation>Scheduled for {time} on {account}.</translation>
    </message>
    <message>
        <source>The queue is empty.</source>
        <translation>The queue is empty.</translation>
    </message>
    <message>
        <source>HumasDesk: write, schedule and publish posts for every account, by keyboard, voice and screen reader. Without a command, the window opens.</source>
        <translation>HumasDesk: write, schedule and publish posts for every account, by keyboard, voice and screen reader. Without a command, the window opens.</translation>
    </message>
    <message>
        <source>publish now, or schedule with --at</source>
        <translation>publish now, or schedule with --at</translation>
    </message>
    <message>
        <source>account to publish to (repeat for several)</source>
        <translation>account to publish to (repeat for several)</translation>
    </message>
    <message>
        <source>the text of the post</source>
        <translation>the text of the post</translation>
    </message>
    <message>
        <source>read the text from a UTF-8 file</source>
        <translation>read the text from a UTF-8 file</translation>
    </message>
    <message>
        <source>&apos;-&apos; reads the text from standard input</source>
        <translation>&apos;-&apos; reads the text from standard input</translation>
    </message>
    <message>
        <source>schedule for this local time instead of now</source>
        <translation>schedule for this local time instead of now</translation>
    </message>
    <message>
        <source>time zone of --at (default: the one in Settings, Asia/Jakarta = WIB)</source>
        <translation>time zone of --at (default: the one in Settings, Asia/Jakarta = WIB)</translation>
    </message>
    <message>
        <source>list scheduled, published and failed posts</source>
        <translation>list scheduled, published and failed posts</translation>
    </message>
    <message>
        <source>print JSON instead of text</source>
        <translation>print JSON instead of text</translation>
    </message>
</context>
<context>
    <name>Compose</name>
    <message>
        <source>the composer</source>
        <translation>the composer</translation>
    </message>
    <message>
        <source>Write a post</source>
        <translation>Write a post</translation>
    </message>
    <message>
        <source>Unsent draft</source>
        <translation>Unsent draft</translation>
    </message>
    <message>
        <source>Restore the draft</source>
        <translation>Restore the draft</translation>
    </message>
    <message>
        <source>Discard it</source>
        <translation>Discard it</translation>
    </message>
    <message>
        <source>Post text</source>
        <translation>Post text</translation>
    </message>
    <message>
        <source>the post text</source>
        <translation>the post text</translation>
    </message>
    <message>
        <source>&amp;Post text ({keys}):</source>
        <translation>&amp;Post text ({keys}):</translation>
    </message>
    <message>
        <source>Write the post here. Tab moves on to the accounts.</source>
        <translation>Write the post here. Tab moves on to the accounts.</translation>
    </message>
    <message>
        <source>Publish to these accounts</source>
        <translation>Publish to these accounts</translation>
    </message>
    <message>
        <source>Or schedule it</source>
        <translation>Or schedule it</translation>
    </message>
    <message>
        <source>&amp;When (for example “besok jam 9”, “Senin 14.00” or 2026-12-01 09:00):</source>
        <translation>&amp;When (for example “besok jam 9”, “Senin 14.00” or 2026-12-01 09:00):</translation>
    </message>
    <message>
        <source>Type a date and time in words or numbers; what HumasDesk understood is shown and read out below.</source>
        <translation>Type a date and time in words or numbers; what HumasDesk understood is shown and read out below.</translation>
    </message>
    <message>
        <source>&amp;Date (arrow keys change it):</source>
        <translation>&amp;Date (arrow keys change it):</translation>
    </message>
    <message>
        <source>T&amp;ime (arrow keys change it):</source>
        <translation>T&amp;ime (arrow keys change it):</translation>
    </message>
    <message>
        <source>Times are in {label} ({zone}).</source>
        <translation>Times are in {label} ({zone}).</translation>
    </message>
    <message>
        <source>Time, {label}</source>
        <translation>Time, {label}</translation>
    </message>
    <message>
        <source>Understood: {when}</source>
        <translation>Understood: {when}</translation>
    </message>
    <message>
        <source>A draft from {time} was not published: “{start}”</source>
        <translation>A draft from {time} was not published: “{start}”</translation>
    </message>
    <message>
        <source>An unsent draft from {time} can be restored.</source>
        <translation>An unsent draft from {time} can be restored.</translation>
    </message>
    <message>
        <source>Draft restored.</source>
        <translation>Draft restored.</translation>
    </message>
    <message>
        <source>Draft discarded.</source>
        <translation>Draft discarded.</translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation>Publishing…</translation>
    </message>
    <message>
        <source>Publishing stopped with an error: {error}</source>
        <translation>Publishing stopped with an error: {error}</translation>
    </message>
    <message>
        <source>Scheduled for {time}.</source>
        <translation>Scheduled for {time}.</translation>
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
        <translation>The login for this account has expired or was revoked. Reconnect the account on the Accounts page.</translation>
    </message>
    <message>
        <source>The platform asks us to slow down. HumasDesk will try again when it allows.</source>
        <translation>The platform asks us to slow down. HumasDesk will try again when it allows.</translation>
    </message>
    <message>
        <source>The platform refused the post: {reason}</source>
        <translation>The platform refused the post: {reason}</translation>
    </message>
    <message>
        <source>The platform could not be reached. HumasDesk will try again.</source>
        <translation>The platform could not be reached. HumasDesk will try again.</translation>
    </message>
    <message>
        <source>The connection broke while sending; it is not known whether the post went out. Check the account before sending it again.</source>
        <translation>The connection broke while sending; it is not known whether the post went out. Check the account before sending it again.</translation>
    </message>
</context>
<context>
    <name>Platforms</name>
    <message>
        <source>Local outbox</source>
        <translation>Local outbox</translation>
    </message>
    <message>
        <source>Posts are saved as files in {folder}</source>
        <translation>Posts are saved as files in {folder}</translation>
    </message>
    <message>
        <source>The post has no text.</source>
        <translation>The post has no text.</translation>
    </message>
    <message>
        <source>The disk is full; the post was not written to the outbox. Free some space and try again.</source>
        <translation>The disk is full; the post was not written to the outbox. Free some space and try again.</translation>
    </message>
    <message>
        <source>The outbox folder {folder} cannot be written: {reason}</source>
        <translation>The outbox folder {folder} cannot be written: {reason}</translation>
    </message>
    <message>
        <source>Unknown platform: {platform}</source>
        <translation>Unknown platform: {platform}</translation>
    </message>
</context>
<context>
    <name>PublishState</name>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Sending</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Scheduled on the platform</source>
        <translation>Scheduled on the platform</translation>
    </message>
</context>
<context>
    <name>Publishing</name>
    <message>
        <source>The post is empty. Write some text first.</source>
        <translation>The post is empty. Write some text first.</translation>
    </message>
    <message>
        <source>Choose at least one account.</source>
        <translation>Choose at least one account.</translation>
    </message>
    <message>
        <source>{time} is already past. Choose a time in the future.</source>
        <translation>{time} is already past. Choose a time in the future.</translation>
    </message>
    <message>
        <source>That account no longer exists.</source>
        <translation>That account no longer exists.</translation>
    </message>
    <message>
        <source>The account “{name}” cannot publish now: {state}.</source>
        <translation>The account “{name}” cannot publish now: {state}.</translation>
    </message>
    <message>
        <source>That post no longer exists.</source>
        <translation>That post no longer exists.</translation>
    </message>
    <message>
        <source>Not published to {account}: {reason}</source>
        <translation>Not published to {account}: {reason}</translation>
    </message>
    <message>
        <source>Something went wrong inside HumasDesk while sending; check the account before sending again.</source>
        <translation>Something went wrong inside HumasDesk while sending; check the account before sending again.</translation>
    </message>
    <message>
        <source>Published to {account}.</source>
        <translation>Published to {account}.</translation>
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
        <translation>Queue</translation>
    </message>
    <message>
        <source>Upcoming posts first, then published and failed ones, newest first.</source>
        <translation>Upcoming posts first, then published and failed ones, newest first.</translation>
    </message>
    <message>
        <source>the queue</source>
        <translation>the queue</translation>
    </message>
    <message>
        <source>&amp;Posts:</source>
        <translation>&amp;Posts:</translation>
    </message>
    <message>
        <source>Nothing here yet. Posts you publish or schedule appear in this list.</source>
        <translation>Nothing here yet. Posts you publish or schedule appear in this list.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>“{value}” is not one of: {allowed}</source>
        <translation>“{value}” is not one of: {allowed}</translation>
    </message>
    <message>
        <source>Choose a number from {low} to {high}.</source>
        <translation>Choose a number from {low} to {high}.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Same as the system</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Dark, high contrast</source>
        <translation>Dark, high contrast</translation>
    </message>
    <message>
        <source>Light, high contrast</source>
        <translation>Light, high contrast</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Theme:</translation>
    </message>
    <message>
        <source>Text &amp;size:</source>
        <translation>Text &amp;size:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>Time &amp;zone:</translation>
    </message>
    <message>
        <source>Schedules are shown and typed in this zone.</source>
        <translation>Schedules are shown and typed in this zone.</translation>
    </message>
    <message>
        <source>Changes are saved and applied at once.</source>
        <translation>Changes are saved and applied at once.</translation>
    </message>
</context>
<context>
    <name>Speech</name>
    <message>
        <source>turn a recorded voice memo into text, with spoken commands applied</source>
        <translation>turn a recorded voice memo into text, with spoken commands applied</translation>
    </message>
    <message>
        <source>recognition engine (default: the one in Settings): whisper (offline, Indonesian and English, needs a model folder), pocketsphinx (offline, English only), google (online: sends the recording to Google)</source>
        <translation>recognition engine (default: the one in Settings): whisper (offline, Indonesian and English, needs a model folder), pocketsphinx (offline, English only), google (online: sends the recording to Google)</translation>
    </message>
    <message>
        <source>language spoken in the memo (default: the one in Settings, Indonesian)</source>
        <translation>language spoken in the memo (default: the one in Settings, Indonesian)</translation>
    </message>
    <message>
        <source>Whisper model folder (default: the one in Settings)</source>
        <translation>Whisper model folder (default: the one in Settings)</translation>
    </message>
    <message>
        <source>save the text as a new draft instead of printing it</source>
        <translation>save the text as a new draft instead of printing it</translation>
    </message>
    <message>
        <source>the recording: WAV, AIFF or FLAC; other formats such as M4A or MP3 when PyAV is installed</source>
        <translation>the recording: WAV, AIFF or FLAC; other formats such as M4A or MP3 when PyAV is installed</translation>
    </message>
    <message>
        <source>The audio file {path} does not exist.</source>
        <translation>The audio file {path} does not exist.</translation>
    </message>
    <message>
        <source>Saved as draft {id}.</source>
        <translation>Saved as draft {id}.</translation>
    </message>
    <message>
        <source>{path} is not a WAV, AIFF or FLAC file, and the decoder for other formats (the PyAV package) is not installed. Convert the file to WAV, or install PyAV.</source>
        <translation>{path} is not a WAV, AIFF or FLAC file, and the decoder for other formats (the PyAV package) is not installed. Convert the file to WAV, or install PyAV.</translation>
    </message>
    <message>
        <source>{path} could not be read as audio. Is it a sound recording?</source>
        <translation>{path} could not be read as audio. Is it a sound recording?</translation>
    </message>
    <message>
        <source>No microphone was found. Plug one in (or turn it on in the system&apos;s sound settings), then try again.</source>
        <translation>No microphone was found. Plug one in (or turn it on in the system&apos;s sound settings), then try again.</translation>
    </message>
    <message>
        <source>The microphone “{name}” could not be opened. Another program may be using it.</source>
        <translation>The microphone “{name}” could not be opened. Another program may be using it.</translation>
    </message>
    <message>
        <source>Sound support is not installed: the Python package “sounddevice” is missing.</source>
        <translation>Sound support is not installed: the Python package “sounddevice” is missing.</translation>
    </message>
    <message>
        <source>Sound support is not installed: the system library PortAudio is missing (on Debian or Ubuntu, install the package libportaudio2).</source>
        <translation>Sound support is not installed: the system library PortAudio is missing (on Debian or Ubuntu, install the package libportaudio2).</translation>
    </message>
    <message>
        <source>No sound output device was found, so nothing can be read aloud. Connect speakers or headphones and try again.</source>
        <translation>No sound output device was found, so nothing can be read aloud. Connect speakers or headphones and try again.</translation>
    </message>
    <message>
        <source>There is no dictated phrase to remove.</source>
        <translation>There is no dictated phrase to remove.</translation>
    </message>
    <message>
        <source>The last dictated phrase was changed after it was dictated, so it was not removed. Use Undo instead.</source>
        <translation>The last dictated phrase was changed after it was dictated, so it was not removed. Use Undo instead.</translation>
    </message>
    <message>
        <source>The command file {path} cannot be used: {reason}</source>
        <translation>The command file {path} cannot be used: {reason}</translation>
    </message>
    <message>
        <source>Dictation stopped because of an unexpected error. Nothing was changed. The details are in the log file.</source>
        <translation>Dictation stopped because of an unexpected error. Nothing was changed. The details are in the log file.</translation>
    </message>
    <message>
        <source>Indonesian</source>
        <translation>Indonesian</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>{engine} cannot recognise {language}. It knows: {known}. Choose another engine or language in Settings.</source>
        <translation>{engine} cannot recognise {language}. It knows: {known}. Choose another engine or language in Settings.</translation>
    </message>
    <message>
        <source>Built-in English (offline)</source>
        <translation>Built-in English (offline)</translation>
    </message>
    <message>
        <source>Recognises English on this computer with PocketSphinx. Nothing leaves the computer and nothing needs downloading, but it makes more mistakes than Whisper and knows no Indonesian.</source>
        <translation>Recognises English on this computer with PocketSphinx. Nothing leaves the computer and nothing needs downloading, but it makes more mistakes than Whisper and knows no Indonesian.</translation>
    </message>
    <message>
        <source>The built-in English engine is not installed (the Python package “pocketsphinx” is missing).</source>
        <translation>The built-in English engine is not installed (the Python package “pocketsphinx” is missing).</translation>
    </message>
    <message>
        <source>The built-in English engine could not start: {reason}</source>
        <translation>The built-in English engine could not start: {reason}</translation>
    </message>
    <message>
        <source>To dictate offline with Whisper, HumasDesk needs a Whisper model folder in CTranslate2 format (“faster-whisper”), for example faster-whisper-small: a folder with model.bin, config.json, tokenizer.json and vocabulary.txt. Download it once on any computer with internet (for Indonesian, pick a multilingual model, not one whose name ends in “.en”), copy the folder here, and choose it in Settings, Speech, Whisper model folder.</source>
        <translation>To dictate offline with Whisper, HumasDesk needs a Whisper model folder in CTranslate2 format (“faster-whisper”), for example faster-whisper-small: a folder with model.bin, config.json, tokenizer.json and vocabulary.txt. Download it once on any computer with internet (for Indonesian, pick a multilingual model, not one whose name ends in “.en”), copy the folder here, and choose it in Settings, Speech, Whisper model folder.</translation>
    </message>
    <message>
        <source>A folder copied to {folder} is found without choosing it.</source>
        <translation>A folder copied to {folder} is found without choosing it.</translation>
    </message>
    <message>
        <source>Whisper (offline, Indonesian and English)</source>
        <translation>Whisper (offline, Indonesian and English)</translation>
    </message>
    <message>
        <source>Recognises Indonesian and English on this computer with a Whisper model that you download once. Nothing leaves the computer. Larger models are more accurate but slower.</source>
        <translation>Recognises Indonesian and English on this computer with a Whisper model that you download once. Nothing leaves the computer. Larger models are more accurate but slower.</translation>
    </message>
    <message>
        <source>The Whisper engine is not installed (the Python package “faster-whisper” is missing).</source>
        <translation>The Whisper engine is not installed (the Python package “faster-whisper” is missing).</translation>
    </message>
    <message>
        <source>No Whisper model folder is chosen.</source>
        <translation>No Whisper model folder is chosen.</translation>
    </message>
    <message>
        <source>The Whisper model folder {folder} does not exist.</source>
        <translation>The Whisper model folder {folder} does not exist.</translation>
    </message>
    <message>
        <source>The folder {folder} is not a complete Whisper model: {files} missing.</source>
        <translation>The folder {folder} is not a complete Whisper model: {files} missing.</translation>
    </message>
    <message>
        <source>The Whisper model in {folder} knows only English. For {language}, choose a multilingual model (one whose name does not end in “.en”).</source>
        <translation>The Whisper model in {folder} knows only English. For {language}, choose a multilingual model (one whose name does not end in “.en”).</translation>
    </message>
    <message>
        <source>The Whisper model in {folder} could not be loaded: {reason}</source>
        <translation>The Whisper model in {folder} could not be loaded: {reason}</translation>
    </message>
    <message>
        <source>Google (online)</source>
        <translation>Google (online)</translation>
    </message>
    <message>
        <source>Sends each recording over the internet to Google&apos;s speech service. It needs no download and knows Indonesian well, but Google receives everything you say: never dictate patient names or other private information with it. It stops working without internet, and Google may limit or end this free service at any time.</source>
        <translation>Sends each recording over the internet to Google&apos;s speech service. It needs no download and knows Indonesian well, but Google receives everything you say: never dictate patient names or other private information with it. It stops working without internet, and Google may limit or end this free service at any time.</translation>
    </message>
    <message>
        <source>The online engine is not installed (the Python package “SpeechRecognition” is missing).</source>
        <translation>The online engine is not installed (the Python package “SpeechRecognition” is missing).</translation>
    </message>
    <message>
        <source>The online speech service could not be reached ({reason}). Nothing was changed. Check the internet connection, or choose an offline engine in Settings.</source>
        <translation>The online speech service could not be reached ({reason}). Nothing was changed. Check the internet connection, or choose an offline engine in Settings.</translation>
    </message>
    <message>
        <source>There is no speech engine called “{name}”. Engines: {known}.</source>
        <translation>There is no speech engine called “{name}”. Engines: {known}.</translation>
    </message>
    <message>
        <source>I heard nothing. Check that the microphone is on and speak a little louder.</source>
        <translation>I heard nothing. Check that the microphone is on and speak a little louder.</translation>
    </message>
    <message>
        <source>I could not understand that. Nothing was changed; please say it again.</source>
        <translation>I could not understand that. Nothing was changed; please say it again.</translation>
    </message>
    <message>
        <source>Reading aloud stopped because of an unexpected error. The details are in the log file.</source>
        <translation>Reading aloud stopped because of an unexpected error. The details are in the log file.</translation>
    </message>
    <message>
        <source>Reading aloud is not installed (the Python package “pyttsx3” is missing).</source>
        <translation>Reading aloud is not installed (the Python package “pyttsx3” is missing).</translation>
    </message>
    <message>
        <source>Reading aloud could not start: {reason}. On Debian or Ubuntu, install the package espeak-ng.</source>
        <translation>Reading aloud could not start: {reason}. On Debian or Ubuntu, install the package espeak-ng.</translation>
    </message>
    <message>
        <source>This computer has no {language} voice, so {voice} reads the text and will mispronounce it. Installing espeak-ng adds an Indonesian voice.</source>
        <translation>This computer has no {language} voice, so {voice} reads the text and will mispronounce it. Installing espeak-ng adds an Indonesian voice.</translation>
    </message>
    <message>
        <source>the default voice</source>
        <translation>the default voice</translation>
    </message>
    <message>
        <source>The speech could not be written to {path}.</source>
        <translation>The speech could not be written to {path}.</translation>
    </message>
</context>
<context>
    <name>SpeechCommand</name>
    <message>
        <source>Full stop (.)</source>
        <translation>Full stop (.)</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Comma (,)</translation>
    </message>
    <message>
        <source>Question mark (?)</source>
        <translation>Question mark (?)</translation>
    </message>
    <message>
        <source>Exclamation mark (!)</source>
        <translation>Exclamation mark (!)</translation>
    </message>
    <message>
        <source>Colon (:)</source>
        <translation>Colon (:)</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>Semicolon (;)</translation>
    </message>
    <message>
        <source>Opening bracket ((), no space after</source>
        <translation>Opening bracket ((), no space after</translation>
    </message>
    <message>
        <source>Closing bracket ())</source>
        <translation>Closing bracket ())</translation>
    </message>
    <message>
        <source>Hyphen (-), joining the words on both sides</source>
        <translation>Hyphen (-), joining the words on both sides</translation>
    </message>
    <message>
        <source>Start a new line</source>
        <translation>Start a new line</translation>
    </message>
    <message>
        <source>Start a new paragraph (an empty line between)</source>
        <translation>Start a new paragraph (an empty line between)</translation>
    </message>
    <message>
        <source>Remove the last dictated phrase, wherever the cursor is now</source>
        <translation>Remove the last dictated phrase, wherever the cursor is now</translation>
    </message>
    <message>
        <source>Delete the word before the cursor, or the selected text</source>
        <translation>Delete the word before the cursor, or the selected text</translation>
    </message>
    <message>
        <source>Start the next word with a capital letter</source>
        <translation>Start the next word with a capital letter</translation>
    </message>
    <message>
        <source>Make the next word a hashtag (#word)</source>
        <translation>Make the next word a hashtag (#word)</translation>
    </message>
    <message>
        <source>Read the text aloud</source>
        <translation>Read the text aloud</translation>
    </message>
    <message>
        <source>Type the next command as words, e.g. “ketik titik” types the word “titik”</source>
        <translation>Type the next command as words, e.g. “ketik titik” types the word “titik”</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>The disk is full or cannot be written; nothing was saved. Free some space and try again.</source>
        <translation>The disk is full or cannot be written; nothing was saved. Free some space and try again.</translation>
    </message>
    <message>
        <source>The data file is busy in another HumasDesk window; try again in a moment.</source>
        <translation>The data file is busy in another HumasDesk window; try again in a moment.</translation>
    </message>
    <message>
        <source>The data file cannot be opened for writing. Check the folder&apos;s permissions.</source>
        <translation>The data file cannot be opened for writing. Check the folder&apos;s permissions.</translation>
    </message>
    <message>
        <source>The data file reported an error: {error}</source>
        <translation>The data file reported an error: {error}</translation>
    </message>
    <message>
        <source>This data file was written by a newer HumasDesk; update the app to open it.</source>
        <translation>This data file was written by a newer HumasDesk; update the app to open it.</translation>
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
        <translation>a Telegram caption</translation>
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
        <translation>the local outbox</translation>
    </message>
    <message>
        <source>an assisted site</source>
        <translation>an assisted site</translation>
    </message>
</context>
<context>
    <name>Time</name>
    <message>
        <source>Unknown time zone: {zone}. Use a name like Asia/Jakarta.</source>
        <translation>Unknown time zone: {zone}. Use a name like Asia/Jakarta.</translation>
    </message>
    <message>
        <source>Cannot read the time “{text}”. Write it as YYYY-MM-DD HH:MM, for example 2026-12-01 09:00.</source>
        <translation>Cannot read the time “{text}”. Write it as YYYY-MM-DD HH:MM, for example 2026-12-01 09:00.</translation>
    </message>
    <message>
        <source>{time} does not exist in {zone}: the clocks skip it. Choose another time.</source>
        <translation>{time} does not exist in {zone}: the clocks skip it. Choose another time.</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>January</source>
        <translation>January</translation>
    </message>
    <message>
        <source>February</source>
        <translation>February</translation>
    </message>
    <message>
        <source>March</source>
        <translation>March</translation>
    </message>
    <message>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <source>May</source>
        <translation>May</translation>
    </message>
    <message>
        <source>June</source>
        <translation>June</translation>
    </message>
    <message>
        <source>July</source>
        <translation>July</translation>
    </message>
    <message>
        <source>August</source>
        <translation>August</translation>
    </message>
    <message>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <source>October</source>
        <translation>October</translation>
    </message>
    <message>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <source>December</source>
        <translation>December</translation>
    </message>
    <message>
        <source>{weekday}, {day} {month} {year}, {time} {zone}</source>
        <translation>{weekday}, {day} {month} {year}, {time} {zone}</translation>
    </message>
    <message>
        <source>Cannot understand “{text}”. Try “besok jam 9”, “Senin 14.00”, “tomorrow 9am” or 2026-12-01 09:00.</source>
        <translation>Cannot understand “{text}”. Try “besok jam 9”, “Senin 14.00”, “tomorrow 9am” or 2026-12-01 09:00.</translation>
    </message>
    <message>
        <source>Write when the post should go out, for example “besok jam 9”.</source>
        <translation>Write when the post should go out, for example “besok jam 9”.</translation>
    </message>
    <message>
        <source>Add a time, for example “besok jam 9”.</source>
        <translation>Add a time, for example “besok jam 9”.</translation>
    </message>
</context>
<context>
    <name>Widgets</name>
    <message>
        <source>Scroll {what} up and down</source>
        <translation>Scroll {what} up and down</translation>
    </message>
    <message>
        <source>Scroll {what} sideways</source>
        <translation>Scroll {what} sideways</translation>
    </message>
</context>
</TS>
