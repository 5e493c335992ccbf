"""German, Russian and Kazakh extraction: numerals, qualifiers, dates, shared measures, mixed pages."""

import re
from datetime import date
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from factcheck.extract import extract_document
from factcheck.extract.finders.patterns import not_a_long_word
from factcheck.extract.lexicon import available_languages, load_lexicon
from factcheck.extract.time import time_patterns
from factcheck.ingest import document_from_text, read_document
from factcheck.langdetect import detect_paragraph_language
from factcheck.segment import segment

CROSSLANG = Path(__file__).parent / "corpora" / "crosslang"
PUBLISHED = date(2024, 11, 22)


def claims_of(text, language, published=PUBLISHED):
    document = document_from_text(text, published=published, language=language)
    return extract_document(document, segment(document)).claims


def only(text, language):
    found = claims_of(text, language)
    assert len(found) == 1, [(c.text, c.kind) for c in found]
    return found[0]


@pytest.mark.parametrize("language, text, surface, value, low, high, unit, qualifier", [
    # A half added to a whole number, stated to the quarter, before its scale or unit.
    ("en", "In all, two and a half million people voted.", "two and a half million", 2.5e6, 2.25e6, 2.75e6,
     "dimensionless", "exact"),
    ("en", "The ferry takes 3 and a half hours each way.", "3 and a half hours", 3.5, 3.25, 3.75, "hour", "exact"),
    ("de", "Zur Messe kamen zweieinhalb Millionen Besucher.", "zweieinhalb Millionen", 2.5e6, 2.25e6, 2.75e6,
     "dimensionless", "exact"),
    ("ru", "Тираж составил два с половиной миллиона экземпляров.", "два с половиной миллиона", 2.5e6, 2.25e6,
     2.75e6, "dimensionless", "exact"),
    ("kk", "Жобаға бір жарым миллион теңге бөлінді.", "бір жарым миллион теңге", 1.5e6, 1.25e6, 1.75e6, "KZT",
     "exact"),
    # Basis points are read as hundredths of a percentage point.
    ("en", "The central bank cut its rate by 25 basis points.", "25 basis points", 0.25, 0.245, 0.255,
     "percentage_point", "exact"),
    # A minus word hyphenated to the digits makes them negative.
    ("en", "The back ran for minus-3 rushing yards.", "minus-3", -3, -3.5, -2.5, "dimensionless", "exact"),
    # A decimal point alone before the digits opens the number.
    ("en", "The shortstop batted .312 last season.", ".312", 0.312, 0.3115, 0.3125, "dimensionless", "exact"),
    ("de", "Der Dienst hat 12,5 Millionen monatliche Benutzer.", "12,5 Millionen", 12.5e6, 12.45e6, 12.55e6,
     "dimensionless", "exact"),
    ("de", "Die Stadt betreibt 1.731 Schulen.", "1.731", 1731, 1730.5, 1731.5, "dimensionless", "exact"),
    ("de", "Das Volumen lag bei rund 3,2 Billionen KZT.", "rund 3,2 Billionen KZT", 3.2e12, 2.88e12, 3.52e12, "KZT",
     "approximate"),
    ("de", "Der Markt wuchs auf mehr als 6 Mrd. US-Dollar.", "mehr als 6 Mrd. US-Dollar", 6e9, 6e9, None, "USD",
     "lower"),
    ("de", "Die Strafe beträgt bis zu 300.000 Tenge.", "bis zu 300.000 Tenge", 3e5, None, 3e5, "KZT", "upper"),
    ("de", "Knapp 40 Prozent der Haushalte sind online.", "Knapp 40 Prozent", 40, 36, 40, "percent", "approximate"),
    ("de", "Das Netz erreicht mindestens 120 000 Nutzer.", "mindestens 120 000", 120e3, 120e3, None, "dimensionless",
     "lower"),
    ("de", "Geplant sind drei neue Rechenzentren.", "drei", 3, 2.5, 3.5, "dimensionless", "exact"),
    ("de", "Dreißig Prozent der Haushalte sind online.", "Dreißig Prozent", 30, 29.5, 30.5, "percent", "exact"),
    ("de", "Der Tarif kostet 94.000 € im Jahr.", "94.000 €", 94e3, 93999.5, 94000.5, "EUR", "exact"),
    ("de", "Gefördert werden achtundsiebzig Projekte.", "achtundsiebzig", 78, 77.5, 78.5, "dimensionless", "exact"),
    ("ru", "Мессенджером пользуются более 12,5 млн человек.", "более 12,5 млн", 12.5e6, 12.5e6, None,
     "dimensionless", "lower"),
    ("ru", "Рынок оценивается примерно в 3,2 трлн тенге.", "3,2 трлн тенге", 3.2e12, 3.15e12, 3.25e12, "KZT", "exact"),
    ("ru", "Штраф составит до 300 000 тенге.", "до 300 000 тенге", 3e5, None, 3e5, "KZT", "upper"),
    ("ru", "Компания потеряла около 108 миллионов долларов.", "около 108 миллионов долларов", 108e6, 97.2e6, 118.8e6,
     "USD", "approximate"),
    ("ru", "Доля выросла до 40 процентов.", "40 процентов", 40, 39.5, 40.5, "percent", "exact"),
    ("ru", "Сеть охватывает не менее 4 866 сел.", "не менее 4 866", 4866, 4866, None, "dimensionless", "lower"),
    ("ru", "Выручка составила $342,5 млн.", "$342,5 млн", 342.5e6, 342.45e6, 342.55e6, "USD", "exact"),
    ("kk", "Мессенджерді 12 миллионнан астам адам пайдаланады.", "12 миллионнан астам", 12e6, 12e6, None,
     "dimensionless", "lower"),
    ("kk", "Айыппұл 100 мың теңгеге дейін жетеді.", "100 мың теңгеге дейін", 1e5, None, 1e5, "KZT", "upper"),
    ("kk", "Жобаға шамамен 3,2 трлн теңге жұмсалды.", "шамамен 3,2 трлн теңге", 3.2e12, 2.88e12, 3.52e12, "KZT",
     "approximate"),
    ("kk", "Ауданда 30-ға жуық мектеп бар.", "30-ға жуық", 30, 27, 30, "dimensionless", "approximate"),
    ("kk", "Облыста 500-ге тарта мектеп салынды.", "500-ге тарта", 500, 450, 500, "dimensionless", "approximate"),
    ("kk", "Кем дегенде 200 ауыл интернетке қосылды.", "Кем дегенде 200", 200, 200, None, "dimensionless", "lower"),
    ("kk", "Тұрғындардың 45 пайызы желіні пайдаланады.", "45 пайызы", 45, 44.5, 45.5, "percent", "exact"),
])
def test_numerals_and_qualifiers(language, text, surface, value, low, high, unit, qualifier):
    claim = only(text, language)
    assert claim.text == surface
    assert claim.quantity.value == pytest.approx(value)
    assert claim.quantity.low == (pytest.approx(low) if low is not None else None)
    assert claim.quantity.high == (pytest.approx(high) if high is not None else None)
    assert (claim.quantity.unit, claim.qualifier) == (unit, qualifier)


@pytest.mark.parametrize("language, text", [
    ("de", "Der Wert 3.2 ist in deutschen Texten keine Zahl."),
    ("de", "Nach Artikel 15 des Gesetzes gilt das ab dem 3. Oktober."),
    ("de", "Kasachstan landete auf Platz 66 der Rangliste."),
    ("ru", "Согласно статье 115 закона, решение вступает в силу."),
    ("ru", "Самолёт Ту-154 пролетел над трассой Р-257, за рулём был чемпион Формулы-1."),
    ("de", "Der Minister Jeremic (40) trat zurück.(1)"),
    ("ru", "Это 5-й по счету офис компании."),
    ("ru", "Звоните по телефону +7 727 123 45 67."),
    ("kk", "Оқушылар 5-сыныпта оқиды."),
    ("kk", "Заңның 12 бабы өзгерді."),
])
def test_traps_are_not_amounts(language, text):
    assert [c.text for c in claims_of(text, language) if c.kind != "rank"] == []


