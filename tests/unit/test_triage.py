"""Triage of inbox messages: labels, reasons, negation, guesses, slang, emergencies and the
officer's corrections (domain/triage.py)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from humasdesk.domain.triage import (
    COMPLAINT,
    QUESTION,
    URGENT,
    Correction,
    Corrections,
    classify,
)

ROOT = Path(__file__).resolve().parents[2]


def _bench():
    spec = importlib.util.spec_from_file_location("bench_inbox", ROOT / "bench" / "inbox.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("text", [
    "Tidak ada keluhan, semua petugas ramah",
    "Bukan mau komplain ya min, cuma mau bilang makasih",
    "kirain bakal lama, ternyata cepat",
    "alhamdulillah gak antre",
    "No complaints at all, the staff were lovely",
    "Dokternya tidak jutek kok, malah ramah banget",
    "Katanya parkir susah, ternyata banyak tempat kosong",
    "I expected a long wait but it was actually really quick",
])
def test_negation_and_guesses_are_not_complaints(text):
    assert not classify(text).complaint, text


def test_what_was_cancelled_is_said():
    assert classify("Tidak ada keluhan").notes == ("“Tidak” cancels “keluhan”",)
    assert classify("kirain bakal lama, ternyata cepat").notes == (
        "“lama” is only a guess or hearsay",)


def test_a_complaint_after_a_negated_one_still_counts():
    result = classify("Saya tidak mau komplain sebenarnya, tapi perawatnya memang kasar sekali")
    assert result.complaint
    assert any("kasar" in reason for reason in result.reasons)
    result = classify("I'm not complaining, but the parking is terrible")
    assert result.complaint and any("terrible" in reason for reason in result.reasons)


def test_not_only_is_no_negation():
    assert classify("Bukan cuma lama, petugasnya juga nggak sopan").complaint
    assert classify("Tidak hanya antre lama, AC-nya juga mati").complaint


@pytest.mark.parametrize("text, words", [
    ("Antri di poli jiwa tiga jam, lamaaa bgt min", "Antri … tiga jam"),
    ("udh nunggu dr pagi, perawatnya jutekkk", "jutekkk"),
    ("pelayanannya lelet bgt", "lelet"),
    ("admin ig nya slow respon bgt, DM ga dibales", "slow respon"),
    ("Dokternya buru2 bgt, belum selesai cerita", "buru2"),
])
def test_slang_and_stretched_words_are_read_and_quoted_as_written(text, words):
    result = classify(text)
    assert result.complaint
    assert any(words in reason for reason in result.reasons), result.reasons


@pytest.mark.parametrize("text", [
    "Tolong anak saya kejang-kejang di rumah",
    "tolong min adik sy kejang lg udh 10 menit",
    "Ayah saya tidak bernapas",
    "Ibu saya pingsan di lobi",
    "Istri saya pendarahan setelah melahirkan",
    "Saya ingin bunuh diri",
    "Teman saya overdosis obat tidur",
    "Ada orang mengamuk bawa pisau di IGD",
    "Pasien tidak sadarkan diri di kamar 302",
    "My son is having a seizure",
    "She is not breathing",
    "I want to kill myself",
    "He took an overdose and is unresponsive",
    "A man is threatening the nurses with a knife",
    "Tidak lama kemudian dia pingsan",
])
def test_emergencies_in_both_languages(text):
    result = classify(text)
    assert result.urgent, result
    assert result.labels[0] == URGENT, "an emergency is read out first"
    assert any(reason.startswith("emergency:") for reason in result.reasons)


@pytest.mark.parametrize("text", [
    "Anak saya sudah tidak kejang lagi, terima kasih dok",
    "Tidak ada yang pingsan, semua aman",
    "Apa saja gejala stroke yang harus diwaspadai?",
    "Great webinar on suicide prevention today",
    "Alhamdulillah ayah sudah pulih dari stroke",
    "Bau asap rokok di tangga darurat",
])
def test_mentions_of_an_emergency_that_is_not_one(text):
    result = classify(text)
    assert not result.urgent, result
    assert result.notes


def test_an_emergency_in_the_writers_own_family_stays_one_even_with_a_topic_word():
    assert classify("Anak saya kejang, apa pertolongan pertama sebelum ke IGD?").urgent
    assert classify("Heavy bleeding after my surgery last week, it won't stop").urgent


@pytest.mark.parametrize("text", [
    "Min, poli anak buka hari Sabtu gak",
    "Jadwal dr. Siti hari apa saja ya?",
    "mau tanya syarat rawat inap pakai BPJS",
    "Pagi min, kapan poli gigi buka",
    "Is the dental clinic open on Saturdays",
])
def test_questions(text):
    result = classify(text)
    assert result.question and not result.complaint and not result.urgent, result


def test_a_plain_message_has_no_label_and_no_reason():
    result = classify("Terima kasih perawat di ruang melati, ramah sekali")
    assert result.labels == () and result.reasons == ()
    assert result.to_json() == {"complaint": False, "urgent": False, "question": False,
                                "reasons": []}


def test_empty_and_odd_text():
    for text in ("", "   ", "???", "!!!", "@rsudsehat", "https://example.org/a?b=c", "🙏🙏"):
        classify(text)  # no exception
    assert classify("???").question


def test_a_correction_changes_the_same_message():
    text = "Parkir penuh banget hari ini, kasihan yang bawa lansia"
    assert classify(text).complaint
    corrections = Corrections([Correction(text, COMPLAINT, False)])
    corrected = classify(text, corrections)
    assert not corrected.complaint
    assert any("correction" in note for note in corrected.notes)
    # Case, slang, punctuation and stretched letters aside, it is the same message.
    assert not classify("parkir PENUH bgt hari ini!! kasihan yg bawa lansia", corrections).complaint
    # Later corrections win.
    again = Corrections([(text, COMPLAINT, False), (text, COMPLAINT, True)])
    assert classify(text, again).complaint


def test_a_correction_changes_a_similar_message_and_names_it():
    corrections = Corrections([("Kapan vaksin HPV untuk anak sekolah dimulai lagi ya",
                                URGENT, True)])
    similar = classify("Kapan vaksin HPV untuk anak sekolah dimulai lagi", corrections)
    assert similar.urgent
    assert any("like a message you corrected" in reason for reason in similar.reasons)
    assert not classify("Kapan poli gigi buka", corrections).urgent  # not similar


def test_a_similar_message_never_loses_an_emergency_label_only_the_same_one_does():
    text = "Ada pasien pingsan di ruang tunggu poli anak tadi"
    corrections = Corrections([(text, URGENT, False)])
    assert not classify(text, corrections).urgent
    assert classify("Ada pasien pingsan di ruang tunggu poli anak barusan", corrections).urgent


def test_a_phrase_corrected_twice_stops_counting():
    corrections = Corrections([
        ("Poli anak hari ini ramai sekali, telat sedikit tidak apa", COMPLAINT, False),
        ("Dokter datang telat sedikit, maklum macet", COMPLAINT, False),
    ])
    result = classify("Bus rumah sakit telat lima menit", corrections)
    assert not result.complaint
    assert any("no longer counts" in note for note in result.notes)
    assert classify("Bus rumah sakit telat lima menit").complaint  # without the corrections


def test_corrections_refuse_an_unknown_label():
    with pytest.raises(ValueError):
        Corrections([("teks", "spam", True)])


FILLERS = ["mohon maaf", "permisi", "terima kasih", "selamat pagi", "please", "🙏", "min",
           "kak", "assalamualaikum", "sorry", "halo admin", "ya", "thank you"]


@settings(max_examples=150, deadline=None)
@given(st.data())
def test_polite_words_around_an_emergency_keep_it_an_emergency(data):
    emergencies = [e["text"] for e in _labelled() if e["urgent"]]
    text = data.draw(st.sampled_from(emergencies))
    before = data.draw(st.lists(st.sampled_from(FILLERS), max_size=3))
    after = data.draw(st.lists(st.sampled_from(FILLERS), max_size=3))
    padded = " ".join([*before, text, *after])
    assert classify(padded).urgent, padded


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_any_text_gets_labels_with_reasons(text):
    result = classify(text)
    for label in result.labels:
        assert result.reasons_for(label)
    assert len(result.reasons) == len(result.labels)


_LABELLED = []


def _labelled():
    if not _LABELLED:
        _LABELLED.extend(_bench().load_labelled())
    return _LABELLED


def test_the_labelled_set_is_as_documented():
    examples = _labelled()
    assert len(examples) >= 300
    assert len({e["text"] for e in examples}) == len(examples), "no message twice"
    for example in examples:
        assert set(example) == {"text", COMPLAINT, URGENT, QUESTION, "split"}
        assert example["split"] in ("dev", "held-out")
    assert sum(e["urgent"] for e in examples) >= 50
    assert sum(e["complaint"] for e in examples) >= 100


def test_precision_and_recall_on_the_labelled_set_reach_the_goal():
    """A behavioural check of the whole rule set (the timing is in bench/inbox.py)."""
    bench = _bench()
    scores, mistakes = bench.score(_labelled())
    for label in (COMPLAINT, URGENT):
        score = scores[(label, "all")]
        assert score.precision >= 0.9, score.line()
        assert score.recall >= 0.9, score.line()
    missed = [text for _split, label, expected, text, _result in mistakes
              if label == URGENT and expected]
    assert missed == [], "every emergency is found"
    # Every label set on the set's messages says why.
    for example in _labelled():
        result = classify(example["text"])
        assert len(result.reasons) == len(result.labels)


def test_learned_weights_add_a_complaint_the_phrases_miss_and_say_so():
    text = "Kursi tunggu IGD cuma 10, keluarga pasien duduk di lantai"
    result = classify(text)
    assert result.complaint
    [reason] = result.reasons
    assert reason.startswith("complaint: ") and reason.endswith("(learned from examples)")
    assert "Kursi" in reason or "lantai" in reason or "cuma" in reason


def test_the_learned_weights_file_is_what_the_labelled_set_gives():
    spec = importlib.util.spec_from_file_location(
        "triage_weights", ROOT / "scripts" / "triage_weights.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.main(["--check"]) == 0, "run scripts/triage_weights.py"
