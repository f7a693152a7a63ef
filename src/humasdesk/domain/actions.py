"""Every user action as data: its id, label, shortcut, description, single key and how it is
said. No Qt here, so the command line (``humasdesk command``) and the voice-command matcher see
the same registry as the window; ``ui/actions.py`` makes a QAction of each entry, and the page
list (``ui/pages``) takes its titles and shortcuts from ``PAGE_ACTIONS``.

A new action is one ``ActionSpec`` added here: its label in each language becomes a voice
command without more work.
"""

from __future__ import annotations

from typing import NamedTuple

from .i18n import QT_TRANSLATE_NOOP


class ActionSpec(NamedTuple):
    """A command the user can run: its label, shortcut and single key. (A named tuple:
    read-only, and cheaper to define at start-up than a frozen dataclass.)"""

    id: str
    label: str  # English source text, translated in context "Actions"
    shortcut: str  # portable QKeySequence text; "" for none
    description: str = ""
    single_key: str = ""  # the key for single-key mode (off by default), if any
    # Voice: the label in every language is already a spoken command; ``spoken`` adds other
    # ways to say it, in either language ("buka antrean", "open the queue").
    spoken: tuple[str, ...] = ()
    # Public or destructive: a voice command asks "ya / tidak" before it runs.
    confirm: bool = False
    # What the command takes after its words: "" (nothing), "when" (a time phrase, as in the
    # composer's time field) or "account" (an account's name or its platform's).
    argument: str = ""


PAGE_ACTIONS = (
    ActionSpec("page.compose", QT_TRANSLATE_NOOP("Actions", "Write"), "Ctrl+1",
               QT_TRANSLATE_NOOP("Actions", "Go to the composer to write a post"), "w",
               spoken=("buka penulisan", "tulis unggahan", "open the composer", "write a post")),
    ActionSpec("page.queue", QT_TRANSLATE_NOOP("Actions", "Queue"), "Ctrl+2",
               QT_TRANSLATE_NOOP("Actions", "Scheduled, published and failed posts"), "q",
               spoken=("buka antrean", "lihat antrean", "open the queue", "show the queue")),
    ActionSpec("page.accounts", QT_TRANSLATE_NOOP("Actions", "Accounts"), "Ctrl+3",
               QT_TRANSLATE_NOOP("Actions", "The accounts HumasDesk publishes to"), "a",
               spoken=("buka akun", "open accounts", "open the accounts")),
    ActionSpec("page.settings", QT_TRANSLATE_NOOP("Actions", "Settings"), "Ctrl+4",
               QT_TRANSLATE_NOOP("Actions", "Language, theme, text size, keys and speech"), "g",
               spoken=("buka pengaturan", "open settings", "open the settings")),
    ActionSpec("page.inbox", QT_TRANSLATE_NOOP("Actions", "Inbox"), "Ctrl+5",
               QT_TRANSLATE_NOOP("Actions", "Comments, mentions and messages from every account, "
                                            "emergencies and complaints first"), "i",
               spoken=("buka kotak masuk", "buka komentar", "open the inbox", "open inbox")),
    ActionSpec("page.insights", QT_TRANSLATE_NOOP("Actions", "Insights"), "Ctrl+6",
               QT_TRANSLATE_NOOP("Actions", "How the audience reacted, the best time to post and "
                                            "the weekly report"), "s",
               spoken=("buka statistik", "buka wawasan", "open insights", "open the insights")),
)

