"""Units of measurement and currencies: surface form -> canonical unit and factor, which
canonical units are measures (a value in one contradicts another value in the same unit) rather
than counted nouns, which units no table reads (`is_counted_noun`: "eight rowers"), and the exact conversions between units: prefixes of one unit ("60 µg" =
"0.06 mg"; an SI prefix on a known unit, "18 Ml" = "18 megalitres" = "18 million litres"), a currency and its cents ("38 cents" = "€0.38", "1,800p" = "£18"), a percentage and a
fraction in words ("half" = 50%), areas ("2 ha" = "20,000 m²"), pressures ("1.5 bar" = "150 kPa")
and energies ("200 kcal" = "837 kJ", "9,500 watt-hours" = "9.5 kWh"), torques ("150 in-lb" =
"12.5 ft-lb", about 17 N·m), a quart, pint or gallon where the writer says US or imperial ("6 US
quarts" is about 5.7 litres), the nautical mile ("1.5 nautical miles" is about 2.8 km; "nm" beside
it, or beside a length in metres, feet or miles, is its symbol), the yard and the furlong ("ten
furlongs" is "a mile and a quarter"), speeds ("50 mph" is "80 km/h"
rounded, "6 knots" about 11 km/h), a night of a stay and a day, and
rates, per a unit of time or of a length, area, mass or volume ("$1 a day" = "$7 a week", "5.2
t/ha" = "5,200 kg per hectare").
"""
from __future__ import annotations

import re
from decimal import Decimal


CURRENCY_SYMBOLS = {
    "$": "USD", "US$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR",
    "USD": "USD", "EUR": "EUR", "GBP": "GBP", "JPY": "JPY", "CNY": "CNY", "RMB": "CNY", "INR": "INR",
}
CURRENCIES = frozenset(CURRENCY_SYMBOLS.values())


# --------------------------------------------------------------------------------------------
# Units. Surface form -> (canonical unit, factor to the canonical unit).
# Families that mix prefixes within one text are normalised (memory to GB, bits to Gbit, power
# to W, frequency to GHz, compute to TFLOPS); others keep their own unit ("5nm" is nm, "814mm2"
# is mm2), as readers compare them as written. Binary prefixes (GiB) are read as decimal ones:
# writers use them interchangeably.
# --------------------------------------------------------------------------------------------

_D = Decimal


def _family(pairs: dict[str, tuple[str, str]]) -> dict[str, tuple[str, Decimal]]:
    return {k: (u, _D(f)) for k, (u, f) in pairs.items()}


