"""The extractive answerer's rules: sentence features (features.py), short-answer phrases
(phrases.py), and the two linear models over the features with the refusal threshold, fitted by
tools/tune_extractive.py and loaded here from weights.json (written by its --write).

- SELECT_WEIGHTS: which candidate sentence answers the question (a listwise logistic regression);
- ANSWERABLE_WEIGHTS: is the chosen sentence an answer at all (a logistic regression, with "bias");
- DEFAULT_MIN_CONFIDENCE: the refusal threshold on that probability, the strictest that keeps false
  refusals on the fitted articles within the tool's cap.
"""
from __future__ import annotations

import json
from pathlib import Path

WEIGHTS_PATH = Path(__file__).resolve().parent / "weights.json"

# Not learnable from single questions (hand-set, applied over the fitted weights): a follow-up's
# passage tends to mention the conversation's subject, and to add something new, not repeat the last quote.
# Nor from SQuAD, whose questions never state the asker's case: the row whose band holds it ("5 to 9
# years" for "been here 6 yrs") answers, a row whose bands leave it out does not.
HAND_SET_SELECT = {"context": 0.6, "repeat": -2.5, "band": 2.0}
HAND_SET_ANSWERABLE = {"context": 1.0}


def load_weights(path: Path = WEIGHTS_PATH) -> tuple[dict[str, float], dict[str, float], float]:
    """(selection weights, answerability weights, threshold): the fitted file with the hand-set weights."""
    fitted = json.loads(path.read_text(encoding="utf-8"))
    return ({**fitted["select"], **HAND_SET_SELECT}, {**fitted["answerable"], **HAND_SET_ANSWERABLE},
            fitted["threshold"])


SELECT_WEIGHTS, ANSWERABLE_WEIGHTS, DEFAULT_MIN_CONFIDENCE = load_weights()
