"""Which code moves the operator's headset audio: PortAudio (default) or pjmedia's ALSA.

Two backends, chosen with the engine's `--audio-backend` (ADR 0011):

- `portaudio` (ADR 0003): `telephony.headset.HeadsetPort`, a Python `AudioMediaPort`
  that pulls one 20 ms frame per bridge tick from blocking `sounddevice` streams.
- `pjmedia`: our pjsua2 build has pjmedia's own ALSA driver (ADR 0008). The headset is
  a pjsua2 `ExtraAudioDevice`: a pjmedia sound port with its own C capture/playback
  threads, joined to the conference bridge through a splitter/combiner's reverse channel
  (a delay buffer absorbs the two clocks' drift). No Python runs per frame, so a busy
  engine process cannot starve it of the GIL. The bridge keeps running on pjsua's null
  sound device clock either way: recordings never depend on the headset (KUTY-1.1).

The engine uses both through the same small surface (`Headset`): it is an `AudioMedia`
(startTransmit/stopTransmit), has `muted`, `has_device`, `device_name`, `underruns`,
`dropped_frames`, `flush()` and `close()`.
"""

from __future__ import annotations

import logging
from typing import Any, Protocol

import pjsua2 as pj

from telephony.headset import HeadsetError, HeadsetPort

log = logging.getLogger(__name__)

BACKENDS = ("portaudio", "pjmedia")
DEFAULT_BACKEND = "portaudio"
"""PortAudio stays the default: ADR 0011 has the figures and why."""


class Headset(Protocol):
    """What the engine, call control, recorder and tones need of the headset."""

    muted: bool
    underruns: int
    dropped_frames: int
    device_name: str | None

    @property
    def has_device(self) -> bool: ...

    def flush(self) -> None: ...

    def close(self) -> None: ...

    def startTransmit(self, sink: Any) -> None: ...

    def stopTransmit(self, sink: Any) -> None: ...


def find_device(endpoint: Any, device: str) -> tuple[int, str]:
    """The pjmedia device id and name of `device` (an id, or a name as ALSA lists it).

    It must capture and play: the headset is one device, as with PortAudio."""
    devices = list(endpoint.audDevManager().enumDev2())
    if device.isdigit() and int(device) < len(devices):
        index = int(device)
    else:
        names = [str(d.name) for d in devices]
        matches = [i for i, name in enumerate(names) if name == device]
        if not matches:
            matches = [i for i, name in enumerate(names) if name.startswith(device)]
        if not matches:
            raise HeadsetError(f"cannot open audio device {device!r}: pjmedia does not list it")
        index = matches[0]
    info = devices[index]
    if int(info.inputCount) < 1 or int(info.outputCount) < 1:
        raise HeadsetError(
            f"cannot open audio device {device!r}: pjmedia lists it without both a "
            "microphone and a speaker"
        )
    return index, str(info.name)


class PjmediaHeadset(pj.ExtraAudioDevice):  # type: ignore[misc]  # pjsua2 (SWIG) is untyped
    """The headset as a pjmedia sound port on the bridge (the `pjmedia` backend)."""

    def __init__(self, endpoint: Any, device: str) -> None:
        index, name = find_device(endpoint, device)
        super().__init__(index, index)
        self.underruns = 0  # pjmedia's delay buffer conceals; it does not count for us
        self.dropped_frames = 0
        self.device_name: str | None = name
        self._muted = False
        try:
            self.open()
        except pj.Error as exc:
            raise HeadsetError(f"cannot open audio device {device!r}: {exc.reason}") from exc
        if not self.isOpened():
            raise HeadsetError(f"cannot open audio device {device!r}: pjmedia refused it")

    @property
    def has_device(self) -> bool:
        return bool(self.isOpened())

    @property
    def muted(self) -> bool:
        return self._muted

    @muted.setter
    def muted(self, on: bool) -> None:
        """Mute in the bridge (level 0 from the microphone): calls and the operator track
        get silence, as with the PortAudio port, so the recording holds what was heard.
        pjsua2 names levels from the port's side: `adjustTxLevel` is what this port
        transmits into the bridge (the microphone), `adjustRxLevel` what it receives."""
        self._muted = bool(on)
        if self.isOpened():
            self.adjustTxLevel(0.0 if on else 1.0)

    def flush(self) -> None:
        """Nothing to drop: pjmedia's delay buffer keeps its own latency bounded."""

    def close(self) -> None:
        """Close the sound port before libDestroy (its threads call into the bridge)."""
        try:
            super().close()
        except pj.Error:  # pragma: no cover - already gone
            log.exception("closing the pjmedia headset")


def open_headset(endpoint: Any, backend: str, device: str | None, max_lag_ms: int) -> Headset:
    """The headset port of `backend`; without a device, PortAudio's silent port (both
    backends), so every recording still has an aligned operator track.

    Raises:
        HeadsetError: the device cannot be opened (the engine then warns and goes silent).
    """
    if backend not in BACKENDS:
        raise HeadsetError(f"unknown audio backend {backend!r}: use one of {', '.join(BACKENDS)}")
    if backend == "pjmedia" and device and device.lower() != "none":
        return PjmediaHeadset(endpoint, device)
    return HeadsetPort(device, max_lag_ms)