# Case-sensitive symbols.
_UNIT_SYMBOLS = _family({
    "%": ("%", "1"), "pp": ("pp", "1"),
    "mm²": ("mm2", "1"), "mm^2": ("mm2", "1"), "mm2": ("mm2", "1"), "mm 2": ("mm2", "1"),
    "sq mm": ("mm2", "1"), "sq. mm": ("mm2", "1"),
    "cm²": ("cm2", "1"), "cm^2": ("cm2", "1"), "cm2": ("cm2", "1"),
    "m²": ("m2", "1"), "m^2": ("m2", "1"), "sq m": ("m2", "1"),
    "km²": ("km2", "1"), "km^2": ("km2", "1"), "km2": ("km2", "1"), "sq km": ("km2", "1"),
    "ft²": ("ft2", "1"), "sq ft": ("ft2", "1"), "sq. ft.": ("ft2", "1"), "sq. ft": ("ft2", "1"),
    "in²": ("in2", "1"), "sq in": ("in2", "1"), "sq. in.": ("in2", "1"), "sq. in": ("in2", "1"),
    "yd²": ("yd2", "1"), "sq yd": ("yd2", "1"), "sq. yd.": ("yd2", "1"), "sq. yd": ("yd2", "1"),
    # imperial volumes: "cu ft" is a cubic foot (a removals quote's "1,150 cu ft"), not "1,150 cu"
    "ft³": ("ft3", "1"), "cu ft": ("ft3", "1"), "cu. ft.": ("ft3", "1"), "cu. ft": ("ft3", "1"),
    "in³": ("in3", "1"), "cu in": ("in3", "1"), "cu. in.": ("in3", "1"), "cu. in": ("in3", "1"),
    "yd³": ("yd3", "1"), "cu yd": ("yd3", "1"), "cu. yd.": ("yd3", "1"), "cu. yd": ("yd3", "1"),
    "cu m": ("m3", "1"), "cu. m": ("m3", "1"), "cu cm": ("cm3", "1"), "cu. cm": ("cm3", "1"),
    "ha": ("ha", "1"),
    "nm": ("nm", "1"), "µm": ("um", "1"), "μm": ("um", "1"), "um": ("um", "1"),
    "mm": ("mm", "1"), "cm": ("cm", "1"), "m": ("m", "1"), "km": ("km", "1"), "ft": ("ft", "1"),
    "ng": ("ng", "1"), "µg": ("ug", "1"), "μg": ("ug", "1"), "ug": ("ug", "1"), "mcg": ("ug", "1"),
    "mg": ("mg", "1"), "g": ("g", "1"), "kg": ("kg", "1"), "lb": ("lb", "1"), "lbs": ("lb", "1"),
    "oz": ("oz", "1"), "t": ("t", "1"), "st": ("st", "1"),   # "12 st 13 lb"; spaced only (`_SPACED_ONLY`)
    "µl": ("ul", "1"), "µL": ("ul", "1"), "μl": ("ul", "1"), "μL": ("ul", "1"), "uL": ("ul", "1"),
    "ml": ("ml", "1"), "mL": ("ml", "1"), "cl": ("cl", "1"), "cL": ("cl", "1"), "dl": ("dl", "1"), "dL": ("dl", "1"),
    "l": ("l", "1"), "L": ("l", "1"),
    "m³": ("m3", "1"), "m^3": ("m3", "1"), "m3": ("m3", "1"), "cm³": ("cm3", "1"), "cm^3": ("cm3", "1"),
    "cm3": ("cm3", "1"),
    "KB": ("GB", "0.000001"), "kB": ("GB", "0.000001"), "kb": ("GB", "0.000001"),
    "MB": ("GB", "0.001"), "mb": ("GB", "0.001"), "MiB": ("GB", "0.001"),
    "GB": ("GB", "1"), "gb": ("GB", "1"), "GiB": ("GB", "1"),
    "TB": ("GB", "1000"), "tb": ("GB", "1000"), "TiB": ("GB", "1000"),
    "PB": ("GB", "1000000"), "PiB": ("GB", "1000000"),
    "Kb": ("Gbit", "0.000001"), "Kbit": ("Gbit", "0.000001"), "kbit": ("Gbit", "0.000001"),
    "Mb": ("Gbit", "0.001"), "Mbit": ("Gbit", "0.001"), "Gb": ("Gbit", "1"), "Gbit": ("Gbit", "1"),
    "Tb": ("Gbit", "1000"), "Tbit": ("Gbit", "1000"),
    "Kbps": ("Gbit/s", "0.000001"), "kbps": ("Gbit/s", "0.000001"), "Mbps": ("Gbit/s", "0.001"),
    "Gbps": ("Gbit/s", "1"), "Tbps": ("Gbit/s", "1000"),
    "Hz": ("GHz", "0.000000001"), "kHz": ("GHz", "0.000001"), "KHz": ("GHz", "0.000001"),
    "MHz": ("GHz", "0.001"), "GHz": ("GHz", "1"), "THz": ("GHz", "1000"),
    "W": ("W", "1"), "kW": ("W", "1000"), "KW": ("W", "1000"), "MW": ("W", "1000000"),
    "GW": ("W", "1000000000"), "TW": ("W", "1000000000000"),
    "Wh": ("Wh", "1"), "kWh": ("Wh", "1000"), "MWh": ("Wh", "1000000"), "GWh": ("Wh", "1000000000"),
    "TWh": ("Wh", "1000000000000"),
    "GFLOPS": ("TFLOPS", "0.001"), "GFLOPs": ("TFLOPS", "0.001"),
    "TFLOPS": ("TFLOPS", "1"), "TFLOPs": ("TFLOPS", "1"), "TFlops": ("TFLOPS", "1"),
    "PFLOPS": ("TFLOPS", "1000"), "PFLOPs": ("TFLOPS", "1000"), "PFlops": ("TFLOPS", "1000"),
    "EFLOPS": ("TFLOPS", "1000000"), "EFLOPs": ("TFLOPS", "1000000"),
    "°C": ("degC", "1"), "ºC": ("degC", "1"), "℃": ("degC", "1"), "°F": ("degF", "1"), "ºF": ("degF", "1"),
    "ns": ("ns", "1"), "µs": ("us", "1"), "μs": ("us", "1"), "us": ("us", "1"), "ms": ("ms", "1"),
    "s": ("second", "1"), "h": ("hour", "1"), "x": ("x", "1"), "×": ("x", "1"),
    "¢": ("cent", "1"), "p": ("GBP", "0.01"),   # "1,800p", "50p": pence, glued only
    # pressure and energy, each unit as written (they convert below): "1.5 bar" = "150 kPa"
    "Pa": ("Pa", "1"), "hPa": ("hPa", "1"), "kPa": ("kPa", "1"), "MPa": ("MPa", "1"), "GPa": ("GPa", "1"),
    "bar": ("bar", "1"), "mbar": ("mbar", "1"), "psi": ("psi", "1"), "atm": ("atm", "1"),
    "mmHg": ("mmHg", "1"), "J": ("J", "1"), "kJ": ("kJ", "1"), "MJ": ("MJ", "1"), "GJ": ("GJ", "1"),
    "kcal": ("kcal", "1"), "Cal": ("kcal", "1"),   # a capital Calorie is the food kilocalorie
    "dB": ("dB", "1"), "dBA": ("dB", "1"), "dB(A)": ("dB", "1"),   # sound level: "95 dB" = "95 decibels"
    # torque, each unit as written (they convert below): "150 in-lb" = "12.5 ft-lb", about 17 N·m
    **{f"{a}{sep}{b}": (u, "1") for ab, u in ((("in", "lb"), "in-lb"), (("in", "lbs"), "in-lb"), (("lbf", "in"), "in-lb"),
                                              (("ft", "lb"), "ft-lb"), (("ft", "lbs"), "ft-lb"), (("lb", "ft"), "ft-lb"),
                                              (("lbf", "ft"), "ft-lb"), (("N", "m"), "N·m"))
       for a, b in [ab] for sep in ("-", "·", "⋅")},
    "Nm": ("N·m", "1"),
    "in": ("in", "1"),   # inches, only where nothing follows (see `_ENDS_ONLY`)
})

