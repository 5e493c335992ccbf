"""Issue 17's defect classes, each example sentence of the issue read as its class says: glued codes and
units, names and labels that end in numbers, scale words, negatives, vague plurals, "one", compounds,
fractions, dates, addresses, pence, scientific notation, ranges, idioms, leading decimals (format of
each mention: tests/gold/README.md)."""

import pytest

from bench.gold_score import extracted, parse_gold

CLASSES = [
    ("1 glued currency codes", "The club paid USD4.5m for the striker, and rents nearby start at RM1,850 a month.",
     ["USD4.5m | 4.5e+06 | 4.45e+06 | 4.55e+06 | USD | exact",
      "RM1,850 | 1850 | 1849.5 | 1850.5 | MYR | exact"]),
    ("1 country after the sign", "The deal was worth $US12.7 million ($A19.1 million).",
     ["$US12.7 million | 1.27e+07 | 1.265e+07 | 1.275e+07 | USD | exact",
      "$A19.1 million | 1.91e+07 | 1.905e+07 | 1.915e+07 | AUD | exact"]),
    ("2 glued units", "The scooter tops out at 28mph and carries a 1.2kWh battery.",
     ["28mph | 28 | 27.5 | 28.5 | mile_per_hour | exact",
      "1.2kWh | 1.2 | 1.15 | 1.25 | kilowatt_hour | exact"]),
    ("2 glued units", "Each dose is 250mg, dissolved in 10mL of saline, and the display refreshes at 144Hz.",
     ["250mg | 250 | 249.5 | 250.5 | milligram | exact",
      "10mL | 10 | 9.5 | 10.5 | milliliter | exact",
      "144Hz | 144 | 143.5 | 144.5 | hertz | exact"]),
    ("2 temperatures", "It was 41C in the shade and 104°F by noon.",
     ["41C | 41 | 40.5 | 41.5 | degree_Celsius | exact",
      "104°F | 104 | 103.5 | 104.5 | degree_Fahrenheit | exact"]),
    ("3 product names", "Owners of the Pixel 7 and the Xbox 360 reported the fault to Windows 11 support.", []),
    ("4 index names", "The FTSE 250 rose 1.2% while the Nikkei 225 slipped 0.4%.",
     ["1.2% | 1.2 | 1.15 | 1.25 | percent | exact",
      "0.4% | 0.4 | 0.35 | 0.45 | percent | exact"]),
    ("5 scale words", "The district has 3 hundred thousand residents, and the app about 2 B mobile users.",
     ["3 hundred thousand | 300000 | 250000 | 350000 | dimensionless | exact",
      "about 2 B | 2e+09 | 1.5e+09 | 2.5e+09 | dimensionless | approximate"]),
    ("5 metres and feet", "The mast is 12m (39ft) tall.",
     ["12m | 12 | 11.5 | 12.5 | m | exact",
      "39ft | 39 | 38.5 | 39.5 | foot | exact"]),
    # Without an equivalent: metres in a sentence about races and jumps, unless money or a counted noun.
    ("5 metres in sport", "She won the 60m hurdles, cleared 4.88m and 14m viewers saw her take £2m home.",
     ["60m | 60 | 59.5 | 60.5 | m | exact",
      "4.88m | 4.88 | 4.875 | 4.885 | m | exact",
      "14m | 1.4e+07 | 1.35e+07 | 1.45e+07 | dimensionless | exact",
      "£2m | 2e+06 | 1.5e+06 | 2.5e+06 | GBP | exact"]),
    ("5 millions elsewhere", "Sales reached 60m last year.",
     ["60m | 6e+07 | 5.95e+07 | 6.05e+07 | dimensionless | exact"]),
    ("6 negatives", "It was minus 12 degrees, the utility lost $-4.2bn and he had minus-3 rushing yards.",
     ["minus 12 degrees | -12 | -12.5 | -11.5 | degree | exact",
      "$-4.2bn | -4.2e+09 | -4.25e+09 | -4.15e+09 | USD | exact",
      "minus-3 | -3 | -3.5 | -2.5 | dimensionless | exact"]),
    ("7 vague plurals", "Hundreds of volunteers joined the clean-up and tens of thousands watched online.",
     ["Hundreds | 200 | 200 | 999 | dimensionless | range",
      "tens of thousands | 20000 | 20000 | 99999 | dimensionless | range"]),
    ("8 the number one", "Inflation eased by one per cent, and only one bidder remained.",
     ["one per cent | 1 | 0.5 | 1.5 | percent | exact",
      "one | 1 | 0.5 | 1.5 | dimensionless | exact"]),
    ("9 hyphenated compounds",
     "They signed a three-year lease for a six-cylinder engine with sub-20 millisecond latency.",
     ["three-year | 3 | 2.5 | 3.5 | year | exact",
      "six | 6 | 5.5 | 6.5 | dimensionless | exact",
      "sub-20 millisecond | 20 | - | 20 | millisecond | upper"]),
    ("10 fractions", "Add 3/4 cup of flour to two fifths of the mix and one fourth of the rest.",
     ["3/4 cup | 0.75 | 0.75 | 0.75 | cup | exact",
      "two fifths | 0.4 | 0.4 | 0.4 | dimensionless | exact",
      "one fourth | 0.25 | 0.25 | 0.25 | dimensionless | exact"]),
    ("11 dates and times",
     "The coins were minted between 1450 and 1520, and the museum opens at 9 a.m. from Aug. 12-15.", []),
    ("12 addresses and ids", "He lives at 221 Baker Street, in the 10115 postcode, and sat in seat 14 in Row 8.",
     []),
    ("13 pc and pence", "Shares in the grocer fell 3.5pc to 212p.",
     ["3.5pc | 3.5 | 3.45 | 3.55 | percent | exact",
      "212p | 212 | 211.5 | 212.5 | GBX | exact"]),
    ("14 scientific notation", "Avogadro's number is 6.02×10^23, and the gap is 3.2×10−5 metres.",
     ["6.02×10^23 | 6.02e+23 | 6.015e+23 | 6.025e+23 | dimensionless | exact",
      "3.2×10−5 metres | 3.2e-05 | 3.15e-05 | 3.25e-05 | m | exact"]),
    ("15 ranges", "Prices rose by 2 to 2.5 per cent, and the car does about 30-35 mpg.",
     ["2 to 2.5 per cent | 2 | 1.5 | 2.55 | percent | range",
      "about 30-35 mpg | 30 | 27 | 38.5 | mile_per_gallon | range"]),
    ("15 change and level", "The Nikkei climbed 1.1 per cent to 28,450.",
     ["1.1 per cent | 1.1 | 1.05 | 1.15 | percent | exact",
      "28,450 | 28450 | 28449.5 | 28450.5 | dimensionless | exact"]),
    ("16 idioms", "Flags flew at half-mast after a third-party audit.", []),
    ("17 leading decimals", "He batted .312 as rates rose .05 per cent.",
     [".312 | 0.312 | 0.3115 | 0.3125 | dimensionless | exact",
      ".05 per cent | 0.05 | 0.045 | 0.055 | percent | exact"]),
    ("18 game numbers", "In Game 4 the Celtics scored 112 points.",
     ["112 | 112 | 111.5 | 112.5 | dimensionless | exact"]),
    ("19 spelled ranges", "The plant will cost between six and seven million dollars.",
     ["six and seven million dollars | 6e+06 | 5.5e+06 | 7.5e+06 | USD | range"]),
]


@pytest.mark.parametrize(("defect_class", "text", "mentions"), CLASSES,
                         ids=[f"{c}: {t[:30]}" for c, t, _ in CLASSES])
def test_each_example_of_the_issue_is_read_as_its_class_says(defect_class, text, mentions):
    expected = [parse_gold(line, defect_class) for line in mentions]
    got = extracted(text, "en")
    assert len(got) == len(expected) and all(g.matches(e) for g, e in zip(got, expected, strict=True)), \
        [str(mention) for mention in got]
