sources = [
    "match x:\n    case y:\n        pass\n    case 1:\n        pass\n",
    "match x:\n    case _:\n        pass\n    case 1:\n        pass\n",
    "match x:\n    case [a, a]:\n        pass\n",
    "match x:\n    case [a] | [b]:\n        pass\n",
    "match x:\n    case {'k': 1, 'k': 2}:\n        pass\n",
    "match x:\n    case {1: a, 1.0: b}:\n        pass\n",
    "match x:\n    case C(a=1, a=2):\n        pass\n",
    "match x:\n    case a | 1:\n        pass\n",
    "match x:\n    case (1 | y) | 2:\n        pass\n",
    "match x:\n    case y if y:\n        pass\n    case 1:\n        pass\n",
    "match x:\n    case [a, *r, *s]:\n        pass\n",
    "match x:\n    case {**r, 'a': 1}:\n        pass\n",
    "match x:\n    case __debug__:\n        pass\n",
    "match x:\n    case (a, b) | (b, a):\n        print(a, b)\n",
]
for src in sources:
    try:
        exec(src, {"x": (1, 2), "C": object})
        print("compiled:", src.splitlines()[1].strip())
    except SyntaxError as e:
        print("SyntaxError:", e)