# Case-insensitive words (matched casefolded; plural and singular listed explicitly).
_UNIT_WORDS = _family({
    "percent": ("%", "1"), "per cent": ("%", "1"), "pct": ("%", "1"), "percentage points": ("pp", "1"),
    "percentage point": ("pp", "1"),
    # a basis point is a hundredth of a percentage point ("25 basis points" = 0.25 pp); the short
    # "bp"/"bps" is left unread: "bps" is also bits per second
    "basis points": ("pp", "0.01"), "basis point": ("pp", "0.01"),
    # volume ("cubic metres" before "metres": the longest match wins). No gallons: the US and the
    # imperial gallon differ, so a gallon figure cannot be converted without knowing which.
    **{f"cubic {w}": (u, "1") for w, u in [
        ("meters", "m3"), ("metres", "m3"), ("meter", "m3"), ("metre", "m3"), ("centimeters", "cm3"),
        ("centimetres", "cm3"), ("centimeter", "cm3"), ("centimetre", "cm3"), ("feet", "ft3"), ("foot", "ft3"),
        ("inches", "in3"), ("inch", "in3"), ("yards", "yd3"), ("yard", "yd3")]},
    **{f"square {w}": (u, "1") for w, u in [
        ("millimeters", "mm2"), ("millimetres", "mm2"), ("millimeter", "mm2"), ("millimetre", "mm2"),
        ("centimeters", "cm2"), ("centimetres", "cm2"), ("centimeter", "cm2"), ("centimetre", "cm2"),
        ("meters", "m2"), ("metres", "m2"), ("meter", "m2"), ("metre", "m2"), ("kilometers", "km2"),
        ("kilometres", "km2"), ("kilometer", "km2"), ("kilometre", "km2"),
        ("feet", "ft2"), ("foot", "ft2"), ("miles", "mi2"), ("mile", "mi2"), ("inches", "in2"), ("inch", "in2"),
        ("yards", "yd2"), ("yard", "yd2")]},
    "acres": ("acre", "1"), "acre": ("acre", "1"), "hectares": ("ha", "1"), "hectare": ("ha", "1"),
    **{w: (u, "1") for ws, u in [
        ("nanometers nanometres nanometer nanometre", "nm"),
        ("micrometers micrometres micrometer micrometre microns micron", "um"),
        ("millimeters millimetres millimeter millimetre", "mm"),
        ("centimeters centimetres centimeter centimetre", "cm"),
        ("meters metres meter metre", "m"), ("kilometers kilometres kilometer kilometre", "km"),
        ("inches inch", "in"), ("feet foot", "ft"), ("miles mile", "mi"),
        ("yards yard yds yd", "yd"), ("furlongs furlong", "fur"),
        ("nanograms nanogram", "ng"), ("micrograms microgram", "ug"),
        ("milligrams milligram", "mg"), ("grams gram", "g"),
        ("kilograms kilogram kilos kilo", "kg"), ("tonnes tonne tons ton", "t"),
        ("pounds pound", "lb"), ("ounces ounce", "oz"), ("stone", "st"),
        ("liters litres liter litre", "l"), ("milliliters millilitres milliliter millilitre", "ml"),
        ("centiliters centilitres centiliter centilitre", "cl"),
        ("microliters microlitres microliter microlitre", "ul"),
        ("deciliters decilitres deciliter decilitre", "dl"),
        ("nanoseconds nanosecond", "ns"), ("microseconds microsecond", "us"),
        ("milliseconds millisecond", "ms"), ("seconds second secs sec", "second"),
        ("minutes minute mins min", "minute"), ("hours hour hrs hr", "hour"), ("days day", "day"),
        ("nights night", "night"),
        ("weeks week wks wk", "week"), ("months month", "month"), ("quarters quarter", "quarter"),
        ("years year yrs yr", "year"), ("decades decade", "decade"), ("centuries century", "century"),
        ("decibels decibel", "dB"), ("times fold", "x"), ("degrees celsius", "degC"), ("degrees fahrenheit", "degF"),
        ("degrees degree", "deg"), ("watts watt", "W"), ("hertz", "GHz"),
        ("dollars dollar usd bucks", "USD"), ("euros euro eur", "EUR"), ("pounds sterling", "GBP"),
        ("yen jpy", "JPY"), ("yuan rmb cny renminbi", "CNY"), ("rupees rupee inr", "INR"),
        ("gbp", "GBP"),
    ] for w in ws.split()},
    "fortnights": ("week", "2"), "fortnight": ("week", "2"),   # a fortnight is two weeks
    **{w: (u, "1") for ws, u in [
        ("pascals pascal", "Pa"), ("hectopascals hectopascal", "hPa"), ("kilopascals kilopascal", "kPa"),
        ("megapascals megapascal", "MPa"), ("gigapascals gigapascal", "GPa"), ("millibars millibar", "mbar"),
        ("atmospheres atmosphere", "atm"), ("joules joule", "J"), ("kilojoules kilojoule", "kJ"),
        ("megajoules megajoule", "MJ"), ("gigajoules gigajoule", "GJ"), ("kilocalories kilocalorie", "kcal"),
    ] for w in ws.split()},
    # "pounds per square inch" before "pounds" (longest match); "bars" is more often a count
    "pounds per square inch": ("psi", "1"), "millimetres of mercury": ("mmHg", "1"),
    # torque spelled out ("150 inch-pounds", "18 foot-pounds", "22.6 newton metres"); a hyphen or a space
    **{f"{a}{sep}{b}": (u, "1") for a, bs, u in (("inch", "pounds pound", "in-lb"), ("foot", "pounds pound", "ft-lb"),
                                                 ("pound", "feet foot", "ft-lb"),
                                                 ("newton", "metres metre meters meter", "N·m"))
       for b in bs.split() for sep in ("-", " ")},
    # a quart, a pint or a gallon only where the writer says which (a US one is smaller than an
    # imperial one: "6 US quarts" is about 5.7 litres, "6 imperial quarts" about 6.8)
    **{f"{system} {w}": (f"{u}_{s}", "1") for system, s in (("us", "us"), ("u.s.", "us"), ("imperial", "imp"))
       for ws, u in (("quarts quart qt", "qt"), ("pints pint pt", "pt"), ("gallons gallon gal", "gal"))
       for w in ws.split()},
    "nautical miles": ("nmi", "1"), "nautical mile": ("nmi", "1"),
    # a knot is a nautical mile an hour ("6 knots" is about 11 km/h); not its symbols: "kt" is a
    # kilotonne's too, "kn" anything
    "knots": ("nmi/h", "1"), "knot": ("nmi/h", "1"),
    "millimeters of mercury": ("mmHg", "1"),
    "hertz": ("GHz", "0.000000001"),
    # energy as power times hours, spelled out ("9,500 watt-hours" = "9.5 kWh"); a hyphen or a space
    **{f"{p}watt{sep}hour{n}": ("Wh", f) for p, f in (("", "1"), ("kilo", "1000"), ("mega", "1000000"),
                                                      ("giga", "1000000000"))
       for sep in ("-", " ") for n in ("", "s")},
    # a speed by its customary abbreviation ("30 mph" = "30 miles per hour", "50 kph" = "50 km/h")
    "mph": ("mi/h", "1"), "kph": ("km/h", "1"), "kmh": ("km/h", "1"),
    # paper's weight by its customary abbreviation ("170 gsm" = "170 g/m²"), a price per litre by
    # its own ("38.25 ppl" = "38.25 pence per litre", as milk and fuel are priced)
    "gsm": ("g/m2", "1"), "ppl": ("GBP/l", "0.01"),
    "kilowatts": ("W", "1000"), "kilowatt": ("W", "1000"), "megawatts": ("W", "1000000"),
    "megawatt": ("W", "1000000"), "gigawatts": ("W", "1000000000"), "gigawatt": ("W", "1000000000"),
    "kilohertz": ("GHz", "0.000001"), "megahertz": ("GHz", "0.001"), "gigahertz": ("GHz", "1"),
    "bytes": ("GB", "0.000000001"), "byte": ("GB", "0.000000001"),
    "kilobytes": ("GB", "0.000001"), "kilobyte": ("GB", "0.000001"),
    "megabytes": ("GB", "0.001"), "megabyte": ("GB", "0.001"),
    "gigabytes": ("GB", "1"), "gigabyte": ("GB", "1"), "terabytes": ("GB", "1000"),
    "terabyte": ("GB", "1000"), "petabytes": ("GB", "1000000"), "petabyte": ("GB", "1000000"),
    "kilobits": ("Gbit", "0.000001"), "megabits": ("Gbit", "0.001"), "gigabits": ("Gbit", "1"),
    "terabits": ("Gbit", "1000"),
    "gigaflops": ("TFLOPS", "0.001"), "teraflops": ("TFLOPS", "1"), "petaflops": ("TFLOPS", "1000"),
    "exaflops": ("TFLOPS", "1000000"),
    # A currency's minor unit, a hundredth of it. Pence and paise belong to one currency each; a
    # cent to several (see `_CENT_CURRENCIES`), so it is a unit of its own.
    "cents": ("cent", "1"), "cent": ("cent", "1"), "euro cents": ("EUR", "0.01"), "euro cent": ("EUR", "0.01"),
    "pence": ("GBP", "0.01"), "penny": ("GBP", "0.01"), "paise": ("INR", "0.01"), "paisa": ("INR", "0.01"),
    # a temperature scale named after "degrees" (longest match: not "degrees" and a name "Celsius")
    **{f"{d} {scale}": (u, "1") for d in ("degrees", "degree") for scale, u in
       (("celsius", "degC"), ("centigrade", "degC"), ("c", "degC"), ("fahrenheit", "degF"), ("f", "degF"))},
})

