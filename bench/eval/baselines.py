"""Plain ranking baselines the score must beat: word overlap and TF-IDF cosine.

TF-IDF follows scikit-learn's ``TfidfVectorizer`` defaults (lower-case, tokens of 2+ word
characters, smooth idf, l2 norm) with ``stop_words="english"`` and ``sublinear_tf=True``; the
idf is fitted on every text of the set being evaluated. When scikit-learn is installed its own
vectorizer is used, so the figure is the exact baseline; otherwise the ~20 lines below.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence

_TOKEN_RE = re.compile(r"(?u)\b\w\w+\b")
# A short English stop list (used only when scikit-learn is absent).
_STOP_TEXT = """a about above after again against all also am an and any are as at be because been before
    being below between both but by can could did do does doing down during each either else
    etc ever every few for from further had has have having he her here hers herself him himself
    his how however i if in into is it its itself just less may me might more most must my
    myself neither no nor not of off on once only or other ought our ours ourselves out over own
    per same shall she should so some such than that the their theirs them themselves then there
    these they this those through thus to too under until up upon us very via was we well were
    what when where whether which while who whom whose why will with within without would yet
    you your yours yourself yourselves"""
_STOP = frozenset(_STOP_TEXT.split())


def _words(text: str) -> list[str]:
    return [w for w in _TOKEN_RE.findall(text.lower()) if w not in _STOP]


def word_overlap(job: str, resume: str) -> float:
    """Share of the posting's distinct content words that the resume also uses."""
    wanted = set(_words(job))
    return len(wanted & set(_words(resume))) / len(wanted) if wanted else 0.0


class Tfidf:
    """Cosine between TF-IDF vectors of two whole texts; fit once on the set's corpus."""

    def __init__(self, corpus: Sequence[str]) -> None:
        try:
            from sklearn.feature_extraction.text import TfidfVectorizer
        except ImportError:
            self._sk = None
            n = len(corpus)
            df = Counter(w for text in corpus for w in set(_words(text)))
            self._idf = {w: math.log((1 + n) / (1 + d)) + 1 for w, d in df.items()}
        else:
            self._sk = TfidfVectorizer(stop_words="english", sublinear_tf=True).fit(corpus)

    def _vector(self, text: str) -> dict[str, float]:
        counts = Counter(w for w in _words(text) if w in self._idf)
        vec = {w: (1 + math.log(c)) * self._idf[w] for w, c in counts.items()}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        return {w: v / norm for w, v in vec.items()}

    def cosine(self, a: str, b: str) -> float:
        if self._sk is not None:
            m = self._sk.transform([a, b])
            return float((m[0] @ m[1].T).toarray()[0, 0])
        va, vb = self._vector(a), self._vector(b)
        return sum(v * vb.get(w, 0.0) for w, v in va.items())


def source() -> str:
    try:
        import sklearn  # noqa: F401
    except ImportError:
        return "built-in (scikit-learn absent)"
    return "scikit-learn"
