"""The package's import graph has no cycles at module level, and the report modules import what a run
produces from factcheck.results, never the engine that makes it (issue 15)."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "factcheck"


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _top_level_imports(path: Path) -> set[str]:
    """Modules imported when the module is imported (not inside functions: those run later)."""
    found = set()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("factcheck"):
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names if alias.name.startswith("factcheck"))
    return found


def _graph() -> dict[str, set[str]]:
    modules = {_module_name(path): path for path in PACKAGE.rglob("*.py")}
    return {name: {imported for imported in _top_level_imports(path) if imported in modules and imported != name}
            for name, path in modules.items()}


def test_no_import_cycles_at_module_level():
    graph = _graph()
    visiting, done, cycles = set(), set(), []

    def visit(module: str, trail: list[str]) -> None:
        if module in done:
            return
        if module in visiting:
            cycles.append(trail[trail.index(module):] + [module])
            return
        visiting.add(module)
        for imported in sorted(graph[module]):
            # a package's __init__ importing its own modules is how packages expose names, not a cycle
            if not imported.startswith(module + "."):
                visit(imported, [*trail, imported])
        visiting.discard(module)
        done.add(module)

    for module in sorted(graph):
        visit(module, [module])
    assert not cycles, cycles


def test_reports_import_results_not_the_engine():
    for path in (PACKAGE / "report").glob("*.py"):
        assert "factcheck.engine" not in _top_level_imports(path), path.name


def test_extraction_is_small_modules_of_short_functions():
    """Issue 15: no module of extract/ over 400 lines, no function in it over 40."""
    extract = PACKAGE / "extract"
    too_long = []
    for path in sorted(extract.rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        if source.count("\n") > 400:
            too_long.append(f"{path.name}: {source.count(chr(10))} lines")
        functions = [node for node in ast.walk(ast.parse(source))
                     if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)]
        too_long += [f"{path.name}:{node.name}: {node.end_lineno - node.lineno + 1} lines"
                     for node in functions if node.end_lineno - node.lineno >= 40]
    assert not too_long, too_long