@pytest.mark.parametrize("language, text, surface, start, end", [
    ("de", "Laut einem Beitrag vom 15. Juli wächst der Markt.", "15. Juli", date(2024, 7, 15), date(2024, 7, 15)),
    ("de", "Im dritten Quartal 2024 stieg der Umsatz.", "dritten Quartal 2024", date(2024, 7, 1), date(2024, 9, 30)),
    ("de", "Seit 2023 wächst der Markt.", "2023", date(2023, 1, 1), PUBLISHED),
    ("ru", "Заседание прошло 18 июня.", "18 июня", date(2024, 6, 18), date(2024, 6, 18)),
    ("ru", "Отчет за январь–ноябрь 2024 года опубликован.", "январь–ноябрь 2024 года", date(2024, 1, 1),
     date(2024, 11, 30)),
    ("ru", "К концу 2023 года проект завершили.", "концу 2023 года", date(2023, 10, 1), date(2023, 12, 31)),
    ("ru", "В феврале 2024 года цены выросли.", "феврале 2024 года", date(2024, 2, 1), date(2024, 2, 29)),
    ("kk", "22 Қараша", "22 Қараша", date(2024, 11, 22), date(2024, 11, 22)),
    ("kk", "Министр 26 тамызда мәлімдеме жасады.", "26 тамызда", date(2024, 8, 26), date(2024, 8, 26)),
    ("kk", "2024 жыл", "2024 жыл", date(2024, 1, 1), date(2024, 12, 31)),
    ("kk", "2023 жылдың соңында жоба аяқталды.", "2023 жылдың соңында", date(2023, 10, 1), date(2023, 12, 31)),
    ("kk", "Есеп 2024 жылғы 3 сәуірде жарияланды.", "2024 жылғы 3 сәуірде", date(2024, 4, 3), date(2024, 4, 3)),
    # A day range after a month; a day past the month's end is no day ("May 3 to 40 people").
    ("en", "The fair runs Aug. 12-15 in the park.", "Aug. 12-15", date(2024, 8, 12), date(2024, 8, 15)),
    ("en", "On May 3 to 40 people came.", "May 3", date(2024, 5, 3), date(2024, 5, 3)),
    # A range of days before its month; "с" is "from" there, not "since".
    ("ru", "Учения прошли с 11 по 14 апреля 2016 года.", "11 по 14 апреля 2016 года", date(2016, 4, 11),
     date(2016, 4, 14)),
    ("de", "Die Messe läuft vom 11. bis 14. April 2016.", "11. bis 14. April 2016", date(2016, 4, 11),
     date(2016, 4, 14)),
    ("en", "The fair runs 12-15 June in the park.", "12-15 June", date(2024, 6, 12), date(2024, 6, 15)),
    ("en", "He will ask the Queen on 4 or 5 April.", "4 or 5 April", date(2024, 4, 4), date(2024, 4, 5)),
    ("de", "Am 4. oder 5. April kommen die Gäste.", "4. oder 5. April", date(2024, 4, 4), date(2024, 4, 5)),
    # Kazakh news quotes posts with their English dates.
    ("kk-Latn", "NetBlocks January 12, 2026 dep jazdy.", "January 12, 2026", date(2026, 1, 12), date(2026, 1, 12)),
    # A season or fiscal year writes its last year short; the century may roll over.
    ("en", "Funding for the 2026-27 season rose.", "2026-27", date(2026, 1, 1), date(2027, 12, 31)),
    ("de", "In der Saison 2015/16 stieg der Umsatz.", "2015/16", date(2015, 1, 1), date(2016, 12, 31)),
    ("en", "The 1999-00 accounts were restated.", "1999-00", date(1999, 1, 1), date(2000, 12, 31)),
    ("kk", "Құжаттама 2026-27 жылдары жасалады.", "2026-27 жылдары", date(2026, 1, 1), date(2027, 12, 31)),
    # Years before 1800 only where the text marks them as years.
    ("en", "The coins were minted between 1450 and 1520.", "1450 and 1520", date(1450, 1, 1), date(1520, 12, 31)),
    ("en", "The town, founded in 1450, grew by 1500 residents.", "1450", date(1450, 1, 1), date(1450, 12, 31)),
    ("ru", "Монеты чеканили с 1450 года.", "1450 года", date(1450, 1, 1), PUBLISHED),
])
def test_dates_resolve_against_the_document_date(language, text, surface, start, end):
    found = time_patterns(load_lexicon(language)).find(text, context_year=None, published=PUBLISHED)
    assert [(text[t.start:t.end], t.span.start, t.span.end) for t in found] == [(surface, start, end)]


@pytest.mark.parametrize("language, forms, month", [
    ("ru", ["январь", "января", "январе", "январю", "январём"], 1),
    ("ru", ["май", "мая", "мае", "маю", "маем"], 5),
    ("kk", ["қараша", "қарашада", "қарашаға", "қарашаның", "қарашадан", "қарашаны", "қарашасы", "қарашамен"], 11),
    ("kk", ["сәуір", "сәуірде", "сәуірге", "сәуірдің", "сәуірден", "сәуірді"], 4),
])
def test_month_names_in_every_case_form(language, forms, month):
    times = time_patterns(load_lexicon(language))
    for form in forms:
        found = times.find(f"{form} 2024", context_year=None, published=PUBLISHED)
        assert [(t.span.start.month, t.span.start.year) for t in found] == [(month, 2024)], form


def test_all_four_languages_have_lexicons_with_shared_measures():
    assert set(available_languages()) >= {"en", "de", "ru", "kk"}
    words = {"de": ["Nutzer", "Benutzer", "Menschen", "Schulen", "Dörfer", "Abonnenten"],
             "ru": ["пользователей", "человек", "школ", "сел", "абонентов"],
             "kk": ["пайдаланушылар", "адам", "мектептер", "ауылдар", "абоненттер"]}
    expected = {"user", "people", "school", "village", "subscriber"}
    for language, nouns in words.items():
        sentence = {"de": "Im Bezirk sind es 12 {}.", "ru": "В районе насчитали 12 {}.", "kk": "Өңірде 12 {} бар."}
        found = {claims_of(sentence[language].format(noun), language)[0].measure for noun in nouns}
        assert found == expected, (language, found)


def test_people_who_use_a_service_are_its_users():
    assert only("Мессенджерді 12 миллионнан астам адам пайдаланады.", "kk").measure == "user"
    assert only("Мессенджером пользуются более 12 млн человек.", "ru").measure == "user"
    assert only("В стране живут 20 млн человек.", "ru").measure == "people"


def test_seed_figures_match_across_languages(checker, seeds_dir):
    report = checker.check_paths([seeds_dir])
    by_file = {}
    for claim in report.claims:
        by_file.setdefault(report.document(claim.document).path.rsplit("/", 1)[-1], []).append(claim)
    english = [c for c in by_file["000_8553abfab5cb651f.txt"] if c.text == "over 12.5 million"]
    kazakh = [c for c in by_file["002_945e17d87172243a.txt"] if c.text == "12 миллионнан астам"]
    german = [c for c in by_file["003_03e13b99d4b2d07f.txt"] if c.text == "12,5 Millionen"]
    assert english and kazakh and german
    for claim in kazakh:
        assert (claim.quantity.low, claim.quantity.high, claim.qualifier) == (12e6, None, "lower")
        assert claim.subject == "Telegram"
    assert german[0].quantity.value == 12.5e6 and german[0].qualifier == "exact"
    assert {c.measure for c in english + kazakh + german} == {"user"}
    cited = {claim_id for finding in report.findings for claim_id in finding.claims}
    assert not cited & {c.id for c in english + kazakh + german}


def test_seed_dates_resolve(seeds_dir):
    kazakh = read_document(seeds_dir / "002_945e17d87172243a.txt", "d1")
    german = read_document(seeds_dir / "003_03e13b99d4b2d07f.txt", "d2")
    assert (kazakh.language, german.language) == ("kk", "de")
    header = [line.strip() for line in kazakh.text.splitlines() if line.strip() in {"2024 Жыл", "22 Қараша"}]
    year = time_patterns(load_lexicon("kk")).find(header[0], context_year=None, published=None)[0].span
    day = time_patterns(load_lexicon("kk")).find(header[1], context_year=year.start.year, published=None)[0].span
    assert (day.start, day.end) == (date(2024, 11, 22), date(2024, 11, 22))
    sentence = next(s.text for s in segment(german).sentences if "15. Juli" in s.text)
    found = time_patterns(load_lexicon("de")).find(sentence, context_year=None, published=date(2024, 7, 20))
    assert [(t.span.start, t.span.end) for t in found] == [(date(2024, 7, 15), date(2024, 7, 15))]


def test_german_and_english_articles_disagreeing_raise_a_cross_language_conflict(checker):
    """The German article says 3.6 million Kcell subscribers in Q3 2024, the English one 6.3 million."""
    report = checker.check_paths([CROSSLANG])
    conflicts = [f for f in report.findings if f.rule == "conflicting-figures"]
    assert len(conflicts) == 1
    claims = [report.claim(claim_id) for claim_id in conflicts[0].claims]
    assert {c.text for c in claims} == {"3,6 Millionen", "6.3 million"}
    assert {report.document(c.document).language for c in claims} == {"de", "en"}
    for claim in claims:
        text = report.document(claim.document).text
        assert text[claim.span.start:claim.span.end] == claim.text


def test_consistent_translations_raise_nothing(checker):
    english = document_from_text("In the third quarter of 2024, Kcell had 6.3 million subscribers in Kazakhstan.",
                                 doc_id="d1", language="en", published=PUBLISHED)
    german = document_from_text("Im dritten Quartal 2024 zählte Kcell in Kasachstan 6,3 Millionen Abonnenten.",
                                doc_id="d2", language="de", published=PUBLISHED)
    russian = document_from_text("В третьем квартале 2024 года у Kcell в Казахстане было более 6 млн абонентов.",
                                 doc_id="d3", language="ru", published=PUBLISHED)
    report = checker.check_documents([english, german, russian])
    assert len({(c.measure, c.subject, c.scope) for c in report.claims}) == 1
    assert report.findings == ()