ACTION_SPECS = [
    # "Go to" a page, one per page (the window builds its page list from these).
    *PAGE_ACTIONS,
    ActionSpec("compose.publish_now", QT_TRANSLATE_NOOP("Actions", "Publish now"), "Ctrl+Return",
               QT_TRANSLATE_NOOP("Actions", "Publish the post to the checked accounts now"),
               "p", spoken=("terbitkan", "publish"), confirm=True),
    ActionSpec("compose.cancel_publish", QT_TRANSLATE_NOOP("Actions", "Cancel publishing"),
               "Escape", QT_TRANSLATE_NOOP("Actions", "Stop a post during its undo time"),
               spoken=("batal", "batalkan", "jangan terbitkan", "cancel", "stop")),
    ActionSpec("compose.schedule", QT_TRANSLATE_NOOP("Actions", "Schedule"), "Ctrl+Shift+Return",
               QT_TRANSLATE_NOOP("Actions", "Publish the post at the chosen date and time"),
               spoken=("jadwalkan", "jadwalkan untuk", "schedule", "schedule it",
                       "schedule for"), confirm=True, argument="when"),
    ActionSpec("compose.focus_text", QT_TRANSLATE_NOOP("Actions", "Go to the post text"),
               "Alt+T", "", "t", spoken=("ke teks", "go to the text")),
    ActionSpec("compose.review", QT_TRANSLATE_NOOP("Actions", "Review"), "F4",
               QT_TRANSLATE_NOOP("Actions", "See and hear the final text for each account, "
                                            "then publish"), "r", spoken=("periksa", "tinjau")),
    ActionSpec("compose.dictate", QT_TRANSLATE_NOOP("Actions", "Dictate"), "F2",
               QT_TRANSLATE_NOOP("Actions", "Start or stop listening; what you say is "
                                            "written at the cursor"), "d",
               spoken=("dikte", "mulai dikte", "dictate", "start dictation")),
    ActionSpec("compose.read_aloud", QT_TRANSLATE_NOOP("Actions", "Read aloud"), "F3",
               QT_TRANSLATE_NOOP("Actions", "Hear the text (or the selection); any key stops "
                                            "it"), "b",
               spoken=("baca ulang", "bacakan", "read back", "read it")),
    ActionSpec("compose.attach_image", QT_TRANSLATE_NOOP("Actions", "Attach image"), "Ctrl+O",
               QT_TRANSLATE_NOOP("Actions", "Choose an image; you are asked to describe it")),
    ActionSpec("compose.pick_picture", QT_TRANSLATE_NOOP("Actions", "Pick from the pictures "
                                                                     "folder"), "Ctrl+Shift+O",
               QT_TRANSLATE_NOOP("Actions", "The newest pictures in the folder chosen in "
                                            "Settings, with their time and size"),
               spoken=("pilih gambar dari folder", "pick a picture")),
    ActionSpec("compose.describe_image", QT_TRANSLATE_NOOP("Actions", "Describe image"),
               "Ctrl+Shift+D", QT_TRANSLATE_NOOP("Actions", "Write or change the description "
                                                            "of the selected image")),
    ActionSpec("compose.remove_image", QT_TRANSLATE_NOOP("Actions", "Remove image"),
               "Ctrl+Shift+X", QT_TRANSLATE_NOOP("Actions", "Take the selected image off the "
                                                            "post"), confirm=True),
    ActionSpec("compose.restore_draft", QT_TRANSLATE_NOOP("Actions", "Restore the draft"),
               "Ctrl+Shift+R"),
    ActionSpec("compose.discard_draft", QT_TRANSLATE_NOOP("Actions", "Discard the draft"),
               "Ctrl+Shift+B", confirm=True),
    ActionSpec("compose.choose_account", QT_TRANSLATE_NOOP("Actions", "Choose account"), "",
               QT_TRANSLATE_NOOP("Actions", "Check an account for this post, by its name or "
                                            "its platform"),
               spoken=("pilih akun", "pilih", "choose account", "select account", "choose"),
               argument="account"),
    ActionSpec("compose.skip_account", QT_TRANSLATE_NOOP("Actions", "Skip account"), "",
               QT_TRANSLATE_NOOP("Actions", "Uncheck an account for this post, by its name or "
                                            "its platform"),
               spoken=("lewati", "lewati akun", "jangan ke", "skip", "skip account"),
               argument="account"),
    ActionSpec("queue.refresh", QT_TRANSLATE_NOOP("Actions", "Refresh the queue"), "F5"),
    ActionSpec("queue.publish_now", QT_TRANSLATE_NOOP("Actions", "Publish now"), "Ctrl+P",
               QT_TRANSLATE_NOOP("Actions", "Publish the selected post now"), confirm=True),
    ActionSpec("queue.reschedule", QT_TRANSLATE_NOOP("Actions", "Reschedule"), "Ctrl+R",
               QT_TRANSLATE_NOOP("Actions", "Choose a new time for the selected post")),
    ActionSpec("queue.edit", QT_TRANSLATE_NOOP("Actions", "Edit in composer"), "Ctrl+E",
               QT_TRANSLATE_NOOP("Actions", "Take the selected post back into the composer")),
    ActionSpec("queue.mark_published", QT_TRANSLATE_NOOP("Actions", "Mark as published"),
               "Ctrl+M", QT_TRANSLATE_NOOP("Actions", "You checked: it did go out"), confirm=True),
    ActionSpec("queue.cancel", QT_TRANSLATE_NOOP("Actions", "Cancel post"), "Ctrl+D",
               QT_TRANSLATE_NOOP("Actions", "Stop the selected post; it can be rescheduled"),
               confirm=True),
    ActionSpec("accounts.add", QT_TRANSLATE_NOOP("Actions", "Add account"), "Ctrl+N",
               QT_TRANSLATE_NOOP("Actions", "Connect a new account: choose the platform, then "
                                            "fill in what it needs")),
    ActionSpec("accounts.verify", QT_TRANSLATE_NOOP("Actions", "Verify"), "Ctrl+T",
               QT_TRANSLATE_NOOP("Actions", "Ask the platform who the selected account is "
                                            "logged in as")),
    ActionSpec("accounts.reconnect", QT_TRANSLATE_NOOP("Actions", "Reconnect"), "Ctrl+L",
               QT_TRANSLATE_NOOP("Actions", "Log in again to the selected account")),
    ActionSpec("accounts.remove", QT_TRANSLATE_NOOP("Actions", "Remove account"),
               "Ctrl+Delete",
               QT_TRANSLATE_NOOP("Actions", "Forget the selected account's login and remove "
                                            "it, after you confirm"), confirm=True),
    ActionSpec("app.voice_command", QT_TRANSLATE_NOOP("Actions", "Voice command"), "F9",
               QT_TRANSLATE_NOOP("Actions", "Say what HumasDesk should do, for example "
                                            "“buka antrean” or “jadwalkan besok jam sembilan”"),
               "v"),
    # Reading an inbox the platform bills for (X's mentions, issue 15): on only once confirmed.
    ActionSpec("accounts.paid_reading", QT_TRANSLATE_NOOP("Actions", "Paid inbox reading"),
               "Ctrl+Shift+M",
               QT_TRANSLATE_NOOP("Actions", "Turn reading the selected account's inbox on or "
                                            "off where the platform bills every read (X), "
                                            "after hearing the cost"), confirm=True),
    # The inbox page (issue 15); its keys act only while the page is shown.
    ActionSpec("inbox.next_new", QT_TRANSLATE_NOOP("Actions", "Next new item"), "F8",
               QT_TRANSLATE_NOOP("Actions", "Go to the next new item in the inbox"), "n",
               spoken=("item berikutnya", "pesan berikutnya", "next item", "next message")),
    ActionSpec("inbox.previous_new", QT_TRANSLATE_NOOP("Actions", "Previous new item"),
               "Shift+F8", QT_TRANSLATE_NOOP("Actions", "Go to the previous new item in the "
                                                        "inbox"),
               spoken=("item sebelumnya", "previous item")),
    ActionSpec("inbox.next_complaint", QT_TRANSLATE_NOOP("Actions", "Next complaint"), "F7",
               QT_TRANSLATE_NOOP("Actions", "Go to the next emergency or complaint in the "
                                            "inbox"),
               spoken=("keluhan berikutnya", "next complaint")),
    ActionSpec("inbox.read_thread", QT_TRANSLATE_NOOP("Actions", "Read the whole thread"),
               "Ctrl+Shift+T", QT_TRANSLATE_NOOP("Actions", "Hear the selected item with "
                                                            "everything before it in its "
                                                            "conversation"),
               spoken=("baca percakapan", "baca utas", "read the thread")),
    ActionSpec("inbox.reply", QT_TRANSLATE_NOOP("Actions", "Reply"), "Ctrl+Shift+Y",
               QT_TRANSLATE_NOOP("Actions", "Answer the selected item (Enter in the list does "
                                            "the same)"),
               spoken=("balas", "jawab", "reply", "answer")),
    ActionSpec("inbox.mark_handled", QT_TRANSLATE_NOOP("Actions", "Mark handled"), "Ctrl+H",
               QT_TRANSLATE_NOOP("Actions", "Nothing more to do for the selected item"),
               spoken=("tandai selesai", "selesai", "mark handled", "done")),
    ActionSpec("inbox.correct_label", QT_TRANSLATE_NOOP("Actions", "Correct the label"),
               "Ctrl+Shift+L",
               QT_TRANSLATE_NOOP("Actions", "Not a complaint, or a complaint that was missed; "
                                            "kept and learned from"),
               spoken=("perbaiki label", "correct the label")),
    ActionSpec("inbox.moderate", QT_TRANSLATE_NOOP("Actions", "Moderate"), "Ctrl+Shift+H",
               QT_TRANSLATE_NOOP("Actions", "Hide, approve, mark as spam, trash or dismiss the "
                                            "selected item on its platform"),
               spoken=("moderasi", "sembunyikan", "moderate", "hide it"), confirm=True),
    ActionSpec("inbox.sync_now", QT_TRANSLATE_NOOP("Actions", "Check for new items now"),
               "Ctrl+F5", QT_TRANSLATE_NOOP("Actions", "Read every account's inbox now"),
               spoken=("periksa pesan baru", "check for new items", "check now")),
    ActionSpec("inbox.insert_saved_reply", QT_TRANSLATE_NOOP("Actions", "Insert a saved reply"),
               "Ctrl+I", QT_TRANSLATE_NOOP("Actions", "Choose a saved reply; its fields are "
                                                      "filled from the item, then edit it"),
               spoken=("sisipkan balasan tersimpan", "insert a saved reply")),
    ActionSpec("inbox.saved_replies", QT_TRANSLATE_NOOP("Actions", "Saved replies"),
               "Ctrl+Shift+I", QT_TRANSLATE_NOOP("Actions", "Add, change or delete saved "
                                                            "replies")),
    ActionSpec("inbox.send_reply", QT_TRANSLATE_NOOP("Actions", "Send the reply"),
               "Ctrl+Shift+S", QT_TRANSLATE_NOOP("Actions", "Check the reply, then send it "
                                                            "after the undo time"),
               spoken=("kirim balasan", "send the reply"), confirm=True),
    ActionSpec("inbox.close_reply", QT_TRANSLATE_NOOP("Actions", "Close the reply"),
               "Ctrl+W", QT_TRANSLATE_NOOP("Actions", "Put the reply away and go back to the "
                                                      "list"),
               spoken=("tutup balasan", "close the reply")),
    # -- insights (issue 16) -----------------------------------------------------------------
    ActionSpec("insights.collect", QT_TRANSLATE_NOOP("Actions", "Collect figures now"),
               "Ctrl+Shift+U", QT_TRANSLATE_NOOP("Actions", "Ask the platforms for the latest "
                                                             "figures of this week's posts"),
               spoken=("ambil angka", "collect figures")),
    ActionSpec("insights.export_csv", QT_TRANSLATE_NOOP("Actions", "Save table as CSV"),
               "Ctrl+Shift+E", QT_TRANSLATE_NOOP("Actions", "Save the figures of the chart in "
                                                             "focus as a CSV file")),
    ActionSpec("insights.export_png", QT_TRANSLATE_NOOP("Actions", "Save chart as PNG"),
               "Ctrl+Shift+G", QT_TRANSLATE_NOOP("Actions", "Save the chart in focus as a PNG "
                                                             "image")),
    ActionSpec("insights.report", QT_TRANSLATE_NOOP("Actions", "Weekly report"),
               "Ctrl+Shift+W", QT_TRANSLATE_NOOP("Actions", "Write the chosen week's report "
                                                             "for your superiors (PDF or "
                                                             "HTML)"),
               spoken=("laporan mingguan", "buat laporan", "weekly report")),
    ActionSpec("insights.set_slots", QT_TRANSLATE_NOOP("Actions", "Queue slots from best time"),
               "Ctrl+Shift+J", QT_TRANSLATE_NOOP("Actions", "Set the selected account's queue "
                                                             "slots to its best hours"),
               spoken=("atur slot dari waktu terbaik", "set slots from best time")),
    ActionSpec("app.repeat_status", QT_TRANSLATE_NOOP("Actions", "Repeat the last message"),
               "F6", "", "m", spoken=("ulangi", "ulangi pesan", "repeat", "say again")),
    ActionSpec("app.palette", QT_TRANSLATE_NOOP("Actions", "Find an action"), "Ctrl+K",
               QT_TRANSLATE_NOOP("Actions", "A searchable list of everything HumasDesk can do"),
               "k"),
    ActionSpec("app.single_key_mode", QT_TRANSLATE_NOOP("Actions", "Single-key mode on or off"),
               "Ctrl+Shift+K",
               QT_TRANSLATE_NOOP("Actions", "Letters alone run the most used actions while "
                                            "you are not typing in a text field")),
    ActionSpec("app.quit", QT_TRANSLATE_NOOP("Actions", "Quit"), "Ctrl+Q"),
]