# SI prefixes on a base unit the tables know, spelled out ("megalitres", "kilotonnes",
# "decimetres") or as a litre or tonne symbol ("18 Ml/d", "5 kL", "2 Mt"): read as the base unit
# times the prefix, so "18 Ml" = "18 megalitres" = "18 million litres". A form the tables above
# already give (kilograms, "mg", "kW") keeps its own entry. Symbols are generated for the litre
# and the tonne only: other prefixed symbols are common symbols of something else ("Mg"
# magnesium, "kt" knot, "hm").
_SI_PREFIXES = {"kilo": ("k", "1000"), "mega": ("M", "1000000"), "giga": ("G", "1000000000"),
                "hecto": ("h", "100"), "deci": ("d", "0.1"), "centi": ("c", "0.01"),
                "milli": ("m", "0.001"), "micro": ("µ", "0.000001")}
_PREFIXABLE_WORDS = {"l": "liters litres liter litre", "m": "meters metres meter metre",
                     "g": "grams gram", "t": "tonnes tonne", "W": "watts watt"}
_PREFIXABLE_SYMBOLS = {"l": ("l", "L"), "t": ("t",)}


def _prefixed(words: bool) -> dict[str, tuple[str, Decimal]]:
    table = _UNIT_WORDS if words else _UNIT_SYMBOLS
    out: dict[str, tuple[str, Decimal]] = {}
    for prefix, (symbol, factor) in _SI_PREFIXES.items():
        for unit, forms in (_PREFIXABLE_WORDS.items() if words else _PREFIXABLE_SYMBOLS.items()):
            for form in (forms.split() if words else forms):
                surface = prefix + form if words else symbol + form
                # tonnes take only large prefixes (no "millitonne"), and "kt" is a knot
                if surface not in table and (unit != "t" or symbol in ("kMG" if words else "MG")):
                    out[surface] = (unit, _D(factor))
    return out


_UNIT_WORDS.update(_prefixed(words=True))
_UNIT_SYMBOLS.update(_prefixed(words=False))

# Short symbols that are ambiguous with ordinary words or letters unless glued to the number
# ("30 s" vs "30s", "5 t" vs "5t"). Lower-case "m", "g", "lb", "oz" and "ft" after a number are
# units either way ("2.0 m high" as SI style writes it, "20 g of sugar", "0.02 g once daily", "6 ft").
_GLUED_ONLY = frozenset({"s", "h", "t", "x", "p", "us", "um", "ug", "mb", "kb", "gb", "tb", "l", "J",
                         "ML", "GL", "Mt", "Gt"})   # "3 ML engineers", "the 2 Mt Everest climbs"

# Symbols that glued to a number are another word: "1st" is an ordinal, "12 st" twelve stone.
_SPACED_ONLY = frozenset({"st"})

# Symbols that are ordinary words before whatever follows them: a unit only where the phrase ends
# there, at a stop, a comma, a bracket or a dash ("about 0.47 in.", "(0.47 in)"; not "5 in the box").
_ENDS_ONLY = frozenset({"in"})
_PHRASE_END_RE = re.compile(r"[^\S\n]*(?:[.,;:)\]|—–]|[^\S\n]-|$)")   # ("|": a table cell's end)
# The measures among the glued-only symbols, spaced, are still units where a letter can be nothing
# else: where the phrase ends ("a capacity of 14.2 t.", "| 14.2 t |") or a preposition opens the
# next one ("14.2 t at a 12 m radius", "2 h at 180 °C", "5 l of water")
_SPACED_MEASURES = frozenset({"t", "h", "s", "l"})
_NOUN_ENDS_RE = re.compile(_PHRASE_END_RE.pattern + r"|[^\S\n]+(?:at|of|on|in|for|with|from|into|onto|per|each)\b")
# a spaced "t" before a word of weighing or of what is weighed is tonnes ("up to 2 t gross weight",
# "a 3.5 t van"): the words of a vehicle's weight and its kinds, a closed class
_TONNES_BEFORE_RE = re.compile(r"[^\S\n]+(?:gross|net|laden|unladen|GVW|MAM|payload|axle|weight|load|limit|capacity|"
                               r"vans?|lorr(?:y|ies)|trucks?|vehicles?|trailers?|HGVs?|tippers?|excavators?|diggers?)\b")