def test_each_paragraph_is_read_in_its_own_language():
    text = ("The operator reported strong growth in the third quarter and more customers in the regions.\n\n"
            "По данным компании, в Казахстане у оператора более 12,5 млн абонентов и 300 офисов продаж.\n")
    document = document_from_text(text, language="en", published=PUBLISHED)
    claims = extract_document(document, segment(document)).claims
    assert [(c.text, c.measure) for c in claims] == [("более 12,5 млн", "subscriber"), ("300", "office")]


def test_front_matter_language_holds_for_the_whole_document():
    text = ("---\nlanguage: en\n---\nThe operator reported strong growth in the quarter.\n\n"
            "По данным компании, в Казахстане у оператора более 12,5 млн абонентов и 300 офисов продаж.\n")
    document = document_from_text(text, published=PUBLISHED)
    claims = extract_document(document, segment(document)).claims
    assert "более 12,5 млн" not in [c.text for c in claims]


def test_paragraph_language_needs_evidence():
    assert detect_paragraph_language("Müller said the firm grew.", "en") == "en"
    assert detect_paragraph_language("Der Umsatz der Firma ist mit dem neuen Dienst auf das Doppelte gestiegen "
                                     "und die Zahl der Kunden wurde größer.", "en") == "de"
    assert detect_paragraph_language("Қазақстандағы абоненттер саны өсті, бұл туралы компания хабарлады.", "ru") == "kk"


def test_bundled_articles_in_other_languages_are_read_without_new_alarms(checker):
    from factcheck.bundled import corpus_dir

    report = checker.check_paths([corpus_dir()])
    languages = {d.id: d.language for d in report.documents}
    assert {languages[c.document] for c in report.claims} == {"en", "de", "ru", "kk"}
    assert not [p for p in report.problems if "not supported" in p.message]
    for finding in report.findings:
        assert {languages[report.claim(c).document] for c in finding.claims} == {"en"}, finding.message


def _grouped(integer: int, separator: str) -> str:
    digits = str(integer)
    groups = [digits[max(0, end - 3):end] for end in range(len(digits), 0, -3)]
    return separator.join(reversed(groups))


@settings(max_examples=60)
@given(integer=st.integers(min_value=1, max_value=10**9), decimals=st.sampled_from(["", "5", "25"]),
       language=st.sampled_from(["de", "ru", "kk"]), separator=st.sampled_from([" ", "\u00a0", "."]))
def test_numerals_written_the_local_way_read_back(integer, decimals, language, separator):
    if separator == "." and language != "de":
        separator = " "  # only German groups thousands with a dot
    written = _grouped(integer, separator) + (f",{decimals}" if decimals else "")
    sentence = {"de": "Die Behörde meldete {} Anträge.", "ru": "Ведомство получило {} заявок.",
                "kk": "Мекеме {} өтініш алды."}[language].format(written)
    claim = only(sentence, language)
    expected = float(f"{integer}.{decimals or 0}")
    half = 0.5 * 10 ** -len(decimals) if decimals else 0.5
    assert claim.text == written
    assert claim.quantity.value == pytest.approx(expected)
    assert (claim.quantity.low, claim.quantity.high) == (pytest.approx(expected - half), pytest.approx(expected + half))


@pytest.mark.parametrize("language, text, surface, value, unit", [
    # An amount with its hundredths.
    ("de", "Der Kaffee kostet zwei Euro fünfzig.", "zwei Euro fünfzig", 2.5, "EUR"),
    ("de", "Es kostet nur 15 Dollar und 15 Cent.", "15 Dollar und 15 Cent", 15.15, "USD"),
    ("ru", "Билет стоит 45 рублей 50 копеек.", "45 рублей 50 копеек", 45.5, "RUB"),
    # A decimal spelled in words.
    ("ru", "Инфляция составила четыре целых восемь десятых процента.", "четыре целых восемь десятых процента",
     4.8, "percent"),
    ("ru", "ВВП вырос на две целых и двадцать пять сотых процента.", "две целых и двадцать пять сотых процента",
     2.25, "percent"),
    ("uk", "Інфляція склала нуль цілих п'ять десятих відсотка.", "нуль цілих п'ять десятих відсотка", 0.5, "percent"),
    # Kazakh names the tenths first; a scale after the fraction scales the whole decimal.
    ("kk", "Инфляция төрт бүтін оннан сегіз пайызды құрады.", "төрт бүтін оннан сегіз пайызды", 4.8, "percent"),
    ("kk", "Экспорт бір бүтін оннан жеті миллиард долларға жетті.", "бір бүтін оннан жеті миллиард долларға",
     1.7e9, "USD"),
    ("kk-Latn", "Ósim jetpis bútin júzden toqsan paıyz boldy.", "jetpis bútin júzden toqsan paıyz", 70.9, "percent"),
    # One number written in parts, each under the scale word of the one before, the unit on the last.
    ("ru", "Выделено 1 млрд 200 млн рублей.", "1 млрд 200 млн рублей", 1.2e9, "RUB"),
    ("kk", "Елде 10 миллион 244 мың 241 отбасы тіркелген.", "10 миллион 244 мың 241", 10_244_241, "dimensionless"),
    ("kk-Latn", "Bıýjetke 1 mlrd 200 mln teńge bólindi.", "1 mlrd 200 mln teńge", 1.2e9, "KZT"),
    # A qualifier before the first part or after the last bounds the whole number.
    ("kk", "Бюджетке 1 млрд 200 млн теңгеден астам бөлінді.", "1 млрд 200 млн теңгеден астам", 1.2e9, "KZT"),
])
def test_a_figure_written_in_pieces_is_one_amount(language, text, surface, value, unit):
    [claim] = claims_of(text, language)
    assert (claim.text, claim.quantity.unit) == (surface, unit) and claim.quantity.value == pytest.approx(value)


@given(st.lists(st.sampled_from(["und", "der", "für", "the", "and", "of", "is", "ist", "ä", "Über", "thé", "x", "Ö",
                                 "wurde", "were", "that", "das", "with", "mit", "fürs", "2", "_", "Für"]), max_size=30),
       st.lists(st.sampled_from([" ", "", "-", ". ", "ß", "ü", "9"]), min_size=30, max_size=30))
@settings(max_examples=300, deadline=None)
def test_german_and_english_marks_counted_from_words_as_patterns_would_find_them(words, joints):
    from factcheck.langdetect import _both_cases, _scores, _script_named

    text = "".join(word + joint for word, joint in zip(words, joints, strict=False))
    latin = _script_named("latin")
    for profile in latin.profiles:  # a letter inside a mark word ("für") is one mark, not two
        pieces = [rf"\b(?:{'|'.join(profile.marks)})\b"] if profile.marks else []
        pieces += [f"[{_both_cases(profile.letters)}]"] if profile.letters else []
        reference = re.compile("|".join(pieces) or "(?!)")
        assert _scores(latin, text)[profile.language] == len(reference.findall(text)), profile.language


def _time_pieces(language: str) -> list[str]:
    from factcheck.extract.time import time_words

    lexicon = load_lexicon(language)
    words = {key: time_words(lexicon, key) for key in
             ("prepositions", "articles", "quarter", "quarter_of", "year_words", "month_range")}
    return sorted({*lexicon.months, *lexicon.year_parts, *lexicon.quarters, *words["prepositions"], *words["articles"],
                   *words["quarter"], *words["quarter_of"], *words["year_words"], *words["month_range"],
                   "2024", "1999", "2100", "12", "3rd", "Q3", "schools", "may", "market", "x", "5%"})


@pytest.mark.parametrize("language, sentence", [
    ("en", "Revenue rose in the third quarter of 2024, and again from January to November 2024."),
    ("de", "Im dritten Quartal des Jahres 2024 stieg der Umsatz, seit dem 15. Juli 2024 erneut."),
    ("ru", "В третьем квартале 2024 года выручка выросла, по состоянию на 1 мая 2024 г. тоже."),
    ("kk", "2024 жылдың үшінші тоқсанында табыс өсті, 2024 жылғы 22 қарашада да."),
])
def test_long_time_expressions_are_found_near_their_anchors(language, sentence):
    times = time_patterns(load_lexicon(language))
    found = [m.span() for m in times._matches(sentence)]
    assert found == [m.span() for m in times.pattern.finditer(sentence)]
    assert max(end - start for start, end in found) >= 20, found  # the long forms were read whole


@given(st.sampled_from(["en", "de", "ru", "kk"]).flatmap(lambda language: st.tuples(
    st.just(language), st.lists(st.sampled_from(_time_pieces(language)), max_size=14),
    st.lists(st.sampled_from([" ", " ", ", ", "-", "", ". "]), min_size=14, max_size=14))))
@settings(max_examples=400, deadline=None)
def test_time_expressions_found_near_their_anchors_are_those_of_a_whole_scan(case):
    language, pieces, joints = case
    sentence = "".join(piece + joint for piece, joint in zip(pieces, joints, strict=False))
    times = time_patterns(load_lexicon(language))
    assert [m.span() for m in times._matches(sentence)] == [m.span() for m in times.pattern.finditer(sentence)]


