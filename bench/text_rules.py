#!/usr/bin/env python3
"""Text rules: one full measurement (every platform at once) of a 2,000-character Indonesian post.

The composer recounts on every key press, so each round measures a new text: the post with one
more character typed, as while writing. Nothing is reused between rounds (the measurement cache
holds only the last few texts, and every round's text is new). Target: a median of at most 2 ms.

In the same run the PyPI package twitter-text-parser (if installed) counts the same texts for X
alone, and the ratio of our X measurement to it is printed. The figure printed last is the
median time per full measurement.

    python bench/text_rules.py [--rounds 400]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from humasdesk.domain.textrules import PLATFORMS, measure  # noqa: E402

TEXT = (
    "📢 Pengumuman untuk seluruh pasien dan keluarga RSUD Sehat Sentosa! 🏥\n\n"
    "Mulai Senin, 3 Maret 2025, layanan poliklinik rawat jalan dibuka pukul 07.30 WIB. "
    "Pendaftaran online kini bisa dilakukan lewat aplikasi atau situs "
    "https://rsudsehat.go.id/daftar "
    "dan juga melalui WhatsApp resmi kami. Mohon datang 30 menit sebelum jadwal agar petugas "
    "sempat memverifikasi data BPJS Anda. 🙏\n\n"
    "Jadwal dokter spesialis terbaru ada di rsudsehat.go.id/jadwal-dokter?poli=anak&hari=senin, "
    "termasuk dr. Siti Rahma, Sp.A dan dr. Bambang Wijaya, Sp.PD. Untuk pertanyaan, hubungi "
    "@humas_rsudsehat atau kirim pesan ke @dinkes_kota. Terima kasih kepada @pmi_pusat atas "
    "dukungan donor darah bulan ini! ❤️🩸\n\n"
    "Kami juga mengingatkan: vaksinasi influenza gratis untuk lansia berlangsung setiap Rabu "
    "di Gedung B lantai 2. Bawa KTP dan kartu berobat. Anak-anak di bawah 5 tahun dapat "
    "imunisasi lengkap di Posyandu terdekat. 👨‍👩‍👧‍👦 Keluarga sehat dimulai dari rumah.\n\n"
    "Informasi lengkap tentang hak dan kewajiban pasien: https://www.kemkes.go.id/article/view/"
    "hak-pasien.html. Survei kepuasan layanan (hanya 3 menit!) ada di https://bit.ly/SurveiRSUD "
    "— masukan Anda sangat berarti bagi kami. 👍🏽\n\n"
    "Tips sehat minggu ini: minum air putih minimal 8 gelas sehari, tidur cukup 7–8 jam, dan "
    "berjalan kaki 30 menit. Hindari gorengan berlebihan dan perbanyak sayur serta buah. "
    "Bila mengalami demam tinggi lebih dari tiga hari, segera periksakan diri ke fasilitas "
    "kesehatan terdekat. 🌡️\n\n"
    "Pengunjung rawat inap dibatasi dua orang per pasien, jam besuk 11.00–13.00 dan "
    "17.00–19.00 WIB. Parkir motor dipindahkan sementara ke halaman timur selama renovasi "
    "lobi utama; mohon maaf atas ketidaknyamanannya. Petugas keamanan siap membantu "
    "mengarahkan kendaraan. Kantin rumah sakit buka 24 jam dengan menu sehat rendah garam. "
    "Simak juga siaran langsung edukasi gizi bersama ahli gizi kami setiap Jumat sore "
    "di kanal YouTube resmi kami. Sampai jumpa lagi 😊\n\n"
    "#RSUDSehatSentosa #HidupSehat #LayananPrima #BPJSKesehatan #DonorDarah #Vaksinasi "
    "#JagaKesehatan 🇮🇩"
)


def timed(function, texts) -> list[float]:
    times = []
    for text in texts:
        start = time.perf_counter()
        function(text)
        times.append(time.perf_counter() - start)
    return times


def measure_all(text: str) -> None:
    for platform in PLATFORMS:
        measure(text, platform)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=400)
    args = parser.parse_args()
    typed = "Salam sehat dari RSUD Sehat Sentosa untuk semua warga kota "
    # Every round gets its own text (the post plus what was "typed" since), like key presses.
    texts = [TEXT + typed[: i % len(typed)] + "!" * (i // len(typed)) for i in range(args.rounds)]
    assert len(set(texts)) == len(texts)
    print(f"text: {len(TEXT)} characters; platforms: {', '.join(PLATFORMS)}")

    measure_all(TEXT + "warm-up")  # import-time work (compiling patterns) is not a key press
    full = timed(measure_all, texts)
    ours_x = timed(lambda text: measure(text, "x"), [t + " " for t in texts])
    print(f"X alone (ours): median {statistics.median(ours_x) * 1000:.3f} ms")
    try:
        from twitter_text import parse_tweet
    except ImportError:
        print("twitter-text-parser is not installed (pip install twitter-text-parser): "
              "no comparison")
    else:
        parse_tweet(TEXT)
        theirs = timed(parse_tweet, texts)
        agree = all(parse_tweet(t).weightedLength == measure(t, "x").length for t in texts[:20])
        print(f"X alone (twitter-text-parser): median {statistics.median(theirs) * 1000:.3f} ms"
              f"; same counts: {'yes' if agree else 'NO'}")
        print(f"ratio ours/twitter-text-parser for X: "
              f"{statistics.median(ours_x) / statistics.median(theirs):.3f}")
    print(f"median per full measurement ({len(PLATFORMS)} platforms): "
          f"{statistics.median(full) * 1000:.3f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
