"""`python -m bench NAME [ARGS]`: run one benchmark; with no NAME, list them."""

from __future__ import annotations

import ast
import runpy
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def benchmarks() -> dict[str, str]:
    """Every runnable module of bench/ and the first line of its docstring."""
    found = {}
    for path in sorted(HERE.glob("*.py")):
        if path.stem.startswith("_"):
            continue
        source = path.read_text(encoding="utf-8")
        if "__main__" not in source:
            continue  # a library of the others (languages.py)
        docstring = ast.get_docstring(ast.parse(source)) or ""
        found[path.stem] = docstring.splitlines()[0] if docstring else ""
    return found


def main(argv: list[str]) -> int:
    known = benchmarks()
    if not argv or argv[0] in {"-h", "--help"}:
        print(__doc__)
        width = max(map(len, known))
        for name, summary in known.items():
            print(f"  {name:<{width}}  {summary}")
        return 0
    name, *arguments = argv
    if name not in known:
        print(f"bench: no benchmark {name!r} (python -m bench lists them)", file=sys.stderr)
        return 2
    sys.argv = [f"bench/{name}.py", *arguments]
    runpy.run_module(f"bench.{name}", run_name="__main__", alter_sys=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
