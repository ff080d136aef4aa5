"""Telling site furniture from article text, line by line; pure functions used by the ingest stage.

No list of known furniture lines: a line is judged by its shape (length, share of stopwords,
sentence ending, script, separators), by its neighbours (a run of short lines is a menu, a short
line between two paragraphs a subhead), and by how many articles of the corpus print it
(CCNet/C4-style: the corpus-wide counts come from a separate pass, `line_fingerprints`).
"""

from __future__ import annotations

import functools
import hashlib
import itertools
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from typing import Final

from pipeline.config import BoilerplateConfig

# English function words: prose has many (a third of its words), menus and keyword lists next to none.
_STOPWORD_TEXT: Final = """
a about above after again against all also am an and any are as at be because been before being below between
both but by can could did do does doing down during each few for from further had has have having he her here
hers herself him himself his how i if in into is it its itself just me more most my myself no nor not now of
off on once only or other our ours ourselves out over own said same says she should so some such than that the
their theirs them themselves then there these they this those through to too under until up very was we were
what when where which while who whom why will with would you your yours yourself yourselves told according
"""
STOPWORDS: Final = frozenset(_STOPWORD_TEXT.split())

AD_MARKER: Final = re.compile(r"^\s*\[\s*ad[_ ]?\d*\s*\]\s*$", re.IGNORECASE)
# Ends like a sentence: full stop, ! or ?, possibly inside a closing quote or bracket; not "...".
_SENTENCE_END: Final = re.compile(r"(?<!\.\.)(?<!…)[.!?][\"”’')\]]*$")
_WORD: Final = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_ASCII_RUN: Final = re.compile(r"[\x00-\x7f]+")
# Credits and captions' sources: "Photo: …", "Image by …", "Icon: …", "Source: …".
_CREDIT: Final = re.compile(
    r"^(?:(?:main|top|lead|header) )?(?:photo|image|picture|pic|video|icon|illustration|graphic|credit|caption|source|foto|file photo)s?"
    r"(?:\s+(?:by|credit|source))?\s*[:/©|-]", re.IGNORECASE)
# Footers, whatever the site: legal lines are furniture up to 25 words ...
_FOOTER_ANYWHERE: Final = re.compile(
    r"©|all rights reserved|privacy policy|cookie policy|we use cookies|terms of (?:use|service)|"
    # (a site's appeals, in words no story uses: "Get the latest news delivered to your inbox",
    # "Follow BBC East Midlands on Facebook, on X and on Instagram", "Send your story ideas to …",
    # "Did you find this article useful? Subscribe …", "Consider supporting the Kyiv Independent.")
    r"\bdelivered (?:straight )?to your inbox\b|\bon facebook, (?:on )?(?:x|twitter|instagram)\b|\bsend your story ideas\b|"
    r"\bdid you find this (?:article|story) useful\b|\bconsider supporting\b|\bsupport (?:our |truly )?independent journalism\b|"
    r"\bsupport our journalism\b|"
    # ("Join our WhatsApp channel for …", "Sign up to our free Indy Arts newsletter", "Never miss a
    # story — sign up for PEOPLE's free daily newsletter …", WordPress's comment form)
    r"\bjoin our (?:whatsapp|telegram) (?:channel|community|group)\b|"
    r"\bsign(?:ing)? up (?:to|for) (?:our|\w+['’]s) (?:free )?(?:[\w-]+ ){0,3}newsletters?\b|"
    r"\byour email address will not be published\b|\bevery contribution counts\b|"
    # (Reach's "Do you have a story to share? Email us at …", "Got a story? Contact us at …",
    # "Get the latest Nottinghamshire news straight to your inbox")
    r"\b(?:got|have) a story(?: to share)?\?\s*(?:e-?mail|contact|call|get in touch)\b|\bstraight to your inbox\b|"
    # (an app's appeal, a site's newsletter or membership: "Keep up to date … by downloading the
    # FRANCE 24 app", "Subscribe to our newsletter", "Log in | Become a Member")
    r"\bby downloading (?:the|our) [\w ]{1,30} app\b|\bdownload (?:the|our) (?:free )?[\w ]{1,30} app\b|"
    r"\bsubscribe to our (?:free )?(?:[\w-]+ ){0,2}newsletters?\b|\bbecome a (?:member|subscriber|supporter)\b|"
    # (a tip line's appeal: CNBC's "Got a confidential news tip? We want to hear from you.",
    # Bloomberg's "Have a confidential tip for our reporters? Get in touch")
    r"\b(?:got|have) a confidential (?:news )?tip(?: for our reporters)?\?|"
    # (Bloomberg's advertisement for its terminal)
    r"\bbefore it['’]s here, it['’]s on the bloomberg terminal\b|"
    # (The Conversation's: "This article is republished from The Conversation under a Creative
    # Commons license.", "Republish our articles for free …", "Please consider a donation today.",
    # "Write an article and join a growing community of academics …", an author's disclosure of
    # no interests, a partner's line; a disclosure of funding goes with its label: `linked_headlines`)
    r"\brepublished from\b.{0,60}\bcreative commons licen[cs]e\b|\brepublish our articles\b|\bplease consider (?:a donation|donating|a gift)\b|"
    r"\bwrite an article and join a growing community\b|"
    r"\bdoes not work for, consult, own shares in\b|\bprovides funding as (?:a )?(?:founding )?(?:member|partner) of\b|"
    # (a press release's source and a citation: "Materials provided by University of Otago. Note:
    # Content may be edited for style and length.", "… ScienceDaily, 7 December 2026.
    # <www.sciencedaily.com/releases/…>", "… Nature Food, 2026; DOI: 10.1038/…")
    # (a paywall's: "Unlock this article by subscribing to STAT+ and enjoy your first 30 days free!")
    r"\bunlock (?:this|the full) (?:article|story)\b|\benjoy your first \d+ days free\b|"
    r"\bmaterials provided by\b|\bcontent may be edited for style and length\b|<www\.[^<>\s]+>\.?$|\bdoi:\s*10\.\d{4,}/", re.IGNORECASE)
