"""The textchain module against the command: the same records for the same input, offsets usable on
Python strings, process_many in order, errors as exceptions or in records as the command puts them."""

import json
import os
import pickle
import threading
import time

import pytest

import textchain
from conftest import COMMAND, CORPUS, corpus_records, run_command


@pytest.fixture(scope="module")
def chain():
    return textchain.make_chain()


def test_process_gives_the_commands_record_for_each_sample_document(chain, corpus_texts):
    _, expected = run_command("run", *CORPUS)
    got = [chain.process(text, id=path, char_offsets=False) for path, text in corpus_texts]
    assert [r["id"] for r in got] == [str(p) for p in CORPUS]
    assert got == expected
    assert sum(len(r["annotations"]) for r in got) > 10  # the sample has dates and quotes


def test_process_many_of_records_gives_the_commands_jsonl_output(chain, tmp_path):
    records = corpus_records()
    # Records the command reads with a warning or an error: an id of the wrong type, a bad date, no text.
    records += [{"id": [1], "text": "On Monday it rained.", "date": "2025-09-26"},
                {"id": "bad-date", "text": "Yesterday it rained.", "date": "26/09/2025"},
                {"id": "no-text", "body": "nothing here"},
                {"text": "No id: this one gets its position.", "extra": {"nested": [1, 2]}}]
    path = tmp_path / "in.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    status, expected = run_command("run", "--jsonl", "--date", "2020-01-01", path)
    assert status == 1  # the record without text
    for jobs in (1, 2, 3):
        got = list(chain.process_many(records, jobs=jobs, date="2020-01-01", char_offsets=False))
        for e in got[-2]["errors"]:  # the command names the line of a reader error
            e["message"] = f"{path}:{len(records) - 1}: {e['message']}"
        for w in got[-4]["warnings"]:
            w["message"] = w["message"].replace("the item's position", "the line number")
        assert got == expected, jobs


def test_process_jsonl_reads_each_line_as_the_command_does(tmp_path):
    lines = [json.dumps({"id": "a", "text": "On Monday it rained.", "date": "2025-09-26", "source": "x"}),
             "",                                                                    # blank: a warning
             " \t\r",                                                               # blank too
             json.dumps({"text": "No id: the line number is its id, on Tuesday."}) + "\r",  # CRLF
             "[1, 2]",                                                              # not an object
             "{not json",
             json.dumps({"id": 7, "body": "no text", "date": None}),               # keeps its fields
             json.dumps({"id": True, "text": "A bool id.", "date": "26/09/2025"}),  # two warnings
             json.dumps({"id": None, "text": "A null id, on Friday."}),
             json.dumps({"id": "big", "text": "x" * 5000}),                         # over the chain's limit
             json.dumps({"id": "long", "text": "y" * 6000})]                        # a line the reader refuses
    path = tmp_path / "in.jsonl"
    path.write_bytes(("\n".join(lines) + "\n").encode("utf-8"))
    status, expected = run_command("run", "--jsonl", "--max-document-bytes", 1000, "--date", "2020-01-01", path)
    assert status == 1 and len(expected) == len(lines)
    chain = textchain.make_chain(max_document_bytes=1000)
    for jobs in (1, 2):
        with open(path, "rb") as f:
            got = list(chain.process_jsonl(f, str(path), jobs=jobs, date="2020-01-01", char_offsets=False))
        # Python's json module describes a line that is not JSON in its own words.
        assert got[5]["errors"][0]["message"].startswith(f"{path}:6: not valid JSON (")
        got[5]["errors"] = expected[5]["errors"]
        assert got == expected, jobs
    assert [r["id"] for r in expected[:5]] == ["a", 2, 3, 4, None]
    # Lines without their line ends, as str, read the same.
    text_lines = path.read_text(encoding="utf-8").split("\n")[:-1]
    got = list(chain.process_jsonl(text_lines, str(path), date="2020-01-01", char_offsets=False))
    got[5]["errors"] = expected[5]["errors"]
    assert got == expected
    with pytest.raises(ValueError):
        chain.process_jsonl([], "x", date="2020-02-30")


def test_char_offsets_index_the_python_string(chain):
    text = ("«Ça suffit», a déclaré Zoë Müller 😀 on Tuesday, September 26, 2025. "
            '"We will not back down," Maria Lopez said on 3 March 2024. 東京 last Friday.')
    r = chain.process(text, id="u", date="2025-09-30")
    encoded = text.encode("utf-8")
    assert len(r["annotations"]) >= 3
    for a in r["annotations"]:
        assert text[a["char_begin"]:a["char_end"]] == a["text"]
        assert encoded[a["begin"]:a["end"]].decode("utf-8") == a["text"]
        assert a["char_begin"] < a["begin"]  # every span here follows multi-byte characters