@given(st.sampled_from(["en", "de", "ru", "kk"]).flatmap(lambda language: st.tuples(
    st.just(language),
    st.lists(st.tuples(st.sampled_from([*_time_pieces(language), "Mayor", "marchés", "İ", "JÄNNER", "MAİ"]),
                       st.sampled_from([str, str.upper, str.title])), max_size=8),
    st.lists(st.sampled_from([" ", "", ".", "-", "'s ", "2", "_"]), min_size=8, max_size=8))))
@settings(max_examples=400, deadline=None)
def test_a_sentence_the_month_test_rules_out_has_no_month_name(case):
    from factcheck.extract.time import _may_name_a_month, _month_words

    language, pieces, joints = case
    lexicon = load_lexicon(language)
    sentence = "".join(spell(piece) + joint for (piece, spell), joint in zip(pieces, joints, strict=False))
    assert _may_name_a_month(sentence, lexicon) or _month_words(lexicon).search(sentence) is None


@given(st.sampled_from(["en", "de", "ru", "kk"]),
       st.lists(st.sampled_from(["1", "12", "123", "2024", ",", ".", " ", "\u00a0", "\u202f", "'", "-", "a", "Z-", "km",
                                 "sub-", "USD", "$US", "RM", "bn", "M", "/", ":", "@", "%", "млн", "Mio", "тыс", "_",
                                 "x"]), max_size=16))
@settings(max_examples=400, deadline=None)
def test_numbers_are_found_where_the_lookbehind_first_pattern_finds_them(language, pieces):
    """The digits pattern opens with the first digit, for speed; the same pattern written with the
    lookbehinds first, as it reads most naturally, finds the same numbers."""
    from factcheck.extract.mentions import mention_patterns

    fast = mention_patterns(load_lexicon(language)).digits
    # "\d(?:(?<![\w.,/:]\d)|(?<=USD\d)|...)": the first digit, then what may stand before it ("USD4.5m": a
    # code may touch the digits), each lookbehind ending in that digit; the reference looks behind first.
    head, marker, tail = fast.pattern.partition(r"(?:(?<![^\W\d_]-\d)")
    assert marker and head.startswith(r"\d(?:(?<![\w.,/:]\d)") and head.endswith(")")
    before = head[len(r"\d(?:"):-1].replace(r"\d)", ")")
    glued_qualifiers, _, rest = tail.partition(")(?:")  # "|(?<=sub-\d)": "sub-20" is under 20
    rest = rest.replace(r"\d{0,2}(?:", r"\d{1,3}(?:").replace(r"|\d*)", r"|\d+)", 1)
    hyphen = r"(?:(?<![^\W\d_]-)" + glued_qualifiers.replace(r"\d)", ")") + ")"
    reference = re.compile(rf"(?:{before}){hyphen}(?:" + rest)
    text = "".join(pieces)
    assert [(m.span(), m.groupdict()) for m in fast.finditer(text)] == \
        [(m.span(), m.groupdict()) for m in reference.finditer(text)]


@given(st.lists(st.sampled_from(["und", "der", "die", "Der", "einen", "eine", "für", "the", "and", "of", "Müller", "x",
                                 "Казахстан", "Қазақстан", "sich", "2", "_", "-"]), min_size=8, max_size=40),
       st.lists(st.sampled_from([" ", "", ". ", ", ", "ß"]), min_size=40, max_size=40),
       st.sampled_from(["en", "de", "ru", "kk"]))
@example(["Der", "Umsatz", "und", "der", "Gewinn", "sind", "mit", "dem", "Dienst", "gestiegen"], [" "] * 40, "en")
@settings(max_examples=300, deadline=None)
def test_a_paragraph_language_is_the_same_when_its_letter_runs_are_given(words, joints, language):
    from factcheck.extract.text_words import LETTER_RUN

    text = "".join(word + joint for word, joint in zip(words, joints, strict=False))
    assert detect_paragraph_language(text, language, LETTER_RUN.findall(text)) == \
        detect_paragraph_language(text, language)


@pytest.mark.parametrize("language", ["en", "de", "ru", "kk"])
def test_time_words_written_with_a_turkish_i_mean_what_they_mean_in_lower_case(language):
    from factcheck.extract.time import time_words

    lexicon = load_lexicon(language)
    times = time_patterns(lexicon)

    def read(sentence: str) -> list:
        return [(t.start, t.end, t.span and (t.span.start, t.span.end, t.span.basis))
                for t in times.find(sentence, context_year=2023, published=None)]

    prepositions = time_words(lexicon, "prepositions")
    for word in sorted({*lexicon.months, *lexicon.year_parts, *lexicon.quarters, *prepositions}):
        for sentence in (f"x {word} 2024 y", f"x 2024 {word} y"):
            for written in (sentence.replace("i", "İ"), sentence.replace("i", "ı")):
                assert read(written) == read(sentence), written


CHANGE_SENTENCES = {"en": "Revenue {word} by 25% in 2024.", "de": "Die Einnahmen {word} um 25% im Jahr 2024."}


@pytest.mark.parametrize("language", sorted(CHANGE_SENTENCES))
def test_change_words_written_with_a_turkish_i_mean_what_they_mean_in_lower_case(language):
    """The change patterns read "İNCREASED" as "increased"; its direction and measure must follow."""
    lexicon = load_lexicon(language)

    def read(sentence: str) -> list:
        return [(c.kind, c.direction, c.measure) for c in claims_of(sentence, language)]

    words = sorted(word for word in lexicon.change_up | lexicon.change_down if "i" in word)
    assert words
    for word in words:
        sentence = CHANGE_SENTENCES[language].format(word=word)
        for written in (sentence.replace(word, word.upper().replace("I", "İ")), sentence.replace("i", "ı")):
            assert read(written) == read(sentence), written


SCALE_SENTENCES = {"en": "The service has 12 {word} users.", "de": "Der Dienst hat 12 {word} Nutzer.",
                   "ru": "У сервиса 12 {word} пользователей.", "kk": "Сервисте 12 {word} пайдаланушы бар."}
MONEY_SENTENCES = {"en": "The fine was 12 {word}.", "de": "Die Strafe betrug 12 {word}.",
                   "ru": "Штраф составил 12 {word}.", "kk": "Айыппұл 12 {word} болды."}


def _written_as(word: str) -> list[str]:
    return [word.upper(), word.title(), word.lower()]


@pytest.mark.parametrize("language", sorted(SCALE_SENTENCES))
def test_scale_words_and_currency_names_are_read_in_any_case(language):
    """Headlines write "12.5 Million Users", "$1.3 BILLION", "5,000 TENGE": the same amounts."""
    lexicon = load_lexicon(language)

    def read(sentence: str) -> list:
        return [(c.quantity.value, c.quantity.unit, c.kind) for c in claims_of(sentence, language)]

    for word, factor in lexicon.scale_words.items():
        if len(word) > 2:  # "bn", "mn" only as listed: "MN" may be a state
            listed = read(SCALE_SENTENCES[language].format(word=word))
            assert listed[:1] == [(12 * factor, "dimensionless", "count")], word
            for written in _written_as(word):
                assert read(SCALE_SENTENCES[language].format(word=written)) == listed, written
    for word, code in lexicon.currency_names.items():
        listed = read(MONEY_SENTENCES[language].format(word=word))
        assert listed[:1] == [(12, code, "money")], word
        for written in _written_as(word):
            assert read(MONEY_SENTENCES[language].format(word=written)) == listed, written
    long_units = {word: unit for word, unit in lexicon.units.items() if not not_a_long_word(word)}
    for word, expected in [*((w, "percent") for w in lexicon.percent_words), *long_units.items()]:
        listed = read(SCALE_SENTENCES[language].format(word=word))
        read_as = {"basis_point": "percentage_point"}.get(expected, expected)  # 25 basis points: 0.25 points
        if expected == "fold" and (lexicon.fold_only_before or lexicon.fold_only_after):
            read_as = "dimensionless"  # "12 times users": occasions, as no comparative follows
        assert [unit for _, unit, _ in listed[:1]] == [read_as], word
        for written in _written_as(word):
            assert read(SCALE_SENTENCES[language].format(word=written)) == listed, written


@pytest.mark.parametrize("language", ["en", "de", "ru", "kk"])
def test_a_milli_unit_is_not_read_as_the_mega_unit(language):
    """Unit abbreviations keep their case: "5 mW" is not 5 MW."""
    lexicon = load_lexicon(language)
    mega = [word for word in lexicon.units if word[:1] in "MМ" and word[1:2].isupper()]
    assert mega
    for word in mega:
        milli = {"M": "m", "М": "м"}[word[0]] + word[1:]
        read = [c.quantity.unit for c in claims_of(SCALE_SENTENCES[language].format(word=milli), language)]
        assert lexicon.units[word] not in read, milli