# Words one of which every match of `_FOOTER_ANYWHERE` holds, in lower case: the pattern's thirty
# alternatives, tried at every character of a line, took 80 µs a line, and most lines hold none.
_FOOTER_WORDS: Final = ("©", "all rights reserved", "privacy policy", "cookie policy", "we use cookies", "terms of ", "to your inbox",
                        "on facebook,", "send your story ideas", "did you find this", "consider supporting", "independent journalism",
                        "support our journalism", "join our ", "newsletter", "will not be published", "every contribution counts",
                        "a story", "download", "become a ", "confidential", "bloomberg terminal", "creative commons", "republish our",
                        "please consider", "write an article", "unlock ", "days free", "does not work for", "provides funding",
                        "materials provided by", "edited for style", "<www.", "doi:")
# ... and the footers known by how the line opens.
_FOOTER_AT_START: Final = re.compile(
    r"\s*(?:write to|email|contact)\b.*\S@\S|"  # (the reporter's address: "Write to Ann Lee at ann.lee@…")
    r"\s*our standards\s*:|"  # (Reuters' "Our Standards: The Thomson Reuters Trust Principles.")
    # (a read-time label)
    r"\s*(?:estimated )?read(?:ing)? time\s*:|\s*\d+\s*min(?:ute)?s?\.?(?:\s+read(?:ing)?(?: time)?)?\s*$|"
    # (an editor's note on a developing story, a machine translation's credit: "Translated from
    # German by DeepL/mga")
    r"\s*\S+\+ exclusive story\s*$|"  # (a paywall's label: "STAT+ Exclusive Story")
    # (a reprint's and an update's notes: "This story was originally published by …", "Update: This
    # story has been updated with …")
    r"\s*this (?:story|article) was (?:originally|first) published\b|\s*update:\s*this (?:story|article) has been updated\b|"
    r"\s*(?:article|story) (?:amended|updated|corrected) on \d{1,2} \w+ \d{4}\s*$|"  # ("Article amended on 9 December 2026")
    r"\s*editor['’]s note\s*:\s*this (?:is a developing|story|article)|\s*translated from \w+ by\b|"
    # (a wire story's note of what its new version changed: "(Updates with analyst comment in ninth
    # paragraph.)", "(Adds quotes from minister, paragraphs 4-6)")
    r"\s*\((?:updates|adds|recasts|corrects|refiles|rewrites|changes dateline)\b[^()]{0,120}\)\s*$|"
    r"(?:\s*share (?:on|via) (?:facebook|x|twitter|email|whatsapp|linkedin|telegram|reddit))+(?:\s*copy link)?\s*$|"
    # (an embedded post's signature: "— Bartlomiej Zurawski (@BZurawski) December 2, 2026")
    r"\s*[—–-]\s*[^()]{1,60}\(@\w{1,30}\)\s+\w+\.? \d{1,2}, \d{4}\s*$", re.IGNORECASE)


def _is_footer(line: str) -> bool:
    """Whether a line is a legal line or a site's appeal (`_FOOTER_AT_START`, `_FOOTER_ANYWHERE`)."""
    if _FOOTER_AT_START.match(line) is not None:
        return True
    lowered = line.lower()
    return any(word in lowered for word in _FOOTER_WORDS) and _FOOTER_ANYWHERE.search(line) is not None
# A cookie banner says more than a footer: "We use cookies to improve your experience on our
# website. By continuing to browse, you agree to our use of cookies. Accept all cookies | …".
# (So does a broadcaster's acknowledgement of the land's owners: "ABC acknowledges Aboriginal and
# Torres Strait Islander peoples as the First Australians and Traditional Custodians …".)
_COOKIE_BANNER: Final = re.compile(r"\bwe use cookies\b|\bour use of cookies\b|\baccept all cookies\b|\bthis (?:web)?site uses cookies\b|"
                                   r"\backnowledges? (?:the )?(?:Aboriginal|Traditional (?:Owners|Custodians))\b|"
                                   # (a consent box's wording and its buttons: "… Euronews and our partners use
                                   # cookies to … AGREE | MORE OPTIONS", "Accept cookies … to watch this video")
                                   r"\bcookies\b.*\b(?:accept|agree|reject|manage|customi[sz]e|options|settings|ok)\b.*\||"
                                   r"\baccept cookies\b", re.IGNORECASE)
