"""Helpers shared by the integration tests and the benchmarks: real peers on loopback.

Everything here drives real programs (sipp, baresip, espeak-ng, sox, `kuty serve`) on
127.0.0.1; nothing is mocked. Each module is usable standalone (see `bench/`).
"""
