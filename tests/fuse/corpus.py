"""A small corpus written for the fusion tests: one air strike told by four outlets in their own
words and figures, and three events that look like it but are distinct."""

from sitrep.model import Article

# Tuesday 17 November 2026, Saraqib (Idlib): four outlets, four wordings, four figures.
SAME_STRIKE = [
    Article(
        text=(
            "Russian warplanes bombed a crowded market in Saraqib in Idlib province on Tuesday, "
            "killing 12 civilians, according to the Syrian Observatory for Human Rights. Rescue "
            "workers said the death toll could rise as they searched the rubble."
        ),
        published="2026-11-17", source="Levant Wire", title="Air strike on Saraqib market",
    ),
    Article(
        text=(
            "At least 15 people were killed in Saraqib on Tuesday morning when Russian jets hit the "
            "town's main market, local officials said. Shops and a mosque were destroyed in the "
            "town, which lies south of Aleppo."
        ),
        published="2026-11-18", source="Gulf Daily", title="Dozens of shops destroyed",
    ),
    Article(
        text=(
            "An air strike by Russian aircraft killed 14 civilians in Saraqib on November 17, "
            "medics told our correspondent. Residents described a scene of chaos as ambulances "
            "ferried the wounded to hospitals near the Turkish border."
        ),
        published="2026-11-18", source="Frontline Monitor", title="Civilians killed in Saraqib",
    ),
    Article(
        text=(
            "The White Helmets civil defence group said on Wednesday that an airstrike by the "
            "Russian air force in Saraqib on Tuesday had killed up to 20 people, most of them "
            "shoppers."
        ),
        published="2026-11-18", source="Northern Post", title="Saraqib strike toll disputed",
    ),
]

LOOK_ALIKES = [
    # the same kind of strike on the same day, in another town 40 km away
    Article(
        text=(
            "Russian warplanes bombed a crowded market in Jisr al-Shughur on Tuesday, killing nine "
            "civilians, according to the Syrian Observatory for Human Rights."
        ),
        published="2026-11-17", source="Levant Wire", title="Air strike on Jisr al-Shughur",
    ),
    # the same town a week later
    Article(
        text=(
            "Russian jets bombed the market in Saraqib again on Wednesday, killing six civilians, "
            "local officials said."
        ),
        published="2026-11-25", source="Gulf Daily", title="Saraqib hit again",
    ),
    # the same day and town, another kind of event
    Article(
        text=(
            "Hundreds of residents protested in Saraqib on Tuesday against the closure of the "
            "border crossing, organisers said."
        ),
        published="2026-11-17", source="Northern Post", title="Protest in Saraqib",
    ),
]