@pytest.mark.parametrize("language", ["en", "de", "ru", "kk"])
def test_spellings_that_fold_alike_mean_one_thing(language):
    from factcheck.extract.text_words import folded

    lexicon = load_lexicon(language)
    for table in (lexicon.scale_words, lexicon.currency_names, lexicon.units):
        meanings: dict = {}
        for word, meaning in table.items():
            assert meanings.setdefault(folded(word), meaning) == meaning, word


@pytest.mark.parametrize("language, text, expected", [
    ("de", "Bis August 2021 hatte die Firma in Tadschikistan bereits 238 Dörfer angeschlossen, "
           "bis Juni 2023 waren es 584.",
     [("238", "Bis August 2021"), ("584", "bis Juni 2023")]),
    ("ru", "К июлю 2020 года компания подключила 231 больницу, а к апрелю 2021 года — уже 365 больниц.",
     [("231", "К июлю 2020 года"), ("365", "к апрелю 2021 года")]),
    ("kk", "2022 жылдың наурыз айына қарай компания 317 ауыл қосты, "
           "ал 2023 жылдың сәуір айына қарай олардың саны 538 болды.",
     [("317", "2022 жылдың наурыз"), ("538", "2023 жылдың сәуір")]),
    ("en", "In 2024 the firm earned $5 billion, in 2023 $4 billion.",
     [("$5 billion", "In 2024"), ("$4 billion", "in 2023")]),
])
def test_a_time_after_a_comma_opens_a_clause_of_its_own(language, text, expected):
    """The first figure keeps the time of its own clause, though the next clause's time is nearer."""
    assert [(c.text, c.time.text) for c in claims_of(text, language)] == expected


@pytest.mark.parametrize("language, text", [
    ("de", "Bis November 2022 hatte Garilo in Tadschikistan bereits 439 Dörfer angeschlossen, "
           "bis Januar 2023 waren es 476."),
    ("de", "Stand Juni 2020 versorgte Garilo insgesamt 399 Krankenhäuser; im März 2021 lag die Zahl bei 627."),
    ("kk", "2020 жылдың қазан айына қарай Garilo 269 аурухана қосты, "
           "ал 2021 жылдың маусым айына қарай олардың саны 404 болды."),
    ("en", "As of July 2023, 274 schools were already connected by Garilo, and by May 2024 the total stood at 375."),
])
def test_a_bare_figure_continuing_a_running_total_is_one_too(language, text):
    """Both figures are running totals of one measure, each with its own date, and of the company named."""
    first, second = claims_of(text, language)
    assert first.cumulative and second.cumulative
    assert first.measure == second.measure and first.time != second.time
    assert first.subject == second.subject == "Garilo"


@pytest.mark.parametrize("language, text", [
    ("de", "Laut Durov hat Telegram in Kasachstan 12,5 Millionen monatliche Benutzer."),
    ("ru", "По словам Дурова, у Telegram в Казахстане 12,5 млн пользователей."),
    ("en", "According to Durov, Telegram has 12.5 million users in Kazakhstan."),
])
def test_the_name_a_figure_is_attributed_to_is_not_its_subject(language, text):
    assert only(text, language).subject == "Telegram"


@pytest.mark.parametrize("language, text", [
    ("en", "In March, Acme sold 120 cars, while Zenith sold 90. Zenith grew. Zenith and Zenith merged."),
    ("de", "Im März verkaufte Acme 120 Autos, während Zenith 90 verkaufte. Zenith wuchs. Zenith und Zenith "
           "fusionierten."),
    ("ru", "В марте Acme продала 120 машин, а Zenith продала 90. Zenith растёт. Zenith и Zenith слились."),
])
def test_each_clause_of_a_contrast_has_its_own_subject(language, text):
    """The more talked-about name of the sentence is not the subject of the other clause's figure."""
    acme, zenith = (claim for claim in claims_of(text, language) if claim.text.startswith(("120", "90")))
    assert (acme.subject, zenith.subject) == ("Acme", "Zenith")


@pytest.mark.parametrize("language", ["en", "de", "ru", "kk"])
def test_every_change_word_gives_its_direction_however_written(language):
    """German lexicon words are capitalised ("Plus", "Rückgang"); the direction must not depend on it."""
    from factcheck.extract.finders.directions import direction_of

    lexicon = load_lexicon(language)
    for words, direction in ((lexicon.change_up, "up"), (lexicon.change_down, "down")):
        for word in words:
            for written in (word, word.lower(), word.upper(), word.capitalize()):
                assert direction_of(f"x {written} y", lexicon) == direction, written


def test_a_whole_narrowed_by_a_participle_is_a_subset_in_german(checker):
    """ "Vier von 20 angefragten Schulen": the 20 are the schools asked, not all schools of the city."""
    report = checker.check_text("Vier von 20 angefragten Schulen sagten zu. Insgesamt gibt es in der Stadt über "
                                "200 Schulen.", language="de", published="2024-09-01")
    assert not [f for f in report.findings if f.severity in {"error", "warning"}]
    asked = next(claim for claim in report.claims if claim.text == "20")
    assert asked.modifiers == ("(angefragten)",)


def test_alternatives_are_one_figure_between_them(checker):
    report = checker.check_text("Die Arbeitslosenquote soll von 6,5 auf 5,5 oder 5,6 Prozent sinken.", language="de",
                                published="2024-09-01")
    assert not report.findings
    assert any(claim.text == "5,5 oder 5,6 Prozent" and claim.quantity.lower == pytest.approx(5.45)
               for claim in report.claims)


@pytest.mark.parametrize("language, text, figure", [
    ("en", "The firm lost 684 million in 2000 and earned 331 million the following year.", "331 million"),
    ("de", "Die Firma verlor im Jahr 2000 rund 684 Millionen und verdiente im folgenden Jahr 331 Millionen.",
     "331 Millionen"),
    ("ru", "В 2000 году фирма потеряла 684 миллиона, а в следующем году заработала 331 миллион.", "331 миллион"),
])
def test_a_period_stated_relative_to_another_is_not_that_period(language, text, figure):
    """ "the following year" is a period of its own, not the year the sentence names."""
    claim = next(c for c in claims_of(text, language) if c.text == figure)
    assert claim.time is None and claim.period_unplaced


def test_letters_two_languages_share_tell_neither_so_a_tie_goes_to_the_preferred_then_the_specific():
    from factcheck.langdetect import Profile, _language_in, _script

    broad = Profile("aa", "cyrillic", letters="әғқі")  # writes the shared "і" among many letters of its own
    narrow = Profile("bb", "cyrillic", letters="іїє")
    default = Profile("cc", "cyrillic", script_default=True)
    script = _script("cyrillic", "а-яёА-ЯЁ", [broad, narrow, default])
    shared_only = "Він сказав, що ціни зросли."
    assert _language_in(script, shared_only) == "bb"  # "aa" would show some of its own letters
    assert _language_in(script, shared_only, prefer="aa") == "aa"
    assert _language_in(script, "Қазақстандағы бағалар өсті.") == "aa"
    assert _language_in(script, "Цены выросли.") == "cc"


