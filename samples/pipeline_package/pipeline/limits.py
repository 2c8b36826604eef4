# Bounds shared by the stages.
LOW = 10
HIGH = 60


def clamp(value):
    return max(-LOW, min(HIGH, value))