_COOKIE_BANNER_MAX_WORDS: Final = 60
# Wire copy's credits and the reporter's note at the end: "(Reporting by Ann Lee in Caracas;
# Editing by Tom Hale)", "Associated Press writer Ellen Ortiz in Albany contributed to this
# report.", "Tom Reyes covers education for the Herald. Reach him at 555-0142." (up to 60 words).
# They stay in the text, as the byline does (the article as printed, and the offsets of a
# corpus annotated on it), but name no one the article is about (`credit_line_spans`).
_CREDIT_LINE: Final = re.compile(
    r"^\s*\(\s*(?:additional )?(?:reporting|writing|editing|compiled|graphics?) by\b[^()]*\)\.?\s*$|"
    r"^\s*(?:additional )?reporting by\b[^.]*;\s*(?:additional reporting|editing|writing) by\b|"
    r"^\s*[-–—]+\s*(?:additional )?(?:editing|reporting|writing) by\b|"  # (Law360's "--Editing by Nicole Pryor.")
    r"\bcontributed (?:to this (?:report|story|article)|reporting)\b|"
    r"(?:^\s*|[.!?]\s+)(?:reach|contact|email|e-mail) (?:him|her|me) (?:at|on|via)\s+(?:[\w.+-]+@|\(?\d)|"
    r"^[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2} (?:covers|writes about|reports on)\b.*[\w.+-]+@[\w-]+\.\w|"
    # ("Hallie Bowcutt covers education … for KSL.com.", "Contributing: Marcus Feld, KSL-TV", "She
    # can be reached at olivia.desrochers@cbc.ca.")
    r"^[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2} (?:covers|writes about|reports on)\b[^.]* for (?-i:[A-Z])[\w.'’ -]{1,40}\.$|"
    r"^\s*contributing\s*:|\bcan be reached (?:at|on|via)\s+(?:[\w.+-]+@|\(?\d)|"
    # (a reporter's note and biography at the story's end: "Stanisław Ząbek is a journalist at Notes
    # from Poland. …", "Hi, this is Olena Hrytsenko. I wrote this article …")
    r"^[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2} is an? (?:[\w-]+ ){0,3}(?:journalist|reporter|editor|correspondent|writer|columnist)\b|"
    r"\bI wrote this (?:article|story)\b", re.IGNORECASE)
_CREDIT_LINE_MAX_WORDS: Final = 60  # (a reporter's appeal for members runs to 45: "Hi, this is … I wrote this article …")
# Credits stand among the last lines of a story.
_CREDIT_LINES_FROM_END: Final = 8
# ... calls to action only as short lines ("Sign up for our newsletter"): a sentence about
# a copyright case or a newsletter is news.
_CALL_TO_ACTION: Final = re.compile(
    r"\bcopyright\b|\bsubscribe\b|\bnewsletter\b|\bsign up\b|\bfollow us\b|\bshare (?:this|on)\b|\bread more\b|"
    r"\bclick here\b|\badvertisement\b|\bcontinues? below\b|\bcontinue reading\b|\bnews email\b|"
    # (a cookie banner's wording, not any line about cookies: "They're also serving cookies.")
    r"\b(?:accept|allow|manage|reject|block|uses?|using)\b[^.]{0,30}\bcookies?\b|\bcookies? (?:settings|preferences|consent|notice)\b",
    re.IGNORECASE)
