#!/usr/bin/env python3
"""Opens the HTML views in headless Chromium and checks them from the DOM.

`textchain run --format html` on the sample corpus plus hostile documents, and `textchain eval --html` on
the sample gold, are loaded in Chromium driven over the DevTools protocol (--remote-debugging-pipe: no
network port, no third-party client). Checked in the rendered page:
  - no script ran and none is in the DOM, no element carries an event handler, no element that could
    load anything was made, and the page fetched nothing (it is self-contained); the pages' own
    Content-Security-Policy is bypassed for this, so that it is the escaping that is tested;
  - every annotation of every record is highlighted at its bytes, with the record's text, and each
    speaker mention at speaker_begin/speaker_end; the text shown is the document's text, hostile markup
    and invalid UTF-8 included, as text; edits show before/after; errors come before the text; the
    index lists every document and every in-page link has a target;
  - in the eval report: every gold date and quote is marked at its text, misses, false positives and
    wrong values are as many as `textchain eval --json` lists, one chart per scored type, and the
    errors-only filter leaves exactly the documents with mistakes.
Screenshots are kept in --artefacts. Exit 0: passed; 1: failed; 77: Chromium is not installed (skipped).

With --screenshot PAGE PNG it only takes a screenshot (1200x900) of a page: how docs/*.png were made.
"""
import argparse
import base64
import glob
import json
import os
import select
import shutil
import subprocess
import sys
import tempfile
import time

SKIP = 77
TIMEOUT = 60  # seconds for any one answer from the browser

# Text that would run script, load something or break out of an attribute if it reached the page as markup.
HOSTILE_TEXT = (
    'Hostile Press, September 29, 2025.\n\n'
    '"</script><script>window.__pwned = 1</script> is what they typed," said Mallory Evil on Monday.\n'
    '<img src=x onerror="window.__pwned = 2"> <svg onload="window.__pwned = 3"></svg> '
    '<iframe srcdoc="<script>parent.__pwned = 4</script>"></iframe> <!-- ]]> --> &amp; &lt;b&gt;\n'
    '" onmouseover="window.__pwned = 5" x="\n'
)
HOSTILE_BYTES = HOSTILE_TEXT.encode() + b'Invalid UTF-8: \xff\xfe \xc3( \xe2\x82 end, on Tuesday.\n'


BAD_BYTES = b'Bad \xff\xfe bytes \xc3( \x80\xc0\xaf on Friday, September 26.</script>'


def shown_offsets(record, raw):
    """Moves a record's byte offsets (into the bytes as given) to offsets into the text as shown, where
    each invalid subpart is one U+FFFD (3 bytes)."""
    def shown(b):
        return len(raw[:b].decode('utf-8', errors='replace').encode())
    for a in record['annotations']:
        for key in ('begin', 'end', 'speaker_begin', 'speaker_end'):
            if isinstance(a.get(key), int):
                a[key] = shown(a[key])


def find_chromium():
    for name in (os.environ.get('CHROMIUM', ''), 'chromium', 'chromium-browser', 'google-chrome'):
        if name and shutil.which(name):
            return shutil.which(name)
    return None


