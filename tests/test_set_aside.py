"""Numbers read and set aside as no amount: every one with its reason, none where a claim is."""

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extract import extract_document
from factcheck.extract.lexicon import load_lexicon
from factcheck.extract.numbers import parse_number_words
from factcheck.ingest import document_from_text
from factcheck.segment import segment


def extraction_of(text: str, language: str):
    document = document_from_text(f"Title\n\n{text}", published=date(2024, 11, 22), language=language)
    return extract_document(document, segment(document))


@pytest.mark.parametrize(("language", "text", "claims", "set_aside"), [
    ("en", "One of the 30 founders, aged 54, flew an F-16 to the FTSE 250 firm at 10:30 under Article 5.",
     ["30"], [("One", "one, no count"), ("aged 54", "age"), ("F-16", "name"), ("the FTSE 250", "name"),
              ("10:30", "time of day"), ("Article 5", "label")]),
    ("ru", "Один из 12 пострадавших доставлен в больницу № 2, самолёт Су-27 вернулся на базу.",
     ["12"], [("Один", "one, no count"), ("№ 2", "label"), ("Су-27", "name")]),
    ("kk", "Солардың бірі — Әйгерім, ауылдағы 40 үйдің біреуі өртенді.",
     ["40"], [("бірі", "one, no count"), ("біреуі", "one, no count")]),
    ("de", "Laut Artikel 5 zahlten 120 Firmen, der Airbus A-380 landete.",
     ["120"], [("Artikel 5", "label"), ("A-380", "name")]),
    # Quoted titles after the word for a work, alone or listed; a title without a number sets none aside.
    ("en", 'The film "12 Years a Slave" won 3 Oscars; songs like "99 Problems" sold well.', ["3"],
     [('"12 Years a Slave"', "title"), ('"99 Problems"', "title")]),
    ("ru", "Актёр играл в спектаклях «Война и мир», «Три сестры» и в 40 фильмах.", ["40"],
     [("«Война и мир», «Три сестры»", "title")]),
    ("ru", "Он снялся в фильме «Горе от ума» 2 раза.", ["2 раза"], []),
    ("de", "Der Sender „Kanal 5“ zeigte 12 Folgen.", ["12"], [("„Kanal 5“", "title")]),
    # A scale word in the singular, or a Kazakh number word, before what it counts states its number;
    # the plural ("миллионы"), an idiom ("на все сто") or a compound ordinal ("сто первый") does not.
    ("ru", "Фонд выделил миллион рублей, пришли сто человек и тысячи зрителей.",
     ["миллион рублей", "сто", "тысячи"], []),
    ("ru", "Он на все сто уверен, что город отметил сто первый юбилей.", [],
     [("сто", "number word alone"), ("сто", "number word alone")]),
    ("uk", "Фонд виділив мільйон гривень, прийшли сто людей, а місто відзначило сто перший день.",
     ["мільйон гривень", "сто"], [("сто", "number word alone")]),
    ("kk", "Әкімдік он отбасына мың теңгеден берді, жыл сайын триллион теңге бөлінеді.",
     ["он", "мың теңгеден", "триллион теңге"], []),
    ("kk-Latn", "Ol on Iran dedi, al on otbasy kómek aldy.", ["on"], [("on", "number word alone")]),
    ("kk", "Онда бір ғана жол қалды, бір адам келді, тек бір дүкен ашық.", ["бір", "бір"],
     [("бір", "one, no count")]),
    ("kk", "Тағы бір мәселе бар, олар айына бір рет жиналады, бір кісідей көмектесті.", ["бір", "бір"],
     [("бір", "one, no count")]),
    # An anniversary is an ordinal; "жылдық" alone is a span of years; "көбі" after a share is "more than".
    ("kk", "Абайдың 175 жылдығына орай 5 жылдық жоспардың жартысынан көбі орындалды.",
     ["5 жылдық", "жартысынан көбі"], [("175 жылдығына", "label")]),
    ("kk", "Абайдың жүз жетпіс бес жылдығына орай бес жылдық жоспар, жиырма жасар жігіт.",
     ["бес жылдық"], [("жүз жетпіс бес", "label"), ("жиырма", "label")]),
    # A match score or ratio: its second number has one digit, where minutes have two.
    ("ru", "Команда победила со счётом 4:0 в 14:30 и забила 6 голов.", ["6"],
     [("4:0", "score or ratio"), ("14:30", "time of day")]),
    ("en", "Leeds won 2:1 on a 16:9 screen before 12,000 fans.", ["12,000"],
     [("2:1", "score or ratio"), ("16:9", "score or ratio")]),
    # With a dash: the higher number first (a range states its low end first), counting nothing.
    ("en", "Murray won 6-4 6-3 after a 1-1 draw, and 20-30 fans waited.", ["20-30"],
     [("6-4", "score or ratio"), ("6-3", "score or ratio"), ("1-1", "score or ratio")]),
    ("de", "Bayern siegte 3-0 vor 4-5 Tausend Fans.", ["4-5 Tausend"], [("3-0", "score or ratio")]),
    # German: sets of a match, an age, a time of day; the minutes of goals are ordinals, no number.
    ("de", "Er siegte 6:4,7:5, der 31-Jährige traf (12., 78.) bis 21 Uhr vor 9000 Fans.", ["9000"],
     [("6:4", "score or ratio"), ("7:5", "score or ratio"), ("31-Jährige", "label"), ("21 Uhr", "label")]),
    ("de", "Tore: Huber (53./PP) und Gruber (25./SH) vor 4200 Zuschauern.", ["4200"], []),
    ("de", "Das Sorgentelefon ist unter 0800-810-013 erreichbar, 12 Berater helfen.", ["12"],
     [("0800-810-013", "phone number")]),
    ("de", "Er starb im Alter von 59 Jahren nach 3 Tagen.", ["3 Tagen"], [("im Alter von 59", "age")]),
    ("en", "Mr Blunkett, 57, said 300 jobs went, and his father worked until the age of 80.", ["300"],
     [("57", "age"), ("age of 80", "age")]),
    ("en", "Sales in Leeds, 57, 58 and 59 units.", ["57", "58", "59"], []),
    ("ru", "Журналист умер в возрасте 59 лет, проболев 3 дня.", ["3 дня"], [("в возрасте 59", "age")]),
    # A label word before a number in words labels it, unless a unit follows ("the seat two years later").
    ("en", "The world number two lost, the film opened at number one and the seat fell two years later.",
     ["two years"], [("two", "label"), ("one", "label")]),
    ("de", "Ich bin Nummer acht der Welt und spiele seit drei Jahren.", ["drei Jahren"], [("acht", "label")]),
    # A substitution's minute in a line-up; a letter a page left escaped.
    ("en", "Sutton (Maloney 45) and Nyanga (B&#233;ziers) played 3 games.", ["3"],
     [("Maloney 45", "name"), ("&#233", "code")]),
    # An age range: "children aged 7 to 14".
    ("kk", "Жарысқа 7-14 жастағы 300 бала қатысады.", ["300"], [("7-14 жастағы", "label")]),
    # An age said of whom in the dative: "she is 26", "he was 85".
    ("ru", "На момент смерти ему было 85 лет, он провёл 7 лет в тюрьме.", ["7 лет"], [("ему было 85 лет", "age")]),
    ("uk", "Їй 26 років, вона прожила 3 роки в Києві.", ["3 роки"], [("Їй 26 років", "age")]),
    ("ru", "Мишель Бачелет — 54 года, срок заключения — 5 лет.", ["5 лет"], [("Бачелет — 54 года", "age")]),
    # "turned 60", "was 60 years old": an age too.
    ("ru", "В мае ему исполнилось 60 лет, он провёл в тюрьме 3 года.", ["3 года"], [("исполнилось 60", "age")]),
    ("uk", "Йому виповнилося 60 років, він написав 3 книги.", ["3"], [("виповнилося 60", "age")]),
    ("de", "Der Maler wurde 93 Jahre alt und malte 400 Bilder.", ["400"], [("93 Jahre alt", "label")]),
    # A number word with a capital inside a sentence names something; a headline capitalises every word.
    ("en", "He missed the Six Nations, told BBC Radio Five Live and lost two games.", ["two"],
     [("Six", "name"), ("Five", "name")]),
    ("en", "Dibaba Breaks Five World Records", ["Five"], []),
    ("de", "Die Zehn-Prozent-Hürde hielt, so Griss.", ["Zehn-Prozent"], []),
    # Kazakh and English name the work after its title; quoted speech is no title.
    ("kk", "«100 мектеп, 100 аурухана» мемлекеттік бағдарламасы 40 дәрігер алды.", ["40"],
     [("«100 мектеп, 100 аурухана»", "title")]),
    ("kk", "«Хабар 24» арнасы «Ұлы даланың 7 қыры» атты мақаланы 3 рет талқылады.", ["3"],
     [("«Хабар 24»", "title"), ("«Ұлы даланың 7 қыры»", "title")]),
    ("en", 'The "Route 66" campaign drew 40 bids. "We sold 5 tickets," festival staff said.', ["40", "5"],
     [('"Route 66"', "title")]),
    # A list that lost its line breaks: 1, 2, 3 in order, each before a capital.
    ("ru", "Условия 1 Трудоустройство по ТК 2 Зарплата выше рынка 3 Опцион на 40 акций.", ["40"],
     [("1", "list marker"), ("2", "list marker"), ("3", "list marker")]),
    ("ru", "По фильмам: «Двенадцать стульев» знают 30 миллионов зрителей.", ["30 миллионов"],
     [("«Двенадцать стульев»", "title")]),
    ("uk", "Помер 54-річний генерал у віці 54 років, залишивши 3 книги.", ["3"],
     [("54-річний", "label"), ("у віці 54", "age")]),
    # A tie-break written low first next to a set's score is a score too; a lone "18-23" stays a range.
    ("en", "He won 6-3 6-7 (2-7) 7-6 as 18-23 fans watched.", ["18-23"],
     [("6-3", "score or ratio"), ("6-7", "score or ratio"), ("2-7", "score or ratio"), ("7-6", "score or ratio")]),
    ("en", "By 1700 GMT shares had fallen 12%.", ["12%"], [("1700 GMT", "time of day")]),
    # A name that goes on in title case after its number; a plural ("5 Britons") is counted.
    ("en", "Members of Fathers 4 Justice met, and the paper told Reuters 5 Britons died.", ["5"],
     [("Fathers 4", "name")]),
    ("ru", "ДТП произошло примерно в 23.20 мск, пострадали 5 человек.", ["5"], [("23.20 мск", "time of day")]),
    ("ru", "Сигнал поступил в 16 часов 25 минут, смена длилась 12 часов.", ["12 часов"],
     [("в 16 часов 25 минут", "time of day")]),
    ("uk", "Вибух пролунав о 16 годині 25 хвилин, постраждали 5 людей.", ["5"],
     [("о 16 годині 25 хвилин", "time of day")]),
    ("en", "Shares closed at 14.30 GMT, up 2%.", ["2%"], [("14.30 GMT", "time of day")]),
    # A range written with a scale on both ends is no name: "m-798m".
    ("en", "Profits reached $779m-798m last year.", ["$779m"], []),
])
def test_numbers_set_aside_with_their_reason(language, text, claims, set_aside):
    extraction = extraction_of(text, language)
    assert [c.text for c in extraction.claims] == claims
    assert [(a.text, a.reason) for a in extraction.set_aside] == set_aside


