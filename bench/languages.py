"""Sentence renderers of the synthetic corpus, one class per language (see bench/generate.py).

A renderer turns facts of the ground-truth model into sentences in its language, with that
language's numerals ("3.6 million", "3,6 Millionen", "3,6 млн", "1.731", "1 731") and grammar
(Russian number agreement, German plurals, Kazakh nouns that stay singular after numerals).
Every kind of fact has several templates, picked at random, so no two articles read alike.
Adding a language is adding a class with the same methods and registering it in RENDERERS.
"""

from __future__ import annotations

import random
from datetime import date

NBSP = "\u00a0"


def significant(value: float, digits: int) -> float:
    """`value` rounded to `digits` significant digits (half away from zero, as people round)."""
    if value == 0:
        return 0.0
    from decimal import ROUND_HALF_UP, Decimal

    exponent = Decimal(str(abs(value))).adjusted() - digits + 1
    return float(Decimal(str(value)).quantize(Decimal(1).scaleb(exponent), rounding=ROUND_HALF_UP))


class Renderer:
    """What every language provides; the shared machinery for numerals lives here."""

    code = ""
    decimal = "."
    group = ","
    scales: tuple[tuple[float, str], ...] = ()

    def __init__(self, rng: random.Random):
        self.rng = rng

    # numerals -----------------------------------------------------------------------------
    def integer(self, value: float) -> str:
        return f"{int(round(value)):,}".replace(",", self.group)

    def decimal_number(self, value: float, places: int) -> str:
        text = f"{value:.{places}f}".rstrip("0").rstrip(".") if places else f"{value:.0f}"
        return text.replace(".", self.decimal)

    def scaled(self, value: float) -> tuple[str, float]:
        """ "3.6 million" for 3,621,400 (and the value that text states), or the integer itself."""
        for size, word in self.scales:
            if value >= size:
                stated = significant(value, 2 if value / size < 10 else 3)
                return f"{self.decimal_number(stated / size, 2)} {word}", stated
        stated = significant(value, 3) if value >= 10_000 else round(value)
        return self.integer(stated), stated

    def count(self, value: float, *, exact: bool) -> tuple[str, float]:
        """A count as a reporter writes it: exact digits for small or precise figures, else scaled."""
        if exact or value < 100_000:
            return self.integer(value), round(value)
        return self.scaled(value)

    def choose(self, options):
        return self.rng.choice(options)

    # words ----------------------------------------------------------------------------------
    months: tuple[str, ...] = ()

    def noun(self, measure, value: float) -> str:
        """Singular for one, plural otherwise (languages with richer agreement override this)."""
        singular, plural = getattr(measure, self.code)[:2]
        return singular if value == 1 else plural

    def month(self, on: date) -> str:
        return f"{self.months[on.month - 1]} {on.year}"


