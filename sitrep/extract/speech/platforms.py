"""Where a statement was made: a social network, a TV channel, a press conference, a written
statement. Looked for in the attribution (the words around the quote), never inside the quote."""

from __future__ import annotations

import re

TV_CHANNELS = (
    "Al Jazeera", "Al-Jazeera", "Al Arabiya", "Al-Arabiya", "Al Mayadeen", "Al-Mayadeen", "Al-Manar",
    "Al Manar", "Al Hadath", "Sky News", "CNN", "BBC", "Fox News", "France 24", "RT", "MSNBC", "NBC",
    "CBS", "ABC", "Channel 12", "Channel 13", "Kan", "TRT", "Rudaw", "Kurdistan 24", "Press TV",
    "Al-Masirah", "Al Masirah", "Russia 24", "Rossiya 1", "PBS", "CNBC",
)
_TV = "|".join(re.escape(name) for name in sorted(TV_CHANNELS, key=len, reverse=True))
PLATFORMS: tuple[tuple[re.Pattern[str], str | None], ...] = (
    (re.compile(r"\b(?:on|via|to) (?:the )?(?:social media )?(?:platform )?X\b(?!-)|\bon Twitter\b|"
                r"\btweet(?:s|ed|ing)?\b|\bX post\b|\bpost(?:ed)? on X\b"), "X/Twitter"),
    (re.compile(r"\bTwitter\b"), "X/Twitter"),
    (re.compile(r"\bTelegram\b"), "Telegram"),
    (re.compile(r"\bFacebook\b"), "Facebook"),
    (re.compile(r"\bInstagram\b"), "Instagram"),
    (re.compile(r"\bYouTube\b"), "YouTube"),
    (re.compile(r"\bTruth Social\b"), "Truth Social"),
    (re.compile(rf"\b(?:{_TV})(?![\w-])"), None),  # the channel's own name
    (re.compile(r"\b(?:press|news) conference\b|\b(?:press |news )?briefing\b|"
                r"\btold (?:a )?(?:reporters|journalists)\b", re.I), "press conference"),
    (re.compile(r"\b(?:(?:written|official|joint|short|brief) statement|statement (?:posted|"
                r"published|issued|released)|(?:a|in a|in its|in their|in his|in her) statement|"
                r"communiqu[eé]|press release|\bstatement\b(?= (?:said|read|added|on)))", re.I),
     "written statement"),
    (re.compile(r"\b(?:televised (?:address|speech)|state (?:TV|television)|on (?:television|TV)|"
                r"television (?:address|interview|speech))\b", re.I), "television"),
    (re.compile(r"\bradio\b", re.I), "radio"),
    (re.compile(r"\binterview\b", re.I), "interview"),
    (re.compile(r"\b(?:speech|address(?:ing)?|rally|sermon)\b", re.I), "speech"),
)


def platform_of(text: str) -> str | None:
    """The platform the attribution ``text`` names, first match in the order above."""
    for pattern, name in PLATFORMS:
        found = pattern.search(text)
        if found:
            return name or found.group(0)
    return None
