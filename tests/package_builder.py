"""Build real, tiny Argos Translate packages for tests and benchmarks.

A package is a zip of one folder holding `metadata.json`, `sentencepiece.model` and a
CTranslate2 Transformer under `model/`, exactly like the packages on the Argos index.
The weights are not trained; they are set by hand so that decoding is quick and
deterministic yet depends on the source:

* the encoder passes normalised source embeddings through (its layers add nothing);
* the decoder's cross-attention averages them into a context vector, and the output
  layer scores each target piece by its similarity to that context, minus its
  similarity to the previous piece (so the output is a few source-like pieces that
  do not repeat back to back);
* a "clock" dimension carried by the decoder position encodings feeds the `</s>`
  logit, so every hypothesis ends after a few steps whatever the input.

Sizes are parameters: the defaults build a model of a few hundred kilobytes in well
under a second; `layers=6, d_model=512, heads=8, ffn=2048, vocab_size=32000` gives a
model shaped like a real Argos package for benchmarks.
"""

from __future__ import annotations

import functools
import io
import json
import random
import tempfile
import zipfile
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

NAMES = {"en": "English", "zh": "Chinese", "ru": "Russian", "ur": "Urdu"}

_NTREX = Path(__file__).resolve().parents[2] / "shared" / "data" / "ntrex128"
_NTREX_FILES = {
    "en": "newstest2019-src.eng.txt",
    "zh": "newstest2019-ref.zho-CN.txt",
    "ru": "newstest2019-ref.rus.txt",
    "ur": "newstest2019-ref.urd.txt",
}

# Letters for generated sentences when NTREX is absent; kept small so that a 200-piece
# SentencePiece model covers every character.
_ALPHABETS = {
    "en": "abcdefghijklmnoprstuvwy",
    "ru": "абвгдежзиклмнопрстуфхцчшыэюя",
    "ur": "ابپتٹجچحخدڈرزسشصطعغفقکگلمنوہیے",
    "zh": "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可",
}

_CLOCK = 0  # model dimension that carries decoding time


def corpus_lines(lang: str, *, count: int = 300, seed: int = 0) -> list[str]:
    """`count` lines in `lang`: NTREX-128 news when ../shared/data has it, else generated."""
    path = _NTREX / _NTREX_FILES.get(lang, "")
    if lang in _NTREX_FILES and path.is_file():
        lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines()]
        return [line for line in lines if line][:count]
    rng = random.Random(f"{lang}:{seed}")
    letters = _ALPHABETS.get(lang, _ALPHABETS["en"])
    words = ["".join(rng.choices(letters, k=rng.randint(1, 6))) for _ in range(400)]
    sep = "" if lang == "zh" else " "
    end = "。" if lang == "zh" else "."
    return [sep.join(rng.choices(words, k=rng.randint(4, 14))) + end for _ in range(count)]