_CALL_TO_ACTION_MAX_WORDS: Final = 8
# The words that open a picture's credit in a caption.
_CREDIT_WORDS = r"(?:image|photo|picture|pic|photograph|photographer|credit)s?"
# A caption ends in its picture's credit: "Tesco said the closures … (Image: Getty)".
_CAPTION_CREDIT: Final = re.compile(rf"\({_CREDIT_WORDS}\s*:\s*[^()]{{1,60}}\)\s*$", re.IGNORECASE)
# ... or gives it after its last sentence: "The procession at the town hall. Image: Genium."
_CREDIT_AFTER_SENTENCE: Final = re.compile(rf"[.;]\s+{_CREDIT_WORDS}\s*:", re.IGNORECASE)
# ... as the line's end: "… in Anstruther in 2011. Photograph: Euan Kerr", "… on Tuesday. Photo by
# Nadia Thompson", or the photographer and paper in brackets: "… on Saturday. (Marcus
# Dillard/Courier)", "(AP Photo/Evan Vucci)".
_CREDIT_ENDING_CAPTION: Final = re.compile(
    rf"[.;!?]\s+{_CREDIT_WORDS}(?:\s*:|\s+by\b)\s*[^.;!?:]{{1,60}}$|"
    r"[.;!?]\s+\(\s*(?:[A-Z][\w.'’&-]*\s*){1,5}(?:/|\s[-–]\s)\s*(?:[A-Z][\w.'’&-]*\s*){1,5}\)$|"
    # (Kyodo's "… on Nov. 19, 2026. (Kyodo) ==Kyodo")
    r"[.;!?]\s+\([A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,2}\)\s*==\s*\w+$|"
    # (no full stop before the credit: the Sun's "… on Saturday Credit: Getty", a picture agency
    # in brackets, "… at Glastonbury in 1997 (Getty Images)")
    r"[^.;!?:]\s(?-i:Credit|Picture|Photo|Photograph|Image)s?:\s*[^.;!?:]{1,40}$|"
    # (who took or gave the picture, in brackets after the caption's sentence: "(Submitted by Wesley
    # Keesick)", "(Hallie Bowcutt, KSL.com)", "(ABC North Coast: Jess Tuohy)")
    r"[.;!?]\s+\((?:submitted|supplied|provided) by [^()]{1,50}\)$|[.;!?]\s+\((?:supplied|courtesy(?: of [^()]{1,50})?)\)$|"
    r"[.;!?]\s+\((?-i:[A-Z])[\w.'’ -]{1,40},\s*[\w-]+\.(?:com|org|net|ca|co\.uk|com\.au|ie)\)$|"
    r"[.;!?]\s+\((?:(?-i:[A-Z])[\w.'’&-]*\s+){0,3}(?-i:[A-Z])[\w.'’&-]*:\s*(?:(?-i:[A-Z])[\w.'’-]*\s*){1,4}\)$|"
    # (a picture's credit in brackets, "(Photo by Shinji Kamata)"; a wire picture's, "… in a file
    # photo. REUTERS/Nora Lindqvist/File Photo")
    r"[.;!?]\s+\((?:photo|picture|image)s? by [^()]{1,50}\)$|[.;!?]\s+(?-i:REUTERS|AFP|AP)/[^.;!?]{1,60}$|"
    # (the photographer's name alone in brackets, as The Hill prints it: "… on Tuesday. (Annabel Reyes)")
    r"[.;!?]\s+\((?-i:[A-Z])[\w'’-]+(?: (?-i:[A-Z])[\w'’-]+){1,2}\)$|"
    r"\((?:[\w.'’&-]+\s*/\s*)?(?:Getty(?:\s+Images)?|Shutterstock|Alamy|PA(?:\s+(?:Wire|Media|Images))?|EPA(?:-EFE)?|"
    r"AP\s+Photo(?:/[\w .'’-]+)?|Reuters(?:/[\w .'’-]+)?|AFP(?:\s+via\s+Getty\s+Images)?)\)$", re.IGNORECASE)
# The BBC's caption and picture source lines: "Image caption, Harriet Cole is …", "Media caption, Watch: …".
_CAPTION_LABEL: Final = re.compile(r"^(?:image|media|video) (?:caption|source)s?\s*[,:]", re.IGNORECASE)
_CAPTION_MAX_WORDS: Final = 40
# A reporter's role on a line of its own under the byline: "BBC Sport tennis reporter at Queen's
# Club", "Health editor", "Te Ao Māori Reporter".
_REPORTER_ROLE: Final = re.compile(r"^(?:[\w'’&-]+\s+){0,4}(?:correspondent|editor|reporter|writer|columnist|journalist)s?"
                                   r"(?:\s+(?:at|in|for)\s+(?:the\s+)?(?-i:[A-Z])[^.!?:;]{0,40})?$", re.IGNORECASE)
_REPORTER_ROLE_MAX_WORDS: Final = 10
# A site's navigation, one label a line: "Menu", "Search", "Sign in".
# ("Skip to content", "Skip to main menu" and the like: any short line opening with "skip to")
_NAVIGATION_LABELS: Final = frozenset({
    "menu", "search", "sign in", "log in", "login", "register", "subscribe", "account", "my account", "open menu", "close menu",
    "toggle navigation", "navigation", "social sharing", "about the author", "advertising", "note from the author",
    "note from the author:", "author thumbnail", "popular stories", "share this article", "comments", "share", "manage my choices",
    "skip navigation", "sign up", "create free account", "create account", "create a free account", "my news", "sign out", "log out",
    "listen", "listen to this article", "gift article", "gift this article", "print subscriptions", "search jobs", "newsletters",
    "free trial", "prev next", "save", "full story", "story source:", "cite this page:", "journal reference:", "disclosure statement",
    "republish this article", "want to write?", "register now", "donate", "before you go...", "before you go", "related terms",
    "related stories", "explore more", "get started", "report a typo", "take us with you"})
