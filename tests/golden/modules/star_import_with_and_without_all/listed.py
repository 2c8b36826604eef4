__all__ = ["public_a", "_listed_private"]
public_a = "a"
_listed_private = "listed private"
not_listed = "not listed"
