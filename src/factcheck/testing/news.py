"""News-like sentences in English, German, Russian and Kazakh, for fuzzing the whole pipeline.

Random text finds what breaks the tokenizer; it rarely reaches the rules, which only see claims
with measures, subjects, dates and statements. These sentences are shaped like news ("Kastrel
connected over 1,2 Mio. Schulen zwischen 64 und 50 Prozent im 0. Juni 2024"), so every finder and
every rule meets the values real text holds and the ones that broke us: ranges stated both ways,
zeros, negatives, huge and tiny numbers, spelled numbers, impossible dates, currencies and
percentages side by side, changes from one figure to another, parts after a colon.

`news_texts()` draws a short article (one to four sentences) with its language; a test or the long
run in `fuzz/news_sentences.py` hands each to `Checker(strict=True).check_text`, which raises on
any internal error.
"""

from __future__ import annotations

from hypothesis import strategies as st

SUBJECTS = ("Kastrel", "Zharnet", "Ombria", "Velora", "the ministry", "the city", "Акмола", "Қазақтелеком")
NUMBERS = ("0", "1", "7", "12", "447", "1,200", "1.200", "1 200", "12 500", "3.5", "3,5", "0.0001", "-5", "−12",
           "1e9", "999999999999999999999999999999", "10^30", "12.5", "2024", "0.5", "100", "2,606", "6.290")
SPELLED = {"en": ("two", "twelve", "a third", "half", "a million", "fivefold", "twice", "zero"),
           "de": ("zwei", "zwölf", "ein Drittel", "die Hälfte", "eine Million", "fünffach", "null"),
           "ru": ("два", "двенадцать", "треть", "половина", "миллион", "в пять раз", "ноль"),
           "kk": ("екі", "он екі", "үштен бірі", "жартысы", "миллион", "бес есе", "нөл")}
SCALES = {"en": ("", " million", " billion", "bn", "m", " thousand"), "de": ("", " Millionen", " Mrd.", " Mio."),
          "ru": ("", " млн", " млрд", " тыс."), "kk": ("", " миллион", " млрд", " мың")}
UNITS = {"en": ("", "%", " percent", " percentage points", " tenge", " $", " US dollars", " euros", "-fold", " GB"),
         "de": ("", " %", " Prozent", " Prozentpunkte", " Euro", " Tenge", " US-Dollar"),
         "ru": ("", "%", " процентов", " процентных пункта", " тенге", " рублей", " долларов"),
         "kk": ("", "%", " пайыз", " теңге", " доллар")}
QUALIFIERS = {"en": ("", "over ", "about ", "up to ", "more than ", "nearly ", "at least "),
              "de": ("", "über ", "rund ", "bis zu ", "mehr als ", "fast "),
              "ru": ("", "более ", "около ", "до ", "свыше ", "почти "),
              "kk": ("", "шамамен ", "кем дегенде ")}
NOUNS = {"en": ("schools", "users", "sales", "villages", "fines", "votes", "patients", "barrels a day"),
         "de": ("Schulen", "Nutzer", "Umsätze", "Dörfer", "Strafen", "Stimmen", "Anzeigen"),
         "ru": ("школ", "пользователей", "продаж", "сел", "штрафов", "голосов"),
         "kk": ("мектеп", "пайдаланушы", "ауыл", "айыппұл", "дауыс")}
DATES = {"en": ("", " in April 2024", " as of 0 June 2024", " on February 30, 2024", " in 2023", " since 2021",
                " in the month", " year on year", " by the end of Q3 2024", " between 2025 and 2020"),
         "de": ("", " im April 2024", " Stand 0. Juni 2024", " am 31. Februar 2024", " seit 2021",
                " im Vorjahresvergleich"),
         "ru": ("", " в апреле 2024 года", " на 0 июня 2024 года", " 30 февраля 2024 года", " в годовом выражении"),
         "kk": ("", " 2024 жылғы сәуірде", " 2024 жылғы 0 маусымда", " өткен жылмен салыстырғанда")}
CONNECTORS = {"en": (" to ", " and ", "-", " or ", " from ", " against ", ", a majority of ", " more than "),
              "de": (" bis ", " und ", " auf ", " oder ", " von ", " weniger als "),
              "ru": (" до ", " и ", " или ", " на ", " из "), "kk": (" және ", "-ден ", " дейін ", " немесе ")}
VERBS = {"en": ("has", "connected", "rose by", "fell", "reduced the fines by", "won with", "plans to connect",
                "counted", "is expected to grow", "excluding fuel, sales rose"),
         "de": ("hat", "verband", "stieg um", "sank", "senkte die Strafen um", "plant", "zählte"),
         "ru": ("имеет", "подключил", "выросло на", "снизилось", "сократил штрафы на", "планирует"),
         "kk": ("бар", "қосты", "өсті", "азайды", "жоспарлап отыр")}
TAILS = {"en": (".", ", or 40%.", ": 420 in the north, 300 in the south.", " (about $5).", ", of the 6,290 total."),
         "de": (".", ", das sind 36 %.", ": 420 im Norden, 300 im Süden.", " (rund 5 Euro)."),
         "ru": (".", ", то есть 38%.", ": 420 на севере, 300 на юге.", " (около 5 долларов)."),
         "kk": (".", ", яғни 30 пайыз.", ": солтүстікте 187, оңтүстікте 1 323.")}
LANGUAGES = ("en", "de", "ru", "kk")


@st.composite
def figures(draw, language: str) -> str:
    """One number as news writes it: digits or words, a qualifier, a scale, a unit, or two joined."""
    number = draw(st.sampled_from(NUMBERS) | st.sampled_from(SPELLED[language]))
    figure = (draw(st.sampled_from(QUALIFIERS[language])) + number + draw(st.sampled_from(SCALES[language]))
              + draw(st.sampled_from(UNITS[language])))
    if draw(st.booleans()):
        figure += draw(st.sampled_from(CONNECTORS[language])) + draw(st.sampled_from(NUMBERS)) \
            + draw(st.sampled_from(UNITS[language]))
    return figure


@st.composite
def sentences(draw, language: str) -> str:
    subject = draw(st.sampled_from(SUBJECTS))
    verb = draw(st.sampled_from(VERBS[language]))
    noun = draw(st.sampled_from(NOUNS[language]))
    sentence = f"{subject} {verb} {draw(figures(language))} {noun}{draw(st.sampled_from(DATES[language]))}"
    return sentence[0].upper() + sentence[1:] + draw(st.sampled_from(TAILS[language]))


@st.composite
def news_texts(draw) -> tuple[str, str]:
    """(language, a short article of one to four news-like sentences)."""
    language = draw(st.sampled_from(LANGUAGES))
    return language, " ".join(draw(st.lists(sentences(language), min_size=1, max_size=4)))