def test_char_index_converts_offset_attributes(chain):
    text = 'Der Bürgermeister Jürgen Müller sagte: "Wir sind fertig." Then Zoë Ödegaard said: "We are done."'
    r = chain.process(text, date="2025-09-26")
    speakers = [a for a in r["annotations"] if a["type"] == "quote" and a.get("speaker_begin") is not None]
    assert speakers
    for a in speakers:
        b, e = textchain.char_index(text, a["speaker_begin"]), textchain.char_index(text, a["speaker_end"])
        assert text.encode("utf-8")[a["speaker_begin"]:a["speaker_end"]].decode("utf-8") == text[b:e]
        assert text[b:e] in ("Jürgen Müller", "Zoë Ödegaard")


def test_edits_have_char_offsets_into_the_original():
    chain = textchain.make_chain(["cleanup"], explain=True)
    text = "Zoë Müller visited the CafÃ© in MÃ¼nchen on Tuesday ."
    r = chain.process(text)
    assert r["rewritten_text"] == "Zoë Müller visited the Café in München on Tuesday."
    assert "text" not in r  # offsets point into the input's text, not into this one: not named "text"
    assert len(r["edits"]) >= 3, r
    for e in r["edits"]:
        assert text[e["char_begin"]:e["char_end"]] == e["original"]


def test_invalid_utf8_bytes_and_lone_surrogates_are_replaced_with_a_warning(chain, tmp_path):
    raw = b"On Tuesday \xff\xfe the minister said: \"No.\"\n"
    f = tmp_path / "bad.txt"
    f.write_bytes(raw)
    _, expected = run_command("run", f)
    got = chain.process(raw, id=str(f), char_offsets=False)
    assert got == expected[0]
    assert got["warnings"]
    text = "On Tuesday \ud800 it rained."
    r = chain.process(text, date="2025-09-26")
    assert any("surrogate" in w["message"] for w in r["warnings"])
    date = next(a for a in r["annotations"] if a["type"] == "date")
    assert text[date["char_begin"]:date["char_end"]] == "Tuesday"


def test_a_document_over_the_limit_is_an_error_record_as_in_the_command(tmp_path):
    big = CORPUS[0].read_text(encoding="utf-8") * 2
    f = tmp_path / "big.jsonl"
    f.write_text(json.dumps({"id": "big", "text": big}) + "\n", encoding="utf-8")
    status, expected = run_command("run", "--max-document-bytes", "4000", f)
    assert status == 1
    chain = textchain.make_chain(max_document_bytes=4000)
    assert chain.max_document_bytes == 4000
    got = chain.process(big, id="big")
    assert got == expected[0]
    assert "exceeds max_document_bytes" in got["errors"][0]["message"] and got["annotations"] == []


def test_process_many_keeps_order_and_one_record_per_item(chain):
    texts = [t for _, t in ((p, p.read_text(encoding="utf-8")) for p in CORPUS)] * 5
    items = texts + [42, b"Monday.", {"id": "m", "text": "Friday."}]
    serial = [chain.process(t) for t in texts]
    for jobs in (1, 2, 4):
        got = list(chain.process_many(iter(items), jobs=jobs))
        assert len(got) == len(items)
        assert [r["id"] for r in got] == list(range(1, len(texts) + 3)) + ["m"]
        assert [r["annotations"] for r in got[:len(texts)]] == [r["annotations"] for r in serial]
        assert got[len(texts)]["errors"][0]["message"].startswith("item %d is neither" % (len(texts) + 1))


def test_an_exception_from_the_iterable_comes_after_the_records_before_it(chain):
    def items():
        yield "On Monday."
        yield "On Tuesday."
        raise KeyError("source broke")

    got = []
    with pytest.raises(KeyError, match="source broke"):
        for r in chain.process_many(items(), jobs=2):
            got.append(r)
    assert [r["id"] for r in got] == [1, 2]


def test_abandoning_process_many_midway_stops_its_threads(chain):
    def threads():
        return len(os.listdir("/proc/self/task"))  # native threads too

    before = threads()
    it = chain.process_many(("On Monday." for _ in range(10000)), jobs=3)
    next(it)
    assert threads() == before + 3
    del it
    assert threads() == before


@pytest.mark.parametrize("call", ["process", "process_many jobs=1", "process_many jobs=2"])
def test_the_gil_is_released_while_plugins_run(chain, call):
    # Another Python thread waits for the GIL while one large document is processed. With the GIL
    # released it runs at once, early in the call; held, it could only run once the call has returned.
    # The document is large (about 4 MB, a few hundred milliseconds) so that a loaded machine's
    # scheduling delay stays far below half the call (with 1 MB it failed once under a heavy load).
    big = CORPUS[0].read_text(encoding="utf-8") * 1600
    in_call, ran_at = threading.Event(), []

    def waiter():
        in_call.wait()
        ran_at.append(time.perf_counter())

    t = threading.Thread(target=waiter)
    t.start()
    start = time.perf_counter()
    in_call.set()  # the waiter now needs only the GIL
    if call == "process":
        chain.process(big)
    else:
        list(chain.process_many([big], jobs=int(call[-1])))
    end = time.perf_counter()
    t.join()
    assert ran_at[0] < start + (end - start) / 2, (ran_at[0] - start, end - start)