class English(Renderer):
    code = "en"
    scales = ((1e9, "billion"), (1e6, "million"))
    months = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December")
    currency_words = {"KZT": "tenge", "KGS": "som", "UZS": "soum", "RUB": "rubles", "TJS": "somoni"}

    def percent(self, value: float) -> str:
        number = self.decimal_number(value, 1)
        return self.choose((f"{number} percent", f"{number}%", f"{number} per cent"))

    def money(self, amount: float, currency: str) -> str:
        text, _ = self.scaled(amount)
        return f"{text} {self.currency_words[currency]}"

    def dollars(self, amount: float) -> str:
        text, _ = self.scaled(amount)
        return f"${text}"

    def running_total(self, f) -> str:
        first, second = f["first"], f["second"]
        a = self.integer(first["value"])
        b = self.integer(second["value"])
        noun = self.noun(f["measure"], second["value"])
        verb = f["measure"].en_verb
        return self.choose((
            f"By {self.month(first['on'])}, {f['entity']} had {verb} {a} {noun} in {f['scope']}; "
            f"by {self.month(second['on'])} the figure had reached {b}.",
            f"{f['entity']} said it had {verb} {a} {noun} across {f['scope']} by {self.month(first['on'])}. "
            f"As of {self.month(second['on'])}, {f['entity']} was {f['measure'].en_gerund} {b} {noun}.",
            f"As of {self.month(first['on'])}, {a} {noun} in {f['scope']} were already {verb} by {f['entity']}, "
            f"and by {self.month(second['on'])} the total stood at {b}.",
        ))

    def level(self, f) -> str:
        noun = self.noun(f["measure"], 2)
        year, entity = f["year"], f["entity"]
        number = f["text"]
        return self.choose((
            f"In {year}, {entity} had {number} {noun} in {f['scope']}.",
            f"{entity} counted {number} {noun} in {year}, according to its annual report.",
            f"The company's figures show that {entity} had {number} {noun} in {f['scope']} in {year}.",
            f"According to industry data, {entity} reported {number} {noun} for {year}.",
        ))

    def conversion(self, f) -> str:
        amount, equivalent = self.money(f["amount"], f["currency"]), self.dollars(f["equivalent"])
        entity, purpose = f["entity"], ("new towers", "fibre lines", "rural branches", "data centres")[f["purpose"]]
        when = self.month(f["on"])
        return (
            f"In {when}, {entity} invested {amount} ({equivalent}) in {purpose}.",
            f"{entity} plans no further spending after putting {amount} ({equivalent}) into {purpose} in {when}.",
            f"The regulator fined {entity} {amount} ({equivalent}) in {when} for missing its coverage targets.",
        )[f["event"]]

    def share(self, f) -> str:
        part, whole = f["part_text"], f["whole_text"]
        noun = self.noun(f["measure"], 2)
        share = self.percent(f["share"])
        return self.choose((
            f"{f['entity']} now serves {part} {noun}, representing {share} of the country's {whole} {noun}.",
            f"{f['entity']} reaches {part} {noun}, or {share} of the {whole} {noun} in {f['scope']}.",
            f"{f['entity']} now serves {part} of the {whole} {noun} in {f['scope']}, or {share}.",
        ))

    def parts(self, f) -> str:
        total, (north, south, west) = self.integer(f["total"]), (self.integer(p) for p in f["parts"])
        noun = self.noun(f["measure"], 2)
        return self.choose((
            f"{f['entity']} operates {total} {noun}: {north} in the north, {south} in the south "
            f"and {west} in the west.",
            f"The {total} {noun} of {f['entity']} break down as follows: {north} in the north, {south} in the south "
            f"and {west} in the west.",
        ))

    def change(self, f) -> str:
        start, end = self.integer(f["start"]), self.integer(f["end"])
        noun = self.noun(f["measure"], 2).capitalize()
        direction = "increase" if f["end"] > f["start"] else "decrease"
        verb = "rose" if f["end"] > f["start"] else "fell"
        change = self.percent(f["change"])
        return self.choose((
            f"{noun} of {f['entity']} {verb} from {start} to {end} over the past year, a {change} {direction}.",
            f"Over twelve months, the number of {noun.lower()} at {f['entity']} {verb} from {start} to {end}, "
            f"a {change} {direction}.",
        ))

    def fillers(self, f) -> list[str]:
        person, body = f["person"], f["body"]
        said = self.choose(("said", "told reporters", "argued", "noted"))
        return [
            f"{person}, who heads the {body}, {said} that the programme would continue next year.",
            f"Critics argue that the {body} has not published its own methodology.",
            f"The {body} did not respond to a request for comment.",
            f"{person} {said} that rural users still wait weeks for repairs.",
            f"Several operators have asked the {body} to simplify licensing.",
            "Analysts expect competition to intensify as new players enter the market.",
            "The plan has drawn criticism from consumer groups, who say prices remain high.",
            f"Residents of remote districts {self.choose(('still complain', 'often complain'))} about dropped calls.",
            f"{person} {said} that the tender rules would be published in the spring.",
            f"The {body} is expected to review tariffs {self.choose(('later this year', 'before the winter'))}.",
        ]

    def title(self, f) -> str:
        return self.choose((f"{f['entity']} expands its network in {f['scope']}",
                            f"What {f['entity']}'s latest figures say about {f['scope']}",
                            f"{f['scope']}: {f['entity']} reports results"))