_TIME_UNITS = {
    "s": "second", "sec": "second", "secs": "second", "second": "second", "seconds": "second",
    "min": "minute", "mins": "minute", "minute": "minute", "minutes": "minute",
    "h": "hour", "hr": "hour", "hrs": "hour", "hour": "hour", "hours": "hour",
    "d": "day", "day": "day", "days": "day", "night": "night", "nights": "night", "week": "week", "weeks": "week",
    "month": "month", "months": "month", "mo": "month", "quarter": "quarter", "quarters": "quarter",
    "year": "year", "years": "year", "yr": "year", "yrs": "year", "annum": "year", "diem": "day",
}


def _alternation(words) -> str:
    # Longest first, so "mm 2" wins over "mm" and "per cent" over nothing.
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


SEP = r"[^\S\n]"  # horizontal whitespace: a quantity never spans a line break
_UNIT_SYMBOL_RE = re.compile(rf"(?P<sp>{SEP}?|-)(?P<u>{_alternation(_UNIT_SYMBOLS)})(?![^\W_])")
_UNIT_WORD_RE = re.compile(
    rf"(?P<sp>{SEP}?|-)(?P<u>{_alternation(_UNIT_WORDS).replace(chr(92) + ' ', SEP + '+')})(?![^\W_])",
    re.IGNORECASE,
)
_RATE_RE = re.compile(
    # ("£245 for each full week": "for" before "each"/"every", and a word of
    # wholeness before the period, closed classes)
    rf"(?:{SEP}*/{SEP}*|{SEP}+(?:(?:for|in){SEP}+(?=each|every))?(?:per|an?|each|every)"
    rf"(?:{SEP}+(?:full|whole|complete))?{SEP}+)(?P<t>{_alternation(_TIME_UNITS)})(?![^\W_])"
    # "a year earlier", "a week ago": a point in time back or on from another, no rate
    rf"(?!{SEP}+(?:earlier|ago|later|back|previously|beforehand)\b)",
    re.IGNORECASE,
)


# A rate given by an adverb of period after its amount, maybe past one word that qualifies it ("£612
# gross weekly", "2 mg daily", "£40 paid monthly"); not past a word of recurrence ("5 mg twice daily"
# is read by `recurrences`) nor a connective ("£5 and weekly ..."), nor after a word of
# distribution, where the period's adjective qualifies the noun that is the denominator ("£3.40 per
# weekly payslip" is per payslip).
_PERIOD_ADVERBS = {"hourly": "hour", "daily": "day", "weekly": "week", "monthly": "month",
                   "quarterly": "quarter", "yearly": "year", "annually": "year"}
_ADVERB_RATE_RE = re.compile(
    rf"{SEP}+(?:(?!(?:once|twice|thrice|times|and|or|but|nor|per|each|every)\b)[a-z]+{SEP}+)?"
    rf"(?P<t>{_alternation(_PERIOD_ADVERBS)})(?![^\W_])"
)


def period_name(unit: str) -> str:
    """A period as `convert` names it ("h": hour)."""
    return _RATE_LONG.get(unit, unit)


def period_word(word: str) -> str | None:
    """The period a word names, as a noun, an adverb or an adjective ("nights", "weekly",
    "annual": night, week, year), as `read_rate` writes it ("hour": h); None for any other word."""
    w = word.casefold()
    t = _TIME_UNITS.get(w) or _PERIOD_ADVERBS.get(w) or ("year" if w == "annual" else None)
    return _RATE_SHORT.get(t, t) if t else None


# A rate over a count and a period, or a period with a word that qualifies it: "£18 per seat per
# month", "£5 per funded week", "2 hours each working day". The period is the rate's denominator of
# time (the count beside it is left unread, as "£18 a seat" is); one to three lower-case words
# between (a name stays an atom of its own), no number, no connective or determiner, and no word
# that spaces a recurrence ("every other day") or counts the period ("per half hour" is £15 for a
# half hour, as "per 30 minutes" is).
_COUNT_THEN_PERIOD_RE = re.compile(
    rf"{SEP}+(?:per|each|every){SEP}+"
    rf"(?:(?!(?:and|or|but|nor|than|to|of|in|on|at|for|from|by|with|the|this|that|its|their|other|second"
    rf"|third|fourth|alternate|few|couple|several|two|three|four|half|quarter)\b)[a-z][a-z-]*{SEP}+){{1,3}}"
    rf"(?:(?:per|an?|each|every){SEP}+)?(?P<t>{_alternation(_TIME_UNITS)})(?![^\W_])",
)

_WS_RE = re.compile(r"\s+")


