# Formats a sensor's values; imported by main.py from beside it.


def summarize(sensor, values):
    return f"{sensor:>6}: n={len(values)} min={min(values)} max={max(values)} total={sum(values)}"
