#!/usr/bin/env python3
"""Breaks a Blazor Server render batch down by what it is made of (docs/performance.md, Canvas).

Input: the .bin files `canvas-load` writes with DESIGNSTUDIO_BENCH_FRAMES (the largest circuit message of a load, as
received: a blazorpack JS.RenderBatch message). The batch format is ASP.NET Core's RenderBatchWriter: updated components
(component id, edits of 16 bytes), reference frames (20 bytes each), disposed ids, a string table (attribute values are
not de-duplicated, only names), and five int32 offsets at the end.

    python3 scripts/render-batch-breakdown.py FILE.bin [...]

prints the totals, the bytes per frame kind (attributes by name, elements by tag: the frame plus the strings it
introduced) and the bytes per updated component, grouped by the first element it draws (tag and class).
"""
import collections
import struct
import sys

TYPES = {1: 'element', 2: 'text', 3: 'attribute', 4: 'component', 5: 'region', 6: 'element-ref',
         7: 'component-ref', 8: 'markup', 9: 'render-mode', 10: 'named-event'}


def render_batch(message):
    """The render batch bytes inside a blazorpack JS.RenderBatch message."""
    at = message.index(b'JS.RenderBatch') + len('JS.RenderBatch')
    assert message[at] == 0x92, 'not a JS.RenderBatch invocation'
    at += 1
    lead = message[at]
    at += {0xcc: 2, 0xcd: 3, 0xce: 5}.get(lead, 1)  # the batch id
    kind = message[at]
    if kind == 0xc4:
        length, at = message[at + 1], at + 2
    elif kind == 0xc5:
        length, at = struct.unpack('>H', message[at + 1:at + 3])[0], at + 3
    else:
        length, at = struct.unpack('>I', message[at + 1:at + 5])[0], at + 5
    return message[at:at + length]


def read_string(data, at):
    length, shift = 0, 0
    while True:
        byte = data[at]
        at += 1
        length |= (byte & 0x7f) << shift
        shift += 7
        if not byte & 0x80:
            return data[at:at + length].decode('utf-8', 'replace'), length + 1


def breakdown(path):
    data = render_batch(open(path, 'rb').read())
    components_at, frames_at, _, _, strings_at = struct.unpack('<5i', data[-20:])
    count = (len(data) - 20 - strings_at) // 4
    locations = struct.unpack(f'<{count}i', data[strings_at:strings_at + 4 * count])
    strings = [read_string(data, at) for at in locations]
    text = lambda i: strings[i][0] if 0 <= i < len(strings) else ''
    size = lambda i: strings[i][1] if 0 <= i < len(strings) else 0
    frame_count = struct.unpack('<i', data[frames_at:frames_at + 4])[0]
    frames = [struct.unpack('<5i', data[frames_at + 4 + 20 * k:frames_at + 24 + 20 * k]) for k in range(frame_count)]
    updated = struct.unpack('<i', data[components_at:components_at + 4])[0]
    offsets = struct.unpack(f'<{updated}i', data[components_at + 4:components_at + 4 + 4 * updated])

    edits = sum(struct.unpack('<i', data[o + 4:o + 8])[0] for o in offsets)
    print(f'{path}: {len(data):,} bytes; {updated:,} updated components, {edits:,} edits; '
          f'{frame_count:,} reference frames ({20 * frame_count:,} bytes); {len(strings):,} strings '
          f'({sum(s[1] for s in strings):,} bytes)')

    seen, by_kind, kind_count = set(), collections.Counter(), collections.Counter()
    for f in frames:
        kind = TYPES.get(f[0], str(f[0]))
        introduced = []
        if f[0] == 3:
            kind, introduced = 'attribute ' + text(f[1]), [f[1], f[2]]
        elif f[0] == 1:
            kind, introduced = '<' + text(f[2]) + '>', [f[2]]
        elif f[0] in (2, 6, 8):
            introduced = [f[1]]
        extra = 0
        for i in introduced:
            if i >= 0 and i not in seen:
                seen.add(i)
                extra += size(i)
        by_kind[kind] += 20 + extra
        kind_count[kind] += 1
    print('  by frame kind (count, bytes incl. the strings they introduced):')
    for kind, total in by_kind.most_common(25):
        print(f'    {kind:48s} {kind_count[kind]:6,} {total:9,}')

    by_component, component_count = collections.Counter(), collections.Counter()
    for o in offsets:
        _, edit_count = struct.unpack('<2i', data[o:o + 8])
        total, label = 12 + 16 * edit_count, None
        for k in range(edit_count):
            edit_type, _, ref, _ = struct.unpack('<4i', data[o + 8 + 16 * k:o + 24 + 16 * k])
            if edit_type != 1 or not 0 <= ref < len(frames):  # 1: prepend a frame (and its subtree)
                continue
            first = frames[ref]
            span = max(first[1], 1) if first[0] in (1, 4, 5) else 1
            for g in frames[ref:ref + span]:
                total += 20 + (size(g[2]) if g[0] == 3 else 0) + (size(g[1]) if g[0] in (2, 8) else 0)
            if label is None:
                if first[0] == 1:
                    cls = next((text(g[2]) for g in frames[ref + 1:ref + 8] if g[0] == 3 and text(g[1]) == 'class'), '')
                    label = f'<{text(first[2])} class="{cls[:40]}">'
                else:
                    label = TYPES.get(first[0], str(first[0]))
        label = label or ('(renders nothing)' if edit_count == 0 else '(attribute and text edits)')
        by_component[label] += total
        component_count[label] += 1
    print('  by updated component, grouped by what it draws first (count, bytes):')
    for label, total in by_component.most_common(25):
        print(f'    {label:60s} {component_count[label]:5,} {total:9,}')


if __name__ == '__main__':
    for file in sys.argv[1:]:
        breakdown(file)