class Browser:
    """Chromium over --remote-debugging-pipe: JSON messages separated by NUL on fds 3 (in) and 4 (out)."""

    def __init__(self, exe, profile):
        to_chrome_r, self.to_chrome = os.pipe()
        self.from_chrome, from_chrome_w = os.pipe()
        args = [exe, '--headless', '--disable-gpu', '--remote-debugging-pipe', '--no-first-run',
                '--no-default-browser-check', '--disable-extensions', '--disable-background-networking',
                '--disable-sync', '--hide-scrollbars', '--user-data-dir=' + profile, 'about:blank']
        if os.geteuid() == 0:
            args.insert(1, '--no-sandbox')  # Chromium refuses to run as root with its sandbox

        def wire():
            a, b = os.dup(to_chrome_r), os.dup(from_chrome_w)
            os.dup2(a, 3)
            os.dup2(b, 4)
            os.closerange(5, 1024)

        self.proc = subprocess.Popen(args, preexec_fn=wire, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                     stderr=subprocess.DEVNULL, close_fds=False)
        os.close(to_chrome_r)
        os.close(from_chrome_w)
        self.buf = b''
        self.next_id = 0
        self.events = []
        self.session = None

    def _read_message(self):
        while b'\0' not in self.buf:
            ready, _, _ = select.select([self.from_chrome], [], [], TIMEOUT)
            if not ready:
                raise RuntimeError('Chromium did not answer within %d s' % TIMEOUT)
            chunk = os.read(self.from_chrome, 1 << 16)
            if not chunk:
                raise RuntimeError('Chromium closed the DevTools pipe')
            self.buf += chunk
        message, _, self.buf = self.buf.partition(b'\0')
        return json.loads(message)

    def send(self, method, params=None, session=True):
        self.next_id += 1
        message = {'id': self.next_id, 'method': method, 'params': params or {}}
        if session and self.session:
            message['sessionId'] = self.session
        data = json.dumps(message).encode() + b'\0'
        while data:
            data = data[os.write(self.to_chrome, data):]
        while True:
            m = self._read_message()
            if m.get('id') == self.next_id:
                if 'error' in m:
                    raise RuntimeError('%s: %s' % (method, m['error']))
                return m.get('result', {})
            if 'method' in m:
                self.events.append(m)

    def wait_event(self, method):
        while True:
            for i, e in enumerate(self.events):
                if e['method'] == method:
                    return self.events.pop(i)
            m = self._read_message()
            if 'method' in m:
                self.events.append(m)

    def open_page(self, width, height):
        target = self.send('Target.createTarget', {'url': 'about:blank'}, session=False)['targetId']
        self.session = self.send('Target.attachToTarget', {'targetId': target, 'flatten': True},
                                 session=False)['sessionId']
        self.send('Page.enable')
        self.send('Network.enable')
        self.send('Emulation.setDeviceMetricsOverride',
                  {'width': width, 'height': height, 'deviceScaleFactor': 1, 'mobile': False})
        # Without the page's CSP, markup that escaped the escaping would run: the checks see it.
        self.send('Page.setBypassCSP', {'enabled': True})

    def load(self, path):
        self.events = []
        self.send('Page.navigate', {'url': 'file://' + os.path.abspath(path)})
        self.wait_event('Page.loadEventFired')
        requests = [e['params']['request']['url'] for e in self.events if e['method'] == 'Network.requestWillBeSent']
        return requests

    def check(self, function, *arguments):
        """Calls a page check (a JS function expression) with the text helpers in scope."""
        return self.evaluate('(() => {%s\nreturn (%s)(%s);\n})()' % (TEXT_HELPERS, function, ', '.join(json.dumps(a) for a in arguments)))

    def evaluate(self, expression):
        r = self.send('Runtime.evaluate', {'expression': expression, 'returnByValue': True})
        if 'exceptionDetails' in r:
            raise RuntimeError('page check threw: %s' % json.dumps(r['exceptionDetails'])[:2000])
        return r['result'].get('value')

    def screenshot(self, path, scroll_to=None):
        if scroll_to:
            self.evaluate('document.querySelector(%s).scrollIntoView(); window.scrollBy(0, -50); 0' % json.dumps(scroll_to))
        else:
            self.evaluate('window.scrollTo(0, 0); 0')
        data = self.send('Page.captureScreenshot', {'format': 'png'})['data']
        with open(path, 'wb') as f:
            f.write(base64.b64decode(data))

    def close(self):
        try:
            self.send('Browser.close', session=False)
        except Exception:
            pass
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


