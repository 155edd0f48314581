#!/usr/bin/env bash
# There (the lent GPU machine, from the repository root, .devrun/ carried): several training runs of
# the reader at once from the shipped model, each for MIN minutes, then the best two runs' weights
# (fp16, in halves: files come back at most 16 MiB each) and every run's metrics into $OUT.
# Usage: MIN=4.5 bash tools/gpu/reader_sweep.sh       (DEV=cpu EXTRA="--max-articles 3 --max-steps 4" here: a smoke test)
# The shipped model (2026-12-04) is run D below.
set -u
export PYTHONUNBUFFERED=1 HF_HUB_OFFLINE=1 TOKENIZERS_PARALLELISM=false
MIN=${MIN:-4.5}; DEV=${DEV:-cuda}; EXTRA=${EXTRA:-}
nvidia-smi -L 2>/dev/null
python3 -c "import torch, transformers; print(torch.__version__, transformers.__version__, torch.cuda.is_available())"
mkdir -p /tmp/squad
python3 -c "import lzma, shutil; shutil.copyfileobj(lzma.open('.devrun/train-v1.1.json.xz'), open('/tmp/squad/train-v1.1.json', 'wb'))"
cp .devrun/dev-v2.0-extra.json /tmp/squad/
common="--squad /tmp/squad --base .devrun/base --init chatbot/models/reader/reader.onnx --device $DEV --max-validation 0
        --threads 3 --swap-words --epochs 3 --save-every 1000 --minutes $MIN $EXTRA"
run() { name=$1; shift; python3 tools/gpu/launch_train_reader.py $common --work /tmp/w$name --save-state /tmp/$name.npz \
        "$@" > /tmp/$name.log 2>&1 & }
run A --lr 3e-5 --seed 21 --swapped-rate 0.3 --batch-size 32
run B --lr 6e-5 --seed 22 --swapped-rate 0.3 --batch-size 32
run C --lr 3e-5 --seed 23 --swapped-rate 0.5 --extra-repeat 4 --batch-size 32
run D --lr 1e-4 --seed 24 --swapped-rate 0.3 --batch-size 64
run E --lr 0 --seed 25 --swapped-rate 0.3 --batch-size 32 --max-steps 1   # the shipped model as it was (baseline)
wait
python3 tools/gpu/pick_reader.py A B C D E
