"""Rules written as data: a TOML file with a relation in factcheck's safe expression language.

    id = "score-exceeds-maximum"
    severity = "error"
    applies_to = "claim"                    # or share, change, conversion
    description = '''One sentence. ... Inconsistent: "..." Consistent: "..."'''
    relation = "score <= maximum"           # parsed by factcheck.expressions, never evaluated as code
    message = "{claim} is a score above its maximum {maximum}"

    [select]                                # claim fields that must match (applies_to = "claim")
    kind = "score"

    [bind]                                  # expression names: role.field
    score = "claim.low"                     # fields: value, low, high (base units), out_of
    maximum = "claim.out_of"

    [scenario]                              # optional: how the laws generate and plant cases
    template = "In {year} {subject} scored {got} / {maximum} for its {noun}."
    draw = { maximum = [4, 100], got = [0, "maximum"] }
    planted = { got = "maximum + 1 + got" }

Any problem (a bad key, a refused expression) is a RuleError naming the file and the line.
"""

from __future__ import annotations

import re
import tomllib
from datetime import date
from pathlib import Path

import sympy

from factcheck.errors import RuleError
from factcheck.expressions import ExpressionError, parse_expression, parse_relation
from factcheck.model import ChangeStatement, ClaimSet, Conversion, ShareStatement
from factcheck.relations import Relation, format_number
from factcheck.rulekit import stated
from factcheck.units import to_base

APPLIES_TO = {"claim": ClaimSet, "share": ShareStatement, "change": ChangeStatement, "conversion": Conversion}
ROLES = {"claim": ("claim",), "share": ("part", "share", "whole"), "change": ("start", "end", "change"),
         "conversion": ("amount", "equivalent")}
FIELDS = ("value", "low", "high", "out_of")
SELECTABLE = ("kind", "unit", "direction", "modality", "qualifier", "statistic")
KEYS = {"id", "aliases", "severity", "applies_to", "description", "relation", "message", "select", "bind",
        "scenario"}
_PLACEHOLDER = re.compile(r"\{([a-z][a-z0-9_]*)\}")
_NAME = re.compile(r"^[a-z][a-z0-9_]*$")


def load_data_rule(path: Path):
    from factcheck.rulebook import Rule, check_rule_header

    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw.count(b"\n", 0, error.start) + 1
        raise RuleError(f"rule file is not UTF-8 text (byte 0x{raw[error.start]:02x})", path=str(path),
                        line=line, column=error.start - (raw.rfind(b"\n", 0, error.start) + 1) + 1) from error
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise RuleError(f"rule file is not valid TOML: {error}", path=str(path)) from error
    where = _Locator(path, text)
    unknown = set(data) - KEYS
    if unknown:
        raise where.error(f"unknown key {sorted(unknown)[0]!r} (allowed: {', '.join(sorted(KEYS))})",
                          sorted(unknown)[0])
    for key in ("id", "severity", "applies_to", "description", "relation", "message", "bind"):
        if key not in data:
            raise RuleError(f"data rule needs the key {key!r}", path=str(path))
    for key in ("id", "severity", "applies_to", "description", "relation", "message"):
        if not isinstance(data[key], str):
            raise where.error(f"{key} must be a string in quotes, not {type(data[key]).__name__} "
                              f"{str(data[key])[:40]}", key)
    if data["applies_to"] not in APPLIES_TO:
        raise where.error(f"applies_to must be one of {', '.join(APPLIES_TO)}", "applies_to")
    check_rule_header(data["id"], data["severity"], APPLIES_TO[data["applies_to"]])
    aliases = data.get("aliases", [])
    if not isinstance(aliases, list) or not all(isinstance(alias, str) for alias in aliases):
        raise where.error("aliases must be a list of earlier rule ids in quotes", "aliases")
    for alias in aliases:
        check_rule_header(alias, data["severity"], APPLIES_TO[data["applies_to"]])
    bindings = _bindings(data, where)
    unknown_select = set(data.get("select", {})) - set(SELECTABLE)
    if unknown_select or (data.get("select") and data["applies_to"] != "claim"):
        raise where.error(f"[select] takes only {', '.join(SELECTABLE)}, and only for applies_to = \"claim\"",
                          sorted(unknown_select)[0] if unknown_select else "applies_to")
    try:
        relation = Relation(parse_relation(data["relation"], bindings))
    except ExpressionError as error:
        raise where.error(f"relation refused: {error.message}", "relation", error.column) from error
    _check_message(data["message"], bindings, data["applies_to"], where)
    check = _checker(data, bindings, relation)
    scenario = _scenario(data.get("scenario"), where) if "scenario" in data else None
    return Rule(data["id"], data["severity"], APPLIES_TO[data["applies_to"]], check, data["description"],
                str(path), scenario, tuple(aliases))