def _train_sentencepiece(lines: Sequence[str], *, vocab_size: int, seed: int) -> bytes:
    import sentencepiece as spm

    # Chinese text has far more distinct characters than a tiny vocabulary holds (and the
    # trainer refuses coverage below 0.98): drop the rarest so that the rest fit in half the
    # vocabulary; they become <unk> at use.
    counts = Counter(ch for line in lines for ch in line if not ch.isspace())
    keep = {ch for ch, _ in counts.most_common(vocab_size // 2)}
    lines = ["".join(ch for ch in line if ch in keep or ch.isspace()) for line in lines]
    model = io.BytesIO()
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(lines),
        model_writer=model,
        vocab_size=vocab_size,
        model_type="unigram",
        character_coverage=1.0,
        hard_vocab_limit=False,
        num_threads=1,
        minloglevel=2,
    )
    return model.getvalue()


def _vocabulary(sp_model: bytes, size: int) -> list[str]:
    """The SentencePiece pieces, padded with unused tokens up to `size` (a realistic softmax)."""
    import sentencepiece as spm

    sp = spm.SentencePieceProcessor(model_proto=sp_model)
    pieces = [sp.id_to_piece(i) for i in range(sp.get_piece_size())]
    return pieces + [f"<unused{i}>" for i in range(max(0, size - len(pieces)))]


def _special(piece: str) -> bool:
    return piece.startswith("<") and piece.endswith(">")


def _target_pieces(sp_model: bytes, source: Sequence[str], target: Sequence[str]) -> set[int]:
    """Pieces used more in the target-language lines than in the source-language lines."""
    import sentencepiece as spm

    sp = spm.SentencePieceProcessor(model_proto=sp_model)
    src = Counter(i for ids in sp.encode(list(source)) for i in ids)
    tgt = Counter(i for ids in sp.encode(list(target)) for i in ids)
    return {
        i for i, n in tgt.items() if n > src[i] and not sp.is_control(i) and not sp.is_unknown(i)
    }


def _transformer(
    vocab: list[str],
    target_pieces: set[int],
    *,
    layers: int,
    d_model: int,
    heads: int,
    ffn: int,
    seed: int,
) -> Any:
    """A TransformerSpec with hand-set weights (see the module docstring)."""
    import numpy as np
    from ctranslate2.specs import transformer_spec

    rng = np.random.default_rng(seed)
    v, d = len(vocab), d_model
    f32 = np.float32
    spec = transformer_spec.TransformerSpec.from_config((layers, layers), heads, pre_norm=True)

    emb = rng.normal(0.0, 1.0 / np.sqrt(d), size=(v, d)).astype(f32)
    emb[:, _CLOCK] = 0.0

    def zeros_linear(lin: Any, out_dim: int, in_dim: int) -> None:
        lin.weight = np.zeros((out_dim, in_dim), f32)
        lin.bias = np.zeros((out_dim,), f32)

    def norm(ln: Any, *, keep_clock: bool = True) -> None:
        ln.gamma = np.ones((d,), f32)
        if not keep_clock:
            ln.gamma[_CLOCK] = 0.0
        ln.beta = np.zeros((d,), f32)

    def ffn_block(block: Any) -> None:
        norm(block.layer_norm)
        zeros_linear(block.linear_0, ffn, d)
        zeros_linear(block.linear_1, d, ffn)

    # Layers contribute nothing except the last decoder layer's cross-attention; small
    # noise would only blur the behaviour the tests rely on.
    enc = spec.encoder
    enc.embeddings[0].weight = emb
    enc.position_encodings.encodings = np.zeros((256, d), f32)
    norm(enc.layer_norm, keep_clock=False)
    for layer in enc.layer:
        norm(layer.self_attention.layer_norm)
        zeros_linear(layer.self_attention.linear[0], 3 * d, d)
        zeros_linear(layer.self_attention.linear[1], d, d)
        ffn_block(layer.ffn)

    dec = spec.decoder
    clock = np.zeros((256, d), f32)
    clock[:, _CLOCK] = np.arange(256, dtype=f32)
    dec.position_encodings.encodings = clock
    norm(dec.layer_norm)
    for i, layer in enumerate(dec.layer):
        norm(layer.self_attention.layer_norm)
        zeros_linear(layer.self_attention.linear[0], 3 * d, d)
        zeros_linear(layer.self_attention.linear[1], d, d)
        norm(layer.attention.layer_norm)
        zeros_linear(layer.attention.linear[0], d, d)  # zero queries: uniform attention
        kv = np.zeros((2 * d, d), f32)
        out = np.zeros((d, d), f32)
        if i == len(dec.layer) - 1:
            kv[d:] = np.eye(d, dtype=f32)  # values are the encoder states
            out = np.eye(d, dtype=f32)
            out[_CLOCK, _CLOCK] = 0.0
        layer.attention.linear[1].weight = kv
        layer.attention.linear[1].bias = np.zeros((2 * d,), f32)
        layer.attention.linear[2].weight = out
        layer.attention.linear[2].bias = np.zeros((d,), f32)
        ffn_block(layer.ffn)

    # Each piece of the shared vocabulary "translates" to a target-language piece; the
    # output layer scores target piece j by the source pieces that map to it.
    normal = [k for k, piece in enumerate(vocab) if not _special(piece)]
    targets = sorted(target_pieces) or normal
    mapping = [k if k in target_pieces else targets[rng.integers(len(targets))] for k in normal]
    proj = np.zeros((v, d), f32)
    np.add.at(proj, mapping, emb[normal])
    norms = np.linalg.norm(proj, axis=1, keepdims=True)
    unit = np.divide(proj, norms, out=np.zeros_like(proj), where=norms > 0)
    proj = unit * np.sqrt(d)
    dec.embeddings.weight = -0.3 * unit  # the previous piece pushes itself down
    bias = np.zeros((v,), f32)
    bias[norms[:, 0] == 0] = -1e4
    eos = vocab.index("</s>")
    proj[eos] = 0.0
    proj[eos, _CLOCK] = 3.0
    bias[eos] = -8.0
    dec.projection.weight = proj.astype(f32)
    dec.projection.bias = bias
    spec.register_source_vocabulary(vocab)
    spec.register_target_vocabulary(vocab)
    spec.validate()
    return spec


@functools.cache
def _cached_build(
    from_code: str,
    to_code: str,
    layers: int,
    d_model: int,
    heads: int,
    ffn: int,
    vocab_size: int,
    seed: int,
    corpus: tuple[str, ...] | None,
    version: str,
    quantization: str | None,
) -> bytes:
    source = corpus_lines(from_code, seed=seed)
    target = corpus_lines(to_code, seed=seed)
    lines = list(corpus) if corpus is not None else source + target
    sp_model = _train_sentencepiece(lines, vocab_size=vocab_size, seed=seed)
    vocab = _vocabulary(sp_model, vocab_size)
    targets = _target_pieces(sp_model, source, target)
    spec = _transformer(
        vocab, targets, layers=layers, d_model=d_model, heads=heads, ffn=ffn, seed=seed
    )
    if quantization:
        spec.optimize(quantization=quantization)
    folder = f"translate-{from_code}_{to_code}-{version.replace('.', '_')}"
    metadata = {
        "package_version": version,
        "argos_version": "1.0",
        "from_code": from_code,
        "from_name": NAMES.get(from_code, from_code),
        "to_code": to_code,
        "to_name": NAMES.get(to_code, to_code),
    }
    buffer = io.BytesIO()
    with tempfile.TemporaryDirectory(prefix="xlate-pkg-") as tmp:
        spec.save(tmp)
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
            zf.writestr(f"{folder}/metadata.json", json.dumps(metadata, indent=2))
            zf.writestr(f"{folder}/sentencepiece.model", sp_model)
            zf.writestr(f"{folder}/README.md", f"Test package {from_code}->{to_code}; untrained.\n")
            for path in sorted(Path(tmp).iterdir()):
                zf.write(path, f"{folder}/model/{path.name}")
    return buffer.getvalue()


def build_package(
    dest_dir: Path,
    from_code: str,
    to_code: str,
    *,
    layers: int = 1,
    d_model: int = 32,
    heads: int = 2,
    ffn: int = 64,
    vocab_size: int = 200,
    seed: int = 0,
    corpus: Sequence[str] | None = None,
    version: str = "1.0",
    quantization: str | None = None,
) -> Path:
    """Write `translate-FROM_TO-VERSION.argosmodel` into `dest_dir` and return its path.

    Builds are cached per process by their arguments, so repeated calls are cheap.
    `corpus` trains the SentencePiece model (default: NTREX lines of both languages
    when present, else generated text). `quantization` (e.g. `int8`, as real Argos
    packages are stored) quantizes the weights; identical weights are then shared.
    """
    data = _cached_build(
        from_code,
        to_code,
        layers,
        d_model,
        heads,
        ffn,
        vocab_size,
        seed,
        tuple(corpus) if corpus is not None else None,
        version,
        quantization,
    )
    dest_dir.mkdir(parents=True, exist_ok=True)
    path = dest_dir / f"translate-{from_code}_{to_code}-{version.replace('.', '_')}.argosmodel"
    path.write_bytes(data)
    return path