def test_reciprocal_kazakh_one_is_no_number():
    extraction = extraction_of("Тараптар бір-бірін құттықтады.", "kk")
    assert extraction.claims == ()


@pytest.mark.parametrize(("language", "text", "low", "high", "unit"), [
    ("ru", "Ремонт займёт два-три года.", 1.5, 3.5, "year"),
    ("ru", "Поездка длилась четырех-пяти дней.", 3.5, 5.5, "day"),
    ("kk-Latn", "Jumys eki-úsh jylda bitedi.", 1.5, 3.5, "year"),
    ("en", "The talks took two-three weeks.", 1.5, 3.5, "week"),
])
def test_two_number_words_a_hyphen_joins_are_a_range(language, text, low, high, unit):
    [claim] = extraction_of(text, language).claims
    assert (claim.quantity.low, claim.quantity.high, claim.quantity.unit) == (low, high, unit)


@pytest.mark.parametrize(("language", "words", "value"), [
    ("ru", "двести сорок пять", 245), ("ru", "две тысячи двести", 2200), ("kk", "он бір", 11),
    ("kk", "мың тоғыз жүз тоқсан бес", 1995), ("en", "three hundred and twenty five", 325),
    ("de", "fünfundzwanzig", 25), ("kk", "бір бір", None), ("en", "five three", None),
    ("en", "forty sixty", None), ("ru", "пять двести", None),
])
def test_each_number_word_names_a_smaller_place(language, words, value):
    numeral = parse_number_words(words.split(), load_lexicon(language))
    assert (numeral.value if numeral else None) == value


_PIECES = st.sampled_from(["Article 5", "one of the", "30 people", "Су-27", "№ 2", "один из", "F-16", "aged 54",
                           "бірі", "$5m-6m", "the FTSE 250", "two-three", " ", ", ", "."])


@settings(max_examples=60, deadline=None)
@given(st.lists(_PIECES, min_size=1, max_size=12), st.sampled_from(["en", "ru", "kk"]))
def test_set_aside_numbers_are_in_order_and_never_where_a_claim_is(pieces, language):
    document = document_from_text(f"Title\n\n{' '.join(pieces)}", language=language)
    extraction = extract_document(document, segment(document))
    starts = [a.span.start for a in extraction.set_aside]
    assert starts == sorted(starts)
    for number in extraction.set_aside:
        assert number.text and document.text[number.span.start:number.span.end] == number.text
        assert not any(c.span.start < number.span.end and number.span.start < c.span.end for c in extraction.claims)
