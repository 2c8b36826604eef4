match x:
    case [1, _ | 2]:
        pass
    case _:
        pass
    case 1:
        pass
