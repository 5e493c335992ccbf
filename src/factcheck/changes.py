"""Changes as ratios of new to old: "+25%" is 1.25, "by 80%" down is 0.2, "fivefold" down is 0.2."""

from __future__ import annotations

from factcheck.model import Claim


def ratio_interval(claim: Claim) -> tuple[float, float] | None:
    """The interval of new/old a change claim allows, or None if it is not a relative change."""
    quantity, direction = claim.quantity, claim.direction
    if direction not in {"up", "down"} or claim.kind != "change":
        return None
    if quantity.unit == "percent":
        low, high = quantity.lower / 100, quantity.upper / 100
        if direction == "up":
            return 1 + max(low, 0.0), 1 + high
        return max(1 - high, 0.0), 1 - max(low, 0.0)
    if quantity.unit == "fold":
        if quantity.upper <= 0:  # "dropped 0-fold": no ratio of new to old
            return None
        low, high = max(quantity.lower, 1e-12), quantity.upper
        if direction == "up":
            return low, high
        return 1 / high, 1 / low
    return None