def read_unit(text: str, pos: int, money: bool) -> tuple[str, Decimal, int] | None:
    """A unit of measurement or currency word right after a number (longest match wins)."""
    best = None
    for rx, table, fold in ((_UNIT_SYMBOL_RE, _UNIT_SYMBOLS, False), (_UNIT_WORD_RE, _UNIT_WORDS, True)):
        m = rx.match(text, pos)
        if not m:
            continue
        surface = _WS_RE.sub(" ", m.group("u"))
        lookup = surface.casefold() if fold else surface
        if lookup not in table:
            continue
        if (m.group("sp") and m.group("sp") != "-" and lookup in _GLUED_ONLY and not _over(text, m.end())
                and not (lookup == "h" and _MINUTES_AFTER_RE.match(text, m.end()))
                and not (not fold and lookup in _SPACED_MEASURES and _NOUN_ENDS_RE.match(text, m.end()))
                and not (not fold and lookup == "t" and _TONNES_BEFORE_RE.match(text, m.end()))):
            continue
        if m.group("sp") == "-" and not fold and surface in ("%", "x", "×"):
            continue
        if not fold and surface in _SPACED_ONLY and m.group("sp") in ("", "-"):
            continue
        if not fold and surface in _ENDS_ONLY and not _PHRASE_END_RE.match(text, m.end()):
            continue
        if best is None or m.end() > best[2]:
            unit, factor = table[lookup]
            best = (unit, factor, m.end())
    return best


# Every canonical unit, and whether it is a unit of measurement: a value in a measure contradicts
# another value in the same unit. Any other unit is a counted noun ("400,000 GPUs", "7-die"),
# matched by value alone, because the noun is often reworded ("GPUs" / "units" / "accelerators").
# A unit added to the tables above gets its flag here (tests/test_atoms.py checks that it has one).
UNIT_IS_MEASURE = {
    "USD": True, "EUR": True, "GBP": True, "JPY": True, "CNY": True, "INR": False, "cent": True,
    "%": True, "pp": False, "x": True, "fraction": True,
    "mm2": True, "cm2": False, "m2": False, "km2": False, "ft2": False, "mi2": False, "in2": False, "yd2": False,
    "in3": False, "ft3": False, "yd3": False, "acre": False, "ha": False,
    "nm": True, "um": True, "mm": True, "cm": True, "m": True, "km": True, "in": False, "ft": False, "mi": False,
    "yd": False, "fur": False,
    "ng": True, "ug": True, "mg": False, "g": True, "kg": True, "t": False, "lb": False, "oz": False, "st": False,
    "ul": True, "ml": True, "cl": True, "dl": True, "l": True, "cm3": True, "m3": True,
    "GB": True, "GB/s": True, "Gbit": False, "Gbit/s": False,
    "mi/h": True, "km/h": True, "nmi/h": True, "g/m2": True, "GBP/l": True,
    "W": True, "Wh": False, "GHz": True, "dB": True, "TFLOPS": True, "degC": False, "degF": False, "deg": False,
    "ns": False, "us": False, "ms": True, "second": True, "minute": True, "hour": True, "day": True, "night": True,
    "week": True, "month": True, "quarter": False, "year": True, "decade": False, "century": False,
    **{u: True for u in ("Pa", "hPa", "kPa", "MPa", "GPa", "bar", "mbar", "psi", "atm", "mmHg",
                         "J", "kJ", "MJ", "GJ", "kcal", "N·m", "in-lb", "ft-lb",
                         "qt_us", "pt_us", "gal_us", "qt_imp", "pt_imp", "gal_imp")},
    "nmi": False,
}
# Surface forms a counted noun can carry ("5 TBs" is read as the noun "tb"): measures too.
_COUNTED_MEASURE_FORMS = frozenset("$ € £ ¥ tb mb kb pb gib mib tib μm s kw mw gw mhz pflops flops tb/s".split())
MEASURE_UNITS = frozenset(u.casefold() for u, measure in UNIT_IS_MEASURE.items() if measure) | _COUNTED_MEASURE_FORMS


def is_measure(unit: str | None) -> bool:
    """A unit of measurement (casefolded look-up: counted nouns arrive lower-cased), or a rate of
    one ("$5 a day", "25 km/h"): "$5 a day" is not "$5 a week"."""
    if not unit:
        return False
    return unit.casefold() in MEASURE_UNITS or ("/" in unit and is_measure(_rate_parts(unit)[0]))


def is_counted_noun(unit: str | None) -> bool:
    """A unit no table reads, nor a rate of one: the noun a number counts ("eight rowers", "400,000
    GPUs"), not a unit of measurement or of share ("8 minutes", "£45", "5 pp")."""
    if not unit or unit in CANONICAL_UNITS or unit.casefold() in MEASURE_UNITS:
        return False
    # a rate counts what its amount counts: "GPUs per quarter" a noun, "$5 a day" a measure
    return is_counted_noun(_rate_parts(unit)[0]) if "/" in unit else True


_RATE_SHORT = {"second": "s", "minute": "min", "hour": "h"}
_RATE_LONG = {short: long for long, short in _RATE_SHORT.items()}


def is_period(unit: str | None) -> bool:
    """A unit of time as units or rates name it ("day", "week", "h", "min")."""
    return dimension(_RATE_LONG.get(unit or "", unit)) in ("clock", "calendar")


def per_period(unit: str | None) -> str | None:
    """The amount unit of a rate read as an amount per period or per measure ("USD/month" -> "USD",
    "day/year" -> "day", "t/ha" -> "t"), None for any other unit; bandwidth ("GB/s") is a unit of
    its own."""
    if not unit or "/" not in unit or unit in UNIT_IS_MEASURE and unit.partition("/")[0] not in CURRENCIES:
        return None   # (a price per litre, "ppl", is still a sum per a measure)
    return _rate_parts(unit)[0]


def per_unit(unit: str | None) -> str | None:
    """The unit a rate is per ("USD/month" -> "month", "km/h" -> "hour", "t/ha" -> "ha"), None
    for any other unit; bandwidth ("GB/s") is a unit of its own."""
    return _rate_parts(unit)[1] if per_period(unit) is not None else None


def amount_unit(unit: str | None) -> str:
    """The unit of a rate's amount ("GBP/month": GBP, "km/h": km); any other unit as it is; "" for none."""
    return (unit or "").partition("/")[0]


def denominator(unit: str | None) -> str | None:
    """What a rate's unit is per, a period by its long name ("GBP/h": hour, "mg/kg": kg); None for a unit
    that is no rate."""
    return per_unit(unit) or (unit.rpartition("/")[2] if unit and "/" in unit else None)


