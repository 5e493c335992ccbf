"""factcheck.testing: hypothesis strategies and the laws every rule obeys, for rule authors.

    def scenario(draw, names):                       # above your rule, then @rule(..., scenario=scenario)
        from factcheck.testing import Amount, Case, doc, ordinal

        year, field = names.year(), names.integer(20, 200)

        def text(place):
            return doc(f"In {year} the city ranked {ordinal(place)} of ", Amount(field, "plain"), " cities.")

        return Case(consistent=[text(names.integer(1, field))], planted=[text(field + names.integer(1, 50))])

`factcheck rules test DIR` checks the fixtures of every rule in DIR and, for rules with a
scenario, the laws in `factcheck.testing.laws` on generated cases and the growth law in
`factcheck.testing.growth` (no rule may be quadratic in the claims of a group).
"""

from factcheck.testing.growth import Growth, growth, growth_of
from factcheck.testing.laws import (
    LawReport,
    Outcome,
    check_case,
    corpus_is_quiet,
    run_corpus_law,
    run_laws,
    verdicts,
)
from factcheck.testing.render import RENDERERS, Amount, EnglishRenderer, ordinal, register_renderer, renderer
from factcheck.testing.scenarios import Case, GeneratedDocument, Names, Scenario, cases, corpora, doc, to_documents
from factcheck.testing.strategies import amounts, claims, documents, quantities, time_spans

__all__ = [
    "RENDERERS", "Amount", "Case", "EnglishRenderer", "GeneratedDocument", "Growth", "LawReport", "Names", "Outcome",
    "Scenario", "amounts",
    "cases", "check_case", "claims", "corpora", "corpus_is_quiet", "doc", "documents", "growth", "growth_of",
    "ordinal", "quantities",
    "register_renderer", "renderer", "run_corpus_law", "run_laws", "time_spans", "to_documents", "verdicts",
]
