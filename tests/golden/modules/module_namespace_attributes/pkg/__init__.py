value: int = 3
