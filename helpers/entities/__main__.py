"""``python -m helpers.entities train``: retrain the shipped model (``make model``);
``python -m helpers.entities cv``: 5-fold cross-validation on GermEval, scores per class."""

from __future__ import annotations

import argparse
import json

from helpers.entities.crf import MODEL
from helpers.entities.germeval import GERMEVAL, cross_validate, train


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m helpers.entities", description=__doc__)
    parser.add_argument("command", choices=["train", "cv"])
    parser.add_argument("--data", default=str(GERMEVAL), help="GermEval 2014 TSV file (default: %(default)s)")
    parser.add_argument("--out", default=str(MODEL), help="model file to write (default: %(default)s)")
    args = parser.parse_args(argv)
    if args.command == "train":
        info = train(args.data, args.out)
        print(f"{args.out}: {info['attributes']:,} attributes, {info['weights']:,} weights, "
              f"{info['seconds']:.0f} s; digest {info['digest'][:16]}")  # fmt: skip
    else:
        scores = cross_validate(path=args.data)
        print(json.dumps({k: {m: round(v, 4) for m, v in s.items()} for k, s in scores.items()}, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