# The link of a site's logo, read out: "The Guardian - Back to home" (the site's name before it).
BACK_TO_HOME: Final = re.compile(r"^(\S.{0,40}?)\s+[-–—|]\s+back to (?:the )?home(?:page)?$", re.IGNORECASE)
# A link to the comments with their count.
_COMMENT_COUNT: Final = re.compile(r"comments?\s*\(?\d[\d,.]*k?\)?")
# Wire copy reprinted unedited says so in a line of its own ("(This story has not been edited by
# our staff and is auto-generated from a syndicated feed.)"); it can run to 30 words.
_SYNDICATION: Final = re.compile(r"\bfrom a syndicated (?:news )?feed\b", re.IGNORECASE)
_SYNDICATION_MAX_WORDS: Final = 30
# Links to other stories under a label: "Also Read: Wheat prices surge in Punjab", "Related: What
# happens if …?", "MORE: …" (a headline after the label, not a sentence of the article's).
_LINK_LABELS = r"also read|read also|read more|related(?: stories| articles)?|see also|recommended|don't miss|must read|" \
    r"you (?:may|might) (?:also )?like"
_STORY_LINK: Final = re.compile(rf"^(?:{_LINK_LABELS}|more)\s*[:|]\s*\S", re.IGNORECASE)
_STORY_LINK_MAX_WORDS: Final = 20
# ... or on the lines under a label of their own: "Read also", "You may like", "Related coverage:",
# "READ MORE SPORT STORIES", "Related stories from TheWrap:", "Popular on Variety".
_STORY_LINKS_LABEL: Final = re.compile(
    rf"^(?:{_LINK_LABELS}|read more [\w ]{{1,30}}|related(?: stories| articles| coverage| posts| content| news)?(?: from [\w .'’-]{{1,30}})?|"
    r"recommended for you|more (?:stories|news|from [\w .'’-]{1,30})|popular on [\w .'’-]{1,30}|trending(?: now)?|"
    r"latest (?:news|stories)|related (?:keywords|topics|tags)|popular stories|most (?:read|popular|viewed|shared)(?: (?:from|on) [\w .'’-]{1,30})?)"
    r"\s*:?$", re.IGNORECASE)
# A summary box that the page lets a reader hide, from its label to the link that hides it: "Takeaways
# by Bloomberg AI" … "Hide Takeaways" (sentences that repeat the story's; without the closing link
# a box of "Key points" may be the story's own, and stays).
_SUMMARY_BOX_LABEL: Final = re.compile(r"^(?:key )?(?:takeaways|points|summary)(?: by [\w .'’-]{1,30})?\s*:?$", re.IGNORECASE)
_SUMMARY_BOX_END: Final = re.compile(r"^(?:hide|close|collapse) (?:the )?(?:key )?(?:takeaways|points|summary)$", re.IGNORECASE)
_SUMMARY_BOX_MAX_LINES: Final = 8
_DISCLOSURE_LABELS: Final = frozenset({"disclosure statement", "disclosure", "conflict of interest", "competing interests"})
_DISCLOSURE_MAX_WORDS: Final = 60
_STORY_LINKS_MAX_ITEMS: Final = 6
# List items ("- Raised the income-tax threshold", "• 30 dead") are article text inside the article.
BULLET: Final = re.compile(r"^\s*[-–•*·▪]\s+\S")
# A live blog's entry heading: the time it was posted ("9:40 p.m.", "14:05 GMT").
_ENTRY_TIME: Final = re.compile(r"^\d{1,2}(?:[:.] ?\d{2}\s*(?:[ap]\.?m\.?)?|\s*[ap]\.?m\.?)(?:\s+[A-Z]{2,4})?\.?$", re.IGNORECASE)
# Separators of menus and breadcrumbs ("Home | World | Europe", "News » Politics"), and of fields
# joined on one line of a page head ("By Ann Lee | Sept. 14, 2026").
# (a date may follow "|" unspaced: "Merve Yılmaz Ercan |18.11.2026 - 14:32 GMT+03")
SEPARATORS: Final = re.compile(r"\s[|•·»›>](?:\s|(?=\d))|\s/\s")
# Menus whose links the scrape joined with wide gaps: "Menu  Home  World  Politics  Business".
_WIDE_GAP: Final = re.compile(r"\s{2,}|\t")
_MENU_MIN_ITEMS: Final = 4
# A section's breadcrumb of two items: "Hong Kong / Health & Environment", "News › Politics" (not
# "|", which joins a headline to its site's name; each item a few capitalised words).
_BREADCRUMB: Final = re.compile(r"^[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|&)){0,2}\s[/»›>]\s[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|&)){0,2}$")


@functools.lru_cache(maxsize=256)
def words(line: str) -> tuple[str, ...]:
    """The words of a line (letters only; numbers and punctuation are not words)."""
    # Cached: cleaning asks for the words of one line up to five times (shape, title, language),
    # one article after another. Only a few articles' lines: 4,096 paragraphs' words held ~50 MB
    # in the run's process, copied into every forked worker's resident memory.
    return tuple(_WORD.findall(line))


def stopword_share(line: str) -> float:
    """Share of a line's words that are English stopwords."""
    return _stopword_share(words(line))


def _stopword_share(found: Sequence[str]) -> float:
    return sum(map(STOPWORDS.__contains__, map(str.lower, found))) / len(found) if found else 0.0