@pytest.mark.parametrize(("language", "text", "expected"), [
    # A number word that alone states nothing ("one of", "тысячи") states a figure with a unit after it.
    ("en", "Inflation eased by one per cent in the spring of that year.", [("one per cent", "percent")]),
    ("kk", "Сауалнамаға қатысқандардың жүз пайызы қолдады деп хабарлады.", [("жүз пайызы", "percent")]),
    ("en", "One of the first firms said it would hire one year later.", []),
    # UK "pc" for per cent (lower case only) and pence, a currency of their own (GBX, as prices are quoted).
    ("en", "Shares in the grocer fell 3.5pc to 212 pence on Monday.", [("3.5pc", "percent"), ("212 pence", "GBX")]),
    ("en", "The firm shipped 5 PC units to the school.", [("5", "dimensionless")]),
    # A fraction word that opens a hyphenated compound states no share.
    ("en", "A third-party audit of the half-time show was ordered.", []),
    # A currency code whose lower case is a word is read only in capitals: "one try" is no lira (but one try).
    ("en", "England scored one try and lent 500 TRY to a fan.", [("one", "dimensionless"), ("500 TRY", "TRY")]),
    # Areas, volumes, speeds and masses as newsrooms write them; pint's units in British spelling too.
    ("en", "The 2,000 square feet flat sold for less than 3 cubic metres of gravel weighing 200 lbs.",
     [("2,000 square feet", "foot**2"), ("less than 3 cubic metres", "m**3"), ("200 lbs", "pound")]),
    ("en", "Cars there go 120 km/h, it rained 5 millimetres and the grid used 2 terawatt-hours.",
     [("120 km/h", "kilometer_per_hour"), ("5 millimetres", "millimeter"), ("2 terawatt-hours", "terawatt_hour")]),
    # Any unit pint names, by its name, plural, prefix or symbol; not words pint happens to know ("aus",
    # "Pins", "points", a capitalised name in English).
    ("en", "The line runs at 400 kilovolts, tyres take 35 psi, and Aberdeen won 1 Aberdeen 2 points clear.",
     [("400 kilovolts", "kilovolt"), ("35 psi", "pound_force_per_square_inch"), ("1", "dimensionless"),
      ("2", "dimensionless")]),
    # A power word before any length pint names: "cubic kilometres"; "three square meals" is no area.
    ("en", "The glacier lost 1.3 cubic kilometres of ice, and the crew ate three square meals.",
     [("1.3 cubic kilometres", "kilometer**3"), ("three", "dimensionless")]),
    ("de", "Die Leitung führt 380 Kilovolt, 42 aus 50 Pins halten 2,4 bar.",
     [("380 Kilovolt", "kilovolt"), ("42", "dimensionless"), ("50", "dimensionless"), ("2,4 bar", "bar")]),
    # A unit by an SI prefix, the stem of its name and a case ending, as Russian, Ukrainian and Kazakh write it.
    ("ru", "Линия рассчитана на 500 киловольт, склад хранит 389 килограммов и 12 петабайт.",
     [("500 киловольт", "kilovolt"), ("389 килограммов", "kilogram"), ("12 петабайт", "petabyte")]),
    ("uk", "Потужність станції 1000 мегават, напруга 330 кіловольт.", [("1000 мегават", "megawatt"),
                                                                   ("330 кіловольт", "kilovolt")]),
    ("kk-Latn", "Stansa 123,1 mıllıard kılovatt óndirdi, ár qapta 20 kılogramm.",
     [("123,1 mıllıard kılovatt", "kilowatt"), ("20 kılogramm", "kilogram")]),
    ("de", "Die Brauerei füllte 3.500 Hektoliter ab, eine Tablette enthält 500 Mikrogramm.",
     [("3.500 Hektoliter", "hectoliter"), ("500 Mikrogramm", "microgram")]),
    # pint's symbols in every language; the language's own names for the same units.
    ("de", "Der Akku speichert 1,2 kWh, der Wagen fährt 120 km/h und der Tank fasst 50 Liter.",
     [("1,2 kWh", "kilowatt_hour"), ("120 km/h", "kilometer_per_hour"), ("50 Liter", "l")]),
    ("ru", "Мотор мощностью 150 лошадиных сил разгоняет машину до 120 км/ч, выпало 5 миллиметров осадков.",
     [("150 лошадиных сил", "metric_horsepower"), ("до 120 км/ч", "kilometer_per_hour"),
      ("5 миллиметров", "millimeter")]),
    # A unit's adjective hyphenated to the digits is no ordinal ending: "70-процентное" is 70 percent.
    ("ru", "Компания ожидает 70-процентное увеличение выручки, а 5-й офис откроет в 1990-х.",
     [("70-процентное", "percent")]),
    # A unit made an adjective keeps its unit ("a 20,000-tenge note"); a number word so made is no number
    # ("бірлік": unity), nor is the month of the calculation index fines are set in.
    ("kk", "Банк 20 000 теңгелік банкнот шығарды, 3 күндік сапар бірлік үшін, айыппұл 10 айлық есептік "
           "көрсеткіш.", [("20 000 теңгелік", "KZT"), ("3 күндік", "day"), ("10 айлық есептік", "dimensionless")]),
    ("kk-Latn", "Bank 20 000 teńgelik banknot shyǵardy, 100 metrlik joldy saldy.",
     [("20 000 teńgelik", "KZT"), ("100 metrlik", "m")]),
    ("kk", "Бакқа 50 литр жанармай құйылды, егістік 200 гектар жерді алады.", [("50 литр", "l"),
                                                                             ("200 гектар", "hectare")]),
    # A unit of one capital letter is read glued to the digits only: a vitamin or a class is no temperature.
    ("en", "It was 41C in Seville and 104F in Phoenix, so they took vitamin C.", [("41C", "degree_Celsius"),
                                                                                 ("104F", "degree_Fahrenheit")]),
    # A hyphen joins a spelled number to its unit or counted noun; an age ("two-year-old") is no quantity.
    ("en", "A three-year lease for a six-cylinder engine went to a two-year-old and a 40-year-old.",
     [("three-year", "year"), ("six", "dimensionless")]),
    # A currency hyphened to the number is money: a banknote's worth, a price mark.
    ("en", "The central bank will stop printing the 500-euro note.", [("500-euro", "EUR")]),
    ("de", "Die Notenbank druckt keinen 500-Euro-Schein mehr, Handys knacken die 300-Euro-Marke.",
     [("500-Euro", "EUR"), ("300-Euro", "EUR")]),
    ("ru", "Кассир не дал сдачи со 100-долларовой купюры, а штраф составил 5000-рублёвую сумму.",
     [("100-долларовой", "USD"), ("5000-рублёвую", "RUB")]),
    ("uk", "Касир не мав решти з 500-гривневої купюри, оголосили 3-денний траур.",
     [("500-гривневої", "UAH"), ("3-денний", "day")]),
    # "sub-20" is under 20; "F-16", "COVID-19" are names.
    ("en", "The F-16 and COVID-19 tests need sub-20 millisecond latency.", [("sub-20 millisecond", "millisecond")]),
    # A whole number ending a name inside a sentence counts nothing, unless a plural or a unit follows.
    ("en", "They took the fault to Windows 11 support, putting Labour 5 points ahead of Tesco 8 percent.",
     [("5", "dimensionless"), ("8 percent", "percent")]),
    # A word in camel case is a brand and the number after it a model, in any language; a scale makes it an amount.
    ("en", "Owners of the iPhone 7 on iOS 10 saw 5 errors, and eBay 2 million buyers.",
     [("5", "dimensionless"), ("2 million", "dimensionless")]),
    ("de", "Das iPhone 6 kostet 800 Euro, iOS 9 erschwert die Angriffe.", [("800 Euro", "EUR")]),
    ("de", "Die Edition für PlayStation 4 kostet 70 Euro.", [("70 Euro", "EUR")]),
    ("ru", "Владельцы iPhone 4 нашли 5 ошибок.", [("5", "dimensionless")]),
    # A name's number before a comma or a full stop ends the name too; a fraction word with a capital names.
    ("en", "If you have finished Doom 3, Half Life 2 and Halo 2, you have 5 weeks.", [("5 weeks", "week")]),
    ("de", "Die Hälfte der Wähler stimmte zu.", [("Die Hälfte", "dimensionless")]),
    # A capital scale letter apart from the digits scales them before a lower-case word only.
    ("en", "The app has about 2 B mobile users, and Block 2 B is shut.", [("about 2 B", "dimensionless"),
                                                                          ("2", "dimensionless")]),
    # A minus word makes the figure negative (not a fall's size: that is a change with its direction).
    ("en", "Temperatures fell to minus 12 at the weather station overnight.", [("minus 12", "dimensionless")]),
    # "and" joins a number only after a scale word: "six and seven million" is not 13 million.
    ("en", "The plant will cost between six and seven million dollars.", [("six and seven million dollars", "USD")]),
    ("en", "The firm hired two hundred and five staff last year.", [("two hundred and five", "dimensionless")]),
    # A vague plural is the interval its lexicon gives (issue 17: thousands are 2,000 to 9,999).
    ("ru", "Тысячи человек вышли на улицы города в воскресенье вечером.", [("Тысячи", "dimensionless")]),
    # Russian numerals in other cases, and collective numerals counting people.
    ("ru", "Погибли трое военных, ещё двое были ранены при обстреле.", [("трое", "dimensionless"),
                                                                      ("двое", "dimensionless")]),
    # Singular cases of a scale word are one of it; "ста" after a qualifier is a hundred; half a million.
    ("ru", "Мэр открыл лицей на тысячу человек, там работают около ста учителей.",
     [("тысячу", "dimensionless"), ("около ста", "dimensionless")]),
    ("ru", "На концерт пришли до полумиллиона зрителей, у входа стояла 96-метровая башня.",
     [("до полумиллиона", "dimensionless"), ("96-метровая", "meter")]),
    ("ru", "Учебный центр находится в пятистах метрах от магазина.", [("пятистах метрах", "m")]),
    # "-кратный": a fold change next to a change word, else a count of times.
    ("ru", "Двукратная чемпионка мира отметила трёхкратный рост цен.", [("Двукратная", "dimensionless"),
                                                                        ("трёхкратный", "fold")]),
    # "года", "год" after a number that is no year are years, as "лет" is; "в 2019 году" stays a date.
    ("ru", "В 2019 году квартиру сдали на 24 года, а через 1 год продали.",
     [("24 года", "year"), ("1 год", "year")]),
    ("de", "Das Handy hat ein 5,5 Zoll großes Display.", [("5,5 Zoll", "inch")]),
    # German "m" is a metre (a million is "Mio."); two spaces still join a number and its unit.
    ("de", "Der Springer landete bei 129 m, die Strafe betrug bis zu 60.000  Euro.",
     [("129 m", "m"), ("bis zu 60.000  Euro", "EUR")]),
    ("en", "Sales rose 4  per cent to 12  million tonnes.", [("4  per cent", "percent"), ("12  million tonnes", "t")]),
    ("de", "Der Wert stieg um das 14-Fache, sagte die 31-fache Weltcupsiegerin.",
     [("14-Fache", "fold"), ("31-fache", "dimensionless")]),
    ("de", "Der Bleigehalt war 42 Mal so hoch, sie siegten 15 Mal in Folge.",
     [("42 Mal", "fold"), ("15 Mal", "dimensionless")]),
    ("ru", "Экран смартфона — 6,1 дюйма.", [("6,1 дюйма", "inch")]),
    # Symbols of data sizes, micrometres (a Greek mu or the micro sign) and per mille, in every script.
    ("de", "Die Partikel sind 2,5 μm groß, die Datei hat 64 MB, er hatte 1,46 Promille.",
     [("2,5 μm", "micrometer"), ("64 MB", "MB"), ("1,46 Promille", "permille")]),
    ("ru", "Частицы размером 2,5 мкм, файл 64 МБ.", [("2,5 мкм", "micrometer"), ("64 МБ", "MB")]),
    ("en", "Fine dust of 2.5 µm passes the filter.", [("2.5 µm", "micrometer")]),
    # A vulgar fraction after a whole number is part of it: "2½ years", "10 1/2 miles"; "24/7" stays no amount.
    ("en", "The works took 2½ years and 10 1/2 miles of cable, 24/7.",
     [("2½ years", "year"), ("10 1/2 miles", "mile")]),
    ("de", "Das Projekt dauerte 2½ Jahre, die Dosis war 120 μg.", [("2½ Jahre", "year"), ("120 μg", "microgram")]),
    ("en", "It was 98.6 degrees F, and the dose 120 μg.", [("98.6 degrees F", "degree_Fahrenheit"),
                                                         ("120 μg", "microgram")]),
    ("de", "In Texas sind es 90 Grad Fahrenheit, die Chips haben 14 nm und 3 Teelöffel Salz.",
     [("90 Grad Fahrenheit", "degree_Fahrenheit"), ("14 nm", "nanometer"), ("3 Teelöffel", "teaspoon")]),
    # Nautical miles, energy units hyphened to their hour, decibels, a prefixed unit whose bare name is no
    # unit ("millibar", not "bar"), percentage points in the older Ukrainian word.
    ("ru", "Танкер был в 12 морских милях, ветряки дают 1,2 тераватт-часа, шум 85 децибел.",
     [("12 морских милях", "nautical_mile"), ("1,2 тераватт-часа", "terawatt_hour"), ("85 децибел", "decibel")]),
    ("de", "Der Tanker lag 12 Seemeilen vor der Küste, die Anlage liefert 1,2 Terawattstunden.",
     [("12 Seemeilen", "nautical_mile"), ("1,2 Terawattstunden", "terawatt_hour")]),
    ("kk", "Танкер 12 теңіз милі жерде тұр, станция 1,2 миллиард киловатт-сағат береді.",
     [("12 теңіз милі", "nautical_mile"), ("1,2 миллиард киловатт-сағат", "kilowatt_hour")]),
    ("uk", "Ставку підвищили на 0,5 процентного пункту.", [("0,5 процентного пункту", "percentage_point")]),
    ("kk", "Жол 26 мильге созылады, қозғалтқыш 150 ат күші, қысым 955 миллибарға түсті.",
     [("26 мильге", "mile"), ("150 ат күші", "metric_horsepower"), ("955 миллибарға", "millibar")]),
    ("uk", "Траса завдовжки 26 миль, двигун на 150 кінських сил.", [("26 миль", "mile"), ("150 кінських сил",
                                                                                     "metric_horsepower")]),
    # A currency word several countries share is money where the country is named.
    ("ru", "Турция заплатила 50 млн лир.", [("50 млн лир", "TRY")]),
    ("uk", "Туреччина заплатила 50 млн лір.", [("50 млн лір", "TRY")]),
    # Units outside SI as harvests, plots and imperial measures are given: quintals, ares ("сотки"), carats, feet.
    ("ru", "Собрали 45 центнеров с гектара, участок в 6 соток, бриллиант в 12 карат, высота 30 футов.",
     [("45 центнеров", "quintal"), ("6 соток", "are"), ("12 карат", "carat"), ("30 футов", "foot")]),
    ("de", "Die Mauer ist 30 Fuß hoch, der Diamant hat 12 Karat, der Tank fasst 15 Gallonen.",
     [("30 Fuß", "foot"), ("12 Karat", "carat"), ("15 Gallonen", "gallon")]),
    ("kk", "Гектарынан 45 центнерден өнім алынды, ол 6 сотық жер алды.",
     [("45 центнерден", "quintal"), ("6 сотық", "are")]),
    ("en", "Pressure fell to 955 millibars as a Swiss firm paid 2 billion francs.",
     [("955 millibars", "millibar"), ("2 billion francs", "CHF")]),
    # Degrees alone are neither Celsius nor Fahrenheit in English: an American page means the one, a British the other.
    ("en", "He played in 35 degrees heat; it was 30 degrees Celsius.", [("35 degrees", "degree"),
                                                                      ("30 degrees Celsius", "degree_Celsius")]),
    ("kk", "Қуат 26,7 ГВт болды, 124,6 млрд кВт·сағ өндірілді, көлемі 1000 текше сантиметр.",
     [("26,7 ГВт", "GW"), ("124,6 млрд кВт·сағ", "kilowatt_hour"), ("1000 текше сантиметр", "cm**3")]),
    # A length right before a rate phrase is a speed; hundredths of the sentence's currency are money.
    ("ru", "Ветер дул со скоростью 18 метров в секунду, проезд подорожал на 40 копеек, до 65 рублей.",
     [("18 метров в секунду", "m/second"), ("40 копеек", "RUB"), ("65 рублей", "RUB")]),
    ("de", "Böen bis 90 Kilometer pro Stunde; der Liter kostet 1,69 Euro, 8 Cent mehr.",
     [("90 Kilometer pro Stunde", "km/hour"), ("1,69 Euro", "EUR"), ("8 Cent", "EUR")]),
    ("en", "The train runs at 300 km per hour and a ticket rose 40 cents to $12.",
     [("300 km per hour", "km/hour"), ("40 cents", "USD"), ("$12", "USD")]),
    ("uk", "Вітер сягав 15 метрів за секунду.", [("15 метрів за секунду", "m/second")]),
    ("ru", "Свадьба обошлась в 30 млн фунтов.", [("30 млн фунтов", "GBP")]),
    # "-х" after digits: a decade where they end in 0, else the genitive of a cardinal.
    ("ru", "В 1990-х годах судьба ещё 73-х осталась неизвестной, им было по 52-х лет.",
     [("73-х", "dimensionless"), ("52-х лет", "year")]),
    ("uk", "У 1990-х роках доля ще 73-х залишилася невідомою.", [("73-х", "dimensionless")]),
    # Square kilometres written out, knots, the Kazakh adjective of a unit.
    ("ru", "Паром идёт со скоростью 22 узла по озеру площадью 640 квадратных километров.",
     [("22 узла", "knot"), ("640 квадратных километров", "km**2")]),
    ("de", "Die Fähre fährt mit 22 Knoten.", [("22 Knoten", "knot")]),
    ("kk", "100 грамдық шоколад, 640 шаршы шақырым.", [("100 грамдық", "gram"), ("640 шаршы шақырым", "km**2")]),
    ("kk", "Пойыз сағатына 120 шақырым жылдамдықпен жүреді.", [("сағатына 120 шақырым", "km/hour")]),
    # Degrees are Celsius where the sentence speaks of the heat or of below zero; else an angle.
    ("ru", "Ночью было минус 35 градусов, а руль повернули на 180 градусов.",
     [("минус 35 градусов", "degree_Celsius"), ("180 градусов", "degree_Celsius")]),
    ("ru", "Машина развернулась на 180 градусов.", [("180 градусов", "degree")]),
    ("de", "Die Temperaturen steigen auf bis zu 38 Grad.", [("bis zu 38 Grad", "degree_Celsius")]),
    ("kk", "Ауа температурасы 30 градусқа дейін көтеріледі.", [("30 градусқа дейін", "degree_Celsius")]),
    ("kk-Latn", "Jel sekýndyna 25 metrge jetti.", [("sekýndyna 25 metrge", "m/second")]),
    # "м" is a metre; after a hyphen it is an ending ("на 97-м году": in the 97th year).
    ("ru", "На 97-м году жизни он пробежал 100 м, его рост — 1,89 м.", [("100 м", "m"), ("1,89 м", "m")]),
    ("kk", "Биіктігі 30 м болатын мұнара салынды.", [("30 м", "m")]),
    ("kk", "Инфляция 0,5 п.т. төмендеді.", [("0,5 п.т.", "percentage_point")]),
    ("kk-Latn", "Mólsherleme +/- 1 p. t. dálizimen belgilendi.", [("1 p. t.", "percentage_point")]),
    # Minutes and seconds.
    ("ru", "Встреча длилась 45 минут и 30 секунд.", [("45 минут", "minute"), ("30 секунд", "second")]),
    ("de", "Das Telefonat dauerte 45 Minuten.", [("45 Minuten", "minute")]),
    ("kk", "Кездесу 45 минутқа созылды.", [("45 минутқа", "minute")]),
    ("ru", "Он провёл там двое суток, проехал 300 миль и засеял 40 га.",
     [("двое суток", "day"), ("300 миль", "mile"), ("40 га", "hectare")]),
    ("de", "Nach zwei Jahrzehnten fuhr er 300 Meilen.", [("zwei Jahrzehnten", "decade"), ("300 Meilen", "mile")]),
    ("kk", "Екі тәулікте 12 млрд текше метр газ өндірілді.", [("Екі тәулікте", "day"), ("12 млрд текше метр", "m**3")]),
    ("en", "It was 12 degrees Celsius, or 54 degrees Fahrenheit.",
     [("12 degrees Celsius", "degree_Celsius"), ("54 degrees Fahrenheit", "degree_Fahrenheit")]),
    ("kk", "Ауа температурасы 12 градус Цельсийге дейін көтеріледі.",
     [("12 градус Цельсийге дейін", "degree_Celsius")]),
    ("de", "In Dänemark kostet das 12 Kronen, in Ungarn 300 Forint und in Polen 40 Zloty.",
     [("12 Kronen", "DKK"), ("300 Forint", "HUF"), ("40 Zloty", "PLN")]),
    ("kk", "Бағасы 12 юань, яғни 2 фунт стерлинг немесе 300 иена.",
     [("12 юань", "CNY"), ("2 фунт стерлинг", "GBP"), ("300 иена", "JPY")]),
    ("kk", "Үкімет 15 пайыздық баж енгізіп, мөлшерлеме 2 пайыздық тармаққа өсті.",
     [("15 пайыздық", "percent"), ("2 пайыздық тармаққа", "percentage_point")]),
    ("en", "Sales rose 9% to 39.4bn kronor.", [("9%", "percent"), ("39.4bn kronor", "SEK")]),
    # "Manat": Azerbaijan's or Turkmenistan's, by the country the article names.
    ("ru", "В Азербайджане зарплата выросла до 800 манатов.", [("800 манатов", "AZN")]),
    ("kk", "Түрікменстанда жалақы 800 манатқа жетті.", [("800 манатқа", "TMT")]),
    ("en", "In Turkmenistan the fee is 20 manats.", [("20 manats", "TMT")]),
    # Dollars of other countries by their adjective; pounds sterling; ounces.
    ("ru", "Фонд получил 1 млн гонконгских долларов, 2 канадских доллара и 500 фунтов стерлингов.",
     [("1 млн гонконгских долларов", "HKD"), ("2 канадских доллара", "CAD"), ("500 фунтов стерлингов", "GBP")]),
    ("ru", "Малыш весит 6 унций сверх нормы, подарок стоил 300 иен.", [("6 унций", "ounce"), ("300 иен", "JPY")]),
    # A compound hyphened to its digits counts what its root names; "-ти" is a cardinal's case ending;
    # "-летний" makes an age, no amount.
    ("ru", "Фракция заняла 97 мест в 450-местной думе, депутат снял 3-комнатную квартиру.",
     [("97", "dimensionless"), ("450-местной", "dimensionless"), ("3-комнатную", "dimensionless")]),
    ("ru", "Объявлен 5-дневный карантин, 12-ти школам дали отсрочку, 47-летний мэр уволен.",
     [("5-дневный", "day"), ("12-ти", "dimensionless")]),
    ("ru", "Квартиры в доме стоят до ста миллионов рублей и больше.", [("до ста миллионов рублей", "RUB")]),
    ("ru", "Тираж альбома составил полтора миллиона экземпляров.", [("полтора миллиона", "dimensionless")]),
    # Kazakh "он" (ten) before an ordinal word is the tens of the ordinal ("он екінші": 12th), no amount.
    ("kk", "Он екінші сынып оқушылары жарысқа қатысты, он бес бала жүлде алды.", [("он бес", "dimensionless")]),
    ("kk", "Қойдың салмағы 60 келі, жүгі жүз келіге дейін.", [("60 келі", "kg"), ("жүз келіге дейін", "kg")]),
    ("en", "The battery stores 75 kilowatt-hours, up from $639m year-earlier.",
     [("75 kilowatt-hours", "kilowatt_hour"), ("$639m", "USD")]),
    # A case ending after the percent sign, and on the verb: "2%-дан астам өсті", "8,4%-ға өскенін".
    ("kk", "Көлемі 2%-дан астам өсті, ал экономика 8,4%-ға өскенін 2024 жылмен салыстырды.",
     [("2%-дан астам", "percent"), ("8,4%-ға", "percent")]),
    ("kk", "Жаңа жол 5 км-ден астам, жүк 10 кг-нан тұрады.", [("5 км-ден астам", "km"), ("10 кг-нан", "kg")]),
    # Kazakh "X-тен бірі" is a share; "N жастағы", "N жасар" an age ("20 жас маман": twenty young specialists).
    ("kk", "Алаяқтықтың бестен бірі ашылады, 55 жастағы әйел мен 20 жас маман келді.",
     [("бестен бірі", "dimensionless"), ("20", "dimensionless")]),
    # Kazakh collective numerals with their endings: "екеуі", the two of them.
    ("kk", "Жарақат алғандардың екеуі ауруханаға жеткізілді деп хабарлады.", [("екеуі", "dimensionless")]),
    # Kazakh number words with a case ending, and the words that only look like them.
    ("kk", "Апатта жүзден астам адам зардап шекті деп хабарлады.", [("жүзден астам", "dimensionless")]),
    ("kk", "Ауылда онға жуық отбасы тұрады деп хабарлады.", [("онға жуық", "dimensionless")]),
    ("kk", "Онда алтын өндіру үшін жаңа кен ашылды деп хабарлады.", []),
    # Kazakh writes a year with its word: four digits alone are a count; "үй" after a number counts houses.
    ("kk", "Шеруге 2000 адам қатысты, ал 2023 жылы 8469 үй салынды.", [("2000", "dimensionless"),
                                                                    ("8469", "dimensionless")]),
])
def test_number_words_in_every_case_and_with_a_unit(language, text, expected):
    assert [(c.text, c.quantity.unit) for c in claims_of(text, language)] == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "He is 6 feet 2 inches tall.", ("6 feet 2 inches", 74 / 12, "foot")),
    ("en", "The baby weighed 8 pounds 6 ounces.", ("8 pounds 6 ounces", 8.375, "pound")),
    ("de", "Der Flug dauerte 3 Stunden 20 Minuten.", ("3 Stunden 20 Minuten", 10 / 3, "hour")),
    ("ru", "Полёт длился 1 час 20 минут.", ("1 час 20 минут", 4 / 3, "hour")),
    ("ru", "Ребёнок весит 8 фунтов 6 унций.", ("8 фунтов 6 унций", 8.375, "pound")),
])
def test_a_measure_and_its_remainder_in_a_smaller_unit_are_one(language, text, expected):
    """ "6 feet 2 inches": the smaller unit states what is left under one of the larger ("8 pounds" there
    is a weight, not money)."""
    [claim] = claims_of(text, language)
    assert (claim.text, claim.quantity.unit) == (expected[0], expected[2])
    assert claim.quantity.value == pytest.approx(expected[1])