def test_config_error_names_file_line_and_column(tmp_path):
    cfg = tmp_path / "bad.toml"
    cfg.write_text('[chains.news]\nsteps = ["cleanup", "datez"]\n', encoding="utf-8")
    with pytest.raises(textchain.ConfigError) as e:
        textchain.load_chain(cfg)
    assert e.value.file == str(cfg)
    assert (e.value.line, e.value.column) == (2, 21)
    assert "dates" in str(e.value)  # did you mean
    copy = pickle.loads(pickle.dumps(e.value))
    assert (copy.file, copy.line, copy.column, str(copy)) == (e.value.file, 2, 21, str(e.value))


def test_bad_steps_and_options_raise_config_errors():
    with pytest.raises(textchain.ConfigError, match="nonesuch"):
        textchain.make_chain(["nonesuch"])
    with pytest.raises(textchain.ConfigError, match="did you mean 'document_date'") as e:
        textchain.make_chain(["dates"], options={"dates": {"document_dat": "2025-09-26"}})
    assert (e.value.file, e.value.line, e.value.column) == ("make_chain options", None, None)
    with pytest.raises(TypeError):
        textchain.make_chain(["dates"], options={"dates": {"document_date": object()}})
    with pytest.raises(ValueError):
        textchain.make_chain().process("x", date="2025-13-01")


def test_options_reach_the_plugin():
    chain = textchain.make_chain(["dates"], options={"dates": {"document_date": "2025-09-26"}})
    r = chain.process("It happened yesterday.")
    assert [a["value"] for a in r["annotations"] if a["type"] == "date"] == ["2025-09-25"]


def test_plugin_error_for_an_unknown_plugin():
    with pytest.raises(textchain.PluginError):
        textchain.Host().plugin("nonesuch")


def test_plugins_describe_as_the_command_does():
    host = textchain.Host()
    plugins = host.plugins()
    assert {p["name"] for p in plugins} >= {"cleanup", "dates", "quotes"}
    for p in plugins:
        _, out = None, None
        import subprocess
        described = json.loads(subprocess.run([COMMAND, "plugins", "describe", p["name"], "--json"],
                                              capture_output=True, check=True).stdout)
        assert p == described


def test_a_host_without_default_dirs_finds_no_plugin(tmp_path):
    host = textchain.Host(plugin_dirs=[tmp_path], use_default_dirs=False)
    assert host.search_path() == [str(tmp_path)]
    assert host.plugins() == []
    with pytest.raises(textchain.ConfigError):
        host.make_chain(["dates"])


def test_process_from_several_threads_at_once(chain, corpus_texts):
    expected = [chain.process(t) for _, t in corpus_texts]
    results = {}

    def work(i):
        results[i] = [chain.process(t) for _, t in corpus_texts]

    threads = [threading.Thread(target=work, args=(i,)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(r == expected for r in results.values())


def test_a_date_time_gives_the_dates_plugin_its_clock_as_the_command_does(tmp_path):
    chain = textchain.make_chain(["dates"])
    text = "The ferry leaves in two hours. The storm hit three hours ago."
    values = lambda r: [(a["timex_type"], a["value"]) for a in r["annotations"] if a["type"] == "date"]
    assert values(chain.process(text, date="2025-09-26T14:30")) == [("TIME", "2025-09-26T16:30"),
                                                                      ("TIME", "2025-09-26T11:30")]
    # A plain date gives no clock: the length stays a length, the past hours the day.
    assert values(chain.process(text, date="2025-09-26"))[0] == ("DURATION", "PT2H")
    with pytest.raises(ValueError):
        chain.process(text, date="2025-09-26T25:00")
    # Records and the run's default date, against `textchain run` on the same records.
    records = [{"id": "a", "text": text, "date": "2025-09-26 14:30:00+02:00"},
               {"id": "b", "text": text, "date": "2025-09-26"},
               {"id": "c", "text": text}]
    path = tmp_path / "in.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    status, expected = run_command("run", "--jsonl", "--steps", "dates", "--date", "2025-10-01T08:00", path)
    assert status == 0
    got = list(chain.process_many(records, date="2025-10-01T08:00", char_offsets=False))
    assert [values(r) for r in got] == [values(r) for r in expected]
    assert values(got[2])[0] == ("TIME", "2025-10-01T10:00")
    with pytest.raises(ValueError):
        list(chain.process_many(records, date="2025-10-01T8"))
