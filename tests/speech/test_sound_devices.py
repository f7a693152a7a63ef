"""The real sound-device path: a private PulseAudio server with a null sink whose monitor is the
default input, so what HumasDesk plays is what its "microphone" hears. This exercises
MicrophoneSource and SoundDeviceSink through PortAudio and ALSA as on a desktop.

Needs Debian's pulseaudio and libasound2-plugins (ALSA's PulseAudio plugin); skips without them
(fails under HUMASDESK_REQUIRE_ALL=1).
"""

from __future__ import annotations

import os
import subprocess
import threading
import time

import numpy as np
import pytest
from speech_support import require, require_module, require_program, word_error_rate

from humasdesk.speech.audio import MicrophoneSource, SoundDeviceSink, decode_file, rms
from humasdesk.speech.buffer import TextBuffer
from humasdesk.speech.controller import DictationController
from humasdesk.speech.readback import ReadBack


@pytest.fixture(scope="module")
def sound_loop(tmp_path_factory):
    pulseaudio = require_program("pulseaudio", "Debian packages pulseaudio, libasound2-plugins")
    sd = require_module("sounddevice", "pip install sounddevice; Debian package libportaudio2")
    folder = tmp_path_factory.mktemp("pulse")
    socket = folder / "native"
    script = folder / "default.pa"
    script.write_text(
        "load-module module-null-sink sink_name=speakers rate=22050\n"
        f"load-module module-native-protocol-unix auth-anonymous=1 socket={socket}\n"
        "set-default-sink speakers\n"
        "set-default-source speakers.monitor\n", encoding="utf-8")
    env = {**os.environ, "XDG_RUNTIME_DIR": str(folder), "HOME": str(folder)}
    log = folder / "pulseaudio.log"  # a file: a pipe nobody reads would stall the server
    server = subprocess.Popen(
        [pulseaudio, "-n", "-F", str(script), "--exit-idle-time=-1", "--daemonize=no",
         "--use-pid-file=no", f"--log-target=file:{log}"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 10
    while not socket.exists() and server.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    if not socket.exists():
        server.kill()
        require(False, "the private PulseAudio server did not start: "
                + (log.read_text(errors="replace")[-300:] if log.exists() else ""))
    saved = os.environ.get("PULSE_SERVER")
    os.environ["PULSE_SERVER"] = f"unix:{socket}"
    sd._terminate()  # PortAudio lists devices once; list them again with the server up
    sd._initialize()
    try:
        try:
            sd.query_devices(kind="input")
        except sd.PortAudioError:
            require(False, "PortAudio sees no device through PulseAudio (Debian package "
                           "libasound2-plugins)")
        yield
    finally:
        if saved is None:
            os.environ.pop("PULSE_SERVER", None)
        else:
            os.environ["PULSE_SERVER"] = saved
        sd._terminate()
        sd._initialize()
        server.terminate()
        try:
            server.wait(5)
        except subprocess.TimeoutExpired:
            server.kill()


def test_dictation_from_the_microphone(sound_loop, sphinx, flite):
    sentence = "the emergency room is open all night"
    speech = np.frombuffer(decode_file(flite(sentence + " period")), dtype="<i2")
    buffer = TextBuffer(language="en")
    results, errors, levels = [], [], []
    listening = threading.Event()

    def level(value):
        levels.append(value)
        if len(levels) >= 5:
            listening.set()  # the null sink's monitor takes a moment to deliver audio

    controller = DictationController(
        sphinx, language="en", source_factory=MicrophoneSource,
        on_result=lambda r: (results.append(r), buffer.dictate(r.text)),
        on_error=errors.append, on_level=level)
    controller.start()
    assert listening.wait(15), errors
    speaker = SoundDeviceSink()
    try:
        speaker.write(speech, 16000)  # the person speaks
        assert controller.wait(20)
    finally:
        speaker.close()
    assert errors == []
    assert len(results) == 1
    print(f"heard through the sound server: {results[0].text!r}, "
          f"latency {results[0].latency:.3f} s")
    assert buffer.text.endswith(".")
    assert word_error_rate(sentence, buffer.text) <= 0.35
    assert max(levels) > 0.5


def test_read_back_plays_on_the_device_and_stops_at_once(sound_loop):
    require_module("pyttsx3", "pip install pyttsx3")
    heard: list[tuple[float, float]] = []
    microphone = MicrophoneSource()
    microphone.open()
    stop_recording = threading.Event()

    def record():
        while not stop_recording.is_set():
            chunk = microphone.read(0.1)
            if chunk:
                heard.append((time.perf_counter(), rms(chunk)))

    recorder = threading.Thread(target=record)
    recorder.start()
    reader = ReadBack(SoundDeviceSink())
    try:
        reader.prepare()
        deadline = time.monotonic() + 10
        while len(heard) < 5 and time.monotonic() < deadline:
            time.sleep(0.02)  # the null sink's monitor takes a moment to deliver audio
        reader.speak("Rumah sakit membuka klinik anak yang baru pada hari Senin pagi. "
                     "Pengunjung dipersilakan datang dan membawa kartu berobat.", "id")
        deadline = time.monotonic() + 5
        while reader.first_audio_latency is None and time.monotonic() < deadline:
            time.sleep(0.01)
        time.sleep(1.0)  # a second of speech
        reader.stop()
        stopped = time.perf_counter()
        time.sleep(1.0)
    finally:
        stop_recording.set()
        recorder.join(5)
        microphone.close()
        reader.close()
    # How quickly is measured by bench/speech.py; a loaded machine must not fail this test.
    assert reader.first_audio_latency is not None and reader.first_audio_latency < 2
    during = [value for at, value in heard if stopped - 1.0 < at < stopped]
    after = [value for at, value in heard if at > stopped + 0.3]
    assert max(during) > 1000  # speech came out of the device
    assert after and max(after) < 50  # and stopped: nothing but silence after stop()
