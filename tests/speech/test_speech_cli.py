"""`humasdesk dictate`: a voice memo becomes printed text or a new draft."""

from __future__ import annotations

import pytest
from speech_support import word_error_rate

from humasdesk.cli import main


def test_memo_is_printed_with_commands_applied(flite, joined, capsys, sphinx):
    memo = joined(flite("the emergency room is open all night period"),
                  flite("new paragraph thank you for your support"))
    assert main(["dictate", "--engine", "pocketsphinx", "--language", "en", str(memo)]) == 0
    out = capsys.readouterr().out
    first, _, second = out.rstrip("\n").partition("\n\n")
    assert first.endswith(".")
    assert word_error_rate("the emergency room is open all night", first) <= 0.2
    assert word_error_rate("thank you for your support", second) <= 0.2


def test_draft_option_saves_a_new_draft(flite, capsys, isolated_home, sphinx):
    memo = flite("thank you for your support")
    assert main(["dictate", "--engine", "pocketsphinx", "--language", "en", "--draft",
                 str(memo)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Saved as draft ")
    from humasdesk.app import App

    app = App.build(isolated_home)
    try:
        draft = app.store.drafts.latest()
        assert word_error_rate("thank you for your support", draft.body) <= 0.2
    finally:
        app.close()


def test_settings_choose_engine_and_language(flite, capsys, isolated_home, sphinx):
    from humasdesk.app import App

    app = App.build(isolated_home)
    app.settings.set("speech_engine", "pocketsphinx")
    app.settings.set("speech_language", "en")
    app.close()
    assert main(["dictate", str(flite("thank you for your support"))]) == 0
    assert "thank you" in capsys.readouterr().out.lower()


def test_default_whisper_without_a_model_says_how_to_get_one(flite, capsys, isolated_home):
    assert main(["dictate", str(flite("hello"))]) == 1
    err = capsys.readouterr().err
    assert "No Whisper model folder is chosen" in err
    assert str(isolated_home / "models" / "whisper") in err


def test_a_model_in_the_default_folder_is_found(whisper_tiny_en_dir, flite, capsys,
                                               isolated_home):
    models = isolated_home / "models"
    models.mkdir(parents=True)
    (models / "whisper").symlink_to(whisper_tiny_en_dir, target_is_directory=True)
    assert main(["dictate", "--language", "en", str(flite("thank you for your support"))]) == 0
    assert word_error_rate("thank you for your support", capsys.readouterr().out) <= 0.3


def test_indonesian_memo_with_whisper(whisper_base_dir, espeak, capsys):
    memo = espeak("rumah sakit buka hari ini koma besok libur titik")
    assert main(["dictate", "--model", str(whisper_base_dir), "--language", "id", str(memo)]) == 0
    out = capsys.readouterr().out.strip()
    assert out.endswith(".") and "," in out
    assert word_error_rate("rumah sakit buka hari ini besok libur", out) <= 0.6


def test_missing_file_and_bad_engine_are_usage_errors(capsys, tmp_path):
    assert main(["dictate", str(tmp_path / "none.wav")]) == 2
    assert "does not exist" in capsys.readouterr().err
    assert main(["dictate", "--engine", "siri", str(tmp_path / "none.wav")]) == 2
    assert "invalid choice" in capsys.readouterr().err


def test_silent_memo_fails_clearly(tmp_path, capsys, sphinx):
    from speech_support import silence, write_wav

    path = write_wav(tmp_path / "quiet.wav", silence(1))
    assert main(["dictate", "--engine", "pocketsphinx", "--language", "en", str(path)]) == 1
    assert "I heard nothing" in capsys.readouterr().err


@pytest.mark.parametrize("key", ["speech_engine", "speech_language", "speech_model_dir",
                                 "speech_pause_ms", "speech_rate", "speech_volume",
                                 "speech_voice", "self_voicing"])
def test_speech_settings_have_defaults(app, key):
    assert app.settings.get(key) is not None


def test_speech_settings_defaults_and_checks(app):
    from humasdesk.domain.errors import UserInputError
    from humasdesk.speech.service import SpeechSettings

    speech = SpeechSettings.load(app.settings, app.paths.data_dir)
    assert (speech.engine_id, speech.language, speech.self_voicing) == ("whisper", "id", False)
    app.settings.set("self_voicing", True)
    assert app.settings.get("self_voicing") is True
    with pytest.raises(UserInputError):
        app.settings.set("speech_engine", "siri")
    with pytest.raises(UserInputError):
        app.settings.set("speech_rate", 1000)