def test_a_remainder_of_a_whole_unit_or_more_stays_apart():
    assert [c.text for c in claims_of("The rods measure 3 feet 14 inches and 2 hours 90 minutes.", "en")] == \
        ["3 feet", "14 inches", "2 hours", "90 minutes"]


@pytest.mark.parametrize(("language", "text", "expected"), [
    # "дейінгі", the adjective of "дейін", closes a range too ("in the range from 25 to 45 percent")
    ("kk", "Экономика ІЖӨ-нің 25-тен 45 пайызына дейінгі аралықта.", [("25-тен 45 пайызына дейінгі", "range")]),
    ("kk-Latn", "Ekonomıka ІJÓ-niń 25-ten 45 paıyzyna deıingi aralyqta.", [("25-ten 45 paıyzyna deıingi", "range")]),
    # Kazakh writes "жыл" after a year, but a year alone in brackets is one too (a film's year).
    ("kk", "«Кек алушылар» (2019) фильмін 2000 адам көрді.", [("2000", "exact")]),
    # A day and its month before the next day's or a count's digits: "from the night of 28 to 29 December"
    ("kk", "Шабуыл 28 желтоқсаннан 29 желтоқсанға қараған түні болды.", []),
    ("ru", "5 мая 12 человек погибли при пожаре.", [("12", "exact")]),
    ("en", "On 5 May 12 people died in the fire.", [("12", "exact")]),
])
def test_ranges_and_days_before_digits(language, text, expected):
    assert [(claim.text, claim.qualifier) for claim in claims_of(text, language)] == expected


def test_numbers_apart_are_not_parts_of_one():
    claims = claims_of("В 2004 году 5 млн жителей и 300 машин.", "ru")
    assert [claim.text for claim in claims] == ["5 млн", "300"]