def _rate_parts(unit: str) -> tuple[str, str]:
    """A rate's amount unit and time unit: "USD/day" -> ("USD", "day"), "km/h" -> ("km", "hour")."""
    amount, _, per = unit.rpartition("/")
    return amount, period_name(per)


def read_rate(text: str, pos: int) -> tuple[str, int] | None:
    """A denominator: of time ("GB/s", "GPUs per quarter", "$5 a month"; "second" is written "s"),
    or of a measure of length, area, mass or volume ("5.2 t/ha", "150 plants per square metre",
    "$3.50 per tonne")."""
    m = _RATE_RE.match(text, pos)
    if m:
        t = _TIME_UNITS[m.group("t").casefold()]
        return _RATE_SHORT.get(t, t), m.end()
    m = _ADVERB_RATE_RE.match(text, pos)
    if m:
        t = _PERIOD_ADVERBS[m.group("t")]
        return _RATE_SHORT.get(t, t), m.end()
    for rx, table, fold in ((_PER_SYMBOL_RE, _DENOMINATOR_SYMBOLS, False), (_PER_WORD_RE, _DENOMINATOR_WORDS, True)):
        m = rx.match(text, pos)
        if m:
            surface = _WS_RE.sub(" ", m.group("u"))
            if m.group("sep").strip() != "/" and not fold and surface in _GLUED_ONLY:
                continue   # "per m" may be anything; "t/ha" is tonnes per hectare
            return table[surface.casefold() if fold else surface], m.end()
    return None


def counted_period(text: str, pos: int) -> str | None:
    """The period of a rate over a count and a period at `pos` (`_COUNT_THEN_PERIOD_RE`): "month"
    of "per seat per month". The caller keeps the words out of the amount's span, so that the
    count is still read as words ("per household" where the documents say "per person")."""
    m = _COUNT_THEN_PERIOD_RE.match(text, pos)
    if m is None:
        return None
    t = _TIME_UNITS[m.group("t").casefold()]
    return _RATE_SHORT.get(t, t)


# Minutes right after a spaced "h": a length written in two units ("4 h 25 min"), so the "h" is hours.
_MINUTES_AFTER_RE = re.compile(rf"{SEP}+[0-9]{{1,2}}{SEP}?(?:min|mins|minutes?)(?![^\W_])", re.IGNORECASE)


def _over(text: str, pos: int) -> bool:
    """A slash and a denominator right after a short symbol: "5.2 t/ha", "3 m/s" are units, though
    "t" and "m" alone after a space may be anything."""
    return text.startswith("/", pos) and read_rate(text, pos) is not None


# A share of a whole written in words ("half the rate", "a third of the staff"), 1 being the whole:
# the unit numbers.py gives it, which converts to "%" ("half" = 50%).
FRACTION = "fraction"

# Every canonical unit the tables produce (rates such as "GB/s" are composed at reading time).
CANONICAL_UNITS = frozenset(u for u, _ in (*_UNIT_SYMBOLS.values(), *_UNIT_WORDS.values())) | CURRENCIES | {FRACTION}


# Exact conversions between units of one dimension: (dimension, size in the dimension's base unit).
# Calendar units convert among themselves (12 months = 1 year) and clock units among themselves
# (7 days = 1 week), but not across: a month has no fixed number of days.
_CONVERSIONS: dict[str, tuple[str, float]] = {
    "ns": ("clock", 1e-9), "us": ("clock", 1e-6), "ms": ("clock", 1e-3), "second": ("clock", 1.0),
    "minute": ("clock", 60.0), "hour": ("clock", 3600.0), "day": ("clock", 86400.0), "week": ("clock", 604800.0),
    "month": ("calendar", 1.0), "quarter": ("calendar", 3.0), "year": ("calendar", 12.0),
    "decade": ("calendar", 120.0), "century": ("calendar", 1200.0),
    "nm": ("length", 1e-9), "um": ("length", 1e-6), "mm": ("length", 1e-3), "cm": ("length", 1e-2),
    "m": ("length", 1.0), "km": ("length", 1e3), "in": ("length", 0.0254), "ft": ("length", 0.3048),
    "mi": ("length", 1609.344), "yd": ("length", 0.9144), "fur": ("length", 201.168),   # a furlong is 220 yards
    "ng": ("mass", 1e-12), "ug": ("mass", 1e-9), "mg": ("mass", 1e-6), "g": ("mass", 1e-3), "kg": ("mass", 1.0),
    "t": ("mass", 1e3), "lb": ("mass", 0.45359237), "oz": ("mass", 0.028349523125), "st": ("mass", 6.35029318),
    "ul": ("volume", 1e-6), "ml": ("volume", 1e-3), "cm3": ("volume", 1e-3), "cl": ("volume", 1e-2),
    "dl": ("volume", 1e-1), "l": ("volume", 1.0), "m3": ("volume", 1e3),
    # the international inch (25.4 mm), foot and yard, cubed
    "in3": ("volume", 0.016387064), "ft3": ("volume", 28.316846592), "yd3": ("volume", 764.554857984),
    # a multiple is a share of the same base: "ten times the cleaning price" is 1,000% of it
    "%": ("ratio", 1e-2), FRACTION: ("ratio", 1.0), "x": ("ratio", 1.0),
    "mm2": ("area", 1e-6), "cm2": ("area", 1e-4), "m2": ("area", 1.0), "km2": ("area", 1e6), "ha": ("area", 1e4),
    "acre": ("area", 4046.8564224), "ft2": ("area", 0.09290304), "mi2": ("area", 2589988.110336),
    "in2": ("area", 0.00064516), "yd2": ("area", 0.83612736),
    # pressure in pascals, by definition (psi from the pound and the inch, mmHg as the standard
    # defines it); energy in joules (the thermochemical calorie, the one food labels use)
    "Pa": ("pressure", 1.0), "hPa": ("pressure", 1e2), "mbar": ("pressure", 1e2), "kPa": ("pressure", 1e3),
    "bar": ("pressure", 1e5), "MPa": ("pressure", 1e6), "GPa": ("pressure", 1e9),
    "psi": ("pressure", 6894.757293168361), "atm": ("pressure", 101325.0), "mmHg": ("pressure", 133.322387415),
    "J": ("energy", 1.0), "kJ": ("energy", 1e3), "MJ": ("energy", 1e6), "GJ": ("energy", 1e9),
    "kcal": ("energy", 4184.0), "Wh": ("energy", 3600.0),
    # a price per unit of energy names its unit as written ("62p per kWh"): a denominator of its own
    "kWh": ("energy", 3600.0 * 1e3), "MWh": ("energy", 3600.0 * 1e6),
    "W": ("power", 1.0),
    # torque in newton metres (from the pound-force and the inch or foot); US and imperial liquid
    # measures by their definitions in litres; the nautical mile is 1,852 m
    "N·m": ("torque", 1.0), "in-lb": ("torque", 0.112984829027617), "ft-lb": ("torque", 1.3558179483314),
    "qt_us": ("volume", 0.946352946), "pt_us": ("volume", 0.473176473), "gal_us": ("volume", 3.785411784),
    "qt_imp": ("volume", 1.1365225), "pt_imp": ("volume", 0.56826125), "gal_imp": ("volume", 4.54609),
    "nmi": ("length", 1852.0),
}
# A night, as a length of stay, is a day: "14 nights" in a period is "two weeks" of it.
_CONVERSIONS["night"] = ("clock", _CONVERSIONS["day"][1])
# The units a rate can be per besides time ("t/ha", "per square metre", "per tonne"): those of the
# tables that measure a length, an area, a mass or a volume, as written (no prefix family).
_DENOMINATOR_DIMENSIONS = ("length", "area", "mass", "volume")
_DENOMINATOR_SYMBOLS = {k: u for k, (u, f) in _UNIT_SYMBOLS.items()
                        if f == 1 and _CONVERSIONS.get(u, ("",))[0] in _DENOMINATOR_DIMENSIONS}