class German(Renderer):
    code = "de"
    decimal, group = ",", "."
    scales = ((1e9, "Milliarden"), (1e6, "Millionen"))
    months = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
              "November", "Dezember")
    currency_words = {"KZT": "Tenge", "KGS": "Som", "UZS": "Sum", "RUB": "Rubel", "TJS": "Somoni"}

    def percent(self, value: float) -> str:
        number = self.decimal_number(value, 1)
        return self.choose((f"{number} Prozent", f"{number}{NBSP}%"))

    def money(self, amount: float, currency: str) -> str:
        return f"{self.scaled(amount)[0]} {self.currency_words[currency]}"

    def dollars(self, amount: float) -> str:
        return f"{self.scaled(amount)[0]} US-Dollar"

    def running_total(self, f) -> str:
        a, b = self.integer(f["first"]["value"]), self.integer(f["second"]["value"])
        noun = self.noun(f["measure"], 2)
        return self.choose((
            f"Bis {self.month(f['first']['on'])} hatte {f['entity']} in {f['scope']} bereits {a} {noun} "
            f"angeschlossen, bis {self.month(f['second']['on'])} waren es {b}.",
            f"Stand {self.month(f['first']['on'])} versorgte {f['entity']} insgesamt {a} {noun}; "
            f"im {self.month(f['second']['on'])} lag die Zahl bei {b}.",
        ))

    def level(self, f) -> str:
        noun = self.noun(f["measure"], 2)
        return self.choose((
            f"Im Jahr {f['year']} zählte {f['entity']} in {f['scope']} {f['text']} {noun}.",
            f"Laut Geschäftsbericht hatte {f['entity']} {f['year']} {f['text']} {noun}.",
        ))

    def conversion(self, f) -> str:
        amount, equivalent = self.money(f["amount"], f["currency"]), self.dollars(f["equivalent"])
        return (
            f"Im {self.month(f['on'])} investierte {f['entity']} {amount} ({equivalent}) in neue Sendemasten.",
            f"Im {self.month(f['on'])} steckte {f['entity']} {amount} ({equivalent}) in Glasfaserleitungen.",
            f"Die Aufsichtsbehörde verhängte im {self.month(f['on'])} gegen {f['entity']} eine Strafe von "
            f"{amount} ({equivalent}).",
        )[f["event"]]

    def share(self, f) -> str:
        noun = self.noun(f["measure"], 2)
        return self.choose((
            f"{f['entity']} versorgt inzwischen {f['part_text']} der {f['whole_text']} {noun} in {f['scope']}, "
            f"also {self.percent(f['share'])}.",
            f"{f['entity']} versorgt {f['part_text']} von insgesamt {f['whole_text']} {noun} in {f['scope']}, "
            f"das sind {self.percent(f['share'])}.",
        ))

    def parts(self, f) -> str:
        total, (north, south, west) = self.integer(f["total"]), (self.integer(p) for p in f["parts"])
        noun = self.noun(f["measure"], 2)
        return (f"{f['entity']} betreibt {total} {noun}: {north} im Norden, {south} im Süden und {west} im Westen.")

    def change(self, f) -> str:
        start, end = self.integer(f["start"]), self.integer(f["end"])
        noun = self.noun(f["measure"], 2)
        verb, word = ("stieg", "ein Plus") if f["end"] > f["start"] else ("sank", "ein Minus")
        return (f"Die Zahl der {noun} von {f['entity']} {verb} binnen eines Jahres von {start} auf {end}, "
                f"{word} von {self.percent(f['change'])}.")

    def fillers(self, f) -> list[str]:
        return [
            f"{f['person']} sagte, das Programm werde im kommenden Jahr fortgesetzt.",
            "Kritiker bemängeln, dass die Behörde ihre Methodik nicht offenlegt.",
            "Verbraucherschützer halten die Preise weiterhin für zu hoch.",
            "Analysten rechnen mit mehr Wettbewerb, sobald neue Anbieter auf den Markt kommen.",
            f"{f['person']} kündigte an, die Ausschreibungsregeln im Frühjahr zu veröffentlichen.",
            "Bewohner abgelegener Bezirke klagen weiterhin über Verbindungsabbrüche.",
        ]

    def title(self, f) -> str:
        return self.choose((f"{f['entity']} baut sein Netz in {f['scope']} aus", f"{f['entity']} legt Zahlen vor"))


