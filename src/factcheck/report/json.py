"""The machine report: the JSON contract of DESIGN.md, byte-identical for identical inputs."""

from __future__ import annotations

import json

from factcheck.model import Claim
from factcheck.results import Report


def report_json(report: Report) -> str:
    return report.to_json(indent=2) + "\n"


def claim_lines(claims: tuple[Claim, ...]) -> str:
    """One claim per line, each a JSON object of the same form as the report's claims."""
    return "".join(json.dumps(claim.to_dict(), ensure_ascii=False) + "\n" for claim in claims)


def set_aside_lines(document: str, numbers: tuple) -> str:
    """One number set aside per line (extract.SetAside): the document, its text, why, its span."""
    return "".join(json.dumps(number.to_dict(document), ensure_ascii=False) + "\n" for number in numbers)