# Checks that hold on both pages: nothing ran, nothing can run or load.
INERT_JS = r'''
(() => {
  const problems = [];
  if (window.__pwned !== undefined) problems.push('a script ran: __pwned = ' + window.__pwned);
  if (document.scripts.length) problems.push(document.scripts.length + ' script elements');
  for (const tag of ['img', 'iframe', 'object', 'embed', 'video', 'audio', 'link', 'base', 'form', 'input:not(#only-errors)'])
    if (document.querySelector(tag)) problems.push('a ' + tag + ' element');
  for (const el of document.querySelectorAll('*'))
    for (const a of el.attributes)
      if (a.name.startsWith('on')) problems.push('<' + el.tagName + '> has ' + a.name);
  for (const svg of document.querySelectorAll('svg'))
    if (!svg.closest('.charts')) problems.push('an svg outside the charts');
  for (const a of document.querySelectorAll('a[href]')) {
    const h = a.getAttribute('href');
    if (!h.startsWith('#')) problems.push('a link out of the page: ' + h);
    else if (!document.getElementById(h.slice(1))) problems.push('a link to nothing: ' + h);
  }
  return problems;
})()
'''

# Byte offsets of the text nodes of an element, so that marks can be placed at record offsets.
TEXT_HELPERS = r'''
const enc = new TextEncoder();
const dec = new TextDecoder();
function layout(root) {
  const nodes = new Map();
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let bytes = 0, text = '';
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    nodes.set(n, bytes);
    bytes += enc.encode(n.data).length;
    text += n.data;
  }
  return {nodes, text, bytes: enc.encode(text)};
}
function firstText(el) {
  return document.createTreeWalker(el, NodeFilter.SHOW_TEXT).nextNode();
}
function place(lay, pieces) {  // [byte offset of the first piece, the pieces' text]
  if (!pieces.length) return [null, null];
  const t = firstText(pieces[0]);
  const text = pieces.map(p => p.textContent).join('');
  return [t ? lay.nodes.get(t) : null, text];
}
'''

RUN_JS = r'''
((records, texts) => {
  const problems = [];
  let annotations = 0, mentions = 0;
  const sections = document.querySelectorAll('section.doc');
  if (sections.length !== records.length) problems.push(sections.length + ' sections for ' + records.length + ' records');
  records.forEach((r, i) => {
    const sec = document.getElementById('d' + (i + 1));
    if (!sec) { problems.push('no section for ' + r.id); return; }
    const errs = sec.querySelectorAll('.problems .error').length;
    if (errs !== r.errors.length) problems.push(r.id + ': ' + errs + ' errors shown, ' + r.errors.length + ' in the record');
    const textDiv = sec.querySelector(':scope > .text');
    if (r.errors.length && textDiv && !(sec.querySelector('.problems').compareDocumentPosition(textDiv) & Node.DOCUMENT_POSITION_FOLLOWING))
      problems.push(r.id + ': errors after the text');
    if (!textDiv) { if (r.annotations.length) problems.push(r.id + ': no text'); return; }
    const lay = layout(textDiv);
    if (texts[i] !== null && lay.text !== texts[i]) problems.push(r.id + ': the text shown is not the document');
    r.annotations.forEach((a, k) => {
      const [at, text] = place(lay, [...textDiv.querySelectorAll('mark[data-a="' + k + '"]')]);
      if (at === null) { problems.push(r.id + ' #' + k + ' ' + a.type + ': not highlighted'); return; }
      if (at !== a.begin) problems.push(r.id + ' #' + k + ': highlighted at byte ' + at + ', record says ' + a.begin);
      if (text !== a.text) problems.push(r.id + ' #' + k + ': highlights ' + JSON.stringify(text) + ', record says ' + JSON.stringify(a.text));
      if (dec.decode(lay.bytes.slice(a.begin, a.end)) !== text) problems.push(r.id + ' #' + k + ': not the bytes of its span');
      const m = textDiv.querySelector('mark[data-a="' + k + '"]');
      if (!m.title.startsWith(a.type + ' [')) problems.push(r.id + ' #' + k + ': no attributes on hover');
      for (const key of Object.keys(a))
        if (!['type', 'begin', 'end', 'text', 'plugin', 'links'].includes(key) && a[key] !== null &&
            !m.title.includes(key + ': ' + (Array.isArray(a[key]) ? a[key].join(', ') : a[key])))
          problems.push(r.id + ' #' + k + ': attribute ' + key + ' not in the title');
      if (!sec.querySelector('.legend .key') || ![...sec.querySelectorAll('.legend b')].some(b => b.textContent === a.type))
        problems.push(r.id + ': type ' + a.type + ' not in the legend');
      annotations++;
      if (typeof a.speaker_begin === 'number') {
        const [mat, mtext] = place(lay, [...textDiv.querySelectorAll('mark[data-of="' + k + '"][data-role="speaker"]')]);
        if (mat !== a.speaker_begin || mtext !== dec.decode(lay.bytes.slice(a.speaker_begin, a.speaker_end)))
          problems.push(r.id + ' #' + k + ': speaker mention not at ' + a.speaker_begin);
        const label = textDiv.querySelector('a.l[href="#d' + (i + 1) + '-a' + k + '-speaker"]');
        if (!label) problems.push(r.id + ' #' + k + ': the quote does not link to its speaker');
        mentions++;
      }
    });
    const edits = r.edits || [];
    const rows = sec.querySelectorAll('.edits tbody tr');
    if (rows.length !== edits.length) problems.push(r.id + ': ' + rows.length + ' edits shown, ' + edits.length + ' made');
    edits.forEach((e, k) => {
      if (!rows[k]) return;
      if (rows[k].querySelector('del').textContent !== e.original || rows[k].querySelector('ins').textContent !== e.replacement)
        problems.push(r.id + ': edit ' + k + ' not shown as before/after');
    });
  });
  const index = document.querySelectorAll('#index tbody tr');
  if (index.length !== records.length) problems.push('the index lists ' + index.length + ' of ' + records.length + ' documents');
  return {problems, annotations, mentions};
})
'''