RU_MONTHS = {  # nominative, genitive, prepositional, dative
    1: ("январь", "января", "январе", "январю"), 2: ("февраль", "февраля", "феврале", "февралю"),
    3: ("март", "марта", "марте", "марту"), 4: ("апрель", "апреля", "апреле", "апрелю"),
    5: ("май", "мая", "мае", "маю"), 6: ("июнь", "июня", "июне", "июню"), 7: ("июль", "июля", "июле", "июлю"),
    8: ("август", "августа", "августе", "августу"), 9: ("сентябрь", "сентября", "сентябре", "сентябрю"),
    10: ("октябрь", "октября", "октябре", "октябрю"), 11: ("ноябрь", "ноября", "ноябре", "ноябрю"),
    12: ("декабрь", "декабря", "декабре", "декабрю"),
}


class Russian(Renderer):
    code = "ru"
    decimal, group = ",", NBSP
    scales = ((1e9, "млрд"), (1e6, "млн"))
    currency_words = {"KZT": "тенге", "KGS": "сомов", "UZS": "сумов", "RUB": "рублей", "TJS": "сомони"}

    def noun(self, measure, value: float) -> str:
        """Agreement with the numeral: 1 школа, 3 школы, 5 школ; after "млн" the genitive plural."""
        one, few, many = measure.ru
        if value != int(value) or value >= 1e6:
            return many
        n = int(value)
        if n % 10 == 1 and n % 100 != 11:
            return one
        if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
            return few
        return many

    def in_month(self, on: date) -> str:
        return f"в {RU_MONTHS[on.month][2]} {on.year} года"

    def by_month(self, on: date) -> str:
        return f"к {RU_MONTHS[on.month][3]} {on.year} года"

    def percent(self, value: float) -> str:
        return f"{self.decimal_number(value, 1)}%"

    def money(self, amount: float, currency: str) -> str:
        return f"{self.scaled(amount)[0]} {self.currency_words[currency]}"

    def dollars(self, amount: float) -> str:
        return f"${self.scaled(amount)[0]}"

    def running_total(self, f) -> str:
        a, b = self.integer(f["first"]["value"]), self.integer(f["second"]["value"])
        noun_a, noun_b = self.noun(f["measure"], f["first"]["value"]), self.noun(f["measure"], f["second"]["value"])
        return self.choose((
            f"{self.by_month(f['first']['on']).capitalize()} {f['entity']} подключила {a} {noun_a}, "
            f"а {self.by_month(f['second']['on'])} — уже {b} {noun_b}.",
            f"По данным компании {f['entity']}, {self.in_month(f['first']['on'])} к сети было подключено "
            f"{a} {noun_a}; {self.by_month(f['second']['on'])} их число достигло {b}.",
        ))

    def level(self, f) -> str:
        noun = self.noun(f["measure"], f["value"])
        return self.choose((
            f"В {f['year']} году у {f['entity']} было {f['text']} {noun}.",
            f"Согласно годовому отчёту, в {f['year']} году {f['entity']} обслуживала {f['text']} {noun}.",
        ))

    def conversion(self, f) -> str:
        amount, equivalent = self.money(f["amount"], f["currency"]), self.dollars(f["equivalent"])
        return (
            f"{self.in_month(f['on']).capitalize()} {f['entity']} вложила {amount} ({equivalent}) в новые вышки.",
            f"{self.in_month(f['on']).capitalize()} {f['entity']} инвестировала {amount} ({equivalent}) "
            f"в оптоволоконные линии.",
            f"Регулятор оштрафовал {f['entity']} на {amount} ({equivalent}) {self.in_month(f['on'])}.",
        )[f["event"]]

    def share(self, f) -> str:
        noun = self.noun(f["measure"], 5)
        return (f"{f['entity']} обслуживает {f['part_text']} из {f['whole_text']} {noun}, "
                f"то есть {self.percent(f['share'])}.")

    def parts(self, f) -> str:
        total, (north, south, west) = self.integer(f["total"]), (self.integer(p) for p in f["parts"])
        noun = self.noun(f["measure"], f["total"])
        return f"У {f['entity']} {total} {noun}: {north} на севере, {south} на юге и {west} на западе."

    def change(self, f) -> str:
        start, end = self.integer(f["start"]), self.integer(f["end"])
        verb = "выросло" if f["end"] > f["start"] else "сократилось"
        return (f"За год число абонентов {f['entity']} {verb} с {start} до {end}, "
                f"то есть на {self.percent(f['change'])}.")

    def fillers(self, f) -> list[str]:
        return [
            f"{f['person']} заявил, что программа будет продолжена в следующем году.",
            "Критики указывают, что ведомство не раскрывает методику подсчёта.",
            "Эксперты ожидают усиления конкуренции на рынке.",
            "Жители сёл по-прежнему жалуются на перебои со связью.",
            "Представитель компании пообещал опубликовать правила тендера весной.",
        ]

    def title(self, f) -> str:
        return self.choose((f"{f['entity']} расширяет сеть", f"{f['entity']} отчиталась о результатах"))


