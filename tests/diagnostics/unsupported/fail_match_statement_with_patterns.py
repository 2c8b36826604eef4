match (1, 2):
    case [a, *rest] if a > 0:
        print(a, rest)
    case {"k": v}:
        print(v)