def is_prose(line: str, settings: BoilerplateConfig) -> bool:
    """A line of article text: long with stopwords, or a sentence of three words or more."""
    found = words(line)
    share = _stopword_share(found)
    if len(found) >= settings.prose_min_words and share >= settings.prose_min_stopword_share:
        return True
    return len(found) >= 3 and share > 0 and _SENTENCE_END.search(line.rstrip()) is not None


def latin_share(line: str) -> float:
    """Share of a line's letters that are Latin (1.0 for a line with no letters)."""
    if line.isascii():  # most lines of an English article: skip the per-letter look-ups
        return 1.0
    letters = [c for c in line if c.isalpha()]
    if not letters:
        return 1.0
    return sum(1 for c in letters if c < "\u0250" or "LATIN" in unicodedata.name(c, "")) / len(letters)


def is_non_latin(line: str) -> bool:
    """A line written mostly in another script (Armenian, Cyrillic, Arabic, …)."""
    if line.isascii():
        return False
    # Most non-ASCII lines of English news owe it to curly quotes, dashes or an accented name:
    # with no letter beyond Latin Extended among the non-ASCII characters, the line is Latin.
    beyond_latin = [c for c in _ASCII_RUN.sub("", line) if c >= "\u0250" and c.isalpha()]
    if not beyond_latin:
        return False
    return sum(1 for c in line if c.isalpha()) >= 2 and latin_share(line) < 0.5


# A wire picture's caption in a gallery: "[1/2] The logo of … REUTERS/… Purchase Licensing Rights,
# opens new tab", "Item 1 of 2 The courthouse …".
_GALLERY_CAPTION: Final = re.compile(r"(?:\[\d+/\d+\]|Item \d+ of \d+)\s+\S")  # (matched at the line's start)
_GALLERY_CAPTION_ENDS: Final = ("Purchase Licensing Rights", "Purchase Licensing Rights, opens new tab")
# A quote widget of tickers and their moves: "HLVS.O +14.2% | CRVN.O -2.1%", "BWH -18.40%".
_TICKER_MOVES: Final = re.compile(r"(?:[A-Z][A-Z0-9]{0,5}(?:\.[A-Z]{1,2})?\s+[+\-−–]?\d+(?:\.\d+)?%\s*(?:[|·]\s*)?)+")


def furniture_reason(line: str) -> str | None:
    """Why a line is furniture by its shape alone (credit, footer, link to another story, menu), else None."""
    n_words = len(words(line))
    stripped = line.strip()
    if _GALLERY_CAPTION.match(stripped) or stripped.endswith(_GALLERY_CAPTION_ENDS) or _TICKER_MOVES.fullmatch(stripped):
        return "credit"
    if (n_words <= 8 and _CREDIT.match(stripped)) or _CAPTION_CREDIT.search(line) or \
            (n_words <= _CAPTION_MAX_WORDS and (_CREDIT_ENDING_CAPTION.search(stripped) or _CAPTION_LABEL.match(stripped))):
        return "credit"
    label = stripped.casefold()
    if label in _NAVIGATION_LABELS or (n_words <= 6 and label.startswith("skip to ")) or BACK_TO_HOME.match(stripped):
        return "menu"
    if n_words <= 10 and "|" in label and all(item.strip() in _NAVIGATION_LABELS for item in label.split("|")):
        return "menu"  # ("Sign In | Create free account", "My News | Sign In | Register")
    if n_words <= 2 and _COMMENT_COUNT.fullmatch(label):
        return "menu"  # ("Comment 1,243", "Comments (58)")
    if n_words <= _REPORTER_ROLE_MAX_WORDS and _REPORTER_ROLE.match(stripped):
        return "byline"
    if (n_words <= 25 and _is_footer(line)) or (n_words <= _COOKIE_BANNER_MAX_WORDS and _COOKIE_BANNER.search(line)) or \
            (n_words <= _CALL_TO_ACTION_MAX_WORDS and _CALL_TO_ACTION.search(line)) or \
            (n_words <= _SYNDICATION_MAX_WORDS and _SYNDICATION.search(line)):
        return "footer"
    if n_words <= _STORY_LINK_MAX_WORDS and _STORY_LINK.match(stripped):
        return "link"
    if len(SEPARATORS.findall(line)) >= 2 and stopword_share(line) < 0.2:
        return "menu"
    if _is_gapped_menu(line) or _BREADCRUMB.match(stripped):
        return "menu"
    return None


