#!/usr/bin/env python3
"""Checks that no function of the given C++ sources is longer than a limit (issue 15: 80 lines in the dates
plugin). A function runs from the first line of its header to its closing brace; lambdas count inside the
function that holds them. Prints the longest functions; exits 1 when one is over the limit.

usage: function_lengths.py [--max N] [--top K] FILE...
"""
import re
import sys


def strip(text):
    """The text with comments, string and character literals blanked (line breaks kept)."""
    out = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if text.startswith('//', i):
            j = text.find('\n', i)
            j = n if j < 0 else j
            out.append(' ' * (j - i))
            i = j
        elif text.startswith('/*', i):
            j = text.find('*/', i + 2)
            j = n if j < 0 else j + 2
            out.append(re.sub(r'[^\n]', ' ', text[i:j]))
            i = j
        elif c == 'R' and text.startswith('R"', i):
            m = re.match(r'R"([^(]*)\(', text[i:])
            end = text.find(')' + m.group(1) + '"', i) if m else -1
            j = n if end < 0 else end + len(m.group(1)) + 2
            out.append(re.sub(r'[^\n]', ' ', text[i:j]))
            i = j
        elif c in '"\'' and not (c == '\'' and i > 0 and text[i - 1].isalnum()):  # 1'000 digit separators
            j = i + 1
            while j < n and text[j] != c:
                j += 2 if text[j] == '\\' else 1
            out.append(c + re.sub(r'[^\n]', ' ', text[i + 1:j]) + c)
            i = j + 1
        else:
            out.append(c)
            i += 1
    return ''.join(out)


SCOPE = re.compile(r'\b(namespace|class|struct|union|enum)\b[^;()]*$')


def functions(path):
    """(name, first line, last line) of every function defined at namespace or class scope."""
    text = strip(open(path, encoding='utf-8').read())
    found = []
    stack = []  # per open brace: 'scope' (namespace, class ...), 'function', or 'block'
    header_start = 0  # offset where the current declaration's text begins
    for i, c in enumerate(text):
        if c in ';':
            if not stack or stack[-1] == 'scope':
                header_start = i + 1
        elif c == '{':
            if stack and stack[-1] != 'scope':
                stack.append('block')
                continue
            header = text[header_start:i]
            if SCOPE.search(header.strip().split('\n')[-1] if header.strip() else '') or SCOPE.match(header.strip()):
                stack.append('scope')
                header_start = i + 1
            elif ')' in header or re.search(r'\[\]\s*$', header):
                body = header.lstrip()
                first = text.count('\n', 0, i - len(header) + (len(header) - len(body))) + 1
                name = re.findall(r'([~\w:]+)\s*\(', header)
                stack.append(('function', name[0] if name else '?', first))
            else:  # an initializer list or an enum's body at namespace scope
                stack.append('block')
        elif c == '}':
            if not stack:
                continue
            top = stack.pop()
            if isinstance(top, tuple):
                found.append((top[1], top[2], text.count('\n', 0, i) + 1))
            if not stack or stack[-1] == 'scope':
                header_start = i + 1
    return found


def main(argv):
    limit, top, files = 80, 5, []
    k = 0
    while k < len(argv):
        if argv[k] == '--max':
            limit = int(argv[k + 1]); k += 2
        elif argv[k] == '--top':
            top = int(argv[k + 1]); k += 2
        else:
            files.append(argv[k]); k += 1
    rows = []
    for f in files:
        for name, first, last in functions(f):
            rows.append((last - first + 1, f'{f}:{first}', name))
    rows.sort(reverse=True)
    for length, where, name in rows[:top]:
        print(f'{length:5d} {where} {name}')
    over = [r for r in rows if r[0] > limit]
    for length, where, name in over:
        print(f'error: {where}: {name} is {length} lines, above {limit}', file=sys.stderr)
    print(f'{len(rows)} functions in {len(files)} files; longest {rows[0][0] if rows else 0} lines, limit {limit}')
    return 1 if over else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
