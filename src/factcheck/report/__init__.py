"""Reports for people (terminal text) and machines (JSON)."""