def linked_headlines(lines: Sequence[str]) -> set[int]:
    """The headlines of other stories listed under a label of their own (`_STORY_LINKS_LABEL`),
    with the label: each up to 20 words and not ending in a full stop (the next paragraph of the
    story does); a summary box the reader can hide, with its label and closing link; and an author's
    disclosure under its label."""
    found: set[int] = set()
    for i, line in enumerate(lines):
        stripped = line.strip()  # (every line of every article passes here)
        if stripped.casefold() in _DISCLOSURE_LABELS:
            # (an author's disclosure under its label: "Disclosure statement" / "Marisol Quintero-Haas
            # receives funding from …", as The Conversation prints it)
            following = next((k for k in range(i + 1, min(len(lines), i + 3)) if lines[k].strip()), None)
            found.add(i)
            if following is not None and len(words(lines[following])) <= _DISCLOSURE_MAX_WORDS:
                found.add(following)
            continue
        if _SUMMARY_BOX_LABEL.match(stripped):
            end = next((k for k in range(i + 1, min(len(lines), i + 2 + _SUMMARY_BOX_MAX_LINES))
                        if _SUMMARY_BOX_END.match(lines[k].strip())), None)
            if end is not None:
                found.update(range(i, end + 1))
            continue
        if not _STORY_LINKS_LABEL.match(stripped):
            continue
        found.add(i)
        items = 0
        for k in range(i + 1, len(lines)):
            item = lines[k].strip()
            if not item:
                continue
            if items >= _STORY_LINKS_MAX_ITEMS or len(words(item)) > _STORY_LINK_MAX_WORDS or \
                    item.rstrip("\"”’')").endswith((".", ":", ";")) or BULLET.match(item):
                break
            found.add(k)
            items += 1
    return found


def is_credit_line(line: str) -> bool:
    """Whether a line credits the story's reporters or gives a reporter's contact (`_CREDIT_LINE`)."""
    return len(words(line)) <= _CREDIT_LINE_MAX_WORDS and _CREDIT_LINE.search(line) is not None


def credit_line_spans(text: str) -> list[tuple[int, int]]:
    """[start, end) of the credit lines among the last lines of `text` (`is_credit_line`)."""
    spans = []
    end, seen = len(text), 0
    credit_after = ""  # the credit line after this one, if the next line with words is one
    while end > 0 and seen < _CREDIT_LINES_FROM_END:
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if line.strip():
            seen += 1
            # (an author box: the reporter's name on a line of its own over the biography that
            # opens with it, "Olena Hrytsenko" over "Olena Hrytsenko is a news editor at …")
            # (or by the surname, the name in capitals: "MARISA KELLERMAN" over "Kellerman covers …")
            if is_credit_line(line) or (_NAME_ALONE.fullmatch(line.strip()) is not None and credit_after and (
                    credit_after.startswith(line.strip() + " ") or credit_after.startswith(line.split()[-1].capitalize() + " "))):
                spans.append((start, end))
                credit_after = line
            else:
                credit_after = ""
        end = start - 1
    return spans


# A name on a line of its own: two or three capitalised words.
_NAME_ALONE: Final = re.compile(r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2}")


def _is_gapped_menu(line: str) -> bool:
    """Four or more capitalised items of one to three words set apart by wide gaps, with no
    function word among them (a headline with one stray double space has two items), or of one or
    two words whatever they are ("Just In  Watch Live  Sport  Cricket")."""
    items = _WIDE_GAP.split(line.strip())
    return len(items) >= _MENU_MIN_ITEMS and all(item[:1].isupper() and len(item.split()) <= 3 for item in items) and (
        stopword_share(line) < 0.2 or all(len(item.split()) <= 2 for item in items))


def line_key(line: str) -> str:
    """A line compared across articles: lower case, digits as 0, punctuation and spacing ignored."""
    return _NON_WORD.sub(" ", _DIGIT.sub("0", line.lower())).strip()


_DIGIT: Final = re.compile(r"\d")
_NON_WORD: Final = re.compile(r"[\W_]+")


def line_fingerprint(line: str) -> int:
    """A stable 64-bit fingerprint of `line_key(line)` (counting strings would cost far more memory)."""
    return int.from_bytes(hashlib.blake2b(line_key(line).encode("utf-8"), digest_size=8).digest(), "big")


def line_fingerprints(lines: Iterable[str], max_words: int) -> set[int]:
    """The distinct fingerprints of a document's lines that could be furniture (not empty, at most `max_words` words)."""
    found: set[int] = set()
    for line in lines:
        n_words = len(words(line))
        if 0 < n_words <= max_words:
            found.add(line_fingerprint(line))
    return found


def frequent_fingerprints(document_counts: Mapping[int, int], min_documents: int) -> frozenset[int]:
    """The lines printed by at least `min_documents` documents (0 or less: none)."""
    if min_documents <= 0:
        return frozenset()
    return frozenset(key for key, count in document_counts.items() if count >= min_documents)