EVAL_JS = r'''
((docs, expected) => {
  const problems = [];
  const count = {miss: 0, fp: 0, wrong: 0};
  let gold = 0;
  docs.forEach((d, i) => {
    const sec = document.getElementById('e' + (i + 1));
    if (!sec) { problems.push('no section for ' + d.id); return; }
    for (const side of ['gold', 'system']) {
      const div = sec.querySelector('[data-side-text="' + side + '"]');
      if (!div) { problems.push(d.id + ': no ' + side + ' side'); continue; }
      const lay = layout(div);
      if (lay.text !== d.text) problems.push(d.id + ' ' + side + ': the text shown is not the document');
      const groups = new Map();
      for (const m of div.querySelectorAll('mark[data-m]')) {
        if (!groups.has(m.dataset.m)) groups.set(m.dataset.m, []);
        groups.get(m.dataset.m).push(m);
      }
      for (const [id, pieces] of groups) {
        const b = +pieces[0].dataset.b, e = +pieces[0].dataset.e;
        const [at, text] = place(lay, pieces);
        if (b !== e && (at !== b || text !== dec.decode(lay.bytes.slice(b, e)))) problems.push(id + ': not at its bytes');
        const st = pieces[0].dataset.status;
        if (st in count && (side === 'gold' ? st !== 'fp' : st !== 'miss')) {
          if (st !== 'wrong' || side === 'gold') count[st]++;
        }
      }
      if (side === 'gold')
        for (const g of d.gold) {
          const m = div.querySelector('mark[data-kind="' + g.kind + '"][data-b="' + g.begin + '"][data-e="' + g.end + '"]');
          if (!m) problems.push(d.id + ': gold ' + g.kind + ' ' + g.begin + '-' + g.end + ' not marked');
          else gold++;
        }
    }
  });
  for (const k of Object.keys(count))
    if (count[k] !== expected[k]) problems.push(count[k] + ' ' + k + ' marked, textchain eval lists ' + expected[k]);
  const charts = document.querySelectorAll('.charts svg');
  if (charts.length !== expected.charts) problems.push(charts.length + ' charts for ' + expected.charts + ' types');
  for (const svg of charts) if (!svg.querySelector('rect.bar')) problems.push('a chart without bars');
  if (!document.querySelector('table.scores tbody tr')) problems.push('no score table');
  const visible = () => [...document.querySelectorAll('section.doc')].filter(s => s.getClientRects().length).length;
  const before = visible();
  document.getElementById('only-errors').click();
  const after = visible();
  if (before !== docs.length) problems.push(before + ' documents visible unfiltered, of ' + docs.length);
  if (after !== expected.with_mistakes) problems.push(after + ' documents visible with the filter, ' + expected.with_mistakes + ' have mistakes');
  return {problems, gold, count, before, after};
})
'''