class _Locator:
    """Lines of keys in the TOML text, so errors name the line the author must fix."""

    def __init__(self, path: Path, text: str):
        self.path, self.lines = path, text.splitlines()

    def line_of(self, key: str) -> int | None:
        pattern = re.compile(rf"^\s*{re.escape(key)}\s*=")
        return next((number for number, line in enumerate(self.lines, start=1) if pattern.match(line)), None)

    def error(self, message: str, key: str, column_in_value: int | None = None) -> RuleError:
        line = self.line_of(key)
        column = None
        if line is not None and column_in_value is not None:
            raw = self.lines[line - 1]
            quote = min((raw.find(q, raw.find("=")) for q in "\"'" if raw.find(q, raw.find("=")) >= 0), default=-1)
            column = quote + 1 + column_in_value if quote >= 0 else None
        return RuleError(message, path=str(self.path), line=line, column=column)


def _bindings(data: dict, where: _Locator) -> dict[str, tuple[str, str]]:
    roles = ROLES[data["applies_to"]]
    bindings = {}
    if not isinstance(data["bind"], dict):
        raise where.error("[bind] must be a table of name = \"role.field\"", "bind")
    for name, spec in data["bind"].items():
        role, _, field = str(spec).partition(".")
        if not _NAME.match(name) or role not in roles or field not in FIELDS:
            raise where.error(f"bind {name} = {spec!r}: use a lowercase name and role.field with role in "
                              f"{', '.join(roles)} and field in {', '.join(FIELDS)}", name)
        bindings[name] = (role, field)
    return bindings


def _check_message(message: str, bindings: dict, applies_to: str, where: _Locator) -> None:
    allowed = set(bindings) | set(ROLES[applies_to])
    for placeholder in _PLACEHOLDER.findall(message):
        if placeholder not in allowed:
            raise where.error(f"message placeholder {{{placeholder}}} is neither a bound name nor a role", "message")
    if re.search(r"\{(?![a-z][a-z0-9_]*\})", message):
        raise where.error("message placeholders are {name} only (no attributes, indexes or formats)", "message")


def _field(claim, field: str) -> float | None:
    if field == "out_of":
        return claim.out_of
    quantity = to_base(claim.quantity)
    return {"value": quantity.value, "low": quantity.lower, "high": quantity.upper}[field]


def _checker(data: dict, bindings: dict, relation: Relation):
    applies_to, message, select = data["applies_to"], data["message"], data.get("select", {})

    def groups_of_roles(group):
        if applies_to == "claim":
            return [{"claim": claim} for claim in group.claims
                    if all(str(getattr(claim, key)) == str(value) for key, value in select.items())]
        return [{role: getattr(group, role, None) for role in ROLES[applies_to]}]

    def check(group):
        from factcheck.rulebook import finding

        for roles in groups_of_roles(group):
            if any(roles.get(role) is None for role, _ in bindings.values()):
                continue
            values = {name: _field(roles[role], field) for name, (role, field) in bindings.items()}
            if any(value is None for value in values.values()):
                continue
            verdict = relation.check(**values)
            if not verdict.holds:
                yield finding(_fill(message, values, roles), [c for c in roles.values() if c is not None], verdict)

    return check


def _fill(message: str, values: dict, roles: dict) -> str:
    def replace(match):
        name = match.group(1)
        return format_number(values[name]) if name in values else stated(roles[name])

    return _PLACEHOLDER.sub(replace, message)


def _scenario(spec: dict, where: _Locator):
    """A scenario from a template, integer ranges to draw and planted values as safe expressions."""
    if not isinstance(spec, dict) or not {"template", "draw", "planted"} <= set(spec):
        raise where.error("[scenario] needs template, draw and planted", "scenario")
    draws = spec["draw"]
    names = list(draws)
    try:
        bounds = {name: [parse_expression(str(bound), names[:index]) for bound in draws[name]]
                  for index, name in enumerate(names)}
        planted = {name: parse_expression(str(expression), names) for name, expression in spec["planted"].items()}
    except ExpressionError as error:
        raise where.error(f"scenario expression refused: {error.message}", "draw") from error
    template = spec["template"]

    def scenario(draw, generated_names):
        from factcheck.testing import Amount, Case, doc

        year = generated_names.year()
        fixed = {"year": str(year), "subject": generated_names.subject(), "noun": generated_names.noun()}
        values: dict[str, int] = {}
        for name in names:
            low, high = (int(bound.subs({sympy.Symbol(k): v for k, v in values.items()})) for bound in bounds[name])
            values[name] = generated_names.integer(low, max(low, high))
        wrong = {**values, **{name: int(expression.subs({sympy.Symbol(k): v for k, v in values.items()}))
                              for name, expression in planted.items()}}

        def render(numbers):
            pieces, cursor = [], 0
            for match in _PLACEHOLDER.finditer(template):
                pieces.append(template[cursor:match.start()])
                key = match.group(1)
                pieces.append(fixed[key] if key in fixed else Amount(numbers[key], "plain"))
                cursor = match.end()
            pieces.append(template[cursor:])
            return doc(*pieces, published=date(year + 1, 2, 1))

        return Case(consistent=[render(values)], planted=[render(wrong)])

    return scenario