# A speaker's turn as Wikinews prints an interview: "((Ann Lee)) Correct." (a short answer is still one).
_INTERVIEW_TURN: Final = re.compile(r"^\(\([^()\n]{1,60}\)\)\s*\S")
_NAME_WORD: Final = r"(?:[A-Z][a-z]*(?:['’-][A-Z]?[a-z]+|[A-Z][a-z]+)*|[A-Z]\.)"  # ("Ann", "R.", "O'Neill", "LeAnn", "Fraga-Rosenfeld")
# A reader's letter signed under it: the writer's name, then the town ("Ann Lee." / "Leeds, W. Yorks.").
_SIGNATURE_NAME: Final = re.compile(rf"^{_NAME_WORD}(?: {_NAME_WORD}){{1,3}}\.$")
_SIGNATURE_PLACE: Final = re.compile(r"^[A-Z][a-z][\w'’-]*(?: [A-Z][\w.'’-]*){0,2}(?:, [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2})?\.$")
# Items listed after a sentence ending with a colon, at most so many ("… has to do the following:" /
# "Stop lying" / "Show humility").
_MAX_LISTED_ITEMS: Final = 12


def _kept_short_lines(lines: list[str], present: list[int], prose: set[int]) -> set[int]:
    """Short lines inside the article that are its text whatever their neighbours: interview turns,
    a letter's signature (name and town), and the items a sentence ending with a colon lists."""
    kept: set[int] = set()
    for position, i in enumerate(present):
        line = lines[i].strip()
        if i in prose:
            if line.endswith(":"):
                items = list(itertools.takewhile(lambda k: k not in prose, present[position + 1:]))
                if 0 < len(items) <= _MAX_LISTED_ITEMS and position + 1 + len(items) < len(present):
                    kept.update(items)  # (only items that prose follows: not a menu closing the page)
        elif _INTERVIEW_TURN.match(line):
            kept.add(i)
        elif _SIGNATURE_NAME.match(line) and position + 1 < len(present) and \
                _SIGNATURE_PLACE.match(lines[present[position + 1]].strip()):
            kept.update((i, present[position + 1]))
    return kept


def short_line_removals(lines: list[str], protected: set[int], settings: BoilerplateConfig) -> dict[int, str]:
    """Short lines to drop, by index: outside the prose, and runs of short lines inside it (not
    interview turns, a letter's signature, or the items after a sentence ending with a colon).

    `lines` are the candidate lines (blank lines are ignored); `protected` lines (title, date,
    byline, dateline) are kept whatever their shape.
    """
    present = [i for i, line in enumerate(lines) if line.strip()]
    prose = {i for i in present if is_prose(lines[i], settings)}
    if not prose:
        return {}
    first, last = min(prose), max(prose)
    kept = _kept_short_lines(lines, present, prose)
    removals: dict[int, str] = {}
    for position, i in enumerate(present):
        if i in prose or i in protected or (first < i < last and i in kept):
            continue
        if i < first:
            removals[i] = "before the article"
        elif i > last:
            removals[i] = "after the article"
        elif not BULLET.match(lines[i]) and not _opens_an_entry(lines, present, position, prose):
            neighbours = [present[p] for p in (position - 1, position + 1) if 0 <= p < len(present)]
            if any(n not in prose and n not in protected for n in neighbours):
                removals[i] = "run of short lines"
    return removals


def restates_a_sentence(line: str, settings: BoilerplateConfig) -> bool:
    """Whether a line printed again in an article is a sentence of the story, not a caption: prose
    that ends like a sentence, without a credit. A live blog restates the delegate count in each
    entry ("It takes 1,237 delegates to win the nomination."), an interview's answer may be "No."
    twice; a caption has no full stop ("Lavrov gestures as he attends the forum") or a credit."""
    stripped = line.strip()
    return is_prose(stripped, settings) and _SENTENCE_END.search(stripped) is not None \
        and _CREDIT_AFTER_SENTENCE.search(stripped) is None and _CAPTION_CREDIT.search(stripped) is None


def is_entry_time(line: str) -> bool:
    """Whether a line is the time of a live blog's entry ("9:05 p.m.")."""
    return _ENTRY_TIME.match(line.strip()) is not None


def has_word(line: str) -> bool:
    """Whether a line has a letter or digit (a separator such as "___" or "* * *" has none)."""
    return any(char.isalnum() for char in line)


# (longer lines ending with a colon are prose or not by their words, like any other)
_MAX_LEAD_IN_WORDS: Final = 12


def _is_entry_mark(line: str) -> bool:
    """A separator ("___", "* * *"), the time of a live blog's entry ("9:40 p.m."), or a short line
    leading into what follows with a colon (a hearing's "Rep. Maria Delgado (D-Calif.):", "The
    exchange that followed was tense:")."""
    stripped = line.strip()
    return not has_word(stripped) or is_entry_time(stripped) or \
        (stripped.endswith(":") and len(stripped.split()) <= _MAX_LEAD_IN_WORDS)


def _opens_an_entry(lines: list[str], present: list[int], position: int, prose: set[int]) -> bool:
    """Whether the line at `position` of `present` heads what follows: a separator, time or lead-in
    before prose ("___" / "9:05 p.m." / prose; "Rep. Maria Delgado (D-Calif.):" / a quotation):
    two short lines, but no menu ("Latest" / "10:15" / a headline is one: no prose follows the time)."""
    if not _is_entry_mark(lines[present[position]]):
        return False
    for i in present[position + 1:]:
        if not _is_entry_mark(lines[i]):
            return i in prose
    return False