KK_MONTHS = ("қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан",
             "қараша", "желтоқсан")


class Kazakh(Renderer):
    """Kazakh keeps the noun singular after a numeral ("447 мектеп"); cases go on words, not digits."""

    code = "kk"
    decimal, group = ",", NBSP
    scales = ((1e9, "млрд"), (1e6, "млн"))
    currency_words = {"KZT": "теңге", "KGS": "сом", "UZS": "сум", "RUB": "рубль", "TJS": "сомони"}

    def noun(self, measure, value: float) -> str:
        return measure.kk

    def in_month(self, on: date) -> str:
        return f"{on.year} жылдың {KK_MONTHS[on.month - 1]} айында"

    def by_month(self, on: date) -> str:
        return f"{on.year} жылдың {KK_MONTHS[on.month - 1]} айына қарай"

    def percent(self, value: float) -> str:
        return self.choose((f"{self.decimal_number(value, 1)} пайыз", f"{self.decimal_number(value, 1)}%"))

    def money(self, amount: float, currency: str) -> str:
        return f"{self.scaled(amount)[0]} {self.currency_words[currency]}"

    def dollars(self, amount: float) -> str:
        return f"{self.scaled(amount)[0]} доллар"

    def running_total(self, f) -> str:
        a, b = self.integer(f["first"]["value"]), self.integer(f["second"]["value"])
        noun = self.noun(f["measure"], 2)
        return (f"{self.by_month(f['first']['on']).capitalize()} {f['entity']} {a} {noun} қосты, ал "
                f"{self.by_month(f['second']['on'])} олардың саны {b} болды.")

    def level(self, f) -> str:
        return f"{f['year']} жылы {f['entity']} компаниясының {f['text']} {self.noun(f['measure'], 2)} болды."

    def conversion(self, f) -> str:
        amount, equivalent = self.money(f["amount"], f["currency"]), self.dollars(f["equivalent"])
        return f"{self.in_month(f['on']).capitalize()} {f['entity']} жаңа мұнараларға {amount} ({equivalent}) салды."

    def share(self, f) -> str:
        return (f"{f['entity']} {f['whole_text']} {self.noun(f['measure'], 2)} ішінен {f['part_text']} "
                f"қамтиды, яғни {self.percent(f['share'])}.")

    def parts(self, f) -> str:
        total, (north, south, west) = self.integer(f["total"]), (self.integer(p) for p in f["parts"])
        return (f"{f['entity']} барлығы {total} {self.noun(f['measure'], 2)} басқарады: солтүстікте {north}, "
                f"оңтүстікте {south}, батыста {west}.")

    def change(self, f) -> str:
        start, end = self.integer(f["start"]), self.integer(f["end"])
        verb = "өсті" if f["end"] > f["start"] else "азайды"
        return (f"Бір жыл ішінде {f['entity']} абоненттерінің саны {start} болса, кейін {end} болды, "
                f"яғни {self.percent(f['change'])} {verb}.")

    def fillers(self, f) -> list[str]:
        return [
            f"{f['person']} бағдарлама келесі жылы да жалғасатынын айтты.",
            "Сарапшылар нарықта бәсеке күшейеді деп күтеді.",
            "Ауыл тұрғындары байланыс сапасына әлі де шағымданады.",
            "Реттеуші тарифтерді жыл соңына дейін қайта қарауы мүмкін.",
        ]

    def title(self, f) -> str:
        return self.choose((f"{f['entity']} желісін кеңейтуде", f"{f['entity']} нәтижелерін жариялады"))


RENDERERS = {renderer.code: renderer for renderer in (English, German, Russian, Kazakh)}