def run(cmd, expect_status=(0,)):
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if p.returncode not in expect_status:
        raise RuntimeError('%s exited %d: %s' % (' '.join(cmd), p.returncode, p.stderr.decode(errors='replace')[-2000:]))
    return p.stdout


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--textchain')
    ap.add_argument('--source', help='the source tree (examples/corpus, tests/eval/data)')
    ap.add_argument('--artefacts', help='folder for the pages and screenshots')
    ap.add_argument('--screenshot', nargs=2, metavar=('PAGE', 'PNG'), help='only take a screenshot of PAGE')
    ap.add_argument('--scroll-to', help='with --screenshot: a CSS selector to scroll to first')
    ap.add_argument('--click', help='with --screenshot: the id of an element to click first')
    args = ap.parse_args()

    chromium = find_chromium()
    if not chromium:
        print('SKIPPED: chromium is not installed (tools/bootstrap.sh installs Debian\'s chromium package)')
        return SKIP
    if args.screenshot:
        with tempfile.TemporaryDirectory(prefix='textchain_browser_') as tmp:
            browser = Browser(chromium, os.path.join(tmp, 'profile'))
            try:
                browser.open_page(1200, 900)
                browser.load(args.screenshot[0])
                if args.click:
                    browser.evaluate('document.getElementById(%s).click(); 0' % json.dumps(args.click))
                browser.screenshot(args.screenshot[1], scroll_to=args.scroll_to)
            finally:
                browser.close()
        return 0
    if not (args.textchain and args.source and args.artefacts):
        ap.error('--textchain, --source and --artefacts are needed for the test')
    os.makedirs(args.artefacts, exist_ok=True)
    failures = []
    started = time.time()
    with tempfile.TemporaryDirectory(prefix='textchain_browser_') as tmp:
        # Inputs: the sample corpus, a hostile text file, hostile JSON Lines (hostile id and field, invalid
        # UTF-8 inside a string, a line that is not JSON), with cleanup listing its edits.
        corpus = sorted(glob.glob(os.path.join(args.source, 'examples', 'corpus', '*.txt')))
        hostile_txt = os.path.join(tmp, 'hostile <b>&.txt')
        with open(hostile_txt, 'wb') as f:
            f.write(HOSTILE_BYTES)
        hostile_jsonl = os.path.join(tmp, 'hostile.jsonl')
        with open(hostile_jsonl, 'wb') as f:
            f.write(json.dumps({'id': '<img src=x onerror="window.__pwned=6">', 'date': '2025-09-29',
                                'text': HOSTILE_TEXT, 'x" onclick="window.__pwned=7': 1}).encode() + b'\n')
            f.write(b'{"id": "bytes", "text": "' + BAD_BYTES + b'"}\n')
            f.write(b'{"id": "broken", "text": \n')
        inputs = corpus + [hostile_txt, hostile_jsonl]
        base = [args.textchain, 'run', '--explain']  # the default chain, its edits listed
        run_html = os.path.join(args.artefacts, 'run.html')
        with open(run_html, 'wb') as f:
            f.write(run(base + ['--format', 'html'] + inputs, expect_status=(1,)))
        records = [json.loads(l) for l in run(base + inputs, expect_status=(1,)).decode().splitlines()]
        raws = []  # each document's bytes as given
        for path in corpus + [hostile_txt]:
            with open(path, 'rb') as f:
                raws.append(f.read())
        raws += [HOSTILE_TEXT.encode(), BAD_BYTES, None]
        # What each section must show: the document decoded, invalid bytes as U+FFFD (Python replaces
        # maximal invalid subparts, as textchain does); record offsets count the bytes as given.
        texts = [raw.decode('utf-8', errors='replace') if raw is not None else None for raw in raws]
        for r, raw in zip(records, raws):
            if raw is not None:
                shown_offsets(r, raw)

        data = os.path.join(args.source, 'tests', 'eval', 'data')
        gold_files = [os.path.join(data, 'gold', 'dates.jsonl'), os.path.join(data, 'gold', 'quotes.jsonl')]
        seeds = sorted(glob.glob(os.path.join(data, 'seeds', '*.txt')))
        eval_html = os.path.join(args.artefacts, 'eval.html')
        gold_args = sum((['--gold', g] for g in gold_files), []) + ['--gold', os.path.join(data, 'gold', 'cleanup')]
        run([args.textchain, 'eval'] + gold_args + ['--html', eval_html] + seeds)
        scores = json.loads(run([args.textchain, 'eval'] + gold_args + ['--json', '--errors', '100000'] + seeds))
        expected = {'miss': 0, 'fp': 0, 'wrong': 0}
        with_mistakes = set()
        for e in scores['errors']:
            expected['miss' if e['what'] == 'miss' else 'fp' if e['what'] == 'false_positive' else 'wrong'] += 1
            with_mistakes.add(e['id'])
        with_mistakes |= {c['id'] for c in scores['cleanup']['per_document'] if not c['exact']}
        expected['with_mistakes'] = len(with_mistakes)
        expected['charts'] = sum(k in scores for k in ('dates', 'quotes', 'cleanup'))
        gold = {}
        for g in gold_files:
            for line in open(g, encoding='utf-8'):
                rec = json.loads(line)
                d = gold.setdefault(rec['id'], [])
                d += [dict(x, kind='date') for x in rec.get('dates', [])]
                d += [dict(x, kind='quote') for x in rec.get('quotes', [])]
        docs = []
        for path in seeds:
            name = os.path.basename(path)
            with open(path, 'rb') as f:
                docs.append({'id': name, 'text': f.read().decode('utf-8', errors='replace'), 'gold': gold.get(name, [])})

        browser = Browser(chromium, os.path.join(tmp, 'profile'))
        try:
            browser.open_page(1200, 900)
            fetched = browser.load(run_html)
            if len(fetched) != 1:
                failures.append('run page fetched %s' % fetched)
            failures += ['run page: ' + p for p in browser.evaluate(INERT_JS)]
            result = browser.check(RUN_JS, records, texts)
            failures += ['run page: ' + p for p in result['problems']]
            print('run page: %d records, %d annotations and %d speaker mentions checked'
                  % (len(records), result['annotations'], result['mentions']))
            if result['annotations'] < 40:
                failures.append('run page: only %d annotations checked' % result['annotations'])
            browser.screenshot(os.path.join(args.artefacts, 'run.png'))
            browser.screenshot(os.path.join(args.artefacts, 'hostile.png'), scroll_to='#d%d' % (len(corpus) + 1))

            browser.open_page(1200, 900)
            fetched = browser.load(eval_html)
            if len(fetched) != 1:
                failures.append('eval page fetched %s' % fetched)
            failures += ['eval page: ' + p for p in browser.evaluate(INERT_JS)]
            browser.screenshot(os.path.join(args.artefacts, 'eval.png'))
            result = browser.check(EVAL_JS, docs, expected)
            failures += ['eval page: ' + p for p in result['problems']]
            print('eval page: %d gold spans, marks %s, %d of %d documents left by the errors-only filter'
                  % (result['gold'], result['count'], result['after'], result['before']))
            browser.screenshot(os.path.join(args.artefacts, 'eval-errors.png'), scroll_to='section.doc.has-errors')
        finally:
            browser.close()

    for f in failures:
        print('FAIL: ' + f)
    print('%s in %.1f s; pages and screenshots in %s' % ('failed' if failures else 'passed', time.time() - started,
                                                        args.artefacts))
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
