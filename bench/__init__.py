"""factcheck's benchmarks: speed, memory, recall and false alarms, each printing its figures.

Run one from the repository's root as `python -m bench NAME [ARGS]` (`python -m bench` lists them).
Benchmarks import each other as `bench.NAME`; none is run by the test suite except through what
the tests import (bench.realnews, bench.gold_score, bench.regex_bound).
"""