_DENOMINATOR_WORDS = {k: u for k, (u, f) in _UNIT_WORDS.items()
                      if f == 1 and _CONVERSIONS.get(u, ("",))[0] in _DENOMINATOR_DIMENSIONS}
# The symbols of energy and power ("kWh", "MW"): units, never names, even alone ("each kWh you use").
ENERGY_SYMBOLS = frozenset({"Wh", "kWh", "MWh", "GWh", "TWh", "kW", "MW", "GW"})
# energy, as electricity is priced ("62p per kWh", "62 pence for each kilowatt hour"): the
# denominator keeps its own prefix, the symbol it is priced by
_DENOMINATOR_SYMBOLS.update({u: u for u in ("Wh", "kWh", "MWh")})
_DENOMINATOR_WORDS.update({f"{p}watt{sep}hour{n}": f"{s}Wh" for p, s in (("", ""), ("kilo", "k"), ("mega", "M"))
                           for sep in ("-", " ") for n in ("", "s")})
_PER_SYMBOL_RE = re.compile(
    rf"(?P<sep>{SEP}*/{SEP}*|{SEP}+per{SEP}+)(?P<u>{_alternation(_DENOMINATOR_SYMBOLS)})(?![^\W_])")
_PER_WORD_RE = re.compile(
    rf"(?P<sep>{SEP}+(?:per|an?|(?:for{SEP}+)?(?:each|every)){SEP}+)"
    rf"(?P<u>{_alternation(_DENOMINATOR_WORDS).replace(chr(92) + ' ', SEP + '+')})(?![^\W_])",
    re.IGNORECASE,
)


# The currencies of the tables whose minor unit is the cent (a hundredth): "38 cents" is €0.38 or
# $0.38, and no amount in pounds, yen, yuan or rupees. A small closed class, like the currencies.
_CENT_CURRENCIES = frozenset({"USD", "EUR"})


# The lengths on the scale of a nautical mile, which "nm" beside one of them is (`convert`).
_SEA_SCALE = frozenset({"m", "km", "ft", "mi", "nmi"})


def dimension(unit: str | None) -> str | None:
    """The dimension a unit measures ("clock", "calendar", "length", "mass", "volume", "ratio",
    "temperature")."""
    if unit in ("degC", "degF"):
        return "temperature"
    if unit and "/" in unit:   # a rate: "mg/day" is mass per clock time
        amount, per = (dimension(u) for u in _rate_parts(unit))
        return f"{amount}/{per}" if amount and per else None
    found = _CONVERSIONS.get(unit or "")
    return found[0] if found else None


def convert(value: float, unit: str | None, to: str | None) -> float | None:
    """`value` in `unit` expressed in `to`; None when the two do not convert exactly (a bare number,
    unit None, converts only to itself)."""
    if unit == to:
        return value
    if not unit or not to:
        return None
    if {unit, to} == {"degC", "degF"}:
        return value * 9 / 5 + 32 if to == "degF" else (value - 32) * 5 / 9
    if "/" in unit and "/" in to:   # rates: the amount converts, and the time it is per ("$1 a day" = "$7 a week")
        (amount, per), (amount_to, per_to) = _rate_parts(unit), _rate_parts(to)
        value_to, base = convert(value, amount, amount_to), convert(1.0, per_to, per)
        return None if value_to is None or base is None else value_to * base
    if {unit, to} == {"nm", "nmi"}:   # "nm" is the nautical mile's symbol too: beside nautical miles, it is one
        return value
    if "nm" in (unit, to) and {unit, to} & _SEA_SCALE:
        # nor is a nanometre ever put beside a distance in metres, kilometres, feet or miles: there
        # "nm" is the nautical mile ("1.5 nm", about 2.8 km)
        return convert(value, "nmi" if unit == "nm" else unit, "nmi" if to == "nm" else to)
    if unit == "cent" and to in _CENT_CURRENCIES:
        return value / 100
    if to == "cent" and unit in _CENT_CURRENCIES:
        return value * 100
    a, b = _CONVERSIONS.get(unit), _CONVERSIONS.get(to)
    if a is None or b is None or a[0] != b[0]:
        return None
    return value * a[1] / b[1]
