"""Chains pickle as their recipe and are built again once per process where they are unpickled."""

import concurrent.futures
import multiprocessing
import os
import pickle

import textchain
from conftest import CORPUS, SOURCE_DIR


def _process_in_worker(chain, text):
    """Runs in a worker process: the record, and which chain object this process used."""
    return os.getpid(), id(chain), chain.process(text, date="2025-09-26")


def test_a_chain_pickles_as_its_recipe_and_unpickles_once_per_process():
    chain = textchain.make_chain(["cleanup", "dates"], options={"dates": {"day_first": True, "types": ["DATE"]}},
                                 max_document_bytes=1 << 20)
    data = pickle.dumps(chain)
    assert len(data) < 1000  # a recipe, not a chain's state
    a, b = pickle.loads(data), pickle.loads(data)
    assert a is b  # built once in this process
    assert a.steps == ["cleanup", "dates"] and a.max_document_bytes == 1 << 20
    assert a.recipe == chain.recipe


def test_a_config_chain_pickles_with_its_chain_name_and_plugin_dirs(tmp_path):
    config = SOURCE_DIR / "examples" / "chains" / "news.toml"
    chain = textchain.load_chain(config, plugin_dirs=[tmp_path])
    copy = pickle.loads(pickle.dumps(chain))
    assert copy.recipe["config"] == str(config)
    assert copy.recipe["plugin_dirs"] == [str(tmp_path)]
    assert copy.steps == chain.steps


def test_chains_cross_to_spawned_worker_processes():
    chain = textchain.make_chain()
    texts = [p.read_text(encoding="utf-8") for p in CORPUS] * 3
    expected = [chain.process(t, date="2025-09-26") for t in texts]
    context = multiprocessing.get_context("spawn")  # nothing inherited: the recipe is all they get
    with concurrent.futures.ProcessPoolExecutor(max_workers=2, mp_context=context) as pool:
        got = list(pool.map(_process_in_worker, [chain] * len(texts), texts))
    assert [r for _, _, r in got] == expected
    chains_per_process = {}
    for pid, chain_id, _ in got:
        chains_per_process.setdefault(pid, set()).add(chain_id)
    assert all(len(ids) == 1 for ids in chains_per_process.values()), chains_per_process
