"""factcheck.testing: hypothesis strategies and the laws every rule obeys, for rule authors.

    from factcheck.testing import Amount, Case, doc

    def scenario(draw, names):                       # in your rule module, as SCENARIO = scenario
        noun, year = names.noun(), names.year()
        field = names.integer(20, 200)
        rank = names.integer(1, field)
        text = lambda place: doc(f"In {year} the city ranked {place} among ", Amount(field), f" cities.")
        return Case(consistent=[text(ordinal(rank))], planted=[text(ordinal(field + names.integer(1, 50)))])

`factcheck rules test DIR` checks the fixtures of every rule in DIR and, for rules with a
SCENARIO, the laws in `factcheck.testing.laws` on generated cases.
"""

from factcheck.testing.laws import Outcome, check_case, corpus_is_quiet, verdicts
from factcheck.testing.render import RENDERERS, Amount, EnglishRenderer, ordinal, register_renderer, renderer
from factcheck.testing.scenarios import Case, GeneratedDocument, Names, Scenario, cases, corpora, doc, to_documents
from factcheck.testing.strategies import amounts, claims, documents, quantities, time_spans

__all__ = [
    "RENDERERS", "Amount", "Case", "EnglishRenderer", "GeneratedDocument", "Names", "Outcome", "Scenario", "amounts",
    "cases", "check_case", "claims", "corpora", "corpus_is_quiet", "doc", "documents", "ordinal", "quantities",
    "register_renderer", "renderer", "time_spans", "to_documents", "verdicts",
]
